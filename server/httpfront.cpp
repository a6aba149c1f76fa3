#include "server/httpfront.h"

#include "server/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fehrist::Server {

namespace {

constexpr qint64 kDrainLimitBytes = 256LL * 1024 * 1024; ///< read and dropped after a refusal, at most
constexpr int kDrainIdleMs = 1000;
constexpr int kDrainMaxMs = 10000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

// Accepts connections and gives each to a ConnectionGuard; hands it to Qt HttpServer when the guard
// is satisfied.
class GuardedListener final : public QTcpServer
{
public:
    explicit GuardedListener(HttpFront *front) : QTcpServer(front), m_front(front) { }

    void adopt(QTcpSocket *socket)
    {
        addPendingConnection(socket);
        // QAbstractHttpServer takes pending connections when newConnection is emitted. A second emission
        // (should Qt emit one too) finds nothing pending and does nothing.
        Q_EMIT newConnection();
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpFront *m_front;
};

// The state of one connection until its request is complete and within limits (see HttpFront).
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    enum class State { Head, Body, HandedOff, Delivered, Refusing, Answered };

    ConnectionGuard(HttpFront *front, GuardedListener *listener, QTcpSocket *socket)
        : QObject(socket), m_front(front), m_listener(listener), m_socket(socket)
    {
        ++m_front->m_connections;
        const HttpLimits &limits = m_front->m_limits;
        // While the head arrives nothing more than it is buffered: the socket stops reading (and TCP
        // slows the sender) once this much is waiting.
        m_socket->setReadBufferSize(limits.maxHeaderBytes + 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            // Qt HttpServer deletes the sockets it was given; the others (refused, timed out, in whatever
            // state) are ours. One left behind would keep counting against maxConnections.
            if (!m_handedOff)
                m_socket->deleteLater();
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        m_timer.start(limits.headerTimeoutMs);
        m_requestClock.start();
    }
    ~ConnectionGuard() override { --m_front->m_connections; }

    State state() const { return m_state; }

    // The answer has been written: close once it is sent, and cut off a client that does not read it.
    void answered()
    {
        m_state = State::Answered;
        m_timer.start(m_front->m_limits.responseTimeoutMs);
        m_socket->disconnectFromHost();
    }

    // Refuses before Qt HttpServer saw anything: our own short answer, then the connection closes.
    void refuse(int status, const QString &code, const QString &message)
    {
        if (m_state == State::Refusing || m_state == State::Answered)
            return;
        qCInfo(lcHttp) << "refused" << m_socket->peerAddress().toString() << status << code;
        m_state = State::Refusing;
        const QByteArray body = HttpResponse::errorBody(code, message);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reason(status) + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\nCache-Control: no-store\r\n";
        if (status == 503)
            out += "Retry-After: 5\r\n";
        out += "\r\n" + body;
        m_socket->write(out);
        // Keep reading (and dropping) what the client is still sending for a moment, so that it can read
        // the answer instead of meeting a reset; memory stays flat since nothing is kept.
        m_socket->setReadBufferSize(64 * 1024);
        m_drained = 0;
        m_drainClock.start();
        m_timer.start(kDrainIdleMs);
        drain();
    }

private:
    void onReadyRead()
    {
        switch (m_state) {
        case State::Head:
            readHead();
            break;
        case State::Body:
            checkBody();
            break;
        case State::HandedOff:
            // Our own emission that lets Qt HttpServer parse the buffered request (connected after us).
            m_state = State::Delivered;
            break;
        case State::Delivered:
        case State::Answered:
            // More bytes after the one request this connection carries: not HTTP we speak.
            qCInfo(lcHttp) << "data after the request from" << m_socket->peerAddress().toString() << "; closing";
            m_socket->abort();
            break;
        case State::Refusing:
            drain();
            break;
        }
    }

    void drain()
    {
        const qint64 n = m_socket->skip(m_socket->bytesAvailable());
        if (n > 0) {
            m_drained += n;
            m_timer.start(kDrainIdleMs);
        }
        if (m_drained > kDrainLimitBytes || m_drainClock.elapsed() > kDrainMaxMs)
            m_socket->disconnectFromHost();
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::Head:
        case State::Body:
            // Too slow: answer and close at once. The drain other refusals get (so that a client still
            // sending its body can read the answer) would let a client trickling bytes keep the connection
            // for kDrainMaxMs more (slowloris).
            refuse(408, u"timeout"_s, u"the request did not arrive in time"_s);
            m_socket->disconnectFromHost();
            m_state = State::Answered;
            m_timer.start(m_front->m_limits.responseTimeoutMs);
            break;
        case State::Refusing:
            m_socket->disconnectFromHost();
            m_state = State::Answered;
            m_timer.start(m_front->m_limits.responseTimeoutMs);
            break;
        case State::Answered:
            m_socket->abort();
            break;
        default:
            break;
        }
    }

