#include "ui/exportdialog.h"

#include "core/io/catalogueexchange.h"
#include "models/exchangejob.h"
#include "ui/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

const struct
{
    ExchangeFormat format;
    const char *suffix;
} kFormats[] = {
    {ExchangeFormat::Csv, "csv"},
    {ExchangeFormat::Xlsx, "xlsx"},
    {ExchangeFormat::Json, "json"},
    {ExchangeFormat::JsonLd, "jsonld"},
};

} // namespace

ExportDialog::ExportDialog(const DatabaseUrl &catalogue, const QList<std::pair<QString, QString>> &departments,
                           const QString &current, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_job(new Models::ExchangeJob(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Services"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV (spreadsheets, UTF-8)"), int(ExchangeFormat::Csv));
    m_format->addItem(tr("Excel (XLSX)"), int(ExchangeFormat::Xlsx));
    m_format->addItem(tr("Fehrist JSON (with departments)"), int(ExchangeFormat::Json));
    m_format->addItem(tr("CPSV-AP 3.2 JSON-LD (open data)"), int(ExchangeFormat::JsonLd));
    form->addRow(tr("&Format:"), m_format);
    m_department = new QComboBox(this);
    m_department->setObjectName(u"exportDepartment"_s);
    m_department->addItem(tr("All departments"), QString());
    for (const auto &[code, name] : departments)
        m_department->addItem(u"%1 — %2"_s.arg(code, name), code);
    m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
    form->addRow(tr("&Services of:"), m_department);
    m_published = new QCheckBox(tr("&Published (approved) services only"), this);
    m_published->setObjectName(u"exportPublished"_s);
    form->addRow(QString(), m_published);
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"exportFile"_s);
    m_file->setText(QDir::home().filePath(u"fehrist-services.csv"_s));
    auto *browseButton = new QPushButton(Icons::get(u"document-open"_s), tr("&Browse…"), this);
    row->addWidget(m_file);
    row->addWidget(browseButton);
    form->addRow(tr("&To file:"), row);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format.
        const QFileInfo info(m_file->text());
        const QString suffix = QString::fromLatin1(kFormats[m_format->currentIndex()].suffix);
        m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &Models::ExchangeJob::exportProgress, this,
            [this](qint64 done) { m_status->setText(tr("%n service(s) written…", nullptr, int(done))); });
    connect(m_job, &Models::ExchangeJob::exportFinished, this, [this](const ExportSummary &s) {
        finish(tr("Exported %n service(s) to %1.", nullptr, int(s.services))
                   .arg(QDir::toNativeSeparators(m_file->text())));
    });
    connect(m_job, &Models::ExchangeJob::failed, this, [this](const Error &e) {
        finish(e.code == u"cancelled" ? tr("Cancelled; no file was written.")
                                      : tr("Not exported: %1").arg(e.toString()));
    });
}

ExportDialog::~ExportDialog()
{
    m_job->cancel();
    m_job->wait();
}

void ExportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

bool ExportDialog::isRunning() const
{
    return m_running;
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::start()
{
    if (m_running)
        return;
    ExportOptions options;
    options.format = ExchangeFormat(m_format->currentData().toInt());
    options.department = m_department->currentData().toString();
    options.published = m_published->isChecked();
    m_running = true;
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
    m_job->startExport(m_catalogue, m_file->text().trimmed(), options);
}

void ExportDialog::finish(const QString &text)
{
    m_running = false;
    m_progress->hide();
    m_status->setText(text);
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close)->setObjectName(u"exportClose"_s); // rejected(): closes
}

void ExportDialog::reject()
{
    if (m_running) {
        m_job->cancel(); // finish() follows, and says so; the dialog stays to show it
        return;
    }
    QDialog::reject();
}

} // namespace Fehrist::Ui
