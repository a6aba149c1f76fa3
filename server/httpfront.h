#pragma once

#include "core/error.h"
#include "server/http.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

class QThreadPool;
class QTcpSocket;

namespace Fehrist::Server {

/// The limits the server enforces itself, whatever stands in front of it (DESIGN.md §2, §8).
struct HttpLimits
{
    qint64 maxHeaderBytes = 16 * 1024; ///< request line and headers together (431 beyond)
    int maxHeaderCount = 64;
    qint64 maxRequestLineBytes = 8 * 1024; ///< 414 beyond
    int headerTimeoutMs = 10000; ///< the whole head must arrive within this (408)
    int requestTimeoutMs = 30000; ///< head and body together (408)
    int responseTimeoutMs = 60000; ///< a client that does not read its answer is cut off after this
    int maxConnections = 512; ///< further connections are answered 503 and closed
};

class ConnectionGuard;
class GuardedListener;

/// The HTTP front of fehrist-server: Qt HttpServer's request parsing behind a guard of our own.
///
/// Qt HttpServer 6.4 reads a request in a socket transaction and copies its body into the request
/// object before any handler sees it, with no limit: a 120 MB body would sit in memory twice before
/// anyone could refuse it. So every connection first belongs to a ConnectionGuard that reads the
/// request head itself (peeking, bounded), refuses what is too large, too slow, chunked or malformed
/// with the right status, and waits until the whole body — now known to be within its route's limit —
/// is buffered. Only then is the socket handed to QAbstractHttpServer, which parses the complete
/// request and calls handleRequest(). Each connection carries one request and is closed after the
/// answer ("Connection: close"): that keeps the guard in front of every request.
///
/// Handlers run on a bounded thread pool (the database work never blocks this thread); their answers
/// are written back on this thread.
class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFront)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// The largest body a route accepts, by method and path.
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;

    HttpFront(HttpLimits limits, Handler handler, BodyLimit bodyLimit, QThreadPool *pool, QObject *parent = nullptr);
    ~HttpFront() override;

    /// Serves TLS itself (small sites without nginx).
    void setTls(const QSslConfiguration &configuration);
    /// Starts listening; returns the port (useful when asked for port 0).
    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Stops accepting connections, drops those still sending their request, and emits drained() once
    /// every request being handled has been answered.
    void shutdown();
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class ConnectionGuard;
    friend class GuardedListener;

    void respond(const QPointer<QTcpSocket> &socket, const QHttpServerRequest *request, const HttpResponse &response);
    void finished();

    HttpLimits m_limits;
    Handler m_handler;
    BodyLimit m_bodyLimit;
    QThreadPool *m_pool;
    GuardedListener *m_listener = nullptr;
    std::optional<QSslConfiguration> m_tls;
    int m_inFlight = 0;
    int m_connections = 0;
    bool m_shuttingDown = false;
};

} // namespace Fehrist::Server
