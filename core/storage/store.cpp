#include "core/storage/store.h"

#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/storage/migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

const QString kMetaColumns = u"id, rev, updated_at, updated_by, deleted"_s;
constexpr int kMetaColumnCount = 5;
// From this many services, saveServices() validates them on a second thread ahead of the writes.
constexpr qsizetype kBatchAhead = 32;

// The time now as Qt::ISODateWithMs writes it (2026-11-27T18:05:09.123Z), without QDateTime's
// general formatter: every saved record takes one.
QString nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate d = now.date();
    const QTime t = now.time();
    if (d.year() < 1000 || d.year() > 9999)
        return now.toString(Qt::ISODateWithMs);
    const struct
    {
        int value;
        int digits;
        char16_t after;
    } parts[] {{d.year(), 4, u'-'},   {d.month(), 2, u'-'},  {d.day(), 2, u'T'}, {t.hour(), 2, u':'},
               {t.minute(), 2, u':'}, {t.second(), 2, u'.'}, {t.msec(), 3, u'Z'}};
    char16_t text[24];
    int at = 0;
    for (const auto &part : parts) {
        for (int i = part.digits - 1, v = part.value; i >= 0; --i, v /= 10)
            text[at + i] = char16_t(u'0' + v % 10);
        at += part.digits;
        text[at++] = part.after;
    }
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"local"_s : user;
}

QString selectColumns(const Schema &schema, const QString &alias = {})
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList cols;
    for (const QString &c : kMetaColumns.split(u", "_s))
        cols.append(prefix + c);
    for (const FieldDef &def : schema.fields())
        cols.append(prefix + def.name);
    return cols.join(u", "_s);
}

// SQLite's two full-text indexes (migration v6): a service's names and keywords, and its description,
// apart so that changing one does not make SQLite read the other's words again.
struct SearchIndex
{
    QString table;
    QStringList columns;
    QString remove; ///< takes rows out by their old terms: JSON [[rid, term…], …]
    QString add; ///< indexes rows as they are now: JSON [rid, …]
    /// One of FTS5's commands on the whole index ('rebuild', 'integrity-check').
    QString command(const char16_t *name) const
    {
        return u"INSERT INTO "_s + table + u" ("_s + table + u") VALUES ('"_s + QStringView(name) + u"')"_s;
    }
};

const std::array<SearchIndex, 2> &searchIndexes()
{
    static const std::array<SearchIndex, 2> indexes = [] {
        std::array<SearchIndex, 2> out {
            SearchIndex {u"services_fts"_s, {u"name_en"_s, u"name_ur"_s, u"keywords"_s}, {}, {}},
            SearchIndex {u"services_fts_description"_s, {u"description"_s}, {}, {}}};
        for (SearchIndex &index : out) {
            QStringList extracts;
            for (int i = 0; i <= index.columns.size(); ++i)
                extracts.append(u"json_extract(value, '$[%1]')"_s.arg(i));
            const QString columns = index.columns.join(u", "_s);
            index.remove = u"INSERT INTO "_s + index.table + u" ("_s + index.table + u", rowid, "_s + columns
                + u") SELECT 'delete', "_s + extracts.join(u", "_s) + u" FROM json_each(?)"_s;
            index.add = u"INSERT INTO "_s + index.table + u" (rowid, "_s + columns + u") SELECT rid, "_s + columns
                + u" FROM services WHERE rid IN (SELECT value FROM json_each(?))"_s;
        }
        return out;
    }();
    return indexes;
}

// The SQL of the per-record statements, built once per entity type: the write path runs them per row.
struct TableSql
{
    QString select; ///< SELECT <columns> FROM table
    QString insert;
    QString selectById; ///< SELECT <columns>, rid FROM table WHERE id = ?
};

TableSql buildTableSql(const Schema &schema)
{
    const QString columns = selectColumns(schema);
    const QStringList marks(kMetaColumnCount + schema.fields().size(), u"?"_s);
    return {u"SELECT "_s + columns + u" FROM "_s + schema.tableName(),
            u"INSERT INTO "_s + schema.tableName() + u" ("_s + columns + u") VALUES ("_s + marks.join(u", "_s) + u')',
            u"SELECT "_s + columns + u", rid FROM "_s + schema.tableName() + u" WHERE id = ?"_s};
}

const TableSql &tableSql(EntityType type)
{
    static const TableSql departments = buildTableSql(Schema::departments());
    static const TableSql services = buildTableSql(Schema::services());
    return type == EntityType::Department ? departments : services;
}

QString duplicateMessage(const Record &record)
{
    if (record.type() == EntityType::Service)
        return QCoreApplication::translate("Validator", "\"%1\" is already used by another service of %2")
            .arg(record.text(u"code"), record.text(u"department_code"));
    return QCoreApplication::translate("Validator", "\"%1\" is already used by another department")
        .arg(record.text(u"code"));
}

bool isUniqueViolation(const QSqlError &error)
{
    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) or _PRIMARYKEY (1555); PostgreSQL: unique_violation (23505).
    const QString code = error.nativeErrorCode();
    return code == u"2067" || code == u"1555" || code == u"23505";
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant toDb(const FieldDef &def, const QVariant &value)
{
    if (def.isList()) {
        const QStringList items = value.toStringList();
        if (items.isEmpty())
            return nullText();
        return listToJsonText(items);
    }
    switch (def.kind) {
    case FieldKind::Boolean:
        return qint64(value.toBool() ? 1 : 0);
    case FieldKind::Integer:
        if (!value.isValid())
            return QVariant(QMetaType::fromType<qint64>());
        return value.toLongLong();
    default:
        return value.isValid() ? QVariant(value.toString()) : nullText();
    }
}

QVariant fromDb(const FieldDef &def, const QVariant &value)
{
    if (value.isNull())
        return def.kind == FieldKind::Boolean ? QVariant(false) : QVariant();
    if (def.isList()) {
        const QStringList items = listFromJsonText(value.toString());
        return items.isEmpty() ? QVariant() : QVariant(items);
    }
    switch (def.kind) {
    case FieldKind::Boolean:
        return value.toLongLong() != 0;
    case FieldKind::Integer:
        return value.toLongLong();
    default: {
        QString text = value.toString();
        return text.isEmpty() ? QVariant() : QVariant(std::move(text));
    }
    }
}

QJsonObject parseJsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QAtomicInteger<quint64> g_connectionCounter;

} // namespace

// A write transaction that rolls back unless committed. Inside Store::transaction() it joins the open
// transaction instead: a nested write that fails marks the whole transaction for rollback, so that
// the outer commit cannot keep half of the work.
class Store::Transaction
{
public:
    explicit Transaction(Store &store) : m_store(store) { }
    ~Transaction()
    {
        if (!m_open)
            return;
        if (m_nested) {
            --m_store.m_transactionDepth;
            m_store.m_transactionFailed = true;
            return;
        }
        (void)m_store.exec(u"ROLLBACK"_s);
        m_store.clearSearchPending();
        m_store.m_transactionDepth = 0;
        m_store.m_transactionFailed = false;
    }
    Status begin()
    {
        if (m_store.m_transactionDepth > 0) {
            ++m_store.m_transactionDepth;
            m_nested = m_open = true;
            return success();
        }
        if (m_store.m_preparedOverflow) {
            m_store.m_prepared.clear();
            m_store.m_preparedOverflow = false;
        }
        m_store.m_knownDepartments.clear(); // valid for one transaction only
        m_store.clearSearchPending();
        Status s = m_store.exec(m_store.m_dialect.beginWrite());
        m_open = s.ok();
        if (m_open) {
            m_store.m_transactionDepth = 1;
            m_store.m_transactionFailed = false;
        }
        return s;
    }
    Status commit()
    {
        if (m_nested) {
            --m_store.m_transactionDepth;
            m_open = false;
            return success();
        }
        if (m_store.m_transactionFailed)
            return Error {u"rolled-back"_s, u"a part of the transaction failed; nothing was saved"_s,
                          m_store.m_url.displayName()};
        if (Status f = m_store.flushSearchIndex(); !f)
            return f;
        Status s = m_store.exec(u"COMMIT"_s);
        if (s.ok()) {
            m_open = false;
            m_store.m_transactionDepth = 0;
        }
        return s;
    }

private:
    Store &m_store;
    bool m_open = false;
    bool m_nested = false;
};

