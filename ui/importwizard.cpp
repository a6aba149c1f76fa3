#include "ui/importwizard.h"

#include "models/exchangejob.h"
#include "ui/fieldeditor.h"
#include "ui/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

QString stageText(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Reading:
        return ImportWizard::tr("Reading the file…");
    case ImportStage::Checking:
        return ImportWizard::tr("Checking every row…");
    case ImportStage::Writing:
        return ImportWizard::tr("Writing…");
    }
    return {};
}

void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0); // busy
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(done * 1000 / total));
}

// Whether two columns are mapped to one field.
bool hasDuplicate(const QStringList &fields)
{
    QSet<QString> seen;
    for (const QString &f : fields) {
        if (f.isEmpty())
            continue;
        if (seen.contains(f))
            return true;
        seen.insert(f);
    }
    return false;
}

QString summaryText(const ImportSummary &s)
{
    QStringList parts {ImportWizard::tr("%n new", nullptr, s.created),
                       ImportWizard::tr("%n updated", nullptr, s.updated),
                       ImportWizard::tr("%n unchanged", nullptr, s.unchanged)};
    if (s.deleted)
        parts.append(ImportWizard::tr("%n deleted", nullptr, s.deleted));
    if (s.departmentsCreated)
        parts.append(ImportWizard::tr("%n new departments", nullptr, s.departmentsCreated));
    return parts.join(u", "_s);
}

} // namespace

// --- 1. the file and the mode -----------------------------------------------------------------------

class FilePageWidget final : public QWizardPage
{
public:
    explicit FilePageWidget(ImportWizard *w) : m_wizard(w)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr("CSV, Excel (XLSX) or Fehrist JSON, with one row per service and the field "
                                     "names as column headers."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        auto *row = new QHBoxLayout;
        w->m_file = new QLineEdit(this);
        w->m_file->setObjectName(u"importFile"_s);
        auto *browse = new QPushButton(Icons::get(u"document-open"_s), ImportWizard::tr("&Browse…"), this);
        browse->setObjectName(u"importBrowse"_s);
        row->addWidget(w->m_file);
        row->addWidget(browse);
        form->addRow(ImportWizard::tr("&File:"), row);
        w->m_format = new QComboBox(this);
        w->m_format->setObjectName(u"importFormat"_s);
        w->m_format->addItem(ImportWizard::tr("From the file name"), -1);
        w->m_format->addItem(u"CSV"_s, int(ExchangeFormat::Csv));
        w->m_format->addItem(ImportWizard::tr("Excel (XLSX)"), int(ExchangeFormat::Xlsx));
        w->m_format->addItem(u"JSON"_s, int(ExchangeFormat::Json));
        form->addRow(ImportWizard::tr("F&ormat:"), w->m_format);
        layout->addLayout(form);

        w->m_mode = new QButtonGroup(this);
        const struct
        {
            ImportMode mode;
            const char *name;
            QString text;
        } modes[] = {
            {ImportMode::Append, "modeAppend",
             ImportWizard::tr("&Add new services only (a service already in the catalogue is a problem)")},
            {ImportMode::Merge, "modeMerge",
             ImportWizard::tr("&Merge: update the services the catalogue has (by department and code), add the rest")},
            {ImportMode::Replace, "modeReplace",
             ImportWizard::tr("&Replace one department: its services become exactly those of the file")},
        };
        auto *modeLabel = new QLabel(ImportWizard::tr("How to import:"), this);
        layout->addSpacing(8);
        layout->addWidget(modeLabel);
        for (const auto &m : modes) {
            auto *radio = new QRadioButton(m.text, this);
            radio->setObjectName(QString::fromLatin1(m.name));
            w->m_mode->addButton(radio, int(m.mode));
            layout->addWidget(radio);
        }
        w->m_mode->button(int(ImportMode::Append))->setChecked(true);

        layout->addStretch();
        auto *templateRow = new QHBoxLayout;
        auto *templateHint
            = new QLabel(ImportWizard::tr("No file yet? The blank template has the right columns, drop-down lists and "
                                          "instructions in English and Urdu."),
                         this);
        templateHint->setWordWrap(true);
        auto *download = new QPushButton(Icons::get(u"document-save"_s), ImportWizard::tr("Download &Template…"), this);
        download->setObjectName(u"downloadTemplate"_s);
        templateRow->addWidget(templateHint, 1);
        templateRow->addWidget(download);
        layout->addLayout(templateRow);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import services"), m_wizard->m_file->text(),
                ImportWizard::tr("Spreadsheets and catalogues (*.csv *.xlsx *.json);;All files (*)"));
            if (!path.isEmpty())
                m_wizard->m_file->setText(path);
        });
        connect(download, &QPushButton::clicked, this, [this] {
            const QString path
                = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save the blank template"),
                                               u"fehrist-template.xlsx"_s, ImportWizard::tr("Excel workbook (*.xlsx)"));
            if (path.isEmpty())
                return;
            if (Status s = CatalogueExchange::writeTemplate(path); !s)
                QMessageBox::warning(this, ImportWizard::tr("Template not saved"), s.error().toString());
        });
        connect(w->m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(w->m_format, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        const QFileInfo info(m_wizard->m_file->text().trimmed());
        if (!info.isFile())
            return false;
        if (m_wizard->m_format->currentData().toInt() >= 0)
            return true;
        const auto format = exchangeFormatFromPath(info.filePath());
        return format && *format != ExchangeFormat::JsonLd;
    }

private:
    ImportWizard *m_wizard;
};

