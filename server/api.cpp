#include "server/api.h"

#include "core/io/catalogueexchange.h"
#include "core/metrics/metrics.h"
#include "server/auditlog.h"
#include "server/database.h"
#include "server/logging.h"
#include "server/syncservice.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

const QString kPrefix = u"/api/v1"_s;

struct Route
{
    QString path;
    QByteArray method;
};

const QList<Route> &routes()
{
    static const QList<Route> all {
        {u"/api/v1/auth/login"_s, "POST"}, {u"/api/v1/auth/refresh"_s, "POST"}, {u"/api/v1/auth/logout"_s, "POST"},
        {u"/api/v1/sync/push"_s, "POST"},  {u"/api/v1/sync/pull"_s, "GET"},     {u"/api/v1/catalogue"_s, "GET"},
        {u"/api/v1/stats"_s, "GET"},       {u"/api/v1/health"_s, "GET"},        {u"/api/v1/audit"_s, "GET"},
    };
    return all;
}

HttpResponse fromError(const Error &e)
{
    const int status = statusFor(e);
    if (status >= 500 && e.code != u"busy" && e.code != u"disk-full") {
        qCWarning(lcServer) << "internal error:" << e.toString();
        return HttpResponse::error(status, u"internal"_s,
                                   u"the server could not complete the request; its log says why"_s);
    }
    return HttpResponse::error(status, e.code, e.toString());
}

// The request body as a JSON object, or the 400 to answer.
std::variant<QJsonObject, HttpResponse> jsonBody(const HttpRequest &request)
{
    auto object = parseJsonObject(request.body);
    if (!object)
        return HttpResponse::error(400, object.error().code, object.error().message);
    return *object;
}

QJsonObject userJson(const User &u)
{
    return QJsonObject {
        {u"username"_s, u.username},
        {u"role"_s, u.role},
        {u"department_code"_s, u.departmentCode.isEmpty() ? QJsonValue() : QJsonValue(u.departmentCode)}};
}

HttpResponse tokensResponse(const User &user, const Tokens &t, const QString &epoch)
{
    return HttpResponse::json(QJsonObject {{u"access_token"_s, t.accessToken},
                                           {u"token_type"_s, u"Bearer"_s},
                                           {u"expires_in"_s, t.accessExpiresIn},
                                           {u"refresh_token"_s, t.refreshToken},
                                           {u"refresh_expires_in"_s, t.refreshExpiresIn},
                                           {u"user"_s, userJson(user)},
                                           {u"epoch"_s, epoch}});
}

HttpResponse epochChanged(const QString &epoch)
{
    return HttpResponse::error(409, u"epoch-changed"_s,
                               u"the server was restored from a backup; pull everything again, then push"_s,
                               QJsonObject {{u"epoch"_s, epoch}});
}

