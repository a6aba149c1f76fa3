#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl u;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {u"invalid-url"_s, u"no database given"_s, {}};
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error {u"invalid-url"_s,
                          u"not a valid PostgreSQL address; expected postgresql://user:password@host:port/dbname"_s,
                          {}};
        u.kind = Kind::PostgreSQL;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName(QUrl::FullyDecoded);
        u.password = url.password(QUrl::FullyDecoded);
        u.database = url.path(QUrl::FullyDecoded).mid(1);
        if (u.database.isEmpty() || u.database.contains(u'/'))
            return Error {u"invalid-url"_s, u"the PostgreSQL address names no database (…/dbname)"_s, {}};
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            static const QStringList allowed {u"sslmode"_s,     u"connect_timeout"_s, u"application_name"_s,
                                              u"sslrootcert"_s, u"sslcert"_s,         u"sslkey"_s};
            if (!allowed.contains(item.first))
                return Error {u"invalid-url"_s, u"unsupported PostgreSQL option \"%1\""_s.arg(item.first), {}};
            options.append(item.first + u'=' + item.second);
        }
        bool hasTimeout = false;
        for (const auto &item : items)
            hasTimeout = hasTimeout || item.first == u"connect_timeout";
        if (!hasTimeout)
            options.append(u"connect_timeout=10"_s); // an unreachable server must not hang a window
        u.options = options.join(u';');
        return u;
    }
    if (trimmed.contains(u"://"_s))
        return Error {u"invalid-url"_s,
                      u"unknown database address \"%1\": give a file path or postgresql://…"_s.arg(trimmed),
                      {}};
    u.kind = Kind::SQLite;
    u.path = trimmed.startsWith(u"sqlite:"_s) ? trimmed.mid(7) : trimmed;
    return u;
}

QString DatabaseUrl::displayName() const
{
    if (kind == Kind::SQLite)
        return QDir::toNativeSeparators(path);
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalogue.sqlite"_s;
}

QString resolveDatabaseUrl(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString env = qEnvironmentVariable("FEHRIST_DB");
    if (!env.isEmpty())
        return env;
    return defaultDatabasePath();
}

void setApplicationIdentity()
{
    // Every executable uses the same name, so that fehrist and fehrist-cli share one default catalogue.
    // No organisation name: data lands in ~/.local/share/fehrist on Linux, %APPDATA%/fehrist on Windows.
    QCoreApplication::setApplicationName(u"fehrist"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEHRIST_VERSION));
    QCoreApplication::setOrganizationDomain(u"fehrist.pk"_s);
}

} // namespace Fehrist::Core
