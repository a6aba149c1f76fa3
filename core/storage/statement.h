#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace Fehrist::Core {

// One prepared statement of the Store, with the part of QSqlQuery's interface the Store uses.
//
// On SQLite it runs on sqlite3's C API, on the very connection Qt SQL opened (QSqlDriver::handle()):
// Qt's driver rebuilds a description of every result column at each execution and names every bound
// value, which cost more than SQLite's own work for the Store's one-row reads and writes
// (docs/decisions.md, "The write path"). That is only safe when Qt's SQLite driver and this program use
// the same SQLite library, which the build checks (FEHRIST_SQLITE_DIRECT); elsewhere, on PostgreSQL,
// and when FEHRIST_SQLITE_VIA_QT=1 is set, it is a QSqlQuery.
class Statement
{
public:
    // `handle` is the connection's sqlite3 handle for the direct path, or null for Qt SQL.
    Statement(const QSqlDatabase &db, sqlite3 *handle);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(const QString &sql);
    void addBindValue(const QVariant &value);
    bool exec();
    bool next();
    QVariant value(int column) const;
    int columnCount() const;
    void finish();
    QSqlError lastError() const;
    QVariant lastInsertId() const;
    qint64 numRowsAffected() const;

    // The connection's sqlite3 handle when statements may use it directly, else null.
    static sqlite3 *directHandle(const QSqlDatabase &db);

private:
    void fail(); ///< keeps sqlite3's last error as lastError()
    void resetDirect();

    std::unique_ptr<QSqlQuery> m_query; // Qt SQL path
    sqlite3 *m_db = nullptr; // direct path
    sqlite3_stmt *m_stmt = nullptr;
    int m_bound = 0; ///< values bound for the next run
    int m_bindError = 0; ///< the first binding that failed, reported by exec()
    std::vector<QByteArray> m_keep; // the bytes of the values bound now
    QSqlError m_error;
    qint64 m_changes = 0;
    qint64 m_lastRowId = 0;
    bool m_hasRow = false;
    bool m_started = false;
};

} // namespace Fehrist::Core
