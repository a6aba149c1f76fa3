// Storage faults on the server's SQLite database (issue #9): a disk that fills up in the middle of a push.
// The push is refused with 507 and a plain reason, nothing of it is written (no record, change-log entry,
// receipt or audit entry), the database passes SQLite's integrity check and the audit chain verifies;
// the client keeps its outbox, and once there is room the same sync delivers every change exactly once.
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

class TestServerStorageFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    static ProcessResult cli(const TestDatabase &db, const QStringList &args)
    {
        return runProgram(builtExecutable(u"app/fehrist-cli"_s), QStringList {u"--db"_s, db.url()} + args);
    }

private Q_SLOTS:
    void aFullDiskRefusesThePushAndLosesNothing()
    {
        TestDatabase serverDb(TestDatabase::Backend::SQLite);
        QVERIFY2(serverDb.isValid(), qPrintable(serverDb.error()));
        const QString prepared = prepareServer(serverDb.url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString password = m_scratch.filePath(u"password"_s);
        QFile f(password);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((testPassword() + u'\n').toUtf8());
        f.close();

        // A first run adopts the sample (it needs room); then the database may grow by two pages only.
        {
            ServerProcess first(serverDb.url());
            QString error;
            QVERIFY2(first.start(&error), qPrintable(error));
            QCOMPARE(first.terminate(), 0);
        }
        const qint64 pages = serverDb.queryValue(u"PRAGMA page_count"_s).toLongLong();
        QVERIFY(pages > 0);
        const auto count = [&](const QString &table) {
            return serverDb.queryValue(u"SELECT count(*) FROM "_s + table).toLongLong();
        };
        const qint64 changes = count(u"srv_changes"_s), receipts = count(u"srv_receipts"_s),
                     services = count(u"services"_s);
        qputenv("FEHRIST_SQLITE_MAX_PAGE_COUNT", QByteArray::number(pages + 2));
        ServerProcess full(serverDb.url());
        QString error;
        const bool started = full.start(&error);
        qunsetenv("FEHRIST_SQLITE_MAX_PAGE_COUNT");
        QVERIFY2(started, qPrintable(error));

        // An officer's catalogue with new services of several kilobytes each: more than two pages.
        TestDatabase clientDb(TestDatabase::Backend::SQLite);
        QCOMPARE(cli(clientDb, {u"init"_s}).exitCode, 0);
        ProcessResult login = cli(
            clientDb,
            {u"login"_s, u"--server"_s, full.baseUrl(), u"--user"_s, u"officer.dc"_s, u"--password-file"_s, password});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY(cli(clientDb, {u"sync"_s, u"--password-file"_s, password}).exitCode == 0);
        const QString longText = QString(u"Registration of a shop. "_s).repeated(160);
        for (int i = 0; i < 5; ++i) {
            const ProcessResult made
                = cli(clientDb,
                      {u"set"_s, u"DC/FULL-%1"_s.arg(i), u"--create"_s, u"name_en=Shop registration %1"_s.arg(i),
                       u"description="_s + longText, u"category=business-investment"_s, u"digitization_level=L1"_s,
                       u"status=active"_s});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        }
        const qint64 pending = QJsonDocument::fromJson(cli(clientDb, {u"status"_s, u"--json"_s}).out.toUtf8())
                                   .object()
                                   .value(u"pending"_s)
                                   .toInteger();
        QCOMPARE(pending, 5);

        // The same changes pushed by hand, to see the answer: 507 and why.
        const QString token = login.exitCode == 0 ? Fehrist::Test::login(full, u"officer.dc2"_s) : QString();
        QJsonArray batch;
        for (int i = 0; i < 5; ++i) {
            batch.append(QJsonObject {{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {u"entity"_s, u"service"_s},
                                      {u"record_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {u"base_rev"_s, 0},
                                      {u"operation"_s, u"upsert"_s},
                                      {u"changes"_s,
                                       QJsonObject {{u"department_code"_s, QJsonObject {{u"new"_s, u"DC"_s}}},
                                                    {u"code"_s, QJsonObject {{u"new"_s, u"BY-HAND-%1"_s.arg(i)}}},
                                                    {u"name_en"_s, QJsonObject {{u"new"_s, u"By hand"_s}}},
                                                    {u"description"_s, QJsonObject {{u"new"_s, longText}}},
                                                    {u"category"_s, QJsonObject {{u"new"_s, u"other"_s}}},
                                                    {u"digitization_level"_s, QJsonObject {{u"new"_s, u"L1"_s}}},
                                                    {u"status"_s, QJsonObject {{u"new"_s, u"active"_s}}}}}});
        }
        const HttpResult refused = httpJson("POST", full.url(u"/api/v1/sync/push"_s),
                                            QJsonObject {{u"device_id"_s, u"by-hand"_s}, {u"changes"_s, batch}}, token);
        QCOMPARE(refused.status, 507);
        QCOMPARE(refused.errorCode(), u"disk-full"_s);
        QVERIFY2(QString::fromUtf8(refused.body).contains(u"disk is full"_s), refused.body.constData());
        // The client's sync fails too (after its retries), and says why; its outbox is intact.
        const ProcessResult failed = cli(clientDb, {u"sync"_s, u"--password-file"_s, password});
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(failed.err.contains(u"disk is full"_s), qPrintable(failed.err));
        QCOMPARE(QJsonDocument::fromJson(cli(clientDb, {u"status"_s, u"--json"_s}).out.toUtf8())
                     .object()
                     .value(u"pending"_s)
                     .toInteger(),
                 5);
        // Nothing of either push reached the server's tables; the server still answers.
        QCOMPARE(count(u"srv_changes"_s), changes);
        QCOMPARE(count(u"srv_receipts"_s), receipts);
        QCOMPARE(count(u"services"_s), services);
        QCOMPARE(http("GET", full.url(u"/api/v1/health"_s)).status, 200);
        QCOMPARE(full.terminate(), 0);
        QCOMPARE(serverDb.queryValue(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const ProcessResult verified = serverCommand(serverDb.url(), {u"audit"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        // Room again: the same sync delivers every change, once.
        ServerProcess roomy(serverDb.url());
        QVERIFY2(roomy.start(&error, full.port()), qPrintable(error));
        const ProcessResult synced = cli(clientDb, {u"sync"_s, u"--password-file"_s, password});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(count(u"services"_s), services + 5);
        QCOMPARE(serverDb.queryValue(u"SELECT count(*) FROM services WHERE code LIKE 'FULL-%'"_s).toLongLong(), 5);
        QCOMPARE(count(u"srv_changes"_s), changes + 5);
        QCOMPARE(QJsonDocument::fromJson(cli(clientDb, {u"status"_s, u"--json"_s}).out.toUtf8())
                     .object()
                     .value(u"pending"_s)
                     .toInteger(),
                 0);
        QCOMPARE(roomy.terminate(), 0);
        const ProcessResult verifiedAgain = serverCommand(serverDb.url(), {u"audit"_s, u"verify"_s});
        QVERIFY2(verifiedAgain.exitCode == 0, qPrintable(verifiedAgain.out + verifiedAgain.err));
    }
};

QTEST_GUILESS_MAIN(TestServerStorageFaults)
#include "tst_server_storagefaults.moc"
