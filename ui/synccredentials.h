#pragma once

#include "core/sync/syncclient.h"

#include <QHash>
#include <QMutex>

namespace Fehrist::Ui {

/// Where the desktop keeps its sync sign-in (a refresh token): the system keychain (ui/Credentials,
/// QtKeychain). Without one — a machine with no Secret Service, or FEHRIST_NO_KEYCHAIN=1 — the token
/// is kept in memory for this session only, so the user signs in again after a restart. Never a file.
class SyncCredentials final : public Core::CredentialStore
{
public:
    Core::Result<QString> read(const QString &key) override;
    Core::Status write(const QString &key, const QString &secret) override;
    Core::Status remove(const QString &key) override;
    /// Whether the last write went to the keychain (false: memory only).
    bool keptInKeychain() const;

private:
    bool keychainUsable() const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_memory;
    bool m_unavailable = false;
    bool m_lastWriteInKeychain = false;
};

} // namespace Fehrist::Ui
