// The fault-injecting proxy itself, against a real TCP server on loopback: each fault does what the
// sync tests rely on it to do.
#include "tests/support/chaosproxy.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Fehrist::Test;
using Fault = ChaosProxy::Fault;

// Echoes what it receives, and remembers it.
class EchoServer final : public QTcpServer
{
public:
    EchoServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++accepted;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray data = s->readAll();
                    received += data;
                    s->write(data);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int accepted = 0;
    QByteArray received;
};

class TestChaosProxy final : public QObject
{
    Q_OBJECT

private:
    // Sends `request` through the proxy; returns what came back before the connection ended or
    // `waitMs` passed.
    QByteArray exchange(ChaosProxy &proxy, const QByteArray &request, int waitMs = 1000, bool *closed = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        if (!socket.waitForConnected(2000))
            return "<no connection>";
        socket.write(request);
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs && answer.size() < request.size()
               && socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        if (closed)
            *closed = socket.state() != QAbstractSocket::ConnectedState;
        return answer;
    }

private Q_SLOTS:
    void passesThrough()
    {
        EchoServer server;
        ChaosProxy proxy(server.serverPort());
        QCOMPARE(exchange(proxy, "hello, server"), QByteArray("hello, server"));
        QTRY_COMPARE(server.received, QByteArray("hello, server"));
    }

    void cutsTheRequest()
    {
        EchoServer server;
        ChaosProxy proxy(server.serverPort());
        proxy.setPlan({Fault::CutRequest, 5, 0});
        bool closed = false;
        exchange(proxy, "0123456789", 1000, &closed);
        QVERIFY(closed);
        QTRY_COMPARE(server.received, QByteArray("01234"));
        QTest::qWait(100);
        QCOMPARE(server.received, QByteArray("01234")); // and never more
    }

    void losesTheResponseAfterTheServerHadItAll()
    {
        EchoServer server;
        ChaosProxy proxy(server.serverPort());
        proxy.setPlan({Fault::CutResponse, 3, 0});
        bool closed = false;
        const QByteArray answer = exchange(proxy, "0123456789", 1000, &closed);
        QVERIFY(closed);
        QCOMPARE(answer, QByteArray("012"));
        QTRY_COMPARE(server.received, QByteArray("0123456789"));
    }

    void resetsAndBlackholes()
    {
        EchoServer server;
        ChaosProxy proxy(server.serverPort());
        proxy.setPlan({Fault::Reset, 0, 0});
        bool closed = false;
        QCOMPARE(exchange(proxy, "x", 500, &closed), QByteArray());
        QVERIFY(closed);
        proxy.setPlan({Fault::Blackhole, 0, 0});
        closed = false;
        QCOMPARE(exchange(proxy, "y", 300, &closed), QByteArray());
        QVERIFY(!closed); // still open: the server just never answers
        QCOMPARE(server.accepted, 0);
        QCOMPARE(proxy.faultsInjected(), 2);
    }

    void delaysAndThenOnlyTheNext()
    {
        EchoServer server;
        ChaosProxy proxy(server.serverPort());
        proxy.setPlanFor(1, {Fault::Delay, 0, 200});
        QElapsedTimer t;
        t.start();
        QCOMPARE(exchange(proxy, "slow", 2000), QByteArray("slow"));
        QVERIFY2(t.elapsed() >= 390, qPrintable(QString::number(t.elapsed()))); // 200 ms each way
        t.restart();
        QCOMPARE(exchange(proxy, "fast", 2000), QByteArray("fast"));
        QVERIFY(t.elapsed() < 200);
        QCOMPARE(proxy.connections(), 2);
        QCOMPARE(proxy.faultsInjected(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChaosProxy)
#include "tst_chaosproxy.moc"
