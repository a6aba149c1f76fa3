#include "core/domain/record.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

Record::Record(EntityType type) : m_type(type)
{
    const QList<FieldDef> &fields = schema().fields();
    m_values.resize(fields.size());
    for (int i = 0; i < fields.size(); ++i)
        m_values[i] = defaultValue(fields.at(i));
}

void Record::setValue(const QString &field, const QVariant &value)
{
    const int index = schema().indexOf(field);
    Q_ASSERT_X(index >= 0, "Record::setValue", "unknown field");
    setValue(index, value);
}

void Record::setValue(int index, const QVariant &value)
{
    if (index < 0 || index >= m_values.size())
        return;
    m_values[index] = normalized(schema().fields().at(index), value);
}

QVariantMap Record::values() const
{
    QVariantMap map;
    const QList<FieldDef> &fields = schema().fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (m_values.at(i).isValid())
            map.insert(fields.at(i).name, m_values.at(i));
    }
    return map;
}

QVariant Record::normalized(const FieldDef &field, const QVariant &value)
{
    if (field.kind == FieldKind::Boolean)
        return value.isValid() && !value.isNull() && value.toBool();
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::ChoiceList:
    case FieldKind::TextList: {
        QStringList out;
        for (const QString &item : value.toStringList()) {
            const QString t = item.trimmed();
            if (!t.isEmpty())
                out.append(t);
        }
        return out.isEmpty() ? QVariant() : QVariant(out);
    }
    case FieldKind::Boolean:
        return value.toBool();
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        // A value that is not a number is kept as text so that validation can name it.
        if (!ok)
            return value.toString().trimmed().isEmpty() ? QVariant() : QVariant(value.toString());
        return n;
    }
    case FieldKind::LongText: {
        const QString t = value.toString();
        return t.trimmed().isEmpty() ? QVariant() : QVariant(t.trimmed());
    }
    default: {
        const QString t = value.toString().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    }
}

QJsonValue Record::toJsonValue(const FieldDef &field, const QVariant &value)
{
    if (field.isList())
        return QJsonArray::fromStringList(value.toStringList());
    if (!value.isValid())
        return field.kind == FieldKind::Boolean ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
    switch (field.kind) {
    case FieldKind::Boolean:
        return value.toBool();
    case FieldKind::Integer:
        if (value.typeId() == QMetaType::LongLong)
            return value.toLongLong();
        return value.toString();
    default:
        return value.toString();
    }
}

QJsonObject Record::toJson() const
{
    QJsonObject o;
    o.insert(u"id"_s, id);
    o.insert(u"rev"_s, rev);
    const QList<FieldDef> &fields = schema().fields();
    for (int i = 0; i < fields.size(); ++i)
        o.insert(fields.at(i).name, toJsonValue(fields.at(i), m_values.at(i)));
    o.insert(u"updated_at"_s, updatedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(updatedAt));
    o.insert(u"updated_by"_s, updatedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(updatedBy));
    o.insert(u"deleted"_s, deleted);
    return o;
}

Result<Record> Record::fromJson(EntityType type, const QJsonObject &object)
{
    Record r(type);
    const Schema &schema = r.schema();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        auto wrongType = [&](const QString &expected) {
            return Error {u"invalid-json"_s, u"expected %1"_s.arg(expected), key};
        };
        if (key == u"id") {
            if (!v.isString() && !v.isNull())
                return wrongType(u"a string"_s);
            r.id = v.toString();
        } else if (key == u"rev") {
            if (!v.isDouble() && !v.isNull())
                return wrongType(u"a number"_s);
            r.rev = v.toInteger();
        } else if (key == u"updated_at") {
            r.updatedAt = v.toString();
        } else if (key == u"updated_by") {
            r.updatedBy = v.toString();
        } else if (key == u"deleted") {
            if (!v.isBool() && !v.isNull())
                return wrongType(u"true or false"_s);
            r.deleted = v.toBool();
        } else if (const FieldDef *def = schema.field(key)) {
            auto value = valueFromJson(*def, v);
            if (!value)
                return Error {value.error().code, value.error().message, key};
            if (value->isValid())
                r.m_values[schema.indexOf(key)] = std::move(*value);
        } else {
            return Error {u"unknown-field"_s, u"unknown field \"%1\""_s.arg(key), key};
        }
    }
    return r;
}

