#pragma once

#include "core/storage/store.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace Fehrist::Server {

class Database;

/// A person who signs in to the server (DESIGN.md §1): an officer of one department, a reviewer, an
/// administrator or a viewer.
struct User
{
    qint64 id = 0;
    QString username;
    QString role; ///< officer, reviewer, admin, viewer
    QString departmentCode; ///< an officer's department; empty for the others
    bool disabled = false;
    QString createdAt;

    bool isAdmin() const { return role == u"admin"; }
    bool isOfficer() const { return role == u"officer"; }
    bool isReviewer() const { return role == u"reviewer"; }
    /// Reviewers, administrators and viewers read every department's records, drafts included.
    bool readsEverything() const { return !isOfficer(); }
};

/// What a client receives on login and refresh. The tokens are shown once and stored only hashed.
struct Tokens
{
    QString accessToken;
    qint64 accessExpiresIn = 0; ///< seconds
    QString refreshToken;
    qint64 refreshExpiresIn = 0;
    QString sessionId;
};

struct TokenLifetimes
{
    qint64 accessSeconds = 15 * 60;
    qint64 refreshSeconds = 30 * 24 * 3600;
};

/// Users, sessions and tokens (DESIGN.md §8): Argon2id password hashes, opaque random tokens stored as
/// SHA-256, short-lived access tokens and refresh tokens that rotate on every use — reusing a rotated
/// one revokes its session, since only a stolen copy would do that. Logging out, a password change or
/// disabling the user revokes sessions at once: every request checks its token against the database.
class Accounts
{
public:
    static const QStringList &roles();
    static bool isValidUsername(const QString &name);
    static constexpr int kMinPasswordLength = 8;

    // Administration (fehrist-server user …). `actor` is who does it, for the audit log
    // (local:<OS user> for the commands).
    static Core::Result<User> addUser(Core::Store &store, const QString &username, const QString &role,
                                      const QString &departmentCode, const QString &password, const QString &actor);
    static Core::Result<QList<User>> users(Core::Store &store);
    static Core::Result<User> user(Core::Store &store, const QString &username);
    static Core::Status disable(Core::Store &store, const QString &username, const QString &actor);
    static Core::Status setPassword(Core::Store &store, const QString &username, const QString &password,
                                    const QString &actor);

    // The HTTP API. Errors carry the codes the API answers with: invalid-credentials, token-expired,
    // token-reused, unauthenticated, disabled, busy. Each sign-in, failed sign-in, refresh, refused
    // refresh of a known session and sign-out is audited, with `peer` (the client's address); the
    // password and the tokens never are.
    static Core::Result<std::pair<User, Tokens>> login(Database &db, Core::Store &store, const QString &username,
                                                       const QString &password, const QString &deviceName,
                                                       const TokenLifetimes &lifetimes, const QString &peer);
    static Core::Result<std::pair<User, Tokens>> refresh(Database &db, Core::Store &store, const QString &refreshToken,
                                                         const TokenLifetimes &lifetimes, const QString &peer);
    /// Ends the session that `token` (access or refresh) belongs to.
    static Core::Status logout(Database &db, Core::Store &store, const QString &token, const QString &peer);
    /// The user an access token stands for, if the token is current and its session and user are live.
    static Core::Result<User> authenticate(Core::Store &store, const QString &accessToken);
};

/// Login throttling: too many failed logins for one user name, or from one address, within a window
/// make further attempts wait (HTTP 429 with Retry-After) — checked before any password is hashed. Kept
/// in memory per process; nginx's limit_req covers several processes (docs/admin.md).
class LoginThrottle final
{
    Q_DISABLE_COPY_MOVE(LoginThrottle)

public:
    LoginThrottle() = default;

    static constexpr int kWindowSeconds = 15 * 60;
    static constexpr int kMaxFailuresPerUser = 5;
    static constexpr int kMaxFailuresPerAddress = 20;

    /// Seconds to wait before trying again, or 0 if an attempt may be made now.
    qint64 retryAfter(const QString &username, const QHostAddress &address);
    void failed(const QString &username, const QHostAddress &address);
    void succeeded(const QString &username);

private:
    qint64 wait(const QList<qint64> &failures, int limit, qint64 now) const;
    void prune(qint64 now);

    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_byUser; ///< failure times, seconds since the epoch
    QHash<QString, QList<qint64>> m_byAddress;
    qint64 m_lastPrune = 0;
};

} // namespace Fehrist::Server
