#pragma once

#include <QList>
#include <QString>

namespace Fehrist::Core {

/// How a field's value is shaped, stored and validated.
enum class FieldKind {
    Text, ///< one line of text
    LongText, ///< free text that may span lines
    Code, ///< an identifier: [A-Z0-9-]
    Choice, ///< one code from a reference list
    ChoiceList, ///< several codes from a reference list
    TextList, ///< a list of free strings
    Boolean,
    Integer, ///< a whole number >= 0
    Date, ///< ISO 8601 date, yyyy-MM-dd
    Duration, ///< ISO 8601 duration (P10D, PT2H)
    Money, ///< PKR as decimal text, >= 0, at most two decimals
    Url, ///< an https:// URL
    Email,
    Phone,
};

enum class EntityType { Department, Service };

/// One field of a record as DESIGN.md §4 names it. The name is the key everywhere: database column,
/// JSON key, CSV header, `fehrist-cli set FIELD=VALUE`.
struct FieldDef
{
    QString name;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    int maxLength = 0; ///< for text kinds; 0 means the kind's default
    QString list; ///< reference list for Choice / ChoiceList
    bool managed = false; ///< set by the workflow, not by editing

    bool isList() const { return kind == FieldKind::ChoiceList || kind == FieldKind::TextList; }
};

/// The ordered field list of one entity type.
class Schema
{
public:
    static const Schema &of(EntityType type);
    static const Schema &departments() { return of(EntityType::Department); }
    static const Schema &services() { return of(EntityType::Service); }

    EntityType type() const { return m_type; }
    QString tableName() const;
    QString entityName() const; ///< "department" / "service", as in the outbox
    const QList<FieldDef> &fields() const { return m_fields; }
    const FieldDef *field(QStringView name) const;
    /// Position of a field in fields(), or -1. No allocation: records look fields up on every access.
    int indexOf(QStringView name) const;
    QStringList fieldNames() const;

private:
    Schema(EntityType type, QList<FieldDef> fields);

    EntityType m_type;
    QList<FieldDef> m_fields;
    QList<std::pair<QString, int>> m_byName; ///< sorted by name, for indexOf()
};

} // namespace Fehrist::Core
