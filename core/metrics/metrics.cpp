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

QMap<QString, qint64> zeroPerLevel()
{
    QMap<QString, qint64> m;
    for (const ReferenceItem &level : ReferenceData::builtIn().items(u"level"_s))
        m.insert(level.code, 0);
    return m;
}

QJsonObject countsJson(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

const QString kThresholdKey = u"digitized_threshold"_s;
const QString kTargetOnlineKey = u"target_online_share"_s;
const QString kTargetFullyDigitalKey = u"target_fully_digital_share"_s;
const QString kTargetVolumeKey = u"target_volume_weighted_share"_s;
const QString kTargetDateKey = u"target_date"_s;

} // namespace

qint64 DepartmentFigures::outstanding() const
{
    return std::max<qint64>(0, std::max(expected.value_or(0), services) - submitted - approved);
}

CatalogueFigures Metrics::fold(const QList<Department> &departments, const QList<ServiceAggregate> &rows, int threshold,
                               const QDate &asOf)
{
    CatalogueFigures f;
    f.threshold = threshold;
    f.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    f.byLevel = zeroPerLevel();
    f.activeByLevel = f.byLevel;
    f.activeVolumeByLevel = f.byLevel;

    QMap<QString, DepartmentFigures> perDepartment;
    for (const Department &d : departments) {
        DepartmentFigures df;
        df.code = d.code();
        df.nameEn = d.nameEn();
        df.nameUr = d.text(u"name_ur");
        if (d.isSet(u"expected_services"))
            df.expected = d.value(u"expected_services").toLongLong();
        df.deadline = QDate::fromString(d.text(u"submission_deadline"), Qt::ISODate);
        df.byLevel = f.byLevel;
        perDepartment.insert(df.code, df);
    }

    for (const ServiceAggregate &row : rows) {
        DepartmentFigures &df = perDepartment[row.departmentCode];
        if (df.code.isEmpty()) {
            df.code = row.departmentCode; // a department deleted under its services
            df.byLevel = zeroPerLevel();
        }
        const int rank = ReferenceData::levelRank(row.level);
        const bool active = row.status == u"active";
        f.services += row.count;
        df.services += row.count;
        f.byLevel[row.level] += row.count;
        df.byLevel[row.level] += row.count;
        f.byCategory[row.category] += row.count;
        QMap<QString, qint64> &categoryLevels = f.byCategoryLevel[row.category];
        if (categoryLevels.isEmpty())
            categoryLevels = zeroPerLevel();
        categoryLevels[row.level] += row.count;
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
        f.activeByLevel[row.level] += row.count;
        f.activeVolumeByLevel[row.level] += row.volume;
        if (rank >= threshold) {
            f.onlineServices += row.count;
            f.onlineVolume += row.volume;
            df.online += row.count;
        }
        if (rank >= kFullyDigitalLevel)
            f.fullyDigitalServices += row.count;
    }

    for (DepartmentFigures &df : perDepartment) {
        if (df.expected && *df.expected > 0)
            df.completeness = double(df.services) / double(*df.expected);
        df.onlineShare = share(df.online, df.activeServices);
        df.nothingSubmitted = df.submitted + df.approved + df.returned == 0;
        if (df.deadline.isValid() && df.deadline < f.asOf && df.outstanding() > 0) {
            df.pastDeadline = true;
            df.daysPastDeadline = df.deadline.daysTo(f.asOf);
        }
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

Result<CatalogueFigures> Metrics::compute(Store &store, const FigureRequest &request)
{
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    int level = kDefaultThreshold;
    if (request.threshold) {
        level = *request.threshold;
    } else {
        auto setting = threshold(store);
        if (!setting)
            return setting.error();
        level = *setting;
    }
    auto targetSettings = targets(store);
    if (!targetSettings)
        return targetSettings.error();
    auto snapshots = store.snapshots();
    if (!snapshots)
        return snapshots.error();

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
    CatalogueFigures f = fold(*departments, *rows, level, request.asOf);
    f.targets = *targetSettings;

    // The trend: the days kept before asOf, then asOf itself from the figures just computed (so that
    // the last point is the headline, whether or not today's snapshot has been written yet).
    for (const FigureSnapshot &s : *snapshots) {
        const QDate day = QDate::fromString(s.day, Qt::ISODate);
        if (day.isValid() && day < f.asOf)
            f.trend.append(CatalogueFigures::trendPoint(day, s.figures, level));
    }
    f.trend.append(CatalogueFigures::trendPoint(f.asOf, f.snapshotJson(), level));
    return f;
}

Status Metrics::recordSnapshot(Store &store, const CatalogueFigures &figures)
{
    return store.saveSnapshot(figures.asOf.toString(Qt::ISODate), figures.snapshotJson());
}

Result<int> Metrics::threshold(Store &store)
{
    auto value = store.meta(kThresholdKey);
    if (!value)
        return value.error();
    const int rank = ReferenceData::levelRank(*value);
    return rank >= 0 ? rank : kDefaultThreshold;
}

Status Metrics::setThreshold(Store &store, int threshold)
{
    if (threshold < 0 || threshold > 6)
        return Error {u"invalid"_s, u"the threshold is a level from L0 to L6"_s, kThresholdKey};
    return store.setMeta(kThresholdKey, u"L%1"_s.arg(threshold));
}

Result<Targets> Metrics::targets(Store &store)
{
    Targets t;
    for (const auto &[key, target] :
         {std::pair {kTargetOnlineKey, &t.onlineShare}, std::pair {kTargetFullyDigitalKey, &t.fullyDigitalShare},
          std::pair {kTargetVolumeKey, &t.volumeWeightedShare}}) {
        auto value = store.meta(key);
        if (!value)
            return value.error();
        bool ok = false;
        const double v = value->toDouble(&ok);
        if (ok)
            *target = v;
    }
    auto by = store.meta(kTargetDateKey);
    if (!by)
        return by.error();
    t.by = QDate::fromString(*by, Qt::ISODate);
    return t;
}

Status Metrics::setTargets(Store &store, const Targets &targets)
{
    // An empty value (not a null one: the column is NOT NULL) clears a target.
    auto text = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : u""_s; };
    for (const auto &[key, value] :
         {std::pair {kTargetOnlineKey, text(targets.onlineShare)},
          std::pair {kTargetFullyDigitalKey, text(targets.fullyDigitalShare)},
          std::pair {kTargetVolumeKey, text(targets.volumeWeightedShare)},
          std::pair {kTargetDateKey, targets.by.isValid() ? targets.by.toString(Qt::ISODate) : u""_s}}) {
        if (Status s = store.setMeta(key, value); !s)
            return s;
    }
    return success();
}

QJsonObject CatalogueFigures::snapshotJson() const
{
    return QJsonObject {
        {u"departments"_s, departments},
        {u"services"_s, services},
        {u"active_services"_s, activeServices},
        {u"expected_services"_s, expectedServices},
        {u"active_by_level"_s, countsJson(activeByLevel)},
        {u"active_volume_by_level"_s, countsJson(activeVolumeByLevel)},
    };
}

TrendPoint CatalogueFigures::trendPoint(const QDate &day, const QJsonObject &snapshot, int threshold)
{
    TrendPoint p;
    p.day = day;
    p.services = snapshot.value(u"services"_s).toInteger();
    p.activeServices = snapshot.value(u"active_services"_s).toInteger();
    p.expectedServices = snapshot.value(u"expected_services"_s).toInteger();
    const QJsonObject counts = snapshot.value(u"active_by_level"_s).toObject();
    const QJsonObject volumes = snapshot.value(u"active_volume_by_level"_s).toObject();
    qint64 online = 0, fully = 0, volume = 0, onlineVolume = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const int rank = ReferenceData::levelRank(it.key());
        const qint64 n = it.value().toInteger();
        const qint64 v = volumes.value(it.key()).toInteger();
        volume += v;
        if (rank >= threshold) {
            online += n;
            onlineVolume += v;
        }
        if (rank >= kFullyDigitalLevel)
            fully += n;
    }
    p.onlineShare = share(online, p.activeServices);
    p.fullyDigitalShare = share(fully, p.activeServices);
    p.volumeWeightedShare = share(onlineVolume, volume);
    if (p.expectedServices > 0)
        p.completeness = double(p.services) / double(p.expectedServices);
    return p;
}

