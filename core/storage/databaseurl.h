#pragma once

#include "core/error.h"

#include <QString>

namespace Fehrist::Core {

/// Where a catalogue lives: an SQLite file, or a PostgreSQL database given as
/// postgresql://user:password@host:port/dbname (DESIGN.md §7). The password never appears in
/// displayName(), which is what logs and windows show.
struct DatabaseUrl
{
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; ///< QPSQL connect options from the URL's query (sslmode=require…)

    static Result<DatabaseUrl> parse(const QString &text);
    QString displayName() const;
    bool isPostgres() const { return kind == Kind::PostgreSQL; }
};

/// The per-user default catalogue: AppDataLocation/catalogue.sqlite.
QString defaultDatabasePath();
/// --db, else FEHRIST_DB, else the per-user default.
QString resolveDatabaseUrl(const QString &fromCommandLine);
/// Application and organisation names used by every executable, so that they share settings and data.
void setApplicationIdentity();

} // namespace Fehrist::Core
