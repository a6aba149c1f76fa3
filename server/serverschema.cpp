#include "server/serverschema.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Server {

namespace {

QStringList v1(const Core::Dialect &d)
{
    return {
        d.ddl(uR"(CREATE TABLE srv_users (
  id {{SERIAL_PK}},
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  department_code TEXT,
  disabled BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  password_changed_at TEXT))"_s),
        // A session is one sign-in of one device: its chain of refresh tokens and their access tokens.
        uR"(CREATE TABLE srv_sessions (
  id TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES srv_users(id),
  device_name TEXT,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT))"_s,
        u"CREATE INDEX srv_sessions_user ON srv_sessions (user_id)"_s,
        // Tokens are stored as their SHA-256 only. A refresh token is used once: `used_at` marks it
        // rotated, and its reuse (a stolen copy) revokes the whole session.
        uR"(CREATE TABLE srv_tokens (
  token_hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES srv_sessions(id),
  kind TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at TEXT))"_s,
        u"CREATE INDEX srv_tokens_session ON srv_tokens (session_id)"_s,
        // `seq` comes from this row, updated in the writing transaction: the row lock orders commits,
        // so that no reader ever sees seq N+1 before N (PostgreSQL sequences commit out of order).
        u"CREATE TABLE srv_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
        u"INSERT INTO srv_counters (name, value) VALUES ('seq', 0)"_s,
        // The change log: every accepted version of every record, as pull serves it and as the
        // three-way merge reads its base.
        uR"(CREATE TABLE srv_changes (
  seq BIGINT PRIMARY KEY,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  rev BIGINT NOT NULL,
  department_code TEXT,
  state TEXT,
  deleted BIGINT NOT NULL DEFAULT 0,
  data TEXT NOT NULL,
  change_id TEXT,
  actor TEXT,
  at TEXT NOT NULL))"_s,
        u"CREATE INDEX srv_changes_record ON srv_changes (record_id, seq)"_s,
        // Two writers can never both make rev N+1 of one record.
        u"CREATE UNIQUE INDEX srv_changes_rev ON srv_changes (record_id, rev)"_s,
        // The answer given for each change, so that a resend gets the same answer (replay-safe).
        uR"(CREATE TABLE srv_receipts (
  change_id TEXT PRIMARY KEY,
  user_id BIGINT,
  device_id TEXT,
  record_id TEXT,
  at TEXT NOT NULL,
  receipt TEXT NOT NULL))"_s,
        uR"(CREATE TABLE srv_conflicts (
  id TEXT PRIMARY KEY,
  change_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  user_id BIGINT,
  department_code TEXT,
  base_rev BIGINT,
  server_rev BIGINT,
  fields TEXT NOT NULL,
  created_at TEXT NOT NULL))"_s,
        u"CREATE INDEX srv_conflicts_record ON srv_conflicts (record_id)"_s,
        // What was done and what was refused, by whom (chained by version 2).
        d.ddl(uR"(CREATE TABLE srv_audit (
  id {{SERIAL_PK}},
  at TEXT NOT NULL,
  actor TEXT,
  action TEXT NOT NULL,
  entity TEXT,
  record_id TEXT,
  detail TEXT))"_s),
    };
}

// The audit log becomes a hash chain (DESIGN.md §8, server/auditlog.h): each entry gets its place `n`
// (dense, unique) and the hashes linking it to the one before; the head row holds the last place, its
// hash and time. Entries written under version 1 are chained right after this step, in the order
// they were written (AuditLog::chainPending, from Database::open): hashing needs code, not SQL.
QStringList v2(const Core::Dialect &)
{
    return {
        u"ALTER TABLE srv_audit ADD COLUMN n BIGINT"_s,
        u"ALTER TABLE srv_audit ADD COLUMN prev_hash TEXT"_s,
        u"ALTER TABLE srv_audit ADD COLUMN hash TEXT"_s,
        u"CREATE UNIQUE INDEX srv_audit_n ON srv_audit (n)"_s,
        uR"(CREATE TABLE srv_audit_head (
  id BIGINT PRIMARY KEY,
  n BIGINT NOT NULL,
  hash TEXT NOT NULL,
  at TEXT))"_s,
        u"INSERT INTO srv_audit_head (id, n, hash) VALUES (1, 0, '%1')"_s.arg(QString(64, u'0')),
        u"INSERT INTO meta (key, value) VALUES ('server_audit_unchained', '1')"_s,
    };
}

} // namespace

const QList<Core::Migration> &ServerSchema::steps()
{
    static const QList<Core::Migration> all {
        {1, u"users, sessions, change log, receipts, conflicts, audit"_s, &v1},
        {2, u"audit log hash chain"_s, &v2},
    };
    return all;
}

} // namespace Fehrist::Server
