#include "core/domain/validator.h"

#include "core/domain/duration.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

// PostgreSQL's text cannot hold U+0000, and a value one engine keeps and another refuses would stop a
// sync for good: it is refused everywhere, as bad input.
bool hasNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

int defaultMaxLength(FieldKind kind)
{
    switch (kind) {
    case FieldKind::LongText:
        return 4000;
    case FieldKind::Url:
        return 500;
    case FieldKind::Email:
        return 254;
    case FieldKind::Phone:
        return 20;
    default:
        return 220;
    }
}

QString listLabel(const QString &list)
{
    return list == u"level" ? Validator::tr("L0 to L6") : list;
}

} // namespace

bool Validator::isValidCode(const QString &code, int maxLength)
{
    static const QRegularExpression re(u"^[A-Z0-9-]+$"_s);
    return code.size() >= 2 && code.size() <= maxLength && re.match(code).hasMatch();
}

bool Validator::isValidEmail(const QString &email)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return email.size() <= 254 && re.match(email).hasMatch();
}

bool Validator::isValidPhone(const QString &phone)
{
    static const QRegularExpression re(u"^\\+?[0-9][0-9 ()-]{5,18}[0-9]$"_s);
    return re.match(phone).hasMatch();
}

bool Validator::isValidHttpsUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && u.scheme() == u"https" && !u.host().isEmpty() && u.userInfo().isEmpty()
        && !url.contains(u' ');
}

bool Validator::isValidDate(const QString &date)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return re.match(date).hasMatch() && QDate::fromString(date, Qt::ISODate).isValid();
}

bool Validator::isValidMoney(const QString &amount)
{
    static const QRegularExpression re(u"^\\d{1,12}(\\.\\d{1,2})?$"_s);
    return re.match(amount).hasMatch();
}

QList<Problem> Validator::validate(const Record &record) const
{
    QList<Problem> out;
    const QList<FieldDef> &fields = record.schema().fields();
    for (int i = 0; i < fields.size(); ++i)
        checkField(record.value(i), fields.at(i), out);
    checkCrossField(record, out);
    return out;
}

QList<Problem> Validator::validateField(const Record &record, const FieldDef &field) const
{
    QList<Problem> all = validate(record);
    QList<Problem> out;
    for (const Problem &p : all) {
        if (p.field == field.name)
            out.append(p);
    }
    return out;
}

