#include "core/sync/conflicts.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

QStringList v1(const Dialect &)
{
    return {uR"(CREATE TABLE sync_conflicts (
  id TEXT PRIMARY KEY,
  change_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  kind TEXT NOT NULL,
  reason_code TEXT,
  reason TEXT,
  base_rev BIGINT,
  server_rev BIGINT,
  fields TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT))"_s,
            u"CREATE INDEX sync_conflicts_record ON sync_conflicts (record_id)"_s};
}

const QList<Migration> &steps()
{
    static const QList<Migration> all {{1, u"sync conflicts"_s, &v1}};
    return all;
}

const QString kColumns = u"id, change_id, entity, record_id, operation, kind, reason_code, reason, base_rev, "
                         u"server_rev, fields, created_at, resolved_at, resolution"_s;

SyncConflict fromRow(const SqlRow &r)
{
    SyncConflict c;
    c.id = r.at(0).toString();
    c.changeId = r.at(1).toString();
    c.entity = r.at(2).toString();
    c.recordId = r.at(3).toString();
    c.operation = r.at(4).toString();
    c.kind = r.at(5).toString();
    c.reasonCode = r.at(6).toString();
    c.reason = r.at(7).toString();
    c.baseRev = r.at(8).toLongLong();
    c.serverRev = r.at(9).toLongLong();
    c.fields = QJsonDocument::fromJson(r.at(10).toString().toUtf8()).object();
    c.createdAt = r.at(11).toString();
    c.resolvedAt = r.at(12).toString();
    c.resolution = r.at(13).toString();
    return c;
}

EntityType typeOf(const SyncConflict &c)
{
    return c.entity == u"department" ? EntityType::Department : EntityType::Service;
}

// A value of a field as the conflict holds it (JSON), typed like a record's.
QVariant valueOf(EntityType type, const QString &field, const QJsonValue &json)
{
    auto r = Record::fromJson(type, QJsonObject {{field, json}});
    return r ? r->value(field) : QVariant();
}

// A resolution writes the record as it decided it, named so in the record's history.
Status saveResolved(Store &store, const Record &record)
{
    return store.saveAsGiven(record, SaveOptions::given(u"resolve"_s)).status();
}

Status resolveMine(Store &store, const SyncConflict &c, const std::optional<Record> &local)
{
    if (c.reasonCode == u"forbidden" || c.reasonCode == u"deleted")
        return Error {u"cannot-resolve"_s,
                      c.reasonCode == u"forbidden"
                          ? u"the server does not allow this change; resolve it with --theirs"_s
                          : u"the record was deleted on the server; resolve it with --theirs"_s,
                      c.id};
    if (!local)
        return Error {u"not-found"_s, u"the record is not in this catalogue"_s, c.recordId};
    const EntityType type = typeOf(c);
    const Schema &schema = Schema::of(type);
    Record record = *local;
    if (c.operation == u"delete") {
        record.deleted = true;
        if (Status s = saveResolved(store, record); !s)
            return s;
        return store.enqueue(record, local->rev, u"delete"_s, {});
    }
    if (c.operation != u"upsert") {
        QList<FieldChange> comment;
        if (c.fields.contains(u"review_comment"_s))
            comment.append(
                {u"review_comment"_s, QVariant(),
                 valueOf(type, u"review_comment"_s, c.fields.value(u"review_comment"_s).toObject().value(u"new"_s))});
        return store.enqueue(record, local->rev, c.operation, comment);
    }
    // The local values become mine, and a new change says so against the server's values.
    QList<FieldChange> changes;
    const bool created = local->rev == 0; // never accepted by the server: send everything again
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const FieldDef *def = schema.field(it.key());
        if (!def || def->managed)
            continue;
        const QJsonObject f = it.value().toObject();
        const QVariant mine = valueOf(type, it.key(), f.contains(u"mine"_s) ? f.value(u"mine"_s) : f.value(u"new"_s));
        const QVariant theirs
            = f.contains(u"theirs"_s) ? valueOf(type, it.key(), f.value(u"theirs"_s)) : local->value(it.key());
        record.setValue(it.key(), mine);
        changes.append({it.key(), theirs, record.value(it.key())});
    }
    if (created) {
        if (Status s = saveResolved(store, record); !s)
            return s;
        return store.enqueue(record, 0, u"upsert"_s, diffRecords(Record(type), record));
    }
    if (auto problems = store.validate(record); !problems || !problems->isEmpty())
        return problems ? Status(Error {u"invalid"_s, describeProblems(*problems), c.recordId})
                        : Status(problems.error());
    if (Status s = saveResolved(store, record); !s)
        return s;
    return store.enqueue(record, local->rev, u"upsert"_s, changes);
}

