#pragma once

#include "core/storage/store.h"
#include "core/sync/syncclient.h"

namespace Fehrist::Core {

/// A catalogue's sign-in to a server, shared by fehrist-cli and the desktop app: which server and user
/// the catalogue syncs with (kept in its meta, with the user's role and department, which the review
/// workflow's local checks use), and the key the sign-in (a refresh token) has in the keychain.
class SyncSession
{
public:
    /// The keychain key of a sign-in: one per user and server.
    static QString credentialKey(const QString &user, const QString &server);

    /// Remembers a sign-in in the catalogue. Another server or user is another conversation: the
    /// catalogue's sync then starts from the beginning (checkpoint and epoch cleared).
    static Status remember(Store &store, const QString &server, const SignedInUser &user);

    /// Signs `client` in and remembers it. The refresh token goes to the client's CredentialStore.
    static Result<SignedInUser> signIn(Store &store, SyncClient &client, const QString &user, const QString &password,
                                       const QString &deviceName);

    /// A client for the catalogue's server with the sign-in kept in `credentials`: an Error with code
    /// "not-signed-in" if the catalogue has no server yet, "sign-in-required" if nothing is kept.
    static Result<std::unique_ptr<SyncClient>> clientFor(Store &store, CredentialStore *credentials);
};

} // namespace Fehrist::Core
