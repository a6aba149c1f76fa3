#include "cli/cli.h"
#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Only `report` paints; it runs on the offscreen platform, so a server without a display can write it.
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir runtime;
    if (Fehrist::Cli::needsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session (cron, ssh) Qt would warn on stderr about the missing runtime folder.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Fehrist::Core::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Fehrist::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
