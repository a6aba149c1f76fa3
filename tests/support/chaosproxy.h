#pragma once

#include <QMutex>
#include <QObject>
#include <QRandomGenerator>

#include <array>
#include <atomic>
#include <memory>

class QThread;
class QTcpServer;

namespace Fehrist::Test {

/// A TCP proxy that injects network faults between a client and a real server, for the failures a
/// real server cannot produce on demand: a request cut part way, a response lost after the server
/// committed, a delay, a reset, a server that never answers. It runs on a thread of its own, so the
/// code under test may block on its requests. Faults apply to the connections accepted after they are
/// set: a fixed plan, or a seeded random one (the seed is printed, so a failure can be replayed).
class ChaosProxy final
{
public:
    enum class Fault {
        None,
        Delay, ///< every chunk, both ways, held back `delayMs`
        CutRequest, ///< the first `bytes` of the request reach the server, then both sides are reset
        CutResponse, ///< the whole request reaches the server, the first `bytes` of its answer the client
        Reset, ///< the connection is reset as soon as it is accepted
        Blackhole, ///< the request is read and dropped; nothing is ever answered
    };
    struct Plan
    {
        Fault fault = Fault::None;
        qint64 bytes = 0;
        int delayMs = 0;
    };

    /// Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:targetPort.
    explicit ChaosProxy(quint16 targetPort);
    ~ChaosProxy();
    ChaosProxy(const ChaosProxy &) = delete;
    ChaosProxy &operator=(const ChaosProxy &) = delete;

    quint16 port() const { return m_port; }
    void setPlan(const Plan &plan);
    /// Every new connection: a fault with probability `probability`, chosen and sized by the seed.
    void setRandom(quint32 seed, double probability);
    /// The next `count` connections get `plan`, the ones after them none.
    void setPlanFor(int count, const Plan &plan);

    int connections() const { return m_connections.load(); }
    int faultsInjected() const { return m_faults.load(); }
    /// Connections that got `fault`, fixed or drawn at random.
    int faultsInjected(Fault fault) const { return m_faultsByKind.at(std::size_t(fault)).load(); }

private:
    friend class ChaosConnection;
    Plan nextPlan();

    quint16 m_targetPort;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread: what runs there is invoked on it
    QTcpServer *m_server = nullptr; ///< lives on m_thread
    QMutex m_mutex;
    Plan m_plan;
    int m_planCount = -1; ///< connections left for m_plan; -1: all
    bool m_random = false;
    double m_probability = 0;
    QRandomGenerator m_generator;
    std::atomic<int> m_connections {0};
    std::atomic<int> m_faults {0};
    std::array<std::atomic<int>, 6> m_faultsByKind {}; ///< indexed by Fault
};

} // namespace Fehrist::Test