Store::Store(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_dialect(m_url.kind), m_connectionName(std::move(connectionName)), m_actor(defaultActor())
{ }

Store::~Store()
{
    m_prepared.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &url, OpenMode mode)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed, mode);
}

Result<std::unique_ptr<Store>> Store::open(const DatabaseUrl &url, OpenMode mode)
{
    const QString name = u"fehrist-store-%1"_s.arg(++g_connectionCounter);
    std::unique_ptr<Store> store(new Store(url, name));
    if (Status s = store->connect(mode); !s)
        return s.error();
    if (Status s = store->migrate(); !s)
        return s.error();
    return store;
}

Status Store::connect(OpenMode mode)
{
    const QString where = m_url.displayName();
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error {u"no-driver"_s, u"the Qt SQL driver %1 is not installed"_s.arg(m_dialect.driverName()), where};

    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_dialect.isSQLite()) {
        const QFileInfo info(m_url.path);
        if (info.exists()) {
            if (info.isDir())
                return Error {u"not-a-catalogue"_s, u"is a folder, not a catalogue file"_s, where};
            if (!info.isReadable())
                return Error {u"unreadable"_s, u"cannot be read (check its permissions)"_s, where};
            if (!info.isWritable())
                return Error {u"read-only"_s, u"is read-only; Fehrist needs to write to its catalogue"_s, where};
        } else {
            if (mode == OpenMode::ExistingOnly)
                return Error {u"not-found"_s, u"no such catalogue file"_s, where};
            if (!QDir().mkpath(info.absolutePath()))
                return Error {u"cannot-create"_s, u"cannot create the folder %1"_s.arg(info.absolutePath()), where};
        }
        m_db.setDatabaseName(m_url.path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        m_db.setHostName(m_url.host);
        m_db.setPort(m_url.port);
        m_db.setUserName(m_url.user);
        m_db.setPassword(m_url.password);
        m_db.setDatabaseName(m_url.database);
        m_db.setConnectOptions(m_url.options);
    }
    if (!m_db.open()) {
        const QString text = m_db.lastError().text().trimmed();
        return Error {u"cannot-open"_s, u"cannot open the catalogue: %1"_s.arg(text), where};
    }

    if (m_dialect.isSQLite()) {
        // The first statement that reads the file tells whether it is an SQLite database at all. Nothing
        // is written before we know the file is a catalogue (or empty): a wrong file stays untouched.
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            const QString text = q.lastError().text();
            if (text.contains(u"not a database"_s) || text.contains(u"malformed"_s) || text.contains(u"encrypted"_s))
                return Error {u"not-a-catalogue"_s,
                              u"is not a Fehrist catalogue (not an SQLite database, or damaged)"_s, where};
            return sqlError(q, u"cannot open the catalogue"_s);
        }
        q.finish();
        if (auto version = currentVersion(); !version)
            return version.error();
        if (!q.exec(u"PRAGMA page_size=8192"_s)) // takes effect on a new file only
            return sqlError(q, u"cannot configure the catalogue"_s);
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s))
            return sqlError(q, u"cannot open the catalogue"_s);
        // WAL with synchronous=FULL: a committed change survives power loss; the outbox depends on it.
        for (const QString &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                                      // 64 MiB of page cache: the indexes of a large catalogue stay in
                                      // memory between queries (see docs/decisions.md).
                                      u"PRAGMA cache_size=-65536"_s}) {
            if (!q.exec(pragma))
                return sqlError(q, u"cannot configure the catalogue"_s);
        }
        // Fault injection for the storage-fault tests (tests/core/storage/tst_storagefaults.cpp): a
        // catalogue that cannot grow past N pages behaves as one on a full disk.
        if (const QByteArray pages = qgetenv("FEHRIST_SQLITE_MAX_PAGE_COUNT"); !pages.isEmpty()) {
            if (!q.exec(u"PRAGMA max_page_count="_s + QString::number(pages.toLongLong())))
                return sqlError(q, u"cannot configure the catalogue"_s);
        }
        m_direct = Statement::directHandle(m_db);
    } else {
        QSqlQuery q(m_db);
        q.exec(u"SET client_min_messages TO warning"_s);
    }
    return success();
}

Error Store::sqlError(const QSqlQuery &query, const QString &what) const
{
    return sqlError(query.lastError(), what);
}

Error Store::sqlError(const Statement &statement, const QString &what) const
{
    return sqlError(statement.lastError(), what);
}

Error Store::sqlError(const QSqlError &e, const QString &what) const
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    QString code = u"database"_s;
    if (text.contains(u"disk is full"_s) || text.contains(u"No space left"_s) || text.contains(u"could not extend"_s)) {
        code = u"disk-full"_s;
        text = u"the disk is full (%1); nothing of this change was saved: free some space and try again"_s.arg(text);
    } else if (text.contains(u"disk I/O error"_s)) {
        code = u"io-error"_s;
        text = u"the disk could not be written or read (%1); nothing of this change was saved: check the disk and "
               u"try again"_s.arg(text);
    } else if (text.contains(u"malformed"_s) || text.contains(u"not a database"_s))
        code = u"damaged"_s, text = u"the catalogue file is damaged (%1); restore it from a backup"_s.arg(text);
    qCDebug(lcDb) << what << text;
    return Error {code, what + u": "_s + text, m_url.displayName()};
}

Error Store::sqlError(const QString &what) const
{
    const QString text = m_db.lastError().text().trimmed();
    return Error {u"database"_s, what + u": "_s + text, m_url.displayName()};
}

Statement &Store::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        // Statements built from a record's changed fields vary; past a bound, older ones are not kept
        // forever. Entries are only dropped when no caller can hold one: at the start of a transaction.
        if (m_prepared.size() >= 512)
            m_preparedOverflow = true;
        auto q = std::make_unique<Statement>(m_db, m_direct);
        if (!q->prepare(sql))
            qCWarning(lcDb) << "prepare failed:" << q->lastError().text() << sql;
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Status Store::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q, u"database error"_s);
    return success();
}

Result<int> Store::currentVersion()
{
    QSqlQuery q(m_db);
    const QStringList tables = m_db.tables();
    if (!tables.contains(u"schema_migrations"_s)) {
        if (!tables.isEmpty())
            return Error {u"not-a-catalogue"_s,
                          u"holds other data and is not a Fehrist catalogue (no schema_migrations table)"_s,
                          m_url.displayName()};
        return 0;
    }
    if (!q.exec(u"SELECT max(version) FROM schema_migrations"_s) || !q.next())
        return sqlError(q, u"cannot read the schema version"_s);
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

Status Store::migrate()
{
    auto version = currentVersion();
    if (!version)
        return version.error();
    if (*version == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(
                u"CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT)"_s))
            return sqlError(q, u"cannot create the catalogue"_s);
    }
    if (*version > latestSchemaVersion())
        return Error {
            u"newer-schema"_s,
            u"was written by a newer Fehrist (schema version %1; this version knows up to %2). Update Fehrist to open it."_s
                .arg(*version)
                .arg(latestSchemaVersion()),
            m_url.displayName()};

    for (const Migration &m : migrations()) {
        if (m.version <= *version)
            continue;
        Transaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        if (!m_dialect.isSQLite()) {
            // Two processes opening a new PostgreSQL catalogue at once: the second waits, then sees
            // the step applied.
            QSqlQuery lock(m_db);
            lock.exec(u"SELECT pg_advisory_xact_lock(7420261)"_s);
            QSqlQuery check(m_db);
            check.prepare(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
            check.addBindValue(m.version);
            if (check.exec() && check.next())
                continue;
        }
        for (const QString &statement : m.statements(m_dialect)) {
            QSqlQuery q(m_db);
            if (!q.exec(statement))
                return sqlError(q, u"schema upgrade to version %1 failed"_s.arg(m.version));
        }
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO schema_migrations (version, applied_at, description) VALUES (?, ?, ?)"_s);
        q.addBindValue(m.version);
        q.addBindValue(nowUtc());
        q.addBindValue(m.description);
        if (!q.exec())
            return sqlError(q, u"cannot record the schema version"_s);
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcDb) << "catalogue" << m_url.displayName() << "upgraded to schema" << m.version;
    }
    m_schemaVersion = latestSchemaVersion();
    return success();
}

