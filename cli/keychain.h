#pragma once

#include "core/sync/syncclient.h"

namespace Fehrist::Cli {

/// The OS keychain (QtKeychain: Secret Service or KWallet on Linux, the Keychain on macOS, the Credential
/// Manager on Windows) as the place for the sync refresh token. On a machine without one — a headless
/// server, or with FEHRIST_NO_KEYCHAIN=1 — every call fails with "unavailable", and sync signs in again
/// from a password file instead. Never falls back to a plain file.
class Keychain final : public Core::CredentialStore
{
public:
    Core::Result<QString> read(const QString &key) override;
    Core::Status write(const QString &key, const QString &secret) override;
    Core::Status remove(const QString &key) override;

    /// The key of a sign-in: one per user and server.
    static QString keyFor(const QString &user, const QString &server);

private:
    bool m_unavailable = false; ///< learned once per run: asking again only makes the user wait
};

} // namespace Fehrist::Cli