QVariant Record::defaultValue(const FieldDef &field)
{
    // Flags always have a value: a department is active unless said otherwise, anything else is off.
    if (field.kind == FieldKind::Boolean)
        return field.name == u"active";
    return {};
}

Result<QVariant> Record::valueFromJson(const FieldDef &field, const QJsonValue &v)
{
    auto wrongType = [](const QString &expected) {
        return Error {u"invalid-json"_s, u"expected %1"_s.arg(expected), {}};
    };
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (field.isList()) {
        if (!v.isArray())
            return wrongType(u"a list of strings"_s);
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return wrongType(u"a list of strings"_s);
            items.append(item.toString());
        }
        return normalized(field, items);
    }
    if (field.kind == FieldKind::Boolean) {
        if (!v.isBool())
            return wrongType(u"true or false"_s);
        return normalized(field, v.toBool());
    }
    if (field.kind == FieldKind::Integer) {
        if (v.isDouble()) {
            const double d = v.toDouble();
            // In range before the cast: converting a double beyond 64 bits is undefined behaviour.
            constexpr double kLimit = 9223372036854775808.0; // 2^63
            if (!(d >= -kLimit && d < kLimit) || d != std::trunc(d))
                return wrongType(u"a whole number"_s);
            return normalized(field, static_cast<qint64>(d));
        }
        if (v.isString())
            return normalized(field, v.toString()); // validation reports it if it is not a number
        return wrongType(u"a whole number"_s);
    }
    if (!v.isString()) {
        if (field.kind == FieldKind::Money && v.isDouble())
            return normalized(field, QString::number(v.toDouble(), 'f', 2));
        return wrongType(u"a string"_s);
    }
    return normalized(field, v.toString());
}

Result<QVariant> Record::parseText(const FieldDef &field, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QVariant();
    switch (field.kind) {
    case FieldKind::ChoiceList:
    case FieldKind::TextList:
        return QVariant(t.split(u';', Qt::SkipEmptyParts));
    case FieldKind::Boolean: {
        const QString l = t.toLower();
        if (l == u"true" || l == u"yes" || l == u"1" || l == u"y")
            return QVariant(true);
        if (l == u"false" || l == u"no" || l == u"0" || l == u"n")
            return QVariant(false);
        return Error {u"invalid-value"_s, QCoreApplication::translate("Validator", "\"%1\" is not yes or no").arg(t),
                      field.name};
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok)
            return Error {u"invalid-value"_s,
                          QCoreApplication::translate("Validator", "\"%1\" is not a whole number").arg(t), field.name};
        return QVariant(n);
    }
    default:
        return QVariant(text);
    }
}

QString Record::formatText(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (field.isList())
        return value.toStringList().join(u';');
    if (field.kind == FieldKind::Boolean)
        return value.toBool() ? u"yes"_s : u"no"_s;
    return value.toString();
}

QList<FieldChange> diffRecords(const Record &before, const Record &after)
{
    QList<FieldChange> changes;
    const QList<FieldDef> &fields = after.schema().fields();
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant a = before.value(i);
        const QVariant b = after.value(i);
        if (a != b)
            changes.append({fields.at(i).name, a, b});
    }
    return changes;
}

QJsonObject changesToJson(const Schema &schema, const QList<FieldChange> &changes)
{
    QJsonObject o;
    for (const FieldChange &c : changes) {
        const FieldDef *def = schema.field(c.field);
        if (!def)
            continue;
        o.insert(c.field,
                 QJsonObject {{u"old"_s, Record::toJsonValue(*def, c.oldValue)},
                              {u"new"_s, Record::toJsonValue(*def, c.newValue)}});
    }
    return o;
}

void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
}

namespace {

void appendJsonValue(QString &out, const FieldDef &field, const QVariant &value)
{
    if (field.isList()) {
        out += listToJsonText(value.toStringList());
    } else if (field.kind == FieldKind::Boolean) {
        out += value.toBool() ? u"true"_s : u"false"_s;
    } else if (!value.isValid()) {
        out += u"null"_s;
    } else if (field.kind == FieldKind::Integer && value.typeId() == QMetaType::LongLong) {
        out += QString::number(value.toLongLong());
    } else {
        appendJsonString(out, value.toString());
    }
}

} // namespace

