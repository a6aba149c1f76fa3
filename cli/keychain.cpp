#include "cli/keychain.h"

#include "core/sync/session.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Cli {

namespace {

const QString kService = u"Fehrist"_s;

Error unavailable(const QString &why)
{
    return Error {u"unavailable"_s, u"no system keychain: "_s + why, {}};
}

bool disabled()
{
    return qEnvironmentVariable("FEHRIST_NO_KEYCHAIN") == u"1";
}

// Runs a keychain job to its end or a timeout.
Status run(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return success();
    case QKeychain::EntryNotFound:
        return Error {u"not-found"_s, u"nothing kept for this sign-in"_s, job.key()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return unavailable(job.errorString());
    default:
        return Error {u"keychain"_s, job.errorString().isEmpty() ? u"the keychain did not answer"_s : job.errorString(),
                      job.key()};
    }
}

} // namespace

QString Keychain::keyFor(const QString &user, const QString &server)
{
    return SyncSession::credentialKey(user, server);
}

Result<QString> Keychain::read(const QString &key)
{
    if (disabled() || m_unavailable)
        return unavailable(u"not used here"_s);
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    Status s = run(job);
    if (!s) {
        m_unavailable = s.error().code == u"unavailable";
        return s.error();
    }
    return job.textData();
}

Status Keychain::write(const QString &key, const QString &secret)
{
    if (disabled() || m_unavailable)
        return unavailable(u"not used here"_s);
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    Status s = run(job);
    m_unavailable = !s && s.error().code == u"unavailable";
    return s;
}

Status Keychain::remove(const QString &key)
{
    if (disabled() || m_unavailable)
        return success();
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    Status s = run(job);
    if (!s && s.error().code == u"not-found")
        return success();
    return s;
}

} // namespace Fehrist::Cli
