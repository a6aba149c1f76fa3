#include "server/accounts.h"

#include "core/domain/ids.h"
#include "server/auditlog.h"
#include "server/database.h"
#include "server/logging.h"
#include "server/passwords.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QString kUserColumns = u"id, username, role, department_code, disabled, created_at"_s;

User userFromRow(const SqlRow &row, int offset = 0)
{
    User u;
    u.id = row.at(offset).toLongLong();
    u.username = row.at(offset + 1).toString();
    u.role = row.at(offset + 2).toString();
    u.departmentCode = row.at(offset + 3).toString();
    u.disabled = row.at(offset + 4).toLongLong() != 0;
    u.createdAt = row.at(offset + 5).toString();
    return u;
}

Error unauthenticated(const QString &message)
{
    return Error {u"unauthenticated"_s, message, {}};
}

Status checkPassword(const QString &password)
{
    if (password.size() < Accounts::kMinPasswordLength)
        return Error {u"weak-password"_s,
                      u"a password needs at least %1 characters"_s.arg(Accounts::kMinPasswordLength), u"password"_s};
    if (password.size() > 1024)
        return Error {u"invalid"_s, u"a password may have at most 1024 characters"_s, u"password"_s};
    return success();
}

Status audit(Store &store, const QString &actor, const QString &action, const QString &detail,
             const QString &username = {})
{
    auto r = AuditLog::append(
        store, AuditEntry::make(actor, action, detail, username.isEmpty() ? QString() : u"user"_s, username));
    if (!r)
        return r.error();
    return success();
}

QString fromWhere(const QString &peer, const QString &deviceName = {})
{
    QString text = u"from "_s + (peer.isEmpty() ? u"?"_s : peer);
    if (!deviceName.isEmpty())
        text += u", device \"%1\""_s.arg(deviceName.left(200));
    return text;
}

