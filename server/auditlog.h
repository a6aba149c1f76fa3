#pragma once

#include "core/storage/store.h"

#include <QJsonObject>

#include <optional>

namespace Fehrist::Server {

/// One entry of the audit log: who did what to which record, and when. `n`, `prevHash` and `hash` are
/// the log's to set (AuditLog::append); the rest is the caller's. Nothing secret goes in `detail`:
/// never a password, a token or a token's hash.
struct AuditEntry
{
    qint64 n = 0; ///< position in the chain: 1, 2, 3… without gaps
    QString at; ///< ISO 8601 UTC with milliseconds; now when left empty
    QString actor; ///< a user name, the name a failed sign-in tried, or local:<OS user> for commands
    QString action; ///< auth.login, push.applied, http.forbidden… (docs/api.md lists them)
    QString entity; ///< service, department, user, route…; may be empty
    QString recordId;
    QString detail;
    QString prevHash; ///< hex SHA-256 of entry n-1 (64 zeros for entry 1)
    QString hash; ///< hex SHA-256(prevHash ‖ canonical entry)

    static AuditEntry make(const QString &actor, const QString &action, const QString &detail,
                           const QString &entity = {}, const QString &recordId = {});
    QJsonObject toJson() const;
};

struct AuditPage
{
    QList<AuditEntry> entries;
    qint64 nextSince = 0;
    bool hasMore = false;
};

/// The first thing found wrong with the log.
struct AuditProblem
{
    /// altered, missing, out-of-order, unlinked, truncated, extra, head-mismatch, unchained, no-head
    QString kind;
    qint64 n = 0; ///< the first bad (or first missing) entry
    QString at; ///< of that entry, when it is there to read (or the head remembers it)
    QString action;
    QString message; ///< what is wrong, for people
};

struct AuditVerification
{
    qint64 entries = 0; ///< entries checked
    QString head; ///< the hash of the last entry
    std::optional<AuditProblem> problem;

    bool ok() const { return !problem.has_value(); }
};

/// The tamper-evident audit log (DESIGN.md §8): `h_n = SHA-256(h_{n-1} ‖ canonical(entry n))`, kept in
/// srv_audit beside a head row (srv_audit_head: the last n, its hash and time).
///
/// append() runs inside the caller's write transaction, so that an action and its entry commit
/// together. It moves the head row first (UPDATE … RETURNING), whose row lock makes appenders of
/// every server process on one PostgreSQL database take their turns: n is dense and entries commit in
/// n order. The head also lets verify() notice that the last entries were removed. The canonical form
/// of an entry is compact JSON with sorted keys (docs/api.md, "Audit log"), so that anyone can check
/// the chain with their own tools.
class AuditLog
{
public:
    static constexpr int kDefaultPageLimit = 200;
    static constexpr int kMaxPageLimit = 1000;
    /// Set in meta by the schema step that made the chain, until chainPending() has chained the entries
    /// written before it.
    static inline const QString kPendingKey = QStringLiteral("server_audit_unchained");
    /// h_0, the "previous hash" of entry 1.
    static const QString &genesis();

    /// The bytes that are hashed for an entry (without prevHash and hash).
    static QByteArray canonical(const AuditEntry &entry);
    /// SHA-256(prevHash as 64 hex characters ‖ canonical(entry)), in lower-case hex.
    static QString chainHash(const QString &prevHash, const AuditEntry &entry);

    /// Appends `entry` as the next entry of the chain; call it inside a write transaction (the last
    /// write of it, so that the head row is held briefly). Returns the entry as stored.
    static Core::Result<AuditEntry> append(Core::Store &store, AuditEntry entry);
    /// Chains the entries written before the chain existed (server schema 1), in the order they were
    /// written, once: Database::open calls it after the schema steps.
    static Core::Result<qint64> chainPending(Core::Store &store);
    /// Walks the whole chain and returns the first bad entry, if any.
    static Core::Result<AuditVerification> verify(Core::Store &store);
    /// Entries with n > since, in order, at most `limit` (clamped to 1…kMaxPageLimit).
    static Core::Result<AuditPage> page(Core::Store &store, qint64 since, int limit);
};

} // namespace Fehrist::Server