Status resolveTheirs(Store &store, const SyncConflict &c, const std::optional<Record> &local)
{
    if (!local)
        return success();
    const EntityType type = typeOf(c);
    auto pending = store.pendingChangesFor(c.recordId);
    if (!pending)
        return pending.error();
    if (*pending > 0)
        return success(); // later local edits stay; the server decides on them when they are sent
    Record record = *local;
    if (c.reasonCode == u"deleted") {
        // The server deleted the record. Its tombstone came while this change waited in the outbox and was
        // passed over then, and a pull never sends it again: the server's side is the deletion.
        if (record.deleted)
            return success();
        record.deleted = true;
        return saveResolved(store, record);
    }
    if (local->rev > c.serverRev)
        return success(); // a newer version from the server has replaced the local values since: theirs already
    if (c.kind == u"rejected" && local->rev == 0 && c.serverRev == 0) {
        // A record the server never took (its creation was refused too): on the server's side it does not
        // exist, whatever this change did to it. Undeleting it would also take back a code the server may
        // have given another service since.
        if (record.deleted)
            return success();
        record.deleted = true;
        return saveResolved(store, record);
    }
    if (c.operation == u"delete") {
        if (!record.deleted)
            return success();
        record.deleted = false;
        return saveResolved(store, record);
    }
    if (c.operation != u"upsert")
        return success();
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const FieldDef *def = Schema::of(type).field(it.key());
        if (!def || def->managed)
            continue;
        const QJsonObject f = it.value().toObject();
        // A conflict carries the server's value, and so does a rejection of a record this user may read;
        // any other rejection leaves the value the change replaced.
        record.setValue(it.key(),
                        valueOf(type, it.key(), f.contains(u"theirs"_s) ? f.value(u"theirs"_s) : f.value(u"old"_s)));
    }
    if (diffRecords(*local, record).isEmpty())
        return success();
    return saveResolved(store, record);
}

// A resolution refused because another service here holds the code it would give this one back: says
// which service, and, if that one waits on a conflict of its own, which conflict to settle first.
Error explainCodeHeld(Store &store, const SyncConflict &c, Error e)
{
    if (c.entity != u"service" || e.code != u"invalid" || !e.message.startsWith(u"code: "))
        return e;
    auto holder = store.service(e.where); // the key the save would have taken
    if (!holder || holder->id == c.recordId)
        return e;
    const QString who = u"%1 (\"%2\")"_s.arg(holder->key(), holder->nameEn());
    auto open = store.select(
        u"SELECT id FROM sync_conflicts WHERE record_id = ? AND resolved_at IS NULL ORDER BY created_at"_s,
        {holder->id});
    if (open && !open->isEmpty()) {
        e.message += u"; here it is held by %1, which has a conflict of its own: resolve conflict %2 first"_s.arg(
            who, open->constFirst().at(0).toString());
    } else {
        e.message += u"; here it is held by %1: give that service another code first"_s.arg(who);
    }
    return e;
}

} // namespace

