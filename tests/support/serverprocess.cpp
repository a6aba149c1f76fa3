#include "tests/support/serverprocess.h"

#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Fehrist::Test {

ProcessResult runProgram(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(10000))
        return {-1, {}, p.errorString()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), u"timed out"_s};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

ProcessResult serverCommand(const QString &db, const QStringList &args, const QByteArray &input)
{
    return runProgram(builtExecutable(u"server/fehrist-server"_s), QStringList {u"--db"_s, db} + args, input);
}

QString testPassword()
{
    return u"password-123"_s;
}

QString prepareServer(const QString &db)
{
    const ProcessResult init = serverCommand(db, {u"init"_s, u"--sample"_s});
    if (init.exitCode != 0)
        return u"init --sample: "_s + init.err;
    const QList<QStringList> users {
        {u"officer.dc"_s, u"officer"_s, u"DC"_s},
        {u"officer.dc2"_s, u"officer"_s, u"DC"_s},
        {u"officer.health"_s, u"officer"_s, u"HEALTH"_s},
        {u"reviewer"_s, u"reviewer"_s, {}},
        {u"reviewer2"_s, u"reviewer"_s, {}},
        {u"admin"_s, u"admin"_s, {}},
        {u"viewer"_s, u"viewer"_s, {}},
    };
    for (const QStringList &u : users) {
        QStringList args {u"user"_s, u"add"_s, u.at(0), u"--role"_s, u.at(1)};
        if (!u.at(2).isEmpty())
            args << u"--department"_s << u.at(2);
        const ProcessResult r = serverCommand(db, args, (testPassword() + u'\n').toUtf8());
        if (r.exitCode != 0)
            return u"user add %1: "_s.arg(u.at(0)) + r.err;
    }
    return {};
}

ServerProcess::ServerProcess(QString db, QStringList extraArgs) : m_db(std::move(db)), m_extraArgs(std::move(extraArgs))
{ }

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        if (terminate(15000) < 0)
            kill();
    }
}

bool ServerProcess::start(QString *error, quint16 port)
{
    m_process.setProgram(builtExecutable(u"server/fehrist-server"_s));
    m_process.setArguments(QStringList {u"--db"_s, m_db, u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}
                           + m_extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"listening on https?://[^:]+:(\\d+)"_s);
    QString out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        if (m_process.state() == QProcess::NotRunning) {
            *error = u"the server stopped: "_s + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(200);
        out += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = listening.match(out);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    *error = u"the server did not say where it listens: "_s + out + QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(baseUrl() + path);
}

QString ServerProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

int ServerProcess::terminate(int waitMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(waitMs)) {
        qWarning("fehrist-server did not stop within %d ms of SIGTERM; its log:\n%s", waitMs, qPrintable(log()));
        return -1;
    }
    log();
    if (m_process.exitStatus() != QProcess::NormalExit) {
        qWarning("fehrist-server crashed while stopping (signal %d); its log:\n%s", m_process.exitCode(),
                 qPrintable(log()));
        return -1;
    }
    return m_process.exitCode();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    log();
}

qint64 ServerProcess::residentKiB() const
{
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QString ServerProcess::log()
{
    if (m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.error = reply->errorString();
    delete reply;
    return r;
}

HttpResult httpJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QString &token)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return http(method, url, body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(), headers);
}

QString login(const ServerProcess &server, const QString &username, const QString &password)
{
    const HttpResult r
        = httpJson("POST", server.url(u"/api/v1/auth/login"_s),
                   QJsonObject {{u"username"_s, username}, {u"password"_s, password}, {u"device_name"_s, u"test"_s}});
    return r.json().value(u"access_token"_s).toString();
}

} // namespace Fehrist::Test
