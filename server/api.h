#pragma once

#include "server/accounts.h"
#include "server/http.h"

#include <QMutex>

namespace Fehrist::Server {

class Database;

struct ApiSettings
{
    TokenLifetimes lifetimes;
    qint64 maxPushBytes = 8 * 1024 * 1024; ///< a push of 200 changes, with room to spare
    qint64 maxSmallBodyBytes = 64 * 1024; ///< every other request
};

/// The HTTP API v1 (DESIGN.md §7, docs/api.md): routing, authentication, and the translation of
/// results and errors into responses. handle() is called on worker threads, any number at once; each
/// uses its thread's own database connection.
class Api final
{
    Q_DISABLE_COPY_MOVE(Api)

public:
    Api(Database &db, ApiSettings settings);

    HttpResponse handle(const HttpRequest &request);
    /// The largest body the route accepts (the HTTP front refuses larger ones before reading them).
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;

private:
    HttpResponse login(Core::Store &store, const HttpRequest &request);
    HttpResponse refresh(Core::Store &store, const HttpRequest &request);
    HttpResponse logout(Core::Store &store, const HttpRequest &request);
    HttpResponse push(Core::Store &store, const HttpRequest &request);
    HttpResponse pull(Core::Store &store, const HttpRequest &request);
    HttpResponse catalogue(Core::Store &store, const HttpRequest &request);
    HttpResponse stats(Core::Store &store, const HttpRequest &request);
    HttpResponse health(const HttpRequest &request);
    HttpResponse audit(Core::Store &store, const HttpRequest &request);

    /// A 403 for a route the user's role may not use; audited.
    HttpResponse forbidden(Core::Store &store, const HttpRequest &request, const User &user, const QString &message);

    /// The user of the request's access token, or the 401 to answer.
    std::variant<User, HttpResponse> authenticate(Core::Store &store, const HttpRequest &request);
    /// A document of the public feed, made once per catalogue version and format.
    HttpResponse cachedFeed(Core::Store &store, const HttpRequest &request, const QString &kind);

    Database &m_db;
    ApiSettings m_settings;
    LoginThrottle m_throttle;
    QMutex m_cacheMutex;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_feedCache; ///< kind -> (etag, body)
};

/// The HTTP status for an error code the core or the accounts return.
int statusFor(const Core::Error &error);

} // namespace Fehrist::Server
