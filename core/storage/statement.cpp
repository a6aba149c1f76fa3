#include "core/storage/statement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

#ifdef FEHRIST_SQLITE_DIRECT
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

#ifdef FEHRIST_SQLITE_DIRECT
namespace {

// What Qt SQL treats as NULL when binding (QSqlResultPrivate::isVariantNull), so both paths store the same.
bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    default:
        return false;
    }
}

} // namespace
#endif

Statement::Statement(const QSqlDatabase &db, sqlite3 *handle) : m_db(handle)
{
    if (!m_db) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
    }
}

Statement::~Statement()
{
#ifdef FEHRIST_SQLITE_DIRECT
    if (m_stmt)
        sqlite3_finalize(m_stmt);
#endif
}

sqlite3 *Statement::directHandle(const QSqlDatabase &db)
{
#ifdef FEHRIST_SQLITE_DIRECT
    if (qEnvironmentVariableIntValue("FEHRIST_SQLITE_VIA_QT") == 1 || db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        return nullptr;
    // The build found Qt's driver linked to this SQLite library; a different copy loaded at run time
    // (another version, say) would not share its structures: then Qt SQL does all the work.
    QSqlQuery version(db);
    if (!version.exec(u"SELECT sqlite_version()"_s) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        return nullptr;
    return handle;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

bool Statement::prepare(const QString &sql)
{
    if (m_query)
        return m_query->prepare(sql);
#ifdef FEHRIST_SQLITE_DIRECT
    const QByteArray text = sql.toUtf8();
    const int rc
        = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail();
        return false;
    }
    return true;
#else
    return false;
#endif
}

void Statement::fail()
{
#ifdef FEHRIST_SQLITE_DIRECT
    m_error = QSqlError(u"Unable to execute statement"_s, QString::fromUtf8(sqlite3_errmsg(m_db)),
                        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db)));
#endif
}

void Statement::resetDirect()
{
#ifdef FEHRIST_SQLITE_DIRECT
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
#endif
    m_keep.clear();
    m_bound = 0;
    m_bindError = 0;
    m_hasRow = false;
    m_started = false;
}

void Statement::addBindValue(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
#ifdef FEHRIST_SQLITE_DIRECT
    if (!m_stmt)
        return;
    if (m_bound == 0)
        resetDirect(); // the previous values are unbound before their bytes go: SQLite points at them
    const int at = ++m_bound;
    int rc = SQLITE_OK;
    if (isNullValue(value)) {
        rc = sqlite3_bind_null(m_stmt, at);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            rc = sqlite3_bind_int64(m_stmt, at, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, at, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = m_keep.emplace_back(value.toByteArray());
            rc = sqlite3_bind_blob64(m_stmt, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        default: {
            // Text is bound as UTF-8 (the database's encoding), without a copy: m_keep holds the bytes
            // until the statement runs again or is finished.
            const QByteArray &bytes = m_keep.emplace_back(value.toString().toUtf8());
            rc = sqlite3_bind_text64(m_stmt, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC,
                                     SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
#else
    Q_UNUSED(value);
#endif
}

bool Statement::exec()
{
    if (m_query)
        return m_query->exec();
#ifdef FEHRIST_SQLITE_DIRECT
    const int bound = std::exchange(m_bound, 0);
    const int bindError = std::exchange(m_bindError, SQLITE_OK);
    if (!m_stmt)
        return false;
    if (bound == 0) {
        // Nothing bound since the last run: run it again as it is (or with no values at all).
        sqlite3_reset(m_stmt);
    }
    m_hasRow = false;
    m_started = false;
    m_error = QSqlError();
    int rc = bindError;
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasRow = true;
        m_started = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes64(m_db);
        m_lastRowId = sqlite3_last_insert_rowid(m_db);
        sqlite3_reset(m_stmt);
        return true;
    }
    fail();
    sqlite3_reset(m_stmt);
    return false;
#else
    return false;
#endif
}

bool Statement::next()
{
    if (m_query)
        return m_query->next();
#ifdef FEHRIST_SQLITE_DIRECT
    if (!m_started)
        return false;
    if (m_hasRow) {
        m_hasRow = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    sqlite3_reset(m_stmt);
    m_started = false;
    return false;
#else
    return false;
#endif
}

QVariant Statement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
#ifdef FEHRIST_SQLITE_DIRECT
    if (!m_started)
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // as Qt's driver gives it
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    }
#else
    Q_UNUSED(column);
    return {};
#endif
}

int Statement::columnCount() const
{
    if (m_query)
        return m_query->record().count();
#ifdef FEHRIST_SQLITE_DIRECT
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
#else
    return 0;
#endif
}

void Statement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    resetDirect();
}

QSqlError Statement::lastError() const
{
    return m_query ? m_query->lastError() : m_error;
}

QVariant Statement::lastInsertId() const
{
    return m_query ? m_query->lastInsertId() : QVariant(m_lastRowId);
}

qint64 Statement::numRowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : m_changes;
}

} // namespace Fehrist::Core
