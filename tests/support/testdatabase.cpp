#include "tests/support/testdatabase.h"

#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fehrist::Test {

namespace {

// Runs statements on the admin connection to the test PostgreSQL server.
bool adminExec(const QString &sql, QString *error)
{
    auto url = Core::DatabaseUrl::parse(qEnvironmentVariable("FEHRIST_TEST_PG_URL"));
    if (!url) {
        if (error)
            *error = u"FEHRIST_TEST_PG_URL is not a PostgreSQL URL: "_s + url.error().message;
        return false;
    }
    const QString name = u"fehrist-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabase::Backend TestDatabase::backendFromEnvironment()
{
    return qEnvironmentVariable("FEHRIST_TEST_BACKEND") == u"pg" ? Backend::PostgreSQL : Backend::SQLite;
}

QString TestDatabase::backendName()
{
    return backendFromEnvironment() == Backend::PostgreSQL ? u"PostgreSQL"_s : u"SQLite"_s;
}

TestDatabase::TestDatabase(Backend backend) : m_backend(backend)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return;
    }
    if (backend == Backend::SQLite) {
        m_path = m_dir.filePath(u"catalogue.sqlite"_s);
        m_url = m_path;
        return;
    }
    const QString admin = qEnvironmentVariable("FEHRIST_TEST_PG_URL");
    if (admin.isEmpty()) {
        m_error
            = u"FEHRIST_TEST_PG_URL is not set: run the tests with scripts/test.sh, which starts a PostgreSQL server"_s;
        return;
    }
    m_pgDatabase = u"fehrist_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!adminExec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(m_pgDatabase), &error)) {
        m_error = u"cannot create the test database: "_s + error;
        m_pgDatabase.clear();
        return;
    }
    const qsizetype slash = admin.lastIndexOf(u'/');
    m_url = admin.left(slash + 1) + m_pgDatabase;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgDatabase.isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase), nullptr);
}

bool TestDatabase::execRaw(const QString &sql, QString *error) const
{
    const QString name = u"fehrist-test-raw-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        auto url = Core::DatabaseUrl::parse(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(url->isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (url->isPostgres()) {
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setUserName(url->user);
            db.setPassword(url->password);
            db.setDatabaseName(url->database);
        } else {
            db.setDatabaseName(url->path);
        }
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = true;
            // One statement per call for SQLite; split on ";\n" so fixture files can hold many.
            const QStringList statements = sql.split(u";\n"_s, Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    if (error)
                        *error = q.lastError().text() + u" in: "_s + statement.left(200);
                    ok = false;
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant TestDatabase::queryValue(const QString &sql) const
{
    const QString name = u"fehrist-test-query-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        auto url = Core::DatabaseUrl::parse(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(url->isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (url->isPostgres()) {
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setUserName(url->user);
            db.setPassword(url->password);
            db.setDatabaseName(url->database);
        } else {
            db.setDatabaseName(url->path);
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString builtExecutable(const QString &name)
{
    return QStringLiteral(FEHRIST_BUILD_DIR) + u'/' + name;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(FEHRIST_SOURCE_DIR) + u"/tests/fixtures/"_s + name;
}

} // namespace Fehrist::Test
