#include "ui/credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Fehrist::Ui {

namespace {

const QString kService = u"Fehrist"_s;

// Runs a keychain job to its end (or a timeout) and turns its failure into an Error.
Core::Status run(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return Core::success();
    const QString code = job.error() == QKeychain::EntryNotFound ? u"not-found"_s : u"keychain"_s;
    const QString message = job.errorString().isEmpty()
        ? QCoreApplication::translate("Fehrist::Ui::Credentials", "the system keychain did not answer")
        : job.errorString();
    return Core::Error {code, message, job.key()};
}

} // namespace

QString Credentials::postgresKey(const QString &user, const QString &host, int port, const QString &database)
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

Core::Result<QString> Credentials::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (Core::Status s = run(job); !s)
        return s.error();
    return job.textData();
}

Core::Status Credentials::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    return run(job);
}

Core::Status Credentials::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    return run(job);
}

} // namespace Fehrist::Ui
