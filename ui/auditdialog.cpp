#include "ui/auditdialog.h"

#include "models/syncjob.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fehrist::Ui {

namespace {

constexpr int kPageSize = 500;

} // namespace

AuditDialog::AuditDialog(Models::SyncJob *job, Core::DatabaseUrl catalogue, QWidget *parent)
    : QDialog(parent), m_job(job), m_catalogue(std::move(catalogue))
{
    setObjectName(u"auditDialog"_s);
    setWindowTitle(tr("Audit Log"));
    resize(980, 560);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"auditFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by user, action or record"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditDialog::applyFilter);
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status = new QLabel;
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    m_more = new QPushButton(tr("Load &More"));
    m_more->setObjectName(u"auditMore"_s);
    connect(m_more, &QPushButton::clicked, this, &AuditDialog::loadMore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_more);
    footer->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_job, &Models::SyncJob::auditPageReceived, this, &AuditDialog::addPage);
    connect(m_job, &Models::SyncJob::auditPageFailed, this, [this](const Core::Error &e) {
        m_loading = false;
        m_more->setEnabled(true);
        m_status->setText(e.code == u"forbidden" ? tr("Only reviewers and administrators read the audit log.")
                                                 : tr("Could not read the audit log: %1").arg(e.message));
        Q_EMIT pageLoaded();
    });
    loadMore();
}

void AuditDialog::loadMore()
{
    if (m_loading)
        return;
    m_loading = true;
    m_more->setEnabled(false);
    m_status->setText(tr("Reading the audit log from the server…"));
    m_job->startAuditPage(m_catalogue, m_next, kPageSize);
}

void AuditDialog::addPage(const Core::AuditLogPage &page)
{
    m_loading = false;
    const QString previousHash = m_entries.isEmpty() ? QString() : m_entries.constLast().hash;
    QString linkTo = previousHash;
    for (const Core::AuditLogEntry &e : page.entries) {
        if (!linkTo.isEmpty() && e.prevHash != linkTo)
            m_brokenLink = true;
        linkTo = e.hash;
        m_entries.append(e);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QStringList cells {QString::number(e.n),
                                 at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at,
                                 e.actor,
                                 e.action,
                                 e.entity.isEmpty() ? QString() : e.entity + u' ' + e.recordId,
                                 e.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 5 ? e.detail : c == 0 ? tr("hash %1").arg(e.hash) : QString());
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_next = page.nextSince;
    m_more->setEnabled(page.hasMore);
    QString status = tr("%n entry(ies) shown", nullptr, int(m_entries.size()));
    status += page.hasMore ? tr("; more on the server.") : tr("; that is all.");
    status += u' '
        + (m_brokenLink ? tr("The entries shown do not link up: run fehrist-server audit verify on the server.")
                        : tr("The entries shown link up in one hash chain."));
    m_status->setText(status);
    applyFilter();
    Q_EMIT pageLoaded();
}

void AuditDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int c = 2; c < m_table->columnCount() && !match; ++c)
            match = m_table->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

} // namespace Fehrist::Ui
