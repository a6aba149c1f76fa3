// DESIGN.md §7: the same commands on an SQLite file and on PostgreSQL give the same figures.
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Fehrist::Test::TestDatabase;

namespace {

QByteArray cliOut(const QString &db, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProgram(Fehrist::Test::builtExecutable(u"app/fehrist-cli"_s));
    p.setArguments(QStringList {u"--db"_s, db} + args);
    p.start();
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace

class TestCliEngines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFiguresOnSQLiteAndPostgres()
    {
        TestDatabase sqlite(TestDatabase::Backend::SQLite);
        TestDatabase pg(TestDatabase::Backend::PostgreSQL);
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        int code = 0;
        for (const TestDatabase *db : {&sqlite, &pg}) {
            cliOut(db->url(), {u"init"_s, u"--sample"_s}, &code);
            QCOMPARE(code, 0);
            cliOut(db->url(), {u"set"_s, u"TRANSPORT/LEARNER-DL"_s, u"digitization_level=L6"_s}, &code);
            QCOMPARE(code, 0);
        }
        for (const QStringList &args :
             {QStringList {u"stats"_s, u"--json"_s}, QStringList {u"stats"_s, u"--json"_s, u"--threshold"_s, u"L5"_s},
              QStringList {u"list"_s, u"--search"_s, u"certificate"_s},
              QStringList {u"list"_s, u"--search"_s, u"لائسنس"_s},
              QStringList {u"list"_s, u"--channel"_s, u"dastak"_s, u"--level"_s, u"L3"_s}}) {
            int a = 0, b = 0;
            QByteArray fromSqlite = cliOut(sqlite.url(), args, &a);
            QByteArray fromPg = cliOut(pg.url(), args, &b);
            QCOMPARE(a, 0);
            QCOMPARE(b, 0);
            QVERIFY(!fromSqlite.isEmpty());
            QCOMPARE(QString::fromUtf8(fromPg), QString::fromUtf8(fromSqlite));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEngines)
#include "tst_cli_engines.moc"
