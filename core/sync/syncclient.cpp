#include "core/sync/syncclient.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SyncClient::SyncClient(const QUrl &server) : m_server(server), m_network(std::make_unique<QNetworkAccessManager>())
{
    // Redirects would carry tokens elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // A test with a server that never answers (tests/e2e/tst_convergence) cannot wait a minute per
    // request; an operator on a slow link may want longer. Out-of-range values are ignored.
    bool ok = false;
    const int timeoutMs = qEnvironmentVariableIntValue("FEHRIST_SYNC_TIMEOUT_MS", &ok);
    if (ok && timeoutMs >= 100 && timeoutMs <= 600000)
        m_timeoutMs = timeoutMs;
}

SyncClient::~SyncClient() = default;

Status SyncClient::addCaCertificates(const QString &pemFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty())
        return Error {u"invalid"_s, u"no PEM certificate in this file"_s, pemFile};
    m_extraCas += certificates;
    return success();
}

void SyncClient::setCredentialStore(CredentialStore *store, const QString &key)
{
    m_credentials = store;
    m_credentialKey = key;
}

ApiReply SyncClient::send(const QByteArray &method, const QString &path, const QByteArray &body, bool withToken)
{
    QUrl url = m_server;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0)
                + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    if (withToken && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (r.status == 0) {
        r.errorCode
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
            ? u"timeout"_s
            : u"network"_s;
        r.message = reply->errorString();
    } else if (r.status >= 400) {
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        r.errorCode = error.value(u"code"_s).toString();
        r.message = error.value(u"message"_s).toString();
        if (r.message.isEmpty())
            r.message = u"the server answered %1"_s.arg(r.status);
    }
    reply->deleteLater();
    qCDebug(lcSync) << method << url.path() << "->" << r.status << r.errorCode;
    return r;
}

Result<SignedInUser> SyncClient::takeTokens(const ApiReply &reply)
{
    const QJsonObject o = reply.json();
    m_accessToken = o.value(u"access_token"_s).toString();
    m_refreshToken = o.value(u"refresh_token"_s).toString();
    m_epoch = o.value(u"epoch"_s).toString();
    if (m_accessToken.isEmpty() || m_refreshToken.isEmpty())
        return Error {u"protocol"_s, u"the server's answer to a sign-in holds no tokens"_s, m_server.toDisplayString()};
    if (m_credentials) {
        // No keychain is not an error: this run goes on with the tokens in memory.
        if (Status s = m_credentials->write(m_credentialKey, m_refreshToken); !s)
            qCInfo(lcSync) << "refresh token not kept:" << s.error().toString();
    }
    const QJsonObject user = o.value(u"user"_s).toObject();
    return SignedInUser {user.value(u"username"_s).toString(), user.value(u"role"_s).toString(),
                         user.value(u"department_code"_s).toString()};
}

Result<SignedInUser> SyncClient::login(const QString &username, const QString &password, const QString &deviceName)
{
    const QByteArray body
        = QJsonDocument(
              QJsonObject {{u"username"_s, username}, {u"password"_s, password}, {u"device_name"_s, deviceName}})
              .toJson(QJsonDocument::Compact);
    const ApiReply reply = send("POST", u"/api/v1/auth/login"_s, body, false);
    if (reply.status != 200) {
        QString code = reply.errorCode.isEmpty() ? u"network"_s : reply.errorCode;
        return Error {code, reply.message, m_server.toDisplayString()};
    }
    return takeTokens(reply);
}