// --- 2. the columns -------------------------------------------------------------------------------

class ColumnsPageWidget final : public QWizardPage
{
public:
    explicit ColumnsPageWidget(ImportWizard *w) : m_wizard(w)
    {
        setTitle(ImportWizard::tr("Check the columns"));
        setSubTitle(ImportWizard::tr("Each column of the file goes to a field of the service. Columns Fehrist "
                                     "does not recognise are left out unless you choose a field for them."));
        auto *layout = new QVBoxLayout(this);
        w->m_previewStatus = new QLabel(this);
        w->m_previewStatus->setObjectName(u"previewStatus"_s);
        w->m_previewStatus->setWordWrap(true);
        layout->addWidget(w->m_previewStatus);
        w->m_mapping = new QTableWidget(0, 3, this);
        w->m_mapping->setObjectName(u"columnMapping"_s);
        w->m_mapping->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column in the file"), ImportWizard::tr("Imported as"), ImportWizard::tr("First value")});
        w->m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        w->m_mapping->verticalHeader()->hide();
        w->m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(w->m_mapping, 2);
        layout->addWidget(new QLabel(ImportWizard::tr("The first rows:"), this));
        w->m_preview = new QTableWidget(this);
        w->m_preview->setObjectName(u"previewTable"_s);
        w->m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(w->m_preview, 1);
    }

    void initializePage() override
    {
        m_wizard->m_previewLoaded = false;
        m_wizard->m_mapping->setRowCount(0);
        m_wizard->m_preview->clear();
        m_wizard->m_previewStatus->setText(ImportWizard::tr("Reading %1…").arg(QFileInfo(m_wizard->file()).fileName()));
        auto *job = m_wizard->m_job;
        job->disconnect(this);
        connect(job, &Models::ExchangeJob::previewReady, this, [this](const ImportPreview &p) { show(p); });
        connect(job, &Models::ExchangeJob::failed, this, [this](const Error &e) {
            m_wizard->m_previewStatus->setText(ImportWizard::tr("This file cannot be imported: %1").arg(e.toString()));
        });
        job->startPreview(m_wizard->file(), m_wizard->format());
    }

    void cleanupPage() override { m_wizard->m_job->disconnect(this); }

    bool isComplete() const override
    {
        if (!m_wizard->m_previewLoaded)
            return false;
        const QStringList fields = mappedFields();
        for (const QString &required : {u"department_code"_s, u"code"_s}) {
            if (!fields.contains(required))
                return false;
        }
        return !hasDuplicate(fields);
    }

    QStringList mappedFields() const
    {
        QStringList fields;
        for (int r = 0; r < m_wizard->m_mapping->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_wizard->m_mapping->cellWidget(r, 1));
            fields.append(combo ? combo->currentData().toString() : QString());
        }
        return fields;
    }

