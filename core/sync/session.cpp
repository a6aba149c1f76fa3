#include "core/sync/session.h"

#include "core/sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

QString SyncSession::credentialKey(const QString &user, const QString &server)
{
    return u"sync:%1@%2"_s.arg(user, server);
}

Status SyncSession::remember(Store &store, const QString &server, const SignedInUser &user)
{
    auto previousServer = store.meta(SyncEngine::kServerKey);
    auto previousUser = store.meta(SyncEngine::kUserKey);
    return store.transaction([&]() -> Status {
        if (previousServer && previousUser && !previousServer->isEmpty()
            && (*previousServer != server || *previousUser != user.username)) {
            if (Status r = store.setMeta(SyncEngine::kCheckpointKey, u"0"_s); !r)
                return r;
            if (Status r = store.setMeta(SyncEngine::kEpochKey, QString()); !r)
                return r;
        }
        if (Status r = store.setMeta(SyncEngine::kServerKey, server); !r)
            return r;
        if (Status r = store.setMeta(u"sync.role"_s, user.role); !r)
            return r;
        if (Status r = store.setMeta(u"sync.department"_s, user.departmentCode); !r)
            return r;
        return store.setMeta(SyncEngine::kUserKey, user.username);
    });
}

Result<SignedInUser> SyncSession::signIn(Store &store, SyncClient &client, const QString &user, const QString &password,
                                         const QString &deviceName)
{
    auto signedIn = client.login(user, password, deviceName);
    if (!signedIn)
        return signedIn.error();
    if (Status s = remember(store, client.server().toString(QUrl::StripTrailingSlash), *signedIn); !s)
        return s.error();
    return signedIn;
}

Result<std::unique_ptr<SyncClient>> SyncSession::clientFor(Store &store, CredentialStore *credentials)
{
    auto server = store.meta(SyncEngine::kServerKey);
    auto user = store.meta(SyncEngine::kUserKey);
    if (!server || !user)
        return server ? user.error() : server.error();
    if (server->isEmpty() || user->isEmpty())
        return Error {u"not-signed-in"_s, u"this catalogue does not sync with a server yet: sign in first"_s,
                      store.url().displayName()};
    auto client = std::make_unique<SyncClient>(QUrl(*server));
    if (const QString ca = qEnvironmentVariable("FEHRIST_CA_FILE"); !ca.isEmpty()) {
        if (Status s = client->addCaCertificates(ca); !s)
            return s.error();
    }
    const QString key = credentialKey(*user, *server);
    if (credentials) {
        client->setCredentialStore(credentials, key);
        if (auto token = credentials->read(key))
            client->setRefreshToken(*token);
    }
    if (client->refreshToken().isEmpty())
        return Error {u"sign-in-required"_s, u"sign in to %1 again (nothing is kept for %2)"_s.arg(*server, *user),
                      *server};
    return client;
}

} // namespace Fehrist::Core