Record Store::readRecord(EntityType type, const Statement &q) const
{
    Record r(type);
    r.id = q.value(0).toString();
    r.rev = q.value(1).toLongLong();
    r.updatedAt = q.value(2).toString();
    r.updatedBy = q.value(3).toString();
    r.deleted = q.value(4).toLongLong() != 0;
    const QList<FieldDef> &fields = r.schema().fields();
    for (int i = 0; i < fields.size(); ++i)
        r.setStoredValue(i, fromDb(fields.at(i), q.value(kMetaColumnCount + i)));
    return r;
}

Result<std::optional<Record>> Store::loadRecord(EntityType type, const QString &where, const QVariantList &binds)
{
    const Schema &schema = Schema::of(type);
    Statement &q = prepared(tableSql(schema.type()).select + u" WHERE "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, u"cannot read the catalogue"_s);
    std::optional<Record> out;
    if (q.next())
        out = readRecord(type, q);
    q.finish();
    return out;
}

Result<std::optional<Record>> Store::loadRecordById(EntityType type, const QString &id, SearchTerms *terms)
{
    const Schema &schema = Schema::of(type);
    Statement &q = prepared(tableSql(schema.type()).selectById);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"cannot read the catalogue"_s);
    std::optional<Record> out;
    if (q.next()) {
        out = readRecord(type, q);
        if (terms) {
            // The indexed text exactly as stored: the full-text index forgets a row by its old terms.
            terms->rowKey = q.value(kMetaColumnCount + int(schema.fields().size())).toLongLong();
            for (size_t i = 0; i < searchIndexes().size(); ++i) {
                terms->text[i].clear();
                for (const QString &column : searchIndexes()[i].columns)
                    terms->text[i].append(q.value(kMetaColumnCount + schema.indexOf(column)));
            }
        }
    }
    q.finish();
    return out;
}

Result<bool> Store::departmentExists(const QString &code)
{
    if (m_knownDepartments.contains(code))
        return true;
    Statement &q = prepared(u"SELECT 1 FROM departments WHERE code = ? AND deleted = 0"_s);
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, u"cannot read departments"_s);
    const bool found = q.next();
    q.finish();
    if (found)
        m_knownDepartments.insert(code);
    return found;
}

