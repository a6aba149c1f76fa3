#include "core/storage/databaseurl.h"
#include "server/passwords.h"
#include "server/servercli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Fehrist::Core::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("fehrist-server"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!Fehrist::Server::Passwords::initialise()) {
        err << "fehrist-server: cannot initialise libsodium" << Qt::endl;
        return 1;
    }
    const int code = Fehrist::Server::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