QString Record::toJsonText() const
{
    const QList<FieldDef> &fields = schema().fields();
    QString out;
    out.reserve(256 + fields.size() * 32);
    out += u"{\"id\":"_s;
    appendJsonString(out, id);
    out += u",\"rev\":"_s + QString::number(rev);
    for (int i = 0; i < fields.size(); ++i) {
        out += u',';
        appendJsonString(out, fields.at(i).name);
        out += u':';
        appendJsonValue(out, fields.at(i), m_values.at(i));
    }
    for (const auto &[key, text] : {std::pair {u"updated_at"_s, &updatedAt}, std::pair {u"updated_by"_s, &updatedBy}}) {
        out += u',';
        appendJsonString(out, key);
        out += u':';
        if (text->isEmpty())
            out += u"null"_s;
        else
            appendJsonString(out, *text);
    }
    out += deleted ? u",\"deleted\":true}"_s : u",\"deleted\":false}"_s;
    return out;
}

QStringList listFromJsonText(const QString &text)
{
    // The lists the store writes (listToJsonText): ["a","b"], strings only, no spaces. Anything else is
    // read by Qt's JSON parser.
    QStringList items;
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    auto general = [&] {
        QStringList out;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        out.reserve(array.size());
        for (const QJsonValue &v : array)
            out.append(v.toString());
        return out;
    };
    if (n < 2 || p[0] != u'[' || p[n - 1] != u']')
        return general();
    qsizetype i = 1;
    if (n == 2)
        return items;
    for (;;) {
        if (i >= n - 1 || p[i] != u'"')
            return general();
        ++i;
        qsizetype start = i;
        QString escaped; // only for an item with escapes
        bool hasEscapes = false;
        for (;;) {
            if (i >= n - 1)
                return general();
            const char16_t c = p[i].unicode();
            if (c == u'"')
                break;
            if (c != u'\\') {
                ++i;
                continue;
            }
            hasEscapes = true;
            escaped.append(p + start, i - start);
            if (i + 1 >= n - 1)
                return general();
            const char16_t e = p[i + 1].unicode();
            i += 2;
            // The escapes that stand for one character; \uXXXX for one UTF-16 unit.
            static constexpr std::pair<char16_t, char16_t> kSimple[] {{u'"', u'"'},  {u'\\', u'\\'}, {u'/', u'/'},
                                                                      {u'n', u'\n'}, {u'r', u'\r'},  {u't', u'\t'},
                                                                      {u'b', u'\b'}, {u'f', u'\f'}};
            const auto simple = std::find_if(std::begin(kSimple), std::end(kSimple),
                                             [e](const auto &pair) { return pair.first == e; });
            if (simple != std::end(kSimple)) {
                escaped.append(QChar(simple->second));
            } else if (e == u'u') {
                bool ok = false;
                const uint code = i + 4 <= n - 1 ? QStringView(p + i, 4).toUInt(&ok, 16) : 0;
                if (!ok)
                    return general();
                escaped.append(QChar(char16_t(code)));
                i += 4;
            } else {
                return general();
            }
            start = i;
        }
        if (hasEscapes) {
            escaped.append(p + start, i - start);
            items.append(std::move(escaped));
        } else {
            items.emplace_back(p + start, i - start);
        }
        ++i; // the closing quote
        if (i == n - 1)
            return items;
        if (p[i] != u',')
            return general();
        ++i;
    }
}

QString listToJsonText(const QStringList &items)
{
    QString out;
    out.reserve(2 + items.size() * 16);
    out += u'[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += u',';
        appendJsonString(out, items.at(i));
    }
    out += u']';
    return out;
}

QString changesToJsonText(const Schema &schema, const QList<FieldChange> &changes)
{
    QString out;
    out.reserve(64 + changes.size() * 48);
    out += u'{';
    bool first = true;
    for (const FieldChange &c : changes) {
        const FieldDef *def = schema.field(c.field);
        if (!def)
            continue;
        if (!first)
            out += u',';
        first = false;
        appendJsonString(out, c.field);
        out += u":{"_s;
        // An old value that was not set is left out ("old" absent means null): a new record's change
        // lists only new values.
        if (c.oldValue.isValid() && !(def->isList() && c.oldValue.toStringList().isEmpty())) {
            out += u"\"old\":"_s;
            appendJsonValue(out, *def, c.oldValue);
            out += u',';
        }
        out += u"\"new\":"_s;
        appendJsonValue(out, *def, c.newValue);
        out += u'}';
    }
    out += u'}';
    return out;
}

} // namespace Fehrist::Core
