#pragma once

#include "core/storage/store.h"
#include "server/accounts.h"

#include <QJsonObject>

namespace Fehrist::Server {

class Database;

/// One field of a pushed change: the value the client changed it from, and to.
struct FieldEdit
{
    QString field;
    QVariant oldValue; ///< invalid when the client had no value
    QVariant newValue;
};

/// A pushed change after its JSON has been checked (DESIGN.md §6).
struct ChangeInput
{
    int index = 0; ///< position in the request, for messages
    QString changeId;
    Core::EntityType entity = Core::EntityType::Service;
    QString recordId;
    qint64 baseRev = 0;
    QString operation; ///< upsert, delete, submit, approve, return
    QList<FieldEdit> edits;
    QString comment; ///< approve/return: changes.review_comment.new
};

struct PushRequest
{
    QString deviceId;
    QString epoch;
    QList<ChangeInput> changes;
};

/// The server's answer for one change, stored so that a resend gets the same answer.
struct Receipt
{
    QString changeId;
    QString recordId;
    QString result; ///< applied, merged, conflict, rejected
    QString reasonCode;
    QString reasonMessage;
    qint64 rev = 0;
    qint64 seq = 0; ///< 0 when nothing new was written
    QJsonObject conflict; ///< {id, base_rev, server_rev, fields: {f: {base, mine, theirs, conflict}}}
    /// A rejected upsert of a record the user may read: the server's values of the fields it changed, so that
    /// the client can take the server's side without knowing what else happened to the record meanwhile.
    QJsonObject current;
    bool forbidden = false; ///< refused for the user's role or department

    QJsonObject toJson() const;
    static Receipt fromJson(const QJsonObject &object);
};

/// The server side of sync (DESIGN.md §6).
///
/// Push: each change in its own transaction. A known change_id returns its stored receipt. The change is
/// authorised against the record as stored (its department, its workflow state), never against what the
/// payload claims. An upsert whose base_rev is the current rev applies; otherwise the fields merge one by
/// one against what the client last saw — a field the server has not changed since (its value is the
/// client's `old`, or the base_rev snapshot's) takes the client's value, a field both changed to the same
/// value is fine, and any other field is a conflict: nothing of the change is written, the conflict is
/// stored and returned, the server keeps its values. Accepted versions get rev+1 and the next `seq` from
/// the counter row, updated in the same transaction (so that no reader sees seq N+1 before N), a change-log
/// row holding the full record, a history entry and a receipt.
///
/// Pull: the change log after `since`, in seq order, as far as the user may see it — reviewers,
/// administrators and viewers everything; officers their own department's records, other departments'
/// approved versions and departments — only the newest visible version of each record, and tombstones.
class SyncService
{
public:
    static constexpr int kMaxChanges = 200;
    static constexpr int kDefaultPullLimit = 500;
    static constexpr int kMaxPullLimit = 2000;

    /// Checks a push body completely before anything is written; an error names the change (its index
    /// and change_id) and the field.
    static Core::Result<PushRequest> parsePush(const QJsonObject &body);
    /// Applies one change for `user` (see the class comment). Errors are failures of the database only;
    /// every refusal is a receipt.
    static Core::Result<Receipt> apply(Database &db, Core::Store &store, const User &user, const QString &deviceId,
                                       const ChangeInput &change);
    /// Applies the changes of one push in order and returns their receipts. On SQLite the push is one
    /// transaction (each change decided as if alone, nothing answered before the commit); on PostgreSQL
    /// each change is its own transaction, as apply() makes it.
    static Core::Result<QList<Receipt>> applyAll(Database &db, Core::Store &store, const User &user,
                                                 const QString &deviceId, const QList<ChangeInput> &changes);
    /// One page of the change log as the JSON body of a pull response.
    static Core::Result<QByteArray> pull(Core::Store &store, const User &user, qint64 since, int limit,
                                         const QString &epoch);
    /// The highest seq handed out (the catalogue's version, for ETags).
    static Core::Result<qint64> lastSeq(Core::Store &store);
    /// Gives every record that has no change-log row yet (a new database's sample catalogue, records
    /// loaded with fehrist-cli into the server database) rev 1 or more and a change-log row, so that
    /// clients can pull it.
    static Core::Result<qint64> adopt(Database &db, Core::Store &store);
};

} // namespace Fehrist::Server
