// Storage faults on a real PostgreSQL catalogue: a trigger that fails part way through a write (as a
// full tablespace, a broken constraint or a DBA's check would). The error must reach the caller with
// the server's words, and nothing may be half-written: no record, history entry or outbox row of the
// failed write stays, and once the trigger is gone the same write succeeds.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

class TestStorageFaultsPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingTriggerLosesNothing()
    {
        TestDatabase db(TestDatabase::Backend::PostgreSQL);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto opened = Store::open(db.url());
        QVERIFY(opened.ok());
        Store &store = **opened;
        QVERIFY(SampleCatalogue::load(store).ok());
        QString error;
        // One line: execRaw splits statements at ";\n".
        QVERIFY2(db.execRaw(u"CREATE FUNCTION fail_on_marker() RETURNS trigger AS $$ BEGIN "
                            u"IF NEW.name_en LIKE '%FAIL-ME%' THEN RAISE EXCEPTION 'injected failure for %', NEW.code; "
                            u"END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s,
                            &error),
                 qPrintable(error));
        QVERIFY2(db.execRaw(u"CREATE TRIGGER fail_on_marker BEFORE INSERT OR UPDATE ON services "
                            u"FOR EACH ROW EXECUTE FUNCTION fail_on_marker()"_s,
                            &error),
                 qPrintable(error));

        const qint64 services = *store.countServices({});
        const qint64 pending = *store.pendingChanges();
        // The third of three new services fails: the first two must not stay either.
        QList<Service> batch {Fehrist::Test::makeService(u"DC"_s, u"OK-1"_s, u"Fine one"_s),
                              Fehrist::Test::makeService(u"DC"_s, u"OK-2"_s, u"Fine two"_s),
                              Fehrist::Test::makeService(u"DC"_s, u"BAD-3"_s, u"FAIL-ME three"_s)};
        auto saved = store.saveServices(batch);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(u"injected failure for BAD-3"_s), qPrintable(saved.error().message));
        QCOMPARE(*store.countServices({}), services);
        QCOMPARE(*store.pendingChanges(), pending);
        QVERIFY(!store.service(u"DC/OK-1"_s).ok());

        // An edit that fails keeps the saved value and adds no history or outbox row.
        Service domicile = *store.service(u"DC/DOMICILE"_s);
        const QString name = domicile.nameEn();
        const qint64 history = store.history(domicile.id)->size();
        domicile.setValue(u"name_en"_s, u"FAIL-ME domicile"_s);
        QVERIFY(!store.saveServices({domicile}).ok());
        QCOMPARE(store.service(u"DC/DOMICILE"_s)->nameEn(), name);
        QCOMPARE(store.history(domicile.id)->size(), history);
        QCOMPARE(*store.pendingChanges(), pending);

        // The same connection goes on working, and without the trigger the writes succeed.
        QVERIFY(db.execRaw(u"DROP TRIGGER fail_on_marker ON services"_s));
        QVERIFY(store.saveServices(batch).ok());
        QCOMPARE(*store.countServices({}), services + 3);
        QCOMPARE(*store.pendingChanges(), pending + 3);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaultsPg)
#include "tst_storagefaults_pg.moc"
