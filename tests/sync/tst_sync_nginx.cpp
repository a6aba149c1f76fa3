// End to end through a real nginx with the shipped site (installer/server/nginx/fehrist.conf) and a
// self-signed certificate: fehrist-cli syncs over HTTPS, nginx enforces its body and rate limits, and
// a certificate nobody trusts is refused.
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestSyncNginx final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_serverDb;
    std::unique_ptr<ServerProcess> m_server;
    QProcess m_nginx;
    quint16 m_https = 0;
    quint16 m_http = 0;
    QString m_cert;
    QString m_passwordFile;

    QString base() const { return u"https://127.0.0.1:%1"_s.arg(m_https); }
    ProcessResult cli(const QString &db, const QStringList &args, bool trust = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (trust)
            env.insert(u"FEHRIST_CA_FILE"_s, m_cert);
        else
            env.remove(u"FEHRIST_CA_FILE"_s);
        p.setProcessEnvironment(env);
        p.start(builtExecutable(u"app/fehrist-cli"_s), QStringList {u"--db"_s, db} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // An HTTPS request that trusts the test certificate.
    HttpResult https(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(base() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_cert));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->errorString();
        delete reply;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        m_passwordFile = dir + u"/password"_s;
        QFile pw(m_passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write((testPassword() + u'\n').toUtf8());
        pw.close();

        // A self-signed certificate for 127.0.0.1.
        m_cert = dir + u"/cert.pem"_s;
        const ProcessResult openssl
            = runProgram(u"openssl"_s,
                         {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                          u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                          dir + u"/key.pem"_s, u"-out"_s, m_cert});
        QVERIFY2(openssl.exitCode == 0, qPrintable(openssl.err));

        m_serverDb = std::make_unique<TestDatabase>();
        QVERIFY2(m_serverDb->isValid(), qPrintable(m_serverDb->error()));
        const QString prepared = prepareServer(m_serverDb->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));

        // The shipped site, with this test's ports and certificate; nothing else changed.
        QFile site(QStringLiteral(FEHRIST_SOURCE_DIR) + u"/installer/server/nginx/fehrist.conf"_s);
        QVERIFY(site.open(QIODevice::ReadOnly));
        QString conf = QString::fromUtf8(site.readAll());
        m_https = freePort();
        m_http = freePort();
        const auto replace = [&](const QString &pattern, const QString &with) {
            const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
            QVERIFY2(re.match(conf).hasMatch(), qPrintable(pattern));
            conf.replace(re, with);
        };
        replace(u"^\\s*listen \\[::\\]:\\d+.*$"_s, QString());
        replace(u"listen 443 ssl http2;"_s, u"listen 127.0.0.1:%1 ssl http2;"_s.arg(m_https));
        replace(u"listen 80;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_http));
        replace(u"server 127\\.0\\.0\\.1:8080 "_s, u"server 127.0.0.1:%1 "_s.arg(m_server->port()));
        replace(u"/etc/fehrist/tls/fullchain\\.pem"_s, m_cert);
        replace(u"/etc/fehrist/tls/privkey\\.pem"_s, dir + u"/key.pem"_s);
        QFile out(dir + u"/fehrist.conf"_s);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(conf.toUtf8());
        out.close();
        QDir().mkpath(dir + u"/logs"_s);
        QFile main(dir + u"/nginx.conf"_s);
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(
            QString(u"%1worker_processes 1;\nerror_log %2/logs/error.log;\npid %2/nginx.pid;\n"
                    u"events { worker_connections 256; }\n"
                    u"http {\n  access_log %2/logs/access.log;\n  client_body_temp_path %2/body;\n"
                    u"  proxy_temp_path %2/proxy;\n  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n"
                    u"  scgi_temp_path %2/scgi;\n  include %2/fehrist.conf;\n}\n"_s)
                .arg(::geteuid() == 0 ? u"user root;\n"_s : QString(), dir)
                .toUtf8());
        main.close();
        const ProcessResult check = runProgram(
            u"nginx"_s, {u"-t"_s, u"-p"_s, dir, u"-c"_s, dir + u"/nginx.conf"_s, u"-e"_s, dir + u"/logs/error.log"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        m_nginx.start(u"nginx"_s,
                      {u"-p"_s, dir, u"-c"_s, dir + u"/nginx.conf"_s, u"-e"_s, dir + u"/logs/error.log"_s, u"-g"_s,
                       u"daemon off;"_s});
        QVERIFY(m_nginx.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        bool up = false;
        while (!up && clock.elapsed() < 10000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_https);
            up = probe.waitForConnected(200);
            if (!up)
                QThread::msleep(50);
        }
        QVERIFY2(up, "nginx did not start listening");
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() == QProcess::Running) {
            m_nginx.terminate(); // SIGTERM: nginx's fast shutdown
            m_nginx.waitForFinished(10000);
        }
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void httpsOnlyWithTheServerBehind()
    {
        const HttpResult health = https("GET", u"/api/v1/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"database"_s).toString(), u"ok"_s);
        QCOMPARE(https("GET", u"/"_s).status, 404); // only the API is proxied
        const HttpResult plain = http("GET", QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(m_http)));
        QCOMPARE(plain.status, 301);
    }

    void twoClientsSyncThroughNginx()
    {
        TestDatabase a(TestDatabase::Backend::SQLite);
        TestDatabase b;
        QVERIFY2(b.isValid(), qPrintable(b.error()));
        for (TestDatabase *db : {&a, &b}) {
            QCOMPARE(cli(db->url(), {u"init"_s}).exitCode, 0);
            const ProcessResult login
                = cli(db->url(),
                      {u"login"_s, u"--server"_s, base(), u"--user"_s, db == &a ? u"officer.dc"_s : u"officer.dc2"_s,
                       u"--password-file"_s, m_passwordFile});
            QVERIFY2(login.exitCode == 0, qPrintable(login.err));
            QCOMPARE(cli(db->url(), {u"sync"_s, u"--password-file"_s, m_passwordFile}).exitCode, 0);
        }
        QCOMPARE(cli(a.url(), {u"set"_s, u"DC/DOMICILE"_s, u"processing_time=P9D"_s}).exitCode, 0);
        const ProcessResult pushed = cli(a.url(), {u"sync"_s, u"--password-file"_s, m_passwordFile});
        QVERIFY2(pushed.exitCode == 0 && pushed.out.contains(u"1 applied"_s), qPrintable(pushed.out + pushed.err));
        QCOMPARE(cli(b.url(), {u"sync"_s, u"--password-file"_s, m_passwordFile}).exitCode, 0);
        const ProcessResult shown = cli(b.url(), {u"show"_s, u"DC/DOMICILE"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"processing_time"_s).toString(), u"P9D"_s);
        // nginx passed the client's address on, for the server's own throttling.
        QFile access(m_dir.path() + u"/logs/access.log"_s);
        QVERIFY(access.open(QIODevice::ReadOnly));
        QVERIFY(access.readAll().contains("POST /api/v1/sync/push"));
    }

    void anUntrustedCertificateIsRefused()
    {
        TestDatabase c(TestDatabase::Backend::SQLite);
        QCOMPARE(cli(c.url(), {u"init"_s}).exitCode, 0);
        const ProcessResult r = cli(
            c.url(),
            {u"login"_s, u"--server"_s, base(), u"--user"_s, u"officer.dc"_s, u"--password-file"_s, m_passwordFile},
            false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(r.err));
    }

    void nginxBoundsBodies()
    {
        // Larger than nginx allows for a sign-in, and for a push: refused before the server sees them.
        QCOMPARE(https("POST", u"/api/v1/auth/login"_s, QByteArray(100 * 1024, ' ')).status, 413);
        QCOMPARE(https("POST", u"/api/v1/sync/push"_s, QByteArray(9 * 1024 * 1024, ' ')).status, 413);
    }

    void nginxLimitsTheRateOfSignIns()
    {
        // 10 a minute with a burst of 5: a quick run of attempts is cut off with 429.
        // Each attempt names another user, so that the server's own throttling (five per name) stays out.
        int limited = 0;
        for (int i = 0; i < 12; ++i) {
            const QByteArray body = QJsonDocument(QJsonObject {{u"username"_s, u"nobody%1"_s.arg(i)},
                                                               {u"password"_s, u"wrong-password"_s}})
                                        .toJson(QJsonDocument::Compact);
            const HttpResult r = https("POST", u"/api/v1/auth/login"_s, body);
            if (r.status == 429) {
                ++limited;
                QVERIFY2(r.errorCode() != u"throttled", "a 429 of the server, not of nginx");
            } else {
                QCOMPARE(r.status, 401);
            }
        }
        QVERIFY2(limited >= 4, qPrintable(QString::number(limited)));
    }
};

QTEST_GUILESS_MAIN(TestSyncNginx)
#include "tst_sync_nginx.moc"
