#pragma once

#include "core/storage/store.h"

#include <QMutex>

namespace Fehrist::Server {

/// The server's database: the catalogue (the same tables as every client's) plus the server's own
/// (ServerSchema), on SQLite or PostgreSQL.
///
/// Requests run on a pool of threads; each thread gets its own connection (a Store) the first time it
/// needs one and keeps it for its life, since a connection belongs to the thread that opened it. On
/// SQLite, writers of this process queue on a mutex before BEGIN IMMEDIATE rather than on SQLite's
/// busy timeout, which a burst of pushes would exceed; PostgreSQL orders writers itself.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(QString url) : m_url(std::move(url)) { }

    const QString &url() const { return m_url; }

    /// Opens a connection and brings both schemas up to date; with CreateIfMissing, also makes the epoch
    /// of a new server database.
    static Core::Result<std::unique_ptr<Core::Store>> open(const QString &url, Core::OpenMode mode);
    /// The server's epoch (ServerSchema::kEpochKey).
    static Core::Result<QString> epoch(Core::Store &store);

    /// This thread's connection.
    Core::Result<Core::Store *> local();
    /// Runs `work` in one write transaction of `store` (see the class comment).
    Core::Status write(Core::Store &store, const std::function<Core::Status()> &work);

private:
    QString m_url;
    QMutex m_sqliteWriters;
};

} // namespace Fehrist::Server