private:
    void show(const ImportPreview &p)
    {
        m_wizard->m_previewData = p;
        const bool json = m_wizard->format() == ExchangeFormat::Json;
        auto *mapping = m_wizard->m_mapping;
        mapping->setRowCount(int(p.header.size()));
        const QStringList fields = CatalogueExchange::csvColumns();
        for (int c = 0; c < p.header.size(); ++c) {
            mapping->setItem(c, 0, new QTableWidgetItem(p.header.at(c)));
            auto *combo = new QComboBox(mapping);
            combo->setObjectName(u"map_"_s + p.header.at(c));
            combo->addItem(ImportWizard::tr("(leave out)"), QString());
            for (const QString &f : fields)
                combo->addItem(u"%1 — %2"_s.arg(FieldEditor::labelFor(f), f), f);
            combo->setCurrentIndex(qMax(0, combo->findData(p.fields.value(c))));
            combo->setEnabled(!json); // JSON carries field names; nothing to map
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { updateStatus(); });
            mapping->setCellWidget(c, 1, combo);
            mapping->setItem(c, 2, new QTableWidgetItem(p.rows.isEmpty() ? QString() : p.rows.first().value(c)));
        }
        auto *preview = m_wizard->m_preview;
        preview->setColumnCount(int(p.header.size()));
        preview->setHorizontalHeaderLabels(p.header);
        preview->setRowCount(int(p.rows.size()));
        for (int r = 0; r < p.rows.size(); ++r) {
            for (int c = 0; c < p.header.size(); ++c)
                preview->setItem(r, c, new QTableWidgetItem(p.rows.at(r).value(c).left(200)));
        }
        m_wizard->m_previewLoaded = true;
        updateStatus();
    }

    void updateStatus()
    {
        const QStringList fields = mappedFields();
        const int left = int(std::count(fields.cbegin(), fields.cend(), QString()));
        QString text = ImportWizard::tr("%n row(s) to import.", nullptr, m_wizard->m_previewData.rowCount);
        if (left > 0)
            text += u' ' + ImportWizard::tr("%n column(s) left out.", nullptr, left);
        for (const QString &required : {u"department_code"_s, u"code"_s}) {
            if (!fields.contains(required))
                text
                    += u' ' + ImportWizard::tr("Choose the column that holds %1.").arg(FieldEditor::labelFor(required));
        }
        if (hasDuplicate(fields))
            text += u' ' + ImportWizard::tr("Two columns go to the same field.");
        m_wizard->m_previewStatus->setText(text);
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
};

// --- 3. the dry run -------------------------------------------------------------------------------

