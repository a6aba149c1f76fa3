#pragma once

#include "core/storage/databaseurl.h"

#include <QStringList>

namespace Fehrist::Core {

/// The few places where SQLite and PostgreSQL SQL differ. Everything else is written once, in the
/// common subset both engines understand.
class Dialect
{
public:
    explicit Dialect(DatabaseUrl::Kind kind) : m_kind(kind) { }

    DatabaseUrl::Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == DatabaseUrl::Kind::SQLite; }
    QString driverName() const;

    /// Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE) so that two
    /// writers queue on busy_timeout instead of failing on a lock upgrade.
    QString beginWrite() const;
    /// An auto-incrementing 64-bit primary key column type.
    QString serialPrimaryKey() const;
    /// Replaces {{SERIAL_PK}} in DDL.
    QString ddl(QString sql) const;

    /// A WHERE fragment matching the services (of `tableAlias`) in which every word a person typed
    /// occurs, each as a prefix ("domic" finds "domicile"), in a name, the description or a keyword;
    /// with the values it binds. The condition is empty when nothing searchable is left.
    struct Search
    {
        QString condition;
        QStringList binds;
    };
    Search search(const QString &tableAlias, const QString &userText) const;

    /// Splits text into the words both engines index: runs of letters, digits and combining marks.
    static QStringList searchWords(const QString &text);

private:
    DatabaseUrl::Kind m_kind;
};

} // namespace Fehrist::Core
