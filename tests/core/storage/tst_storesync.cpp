// The store's facilities for sync and the server: one transaction around several writes, prepared
// statements for tables other modules own, their own migrations, and records written "as given".
// Runs on SQLite, and on PostgreSQL with FEHRIST_TEST_BACKEND=pg.
#include "core/domain/ids.h"
#include "core/storage/store.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::makeDepartment;
using Fehrist::Test::makeService;
using Fehrist::Test::TestDatabase;

namespace {

QStringList moduleV1(const Dialect &)
{
    return {u"CREATE TABLE module_items (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s};
}

QStringList moduleV2(const Dialect &)
{
    return {u"ALTER TABLE module_items ADD COLUMN note TEXT"_s};
}

const QList<Migration> &moduleSteps()
{
    static const QList<Migration> steps {{1, u"items"_s, &moduleV1}, {2, u"notes"_s, &moduleV2}};
    return steps;
}

} // namespace

class TestStoreSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->url());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        m_store = std::move(*store);
        SaveOptions noOutbox;
        noOutbox.writeOutbox = false; // the outbox counts below are the tests' own rows
        QVERIFY(m_store->saveDepartment(makeDepartment(u"DC"_s), noOutbox).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void moduleMigrationsApplyOnceAndRecordTheirVersion()
    {
        QVERIFY(m_store->migrateModule(u"test_schema"_s, moduleSteps()).ok());
        QCOMPARE(*m_store->meta(u"test_schema"_s), u"2"_s);
        // Again: nothing to do, no error (the table exists already).
        QVERIFY(m_store->migrateModule(u"test_schema"_s, moduleSteps()).ok());
        QVERIFY(m_store
                    ->execute(u"INSERT INTO module_items (name, value, note) VALUES (?, ?, ?)"_s,
                              {u"a"_s, qint64(1), u"n"_s})
                    .ok());
        // A database upgraded by a newer program is refused.
        QVERIFY(m_store->setMeta(u"test_schema"_s, u"9"_s).ok());
        const Status newer = m_store->migrateModule(u"test_schema"_s, moduleSteps());
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, u"newer-schema"_s);
    }

    void selectAndExecuteBindValues()
    {
        QVERIFY(m_store->migrateModule(u"test_schema"_s, moduleSteps()).ok());
        // A value that would break SQL if it were pasted into the text is stored as it is.
        const QString tricky = u"x'); DROP TABLE module_items; --"_s;
        auto inserted = m_store->execute(u"INSERT INTO module_items (name, value) VALUES (?, ?)"_s, {tricky, 7});
        QVERIFY(inserted.ok());
        QCOMPARE(*inserted, qint64(1));
        auto rows = m_store->select(u"SELECT name, value FROM module_items WHERE name = ?"_s, {tricky});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).at(0).toString(), tricky);
        QCOMPARE(rows->at(0).at(1).toLongLong(), qint64(7));
        // A duplicate key says so in its code.
        auto duplicate = m_store->execute(u"INSERT INTO module_items (name, value) VALUES (?, ?)"_s, {tricky, 8});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, u"duplicate"_s);
    }

    void transactionCommitsEverythingOrNothing()
    {
        QVERIFY(m_store->migrateModule(u"test_schema"_s, moduleSteps()).ok());
        // Committed: a service and a module row together.
        Status ok = m_store->transaction([&]() -> Status {
            if (auto s = m_store->saveService(makeService(u"DC"_s, u"ONE"_s)); !s)
                return s.error();
            if (auto r = m_store->execute(u"INSERT INTO module_items (name, value) VALUES ('one', 1)"_s); !r)
                return r.error();
            return success();
        });
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toString()));
        QVERIFY(m_store->service(u"DC/ONE"_s).ok());

        // The work fails after a write: the write is rolled back.
        Status failed = m_store->transaction([&]() -> Status {
            if (auto s = m_store->saveService(makeService(u"DC"_s, u"TWO"_s)); !s)
                return s.error();
            return Error {u"test"_s, u"stop"_s, {}};
        });
        QVERIFY(!failed.ok());
        QVERIFY(!m_store->service(u"DC/TWO"_s).ok());
        QCOMPARE(*m_store->pendingChanges(), qint64(1)); // ONE's creation only

        // A nested write fails but the work ignores it and returns success: nothing is committed.
        Status ignored = m_store->transaction([&]() -> Status {
            (void)m_store->saveService(makeService(u"DC"_s, u"THREE"_s));
            Service invalid = makeService(u"DC"_s, u"FOUR"_s);
            invalid.setValue(u"name_en"_s, QString());
            auto rejected = m_store->saveService(invalid);
            if (rejected.ok())
                return Error {u"test"_s, u"an invalid service was saved"_s, {}};
            return success();
        });
        QVERIFY(!ignored.ok());
        QCOMPARE(ignored.error().code, u"rolled-back"_s);
        QVERIFY(!m_store->service(u"DC/THREE"_s).ok());
        // The connection is usable afterwards.
        QVERIFY(m_store->saveService(makeService(u"DC"_s, u"FIVE"_s)).ok());
    }

    void recordsWrittenAsGivenKeepTheServersWord()
    {
        Service s = makeService(u"DC"_s, u"REMOTE"_s);
        s.id = u"0190a000-0000-7000-8000-000000000001"_s;
        s.rev = 5;
        s.updatedAt = u"2025-01-02T03:04:05.000Z"_s;
        s.updatedBy = u"officer.dc"_s;
        s.setValue(u"state"_s, u"approved"_s);
        SaveOptions remote;
        remote.asGiven = true;
        remote.historyOperation = u"sync"_s;
        auto saved = m_store->saveService(s, remote);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
        auto loaded = m_store->service(s.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->rev, qint64(5));
        QCOMPARE(loaded->updatedBy, u"officer.dc"_s);
        QCOMPARE(loaded->updatedAt, s.updatedAt);
        QCOMPARE(loaded->state(), u"approved"_s);
        QCOMPARE(*m_store->pendingChanges(), qint64(0));

        // A new revision with a changed field: state stays as given (no "edit makes a draft").
        s.rev = 6;
        s.setValue(u"name_en"_s, u"Renamed remotely"_s);
        QVERIFY(m_store->saveService(s, remote).ok());
        loaded = m_store->service(s.id);
        QCOMPARE(loaded->rev, qint64(6));
        QCOMPARE(loaded->nameEn(), u"Renamed remotely"_s);
        QCOMPARE(loaded->state(), u"approved"_s);

        // A tombstone: the record disappears from listings but stays readable by id.
        s.rev = 7;
        s.deleted = true;
        QVERIFY(m_store->saveService(s, remote).ok());
        QVERIFY(!m_store->service(s.id).ok());
        auto tomb = m_store->record(EntityType::Service, s.id);
        QVERIFY(tomb.ok() && tomb->has_value());
        QVERIFY((*tomb)->deleted);
        QCOMPARE((*tomb)->rev, qint64(7));
        auto history = m_store->history(s.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->last().operation, u"delete"_s);
        QCOMPARE(*m_store->pendingChanges(), qint64(0));

        // A local save of a deleted record is still refused.
        Service local = Service(**tomb);
        local.setValue(u"name_en"_s, u"Local edit"_s);
        QVERIFY(!m_store->saveService(local).ok());
    }

    void validationCanBeLeftToTheServer()
    {
        Service s = makeService(u"DC"_s, u"NEWER"_s);
        s.id = u"0190a000-0000-7000-8000-000000000002"_s;
        s.rev = 1;
        s.setValue(u"category"_s, u"a-category-of-a-newer-version"_s);
        QVERIFY(!m_store->saveService(s).ok());
        SaveOptions remote;
        remote.asGiven = true;
        remote.validate = false;
        QVERIFY(m_store->saveService(s, remote).ok());
        QCOMPARE(m_store->service(s.id)->text(u"category"), u"a-category-of-a-newer-version"_s);
    }

    void validateChecksWithoutWriting()
    {
        QVERIFY(m_store->saveService(makeService(u"DC"_s, u"TAKEN"_s)).ok());
        const qint64 pending = *m_store->pendingChanges();
        Service duplicate = makeService(u"DC"_s, u"TAKEN"_s);
        duplicate.id = u"0190a000-0000-7000-8000-000000000003"_s;
        duplicate.setValue(u"fee_amount_pkr"_s, u"-5"_s);
        auto problems = m_store->validate(duplicate);
        QVERIFY(problems.ok());
        QVERIFY(!problems->isEmpty());
        QCOMPARE(problems->constFirst().field, u"fee_amount_pkr"_s);
        duplicate.setValue(u"fee_amount_pkr"_s, QVariant());
        problems = m_store->validate(duplicate);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->constFirst().field, u"code"_s); // a new record's code is checked too
        Service elsewhere = makeService(u"NOPE"_s, u"X1"_s);
        problems = m_store->validate(elsewhere);
        QCOMPARE(problems->constFirst().field, u"department_code"_s);
        QCOMPARE(*m_store->pendingChanges(), pending);
        QVERIFY(!m_store->service(duplicate.id).ok());
    }

    void aRecordCanTakeAnotherId()
    {
        Department d = makeDepartment(u"NEWD"_s);
        auto saved = m_store->saveDepartment(d);
        QVERIFY(saved.ok());
        const QString serverId = u"0190a000-0000-7000-8000-00000000beef"_s;
        QVERIFY(m_store->changeId(EntityType::Department, saved->id, serverId).ok());
        QVERIFY(!m_store->record(EntityType::Department, saved->id)->has_value());
        QCOMPARE((*m_store->record(EntityType::Department, serverId))->text(u"code"), u"NEWD"_s);
        QCOMPARE(m_store->history(serverId)->size(), 1);
        QCOMPARE(*m_store->pendingChangesFor(serverId), qint64(1));
    }

    void outboxRowsCanBeQueuedAndRemovedOneByOne()
    {
        auto saved = m_store->saveService(makeService(u"DC"_s, u"QUEUE"_s));
        QVERIFY(saved.ok());
        QCOMPARE(*m_store->pendingChangesFor(saved->id), qint64(1));
        Service edited = *saved;
        edited.setValue(u"name_en"_s, u"Queued by hand"_s);
        QVERIFY(m_store->enqueue(edited, 3, u"upsert"_s, diffRecords(*saved, edited)).ok());
        auto outbox = m_store->outbox();
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->size(), 2);
        const OutboxEntry queued = outbox->at(1);
        QCOMPARE(queued.baseRev, qint64(3));
        QCOMPARE(queued.changes.value(u"name_en"_s).toObject().value(u"new"_s).toString(), u"Queued by hand"_s);
        QVERIFY(m_store->removeOutboxEntry(outbox->at(0).changeId).ok());
        QCOMPARE(*m_store->pendingChangesFor(saved->id), qint64(1));
        QCOMPARE(m_store->outbox()->constFirst().changeId, queued.changeId);
    }
    void manyRecordsAreLookedUpAtOnce()
    {
        // Sync reads a whole pull page this way: what is here of each record, its waiting changes, its
        // published version, and who holds each code.
        SaveOptions remote;
        remote.asGiven = true;
        remote.historyOperation = u"sync"_s;
        auto local = m_store->saveService(makeService(u"DC"_s, u"LOCAL"_s)); // with an outbox row
        QVERIFY(local.ok());
        Service approved = makeService(u"DC"_s, u"APPROVED"_s);
        approved.id = newId();
        approved.rev = 3;
        approved.setValue(u"state"_s, u"approved"_s);
        QVERIFY(m_store->saveService(approved, remote).ok());
        QVERIFY(m_store->setPublished(approved).ok());
        Service gone = makeService(u"DC"_s, u"GONE"_s);
        gone.id = newId();
        gone.rev = 4;
        gone.deleted = true;
        QVERIFY(m_store->saveService(gone, remote).ok());

        // More ids than one statement binds, the known ones last.
        QStringList ids;
        for (int i = 0; i < 700; ++i)
            ids.append(newId());
        ids << local->id << approved.id << gone.id << local->id;
        auto records = m_store->records(EntityType::Service, ids);
        QVERIFY2(records.ok(), records.ok() ? "" : qPrintable(records.error().toString()));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->value(local->id).text(u"code"), u"LOCAL"_s);
        QCOMPARE(records->value(approved.id).rev, qint64(3));
        QVERIFY(records->value(gone.id).deleted); // deleted records are found too
        QCOMPARE(Service(records->value(local->id)).nameEn(), local->nameEn());
        QVERIFY(m_store->records(EntityType::Department, ids)->isEmpty());
        QVERIFY(m_store->records(EntityType::Service, {})->isEmpty());

        QCOMPARE(*m_store->pendingRecordIds(ids), QSet<QString> {local->id});
        QCOMPARE(*m_store->publishedIds(ids), QSet<QString> {approved.id});

        // Keys as service() reads them: a deleted service holds none, a key without a department is
        // no key.
        QStringList keys;
        for (int i = 0; i < 300; ++i)
            keys.append(u"DC/NONE%1"_s.arg(i));
        keys << u"DC/GONE"_s << u"/LOCAL"_s << u"LOCAL"_s << u"DC/APPROVED"_s << u"DC/LOCAL"_s;
        auto holders = m_store->liveServiceIds(keys);
        QVERIFY2(holders.ok(), holders.ok() ? "" : qPrintable(holders.error().toString()));
        const QHash<QString, QString> expected {{u"DC/LOCAL"_s, local->id}, {u"DC/APPROVED"_s, approved.id}};
        QCOMPARE(*holders, expected);
    }

    void aRecordAlreadyReadIsWrittenAsGiven()
    {
        SaveOptions sync;
        sync.historyOperation = u"sync"_s;
        sync.validate = false;
        Service s = makeService(u"DC"_s, u"GIVEN"_s);
        s.id = newId();
        s.rev = 1;
        s.updatedAt = u"2025-01-02T03:04:05.000Z"_s;
        s.updatedBy = u"officer.dc"_s;
        s.setValue(u"state"_s, u"submitted"_s);
        auto created = m_store->saveAsGiven(s, std::nullopt, sync);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        auto current = m_store->record(EntityType::Service, s.id);
        QVERIFY(current.ok() && current->has_value());

        s.rev = 2;
        s.setValue(u"name_en"_s, u"Renamed by the server"_s);
        auto updated = m_store->saveAsGiven(s, *current, sync);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().toString()));
        auto loaded = m_store->service(s.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->rev, qint64(2));
        QCOMPARE(loaded->nameEn(), u"Renamed by the server"_s);
        QCOMPARE(loaded->updatedBy, u"officer.dc"_s);
        // History tells the change as any as-given write would; nothing goes to the outbox.
        auto history = m_store->history(s.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().operation, u"sync"_s);
        QCOMPARE(history->last().changes.value(u"name_en"_s).toObject().value(u"new"_s).toString(),
                 u"Renamed by the server"_s);
        QCOMPARE(*m_store->pendingChanges(), qint64(0));

        // Another record's row as the current one, or a record without an id, is refused.
        Service other = makeService(u"DC"_s, u"OTHER"_s);
        other.id = newId();
        s.rev = 3;
        QVERIFY(!m_store->saveAsGiven(s, std::optional<Record>(other), sync).ok());
        Service anonymous = makeService(u"DC"_s, u"ANON"_s);
        QVERIFY(!m_store->saveAsGiven(anonymous, std::nullopt, sync).ok());
        QCOMPARE(m_store->service(s.id)->rev, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