    void readHead()
    {
        const HttpLimits &limits = m_front->m_limits;
        const QByteArray data = m_socket->peek(limits.maxHeaderBytes + 1);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0) {
            const qsizetype firstLine = data.indexOf("\r\n");
            if ((firstLine < 0 ? data.size() : firstLine) > limits.maxRequestLineBytes)
                return refuse(414, u"uri-too-long"_s, u"the request line is too long"_s);
            if (data.size() > limits.maxHeaderBytes)
                return refuse(431, u"headers-too-large"_s,
                              u"the request headers exceed %1 bytes"_s.arg(limits.maxHeaderBytes));
            return;
        }
        m_headBytes = end + 4;
        QList<QByteArray> lines;
        for (qsizetype pos = 0; pos <= end;) {
            const qsizetype next = data.indexOf("\r\n", pos);
            lines.append(data.mid(pos, next - pos));
            pos = next + 2;
        }
        const QByteArray requestLine = lines.constFirst();
        if (requestLine.size() > limits.maxRequestLineBytes)
            return refuse(414, u"uri-too-long"_s, u"the request line is too long"_s);
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || parts.at(0).isEmpty() || !parts.at(1).startsWith('/')
            || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
            return refuse(400, u"bad-request"_s, u"not an HTTP/1.1 request"_s);
        for (char c : parts.at(0)) {
            if (!isTokenChar(c))
                return refuse(400, u"bad-request"_s, u"not an HTTP/1.1 request"_s);
        }
        // The target is visible ASCII only (RFC 9112): no NUL, control character or raw 8-bit byte.
        for (char c : parts.at(1)) {
            if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                return refuse(400, u"bad-request"_s, u"the request target has a character that is not allowed"_s);
        }
        if (lines.size() - 1 > limits.maxHeaderCount)
            return refuse(431, u"headers-too-large"_s, u"more than %1 request headers"_s.arg(limits.maxHeaderCount));

        std::optional<qint64> contentLength;
        bool expectContinue = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.contains('\n') || line.contains('\r'))
                return refuse(400, u"bad-request"_s, u"header lines end with CRLF"_s);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
                return refuse(400, u"bad-request"_s, u"malformed header line"_s);
            const QByteArray name = line.left(colon).toLower();
            for (char c : name) {
                if (!isTokenChar(c))
                    return refuse(400, u"bad-request"_s, u"malformed header name"_s);
            }
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                if (!ok || n < 0 || value.isEmpty() || value.front() == '+' || (contentLength && *contentLength != n))
                    return refuse(400, u"bad-request"_s, u"invalid Content-Length"_s);
                contentLength = n;
            } else if (name == "transfer-encoding") {
                return refuse(411, u"length-required"_s,
                              u"request bodies are sent with a Content-Length, not chunked"_s);
            } else if (name == "expect") {
                if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                    return refuse(400, u"bad-request"_s, u"unsupported Expect header"_s);
                expectContinue = true;
            }
        }
        const QString path = QString::fromLatin1(
            parts.at(1).left(parts.at(1).indexOf('?') >= 0 ? parts.at(1).indexOf('?') : parts.at(1).size()));
        const qint64 limit = m_front->m_bodyLimit(parts.at(0), path);
        const qint64 length = contentLength.value_or(0);
        if (length > limit)
            return refuse(413, u"too-large"_s,
                          u"the request body has %1 bytes; this address accepts at most %2"_s.arg(length).arg(limit));
        m_needed = m_headBytes + length;
        if (expectContinue && length > 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        // Now the whole request may be buffered (it is within limits), and nothing beyond it.
        m_socket->setReadBufferSize(m_needed);
        m_state = State::Body;
        m_timer.start(std::max<qint64>(0, limits.requestTimeoutMs - m_requestClock.elapsed()));
        checkBody();
    }

    void checkBody()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (available < m_needed)
            return;
        if (available > m_needed)
            return refuse(400, u"bad-request"_s, u"one request per connection: pipelining is not supported"_s);
        m_timer.stop();
        m_state = State::HandedOff;
        m_handedOff = true;
        m_listener->adopt(m_socket);
        // Qt HttpServer reads on readyRead; the data is already here, so give it one.
        QMetaObject::invokeMethod(
            m_socket,
            [socket = QPointer<QTcpSocket>(m_socket)] {
                if (socket)
                    Q_EMIT socket->readyRead();
            },
            Qt::QueuedConnection);
    }

    HttpFront *m_front;
    GuardedListener *m_listener;
    QTcpSocket *m_socket;
    State m_state = State::Head;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    QElapsedTimer m_drainClock;
    qint64 m_headBytes = 0;
    qint64 m_needed = 0;
    qint64 m_drained = 0;
    bool m_handedOff = false;
};

void GuardedListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_front->m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(*m_front->m_tls);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    auto *guard = new ConnectionGuard(m_front, this, socket);
    if (m_front->m_shuttingDown)
        guard->refuse(503, u"shutting-down"_s, u"the server is shutting down; try again in a moment"_s);
    else if (m_front->m_connections > m_front->m_limits.maxConnections)
        guard->refuse(503, u"busy"_s, u"the server has too many connections; try again in a moment"_s);
}

HttpFront::HttpFront(HttpLimits limits, Handler handler, BodyLimit bodyLimit, QThreadPool *pool, QObject *parent)
    : QAbstractHttpServer(parent), m_limits(limits), m_handler(std::move(handler)), m_bodyLimit(std::move(bodyLimit)),
      m_pool(pool)
{ }

HttpFront::~HttpFront() = default;

void HttpFront::setTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

Core::Result<quint16> HttpFront::listen(const QHostAddress &address, quint16 port)
{
    auto *listener = new GuardedListener(this);
    if (!listener->listen(address, port)) {
        const QString why = listener->errorString();
        delete listener;
        return Core::Error {
            u"cannot-listen"_s, u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why), {}};
    }
    m_listener = listener;
    bind(listener);
    return listener->serverPort();
}

void HttpFront::shutdown()
{
    m_shuttingDown = true;
    if (m_listener)
        m_listener->close();
    // Connections still sending their request are dropped; their clients resend.
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        auto *guard = socket->findChild<ConnectionGuard *>();
        if (guard && (guard->state() == ConnectionGuard::State::Head || guard->state() == ConnectionGuard::State::Body))
            socket->abort();
    }
    // Drained once every handler has answered and every answer has left: quitting sooner would drop
    // answers still in the sockets' buffers.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_inFlight > 0)
            return;
        // A connection still open may hold a request that was delivered but not yet handed to us; the
        // server closes each connection after its answer, so an open one is one still being served.
        const auto open = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : open) {
            if (socket->state() == QAbstractSocket::ConnectedState || socket->state() == QAbstractSocket::ClosingState)
                return;
        }
        poll->stop();
        Q_EMIT drained();
    });
    poll->start(20);
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *guard = socket->findChild<ConnectionGuard *>();
    if (!guard || guard->state() != ConnectionGuard::State::Delivered) {
        socket->abort(); // a request that did not pass the guard
        return true;
    }
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    // Behind nginx on the same machine every request comes from loopback; the client's own address is
    // what nginx puts in X-Real-IP (installer/server/nginx). Only a local process can set it so.
    if (copy.peer.isLoopback()) {
        const QHostAddress real(QString::fromLatin1(copy.header("x-real-ip").trimmed()));
        if (!real.isNull())
            copy.peer = real;
    }

    ++m_inFlight;
    QFuture<HttpResponse> future
        = QtConcurrent::run(m_pool, [handler = m_handler, copy = std::move(copy)] { return handler(copy); });
    future.then(this, [this, socket = QPointer<QTcpSocket>(socket), request = &request](const HttpResponse &response) {
        respond(socket, request, response);
        finished();
    });
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort(); // handleRequest() answers everything
}

void HttpFront::respond(const QPointer<QTcpSocket> &socket, const QHttpServerRequest *request,
                        const HttpResponse &response)
{
    // The client may have gone while the handler worked; then its socket (and request) are gone too.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    auto *guard = socket->findChild<ConnectionGuard *>();
    QHttpServerResponder responder = makeResponder(*request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Connection", "close");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    bool cacheControl = false;
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
        cacheControl = cacheControl || name.compare("cache-control", Qt::CaseInsensitive) == 0;
    }
    if (!cacheControl)
        responder.writeHeader("Cache-Control", "no-store");
    responder.writeBody(response.body);
    if (guard)
        guard->answered();
    else
        socket->disconnectFromHost();
}

void HttpFront::finished()
{
    --m_inFlight;
}

} // namespace Fehrist::Server

#include "httpfront.moc"
