#pragma once

#include "core/error.h"

#include <QString>

namespace Fehrist::Ui {

/// Secrets in the operating system's keychain (Secret Service / KWallet on Linux, Keychain on macOS,
/// the Credential Store on Windows) through QtKeychain — never in settings files. Calls wait for the
/// keychain, at most a few seconds; without a keychain (a headless machine) they return an Error.
class Credentials
{
public:
    /// The keychain key of a PostgreSQL catalogue: user@host:port/database.
    static QString postgresKey(const QString &user, const QString &host, int port, const QString &database);
    static Core::Result<QString> read(const QString &key);
    static Core::Status write(const QString &key, const QString &secret);
    static Core::Status remove(const QString &key);
};

} // namespace Fehrist::Ui