Status revokeSessionsOf(Store &store, qint64 userId)
{
    auto r = store.execute(u"UPDATE srv_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                           {nowText(), userId});
    if (!r)
        return r.error();
    return success();
}

// Issues an access token, and a refresh token unless `refresh` is false, in an open transaction.
Result<Tokens> issueTokens(Store &store, const QString &sessionId, const TokenLifetimes &lifetimes)
{
    Tokens t;
    t.sessionId = sessionId;
    t.accessToken = Passwords::newToken(u"fa_"_s);
    t.refreshToken = Passwords::newToken(u"fr_"_s);
    t.accessExpiresIn = lifetimes.accessSeconds;
    t.refreshExpiresIn = lifetimes.refreshSeconds;
    const qint64 now = nowSeconds();
    const QString insert = u"INSERT INTO srv_tokens (token_hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)"_s;
    if (auto r = store.execute(
            insert, {Passwords::tokenHash(t.accessToken), sessionId, u"access"_s, now + lifetimes.accessSeconds});
        !r)
        return r.error();
    if (auto r = store.execute(
            insert, {Passwords::tokenHash(t.refreshToken), sessionId, u"refresh"_s, now + lifetimes.refreshSeconds});
        !r)
        return r.error();
    return t;
}

struct TokenRow
{
    QString sessionId;
    QString kind;
    qint64 expiresAt = 0;
    bool used = false;
    bool sessionRevoked = false;
    User user;
};

Result<std::optional<TokenRow>> findToken(Store &store, const QString &token)
{
    auto rows = store.select(
        u"SELECT t.session_id, t.kind, t.expires_at, t.used_at, s.revoked_at, "
        u"u.id, u.username, u.role, u.department_code, u.disabled, u.created_at "
        u"FROM srv_tokens t JOIN srv_sessions s ON s.id = t.session_id JOIN srv_users u ON u.id = s.user_id "
        u"WHERE t.token_hash = ?"_s,
        {Passwords::tokenHash(token)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<TokenRow>();
    const SqlRow &r = rows->constFirst();
    TokenRow t;
    t.sessionId = r.at(0).toString();
    t.kind = r.at(1).toString();
    t.expiresAt = r.at(2).toLongLong();
    t.used = !r.at(3).isNull() && !r.at(3).toString().isEmpty();
    t.sessionRevoked = !r.at(4).isNull() && !r.at(4).toString().isEmpty();
    t.user = userFromRow(r, 5);
    return std::optional<TokenRow>(t);
}

} // namespace

const QStringList &Accounts::roles()
{
    static const QStringList all {u"officer"_s, u"reviewer"_s, u"admin"_s, u"viewer"_s};
    return all;
}

bool Accounts::isValidUsername(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"_s);
    return re.match(name).hasMatch();
}

Result<User> Accounts::addUser(Store &store, const QString &username, const QString &role,
                               const QString &departmentCode, const QString &password, const QString &actor)
{
    if (!isValidUsername(username))
        return Error {
            u"invalid"_s,
            u"a user name has 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit"_s,
            username};
    if (!roles().contains(role))
        return Error {u"invalid"_s, u"the role is one of: %1"_s.arg(roles().join(u", "_s)), u"role"_s};
    if (role == u"officer" && departmentCode.isEmpty())
        return Error {u"invalid"_s, u"an officer belongs to a department: give --department CODE"_s, username};
    if (!departmentCode.isEmpty()) {
        if (auto d = store.department(departmentCode); !d)
            return d.error();
    }
    if (Status s = checkPassword(password); !s)
        return s.error();
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    const QString now = nowText();
    Status s = store.transaction([&]() -> Status {
        auto inserted = store.execute(
            u"INSERT INTO srv_users (username, password_hash, role, department_code, disabled, created_at, "
            u"password_changed_at) "
            u"VALUES (?, ?, ?, ?, 0, ?, ?)"_s,
            {username, QString::fromLatin1(*hash), role,
             departmentCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(departmentCode), now, now});
        if (!inserted) {
            if (inserted.error().code == u"duplicate")
                return Error {u"exists"_s, u"there is already a user with this name"_s, username};
            return inserted.error();
        }
        const QString detail = departmentCode.isEmpty() ? u"added %1 %2"_s.arg(role, username)
                                                        : u"added %1 %2 of %3"_s.arg(role, username, departmentCode);
        return audit(store, actor, u"user.add"_s, detail, username);
    });
    if (!s)
        return s.error();
    return user(store, username);
}

Result<QList<User>> Accounts::users(Store &store)
{
    auto rows = store.select(u"SELECT "_s + kUserColumns + u" FROM srv_users ORDER BY username"_s);
    if (!rows)
        return rows.error();
    QList<User> out;
    for (const SqlRow &r : *rows)
        out.append(userFromRow(r));
    return out;
}

Result<User> Accounts::user(Store &store, const QString &username)
{
    auto rows = store.select(u"SELECT "_s + kUserColumns + u" FROM srv_users WHERE username = ?"_s, {username});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error {u"not-found"_s, u"no such user"_s, username};
    return userFromRow(rows->constFirst());
}

Status Accounts::disable(Store &store, const QString &username, const QString &actor)
{
    auto u = user(store, username);
    if (!u)
        return u.error();
    return store.transaction([&]() -> Status {
        if (auto r = store.execute(u"UPDATE srv_users SET disabled = 1 WHERE id = ?"_s, {u->id}); !r)
            return r.error();
        if (Status s = revokeSessionsOf(store, u->id); !s)
            return s;
        return audit(store, actor, u"user.disable"_s, u"disabled %1; their sessions ended"_s.arg(username), username);
    });
}

Status Accounts::setPassword(Store &store, const QString &username, const QString &password, const QString &actor)
{
    auto u = user(store, username);
    if (!u)
        return u.error();
    if (Status s = checkPassword(password); !s)
        return s;
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    return store.transaction([&]() -> Status {
        if (auto r = store.execute(u"UPDATE srv_users SET password_hash = ?, password_changed_at = ? WHERE id = ?"_s,
                                   {QString::fromLatin1(*hash), nowText(), u->id});
            !r)
            return r.error();
        if (Status s = revokeSessionsOf(store, u->id); !s)
            return s;
        return audit(store, actor, u"user.passwd"_s,
                     u"changed the password of %1; their sessions ended"_s.arg(username), username);
    });
}

Result<std::pair<User, Tokens>> Accounts::login(Database &db, Store &store, const QString &username,
                                                const QString &password, const QString &deviceName,
                                                const TokenLifetimes &lifetimes, const QString &peer)
{
    auto rows = store.select(u"SELECT "_s + kUserColumns + u", password_hash FROM srv_users WHERE username = ?"_s,
                             {username});
    if (!rows)
        return rows.error();
    const bool known = !rows->isEmpty();
    // An unknown user costs a hash too, so that the answer's timing does not tell which names exist.
    const QByteArray stored = known ? rows->constFirst().at(6).toString().toLatin1() : Passwords::dummyHash();
    auto matches = Passwords::verify(stored, password);
    if (!matches)
        return matches.error();
    // A refused sign-in names the user name tried (never the password), in a transaction of its own.
    auto refuse = [&](const Error &answer, const QString &why) -> Error {
        Status s = db.write(store, [&]() -> Status {
            return audit(store, username, u"auth.login-failed"_s, why + u"; "_s + fromWhere(peer, deviceName));
        });
        if (!s)
            qCWarning(lcServer) << "cannot audit a refused sign-in:" << s.error().toString();
        return answer;
    };
    if (!known || !*matches)
        return refuse(Error {u"invalid-credentials"_s, u"wrong user name or password"_s, {}},
                      known ? u"wrong password"_s : u"unknown user name"_s);
    const User u = userFromRow(rows->constFirst());
    if (u.disabled)
        return refuse(Error {u"disabled"_s, u"this account is disabled; ask an administrator"_s, {}},
                      u"the account is disabled"_s);

    Tokens tokens;
    Status s = db.write(store, [&]() -> Status {
        const QString sessionId = newId();
        const QString now = nowText();
        if (auto r = store.execute(
                u"INSERT INTO srv_sessions (id, user_id, device_name, created_at, last_used_at) VALUES (?, ?, ?, ?, ?)"_s,
                {sessionId, u.id, deviceName.left(200), now, now});
            !r)
            return r.error();
        auto issued = issueTokens(store, sessionId, lifetimes);
        if (!issued)
            return issued.error();
        tokens = *issued;
        // Tokens long expired are of no use to anyone: trim them as new ones are made.
        if (auto r = store.execute(u"DELETE FROM srv_tokens WHERE expires_at < ?"_s, {nowSeconds() - 24 * 3600}); !r)
            return r.error();
        return audit(store, u.username, u"auth.login"_s,
                     u"signed in (%1, session %2)"_s.arg(u.role, sessionId) + u"; "_s + fromWhere(peer, deviceName));
    });
    if (!s)
        return s.error();
    return std::pair {u, tokens};
}

Result<std::pair<User, Tokens>> Accounts::refresh(Database &db, Store &store, const QString &refreshToken,
                                                  const TokenLifetimes &lifetimes, const QString &peer)
{
    std::optional<std::pair<User, Tokens>> out;
    std::optional<Error> refused;
    Status s = db.write(store, [&]() -> Status {
        auto found = findToken(store, refreshToken);
        if (!found)
            return found.error();
        if (!*found || (*found)->kind != u"refresh") {
            refused = unauthenticated(u"this sign-in is not valid; sign in again"_s);
            return success();
        }
        const TokenRow &t = **found;
        // Refusals of a token that belongs to a known session are audited: a revoked session still in
        // use, or a spent token presented again, is what a stolen copy looks like.
        const QString where = u"session %1; "_s.arg(t.sessionId) + fromWhere(peer);
        if (t.sessionRevoked || t.user.disabled) {
            refused = unauthenticated(u"this sign-in has ended; sign in again"_s);
            return audit(store, t.user.username, u"auth.refresh-refused"_s,
                         (t.user.disabled ? u"the account is disabled; "_s : u"the session had ended; "_s) + where);
        }
        if (t.used) {
            // A rotated refresh token presented again: someone holds a copy. End the session.
            refused = Error {u"token-reused"_s, u"this sign-in was used twice and has been ended; sign in again"_s, {}};
            if (auto r
                = store.execute(u"UPDATE srv_sessions SET revoked_at = ? WHERE id = ?"_s, {nowText(), t.sessionId});
                !r)
                return Error {u"database"_s, u"cannot end the session"_s, {}};
            return audit(store, t.user.username, u"auth.token-reused"_s,
                         u"a spent refresh token was presented again; the session was ended; "_s + where);
        }
        if (t.expiresAt <= nowSeconds()) {
            refused = Error {u"token-expired"_s, u"this sign-in has expired; sign in again"_s, {}};
            return audit(store, t.user.username, u"auth.refresh-refused"_s,
                         u"the refresh token had expired; "_s + where);
        }
        if (auto r = store.execute(u"UPDATE srv_tokens SET used_at = ? WHERE token_hash = ?"_s,
                                   {nowText(), Passwords::tokenHash(refreshToken)});
            !r)
            return r.error();
        if (auto r
            = store.execute(u"UPDATE srv_sessions SET last_used_at = ? WHERE id = ?"_s, {nowText(), t.sessionId});
            !r)
            return r.error();
        auto issued = issueTokens(store, t.sessionId, lifetimes);
        if (!issued)
            return issued.error();
        out = std::pair {t.user, *issued};
        return audit(store, t.user.username, u"auth.refresh"_s, where);
    });
    if (!s)
        return s.error();
    if (refused)
        return *refused;
    return *out;
}

Status Accounts::logout(Database &db, Store &store, const QString &token, const QString &peer)
{
    return db.write(store, [&]() -> Status {
        auto found = findToken(store, token);
        if (!found)
            return found.error();
        if (!*found)
            return unauthenticated(u"not signed in"_s);
        auto r = store.execute(u"UPDATE srv_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                               {nowText(), (*found)->sessionId});
        if (!r)
            return r.error();
        if (*r == 0)
            return success(); // already ended: nothing happened
        return audit(store, (*found)->user.username, u"auth.logout"_s,
                     u"signed out (session %1); "_s.arg((*found)->sessionId) + fromWhere(peer));
    });
}

Result<User> Accounts::authenticate(Store &store, const QString &accessToken)
{
    auto found = findToken(store, accessToken);
    if (!found)
        return found.error();
    if (!*found || (*found)->kind != u"access")
        return unauthenticated(u"not signed in, or the sign-in is not valid"_s);
    const TokenRow &t = **found;
    if (t.sessionRevoked)
        return unauthenticated(u"this sign-in has ended; sign in again"_s);
    if (t.user.disabled)
        return Error {u"disabled"_s, u"this account is disabled; ask an administrator"_s, {}};
    if (t.expiresAt <= nowSeconds())
        return Error {u"token-expired"_s, u"the access token has expired; refresh it"_s, {}};
    return t.user;
}

// ---------------------------------------------------------------------------------------------------

qint64 LoginThrottle::wait(const QList<qint64> &failures, int limit, qint64 now) const
{
    QList<qint64> recent;
    for (qint64 t : failures) {
        if (t > now - kWindowSeconds)
            recent.append(t);
    }
    if (recent.size() < limit)
        return 0;
    // Blocked until enough failures have left the window to allow one more attempt.
    return std::max<qint64>(1, recent.at(recent.size() - limit) + kWindowSeconds - now);
}

void LoginThrottle::prune(qint64 now)
{
    if (now - m_lastPrune < 60)
        return;
    m_lastPrune = now;
    for (auto *map : {&m_byUser, &m_byAddress}) {
        for (auto it = map->begin(); it != map->end();) {
            if (it->isEmpty() || it->constLast() <= now - kWindowSeconds)
                it = map->erase(it);
            else
                ++it;
        }
    }
}

qint64 LoginThrottle::retryAfter(const QString &username, const QHostAddress &address)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = nowSeconds();
    prune(now);
    return std::max(wait(m_byUser.value(username), kMaxFailuresPerUser, now),
                    wait(m_byAddress.value(address.toString()), kMaxFailuresPerAddress, now));
}

void LoginThrottle::failed(const QString &username, const QHostAddress &address)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = nowSeconds();
    for (QList<qint64> *list : {&m_byUser[username], &m_byAddress[address.toString()]}) {
        list->append(now);
        if (list->size() > 64)
            list->remove(0, list->size() - 64);
    }
}

void LoginThrottle::succeeded(const QString &username)
{
    QMutexLocker locker(&m_mutex);
    m_byUser.remove(username);
}

} // namespace Fehrist::Server
