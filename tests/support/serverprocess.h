#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Fehrist::Test {

struct ProcessResult
{
    int exitCode = -1; ///< -1 if the program crashed or did not finish in time
    QString out;
    QString err;
};

/// Runs a program to its end, feeding it `input` on stdin.
ProcessResult runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                         int timeoutMs = 120000);
/// fehrist-server --db DB ARGS…
ProcessResult serverCommand(const QString &db, const QStringList &args, const QByteArray &input = {});
/// The password every test user gets from prepareServer().
QString testPassword();
/// init --sample and the test users: officer.dc and officer.dc2 (DC), officer.health (HEALTH), reviewer,
/// reviewer2, admin and viewer, all with testPassword(). Returns an error message, or an empty string.
QString prepareServer(const QString &db);

/// A real fehrist-server serving on loopback (a port of its own choosing unless given).
class ServerProcess
{
public:
    explicit ServerProcess(QString db, QStringList extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts serving; with a port, on that port (to restart where clients expect it).
    bool start(QString *error, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = {}) const;
    QString baseUrl() const;
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    /// SIGTERM, then waits for the process to end; returns its exit code (-1 if it did not end).
    int terminate(int waitMs = 30000);
    /// SIGKILL: no chance to finish anything.
    void kill();
    /// Resident memory of the server, from /proc (Linux).
    qint64 residentKiB() const;
    QString log();

private:
    QString m_db;
    QStringList m_extraArgs;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

struct HttpResult
{
    int status = 0; ///< 0: no HTTP answer (connection refused, reset, timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QString error;
    QJsonObject json() const;
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

/// One blocking HTTP request through QNetworkAccessManager, as a client would make it.
HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 60000);
HttpResult httpJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QString &token = {});
/// The access token of a login, or an empty string.
QString login(const ServerProcess &server, const QString &username, const QString &password = testPassword());

} // namespace Fehrist::Test