QJsonObject SyncConflict::toJson() const
{
    return QJsonObject {{u"id"_s, id},
                        {u"change_id"_s, changeId},
                        {u"entity"_s, entity},
                        {u"record_id"_s, recordId},
                        {u"operation"_s, operation},
                        {u"kind"_s, kind},
                        {u"reason_code"_s, reasonCode.isEmpty() ? QJsonValue() : QJsonValue(reasonCode)},
                        {u"reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
                        {u"base_rev"_s, baseRev},
                        {u"server_rev"_s, serverRev},
                        {u"fields"_s, fields},
                        {u"created_at"_s, createdAt},
                        {u"resolved_at"_s, resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(resolvedAt)},
                        {u"resolution"_s, resolution.isEmpty() ? QJsonValue() : QJsonValue(resolution)}};
}

Status SyncConflicts::prepare(Store &store)
{
    return store.migrateModule(kSchemaKey, steps());
}

Status SyncConflicts::add(Store &store, const SyncConflict &c)
{
    auto r = store.execute(u"INSERT INTO sync_conflicts ("_s + kColumns
                               + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL) "
                                 u"ON CONFLICT (id) DO NOTHING"_s,
                           {c.id, c.changeId, c.entity, c.recordId, c.operation, c.kind, c.reasonCode, c.reason,
                            c.baseRev, c.serverRev,
                            QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)), c.createdAt});
    if (!r)
        return r.error();
    return success();
}

Result<QList<SyncConflict>> SyncConflicts::list(Store &store, bool includeResolved)
{
    auto rows = store.select(u"SELECT "_s + kColumns
                                 + u" FROM sync_conflicts WHERE ? = 1 OR resolved_at IS NULL "
                                   u"ORDER BY created_at, id"_s,
                             {qint64(includeResolved ? 1 : 0)});
    if (!rows)
        return rows.error();
    QList<SyncConflict> out;
    for (const SqlRow &r : *rows)
        out.append(fromRow(r));
    return out;
}

Result<qint64> SyncConflicts::unresolvedCount(Store &store)
{
    auto rows = store.select(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    if (!rows)
        return rows.error();
    return rows->constFirst().at(0).toLongLong();
}

Result<SyncConflict> SyncConflicts::find(Store &store, const QString &idOrPrefix)
{
    const QString id = idOrPrefix.trimmed();
    if (id.size() < 8)
        return Error {u"invalid"_s, u"give the conflict's id (at least its first 8 characters)"_s, id};
    auto rows = store.select(u"SELECT "_s + kColumns + u" FROM sync_conflicts WHERE id = ? OR substr(id, 1, ?) = ?"_s,
                             {id, qint64(id.size()), id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error {u"not-found"_s, u"no such conflict (see fehrist-cli conflicts)"_s, id};
    if (rows->size() > 1)
        return Error {u"ambiguous"_s, u"several conflicts start with this; give more of the id"_s, id};
    return fromRow(rows->constFirst());
}

Status SyncConflicts::resolve(Store &store, const QString &idOrPrefix, Side side)
{
    auto found = find(store, idOrPrefix);
    if (!found)
        return found.error();
    const SyncConflict c = *found;
    if (!c.resolvedAt.isEmpty())
        return Error {u"resolved"_s, u"was already resolved (%1)"_s.arg(c.resolution), c.id};
    Status done = store.transaction([&]() -> Status {
        auto local = store.record(typeOf(c), c.recordId);
        if (!local)
            return local.error();
        Status s = side == Side::Mine ? resolveMine(store, c, *local) : resolveTheirs(store, c, *local);
        if (!s)
            return s;
        auto r = store.execute(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"_s,
                               {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                side == Side::Mine ? u"mine"_s : u"theirs"_s, c.id});
        if (!r)
            return r.error();
        return success();
    });
    if (!done)
        return explainCodeHeld(store, c, done.error()); // the transaction is rolled back by now
    return done;
}

} // namespace Fehrist::Core
