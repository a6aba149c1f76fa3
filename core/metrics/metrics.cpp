#include "core/metrics/metrics.h"

#include "core/domain/referencedata.h"

#include <QJsonArray>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

CatalogueFigures Metrics::fold(const QList<Department> &departments, const QList<ServiceAggregate> &rows, int threshold)
{
    CatalogueFigures f;
    f.threshold = threshold;
    for (const ReferenceItem &level : ReferenceData::builtIn().items(u"level"_s))
        f.byLevel.insert(level.code, 0);

    QMap<QString, DepartmentFigures> perDepartment;
    for (const Department &d : departments) {
        DepartmentFigures df;
        df.code = d.code();
        df.nameEn = d.nameEn();
        if (d.isSet(u"expected_services"))
            df.expected = d.value(u"expected_services").toLongLong();
        perDepartment.insert(df.code, df);
    }

    for (const ServiceAggregate &row : rows) {
        DepartmentFigures &df = perDepartment[row.departmentCode];
        if (df.code.isEmpty())
            df.code = row.departmentCode; // a department deleted under its services
        const int rank = ReferenceData::levelRank(row.level);
        const bool active = row.status == u"active";
        f.services += row.count;
        df.services += row.count;
        f.byLevel[row.level] += row.count;
        f.byCategory[row.category] += row.count;
        f.byState[row.state] += row.count;
        if (row.state == u"draft")
            df.draft += row.count;
        else if (row.state == u"submitted")
            df.submitted += row.count;
        else if (row.state == u"approved")
            df.approved += row.count;
        else if (row.state == u"returned")
            df.returned += row.count;
        if (!active)
            continue;
        f.activeServices += row.count;
        df.activeServices += row.count;
        f.activeVolume += row.volume;
        if (rank >= threshold) {
            f.onlineServices += row.count;
            f.onlineVolume += row.volume;
            df.online += row.count;
        }
        if (rank >= 5)
            f.fullyDigitalServices += row.count;
    }

    for (DepartmentFigures &df : perDepartment) {
        if (df.expected && *df.expected > 0)
            df.completeness = double(df.services) / double(*df.expected);
        df.onlineShare = share(df.online, df.activeServices);
        if (df.expected)
            f.expectedServices += *df.expected;
        f.byDepartment.append(df);
    }
    f.departments = departments.size();
    f.onlineShare = share(f.onlineServices, f.activeServices);
    f.fullyDigitalShare = share(f.fullyDigitalServices, f.activeServices);
    f.volumeWeightedShare = share(f.onlineVolume, f.activeVolume);
    if (f.expectedServices > 0)
        f.completeness = double(f.services) / double(f.expectedServices);
    return f;
}

Result<CatalogueFigures> Metrics::compute(Store &store, int threshold)
{
    auto departments = store.departments();
    if (!departments)
        return departments.error();

    // The grouped scan is CPU-bound in the engine (about 0.2 µs a service). With two or more cores and
    // enough departments, the second half of the departments is aggregated on a second connection in a
    // second thread at the same time: a million services stay well inside a dashboard refresh.
    const bool split = departments->size() >= 8 && QThread::idealThreadCount() >= 2;
    const QString middle = split ? departments->at(departments->size() / 2).code() : QString();
    Result<QList<ServiceAggregate>> second = QList<ServiceAggregate>();
    std::thread worker;
    if (split) {
        worker = std::thread([&second, &store, middle] {
            auto other = Store::open(store.url(), OpenMode::ExistingOnly);
            if (!other) {
                second = other.error();
                return;
            }
            second = (*other)->serviceAggregates(middle, {});
        });
    }
    auto rows = store.serviceAggregates({}, middle);
    if (worker.joinable())
        worker.join();
    if (!rows)
        return rows.error();
    if (!second)
        return second.error();
    rows->append(*second);
    return fold(*departments, *rows, threshold);
}

QJsonObject CatalogueFigures::toJson() const
{
    auto optional = [](const auto &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    auto counts = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonArray departmentsJson;
    for (const DepartmentFigures &d : byDepartment) {
        departmentsJson.append(QJsonObject {
            {u"code"_s, d.code},
            {u"name_en"_s, d.nameEn},
            {u"services"_s, d.services},
            {u"expected"_s, d.expected ? QJsonValue(*d.expected) : QJsonValue(QJsonValue::Null)},
            {u"completeness"_s, optional(d.completeness)},
            {u"active_services"_s, d.activeServices},
            {u"online_services"_s, d.online},
            {u"online_share"_s, d.onlineShare},
            {u"draft"_s, d.draft},
            {u"submitted"_s, d.submitted},
            {u"approved"_s, d.approved},
            {u"returned"_s, d.returned},
        });
    }
    return QJsonObject {
        {u"threshold"_s, u"L%1"_s.arg(threshold)},
        {u"departments"_s, departments},
        {u"services"_s, services},
        {u"active_services"_s, activeServices},
        {u"online_services"_s, onlineServices},
        {u"fully_digital_services"_s, fullyDigitalServices},
        {u"expected_services"_s, expectedServices},
        {u"completeness"_s, optional(completeness)},
        {u"online_share"_s, onlineShare},
        {u"fully_digital_share"_s, fullyDigitalShare},
        {u"volume_weighted_share"_s, volumeWeightedShare},
        {u"by_level"_s, counts(byLevel)},
        {u"by_category"_s, counts(byCategory)},
        {u"by_state"_s, counts(byState)},
        {u"by_department"_s, departmentsJson},
    };
}

} // namespace Fehrist::Core