Status SyncClient::refresh()
{
    if (m_refreshToken.isEmpty())
        return Error {u"sign-in-required"_s, u"not signed in"_s, m_server.toDisplayString()};
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"refresh_token"_s, m_refreshToken}}).toJson(QJsonDocument::Compact);
    const ApiReply reply = send("POST", u"/api/v1/auth/refresh"_s, body, false);
    if (reply.status == 200) {
        auto user = takeTokens(reply);
        if (!user)
            return user.error();
        return success();
    }
    if (reply.status == 401) {
        m_refreshToken.clear();
        if (m_credentials)
            (void)m_credentials->remove(m_credentialKey);
        return Error {u"sign-in-required"_s, reply.message, m_server.toDisplayString()};
    }
    return Error {reply.errorCode.isEmpty() ? u"network"_s : reply.errorCode, reply.message,
                  m_server.toDisplayString()};
}

Status SyncClient::logout()
{
    if (m_accessToken.isEmpty() && m_refreshToken.isEmpty())
        return success();
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"refresh_token"_s, m_refreshToken}}).toJson(QJsonDocument::Compact);
    const ApiReply reply = send("POST", u"/api/v1/auth/logout"_s, body, false);
    m_accessToken.clear();
    m_refreshToken.clear();
    if (m_credentials)
        (void)m_credentials->remove(m_credentialKey);
    if (reply.status != 200 && reply.status != 401)
        return Error {reply.errorCode, reply.message, m_server.toDisplayString()};
    return success();
}

ApiReply SyncClient::authenticated(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (m_accessToken.isEmpty()) {
        Status s = m_refreshToken.isEmpty() ? Status(Error {u"sign-in-required"_s, u"not signed in"_s, {}}) : refresh();
        if (!s && s.error().code == u"sign-in-required" && m_relogin)
            s = m_relogin();
        if (!s) {
            ApiReply r;
            const bool network = s.error().code == u"network" || s.error().code == u"timeout";
            r.status = network ? 0 : 401;
            r.errorCode = network ? s.error().code : u"sign-in-required"_s;
            r.message = s.error().message;
            return r;
        }
    }
    ApiReply reply = send(method, path, body, true);
    if (reply.status != 401)
        return reply;
    // Expired or revoked: refresh once, or sign in again, and repeat.
    m_accessToken.clear();
    Status s = refresh();
    if (!s && s.error().code == u"sign-in-required" && m_relogin)
        s = m_relogin();
    if (!s) {
        const bool network = s.error().code == u"network" || s.error().code == u"timeout";
        reply.errorCode = network ? s.error().code : u"sign-in-required"_s;
        reply.message = s.error().message;
        if (network)
            reply.status = 0;
        return reply;
    }
    return send(method, path, body, true);
}

Result<AuditLogPage> SyncClient::auditPage(qint64 since, int limit)
{
    const ApiReply reply = get(u"/api/v1/audit?since=%1&limit=%2"_s.arg(since).arg(limit));
    if (reply.status != 200)
        return Error {reply.errorCode.isEmpty() ? u"network"_s : reply.errorCode, reply.message,
                      m_server.toDisplayString()};
    const QJsonObject o = reply.json();
    if (!o.value(u"entries"_s).isArray())
        return Error {u"protocol"_s, u"the server's audit page holds no entries"_s, m_server.toDisplayString()};
    AuditLogPage page;
    const QJsonArray entries = o.value(u"entries"_s).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        page.entries.append(AuditLogEntry {
            e.value(u"n"_s).toInteger(), e.value(u"at"_s).toString(), e.value(u"actor"_s).toString(),
            e.value(u"action"_s).toString(), e.value(u"entity"_s).toString(), e.value(u"record_id"_s).toString(),
            e.value(u"detail"_s).toString(), e.value(u"prev_hash"_s).toString(), e.value(u"hash"_s).toString()});
    }
    page.nextSince = o.value(u"next_since"_s).toInteger(since);
    page.hasMore = o.value(u"has_more"_s).toBool();
    return page;
}

ApiReply SyncClient::get(const QString &pathAndQuery)
{
    return authenticated("GET", pathAndQuery, {});
}

ApiReply SyncClient::post(const QString &path, const QByteArray &json)
{
    return authenticated("POST", path, json);
}

} // namespace Fehrist::Core
