// The real fehrist-server on loopback: JSON errors, accounts and sessions, and the limits it enforces
// itself (body size, headers, slow clients), on SQLite or PostgreSQL (FEHRIST_TEST_BACKEND=pg).
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

// Sends raw bytes and returns everything the server answers until it closes (or `waitMs` passes).
QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1."))
        return 0;
    return answer.mid(9, 3).toInt();
}

QByteArray bodyOf(const QByteArray &answer)
{
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

QJsonObject credentials(const QString &user, const QString &password = testPassword())
{
    return {{u"username"_s, user}, {u"password"_s, password}, {u"device_name"_s, u"tst_server_http"_s}};
}

} // namespace

class TestServerHttp final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;

    HttpResult get(const QString &path, const QString &token = {})
    {
        return httpJson("GET", m_server->url(path), {}, token);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return httpJson("POST", m_server->url(path), body, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_db->url(), QStringList {u"--read-timeout"_s, u"3"_s});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void healthAndErrorsAreJson()
    {
        HttpResult r = get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.json().value(u"database"_s).toString(), u"ok"_s);
        QCOMPARE(r.json().value(u"epoch"_s).toString().size(), 36);
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));

        r = get(u"/api/v1/nothing-here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not-found"_s);
        QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        r = get(u"/api/v1/auth/login"_s);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("POST"));
        r = http("POST", m_server->url(u"/api/v1/auth/login"_s), "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid-json"_s);
    }

    void tokensAreNeededAndChecked()
    {
        HttpResult r = get(u"/api/v1/sync/pull"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthenticated"_s);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        r = get(u"/api/v1/sync/pull"_s, u"fa_forged-token-that-was-never-issued"_s);
        QCOMPARE(r.status, 401);
        // The public feed and the figures need no sign-in.
        QCOMPARE(get(u"/api/v1/catalogue"_s).status, 200);
        QCOMPARE(get(u"/api/v1/stats"_s).status, 200);
    }

    void loginRefreshRotatesAndLogoutEnds()
    {
        HttpResult r = post(u"/api/v1/auth/login"_s, credentials(u"officer.dc"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject tokens = r.json();
        const QString access = tokens.value(u"access_token"_s).toString();
        const QString refresh = tokens.value(u"refresh_token"_s).toString();
        QVERIFY(access.startsWith(u"fa_"_s) && access.size() > 40);
        QVERIFY(refresh.startsWith(u"fr_"_s) && refresh.size() > 40);
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 900);
        QCOMPARE(tokens.value(u"user"_s).toObject().value(u"department_code"_s).toString(), u"DC"_s);
        QCOMPARE(tokens.value(u"user"_s).toObject().value(u"role"_s).toString(), u"officer"_s);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, access).status, 200);
        // Tokens are stored hashed, never as given.
        QVERIFY(!m_db->queryValue(u"SELECT count(*) FROM srv_tokens WHERE token_hash = '%1'"_s.arg(access)).toBool());
        QVERIFY(m_db->queryValue(u"SELECT count(*) FROM srv_tokens"_s).toInt() >= 2);

        // Refresh: a new pair; the old access token still works until it expires.
        r = post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh}});
        QCOMPARE(r.status, 200);
        const QString access2 = r.json().value(u"access_token"_s).toString();
        const QString refresh2 = r.json().value(u"refresh_token"_s).toString();
        QVERIFY(access2 != access && refresh2 != refresh);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, access2).status, 200);
        // The first refresh token again: someone kept a copy. The whole session ends.
        r = post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"token-reused"_s);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, access2).status, 401);
        QCOMPARE(post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh2}}).status, 401);

        // Logout ends the session of the token used.
        r = post(u"/api/v1/auth/login"_s, credentials(u"officer.dc"_s));
        const QString access3 = r.json().value(u"access_token"_s).toString();
        const QString refresh3 = r.json().value(u"refresh_token"_s).toString();
        QCOMPARE(post(u"/api/v1/auth/logout"_s, {}, access3).status, 200);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, access3).status, 401);
        QCOMPARE(post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh3}}).status, 401);
    }

    void wrongPasswordsAreRefusedAndThrottled()
    {
        HttpResult r = post(u"/api/v1/auth/login"_s, credentials(u"reviewer2"_s, u"wrong-password"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid-credentials"_s);
        // An unknown user gets the same answer.
        HttpResult unknown = post(u"/api/v1/auth/login"_s, credentials(u"nobody.here"_s));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), u"invalid-credentials"_s);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"reviewer2"_s, u"wrong-password"_s)).status, 401);
        // Five failures: even the right password waits now.
        r = post(u"/api/v1/auth/login"_s, credentials(u"reviewer2"_s));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"throttled"_s);
        QVERIFY(r.headers.value("retry-after").toInt() > 0);
        // Other users are not affected.
        QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"reviewer"_s)).status, 200);
    }

    void throttlingByAddressUsesTheAddressNginxGives()
    {
        // Behind nginx every request comes from loopback; X-Real-IP tells the clients apart.
        auto attempt = [&](const QString &user, const QByteArray &address) {
            return http("POST", m_server->url(u"/api/v1/auth/login"_s),
                        QJsonDocument(credentials(user, u"wrong-password"_s)).toJson(), {{"X-Real-IP", address}});
        };
        for (int i = 0; i < 20; ++i)
            QCOMPARE(attempt(u"guess%1"_s.arg(i), "203.0.113.7").status, 401);
        const HttpResult blocked = attempt(u"someone.new"_s, "203.0.113.7");
        QCOMPARE(blocked.status, 429);
        QCOMPARE(attempt(u"someone.new"_s, "198.51.100.20").status, 401); // another address is not held up
    }

    void disablingAndNewPasswordsEndSessions()
    {
        const QString dc2 = login(*m_server, u"officer.dc2"_s);
        QVERIFY(!dc2.isEmpty());
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, dc2).status, 200);
        QCOMPARE(serverCommand(m_db->url(), {u"user"_s, u"disable"_s, u"officer.dc2"_s}).exitCode, 0);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, dc2).status, 401);
        const HttpResult r = post(u"/api/v1/auth/login"_s, credentials(u"officer.dc2"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"disabled"_s);

        const QString viewer = login(*m_server, u"viewer"_s);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, viewer).status, 200);
        QCOMPARE(serverCommand(m_db->url(), {u"user"_s, u"passwd"_s, u"viewer"_s}, "another-password\n").exitCode, 0);
        QCOMPARE(get(u"/api/v1/sync/pull?limit=1"_s, viewer).status, 401);
        QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"viewer"_s)).status, 401);
        QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"viewer"_s, u"another-password"_s)).status, 200);
    }

    void accessTokensExpire()
    {
        ServerProcess shortLived(m_db->url(), {u"--access-ttl"_s, u"1"_s});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        HttpResult r = httpJson("POST", shortLived.url(u"/api/v1/auth/login"_s), credentials(u"officer.health"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"expires_in"_s).toInt(), 1);
        const QString access = r.json().value(u"access_token"_s).toString();
        const QString refresh = r.json().value(u"refresh_token"_s).toString();
        QThread::msleep(2100);
        r = httpJson("GET", shortLived.url(u"/api/v1/sync/pull"_s), {}, access);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"token-expired"_s);
        r = httpJson("POST", shortLived.url(u"/api/v1/auth/refresh"_s), {{u"refresh_token"_s, refresh}});
        QCOMPARE(r.status, 200);
        QCOMPARE(
            httpJson("GET", shortLived.url(u"/api/v1/sync/pull"_s), {}, r.json().value(u"access_token"_s).toString())
                .status,
            200);
        QCOMPARE(shortLived.terminate(), 0);
    }

    void a120MegabyteBodyIsRefusedWithoutBeingRead()
    {
        const qint64 idle = m_server->residentKiB();
        QVERIFY(idle > 0);
        const qint64 size = 120LL * 1024 * 1024;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /api/v1/sync/push HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(size) + "\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        QByteArray answer;
        qint64 sent = 0;
        qint64 peak = idle;
        QElapsedTimer clock;
        clock.start();
        // Keep sending, as a client that does not wait for an early answer would, and watch the server.
        while (sent < size && socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 60000) {
            if (socket.bytesToWrite() < 4 * chunk.size()) {
                socket.write(chunk);
                sent += chunk.size();
            }
            socket.waitForBytesWritten(50);
            answer += socket.readAll();
            peak = std::max(peak, m_server->residentKiB());
        }
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 60000 && !answer.contains("}}")) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
            peak = std::max(peak, m_server->residentKiB());
        }
        answer += socket.readAll();
        QCOMPARE(statusOf(answer), 413);
        const QJsonObject error = QJsonDocument::fromJson(bodyOf(answer)).object();
        QCOMPARE(error.value(u"error"_s).toObject().value(u"code"_s).toString(), u"too-large"_s);
        qInfo(
            "120 MB body: %lld MiB sent before the server closed; server RSS idle %lld KiB, peak %lld KiB (+%lld KiB)",
            sent / (1024 * 1024), idle, peak, peak - idle);
        QVERIFY2(peak - idle < 100 * 1024, "the server's memory grew by 100 MB or more");
        // It still serves.
        QCOMPARE(get(u"/api/v1/health"_s).status, 200);
    }

    void headersAndFramingAreBounded()
    {
        const quint16 port = m_server->port();
        QByteArray big = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(port, big)), 431);
        QByteArray many = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(statusOf(rawExchange(port, many + "\r\n")), 431);
        QCOMPARE(statusOf(rawExchange(port, "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")), 414);
        QCOMPARE(
            statusOf(rawExchange(port,
                                 "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "5\r\nhello\r\n0\r\n\r\n")),
            411);
        QCOMPARE(statusOf(rawExchange(
                     port, "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")),
                 400);
        QCOMPARE(statusOf(rawExchange(port, "HELLO\r\n\r\n")), 400);
        // Everything but push takes small bodies only.
        QCOMPARE(statusOf(rawExchange(port, "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 200000\r\n\r\n")),
                 413);
        // One request per connection: a second one behind the first is refused, not half-read.
        const QByteArray one = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(statusOf(rawExchange(port, one + one)), 400);
        QCOMPARE(statusOf(rawExchange(port, one)), 200);
    }

    void slowClientsAreCutOff()
    {
        const quint16 port = m_server->port();
        QElapsedTimer clock;
        clock.start();
        // Half a head, then nothing (the server was started with --read-timeout 3).
        QByteArray answer = rawExchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n", 15000);
        QCOMPARE(statusOf(answer), 408);
        QVERIFY2(clock.elapsed() >= 2500 && clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // A body that never comes in full.
        clock.restart();
        answer = rawExchange(port, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"user",
                             15000);
        QCOMPARE(statusOf(answer), 408);
        QVERIFY(clock.elapsed() < 10000);
        // A connection that says nothing at all.
        clock.restart();
        answer = rawExchange(port, {}, 15000);
        QCOMPARE(statusOf(answer), 408);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(get(u"/api/v1/health"_s).status, 200);
    }

    void sigtermFinishesRequestsInFlight()
    {
        ServerProcess server(m_db->url());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        // Logins take a while (Argon2id, two at a time): several are in flight when SIGTERM arrives.
        QList<QTcpSocket *> sockets;
        const QByteArray body = QJsonDocument(credentials(u"reviewer"_s)).toJson(QJsonDocument::Compact);
        for (int i = 0; i < 4; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(socket->waitForBytesWritten(5000));
            sockets.append(socket);
        }
        QThread::msleep(30);
        ::kill(pid_t(server.pid()), SIGTERM);
        for (QTcpSocket *socket : std::as_const(sockets)) {
            QByteArray answer;
            QElapsedTimer clock;
            clock.start();
            while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 20000) {
                socket->waitForReadyRead(100);
                answer += socket->readAll();
            }
            answer += socket->readAll();
            QCOMPARE(statusOf(answer), 200);
            QVERIFY(bodyOf(answer).contains("access_token"));
            delete socket;
        }
        QCOMPARE(server.terminate(), 0);
        QVERIFY2(server.log().contains(u"stopped"_s), qPrintable(server.log()));
        // Gone: nothing listens there any more.
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(!late.waitForConnected(2000));
    }

    void sigtermDoesNotWaitForIdleClients()
    {
        // A client that got its answer and keeps the connection open must not hold the shutdown
        // (it used to, until the 30-second deadline).
        ServerProcess server(m_db->url());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (!answer.contains("\r\n\r\n") && clock.elapsed() < 5000) {
            idle.waitForReadyRead(100);
            answer += idle.readAll();
        }
        QCOMPARE(statusOf(answer), 200);
        clock.restart();
        QCOMPARE(server.terminate(), 0);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
