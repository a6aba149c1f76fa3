#pragma once

#include "core/storage/databaseurl.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Fehrist::Models {
class ExchangeJob;
}

namespace Fehrist::Ui {

/// File > Export: the catalogue or one department, working or published versions, to CSV, Excel,
/// JSON or CPSV-AP JSON-LD. The export runs on a worker thread with a progress bar; Cancel stops it
/// and leaves no file. Object names: exportFormat, exportDepartment, exportPublished, exportFile,
/// exportProgress, exportStatus.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `departments`: (code, name) of the catalogue's departments; `current` is preselected.
    ExportDialog(const Core::DatabaseUrl &catalogue, const QList<std::pair<QString, QString>> &departments,
                 const QString &current, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFile(const QString &path);
    /// Starts the export (the Export button).
    void start();
    bool isRunning() const;

    void reject() override;

private:
    void browse();
    void finish(const QString &text);

    Core::DatabaseUrl m_catalogue;
    Models::ExchangeJob *m_job = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_published = nullptr;
    QLineEdit *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_running = false;
};

} // namespace Fehrist::Ui
