#include "cli/cli.h"
#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Fehrist::Core::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Fehrist::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
