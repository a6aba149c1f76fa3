// Schema upgrades from a frozen version-1 catalogue, on SQLite (label db) and PostgreSQL (label pg).
#include "core/storage/dialect.h"
#include "core/storage/migrations.h"
#include "core/storage/store.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    static QString fixtureSql(const TestDatabase &db)
    {
        QFile file(Fehrist::Test::fixturePath(u"schema-v1.sql"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString sql = QString::fromUtf8(file.readAll());
        // Drop comment lines, then fill in the engine's key type.
        QStringList lines = sql.split(u'\n');
        lines.removeIf([](const QString &l) { return l.startsWith(u"--"_s); });
        const Dialect dialect(db.backend() == TestDatabase::Backend::SQLite ? DatabaseUrl::Kind::SQLite
                                                                            : DatabaseUrl::Kind::PostgreSQL);
        return dialect.ddl(lines.join(u'\n'));
    }

private Q_SLOTS:
    void upgradesAVersionOneCatalogue()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString sql = fixtureSql(db);
        QVERIFY(!sql.isEmpty());
        QString error;
        QVERIFY2(db.execRaw(sql, &error), qPrintable(error));

        auto store = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());

        // The old rows are all there, unchanged.
        auto domicile = (*store)->service(u"DC/DOMICILE"_s);
        QVERIFY(domicile.ok());
        QCOMPARE(domicile->rev, 4);
        QCOMPARE(domicile->state(), u"approved"_s);
        QCOMPARE(domicile->list(u"channels"), (QStringList {u"office-counter"_s, u"web-portal"_s}));
        QCOMPARE(domicile->value(u"annual_volume").toLongLong(), 400000);
        QVERIFY(domicile->flag(u"rts_notified"));
        QVERIFY((*store)->service(u"0f6a2a3e-5d4b-4c1e-8f7a-9b8c7d6e5f03"_s, true)->deleted);
        QCOMPARE(*(*store)->countServices({}), 2);

        // Version 2 indexed the rows that were already there, English and Urdu.
        ServiceFilter f;
        f.search = u"domicile"_s;
        QCOMPARE(*(*store)->countServices(f), 1);
        f.search = u"تصدیق"_s;
        QCOMPARE((*store)->services(f)->services.value(0).key(), u"DC/ATTEST"_s);
        f.search = u"outpatient"_s; // the deleted one stays out
        QCOMPARE(*(*store)->countServices(f), 0);

        // Version 4: the approved services became the published catalogue, as they stood.
        auto published = (*store)->publishedService(domicile->id);
        QVERIFY(published.ok() && published->has_value());
        QCOMPARE((*published)->rev, 4);
        QCOMPARE((*published)->nameEn(), domicile->nameEn());
        ServiceFilter publishedOnly;
        publishedOnly.published = true;
        QCOMPARE(*(*store)->countServices(publishedOnly), 1);

        // Unsent work survived the upgrade.
        auto outbox = (*store)->outbox();
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->at(0).changeId, u"c3a4b5d6-1111-4222-8333-944455566677"_s);
        QCOMPARE((*store)->history(u"0f6a2a3e-5d4b-4c1e-8f7a-9b8c7d6e5f02"_s)->size(), 1);

        // And the upgraded catalogue takes new work.
        Service edited = *domicile;
        edited.setValue(u"name_en"_s, u"Domicile certificate (district)"_s);
        QVERIFY((*store)->saveService(edited).ok());
        QCOMPARE(*(*store)->pendingChanges(), 2);
        // An edit makes a draft; the published version stays as it was until approved.
        QCOMPARE((*store)->service(domicile->id)->state(), u"draft"_s);
        QCOMPARE((*(*store)->publishedService(domicile->id))->nameEn(), domicile->nameEn());
        QVERIFY((*store)->saveService(Fehrist::Test::makeService(u"HEALTH"_s, u"OLD-OPD"_s)).ok());

        // Version 3 added the daily snapshots of the figures.
        QVERIFY((*store)->snapshots()->isEmpty());
        QVERIFY((*store)->saveSnapshot(u"2026-11-01"_s, QJsonObject {{u"services"_s, 2}}).ok());
        QCOMPARE((*store)->snapshots()->value(0).figures.value(u"services"_s).toInt(), 2);

        // Opening again applies nothing more.
        store->reset();
        auto again = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY(again.ok());
        QCOMPARE(*(*again)->integrityCheck(), u"ok"_s);
    }

    void refusesACatalogueFromANewerFehrist()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        {
            auto store = Store::open(db.url());
            QVERIFY(store.ok());
        }
        QVERIFY(db.execRaw(u"INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')"_s));
        auto store = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"newer-schema"_s);
        QVERIFY2(store.error().message.contains(u"newer Fehrist"_s) && store.error().message.contains(u"99"_s),
                 qPrintable(store.error().message));
    }

    void refusesADatabaseOfAnotherApplication()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.execRaw(u"CREATE TABLE invoices (id INTEGER, amount TEXT)"_s));
        auto store = Store::open(db.url());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"not-a-catalogue"_s);
        // Nothing was added to it.
        QVERIFY(db.execRaw(u"CREATE TABLE meta (x INTEGER)"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
