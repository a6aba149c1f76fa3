#pragma once

#include "core/storage/databaseurl.h"
#include "core/sync/syncclient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Fehrist::Models {
class SyncJob;
}

namespace Fehrist::Ui {

/// The server's audit log (DESIGN.md §8) for reviewers and administrators: sign-ins, changes,
/// decisions and refusals, page by page from the oldest, fetched off the GUI thread. A filter narrows
/// the rows shown; the footer says whether the entries shown link up (each names the hash of the one
/// before it) — `fehrist-server audit verify` checks the content hashes on the server.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    AuditDialog(Models::SyncJob *job, Core::DatabaseUrl catalogue, QWidget *parent = nullptr);

    /// Asks for the next page (the first, at the start).
    void loadMore();
    int entryCount() const { return int(m_entries.size()); }

Q_SIGNALS:
    void pageLoaded();

private:
    void addPage(const Core::AuditLogPage &page);
    void applyFilter();

    Models::SyncJob *m_job;
    Core::DatabaseUrl m_catalogue;
    QList<Core::AuditLogEntry> m_entries;
    qint64 m_next = 0;
    bool m_loading = false;
    bool m_brokenLink = false;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace Fehrist::Ui