Status Store::insertHistory(const Record &record, const QString &operation, const QString &changes,
                            const QString &comment, const QString &actor)
{
    Statement &q = prepared(
        u"INSERT INTO history (entity, record_id, rev, at, actor, operation, changes, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(record.schema().entityName());
    q.addBindValue(record.id);
    q.addBindValue(record.rev);
    q.addBindValue(record.updatedAt.isEmpty() ? nowUtc() : record.updatedAt);
    q.addBindValue(actor.isEmpty() ? m_actor : actor);
    q.addBindValue(operation);
    q.addBindValue(changes);
    q.addBindValue(comment.isEmpty() ? nullText() : QVariant(comment));
    if (!q.exec())
        return sqlError(q, u"cannot write the history"_s);
    return success();
}

Status Store::insertOutbox(const Record &record, qint64 baseRev, const QString &operation, const QString &changes)
{
    Statement &q = prepared(
        u"INSERT INTO outbox (change_id, entity, record_id, base_rev, operation, changes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newId());
    q.addBindValue(record.schema().entityName());
    q.addBindValue(record.id);
    q.addBindValue(baseRev);
    q.addBindValue(operation);
    q.addBindValue(changes);
    q.addBindValue(record.updatedAt.isEmpty() ? nowUtc() : record.updatedAt);
    q.addBindValue(m_actor);
    if (!q.exec())
        return sqlError(q, u"cannot write the outbox"_s);
    return success();
}

Result<QList<Problem>> Store::validate(const Record &record)
{
    std::optional<Record> before;
    if (!record.id.isEmpty()) {
        auto loaded = loadRecordById(record.type(), record.id);
        if (!loaded)
            return loaded.error();
        before = std::move(*loaded);
    }
    return check(record, before, true);
}

// The rules a record must pass to be saved: the Validator's, and those that need the catalogue.
Result<QList<Problem>> Store::check(const Record &record, const std::optional<Record> &before, bool newKeys,
                                    const QList<Problem> *validated)
{
    const bool isService = record.type() == EntityType::Service;
    QList<Problem> problems = validated ? *validated : m_validator.validate(record);
    // Rules that need the database.
    if (isService && record.isSet(u"department_code") && Validator::isValidCode(record.text(u"department_code"), 12)) {
        auto exists = departmentExists(record.text(u"department_code"));
        if (!exists)
            return exists.error();
        if (!*exists)
            problems.append({u"department_code"_s,
                             QCoreApplication::translate("Validator", "there is no department with code \"%1\"")
                                 .arg(record.text(u"department_code"))});
    }
    if (!isService && before && before->text(u"code") != record.text(u"code"))
        problems.append(
            {u"code"_s,
             QCoreApplication::translate("Validator", "a department's code cannot be changed once created")});
    if (!isService && record.isSet(u"parent_code") && record.text(u"parent_code") != record.text(u"code")) {
        auto exists = departmentExists(record.text(u"parent_code"));
        if (!exists)
            return exists.error();
        if (!*exists)
            problems.append({u"parent_code"_s,
                             QCoreApplication::translate("Validator", "there is no department with code \"%1\"")
                                 .arg(record.text(u"parent_code"))});
    }
    // Code uniqueness: a changed key is checked here, since the record's own row must not count. When
    // saving, a new record relies on the unique index instead (its violation is reported in the same
    // words), which spares a bulk import one query per row; validate() checks new records too.
    const bool keyChanged = before
        && (before->text(u"code") != record.text(u"code")
            || (isService && before->text(u"department_code") != record.text(u"department_code")));
    if (problems.isEmpty() && (keyChanged || (!before && newKeys))) {
        Statement &q = isService
            ? prepared(u"SELECT id FROM services WHERE department_code = ? AND code = ? AND deleted = 0"_s)
            : prepared(u"SELECT id FROM departments WHERE code = ?"_s);
        if (isService)
            q.addBindValue(record.text(u"department_code"));
        q.addBindValue(record.text(u"code"));
        if (!q.exec())
            return sqlError(q, u"cannot read the catalogue"_s);
        if (q.next() && q.value(0).toString() != record.id)
            problems.append({u"code"_s, duplicateMessage(record)});
        q.finish();
    }
    return problems;
}

// Validates and writes one record with its history and outbox rows; the caller holds the transaction.
// `current`, when given, is the record's row as the caller has just read it (saveAsGiven()).
Result<Record> Store::writeRecord(Record record, const SaveOptions &options, const std::optional<Record> *current,
                                  const SaveAhead *ahead)
{
    const Schema &schema = record.schema();
    const bool isService = record.type() == EntityType::Service;
    const bool hadState = !isService || record.isSet(u"state");
    const QString name = isService ? Service(record).key() : record.text(u"code");

    std::optional<Record> before;
    SearchTerms indexed;
    const bool searchIndexed = isService && m_dialect.isSQLite();
    if (!record.id.isEmpty()) {
        // A row the caller has just read is taken as it is, unless the full-text index needs the row's
        // stored terms (an existing service on SQLite).
        const bool needTerms = searchIndexed && current && current->has_value();
        auto loaded = current && !needTerms
            ? Result<std::optional<Record>>(*current)
            : loadRecordById(record.type(), record.id, searchIndexed ? &indexed : nullptr);
        if (!loaded)
            return loaded.error();
        before = std::move(*loaded);
        if (before && before->deleted && !options.asGiven)
            return Error {u"deleted"_s, u"this record was deleted"_s, name};
    } else {
        record.id = newId();
    }

    if (isService && !record.isSet(u"state")) {
        // A workflow field the caller left out: a new service starts as a draft, a stored one keeps its state.
        record.setValue(u"state"_s, before ? before->value(u"state"_s) : QVariant(u"draft"_s));
    }

    if (options.validate) {
        // The validation done ahead assumed an unset state becomes draft, as it does for a new record only.
        const bool useAhead = ahead && ahead->problems && (hadState || !before);
        auto problems = check(record, before, false, useAhead ? &*ahead->problems : nullptr);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return Error {u"invalid"_s, describeProblems(*problems), name};
    } else if (!isService && before && before->text(u"code") != record.text(u"code")) {
        return Error {u"invalid"_s, u"code: a department's code cannot be changed once created"_s, name};
    }

    Record empty(record.type());
    // A record created as given writes no outbox row and an empty history entry: no changes to work out;
    // nor has a new one whose change set was worked out ahead (saveServices()).
    const bool createdAhead = !before && ahead && !ahead->creation.isEmpty();
    QList<FieldChange> changes = (before || !options.asGiven) && !createdAhead
        ? diffRecords(before ? *before : empty, record)
        : QList<FieldChange>();
    const bool metaChanged = options.asGiven && before
        && (before->rev != record.rev || before->deleted != record.deleted || before->updatedAt != record.updatedAt
            || before->updatedBy != record.updatedBy);
    if (before && changes.isEmpty() && !metaChanged)
        return *before; // nothing to do: no history, no outbox

    // DESIGN.md §5: an edit to a submitted, returned or approved service makes a new draft revision.
    if (isService && before && !options.keepWorkflowState && !options.asGiven && before->text(u"state") != u"draft") {
        bool contentChanged = false;
        for (const FieldChange &c : changes)
            contentChanged = contentChanged || !schema.field(c.field)->managed;
        if (contentChanged) {
            record.setValue(u"state"_s, u"draft"_s);
            changes = diffRecords(*before, record);
        }
    }

    if (!options.asGiven) {
        record.updatedAt = nowUtc();
        record.updatedBy = m_actor;
        if (before)
            record.rev = before->rev;
    }

    if (!before) {
        const int fieldCount = int(schema.fields().size());
        Statement &q = prepared(tableSql(schema.type()).insert);
        q.addBindValue(record.id);
        q.addBindValue(record.rev);
        q.addBindValue(record.updatedAt);
        q.addBindValue(record.updatedBy);
        q.addBindValue(qint64(options.asGiven && record.deleted ? 1 : 0));
        for (int i = 0; i < fieldCount; ++i)
            q.addBindValue(toDb(schema.fields().at(i), record.value(i)));
        if (!q.exec()) {
            if (isUniqueViolation(q.lastError()))
                return Error {u"invalid"_s, u"code: "_s + duplicateMessage(record), name};
            return sqlError(q, u"cannot save %1"_s.arg(name));
        }
        if (isService && m_dialect.isSQLite()) {
            const qint64 rowKey = q.lastInsertId().toLongLong();
            for (SearchPending &pending : m_searchPending) {
                pending.rows.append(rowKey);
                pending.rowSet.insert(rowKey);
            }
        }
    } else {
        if (searchIndexed)
            unindexForSearch(indexed, changes);
        // Only the changed columns: SQLite then touches only the indexes that contain them.
        QString sql = u"UPDATE "_s + schema.tableName() + u" SET updated_at = ?, updated_by = ?"_s;
        if (options.asGiven)
            sql += u", rev = ?, deleted = ?"_s;
        for (const FieldChange &c : changes)
            sql += u", "_s + c.field + u" = ?"_s;
        sql += u" WHERE id = ?"_s;
        Statement &q = prepared(sql);
        q.addBindValue(record.updatedAt);
        q.addBindValue(record.updatedBy);
        if (options.asGiven) {
            q.addBindValue(record.rev);
            q.addBindValue(qint64(record.deleted ? 1 : 0));
        }
        for (const FieldChange &c : changes)
            q.addBindValue(toDb(*schema.field(c.field), c.newValue));
        q.addBindValue(record.id);
        if (!q.exec()) {
            if (isUniqueViolation(q.lastError()))
                return Error {u"invalid"_s, u"code: "_s + duplicateMessage(record), name};
            return sqlError(q, u"cannot save %1"_s.arg(name));
        }
    }

    const QString changeJson = createdAhead ? ahead->creation : changesToJsonText(schema, changes);
    QString operation = !options.historyOperation.isEmpty() ? options.historyOperation
        : before                                            ? u"update"_s
                                                            : u"create"_s;
    if (options.asGiven && before && record.deleted && !before->deleted)
        operation = u"delete"_s;
    // A creation's history entry stores no values: they are the record's values with every later
    // change undone, and history() works them out. That halves what a new record writes. A new rev
    // that changes no field (a tombstone's rev, say) has nothing to tell in history but a deletion.
    QString comment = options.historyComment;
    if (options.asGiven && isService && before && operation == u"sync"
        && before->text(u"state") != record.text(u"state")) {
        // A step taken elsewhere, as it reaches this catalogue: named like the step, with its comment.
        static const QHash<QString, QString> steps {
            {u"submitted"_s, u"submit"_s}, {u"approved"_s, u"approve"_s}, {u"returned"_s, u"return"_s}};
        if (const QString step = steps.value(record.text(u"state")); !step.isEmpty()) {
            operation = step;
            if (step != u"submit" && comment.isEmpty())
                comment = record.text(u"review_comment");
        }
    }
    const bool historyWorthy = !before || !changes.isEmpty() || operation == u"delete";
    if (historyWorthy) {
        // What the server sends was done by its author, not by whoever runs this catalogue.
        const QString actor = options.asGiven && !record.updatedBy.isEmpty() ? record.updatedBy : m_actor;
        if (Status s = insertHistory(record, operation, before ? changeJson : u"{}"_s, comment, actor); !s)
            return s.error();
    }
    if (options.writeOutbox && !options.asGiven && !options.workflowOperation.isEmpty()) {
        // A workflow step sends its comment only; the server moves the state fields itself.
        QList<FieldChange> comment;
        for (const FieldChange &c : std::as_const(changes)) {
            if (c.field == u"review_comment")
                comment.append(c);
        }
        if (Status s = insertOutbox(record, record.rev, options.workflowOperation, changesToJsonText(schema, comment));
            !s)
            return s.error();
    } else if (options.writeOutbox && !options.asGiven) {
        if (Status s = insertOutbox(record, record.rev, u"upsert"_s, changeJson); !s)
            return s.error();
    }
    return record;
}

Result<QList<Department>> Store::departments()
{
    Statement &q = prepared(tableSql(EntityType::Department).select + u" WHERE deleted = 0 ORDER BY code"_s);
    if (!q.exec())
        return sqlError(q, u"cannot read departments"_s);
    QList<Department> out;
    while (q.next())
        out.append(Department(readRecord(EntityType::Department, q)));
    q.finish();
    return out;
}

Result<Department> Store::department(const QString &code)
{
    auto r = loadRecord(EntityType::Department, u"code = ? AND deleted = 0"_s, {code});
    if (!r)
        return r.error();
    if (!*r)
        return Error {u"not-found"_s, u"no department with code \"%1\""_s.arg(code), code};
    return Department(std::move(**r));
}

Result<Department> Store::saveDepartment(const Department &department, const SaveOptions &options)
{
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto written = writeRecord(department, options);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Department(std::move(*written));
}

Result<QSet<QString>> Store::serviceCodes(const QString &department)
{
    Statement &q = prepared(u"SELECT code FROM services WHERE department_code = ? AND deleted = 0"_s);
    q.addBindValue(department);
    if (!q.exec())
        return sqlError(q, u"cannot read the services of %1"_s.arg(department));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

Result<QHash<QString, qint64>> Store::serviceCountsByDepartment()
{
    Statement &q
        = prepared(u"SELECT department_code, count(*) FROM services WHERE deleted = 0 GROUP BY department_code"_s);
    if (!q.exec())
        return sqlError(q, u"cannot count services"_s);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

Result<Service> Store::service(const QString &idOrKey, bool includeDeleted)
{
    Result<std::optional<Record>> r = std::optional<Record>();
    const qsizetype slash = idOrKey.indexOf(u'/');
    if (slash > 0) {
        r = loadRecord(EntityType::Service, u"department_code = ? AND code = ? AND deleted = 0"_s,
                       {idOrKey.left(slash), idOrKey.mid(slash + 1)});
    } else {
        r = loadRecord(EntityType::Service, includeDeleted ? u"id = ?"_s : u"id = ? AND deleted = 0"_s,
                       {idOrKey.trimmed()});
    }
    if (!r)
        return r.error();
    if (!*r)
        return Error {u"not-found"_s, u"no such service"_s, idOrKey};
    return Service(std::move(**r));
}

QString Store::filterWhere(const ServiceFilter &filter, QVariantList &binds) const
{
    QStringList where {u"s.deleted = 0"_s};
    auto equal = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where.append(u"s."_s + column + u" = ?"_s);
        binds.append(value);
    };
    equal(u"department_code"_s, filter.department);
    equal(u"digitization_level"_s, filter.level);
    equal(u"state"_s, filter.state);
    equal(u"category"_s, filter.category);
    equal(u"status"_s, filter.status);
    if (!filter.channel.isEmpty()) {
        // Lists are stored as JSON arrays of codes; a code is quoted, so it cannot match inside another.
        where.append(u"s.channels LIKE ?"_s);
        binds.append(QString(u"%\""_s + filter.channel + u"\"%"_s));
    }
    if (!filter.reviewedSince.isEmpty()) {
        where.append(u"s.reviewed_at > ?"_s);
        binds.append(filter.reviewedSince);
    }
    if (filter.rtsNotified) {
        where.append(u"s.rts_notified = ?"_s);
        binds.append(qint64(*filter.rtsNotified ? 1 : 0));
    }
    if (!filter.search.trimmed().isEmpty()) {
        const Dialect::Search search = m_dialect.search(u"s"_s, filter.search);
        if (search.condition.isEmpty()) {
            where.append(u"1 = 0"_s); // only punctuation: nothing can match
        } else {
            where.append(search.condition);
            for (const QString &b : search.binds)
                binds.append(b);
        }
    }
    return where.join(u" AND "_s);
}

Result<ServicePage> Store::services(const ServiceFilter &filter, const ServiceCursor &after, int limit)
{
    limit = std::clamp(limit, 1, 10000);
    QVariantList binds;
    QString where = filterWhere(filter, binds);
    if (!after.isNull()) {
        where += u" AND (s.department_code > ? OR (s.department_code = ? AND s.code > ?))"_s;
        binds << after.departmentCode << after.departmentCode << after.code;
    }
    if (filter.published && !filter.search.trimmed().isEmpty())
        return Error {u"invalid"_s, u"the published versions are listed without a search"_s, filter.search};
    const QString table = filter.published ? u"published_services"_s : u"services"_s;
    Statement &q = prepared(u"SELECT "_s + selectColumns(Schema::services(), u"s"_s) + u" FROM "_s + table
                            + u" s WHERE "_s + where + u" ORDER BY s.department_code, s.code LIMIT ?"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return sqlError(q, u"cannot list services"_s);
    ServicePage page;
    while (q.next()) {
        if (page.services.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.services.append(Service(readRecord(EntityType::Service, q)));
    }
    q.finish();
    if (!page.services.isEmpty())
        page.next = {page.services.constLast().departmentCode(), page.services.constLast().code()};
    return page;
}

QStringList ServiceSort::sortableFields()
{
    return {u"department_code"_s, u"code"_s,   u"name_en"_s,  u"name_ur"_s,         u"digitization_level"_s,
            u"state"_s,           u"status"_s, u"category"_s, u"processing_time"_s, u"updated_at"_s};
}

Result<QList<ServiceRow>> Store::serviceRows(const ServiceFilter &filter, const ServiceSort &sort, qint64 offset,
                                             int limit, const ServiceRow *after)
{
    if (!ServiceSort::sortableFields().contains(sort.field))
        return Error {u"invalid-sort"_s, u"cannot sort by \"%1\""_s.arg(sort.field), sort.field};
    limit = std::clamp(limit, 1, 10000);
    // The column name comes from the fixed list above, never from the caller's text. The catalogue
    // order (department, code) has no leading key, so that SQLite walks its index instead of sorting.
    const bool natural = sort.field == u"department_code";
    const QString key = natural ? QString() : u"coalesce(s."_s + sort.field + u", '')"_s;
    const QString dir = sort.descending ? u" DESC"_s : QString();
    QVariantList binds;
    QString where = filterWhere(filter, binds);
    if (after) {
        const QString op = sort.descending ? u"<"_s : u">"_s;
        if (natural) {
            where += u" AND (s.department_code, s.code) "_s + op + u" (?, ?)"_s;
        } else {
            where += u" AND ("_s + key + u", s.department_code, s.code) "_s + op + u" (?, ?, ?)"_s;
            // Never a null QString here: that binds SQL NULL, and a comparison with NULL matches nothing.
            binds << (after->sortValue.isNull() ? u""_s : after->sortValue);
        }
        binds << after->departmentCode << after->code;
    }
    const QString order
        = (natural ? QString() : key + dir + u", "_s) + u"s.department_code"_s + dir + u", s.code"_s + dir;
    Statement &q = prepared(
        u"SELECT s.id, s.department_code, s.code, s.name_en, s.name_ur, s.digitization_level, s.state, s.category, "
        u"s.status, s.rts_notified, s.processing_time, s.updated_at, "_s
        + (natural ? u"''"_s : key) + u" FROM services s WHERE "_s + where + u" ORDER BY "_s + order
        + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(after ? qint64(0) : std::max<qint64>(0, offset));
    if (!q.exec())
        return sqlError(q, u"cannot list services"_s);
    QList<ServiceRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toLongLong() != 0, q.value(10).toString(),
                     q.value(11).toString(), q.value(12).toString()});
    }
    q.finish();
    return rows;
}

Result<qint64> Store::countServices(const ServiceFilter &filter)
{
    QVariantList binds;
    // Counting the catalogue or one department: SQLite's planner would scan the wide table; the narrow
    // (department, code) index of live services holds the same rows at a fraction of the reads.
    const bool byDepartmentOnly = filter.search.trimmed().isEmpty() && filter.level.isEmpty() && filter.state.isEmpty()
        && filter.category.isEmpty() && filter.channel.isEmpty() && filter.status.isEmpty() && !filter.rtsNotified
        && filter.reviewedSince.isEmpty();
    if (filter.published && !filter.search.trimmed().isEmpty())
        return Error {u"invalid"_s, u"the published versions are counted without a search"_s, filter.search};
    const QString from = filter.published          ? u"published_services s"_s
        : m_dialect.isSQLite() && byDepartmentOnly ? u"services s INDEXED BY services_department_code"_s
                                                   : u"services s"_s;
    Statement &q = prepared(u"SELECT count(*) FROM "_s + from + u" WHERE "_s + filterWhere(filter, binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(q, u"cannot count services"_s);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<Service> Store::saveService(const Service &service, const SaveOptions &options)
{
    auto saved = saveServices({service}, options);
    if (!saved)
        return saved.error();
    return saved->constFirst();
}

namespace {

// The parts of saving a batch that need no catalogue: the Validator's checks and, for a new service,
// the change set its outbox row carries. A second thread works them out ahead of the writes, which then
// only wait for it if they catch up. The thread stops early (and is joined) when the save ends before
// the batch does.
class BatchAhead
{
public:
    BatchAhead(const Validator &validator, const QList<Service> &services, bool validate, bool creations)
        : m_results(services.size())
    {
        m_thread = std::thread([this, &validator, &services, validate, creations] {
            const Record empty(EntityType::Service);
            for (qsizetype i = 0; i < services.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
                Record record = services.at(i);
                if (!record.isSet(u"state"))
                    record.setValue(u"state"_s, u"draft"_s);
                SaveAhead &result = m_results[size_t(i)];
                if (validate)
                    result.problems = validator.validate(record);
                if (creations && record.id.isEmpty())
                    result.creation = changesToJsonText(record.schema(), diffRecords(empty, record));
                {
                    std::lock_guard lock(m_mutex);
                    m_done = i + 1;
                }
                m_ready.notify_one();
            }
        });
    }
    ~BatchAhead()
    {
        m_stop.store(true, std::memory_order_relaxed);
        m_thread.join();
    }
    BatchAhead(const BatchAhead &) = delete;
    BatchAhead &operator=(const BatchAhead &) = delete;

    const SaveAhead &at(qsizetype i)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done > i; });
        return m_results[size_t(i)];
    }

private:
    std::vector<SaveAhead> m_results;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    qsizetype m_done = 0;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

} // namespace

Result<QList<Service>> Store::saveServices(const QList<Service> &services, const SaveOptions &options,
                                           const QStringList &deleteIds, const QList<Department> &departments)
{
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    for (const Department &d : departments) {
        if (auto written = writeRecord(d, options); !written)
            return written.error();
    }
    for (const QString &id : deleteIds) {
        auto found = service(id);
        if (!found)
            return found.error();
        if (Status s = tombstone(*found); !s)
            return s.error();
    }
    QList<Service> out;
    if (options.returnSaved)
        out.reserve(services.size());
    // Creations are worked out ahead only where writeRecord() would write them to the outbox as they are.
    const bool creations = options.writeOutbox && !options.asGiven && options.workflowOperation.isEmpty();
    std::optional<BatchAhead> ahead;
    if ((options.validate || creations) && services.size() >= kBatchAhead && QThread::idealThreadCount() >= 2)
        ahead.emplace(m_validator, services, options.validate, creations);
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (options.progress && i % 256 == 0 && !options.progress(i, services.size()))
            return Error {u"cancelled"_s, u"cancelled; nothing was saved"_s, {}};
        auto written = writeRecord(services.at(i), options, nullptr, ahead ? &ahead->at(i) : nullptr);
        if (!written)
            return written.error();
        if (options.returnSaved)
            out.append(Service(std::move(*written)));
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<Service> Store::recordWorkflowStep(const Service &moved, const QString &operation, const QString &comment)
{
    SaveOptions options;
    options.keepWorkflowState = true;
    options.historyOperation = operation;
    options.workflowOperation = operation;
    options.historyComment = comment;
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto written = writeRecord(moved, options);
    if (!written)
        return written.error();
    // A reviewer deciding offline publishes here at once; the server does the same when the decision
    // reaches it, and its word comes back on the next pull.
    if (operation == u"approve") {
        if (Status s = setPublished(Service(*written)); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return Service(std::move(*written));
}

Status Store::deleteService(const QString &idOrKey)
{
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    auto found = service(idOrKey);
    if (!found)
        return found.error();
    auto published = publishedService(found->id);
    if (!published)
        return published.error();
    if (*published)
        return Error {u"invalid-state"_s,
                      QCoreApplication::translate("Workflow",
                                                  "it is published; to take it off the catalogue, set its status "
                                                  "to retired and submit that for review"),
                      found->key()};
    if (Status s = tombstone(*found); !s)
        return s;
    return tx.commit();
}

Result<std::optional<Service>> Store::publishedService(const QString &id)
{
    Statement &q
        = prepared(u"SELECT "_s + selectColumns(Schema::services()) + u" FROM published_services WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"cannot read the published catalogue"_s);
    std::optional<Service> out;
    if (q.next())
        out = Service(readRecord(EntityType::Service, q));
    q.finish();
    return out;
}

Status Store::unpublish(const QString &id)
{
    Statement &q = prepared(u"DELETE FROM published_services WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"cannot change the published catalogue"_s);
    return success();
}

Status Store::setPublished(const Service &approved)
{
    if (Status s = unpublish(approved.id); !s)
        return s;
    if (approved.deleted || approved.text(u"status") == u"retired")
        return success(); // retiring is approved by taking it off the published catalogue
    static const QString insert = [] {
        const Schema &schema = Schema::services();
        const QStringList marks(kMetaColumnCount + schema.fields().size(), u"?"_s);
        QString sql = u"INSERT INTO published_services ("_s;
        sql += selectColumns(schema);
        sql += u") VALUES ("_s;
        sql += marks.join(u", "_s);
        sql += u')';
        return sql;
    }();
    Statement &q = prepared(insert);
    q.addBindValue(approved.id);
    q.addBindValue(approved.rev);
    q.addBindValue(approved.updatedAt);
    q.addBindValue(approved.updatedBy);
    q.addBindValue(qint64(0));
    const QList<FieldDef> &fields = Schema::services().fields();
    for (int i = 0; i < fields.size(); ++i)
        q.addBindValue(toDb(fields.at(i), approved.value(i)));
    if (!q.exec())
        return sqlError(q, u"cannot publish %1"_s.arg(approved.key()));
    return success();
}

Result<qint64> Store::publishApproved()
{
    static const QString columns = selectColumns(Schema::services());
    return execute(u"INSERT INTO published_services ("_s + columns + u") SELECT "_s + columns
                   + u" FROM services s WHERE s.deleted = 0 AND s.state = 'approved' AND s.status <> 'retired' "
                     u"AND NOT EXISTS (SELECT 1 FROM published_services p WHERE p.id = s.id)"_s);
}

Status Store::tombstone(Service record)
{
    record.deleted = true;
    record.updatedAt = nowUtc();
    record.updatedBy = m_actor;
    Statement &q = prepared(u"UPDATE services SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    q.addBindValue(record.updatedAt);
    q.addBindValue(record.updatedBy);
    q.addBindValue(record.id);
    if (!q.exec())
        return sqlError(q, u"cannot delete %1"_s.arg(record.key()));
    if (Status s = insertHistory(record, u"delete"_s, u"{}"_s); !s)
        return s;
    return insertOutbox(record, record.rev, u"delete"_s, u"{}"_s);
}

Result<QList<HistoryEntry>> Store::history(const QString &recordId)
{
    Statement &q = prepared(
        u"SELECT hid, entity, record_id, rev, at, actor, operation, changes, comment FROM history WHERE record_id = ? ORDER BY hid"_s);
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(q, u"cannot read the history"_s);
    QList<HistoryEntry> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                    parseJsonObject(q.value(7).toString()), q.value(8).toString()});
    }
    q.finish();
    if (out.isEmpty())
        return out;

    // Fill in the values of the creation: start from the record as it is and undo each later change.
    const EntityType type = out.constFirst().entity == u"department" ? EntityType::Department : EntityType::Service;
    auto current = loadRecordById(type, recordId);
    if (!current)
        return current.error();
    if (!*current)
        return out;
    const Schema &schema = Schema::of(type);
    QJsonObject state = (*current)->toJson();
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        HistoryEntry &entry = out[i];
        if (entry.changes.isEmpty() && entry.operation != u"delete") {
            QJsonObject created;
            for (const FieldDef &def : schema.fields()) {
                const QJsonValue v = state.value(def.name);
                const bool unset = v.isNull() || (v.isArray() && v.toArray().isEmpty()) || (v.isBool() && !v.toBool());
                if (!unset)
                    created.insert(def.name, QJsonObject {{u"old"_s, QJsonValue::Null}, {u"new"_s, v}});
            }
            entry.changes = created;
            continue;
        }
        for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it)
            state.insert(it.key(), it.value().toObject().value(u"old"_s));
    }
    return out;
}

Result<QList<OutboxEntry>> Store::outbox(int limit)
{
    Statement &q = prepared(
        u"SELECT local_seq, change_id, entity, record_id, base_rev, operation, changes, created_at, created_by FROM outbox ORDER BY local_seq LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, u"cannot read the outbox"_s);
    QList<OutboxEntry> out;
    while (q.next()) {
        QString text = q.value(6).toString();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        const bool object = error.error == QJsonParseError::NoError && doc.isObject();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), doc.object(), object ? text : u"{}"_s,
                    q.value(7).toString(), q.value(8).toString()});
    }
    q.finish();
    return out;
}

Result<qint64> Store::pendingChanges()
{
    Statement &q = prepared(u"SELECT count(*) FROM outbox"_s);
    if (!q.exec() || !q.next())
        return sqlError(q, u"cannot read the outbox"_s);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QString> Store::meta(const QString &key)
{
    Statement &q = prepared(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, u"cannot read settings"_s);
    QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

Status Store::setMeta(const QString &key, const QString &value)
{
    Statement &q = prepared(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value); // a null QString would bind SQL NULL
    if (!q.exec())
        return sqlError(q, u"cannot save settings"_s);
    return success();
}

Result<qint64> Store::pendingChangesFor(const QString &recordId)
{
    Statement &q = prepared(u"SELECT count(*) FROM outbox WHERE record_id = ?"_s);
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return sqlError(q, u"cannot read the outbox"_s);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status Store::advanceRev(EntityType type, const QString &id, qint64 rev)
{
    Statement &q = prepared(u"UPDATE "_s + Schema::of(type).tableName() + u" SET rev = ? WHERE id = ? AND rev < ?"_s);
    q.addBindValue(rev);
    q.addBindValue(id);
    q.addBindValue(rev);
    if (!q.exec())
        return sqlError(q, u"cannot update the catalogue"_s);
    return success();
}

Status Store::removeOutboxEntry(const QString &changeId)
{
    Statement &q = prepared(u"DELETE FROM outbox WHERE change_id = ?"_s);
    q.addBindValue(changeId);
    if (!q.exec())
        return sqlError(q, u"cannot update the outbox"_s);
    return success();
}

Status Store::enqueue(const Record &record, qint64 baseRev, const QString &operation, const QList<FieldChange> &changes)
{
    return insertOutbox(record, baseRev, operation, changesToJsonText(record.schema(), changes));
}

Status Store::changeId(EntityType type, const QString &from, const QString &to)
{
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    const QString table = Schema::of(type).tableName();
    for (const QString &sql : {QString(u"UPDATE "_s + table + u" SET id = ? WHERE id = ?"_s),
                               u"UPDATE history SET record_id = ? WHERE record_id = ?"_s,
                               u"UPDATE outbox SET record_id = ? WHERE record_id = ?"_s}) {
        Statement &q = prepared(sql);
        q.addBindValue(to);
        q.addBindValue(from);
        if (!q.exec())
            return sqlError(q, u"cannot renumber a record"_s);
    }
    return tx.commit();
}

Result<std::optional<Record>> Store::record(EntityType type, const QString &id)
{
    return loadRecordById(type, id);
}

Status Store::transaction(const std::function<Status()> &work)
{
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = work(); !s)
        return s;
    return tx.commit();
}

namespace {

// Every row of an executed query (a QSqlQuery or a Statement), then the query finished.
template<typename Query> QList<SqlRow> takeRows(Query &q, int columns)
{
    QList<SqlRow> rows;
    while (q.next()) {
        SqlRow row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q.value(c));
        rows.append(std::move(row));
    }
    q.finish();
    return rows;
}

} // namespace

Result<QList<SqlRow>> Store::select(const QString &sql, const QVariantList &binds)
{
    if (binds.isEmpty()) {
        // Without values to bind the statement runs as it is: PostgreSQL cannot prepare some (SET …).
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return sqlError(q, u"database error"_s);
        return takeRows(q, q.record().count());
    }
    Statement &q = prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, u"database error"_s);
    return takeRows(q, q.columnCount());
}

Result<qint64> Store::execute(const QString &sql, const QVariantList &binds)
{
    auto run = [&](auto &q, bool ok) -> Result<qint64> {
        if (!ok) {
            Error e = sqlError(q, u"database error"_s);
            if (isUniqueViolation(q.lastError()))
                e.code = u"duplicate"_s;
            return e;
        }
        const qint64 affected = q.numRowsAffected();
        q.finish();
        return affected;
    };
    if (binds.isEmpty()) {
        QSqlQuery q(m_db);
        return run(q, q.exec(sql));
    }
    Statement &q = prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return run(q, q.exec());
}

Status Store::migrateModule(const QString &versionKey, const QList<Migration> &steps)
{
    if (steps.isEmpty())
        return success();
    auto current = meta(versionKey);
    if (!current)
        return current.error();
    const int latest = steps.constLast().version;
    if (current->toInt() > latest)
        return Error {
            u"newer-schema"_s,
            u"was written by a newer Fehrist (%1 %2; this version knows up to %3). Update Fehrist to open it."_s
                .arg(versionKey, *current)
                .arg(latest),
            m_url.displayName()};
    for (const Migration &m : steps) {
        if (m.version <= current->toInt())
            continue;
        Status s = transaction([&]() -> Status {
            if (!m_dialect.isSQLite()) {
                // Two processes upgrading one PostgreSQL database at once: the second waits, then
                // sees the step applied.
                if (auto locked = select(u"SELECT pg_advisory_xact_lock(7420262)"_s); !locked)
                    return locked.error();
                auto now = meta(versionKey);
                if (!now)
                    return now.error();
                if (now->toInt() >= m.version)
                    return success();
            }
            for (const QString &statement : m.statements(m_dialect)) {
                QSqlQuery q(m_db);
                if (!q.exec(statement))
                    return sqlError(q, u"schema upgrade of %1 to version %2 failed"_s.arg(versionKey).arg(m.version));
            }
            return setMeta(versionKey, QString::number(m.version));
        });
        if (!s)
            return s;
        qCInfo(lcDb) << "database" << m_url.displayName() << versionKey << "upgraded to" << m.version;
    }
    return success();
}

Result<QList<ServiceAggregate>> Store::serviceAggregates(const QString &fromDepartment, const QString &toDepartment)
{
    // Grouped in the order of the services_metrics index, which covers every column used: one
    // streaming pass over the index, no table access.
    QString where = u"deleted = 0"_s;
    QVariantList binds;
    if (!fromDepartment.isEmpty()) {
        where += u" AND department_code >= ?"_s;
        binds.append(fromDepartment);
    }
    if (!toDepartment.isEmpty()) {
        where += u" AND department_code < ?"_s;
        binds.append(toDepartment);
    }
    Statement &q = prepared(uR"(SELECT department_code, digitization_level, status, state, category,
       count(*), coalesce(sum(annual_volume), 0)
  FROM services WHERE )"_s + where
                            + u"\n GROUP BY department_code, digitization_level, status, state, category"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, u"cannot compute the figures"_s);
    QList<ServiceAggregate> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
    }
    q.finish();
    return out;
}

Status Store::saveSnapshot(const QString &day, const QJsonObject &figures)
{
    Statement &q = prepared(uR"(INSERT INTO figure_snapshots (day, taken_at, figures) VALUES (?, ?, ?)
 ON CONFLICT (day) DO UPDATE SET taken_at = excluded.taken_at, figures = excluded.figures)"_s);
    q.addBindValue(day);
    q.addBindValue(nowUtc());
    q.addBindValue(QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, u"cannot keep the figures of the day"_s);
    return success();
}

Result<QList<FigureSnapshot>> Store::snapshots()
{
    Statement &q = prepared(u"SELECT day, taken_at, figures FROM figure_snapshots ORDER BY day"_s);
    if (!q.exec())
        return sqlError(q, u"cannot read the figures of earlier days"_s);
    QList<FigureSnapshot> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), parseJsonObject(q.value(2).toString())});
    q.finish();
    return out;
}

