#pragma once

#include "core/storage/store.h"

#include <QJsonObject>

namespace Fehrist::Core {

/// A change the server did not take as it was: a conflict (someone changed the same fields since) or a
/// rejection (not allowed, invalid, the record was deleted…). Kept until the user resolves it, so that
/// nothing the user wrote is ever lost silently (DESIGN.md §6).
struct SyncConflict
{
    QString id;
    QString changeId;
    QString entity; ///< service, department
    QString recordId;
    QString operation; ///< upsert, delete, submit, approve, return
    QString kind; ///< conflict, rejected
    QString reasonCode;
    QString reason;
    qint64 baseRev = 0;
    qint64 serverRev = 0;
    /// Per field: {base, mine, theirs, conflict} for a conflict; {old, new} (new = mine) for a rejection.
    QJsonObject fields;
    QString createdAt;
    QString resolvedAt;
    QString resolution; ///< mine, theirs

    QJsonObject toJson() const;
};

/// The client's list of conflicts, in tables of its own (schema key sync_schema_version), and their
/// resolution. Resolving with "mine" makes a new local change against the record's current rev, which
/// the next sync sends; "theirs" takes the server's values locally and sends nothing.
class SyncConflicts
{
public:
    static inline const QString kSchemaKey = QStringLiteral("sync_schema_version");

    static Status prepare(Store &store);
    static Status add(Store &store, const SyncConflict &conflict);
    static Result<QList<SyncConflict>> list(Store &store, bool includeResolved = false);
    static Result<qint64> unresolvedCount(Store &store);
    /// By id, or by a unique prefix of at least 8 characters.
    static Result<SyncConflict> find(Store &store, const QString &idOrPrefix);
    enum class Side { Mine, Theirs };
    static Status resolve(Store &store, const QString &idOrPrefix, Side side);
};

} // namespace Fehrist::Core
