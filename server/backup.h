#pragma once

#include "core/error.h"

namespace Fehrist::Server {

/// Backups of the server database (fehrist-server backup / restore, docs/admin.md).
///
/// A backup is one SQLite file holding everything — the catalogue, users, change log, receipts — made
/// from a consistent snapshot while the server keeps running: SQLite's VACUUM INTO for an SQLite
/// server, a copy within one REPEATABLE READ transaction for PostgreSQL. The backup carries a new
/// epoch, and a restore makes another one: clients that synced after the backup was taken see the
/// epoch change, pull everything again and offer back what the restored server lacks (DESIGN.md §6).
class Backup
{
public:
    /// Both are audited as done by `actor`: a backup in the database backed up (once it is written),
    /// a restore in the restored database, in the restore's own transaction.
    static Core::Status write(const QString &databaseUrl, const QString &file, const QString &actor);
    /// Copies a backup into an empty server database (SQLite or PostgreSQL).
    static Core::Status restore(const QString &file, const QString &databaseUrl, const QString &actor);
};

} // namespace Fehrist::Server