class CheckPageWidget final : public QWizardPage
{
public:
    explicit CheckPageWidget(ImportWizard *w) : m_wizard(w)
    {
        setTitle(ImportWizard::tr("Check every row"));
        setSubTitle(ImportWizard::tr("Every row is checked like the service form checks it. Nothing is written yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        auto *layout = new QVBoxLayout(this);
        w->m_checkProgress = new QProgressBar(this);
        w->m_checkProgress->setObjectName(u"checkProgress"_s);
        layout->addWidget(w->m_checkProgress);
        w->m_checkSummary = new QLabel(this);
        w->m_checkSummary->setObjectName(u"checkSummary"_s);
        w->m_checkSummary->setWordWrap(true);
        layout->addWidget(w->m_checkSummary);
        w->m_problems = new QListWidget(this);
        w->m_problems->setObjectName(u"problemList"_s);
        layout->addWidget(w->m_problems, 1);
        w->m_skipInvalid = new QCheckBox(this);
        w->m_skipInvalid->setObjectName(u"skipInvalid"_s);
        w->m_skipInvalid->hide();
        layout->addWidget(w->m_skipInvalid);
        connect(w->m_skipInvalid, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        m_wizard->m_checked = false;
        m_wizard->m_problems->clear();
        m_wizard->m_skipInvalid->hide();
        m_wizard->m_skipInvalid->setChecked(false);
        m_wizard->m_checkSummary->setText(stageText(ImportStage::Reading));
        m_wizard->m_checkProgress->show();
        showProgress(m_wizard->m_checkProgress, 0, 0);
        auto *job = m_wizard->m_job;
        job->disconnect(this);
        connect(job, &Models::ExchangeJob::progress, this, [this](ImportStage stage, qint64 done, qint64 total) {
            m_wizard->m_checkSummary->setText(stageText(stage));
            showProgress(m_wizard->m_checkProgress, done, total);
        });
        connect(job, &Models::ExchangeJob::importFinished, this, [this](const ImportSummary &s) { finished(s); });
        connect(job, &Models::ExchangeJob::failed, this, [this](const Error &e) {
            m_wizard->m_checkProgress->hide();
            m_wizard->m_checkSummary->setText(ImportWizard::tr("This file cannot be imported: %1").arg(e.toString()));
        });
        ImportOptions options = m_wizard->options();
        options.dryRun = true;
        options.rejectsPath.clear();
        job->startImport(m_wizard->m_catalogue, m_wizard->file(), options);
    }

    void cleanupPage() override
    {
        m_wizard->m_job->cancel();
        m_wizard->m_job->wait();
        m_wizard->m_job->disconnect(this);
    }

    bool isComplete() const override
    {
        const ImportSummary &s = m_wizard->m_dryRun;
        if (!m_wizard->m_checked)
            return false;
        if (s.problems.isEmpty())
            return s.created + s.updated + s.deleted + s.departmentsCreated > 0;
        // Bad rows: only with "import the good rows", and never for a replace (that would lose services).
        return m_wizard->m_skipInvalid->isChecked() && s.rows > s.rejected
            && m_wizard->m_mode->checkedId() != int(ImportMode::Replace);
    }

private:
    void finished(const ImportSummary &s)
    {
        m_wizard->m_dryRun = s;
        m_wizard->m_checked = true;
        m_wizard->m_checkProgress->hide();
        // The file's name is enough here; the tooltip has the whole path.
        const QString fileName = QFileInfo(m_wizard->file()).fileName();
        for (const ImportProblem &p : s.problems) {
            QString text = p.toString();
            if (text.startsWith(m_wizard->file()))
                text = fileName + text.mid(m_wizard->file().size());
            auto *item = new QListWidgetItem(Icons::get(u"dialog-warning"_s), text, m_wizard->m_problems);
            item->setToolTip(p.toString());
        }
        if (s.problems.isEmpty()) {
            const int work = s.created + s.updated + s.deleted + s.departmentsCreated;
            m_wizard->m_checkSummary->setText(
                work > 0
                    ? ImportWizard::tr("All %n row(s) are fine: %1. Import them?", nullptr, s.rows).arg(summaryText(s))
                    : ImportWizard::tr("All %n row(s) are fine, and the catalogue already has them as they are: "
                                       "nothing to import.",
                                       nullptr, s.rows));
        } else {
            m_wizard->m_checkSummary->setText(
                ImportWizard::tr("%n row(s) have problems, listed below with their row and column. As it stands, "
                                 "nothing will be imported: correct the file and go back, or import the good rows.",
                                 nullptr, s.rejected));
            m_wizard->m_skipInvalid->setText(
                ImportWizard::tr("Import the %n good row(s) and save the problems to %1", nullptr, s.rows - s.rejected)
                    .arg(QFileInfo(m_wizard->file() + u".rejects.csv"_s).fileName()));
            m_wizard->m_skipInvalid->setVisible(m_wizard->m_mode->checkedId() != int(ImportMode::Replace));
        }
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
};

// --- 4. the import --------------------------------------------------------------------------------

class ImportPageWidget final : public QWizardPage
{
public:
    explicit ImportPageWidget(ImportWizard *w) : m_wizard(w)
    {
        setTitle(ImportWizard::tr("Import"));
        auto *layout = new QVBoxLayout(this);
        w->m_importStatus = new QLabel(this);
        w->m_importStatus->setObjectName(u"importStatus"_s);
        w->m_importStatus->setWordWrap(true);
        layout->addWidget(w->m_importStatus);
        w->m_importProgress = new QProgressBar(this);
        w->m_importProgress->setObjectName(u"importProgress"_s);
        layout->addWidget(w->m_importProgress);
        auto *row = new QHBoxLayout;
        row->addStretch();
        w->m_cancelImport = new QPushButton(ImportWizard::tr("&Cancel Import"), this);
        w->m_cancelImport->setObjectName(u"cancelImport"_s);
        row->addWidget(w->m_cancelImport);
        layout->addLayout(row);
        layout->addStretch();
        connect(w->m_cancelImport, &QPushButton::clicked, this, [this] {
            m_wizard->m_cancelImport->setEnabled(false);
            m_wizard->m_importStatus->setText(ImportWizard::tr("Cancelling…"));
            m_wizard->m_job->cancel();
        });
    }

    void initializePage() override
    {
        m_wizard->m_finished = false;
        m_wizard->m_cancelImport->setEnabled(true);
        m_wizard->m_cancelImport->show();
        m_wizard->m_importProgress->show();
        showProgress(m_wizard->m_importProgress, 0, 0);
        m_wizard->m_importStatus->setText(stageText(ImportStage::Reading));
        auto *job = m_wizard->m_job;
        job->disconnect(this);
        connect(job, &Models::ExchangeJob::progress, this, [this](ImportStage stage, qint64 done, qint64 total) {
            if (m_wizard->m_cancelImport->isEnabled())
                m_wizard->m_importStatus->setText(stageText(stage));
            showProgress(m_wizard->m_importProgress, done, total);
        });
        connect(job, &Models::ExchangeJob::importFinished, this, [this](const ImportSummary &s) {
            m_wizard->m_imported = s.written;
            QString text = ImportWizard::tr("Imported: %1.").arg(summaryText(s));
            if (s.rejected)
                text += u' '
                    + ImportWizard::tr("%n row(s) left out; their problems are in %1.", nullptr, s.rejected)
                          .arg(m_wizard->options().rejectsPath);
            done(text);
        });
        connect(job, &Models::ExchangeJob::failed, this, [this](const Error &e) {
            done(e.code == u"cancelled"
                     ? ImportWizard::tr("Cancelled. Nothing was imported.")
                     : ImportWizard::tr("The import failed and nothing was imported: %1").arg(e.toString()));
        });
        job->startImport(m_wizard->m_catalogue, m_wizard->file(), m_wizard->options());
    }

    bool isComplete() const override { return m_wizard->m_finished; }

private:
    void done(const QString &text)
    {
        m_wizard->m_finished = true;
        m_wizard->m_importProgress->hide();
        m_wizard->m_cancelImport->hide();
        m_wizard->m_importStatus->setText(text);
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
};

// --- the wizard -----------------------------------------------------------------------------------

ImportWizard::ImportWizard(const DatabaseUrl &catalogue, QWidget *parent)
    : QWizard(parent), m_catalogue(catalogue), m_job(new Models::ExchangeJob(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Services"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new FilePageWidget(this));
    setPage(ColumnsPage, new ColumnsPageWidget(this));
    setPage(CheckPage, new CheckPageWidget(this));
    setPage(ImportPage, new ImportPageWidget(this));
    resize(820, 600);
}

ImportWizard::~ImportWizard()
{
    m_job->cancel();
    m_job->wait();
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

QString ImportWizard::file() const
{
    return m_file->text().trimmed();
}

ExchangeFormat ImportWizard::format() const
{
    const int chosen = m_format->currentData().toInt();
    if (chosen >= 0)
        return ExchangeFormat(chosen);
    return exchangeFormatFromPath(file()).value_or(ExchangeFormat::Csv);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.format = format();
    o.mode = ImportMode(m_mode->checkedId());
    if (m_previewLoaded && o.format != ExchangeFormat::Json) {
        for (int r = 0; r < m_mapping->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
            if (combo)
                o.columnMapping.insert(m_previewData.header.value(r), combo->currentData().toString());
        }
    }
    if (m_skipInvalid->isChecked() && !m_dryRun.problems.isEmpty())
        o.rejectsPath = file() + u".rejects.csv"_s;
    return o;
}

void ImportWizard::reject()
{
    // Closing while a dry run or the import runs: stop it first (a cancelled import writes nothing).
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::reject();
}

} // namespace Fehrist::Ui
