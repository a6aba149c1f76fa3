#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace Fehrist::Test {

/// A throwaway catalogue for one test: an SQLite file in a temporary folder, or a fresh database on the
/// PostgreSQL server named by FEHRIST_TEST_PG_URL (an admin URL; scripts/test.sh starts such a server).
/// The backend comes from FEHRIST_TEST_BACKEND (sqlite, the default, or pg) so that one test executable
/// runs on both engines. Without FEHRIST_TEST_PG_URL a PostgreSQL test fails; it is never skipped.
class TestDatabase
{
public:
    enum class Backend { SQLite, PostgreSQL };

    static Backend backendFromEnvironment();
    static QString backendName();

    explicit TestDatabase(Backend backend = backendFromEnvironment());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    /// The --db URL of this catalogue.
    QString url() const { return m_url; }
    /// The SQLite file (empty for PostgreSQL).
    QString path() const { return m_path; }
    /// Runs SQL directly against the database, bypassing the store (to build fixtures or break things).
    bool execRaw(const QString &sql, QString *error = nullptr) const;
    /// The first column of the first row of a query run directly against the database (invalid if none).
    QVariant queryValue(const QString &sql) const;
    /// A scratch folder for files the test writes.
    QString scratchDir() const { return m_dir.path(); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_path;
    QString m_pgDatabase;
    QString m_error;
};

/// Path of an executable built next to the tests (fehrist-cli, helpers), from the build tree.
QString builtExecutable(const QString &name);
/// Path of a file under tests/fixtures.
QString fixturePath(const QString &name);

} // namespace Fehrist::Test