Result<QString> Store::integrityCheck()
{
    if (!m_dialect.isSQLite())
        return u"ok"_s; // PostgreSQL checks its own pages; nothing comparable to run from a client
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return sqlError(q, u"cannot check the catalogue"_s);
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    q.finish();
    if (lines != QStringList {u"ok"_s})
        return lines.join(u'\n');
    // The full-text indexes against the rows they index (PRAGMA integrity_check leaves them out).
    for (const SearchIndex &index : searchIndexes()) {
        if (!q.exec(index.command(u"integrity-check")))
            return u"%1: %2"_s.arg(index.table, q.lastError().databaseText());
    }
    return u"ok"_s;
}

Status Store::rebuildSearchIndex()
{
    if (!m_dialect.isSQLite())
        return success();
    return transaction([this]() -> Status {
        for (const SearchIndex &index : searchIndexes()) {
            if (auto r = execute(index.command(u"rebuild")); !r)
                return r.error();
        }
        return success();
    });
}

// SQLite's full-text index is kept by the store rather than by triggers. FTS5 flushes its pending terms
// whenever a statement savepoint opens while it is part of the transaction — which every later INSERT
// or UPDATE in the transaction does. So nothing touches the index until commit: an update only notes
// the row's old terms (read from the row itself, so they match what was indexed), and at commit one
// statement removes all noted terms and one adds the new ones, for the whole batch.
void Store::unindexForSearch(const SearchTerms &indexed, const QList<FieldChange> &changes)
{
    const qint64 rowid = indexed.rowKey;
    for (size_t i = 0; i < searchIndexes().size(); ++i) {
        const SearchIndex &index = searchIndexes()[i];
        SearchPending &pending = m_searchPending[i];
        bool affected = false;
        for (const FieldChange &c : changes)
            affected = affected || index.columns.contains(c.field);
        // A row already pending in this transaction was not indexed with its current terms: it is simply
        // indexed once, at commit, with its final ones (its originally indexed terms are already noted).
        if (!affected || pending.rowSet.contains(rowid))
            continue;
        pending.deletes += pending.deletes.isEmpty() ? u"["_s : u","_s;
        pending.deletes += u'[' + QString::number(rowid);
        for (const QVariant &text : indexed.text[i]) {
            pending.deletes += u',';
            if (text.isNull())
                pending.deletes += u"null"_s;
            else
                appendJsonString(pending.deletes, text.toString());
        }
        pending.deletes += u']';
        pending.rowSet.insert(rowid);
        pending.rows.append(rowid);
    }
}

