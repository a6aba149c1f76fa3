#include "server/backup.h"

#include "core/domain/ids.h"
#include "server/auditlog.h"
#include "server/database.h"
#include "server/serverschema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

// A table copied row by row: paged by `key` (in its order), `columns` copied.
struct TableCopy
{
    QString table;
    QString key;
    bool textKey = false;
    QStringList columns;
    QString conflictKey; ///< rows the target may already hold (meta, counters) are overwritten on this key
};

QStringList recordColumns(const Schema &schema)
{
    QStringList columns {u"id"_s, u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    columns += schema.fieldNames();
    return columns;
}

// Everything a server database holds, parents before children. The catalogue's row ids (rid, hid) are
// not copied: the target numbers rows in the same order, and SQLite's search index is rebuilt.
QList<TableCopy> tables()
{
    return {
        {u"departments"_s, u"rid"_s, false, recordColumns(Schema::departments()), {}},
        {u"services"_s, u"rid"_s, false, recordColumns(Schema::services()), {}},
        {u"history"_s,
         u"hid"_s,
         false,
         {u"entity"_s, u"record_id"_s, u"rev"_s, u"at"_s, u"actor"_s, u"operation"_s, u"changes"_s, u"comment"_s},
         {}},
        {u"meta"_s, u"key"_s, true, {u"key"_s, u"value"_s}, u"key"_s},
        {u"srv_users"_s,
         u"id"_s,
         false,
         {u"id"_s, u"username"_s, u"password_hash"_s, u"role"_s, u"department_code"_s, u"disabled"_s, u"created_at"_s,
          u"password_changed_at"_s},
         {}},
        {u"srv_sessions"_s,
         u"id"_s,
         true,
         {u"id"_s, u"user_id"_s, u"device_name"_s, u"created_at"_s, u"last_used_at"_s, u"revoked_at"_s},
         {}},
        {u"srv_tokens"_s,
         u"token_hash"_s,
         true,
         {u"token_hash"_s, u"session_id"_s, u"kind"_s, u"expires_at"_s, u"used_at"_s},
         {}},
        {u"srv_counters"_s, u"name"_s, true, {u"name"_s, u"value"_s}, u"name"_s},
        {u"srv_changes"_s,
         u"seq"_s,
         false,
         {u"seq"_s, u"entity"_s, u"record_id"_s, u"rev"_s, u"department_code"_s, u"state"_s, u"deleted"_s, u"data"_s,
          u"change_id"_s, u"actor"_s, u"at"_s},
         {}},
        {u"srv_receipts"_s,
         u"change_id"_s,
         true,
         {u"change_id"_s, u"user_id"_s, u"device_id"_s, u"record_id"_s, u"at"_s, u"receipt"_s},
         {}},
        {u"srv_conflicts"_s,
         u"id"_s,
         true,
         {u"id"_s, u"change_id"_s, u"entity"_s, u"record_id"_s, u"user_id"_s, u"department_code"_s, u"base_rev"_s,
          u"server_rev"_s, u"fields"_s, u"created_at"_s},
         {}},
        {u"srv_audit"_s,
         u"id"_s,
         false,
         {u"n"_s, u"at"_s, u"actor"_s, u"action"_s, u"entity"_s, u"record_id"_s, u"detail"_s, u"prev_hash"_s,
          u"hash"_s},
         {}},
        // The target's schema step made a head at 0; the copied chain brings its own.
        {u"srv_audit_head"_s, u"id"_s, false, {u"id"_s, u"n"_s, u"hash"_s, u"at"_s}, u"id"_s},
    };
}

Status copyTable(Store &from, Store &to, const TableCopy &t)
{
    const QString select = u"SELECT "_s + t.key + u", "_s + t.columns.join(u", "_s) + u" FROM "_s + t.table
        + u" WHERE "_s + t.key + u" > ? ORDER BY "_s + t.key + u" LIMIT 1000"_s;
    QString insert = u"INSERT INTO "_s + t.table + u" ("_s + t.columns.join(u", "_s) + u") VALUES ("_s
        + QStringList(t.columns.size(), u"?"_s).join(u", "_s) + u')';
    if (!t.conflictKey.isEmpty()) {
        QStringList updates;
        for (const QString &c : t.columns) {
            if (c != t.conflictKey)
                updates.append(c + u" = excluded."_s + c);
        }
        insert += u" ON CONFLICT ("_s + t.conflictKey + u") DO UPDATE SET "_s + updates.join(u", "_s);
    }
    // Not a null QString: that would bind NULL, and "key > NULL" matches nothing.
    QVariant last = t.textKey ? QVariant(u""_s) : QVariant(qint64(-1));
    for (;;) {
        auto rows = from.select(select, {last});
        if (!rows)
            return rows.error();
        for (const SqlRow &row : std::as_const(*rows)) {
            if (auto r = to.execute(insert, row.mid(1)); !r)
                return Error {r.error().code, u"copying %1: %2"_s.arg(t.table, r.error().message), r.error().where};
        }
        if (rows->size() < 1000)
            return success();
        last = rows->constLast().at(0);
    }
}

Status copyAll(Store &from, Store &to, bool restoring, const std::function<Status()> &finally = {})
{
    return to.transaction([&]() -> Status {
        if (to.dialect().isSQLite()) {
            if (auto r = to.execute(u"PRAGMA defer_foreign_keys = ON"_s); !r)
                return r.error();
        }
        for (const TableCopy &t : tables()) {
            if (Status s = copyTable(from, to, t); !s)
                return s;
        }
        if (to.dialect().isSQLite()) {
            if (Status s = to.rebuildSearchIndex(); !s)
                return s;
        } else {
            // User ids were copied as they were; new users continue after them.
            if (auto r = to.select(u"SELECT setval(pg_get_serial_sequence('srv_users', 'id'), "
                                   u"(SELECT coalesce(max(id), 0) + 1 FROM srv_users), false)"_s);
                !r)
                return r.error();
        }
        if (restoring) {
            // Revocations and password changes made after the backup are not in it: every session ends,
            // and everyone signs in again under the accounts as they are now.
            if (auto r = to.execute(u"UPDATE srv_sessions SET revoked_at = ? WHERE revoked_at IS NULL"_s,
                                    {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
                !r)
                return r.error();
        }
        if (Status s = to.setMeta(ServerSchema::kEpochKey, newId()); !s)
            return s;
        return finally ? finally() : success();
    });
}

Status audit(Store &store, const QString &actor, const QString &action, const QString &detail)
{
    return store.transaction([&]() -> Status {
        auto r = AuditLog::append(store, AuditEntry::make(actor, action, detail));
        if (!r)
            return r.error();
        return success();
    });
}

} // namespace

Status Backup::write(const QString &databaseUrl, const QString &file, const QString &actor)
{
    if (QFileInfo::exists(file))
        return Error {u"exists"_s, u"a file of this name exists already; choose a new one"_s, file};
    auto source = Database::open(databaseUrl, OpenMode::ExistingOnly);
    if (!source)
        return source.error();
    if ((*source)->dialect().isSQLite()) {
        // A consistent snapshot without stopping writers (WAL).
        if (auto r = (*source)->execute(u"VACUUM INTO ?"_s, {file}); !r)
            return r.error();
        auto copy = Database::open(file, OpenMode::ExistingOnly);
        if (!copy)
            return copy.error();
        if (Status s = (*copy)->setMeta(ServerSchema::kEpochKey, newId()); !s)
            return s;
        return audit(**source, actor, u"backup.write"_s,
                     u"wrote a backup to %1"_s.arg(QFileInfo(file).absoluteFilePath()));
    }
    auto target = Database::open(file, OpenMode::CreateIfMissing);
    if (!target)
        return target.error();
    Status s = (*source)->transaction([&]() -> Status {
        // One snapshot for every table, whatever commits meanwhile.
        if (auto r = (*source)->execute(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s); !r)
            return r.error();
        return copyAll(**source, **target, false);
    });
    if (!s) {
        target->reset();
        QFile::remove(file);
        return s;
    }
    return audit(**source, actor, u"backup.write"_s, u"wrote a backup to %1"_s.arg(QFileInfo(file).absoluteFilePath()));
}

Status Backup::restore(const QString &file, const QString &databaseUrl, const QString &actor)
{
    if (!QFileInfo::exists(file))
        return Error {u"not-found"_s, u"no such backup file"_s, file};
    auto source = Database::open(file, OpenMode::ExistingOnly);
    if (!source)
        return source.error();
    auto target = Database::open(databaseUrl, OpenMode::CreateIfMissing);
    if (!target)
        return target.error();
    for (const QString &table : {u"departments"_s, u"services"_s, u"srv_users"_s, u"srv_changes"_s}) {
        auto rows = (*target)->select(u"SELECT count(*) FROM "_s + table);
        if (!rows)
            return rows.error();
        if (rows->constFirst().at(0).toLongLong() > 0)
            return Error {u"not-empty"_s, u"already holds data (%1); restore into a new, empty database"_s.arg(table),
                          (*target)->url().displayName()};
    }
    return copyAll(**source, **target, true, [&]() -> Status {
        auto r = AuditLog::append(**target,
                                  AuditEntry::make(actor, u"backup.restore"_s,
                                                   u"restored from the backup %1; every session ended, new epoch"_s.arg(
                                                       QFileInfo(file).absoluteFilePath())));
        if (!r)
            return r.error();
        return success();
    });
}

} // namespace Fehrist::Server