void Validator::checkField(const QVariant &value, const FieldDef &field, QList<Problem> &out) const
{
    auto problem = [&](const QString &message) { out.append({field.name, message}); };

    if (!value.isValid()) {
        if (field.required)
            problem(tr("is required"));
        return;
    }

    const int maxLength = field.maxLength > 0 ? field.maxLength : defaultMaxLength(field.kind);
    const QString text = value.toString();

    switch (field.kind) {
    case FieldKind::Text:
        if (text.contains(u'\n'))
            problem(tr("must be a single line"));
        [[fallthrough]];
    case FieldKind::LongText:
        if (text.size() > maxLength)
            problem(tr("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(maxLength));
        if (hasNul(text))
            problem(tr("contains a NUL character (U+0000), which no catalogue can store"));
        break;
    case FieldKind::Code:
        if (!isValidCode(text, maxLength))
            problem(tr("\"%1\" is not a valid code: use 2 to %2 capital letters, digits or dashes")
                        .arg(text)
                        .arg(maxLength));
        break;
    case FieldKind::Choice:
        if (!m_reference.contains(field.list, text))
            problem(tr("\"%1\" is not one of the allowed values (%2)")
                        .arg(text, m_reference.codes(field.list).join(u", "_s)));
        break;
    case FieldKind::ChoiceList: {
        const QStringList items = value.toStringList();
        QStringList seen;
        for (const QString &item : items) {
            if (!m_reference.contains(field.list, item))
                problem(tr("\"%1\" is not one of the allowed values (%2)").arg(item, listLabel(field.list)));
            else if (seen.contains(item))
                problem(tr("\"%1\" is listed twice").arg(item));
            seen.append(item);
        }
        if (field.list == u"district" && items.contains(u"all"_s) && items.size() > 1)
            problem(tr("\"all\" cannot be combined with individual districts"));
        break;
    }
    case FieldKind::TextList: {
        const QStringList items = value.toStringList();
        if (items.size() > 100)
            problem(tr("has %1 entries; at most 100 are allowed").arg(items.size()));
        for (const QString &item : items) {
            if (item.size() > maxLength)
                problem(tr("an entry is %1 characters long; at most %2 are allowed").arg(item.size()).arg(maxLength));
            if (item.contains(u';'))
                problem(tr("an entry contains \";\", which separates list entries"));
            if (hasNul(item))
                problem(tr("contains a NUL character (U+0000), which no catalogue can store"));
        }
        break;
    }
    case FieldKind::Boolean:
        break;
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || value.typeId() == QMetaType::QString)
            problem(tr("\"%1\" is not a whole number").arg(text));
        else if (n < 0)
            problem(tr("must not be negative"));
        else if (n > 1'000'000'000'000LL)
            problem(tr("is implausibly large"));
        break;
    }
    case FieldKind::Date:
        if (!isValidDate(text))
            problem(tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(text));
        break;
    case FieldKind::Duration:
        if (!IsoDuration::parse(text))
            problem(tr("\"%1\" is not an ISO 8601 duration such as P10D (10 days) or PT2H (2 hours)").arg(text));
        break;
    case FieldKind::Money:
        if (text.startsWith(u'-'))
            problem(tr("must not be negative"));
        else if (!isValidMoney(text))
            problem(tr("\"%1\" is not an amount in rupees such as 500 or 1250.50").arg(text));
        break;
    case FieldKind::Url:
        if (text.size() > maxLength)
            problem(tr("is longer than %1 characters").arg(maxLength));
        else if (!isValidHttpsUrl(text))
            problem(tr("\"%1\" is not an https:// address").arg(text));
        break;
    case FieldKind::Email:
        if (!isValidEmail(text))
            problem(tr("\"%1\" is not an e-mail address").arg(text));
        break;
    case FieldKind::Phone:
        if (!isValidPhone(text))
            problem(tr("\"%1\" is not a phone number (digits, optionally +, spaces, dashes; 7 to 20 characters)")
                        .arg(text));
        break;
    }
}

void Validator::checkCrossField(const Record &record, QList<Problem> &out) const
{
    if (record.type() == EntityType::Department) {
        if (record.isSet(u"parent_code") && record.text(u"parent_code") == record.text(u"code"))
            out.append({u"parent_code"_s, tr("a department cannot be its own parent")});
        return;
    }

    const QString feeType = record.text(u"fee_type");
    if (feeType == u"fixed" && !record.isSet(u"fee_amount_pkr"))
        out.append({u"fee_amount_pkr"_s, tr("is required when the fee type is fixed")});
    if (feeType == u"free" && record.isSet(u"fee_amount_pkr")) {
        const QString amount = record.text(u"fee_amount_pkr");
        if (isValidMoney(amount) && amount.toDouble() > 0)
            out.append({u"fee_amount_pkr"_s, tr("must be empty when the fee type is free")});
    }

    if (record.flag(u"rts_notified") && !record.isSet(u"rts_time_limit"))
        out.append(
            {u"rts_time_limit"_s, tr("is required for a service notified under the Right to Public Services Act")});

    const int level = ReferenceData::levelRank(record.text(u"digitization_level"));
    const int target = ReferenceData::levelRank(record.text(u"target_level"));
    if (level >= 0 && target >= 0 && target < level)
        out.append({u"target_level"_s, tr("is below the current digitization level")});

    // From L3 on the application can be made online, so an online channel must be named.
    if (level >= 3) {
        const QStringList channels = record.list(u"channels");
        const bool online = channels.contains(u"web-portal"_s) || channels.contains(u"mobile-app"_s)
            || channels.contains(u"dastak"_s);
        if (!online)
            out.append(
                {u"channels"_s, tr("a service at level L3 or above must offer web-portal, mobile-app or dastak")});
    }

    if (record.text(u"state") == u"returned" && !record.isSet(u"review_comment"))
        out.append({u"review_comment"_s, tr("a returned service needs the reviewer's comment")});
}

QString describeProblems(const QList<Problem> &problems)
{
    QStringList parts;
    for (const Problem &p : problems)
        parts.append(p.field + u": "_s + p.message);
    return parts.join(u"; "_s);
}

} // namespace Fehrist::Core