Status Store::flushSearchIndex()
{
    for (size_t i = 0; i < searchIndexes().size(); ++i) {
        const SearchIndex &index = searchIndexes()[i];
        SearchPending &pending = m_searchPending[i];
        if (!pending.deletes.isEmpty()) {
            pending.deletes += u']';
            Statement &q = prepared(index.remove);
            q.addBindValue(pending.deletes);
            pending.deletes.clear();
            if (!q.exec())
                return sqlError(q, u"cannot update the search index"_s);
        }
        if (pending.rows.isEmpty())
            continue;
        QString ids = u"["_s;
        for (qsizetype r = 0; r < pending.rows.size(); ++r) {
            if (r)
                ids += u',';
            ids += QString::number(pending.rows.at(r));
        }
        ids += u']';
        pending.rows.clear();
        pending.rowSet.clear();
        Statement &q = prepared(index.add);
        q.addBindValue(ids);
        if (!q.exec())
            return sqlError(q, u"cannot update the search index"_s);
    }
    return success();
}

// Runs `sql`, whose %1 stands for a list of tuples of `arity` marks, over `values` (tuples laid end to
// end) in chunks of at most 500 values, calling `row` for every row. A chunk is padded (its last tuple
// repeated) to one of a few sizes, so that few distinct statements are prepared whatever the count.
Status Store::selectIn(const QString &sql, const QVariantList &values, int arity,
                       const std::function<void(const Statement &)> &row)
{
    const qsizetype tuples = values.size() / arity;
    const qsizetype perChunk = 500 / arity;
    const QString tuple = arity == 1 ? u"?"_s : QString(u'(' + QStringList(arity, u"?"_s).join(u", "_s) + u')');
    for (qsizetype from = 0; from < tuples; from += perChunk) {
        const qsizetype count = std::min(perChunk, tuples - from);
        qsizetype width = perChunk;
        for (qsizetype size : {8, 32, 128}) {
            if (count <= size && size < perChunk) {
                width = size;
                break;
            }
        }
        Statement &q = prepared(sql.arg(QStringList(width, tuple).join(u", "_s)));
        for (qsizetype i = 0; i < width; ++i) {
            const qsizetype at = (from + std::min(i, count - 1)) * arity;
            for (int v = 0; v < arity; ++v)
                q.addBindValue(values.at(at + v));
        }
        if (!q.exec())
            return sqlError(q, u"cannot read the catalogue"_s);
        while (q.next())
            row(q);
        q.finish();
    }
    return success();
}

