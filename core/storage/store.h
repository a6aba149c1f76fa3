#pragma once

#include "core/domain/record.h"
#include "core/domain/validator.h"
#include "core/error.h"
#include "core/storage/databaseurl.h"
#include "core/storage/dialect.h"
#include "core/storage/migrations.h"
#include "core/storage/statement.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

namespace Fehrist::Core {

/// What to show of the catalogue; every part is optional and they combine with AND.
struct ServiceFilter
{
    QString department; ///< department code
    QString search; ///< words typed by a person, English or Urdu; each word matches as a prefix
    QString level; ///< L0…L6
    QString state; ///< workflow state
    QString category;
    QString channel;
    QString status;
    std::optional<bool> rtsNotified;
    /// The published versions (DESIGN.md §5: the last approved version of each service) instead of the
    /// working ones. Not with `search`.
    bool published = false;
    /// Only services decided (approved or returned) after this ISO 8601 UTC time.
    QString reviewedSince;
};

/// Position after the last service of a page, in the listing order (department code, service code).
struct ServiceCursor
{
    QString departmentCode;
    QString code;
    bool isNull() const { return departmentCode.isEmpty() && code.isEmpty(); }
};

struct ServicePage
{
    QList<Service> services;
    ServiceCursor next; ///< pass to the next call to continue
    bool hasMore = false;
};

/// What a catalogue table shows of a service: a few columns, cheap to fetch and to hold by the
/// hundred thousand.
struct ServiceRow
{
    QString id;
    QString departmentCode;
    QString code;
    QString nameEn;
    QString nameUr;
    QString level;
    QString state;
    QString category;
    QString status;
    bool rtsNotified = false;
    QString processingTime;
    QString updatedAt;
    QString sortValue; ///< the value of the sort column, for continuing after this row

    QString key() const { return departmentCode + u'/' + code; }
};

/// The order of a listing. Ties are broken by department and code, so the order is total.
struct ServiceSort
{
    QString field = QStringLiteral("department_code"); ///< one of sortableFields()
    bool descending = false;

    static QStringList sortableFields();
};

/// One entry of a record's history: who changed what, and when.
struct HistoryEntry
{
    qint64 id = 0;
    QString entity;
    QString recordId;
    qint64 rev = 0;
    QString at;
    QString actor;
    QString operation; ///< create, update, delete, load
    QJsonObject changes; ///< field -> {old, new}
    QString comment;
};

/// A local change not yet acknowledged by the server (DESIGN.md §6).
struct OutboxEntry
{
    qint64 localSeq = 0;
    QString changeId;
    QString entity;
    QString recordId;
    qint64 baseRev = 0;
    QString operation; ///< upsert, delete, submit, approve, return
    QJsonObject changes;
    QString changesText; ///< the same changes as stored JSON text ("{}" if that text was not an object)
    QString createdAt;
    QString createdBy;
};

/// Service counts grouped by everything the figures need; core/metrics folds these into numbers.
struct ServiceAggregate
{
    QString departmentCode;
    QString level;
    QString status;
    QString state;
    QString category;
    qint64 count = 0;
    qint64 volume = 0; ///< sum of annual_volume
};

/// The figures of one day (core/metrics writes and reads the JSON), for the dashboard's trend.
struct FigureSnapshot
{
    QString day; ///< YYYY-MM-DD
    QString takenAt; ///< ISO 8601 UTC, the last time the day's figures were recorded
    QJsonObject figures;
};

struct SaveOptions
{
    /// Local edits go to the outbox; loading the sample catalogue or data from the server does not.
    bool writeOutbox = true;
    /// Keep the workflow fields as given instead of moving an edited approved/returned service back to
    /// draft (the sample catalogue and, later, the server's versions).
    bool keepWorkflowState = false;
    QString historyOperation; ///< overrides "create"/"update" in the history entry
    /// A workflow step (submit, approve, return): the outbox row carries this operation and only the
    /// comment (review_comment) as its changes, not the state fields the step moved locally.
    QString workflowOperation;
    QString historyComment; ///< kept with the history entry (a return's reason)
    /// saveServices(): called every few hundred records; returning false cancels (rolls back).
    std::function<bool(qsizetype done, qsizetype total)> progress;
    /// saveServices(): return the saved services. A bulk import that only needs to know it worked
    /// sets this false and is spared a copy of every record.
    bool returnSaved = true;
    /// Sync: the record is another authority's word (the server's). Its rev, updated_at, updated_by,
    /// deleted flag and workflow fields are written as given, a deleted record may be written, and no
    /// outbox row is made.
    bool asGiven = false;
    /// Check the record with the Validator and the catalogue's rules first. A client applying what the
    /// server sends turns this off: the server has checked it, perhaps under newer reference data.
    bool validate = true;

