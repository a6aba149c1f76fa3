// SyncClient against the real fehrist-server: an access token that expires mid-sync is refreshed
// without the caller noticing (and the rotated refresh token kept), a revoked sign-in signs in again
// through the re-login callback or asks for a sign-in, and a server that is down is "no answer".
#include "core/sync/syncclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using namespace Fehrist::Test;

namespace {

// Where the tests look at what the client keeps; the real one is the OS keychain (cli/keychain.cpp).
class MemoryCredentials final : public CredentialStore
{
public:
    QHash<QString, QString> secrets;
    Result<QString> read(const QString &key) override
    {
        if (!secrets.contains(key))
            return Error {u"not-found"_s, {}, key};
        return secrets.value(key);
    }
    Status write(const QString &key, const QString &secret) override
    {
        secrets.insert(key, secret);
        return success();
    }
    Status remove(const QString &key) override
    {
        secrets.remove(key);
        return success();
    }
};

} // namespace

class TestSyncClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_db->url(), QStringList {u"--access-ttl"_s, u"1"_s});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void anExpiredAccessTokenIsRefreshedUnnoticed()
    {
        MemoryCredentials keychain;
        SyncClient client(QUrl(m_server->baseUrl()));
        client.setCredentialStore(&keychain, u"k"_s);
        auto user = client.login(u"officer.dc"_s, testPassword(), u"test"_s);
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().toString()));
        QCOMPARE(user->departmentCode, u"DC"_s);
        QCOMPARE(client.epoch().size(), 36);
        const QString firstRefresh = keychain.secrets.value(u"k"_s);
        QVERIFY(firstRefresh.startsWith(u"fr_"_s));
        QCOMPARE(client.get(u"/api/v1/sync/pull?limit=1"_s).status, 200);
        QThread::msleep(1200); // the access token lives 1 s here
        const ApiReply r = client.get(u"/api/v1/sync/pull?limit=1"_s);
        QCOMPARE(r.status, 200);
        // Refreshed: a new refresh token, kept; the first one is spent.
        QVERIFY(keychain.secrets.value(u"k"_s) != firstRefresh);
        QCOMPARE(keychain.secrets.value(u"k"_s), client.refreshToken());
        const HttpResult spent = httpJson("POST", m_server->url(u"/api/v1/auth/refresh"_s),
                                          QJsonObject {{u"refresh_token"_s, firstRefresh}});
        QCOMPARE(spent.status, 401);
    }

    void aRevokedSignInSignsInAgainOrAsks()
    {
        SyncClient client(QUrl(m_server->baseUrl()));
        QVERIFY(client.login(u"officer.dc2"_s, testPassword(), u"test"_s).ok());
        QCOMPARE(client.get(u"/api/v1/sync/pull?limit=1"_s).status, 200);
        // Revoked (the password changed, then changed back): refresh fails, and without a way to sign in
        // again the request says so.
        QCOMPARE(
            serverCommand(m_db->url(), {u"user"_s, u"passwd"_s, u"officer.dc2"_s}, "temporary-password\n").exitCode, 0);
        QCOMPARE(
            serverCommand(m_db->url(), {u"user"_s, u"passwd"_s, u"officer.dc2"_s}, (testPassword() + u'\n').toUtf8())
                .exitCode,
            0);
        ApiReply r = client.get(u"/api/v1/sync/pull?limit=1"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode, u"sign-in-required"_s);
        QVERIFY(!r.transient());
        // With a password at hand, the client signs in again and the request goes through.
        int relogins = 0;
        client.setRelogin([&]() -> Status {
            ++relogins;
            auto again = client.login(u"officer.dc2"_s, testPassword(), u"test"_s);
            return again ? success() : Status(again.error());
        });
        r = client.get(u"/api/v1/sync/pull?limit=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(relogins, 1);
    }

    void aServerThatIsDownIsNoAnswer()
    {
        SyncClient client(QUrl(u"http://127.0.0.1:1"_s));
        client.setTimeoutMs(3000);
        auto user = client.login(u"officer.dc"_s, testPassword(), u"test"_s);
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, u"network"_s);
        client.setRefreshToken(u"fr_whatever"_s);
        const ApiReply r = client.get(u"/api/v1/sync/pull"_s);
        QCOMPARE(r.status, 0);
        QVERIFY(r.transient()); // to be tried again later, not a sign-in problem
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