std::optional<qint64> nonNegative(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

int statusFor(const Error &e)
{
    static const QHash<QString, int> statuses {
        {u"invalid"_s, 400},         {u"invalid-json"_s, 400},
        {u"too-many"_s, 413},        {u"invalid-credentials"_s, 401},
        {u"unauthenticated"_s, 401}, {u"token-expired"_s, 401},
        {u"token-reused"_s, 401},    {u"disabled"_s, 401},
        {u"forbidden"_s, 403},       {u"not-found"_s, 404},
        {u"epoch-changed"_s, 409},   {u"busy"_s, 503},
        {u"disk-full"_s, 507}, // the server's disk: nothing was written; the client keeps its outbox and retries
    };
    return statuses.value(e.code, 500);
}

Api::Api(Database &db, ApiSettings settings) : m_db(db), m_settings(settings) { }

qint64 Api::bodyLimit(const QByteArray &method, const QString &path) const
{
    if (method == "POST" && path == u"/api/v1/sync/push")
        return m_settings.maxPushBytes;
    return m_settings.maxSmallBodyBytes;
}

HttpResponse Api::handle(const HttpRequest &request)
{
    const Route *route = nullptr;
    bool pathKnown = false;
    for (const Route &r : routes()) {
        if (r.path == request.path) {
            pathKnown = true;
            if (r.method == request.method)
                route = &r;
        }
    }
    if (!route) {
        if (pathKnown) {
            HttpResponse r = HttpResponse::error(405, u"method-not-allowed"_s,
                                                 u"%1 is not allowed here"_s.arg(QString::fromLatin1(request.method)));
            for (const Route &candidate : routes()) {
                if (candidate.path == request.path)
                    r.addHeader("Allow", candidate.method);
            }
            return r;
        }
        return HttpResponse::error(404, u"not-found"_s, u"no such address: %1"_s.arg(request.path));
    }
    if (request.path == u"/api/v1/health")
        return health(request);

    auto store = m_db.local();
    if (!store) {
        qCWarning(lcServer) << "no database connection:" << store.error().toString();
        return HttpResponse::error(503, u"unavailable"_s, u"the server cannot reach its database; try again later"_s);
    }
    Store &s = **store;
    const QString &p = request.path;
    if (p == u"/api/v1/auth/login")
        return login(s, request);
    if (p == u"/api/v1/auth/refresh")
        return refresh(s, request);
    if (p == u"/api/v1/auth/logout")
        return logout(s, request);
    if (p == u"/api/v1/sync/push")
        return push(s, request);
    if (p == u"/api/v1/sync/pull")
        return pull(s, request);
    if (p == u"/api/v1/catalogue")
        return catalogue(s, request);
    if (p == u"/api/v1/audit")
        return audit(s, request);
    return stats(s, request);
}

std::variant<User, HttpResponse> Api::authenticate(Store &store, const HttpRequest &request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty()) {
        HttpResponse r = HttpResponse::error(401, u"unauthenticated"_s, u"sign in first (Authorization: Bearer …)"_s);
        r.addHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    auto user = Accounts::authenticate(store, token);
    if (!user) {
        HttpResponse r = fromError(user.error());
        if (r.status == 401)
            r.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }
    return *user;
}

HttpResponse Api::login(Store &store, const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (auto *r = std::get_if<HttpResponse>(&body))
        return *r;
    const QJsonObject o = std::get<QJsonObject>(body);
    const QJsonValue username = o.value(u"username"_s);
    const QJsonValue password = o.value(u"password"_s);
    const QJsonValue device = o.value(u"device_name"_s);
    if (!username.isString() || username.toString().isEmpty() || username.toString().size() > 64)
        return HttpResponse::error(400, u"invalid"_s, u"username: a user name is required"_s);
    if (!password.isString() || password.toString().isEmpty() || password.toString().size() > 1024)
        return HttpResponse::error(400, u"invalid"_s, u"password: a password is required"_s);
    if (!device.isUndefined() && !device.isString())
        return HttpResponse::error(400, u"invalid"_s, u"device_name: must be a string"_s);

    if (const qint64 wait = m_throttle.retryAfter(username.toString(), request.peer); wait > 0) {
        HttpResponse r = HttpResponse::error(429, u"throttled"_s,
                                             u"too many failed sign-ins; try again in %1 seconds"_s.arg(wait));
        r.addHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    auto result = Accounts::login(m_db, store, username.toString(), password.toString(), device.toString(),
                                  m_settings.lifetimes, request.peer.toString());
    if (!result) {
        if (result.error().code == u"invalid-credentials")
            m_throttle.failed(username.toString(), request.peer);
        qCInfo(lcServer) << "sign-in refused for" << username.toString() << "from" << request.peer.toString() << ":"
                         << result.error().code;
        return fromError(result.error());
    }
    m_throttle.succeeded(username.toString());
    auto epoch = Database::epoch(store);
    if (!epoch)
        return fromError(epoch.error());
    return tokensResponse(result->first, result->second, *epoch);
}

HttpResponse Api::refresh(Store &store, const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (auto *r = std::get_if<HttpResponse>(&body))
        return *r;
    const QJsonValue token = std::get<QJsonObject>(body).value(u"refresh_token"_s);
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > 200)
        return HttpResponse::error(400, u"invalid"_s, u"refresh_token: required"_s);
    auto result = Accounts::refresh(m_db, store, token.toString(), m_settings.lifetimes, request.peer.toString());
    if (!result)
        return fromError(result.error());
    auto epoch = Database::epoch(store);
    if (!epoch)
        return fromError(epoch.error());
    return tokensResponse(result->first, result->second, *epoch);
}

HttpResponse Api::logout(Store &store, const HttpRequest &request)
{
    QString token = request.bearerToken();
    if (token.isEmpty() && !request.body.isEmpty()) {
        auto body = jsonBody(request);
        if (auto *r = std::get_if<HttpResponse>(&body))
            return *r;
        token = std::get<QJsonObject>(body).value(u"refresh_token"_s).toString();
    }
    if (token.isEmpty() || token.size() > 200)
        return HttpResponse::error(400, u"invalid"_s, u"give the access token (Authorization) or refresh_token"_s);
    if (Status s = Accounts::logout(m_db, store, token, request.peer.toString()); !s)
        return fromError(s.error());
    return HttpResponse::json(QJsonObject {{u"status"_s, u"signed-out"_s}});
}

HttpResponse Api::push(Store &store, const HttpRequest &request)
{
    auto authenticated = authenticate(store, request);
    if (auto *r = std::get_if<HttpResponse>(&authenticated))
        return *r;
    const User user = std::get<User>(authenticated);
    if (user.role == u"viewer")
        return forbidden(store, request, user, u"a viewer reads the catalogue but changes nothing"_s);
    auto body = jsonBody(request);
    if (auto *r = std::get_if<HttpResponse>(&body))
        return *r;
    // Every change is checked before any is written.
    auto parsed = SyncService::parsePush(std::get<QJsonObject>(body));
    if (!parsed)
        return HttpResponse::error(parsed.error().code == u"too-many" ? 413 : 400, parsed.error().code,
                                   parsed.error().toString());
    auto epoch = Database::epoch(store);
    if (!epoch)
        return fromError(epoch.error());
    if (!parsed->epoch.isEmpty() && parsed->epoch != *epoch)
        return epochChanged(*epoch);
    // A failure part way answers an error; whatever was committed before it, a resend replays.
    auto receipts = SyncService::applyAll(m_db, store, user, parsed->deviceId, parsed->changes);
    if (!receipts)
        return fromError(receipts.error());
    QJsonArray results;
    for (const Receipt &receipt : std::as_const(*receipts))
        results.append(receipt.toJson());
    return HttpResponse::json(QJsonObject {{u"epoch"_s, *epoch}, {u"results"_s, results}});
}

HttpResponse Api::pull(Store &store, const HttpRequest &request)
{
    auto authenticated = authenticate(store, request);
    if (auto *r = std::get_if<HttpResponse>(&authenticated))
        return *r;
    const User user = std::get<User>(authenticated);
    const QString sinceText = request.query.queryItemValue(u"since"_s);
    const auto since = sinceText.isEmpty() ? std::optional<qint64>(0) : nonNegative(sinceText);
    if (!since)
        return HttpResponse::error(400, u"invalid"_s, u"since: must be a whole number, 0 or more"_s);
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    const auto limit
        = limitText.isEmpty() ? std::optional<qint64>(SyncService::kDefaultPullLimit) : nonNegative(limitText);
    if (!limit || *limit < 1 || *limit > SyncService::kMaxPullLimit)
        return HttpResponse::error(400, u"invalid"_s, u"limit: must be from 1 to %1"_s.arg(SyncService::kMaxPullLimit));
    auto epoch = Database::epoch(store);
    if (!epoch)
        return fromError(epoch.error());
    const QString clientEpoch = request.query.queryItemValue(u"epoch"_s);
    if (!clientEpoch.isEmpty() && clientEpoch != *epoch)
        return epochChanged(*epoch);
    auto page = SyncService::pull(store, user, *since, int(*limit), *epoch);
    if (!page)
        return fromError(page.error());
    return HttpResponse::raw(std::move(*page), "application/json");
}

HttpResponse Api::forbidden(Store &store, const HttpRequest &request, const User &user, const QString &message)
{
    // A refusal of a whole route is audited like a refused change: trying is worth knowing about.
    const QString detail = u"%1 %2: %3; from %4"_s.arg(QString::fromLatin1(request.method), request.path, message,
                                                       request.peer.toString());
    Status s = m_db.write(store, [&]() -> Status {
        auto r = AuditLog::append(store, AuditEntry::make(user.username, u"http.forbidden"_s, detail));
        if (!r)
            return r.error();
        return success();
    });
    if (!s)
        qCWarning(lcServer) << "cannot audit a refusal:" << s.error().toString();
    qCInfo(lcServer) << "refused" << request.method << request.path << "for" << user.username << ":" << message;
    return HttpResponse::error(403, u"forbidden"_s, message);
}

HttpResponse Api::audit(Store &store, const HttpRequest &request)
{
    auto authenticated = authenticate(store, request);
    if (auto *r = std::get_if<HttpResponse>(&authenticated))
        return *r;
    const User user = std::get<User>(authenticated);
    if (!user.isReviewer() && !user.isAdmin())
        return forbidden(store, request, user, u"only reviewers and administrators read the audit log"_s);
    const QString sinceText = request.query.queryItemValue(u"since"_s);
    const auto since = sinceText.isEmpty() ? std::optional<qint64>(0) : nonNegative(sinceText);
    if (!since)
        return HttpResponse::error(400, u"invalid"_s,
                                   u"since: must be a whole number, 0 or more (the n of the last entry you have)"_s);
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    const auto limit
        = limitText.isEmpty() ? std::optional<qint64>(AuditLog::kDefaultPageLimit) : nonNegative(limitText);
    if (!limit || *limit < 1 || *limit > AuditLog::kMaxPageLimit)
        return HttpResponse::error(400, u"invalid"_s, u"limit: must be from 1 to %1"_s.arg(AuditLog::kMaxPageLimit));
    auto page = AuditLog::page(store, *since, int(*limit));
    if (!page)
        return fromError(page.error());
    QJsonArray entries;
    for (const AuditEntry &e : std::as_const(page->entries))
        entries.append(e.toJson());
    return HttpResponse::json(
        QJsonObject {{u"entries"_s, entries}, {u"next_since"_s, page->nextSince}, {u"has_more"_s, page->hasMore}});
}

HttpResponse Api::cachedFeed(Store &store, const HttpRequest &request, const QString &kind)
{
    auto seq = SyncService::lastSeq(store);
    if (!seq)
        return fromError(seq.error());
    auto epoch = Database::epoch(store);
    if (!epoch)
        return fromError(epoch.error());
    // Any accepted change moves seq, so (epoch, seq) names this version of the catalogue. Weak: the JSON
    // export carries the time it was made.
    // The figures also depend on the day (as of, deadlines passed, the trend's last point).
    const QByteArray day
        = kind == u"stats" ? '-' + QDate::currentDate().toString(u"yyyyMMdd"_s).toLatin1() : QByteArray();
    const QByteArray etag
        = "W/\"" + kind.toLatin1() + '-' + epoch->left(8).toLatin1() + '-' + QByteArray::number(*seq) + day + '"';
    const QByteArray contentType = kind == u"jsonld" ? "application/ld+json" : "application/json";
    auto withHeaders = [&](HttpResponse r) {
        r.addHeader("ETag", etag);
        r.addHeader("Cache-Control", "no-cache");
        return r;
    };
    const QList<QByteArray> candidates = request.header("if-none-match").split(',');
    for (const QByteArray &c : candidates) {
        if (c.trimmed() == etag || c.trimmed() == "*")
            return withHeaders(HttpResponse::raw({}, contentType, 304));
    }
    {
        QMutexLocker locker(&m_cacheMutex);
        const auto it = m_feedCache.constFind(kind);
        if (it != m_feedCache.constEnd() && it->first == etag)
            return withHeaders(HttpResponse::raw(it->second, contentType));
    }
    QByteArray body;
    if (kind == u"stats") {
        auto figures = Metrics::compute(store);
        if (!figures)
            return fromError(figures.error());
        // The province-wide series: the server keeps a snapshot of each day it serves the figures.
        if (Status kept = Metrics::recordSnapshot(store, *figures); !kept)
            qCWarning(lcServer) << "cannot keep the day's figures:" << kept.error().toString();
        body = QJsonDocument(figures->toJson()).toJson(QJsonDocument::Compact);
    } else {
        ExportOptions options;
        options.format = kind == u"jsonld" ? ExchangeFormat::JsonLd : ExchangeFormat::Json;
        options.published = true;
        auto document = CatalogueExchange::exportDocument(store, options);
        if (!document)
            return fromError(document.error());
        body = std::move(*document);
    }
    {
        QMutexLocker locker(&m_cacheMutex);
        m_feedCache.insert(kind, {etag, body});
    }
    return withHeaders(HttpResponse::raw(std::move(body), contentType));
}

HttpResponse Api::catalogue(Store &store, const HttpRequest &request)
{
    const QString format = request.query.queryItemValue(u"format"_s);
    if (!format.isEmpty() && format != u"json" && format != u"jsonld")
        return HttpResponse::error(400, u"invalid"_s, u"format: json (the default) or jsonld"_s);
    return cachedFeed(store, request, format.isEmpty() ? u"json"_s : format);
}

HttpResponse Api::stats(Store &store, const HttpRequest &request)
{
    return cachedFeed(store, request, u"stats"_s);
}

HttpResponse Api::health(const HttpRequest &)
{
    QJsonObject o {{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(FEHRIST_VERSION)}};
    auto store = m_db.local();
    if (!store) {
        o.insert(u"status"_s, u"unavailable"_s);
        o.insert(u"database"_s, u"unreachable"_s);
        return HttpResponse::json(o, 503);
    }
    auto seq = SyncService::lastSeq(**store);
    auto epoch = Database::epoch(**store);
    if (!seq || !epoch) {
        o.insert(u"status"_s, u"unavailable"_s);
        o.insert(u"database"_s, u"error"_s);
        return HttpResponse::json(o, 503);
    }
    o.insert(u"database"_s, u"ok"_s);
    o.insert(u"epoch"_s, *epoch);
    o.insert(u"seq"_s, *seq);
    return HttpResponse::json(o);
}

} // namespace Fehrist::Server
