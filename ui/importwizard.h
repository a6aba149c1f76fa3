#pragma once

#include "core/io/catalogueexchange.h"
#include "core/storage/databaseurl.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QCheckBox;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Fehrist::Models {
class ExchangeJob;
}

namespace Fehrist::Ui {

/// File > Import: choose a CSV, XLSX or JSON file and how to import it, see its first rows and what
/// each column goes to (and map the columns Fehrist does not know), check every row in a dry run,
/// then import with a progress bar and Cancel. All reading and writing happens on a worker thread;
/// nothing is written before the last page, and a cancelled import writes nothing.
///
/// Object names for tests: importFile, importFormat, modeAppend/modeMerge/modeReplace,
/// downloadTemplate, previewStatus, columnMapping (a combo per row: "map_<column>"), previewTable,
/// checkProgress, checkSummary, problemList, skipInvalid, importProgress, importStatus, cancelImport.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ImportPage };

    ImportWizard(const Core::DatabaseUrl &catalogue, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Starts on a file (the tests, and a file dropped on the window).
    void setFile(const QString &path);
    /// The options the import runs with, as the pages stand.
    Core::ImportOptions options() const;
    QString file() const;
    Core::ExchangeFormat format() const;
    /// After the last page: whether anything was written.
    bool imported() const { return m_imported; }

    void reject() override;

private:
    friend class FilePageWidget;
    friend class ColumnsPageWidget;
    friend class CheckPageWidget;
    friend class ImportPageWidget;

    Core::DatabaseUrl m_catalogue;
    Models::ExchangeJob *m_job = nullptr;
    bool m_imported = false;

    // page 1
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QButtonGroup *m_mode = nullptr;
    // page 2
    QLabel *m_previewStatus = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    Core::ImportPreview m_previewData;
    bool m_previewLoaded = false;
    // page 3
    QProgressBar *m_checkProgress = nullptr;
    QLabel *m_checkSummary = nullptr;
    QListWidget *m_problems = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    bool m_checked = false;
    Core::ImportSummary m_dryRun;
    // page 4
    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importStatus = nullptr;
    QPushButton *m_cancelImport = nullptr;
    bool m_finished = false;
};

} // namespace Fehrist::Ui