    /// A record as another authority gave it (sync, the resolution of a conflict): written as given, not
    /// validated again, its history entry named `historyOperation`.
    static SaveOptions given(const QString &historyOperation)
    {
        SaveOptions options;
        options.asGiven = true;
        options.validate = false;
        options.historyOperation = historyOperation;
        return options;
    }
};

/// What Store::saveServices() works out for a service ahead of its write, on another thread, from the
/// service alone (its state defaulted to draft when unset). Internal to the store.
struct SaveAhead
{
    std::optional<QList<Problem>> problems; ///< the Validator's, when the save validates
    QString creation; ///< a new service's change set as outbox JSON, when it writes one
};

/// One row of Store::select(), values in the order of the selected columns.
using SqlRow = QVariantList;

enum class OpenMode { CreateIfMissing, ExistingOnly };

/// The local catalogue: departments, services, their history and the outbox of unsent changes, in an
/// SQLite file or a PostgreSQL database, through one API (DESIGN.md §2, §6).
///
/// Opening applies pending numbered migrations, each in its own transaction; a catalogue written by a
/// newer Fehrist, a file that is not a catalogue or a database that cannot be reached is refused with
/// an Error that says so. Every write validates first and writes the record, its history entry and its
/// outbox row in one transaction, so a crash leaves either all of them or none. Listing is paged with a
/// cursor so that no caller loads the whole catalogue. One Store is one connection: use it from the
/// thread that opened it.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    static Result<std::unique_ptr<Store>> open(const QString &url, OpenMode mode = OpenMode::CreateIfMissing);
    static Result<std::unique_ptr<Store>> open(const DatabaseUrl &url, OpenMode mode = OpenMode::CreateIfMissing);
    ~Store();

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    /// SQLite: whether the store's statements run on sqlite3's C API (core/storage/statement.h).
    bool usesSqliteDirectly() const { return m_direct != nullptr; }

    /// The person recorded in history and outbox rows (the OS user by default).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    // Departments (few: loaded whole)
    Result<QList<Department>> departments();
    Result<Department> department(const QString &code);
    Result<Department> saveDepartment(const Department &department, const SaveOptions &options = {});
    /// Live services per department code.
    Result<QHash<QString, qint64>> serviceCountsByDepartment();
    /// The codes of a department's services (not deleted): an import checks its rows against them.
    Result<QSet<QString>> serviceCodes(const QString &department);

    // Services
    /// By UUID or by "DEPT/CODE".
    Result<Service> service(const QString &idOrKey, bool includeDeleted = false);
    Result<ServicePage> services(const ServiceFilter &filter, const ServiceCursor &after = {}, int limit = 100);
    Result<qint64> countServices(const ServiceFilter &filter);
    /// Light rows for a table: `limit` rows from position `offset` in the sorted listing, or — faster
    /// at any depth — the rows following `after` (a row of the previous page; offset is then ignored).
    Result<QList<ServiceRow>> serviceRows(const ServiceFilter &filter, const ServiceSort &sort, qint64 offset,
                                          int limit, const ServiceRow *after = nullptr);
    Result<Service> saveService(const Service &service, const SaveOptions &options = {});
    /// Saves many services in one transaction: all or none. `deleteIds` are deleted, and `departments`
    /// saved first, in the same transaction (an import that replaces a department, or brings its own).
    Result<QList<Service>> saveServices(const QList<Service> &services, const SaveOptions &options = {},
                                        const QStringList &deleteIds = {}, const QList<Department> &departments = {});
    /// Records a workflow step taken here (DESIGN.md §5): the service as Workflow::apply() left it, a
    /// history entry and an outbox row with the operation, the revision decided on as its base and the
    /// comment, in one transaction. The server checks the step again and applies it at the next sync.
    Result<Service> recordWorkflowStep(const Service &moved, const QString &operation, const QString &comment);
    /// Marks a service deleted (a tombstone that sync carries); it disappears from listings.
    Status deleteService(const QString &idOrKey);

