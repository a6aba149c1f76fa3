#include "ui/synccredentials.h"

#include "ui/credentials.h"

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

bool SyncCredentials::keychainUsable() const
{
    return !m_unavailable && qEnvironmentVariable("FEHRIST_NO_KEYCHAIN") != u"1";
}

Result<QString> SyncCredentials::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (keychainUsable()) {
        auto kept = Credentials::read(key);
        if (kept)
            return kept;
        if (kept.error().code != u"not-found")
            m_unavailable = true; // no keychain here: asking again only makes the user wait
    }
    if (m_memory.contains(key))
        return m_memory.value(key);
    return Error {u"not-found"_s, u"nothing kept for this sign-in"_s, key};
}

Status SyncCredentials::write(const QString &key, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    if (keychainUsable()) {
        if (Credentials::write(key, secret)) {
            m_memory.remove(key);
            m_lastWriteInKeychain = true;
            return success();
        }
        m_unavailable = true;
    }
    m_memory.insert(key, secret);
    m_lastWriteInKeychain = false;
    return success();
}

Status SyncCredentials::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_memory.remove(key);
    if (keychainUsable())
        (void)Credentials::remove(key);
    return success();
}

bool SyncCredentials::keptInKeychain() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastWriteInKeychain;
}

} // namespace Fehrist::Ui
