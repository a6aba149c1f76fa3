#include "core/domain/fields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

FieldDef f(const QString &name, FieldKind kind, bool required = false, int maxLength = 0, const QString &list = {})
{
    return FieldDef {name, kind, required, maxLength, list, false};
}

FieldDef managed(const QString &name, FieldKind kind, const QString &list = {})
{
    return FieldDef {name, kind, false, 0, list, true};
}

QList<FieldDef> departmentFields()
{
    using K = FieldKind;
    return {
        f(u"code"_s, K::Code, true, 12),
        f(u"name_en"_s, K::Text, true, 220),
        f(u"name_ur"_s, K::Text, false, 220),
        f(u"parent_code"_s, K::Code, false, 12),
        f(u"secretary"_s, K::Text, false, 220),
        f(u"focal_person"_s, K::Text, false, 220),
        f(u"email"_s, K::Email),
        f(u"phone"_s, K::Phone),
        f(u"website"_s, K::Url),
        f(u"expected_services"_s, K::Integer),
        f(u"submission_deadline"_s, K::Date),
        f(u"notes"_s, K::LongText, false, 4000),
        f(u"active"_s, K::Boolean),
    };
}

QList<FieldDef> serviceFields()
{
    using K = FieldKind;
    return {
        // identity
        f(u"department_code"_s, K::Code, true, 12),
        f(u"code"_s, K::Code, true, 24),
        f(u"name_en"_s, K::Text, true, 220),
        f(u"name_ur"_s, K::Text, false, 220),
        f(u"description"_s, K::LongText, true, 4000),
        // classification
        f(u"category"_s, K::Choice, true, 0, u"category"_s),
        f(u"audience"_s, K::ChoiceList, false, 0, u"audience"_s),
        f(u"life_events"_s, K::TextList, false, 120),
        f(u"keywords"_s, K::TextList, false, 60),
        // how it is obtained
        f(u"eligibility"_s, K::LongText, false, 2000),
        f(u"required_documents"_s, K::TextList, false, 300),
        f(u"output_type"_s, K::Choice, false, 0, u"output_type"_s),
        f(u"fee_type"_s, K::Choice, false, 0, u"fee_type"_s),
        f(u"fee_amount_pkr"_s, K::Money),
        f(u"fee_notes"_s, K::LongText, false, 1000),
        f(u"processing_time"_s, K::Duration),
        f(u"channels"_s, K::ChoiceList, false, 0, u"channel"_s),
        f(u"online_url"_s, K::Url),
        f(u"districts"_s, K::ChoiceList, false, 0, u"district"_s),
        // Right to Public Services Act 2014
        f(u"rts_notified"_s, K::Boolean),
        f(u"rts_time_limit"_s, K::Duration),
        f(u"designated_officer"_s, K::Text, false, 220),
        f(u"appellate_authority"_s, K::Text, false, 220),
        // digitization
        f(u"digitization_level"_s, K::Choice, true, 0, u"level"_s),
        f(u"digitization_notes"_s, K::LongText, false, 2000),
        f(u"target_level"_s, K::Choice, false, 0, u"level"_s),
        f(u"target_date"_s, K::Date),
        f(u"annual_volume"_s, K::Integer),
        // other
        f(u"legal_basis"_s, K::LongText, false, 1000),
        f(u"contact_phone"_s, K::Phone),
        f(u"contact_email"_s, K::Email),
        f(u"status"_s, K::Choice, true, 0, u"status"_s),
        f(u"last_verified"_s, K::Date),
        // workflow (DESIGN.md §5): moved by submit/review, never by editing
        managed(u"state"_s, K::Choice, u"state"_s),
        managed(u"submitted_at"_s, K::Text),
        managed(u"submitted_by"_s, K::Text),
        managed(u"reviewed_at"_s, K::Text),
        managed(u"reviewed_by"_s, K::Text),
        managed(u"review_comment"_s, K::LongText),
    };
}

} // namespace

Schema::Schema(EntityType type, QList<FieldDef> fields) : m_type(type), m_fields(std::move(fields))
{
    for (int i = 0; i < m_fields.size(); ++i)
        m_byName.append({m_fields.at(i).name, i});
    std::sort(m_byName.begin(), m_byName.end());
}

const Schema &Schema::of(EntityType type)
{
    static const Schema departments(EntityType::Department, departmentFields());
    static const Schema services(EntityType::Service, serviceFields());
    return type == EntityType::Department ? departments : services;
}

QString Schema::tableName() const
{
    return m_type == EntityType::Department ? u"departments"_s : u"services"_s;
}

QString Schema::entityName() const
{
    return m_type == EntityType::Department ? u"department"_s : u"service"_s;
}

const FieldDef *Schema::field(QStringView name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_fields.at(i);
}

int Schema::indexOf(QStringView name) const
{
    const auto it
        = std::lower_bound(m_byName.begin(), m_byName.end(), name,
                           [](const std::pair<QString, int> &entry, QStringView n) { return entry.first < n; });
    return it != m_byName.end() && it->first == name ? it->second : -1;
}

QStringList Schema::fieldNames() const
{
    QStringList names;
    names.reserve(m_fields.size());
    for (const FieldDef &def : m_fields)
        names.append(def.name);
    return names;
}

} // namespace Fehrist::Core