Result<QHash<QString, Record>> Store::records(EntityType type, const QStringList &ids)
{
    QHash<QString, Record> out;
    out.reserve(ids.size());
    Status s = selectIn(tableSql(type).select + u" WHERE id IN (%1)"_s, QVariantList(ids.begin(), ids.end()), 1,
                        [&](const Statement &q) {
                            Record r = readRecord(type, q);
                            out.insert(r.id, std::move(r));
                        });
    if (!s)
        return s.error();
    return out;
}

Result<QSet<QString>> Store::pendingRecordIds(const QStringList &ids)
{
    QSet<QString> out;
    Status s = selectIn(u"SELECT DISTINCT record_id FROM outbox WHERE record_id IN (%1)"_s,
                        QVariantList(ids.begin(), ids.end()), 1,
                        [&](const Statement &q) { out.insert(q.value(0).toString()); });
    if (!s)
        return s.error();
    return out;
}

Result<QSet<QString>> Store::publishedIds(const QStringList &ids)
{
    QSet<QString> out;
    Status s = selectIn(u"SELECT id FROM published_services WHERE id IN (%1)"_s, QVariantList(ids.begin(), ids.end()),
                        1, [&](const Statement &q) { out.insert(q.value(0).toString()); });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QString, QString>> Store::liveServiceIds(const QStringList &keys)
{
    QVariantList pairs;
    pairs.reserve(keys.size() * 2);
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(u'/'); // as service() splits a key
        if (slash > 0)
            pairs << key.left(slash) << key.mid(slash + 1);
    }
    // A join from the keys rather than (department_code, code) IN (…): SQLite then seeks each key in the
    // unique index instead of scanning it.
    QHash<QString, QString> out;
    Status s = selectIn(u"SELECT s.id, s.department_code, s.code FROM (VALUES %1) AS k JOIN services s "
                        u"ON s.department_code = k.column1 AND s.code = k.column2 AND s.deleted = 0"_s,
                        pairs, 2, [&](const Statement &q) {
                            out.insert(q.value(1).toString() + u'/' + q.value(2).toString(), q.value(0).toString());
                        });
    if (!s)
        return s.error();
    return out;
}

Result<Record> Store::saveAsGiven(const Record &record, const std::optional<Record> &current, SaveOptions options)
{
    return writeAsGiven(record, &current, std::move(options));
}

Result<Record> Store::saveAsGiven(const Record &record, SaveOptions options)
{
    return writeAsGiven(record, nullptr, std::move(options));
}

Result<Record> Store::writeAsGiven(const Record &record, const std::optional<Record> *current, SaveOptions options)
{
    if (record.id.isEmpty()
        || (current && *current && ((*current)->id != record.id || (*current)->type() != record.type())))
        return Error {u"invalid"_s, u"a record written as given needs its id, and its own current row"_s, record.id};
    options.asGiven = true;
    Transaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto written = writeRecord(record, options, current);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

} // namespace Fehrist::Core
