#pragma once

#include "core/domain/fields.h"
#include "core/error.h"

#include <QJsonObject>
#include <QVariantMap>

namespace Fehrist::Core {

/// A synced record (a department or a service): the sync metadata of DESIGN.md §4 plus the values of
/// its schema's fields, keyed by field name. Values are held in one shape per kind: QString for text,
/// codes, dates, durations and money; QStringList for lists; bool; qint64 for integers; an invalid
/// QVariant (or empty string/list) for "not set".
class Record
{
public:
    explicit Record(EntityType type = EntityType::Service);

    EntityType type() const { return m_type; }
    const Schema &schema() const { return Schema::of(m_type); }

    QString id;
    qint64 rev = 0;
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;

    QVariant value(QStringView field) const { return value(schema().indexOf(field)); }
    /// By position in schema().fields(): the fast path for storage code that walks every field.
    QVariant value(int index) const { return index >= 0 ? m_values.at(index) : QVariant(); }
    QString text(QStringView field) const { return value(field).toString(); }
    QStringList list(QStringView field) const { return value(field).toStringList(); }
    bool flag(QStringView field) const { return value(field).toBool(); }
    void setValue(const QString &field, const QVariant &value);
    void setValue(int index, const QVariant &value);
    // A value already in its normal form (as the store reads it back), kept as it is.
    void setStoredValue(int index, QVariant value) { m_values[index] = std::move(value); }
    bool isSet(QStringView field) const { return value(field).isValid(); }
    /// The set values by field name (for comparisons and debugging).
    QVariantMap values() const;

    /// JSON with the field names as keys, plus id, rev, updated_at, updated_by, deleted.
    QJsonObject toJson() const;
    /// The same object as compact JSON text, written directly (keys in schema order, not sorted).
    QString toJsonText() const;
    /// Reads the JSON written by toJson(); unknown keys and wrongly typed values are errors naming the key.
    static Result<Record> fromJson(EntityType type, const QJsonObject &object);
    /// One field's value as fromJson() reads it, normalized; the error (wrong JSON type) names no key.
    /// A null is an invalid QVariant: fromJson() then leaves the field at its defaultValue().
    static Result<QVariant> valueFromJson(const FieldDef &field, const QJsonValue &value);
    /// What a field of a new record holds: nothing, or for a flag its default.
    static QVariant defaultValue(const FieldDef &field);

    /// Parses a value typed by a person ("a;b;c" for lists, yes/no for flags) for `field`.
    static Result<QVariant> parseText(const FieldDef &field, const QString &text);
    /// The reverse of parseText: lists joined with ";".
    static QString formatText(const FieldDef &field, const QVariant &value);

    /// Canonical form of a value for comparison and storage (trimmed text, empty means unset).
    static QVariant normalized(const FieldDef &field, const QVariant &value);
    static QJsonValue toJsonValue(const FieldDef &field, const QVariant &value);

private:
    EntityType m_type;
    QList<QVariant> m_values; ///< one per schema field, in schema order
};

/// A service: identity and a few typed accessors over Record.
class Service : public Record
{
public:
    Service() : Record(EntityType::Service) { }
    explicit Service(Record record) : Record(std::move(record)) { }

    QString departmentCode() const { return text(u"department_code"); }
    QString code() const { return text(u"code"); }
    QString nameEn() const { return text(u"name_en"); }
    QString level() const { return text(u"digitization_level"); }
    QString state() const { return text(u"state"); }
    /// "DEPT/CODE", the human name of a service.
    QString key() const { return departmentCode() + u'/' + code(); }
};

class Department : public Record
{
public:
    Department() : Record(EntityType::Department) { }
    explicit Department(Record record) : Record(std::move(record)) { }

    QString code() const { return text(u"code"); }
    QString nameEn() const { return text(u"name_en"); }
};

/// What changed between two versions of a record: field -> (old, new). Used by the outbox and history.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};
QList<FieldChange> diffRecords(const Record &before, const Record &after);
QJsonObject changesToJson(const Schema &schema, const QList<FieldChange> &changes);
/// A list as a compact JSON array of strings (how lists are stored).
QString listToJsonText(const QStringList &items);
// A list as listToJsonText writes it (any JSON array of strings is read).
QStringList listFromJsonText(const QString &text);
// `text` as a JSON string, quotes included, appended to `out`.
void appendJsonString(QString &out, QStringView text);
/// The same as compact JSON text, written directly (the store writes one per saved record), except that
/// an unset old value is left out instead of written as null.
QString changesToJsonText(const Schema &schema, const QList<FieldChange> &changes);

} // namespace Fehrist::Core
