// Storage faults on a real SQLite catalogue: the disk filling up (a catalogue that cannot grow, as
// on a full disk) in the middle of a bulk write and of an edit. The error must say so plainly, and
// nothing may be half-written: the records, their history and the outbox are as before, the file
// passes SQLite's integrity check, and once there is room again the same write succeeds.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "tests/core/storage/faultyvfs.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

namespace {

qint64 pageCount(const QString &path)
{
    qint64 pages = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA page_count"_s) && q.next())
                pages = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    return pages;
}

struct Snapshot
{
    qint64 services = 0;
    qint64 pending = 0;
    qint64 history = 0;
    QString description;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Store &store)
{
    Snapshot s;
    s.services = *store.countServices({});
    s.pending = *store.pendingChanges();
    s.history = store.history(store.service(u"DC/DOMICILE"_s)->id)->size();
    s.description = store.service(u"DC/DOMICILE"_s)->text(u"description");
    return s;
}

} // namespace

class TestStorageFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskFullLosesNothing()
    {
        TestDatabase db(TestDatabase::Backend::SQLite);
        QVERIFY(db.isValid());
        {
            auto store = Store::open(db.url());
            QVERIFY(store.ok());
            QVERIFY(SampleCatalogue::load(**store).ok());
        }
        const qint64 pages = pageCount(db.path());
        QVERIFY(pages > 0);
        // Room for one page more: not for a thousand services, nor for an edit of several kilobytes
        // (the row, its history entry and its outbox row each need overflow pages).
        qputenv("FEHRIST_SQLITE_MAX_PAGE_COUNT", QByteArray::number(pages + 1));
        auto opened = Store::open(db.url(), OpenMode::ExistingOnly);
        qunsetenv("FEHRIST_SQLITE_MAX_PAGE_COUNT");
        QVERIFY(opened.ok());
        Store &store = **opened;
        const Snapshot before = snapshot(store);

        // A bulk write (an import) that fills the disk part way: all or nothing.
        QList<Service> many;
        for (int i = 0; i < 1000; ++i)
            many.append(Fehrist::Test::makeService(u"DC"_s, u"BULK-%1"_s.arg(i), u"Bulk service %1"_s.arg(i)));
        auto bulk = store.saveServices(many);
        QVERIFY(!bulk.ok());
        QCOMPARE(bulk.error().code, u"disk-full"_s);
        QVERIFY2(bulk.error().message.contains(u"the disk is full"_s), qPrintable(bulk.error().message));
        QVERIFY2(bulk.error().message.contains(u"nothing of this change was saved"_s),
                 qPrintable(bulk.error().message));
        QCOMPARE(snapshot(store), before);
        QVERIFY(!store.service(u"DC/BULK-0"_s).ok());

        // One edit too big for the room left: the service keeps its saved value, no outbox row.
        Service domicile = *store.service(u"DC/DOMICILE"_s);
        domicile.setValue(u"description"_s, QString(3900, u'x'));
        domicile.setValue(u"eligibility"_s, QString(1900, u'y'));
        domicile.setValue(u"fee_notes"_s, QString(990, u'z'));
        for (int attempt = 0; attempt < 50; ++attempt) {
            // Each attempt fails; repeated, they must not leak pages either.
            auto edited = store.saveServices({domicile});
            QVERIFY(!edited.ok());
            QCOMPARE(edited.error().code, u"disk-full"_s);
        }
        QCOMPARE(snapshot(store), before);
        QCOMPARE(*store.integrityCheck(), u"ok"_s);

        // With room again (the limit gone), the same writes succeed and nothing was lost meanwhile.
        opened = Error {};
        auto roomy = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY(roomy.ok());
        QCOMPARE(snapshot(**roomy), before);
        QVERIFY((*roomy)->saveServices(many).ok());
        QVERIFY((*roomy)->saveServices({domicile}).ok());
        QCOMPARE(*(*roomy)->countServices({}), before.services + 1000);
        QCOMPARE(*(*roomy)->pendingChanges(), before.pending + 1001);
        QCOMPARE(*(*roomy)->integrityCheck(), u"ok"_s);
    }

    // The disk failing (SQLITE_IOERR on a write or an fsync), after a varying number of good writes so
    // that it strikes at different points of a transaction and of its commit.
    void ioErrorsLoseNothing_data()
    {
        QTest::addColumn<int>("goodWrites");
        for (int n : {0, 1, 2, 5, 20, 60, 150})
            QTest::addRow("after %d writes", n) << n;
    }

    void ioErrorsLoseNothing()
    {
        QFETCH(int, goodWrites);
        TestDatabase db(TestDatabase::Backend::SQLite);
        QVERIFY(db.isValid());
        {
            auto store = Store::open(db.url());
            QVERIFY(store.ok());
            QVERIFY(SampleCatalogue::load(**store).ok());
        }
        Snapshot before;
        {
            Fehrist::Test::FaultyVfs::install();
            auto opened = Store::open(db.url(), OpenMode::ExistingOnly);
            QVERIFY(opened.ok());
            Store &store = **opened;
            before = snapshot(store);
            QList<Service> many;
            for (int i = 0; i < 1000; ++i)
                many.append(Fehrist::Test::makeService(u"DC"_s, u"IO-%1"_s.arg(i), u"Service %1"_s.arg(i)));
            const int failuresBefore = Fehrist::Test::FaultyVfs::failures();
            Fehrist::Test::FaultyVfs::failAfter(goodWrites);
            auto bulk = store.saveServices(many);
            Fehrist::Test::FaultyVfs::failAfter(-1);
            QVERIFY(Fehrist::Test::FaultyVfs::failures() > failuresBefore); // the disk did fail
            QVERIFY2(!bulk.ok(), "a write on a failing disk reported success");
            QCOMPARE(bulk.error().code, u"io-error"_s);
            QVERIFY2(bulk.error().message.contains(u"nothing of this change was saved"_s),
                     qPrintable(bulk.error().message));
        }
        Fehrist::Test::FaultyVfs::uninstall();
        // Opened again on a good disk: as before the failed write, whole, and it takes the write now.
        auto again = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY(again.ok());
        QCOMPARE(*(*again)->integrityCheck(), u"ok"_s);
        QCOMPARE(snapshot(**again), before);
        QVERIFY(!(*again)->service(u"DC/IO-0"_s).ok());
        QVERIFY((*again)->saveServices({Fehrist::Test::makeService(u"DC"_s, u"IO-AFTER"_s)}).ok());
        QCOMPARE(*(*again)->pendingChanges(), before.pending + 1);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
