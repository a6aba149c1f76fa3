#include "models/syncjob.h"

#include "core/storage/store.h"
#include "core/sync/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

namespace {

template<typename F> void post(const QPointer<SyncJob> &self, F f)
{
    QMetaObject::invokeMethod(
        qApp,
        [self, f] {
            if (self)
                f(self.data());
        },
        Qt::QueuedConnection);
}

} // namespace

SyncJob::SyncJob(std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_pool.setMaxThreadCount(1);
}

SyncJob::~SyncJob()
{
    cancel();
    m_pool.waitForDone();
}

void SyncJob::cancel()
{
    m_cancel->store(true);
}

bool SyncJob::isRunning() const
{
    return m_pool.activeThreadCount() > 0;
}

void SyncJob::wait()
{
    m_pool.waitForDone();
}

void SyncJob::startSignIn(const DatabaseUrl &catalogue, const QUrl &server, const QString &user,
                          const QString &password)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<SyncJob> self(this);
    auto credentials = m_credentials;
    m_pool.start([self, catalogue, server, user, password, credentials] {
        Result<SignedInUser> result = Error {};
        {
            auto store = Store::open(catalogue, OpenMode::ExistingOnly);
            if (!store) {
                result = store.error();
            } else {
                SyncClient client(server);
                Status trusted = success();
                if (const QString ca = qEnvironmentVariable("FEHRIST_CA_FILE"); !ca.isEmpty())
                    trusted = client.addCaCertificates(ca);
                if (!trusted) {
                    result = trusted.error();
                } else {
                    client.setCredentialStore(
                        credentials.get(), SyncSession::credentialKey(user, server.toString(QUrl::StripTrailingSlash)));
                    result = SyncSession::signIn(**store, client, user, password,
                                                 QSysInfo::machineHostName() + u" (Fehrist desktop)"_s);
                }
            }
        }
        post(self, [result](SyncJob *job) {
            if (result)
                Q_EMIT job->signedIn(*result);
            else
                Q_EMIT job->failed(result.error());
        });
    });
}

void SyncJob::startSync(const DatabaseUrl &catalogue)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    QPointer<SyncJob> self(this);
    auto credentials = m_credentials;
    m_pool.start([self, catalogue, cancelled, credentials] {
        Result<SyncReport> result = Error {};
        {
            auto store = Store::open(catalogue, OpenMode::ExistingOnly);
            auto client = store ? SyncSession::clientFor(**store, credentials.get())
                                : Result<std::unique_ptr<SyncClient>>(store.error());
            if (!client) {
                result = client.error();
            } else {
                SyncEngine engine(**store, **client);
                engine.setCancelFlag(cancelled.get());
                auto timer = std::make_shared<QElapsedTimer>();
                engine.setProgress([self, timer](const SyncProgress &p) {
                    if (timer->isValid() && timer->elapsed() < 50)
                        return;
                    timer->start();
                    post(self, [p](SyncJob *job) { Q_EMIT job->progress(p); });
                });
                result = engine.run();
                if (!result && cancelled->load())
                    result = Error {
                        u"cancelled"_s, u"the sync was cancelled; nothing is lost, it goes on next time"_s, {}};
            }
        }
        post(self, [result](SyncJob *job) {
            if (result)
                Q_EMIT job->synced(*result);
            else
                Q_EMIT job->failed(result.error());
        });
    });
}

void SyncJob::startAuditPage(const DatabaseUrl &catalogue, qint64 since, int limit)
{
    QPointer<SyncJob> self(this);
    auto credentials = m_credentials;
    m_pool.start([self, catalogue, since, limit, credentials] {
        Result<AuditLogPage> result = Error {};
        {
            auto store = Store::open(catalogue, OpenMode::ExistingOnly);
            auto client = store ? SyncSession::clientFor(**store, credentials.get())
                                : Result<std::unique_ptr<SyncClient>>(store.error());
            if (!client)
                result = client.error();
            else
                result = (*client)->auditPage(since, limit);
        }
        post(self, [result](SyncJob *job) {
            if (result)
                Q_EMIT job->auditPageReceived(*result);
            else
                Q_EMIT job->auditPageFailed(result.error());
        });
    });
}

} // namespace Fehrist::Models
