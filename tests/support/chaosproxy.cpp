#include "tests/support/chaosproxy.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace Fehrist::Test {

// One proxied connection, on the proxy's thread.
class ChaosConnection final : public QObject
{
public:
    ChaosConnection(QTcpSocket *client, quint16 targetPort, ChaosProxy::Plan plan) : m_client(client), m_plan(plan)
    {
        m_client->setParent(this);
        using Fault = ChaosProxy::Fault;
        if (plan.fault == Fault::Reset) {
            m_client->abort();
            deleteLater();
            return;
        }
        if (plan.fault == Fault::Blackhole) {
            QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] { m_client->readAll(); });
            QObject::connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            return;
        }
        m_server = new QTcpSocket(this);
        QObject::connect(m_server, &QTcpSocket::connected, this, [this] { flush(); });
        QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(); });
        QObject::connect(m_server, &QTcpSocket::readyRead, this, [this] { fromServer(); });
        QObject::connect(m_client, &QTcpSocket::disconnected, this, [this] { close(); });
        QObject::connect(m_server, &QTcpSocket::disconnected, this, [this] { close(); });
        QObject::connect(m_server, &QTcpSocket::errorOccurred, this, [this] { close(); });
        m_server->connectToHost(QHostAddress::LocalHost, targetPort);
    }

private:
    void fromClient()
    {
        QByteArray data = m_client->readAll();
        if (m_plan.fault == ChaosProxy::Fault::CutRequest) {
            const qint64 room = m_plan.bytes - m_sentUp;
            if (data.size() >= room) {
                data.truncate(qMax<qint64>(room, 0));
                m_pending += data;
                m_sentUp += data.size();
                m_cutAfterFlush = true;
                flush();
                return;
            }
        }
        m_sentUp += data.size();
        m_pending += data;
        flush();
    }

    void flush()
    {
        if (!m_server || m_server->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray data = std::exchange(m_pending, {});
        auto send = [this, data] {
            if (m_server && m_server->state() == QAbstractSocket::ConnectedState) {
                m_server->write(data);
                m_server->flush();
            }
            if (m_cutAfterFlush)
                reset();
        };
        if (m_plan.fault == ChaosProxy::Fault::Delay)
            QTimer::singleShot(m_plan.delayMs, this, send);
        else
            send();
    }

    void fromServer()
    {
        QByteArray data = m_server->readAll();
        if (m_plan.fault == ChaosProxy::Fault::CutResponse) {
            const qint64 room = m_plan.bytes - m_sentDown;
            if (data.size() >= room) {
                m_client->write(data.left(qMax<qint64>(room, 0)));
                m_client->flush();
                reset();
                return;
            }
        }
        m_sentDown += data.size();
        auto send = [this, data] {
            if (m_client->state() == QAbstractSocket::ConnectedState)
                m_client->write(data);
        };
        if (m_plan.fault == ChaosProxy::Fault::Delay)
            QTimer::singleShot(m_plan.delayMs, this, send);
        else
            send();
    }

    void reset()
    {
        m_client->abort();
        if (m_server)
            m_server->abort();
        deleteLater();
    }

    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        // Let what is buffered go out before the other side is closed too.
        if (m_client->state() == QAbstractSocket::ConnectedState)
            m_client->disconnectFromHost();
        if (m_server && m_server->state() == QAbstractSocket::ConnectedState)
            m_server->disconnectFromHost();
        QTimer::singleShot(m_plan.fault == ChaosProxy::Fault::Delay ? m_plan.delayMs + 50 : 50, this,
                           &QObject::deleteLater);
    }

    QTcpSocket *m_client;
    QTcpSocket *m_server = nullptr;
    ChaosProxy::Plan m_plan;
    QByteArray m_pending;
    qint64 m_sentUp = 0;
    qint64 m_sentDown = 0;
    bool m_cutAfterFlush = false;
    bool m_closing = false;
};

ChaosProxy::ChaosProxy(quint16 targetPort) : m_targetPort(targetPort), m_thread(std::make_unique<QThread>())
{
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer;
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *client = m_server->nextPendingConnection()) {
                    ++m_connections;
                    const Plan plan = nextPlan();
                    if (plan.fault != Fault::None)
                        ++m_faults;
                    ++m_faultsByKind.at(std::size_t(plan.fault));
                    (new ChaosConnection(client, m_targetPort, plan))->setParent(m_server);
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

ChaosProxy::~ChaosProxy()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server; // and the connections with it
            m_context->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ChaosProxy::setPlan(const Plan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
    m_planCount = -1;
    m_random = false;
}

void ChaosProxy::setPlanFor(int count, const Plan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
    m_planCount = count;
    m_random = false;
}

void ChaosProxy::setRandom(quint32 seed, double probability)
{
    QMutexLocker lock(&m_mutex);
    m_random = true;
    m_probability = probability;
    m_generator.seed(seed);
}

ChaosProxy::Plan ChaosProxy::nextPlan()
{
    QMutexLocker lock(&m_mutex);
    if (m_random) {
        if (m_generator.generateDouble() >= m_probability)
            return {};
        const Fault faults[] = {Fault::Delay, Fault::CutRequest, Fault::CutResponse, Fault::Reset};
        Plan plan;
        plan.fault = faults[m_generator.bounded(int(std::size(faults)))];
        plan.bytes = m_generator.bounded(1, 400);
        plan.delayMs = m_generator.bounded(10, 300);
        return plan;
    }
    if (m_planCount == 0)
        return {};
    if (m_planCount > 0)
        --m_planCount;
    return m_plan;
}

} // namespace Fehrist::Test