    /// The published version of a service (DESIGN.md §5): the copy taken when it was last approved;
    /// nothing when it was never approved, or was retired.
    Result<std::optional<Service>> publishedService(const QString &id);
    /// Makes `approved` the published version of its service; a retired or deleted one leaves the
    /// published catalogue instead. Call in the transaction that approves it.
    Status setPublished(const Service &approved);
    /// Takes a service off the published catalogue (it is not approved anywhere any more).
    Status unpublish(const QString &id);
    /// Publishes every approved, unretired service that has no published version yet — a catalogue
    /// whose states were loaded as given (the sample, a server adopting records). Returns how many.
    Result<qint64> publishApproved();

    Result<QList<HistoryEntry>> history(const QString &recordId);
    Result<QList<OutboxEntry>> outbox(int limit = 1000);
    Result<qint64> pendingChanges();

    /// Changes waiting for `recordId` in the outbox.
    Result<qint64> pendingChangesFor(const QString &recordId);
    /// Drops an outbox row once the server has answered for it (sync).
    Status removeOutboxEntry(const QString &changeId);
    /// Moves a record's rev up to `rev` and changes nothing else (sync: the server took a change and
    /// numbered it; the values come with the next pull). A rev already at or past `rev` stays.
    Status advanceRev(EntityType type, const QString &id, qint64 rev);
    /// Queues a change by hand: sync re-offering a record to a restored server, or a conflict resolved
    /// in favour of the local values. `changes` as diffRecords() makes them.
    Status enqueue(const Record &record, qint64 baseRev, const QString &operation, const QList<FieldChange> &changes);

    /// Every rule a save would check — the Validator's and the catalogue's (known department, unique
    /// code) — without writing anything. Empty when the record may be saved.
    Result<QList<Problem>> validate(const Record &record);
    /// Gives a record another id, with its history and outbox rows (sync: a department made offline
    /// that the server already has under its own id). Inside a transaction of the caller's.
    Status changeId(EntityType type, const QString &from, const QString &to);
    /// A record by id, deleted or not; nullopt if there is none.
    Result<std::optional<Record>> record(EntityType type, const QString &id);

    // Looking up many records at once (sync: a pull page of hundreds, instead of a query per record).
    // Ids or keys with nothing to report are left out; the lists may be of any length.
    /// Records by id, deleted or not.
    Result<QHash<QString, Record>> records(EntityType type, const QStringList &ids);
    /// Of these record ids, those with changes waiting in the outbox.
    Result<QSet<QString>> pendingRecordIds(const QStringList &ids);
    /// Of these service ids, those with a published version.
    Result<QSet<QString>> publishedIds(const QStringList &ids);
    /// The ids of the live services holding these "DEPT/CODE" keys, by key: what service(key) would
    /// find. A key without a department before its '/' is left out.
    Result<QHash<QString, QString>> liveServiceIds(const QStringList &keys);
    /// Writes a record as another authority gave it (sync; `options.asGiven` is implied), when the caller
    /// has read what the catalogue holds under its id in the same transaction — `current`, nullopt for
    /// nothing — so that the write need not read it again. `current` must be that row as record() or
    /// records() returned it: history is written from the difference. The record needs its id.
    Result<Record> saveAsGiven(const Record &record, const std::optional<Record> &current, SaveOptions options = {});
    /// As above, for a caller that has not read the row: the store reads it.
    Result<Record> saveAsGiven(const Record &record, SaveOptions options = {});

    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    /// Runs `work` in one write transaction: the Store writes it makes (saveService, setMeta, execute…)
    /// join it, and everything commits together or not at all — an error returned by `work`, or a
    /// write inside it that failed, rolls all of it back.
    Status transaction(const std::function<Status()> &work);
    /// Prepared statements for tables that other modules own (the server's users and change log, the
    /// sync engine's conflicts), run on this connection and inside transaction(). Values are always
    /// bound, never written into the SQL text; the text itself must be constant.
    Result<QList<SqlRow>> select(const QString &sql, const QVariantList &binds = {});
    /// As select(), for statements that return nothing; the number of rows affected.
    Result<qint64> execute(const QString &sql, const QVariantList &binds = {});
    /// Applies a module's own numbered schema steps (tables the catalogue migrations do not know), each
    /// in its own transaction, recording the version reached in meta under `versionKey`. A database
    /// with a higher version there was written by a newer program and is refused.
    Status migrateModule(const QString &versionKey, const QList<Migration> &steps);

