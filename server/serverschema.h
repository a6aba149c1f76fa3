#pragma once

#include "core/storage/migrations.h"

namespace Fehrist::Server {

/// The server's own tables, beside the catalogue's (which the server shares with every client): users,
/// sessions and tokens, the change log that pull serves, push receipts, conflicts, the audit log and
/// the counter that hands out `seq`. Numbered like the catalogue's migrations but recorded under their
/// own meta key, so that the two sets never collide (Store::migrateModule).
struct ServerSchema
{
    static inline const QString kVersionKey = QStringLiteral("server_schema_version");
    /// The server's epoch (DESIGN.md §6): a UUID made at init; a backup carries a new one, so that a
    /// server restored from it tells its clients that it forgot what came after.
    static inline const QString kEpochKey = QStringLiteral("server_epoch");

    static const QList<Core::Migration> &steps();
};

} // namespace Fehrist::Server
