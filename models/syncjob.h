#pragma once

#include "core/storage/databaseurl.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncengine.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Fehrist::Models {

/// Sign-in and sync off the GUI thread: each runs on a worker with its own connection to the catalogue
/// and its own HTTP client (both belong to one thread). The keychain is reached through the
/// CredentialStore given (the desktop's QtKeychain one), from the worker. Signals arrive on the thread
/// that made the job; cancel() stops a sync between two requests, where the catalogue is consistent.
class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    explicit SyncJob(std::shared_ptr<Core::CredentialStore> credentials, QObject *parent = nullptr);
    ~SyncJob() override; ///< cancels and waits

    void startSignIn(const Core::DatabaseUrl &catalogue, const QUrl &server, const QString &user,
                     const QString &password);
    void startSync(const Core::DatabaseUrl &catalogue);
    /// One page of the server's audit log (reviewers and administrators), as the catalogue's sign-in.
    void startAuditPage(const Core::DatabaseUrl &catalogue, qint64 since, int limit);
    void cancel();
    bool isRunning() const;
    void wait();

Q_SIGNALS:
    void signedIn(const Fehrist::Core::SignedInUser &user);
    void progress(const Fehrist::Core::SyncProgress &progress);
    void synced(const Fehrist::Core::SyncReport &report);
    /// The code says what to do: "sign-in-required" / "not-signed-in" (sign in), "cancelled", others.
    void failed(const Fehrist::Core::Error &error);
    void auditPageReceived(const Fehrist::Core::AuditLogPage &page);
    void auditPageFailed(const Fehrist::Core::Error &error);

private:
    std::shared_ptr<Core::CredentialStore> m_credentials;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Fehrist::Models