    /// Grouped counts of live services; with a range, only departments with from <= code < to (an
    /// empty bound is open), so that callers can split the work over several connections.
    Result<QList<ServiceAggregate>> serviceAggregates(const QString &fromDepartment = {},
                                                      const QString &toDepartment = {});
    /// Keeps the figures of a day; a later snapshot of the same day replaces it.
    Status saveSnapshot(const QString &day, const QJsonObject &figures);
    /// Every day's snapshot, oldest first.
    Result<QList<FigureSnapshot>> snapshots();
    /// "ok", or what the engine found wrong.
    Result<QString> integrityCheck();
    /// SQLite: fills the full-text indexes again from the rows (after rows were copied in behind the
    /// store's back, as a restore does); call inside a transaction or on its own. Nothing on PostgreSQL.
    Status rebuildSearchIndex();

private:
    Store(DatabaseUrl url, QString connectionName);

    class Transaction;
    friend class Transaction;

    Status connect(OpenMode mode);
    Status migrate();
    Result<int> currentVersion();
    Error sqlError(const QSqlQuery &query, const QString &what) const;
    Error sqlError(const Statement &statement, const QString &what) const;
    Error sqlError(const QSqlError &error, const QString &what) const;
    Error sqlError(const QString &what) const;
    Statement &prepared(const QString &sql);
    Status exec(const QString &sql);

    Result<std::optional<Record>> loadRecord(EntityType type, const QString &where, const QVariantList &binds);
    // SQLite: a service's row key and its full-text columns as stored, to take it out of the index.
    struct SearchTerms
    {
        qint64 rowKey = -1;
        std::array<QVariantList, 2> text; ///< per full-text index: its columns' text
    };
    Result<std::optional<Record>> loadRecordById(EntityType type, const QString &id, SearchTerms *terms = nullptr);
    Record readRecord(EntityType type, const Statement &query) const;
    /// `ahead`, when given, is used where it is what the save would work out itself.
    Result<Record> writeAsGiven(const Record &record, const std::optional<Record> *current, SaveOptions options);
    Result<Record> writeRecord(Record record, const SaveOptions &options,
                               const std::optional<Record> *current = nullptr, const SaveAhead *ahead = nullptr);
    Status selectIn(const QString &sql, const QVariantList &values, int arity,
                    const std::function<void(const Statement &)> &row);
    Result<QList<Problem>> check(const Record &record, const std::optional<Record> &before, bool newKeys,
                                 const QList<Problem> *validated = nullptr);
    Status insertHistory(const Record &record, const QString &operation, const QString &changes,
                         const QString &comment = {}, const QString &actor = {});
    Status insertOutbox(const Record &record, qint64 baseRev, const QString &operation, const QString &changes);
    Status tombstone(Service record); ///< inside a transaction
    Result<bool> departmentExists(const QString &code);
    void unindexForSearch(const SearchTerms &indexed, const QList<FieldChange> &changes);
    Status flushSearchIndex();
    void clearSearchPending()
    {
        for (SearchPending &pending : m_searchPending)
            pending = {};
    }
    QString filterWhere(const ServiceFilter &filter, QVariantList &binds) const;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QString m_actor;
    Validator m_validator;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_prepared;
    sqlite3 *m_direct = nullptr; ///< SQLite: the connection's handle, when statements use it directly
    bool m_preparedOverflow = false;
    QSet<QString> m_knownDepartments; ///< departments seen in the current write transaction
    // SQLite: what each full-text index (names and keywords; description) is to take in at commit.
    struct SearchPending
    {
        QList<qint64> rows; ///< services (rid) to index with their terms at commit
        QSet<qint64> rowSet; ///< the same, for lookups
        QString deletes; ///< JSON [[rid, old terms…], …] to take out of the index
    };
    std::array<SearchPending, 2> m_searchPending;
    int m_transactionDepth = 0; ///< Transactions open on this connection (nested ones join the first)
    bool m_transactionFailed = false; ///< a nested write failed: the open transaction must roll back
};

} // namespace Fehrist::Core