QJsonObject CatalogueFigures::toJson() const
{
    QJsonArray departmentsJson;
    QJsonArray nothingSubmitted, pastDeadline;
    for (const DepartmentFigures &d : byDepartment) {
        departmentsJson.append(QJsonObject {
            {u"code"_s, d.code},
            {u"name_en"_s, d.nameEn},
            {u"name_ur"_s, d.nameUr.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.nameUr)},
            {u"services"_s, d.services},
            {u"expected"_s, d.expected ? QJsonValue(*d.expected) : QJsonValue(QJsonValue::Null)},
            {u"completeness"_s, optionalJson(d.completeness)},
            {u"active_services"_s, d.activeServices},
            {u"online_services"_s, d.online},
            {u"online_share"_s, d.onlineShare},
            {u"draft"_s, d.draft},
            {u"submitted"_s, d.submitted},
            {u"approved"_s, d.approved},
            {u"returned"_s, d.returned},
            {u"by_level"_s, countsJson(d.byLevel)},
            {u"submission_deadline"_s, dateJson(d.deadline)},
            {u"outstanding"_s, d.outstanding()},
            {u"nothing_submitted"_s, d.nothingSubmitted},
            {u"past_deadline"_s, d.pastDeadline},
            {u"days_past_deadline"_s, d.daysPastDeadline},
        });
        if (d.nothingSubmitted)
            nothingSubmitted.append(d.code);
        if (d.pastDeadline)
            pastDeadline.append(d.code);
    }
    QJsonObject categoryLevels;
    for (auto it = byCategoryLevel.begin(); it != byCategoryLevel.end(); ++it)
        categoryLevels.insert(it.key(), countsJson(it.value()));
    QJsonArray trendJson;
    for (const TrendPoint &p : trend) {
        trendJson.append(QJsonObject {
            {u"day"_s, dateJson(p.day)},
            {u"services"_s, p.services},
            {u"active_services"_s, p.activeServices},
            {u"expected_services"_s, p.expectedServices},
            {u"online_share"_s, p.onlineShare},
            {u"fully_digital_share"_s, p.fullyDigitalShare},
            {u"volume_weighted_share"_s, p.volumeWeightedShare},
            {u"completeness"_s, optionalJson(p.completeness)},
        });
    }
    return QJsonObject {
        {u"threshold"_s, u"L%1"_s.arg(threshold)},
        {u"fully_digital_level"_s, u"L%1"_s.arg(kFullyDigitalLevel)},
        {u"as_of"_s, dateJson(asOf)},
        {u"departments"_s, departments},
        {u"services"_s, services},
        {u"active_services"_s, activeServices},
        {u"online_services"_s, onlineServices},
        {u"fully_digital_services"_s, fullyDigitalServices},
        {u"expected_services"_s, expectedServices},
        {u"completeness"_s, optionalJson(completeness)},
        {u"online_share"_s, onlineShare},
        {u"fully_digital_share"_s, fullyDigitalShare},
        {u"volume_weighted_share"_s, volumeWeightedShare},
        {u"by_level"_s, countsJson(byLevel)},
        {u"by_category"_s, countsJson(byCategory)},
        {u"by_state"_s, countsJson(byState)},
        {u"by_category_level"_s, categoryLevels},
        {u"active_by_level"_s, countsJson(activeByLevel)},
        {u"active_volume_by_level"_s, countsJson(activeVolumeByLevel)},
        {u"by_department"_s, departmentsJson},
        {u"compliance"_s, QJsonObject {{u"nothing_submitted"_s, nothingSubmitted}, {u"past_deadline"_s, pastDeadline}}},
        {u"targets"_s,
         QJsonObject {{u"online_share"_s, optionalJson(targets.onlineShare)},
                      {u"fully_digital_share"_s, optionalJson(targets.fullyDigitalShare)},
                      {u"volume_weighted_share"_s, optionalJson(targets.volumeWeightedShare)},
                      {u"by"_s, dateJson(targets.by)}}},
        {u"trend"_s, trendJson},
    };
}

} // namespace Fehrist::Core
