#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace Fehrist::Server {

/// Password hashes and secret tokens (DESIGN.md §8), on libsodium.
///
/// Passwords are hashed with Argon2id (crypto_pwhash_str_alg with libsodium's limits for online logins:
/// 2 passes over 64 MiB) into the self-describing "$argon2id$…" string that is stored. Each hash takes
/// that much memory and tens of milliseconds of one core, so at most maxConcurrentHashes() run at once
/// in the process: a burst of logins queues (or is refused as busy) instead of exhausting memory.
/// Tokens are 256 random bits, given to the client once and stored only as their SHA-256.
class Passwords
{
public:
    /// Hashes a password for storing. Fails only if the memory for the hash cannot be had, or when
    /// the hash slots stay taken for longer than `waitMs`.
    static Core::Result<QByteArray> hash(const QString &password, int waitMs = 30000);
    /// Checks a password against a stored hash. A malformed hash is a mismatch. Also used with a dummy
    /// hash for unknown users, so that the time taken does not tell which user names exist.
    static Core::Result<bool> verify(const QByteArray &storedHash, const QString &password, int waitMs = 30000);
    /// A hash of the dummy password made once per process, for verify() on unknown users.
    static QByteArray dummyHash();

    static int maxConcurrentHashes();

    /// A new opaque token: 32 random bytes, base64url without padding, after a readable prefix.
    static QString newToken(const QString &prefix);
    /// What is stored for a token: its SHA-256, hex.
    static QString tokenHash(const QString &token);

    /// Initialises libsodium; call once before anything else (main does). False if it cannot start.
    static bool initialise();
};

} // namespace Fehrist::Server
