#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Fehrist::Core {

/// Where a sign-in's refresh token is kept between runs: the OS keychain, provided by the layer that
/// may link it (fehrist-cli, the desktop app). Never a plain file (DESIGN.md §7, §8).
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    /// The secret under `key`; an Error with code "not-found" if there is none, "unavailable" if there is
    /// no keychain on this machine.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

/// The signed-in user, as the server describes them.
struct SignedInUser
{
    QString username;
    QString role;
    QString departmentCode;
};

/// One entry of the server's audit log (GET /api/v1/audit, docs/api.md): who did what, when, and the
/// hashes that chain it to the entry before.
struct AuditLogEntry
{
    qint64 n = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString recordId;
    QString detail;
    QString prevHash;
    QString hash;
};

struct AuditLogPage
{
    QList<AuditLogEntry> entries;
    qint64 nextSince = 0; ///< pass as `since` for the next page
    bool hasMore = false;
};

/// An HTTP answer of the sync API, or why there is none.
struct ApiReply
{
    int status = 0; ///< 0: no answer (network error, timeout)
    QByteArray body;
    QString errorCode; ///< the server's error.code, or network/timeout
    QString message;
    int retryAfterSeconds = 0;

    QJsonObject json() const;
    /// Worth trying again later: no answer, 5xx, 429.
    bool transient() const { return status == 0 || status == 429 || status >= 500; }
};

/// The client side of the HTTP API (DESIGN.md §7): sign-in, token refresh, push and pull. Requests are
/// blocking (a local event loop), so use it from one thread — the CLI's, or a desktop worker's.
///
/// Access tokens live in memory only. When the server answers 401, the client refreshes once with its
/// refresh token (rotated: the new one is written back to the CredentialStore) or, failing that, calls
/// the re-login callback (a password file on a headless machine), then repeats the request. When
/// neither works the request fails with code "sign-in-required".
class SyncClient final
{
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    explicit SyncClient(const QUrl &server);
    ~SyncClient();

    const QUrl &server() const { return m_server; }
    /// How long a request may go without any data moving (default 60 s, or FEHRIST_SYNC_TIMEOUT_MS).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Trusts the certificates in a PEM file besides the system's: a server with a self-signed or
    /// internal CA's certificate. Verification stays on.
    Status addCaCertificates(const QString &pemFile);
    /// Keep the refresh token in `store` under `key` as it rotates.
    void setCredentialStore(CredentialStore *store, const QString &key);
    void setRefreshToken(const QString &token) { m_refreshToken = token; }
    QString refreshToken() const { return m_refreshToken; }
    /// Called when the tokens no longer work; returns success after a fresh login().
    void setRelogin(std::function<Status()> relogin) { m_relogin = std::move(relogin); }

    Result<SignedInUser> login(const QString &username, const QString &password, const QString &deviceName);
    /// Exchanges the refresh token for new tokens.
    Status refresh();
    Status logout();
    bool signedIn() const { return !m_accessToken.isEmpty(); }
    /// The epoch the server gave with the last sign-in.
    QString epoch() const { return m_epoch; }

    /// One page of the server's audit log: the entries after `since`, at most `limit` (1…1000). Reviewers
    /// and administrators only; others get an Error with code "forbidden".
    Result<AuditLogPage> auditPage(qint64 since, int limit = 200);

    /// An authenticated request; refreshes or signs in again on 401 as described above.
    ApiReply get(const QString &pathAndQuery);
    ApiReply post(const QString &path, const QByteArray &json);

private:
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body, bool authenticated);
    Result<SignedInUser> takeTokens(const ApiReply &reply);
    ApiReply authenticated(const QByteArray &method, const QString &path, const QByteArray &body);

    QUrl m_server;
    int m_timeoutMs = 60000;
    QList<QSslCertificate> m_extraCas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_epoch;
    CredentialStore *m_credentials = nullptr;
    QString m_credentialKey;
    std::function<Status()> m_relogin;
};

} // namespace Fehrist::Core
