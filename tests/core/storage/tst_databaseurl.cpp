#include "core/storage/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlitePath()
    {
        auto u = DatabaseUrl::parse(u"/tmp/catalogue.sqlite"_s);
        QVERIFY(u.ok());
        QVERIFY(!u->isPostgres());
        QCOMPARE(u->path, u"/tmp/catalogue.sqlite"_s);
        QCOMPARE(DatabaseUrl::parse(u"sqlite:/tmp/x.db"_s)->path, u"/tmp/x.db"_s);
    }

    void postgresUrl()
    {
        auto u = DatabaseUrl::parse(u"postgresql://officer:p%40ss@db.example:6543/fehrist?sslmode=require"_s);
        QVERIFY(u.ok());
        QVERIFY(u->isPostgres());
        QCOMPARE(u->user, u"officer"_s);
        QCOMPARE(u->password, u"p@ss"_s);
        QCOMPARE(u->host, u"db.example"_s);
        QCOMPARE(u->port, 6543);
        QCOMPARE(u->database, u"fehrist"_s);
        QVERIFY(u->options.contains(u"sslmode=require"_s));
        QVERIFY(u->options.contains(u"connect_timeout=10"_s));
        // The password never reaches what windows and logs show.
        QVERIFY(!u->displayName().contains(u"p@ss"_s));
        QCOMPARE(DatabaseUrl::parse(u"postgres://a@h/db"_s)->port, 5432);
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no database") << u"postgresql://user@host:5432/"_s;
        QTest::newRow("no host") << u"postgresql:///db"_s;
        QTest::newRow("mysql") << u"mysql://user@host/db"_s;
        QTest::newRow("unknown option") << u"postgresql://u@h/db?options=-c%20x"_s;
    }
    void badUrls()
    {
        QFETCH(QString, text);
        auto u = DatabaseUrl::parse(text);
        QVERIFY(!u.ok());
        QVERIFY(!u.error().message.isEmpty());
    }

    void environmentChoosesTheCatalogue()
    {
        qputenv("FEHRIST_DB", "/tmp/from-env.sqlite");
        QCOMPARE(resolveDatabaseUrl(u"/tmp/flag.sqlite"_s), u"/tmp/flag.sqlite"_s);
        QCOMPARE(resolveDatabaseUrl({}), u"/tmp/from-env.sqlite"_s);
        qunsetenv("FEHRIST_DB");
        QVERIFY(resolveDatabaseUrl({}).endsWith(u"/catalogue.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
