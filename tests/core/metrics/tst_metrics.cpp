// The figures of DESIGN.md §4: folding rules on hand-made numbers, and on the sample catalogue the SQL
// aggregates agree with a count made record by record through the listing API (SQLite and PostgreSQL).
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace {

FigureRequest request(std::optional<int> threshold, const QDate &asOf = {})
{
    FigureRequest r;
    r.threshold = threshold;
    r.asOf = asOf;
    return r;
}

} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldCountsActiveServicesAtTheThreshold()
    {
        Department dc = Fehrist::Test::makeDepartment(u"DC"_s);
        dc.setValue(u"expected_services"_s, qint64(8));
        Department none = Fehrist::Test::makeDepartment(u"NONE"_s);
        none.setValue(u"expected_services"_s, QVariant());
        const QList<ServiceAggregate> rows {
            {u"DC"_s, u"L0"_s, u"active"_s, u"draft"_s, u"health"_s, 2, 100},
            {u"DC"_s, u"L3"_s, u"active"_s, u"approved"_s, u"health"_s, 1, 300},
            {u"DC"_s, u"L5"_s, u"active"_s, u"submitted"_s, u"other"_s, 1, 600},
            {u"DC"_s, u"L6"_s, u"planned"_s, u"draft"_s, u"other"_s, 1, 5000}, // not active: no share
        };
        const CatalogueFigures f = Metrics::fold({dc, none}, rows);
        QCOMPARE(f.departments, 2);
        QCOMPARE(f.services, 5);
        QCOMPARE(f.activeServices, 4);
        QCOMPARE(f.onlineServices, 2);
        QCOMPARE(f.onlineShare, 0.5);
        QCOMPARE(f.fullyDigitalShare, 0.25);
        QCOMPARE(f.volumeWeightedShare, 900.0 / 1000.0);
        QCOMPARE(f.byLevel.value(u"L0"_s), 2);
        QCOMPARE(f.byLevel.value(u"L2"_s), 0); // every level is listed
        QCOMPARE(f.byLevel.size(), 7);
        QCOMPARE(f.byCategory.value(u"other"_s), 2);
        QCOMPARE(f.byState.value(u"draft"_s), 3);
        QCOMPARE(f.expectedServices, 8);
        QCOMPARE(*f.completeness, 5.0 / 8.0);
        QCOMPARE(f.byDepartment.size(), 2);
        const DepartmentFigures &d = f.byDepartment.at(0);
        QCOMPARE(d.code, u"DC"_s);
        QCOMPARE(d.submitted, 1);
        QCOMPARE(d.approved, 1);
        QCOMPARE(d.onlineShare, 0.5);
        QCOMPARE(*d.completeness, 5.0 / 8.0);
        QVERIFY(!f.byDepartment.at(1).completeness.has_value()); // nothing declared
        QCOMPARE(f.byDepartment.at(1).services, 0);

        const CatalogueFigures l5 = Metrics::fold({dc}, rows, 5);
        QCOMPARE(l5.onlineShare, 0.25);
        const CatalogueFigures empty = Metrics::fold({}, {});
        QCOMPARE(empty.onlineShare, 0.0); // no division by zero
    }

    void foldJudgesSubmissionsAndDeadlines()
    {
        auto department = [](const QString &code, qint64 expected, const QString &deadline) {
            Department d = Fehrist::Test::makeDepartment(code);
            d.setValue(u"expected_services"_s, expected);
            if (!deadline.isEmpty())
                d.setValue(u"submission_deadline"_s, deadline);
            return d;
        };
        // LATE: 4 expected, 2 sent by a deadline past; IDLE: nothing sent, deadline ahead; DONE: all
        // expected approved, deadline past; RET: only a returned service, no deadline.
        const QList<Department> departments {department(u"DONE"_s, 2, u"2026-01-10"_s),
                                             department(u"IDLE"_s, 3, u"2026-03-01"_s),
                                             department(u"LATE"_s, 4, u"2026-01-20"_s), department(u"RET"_s, 1, {})};
        const QList<ServiceAggregate> rows {
            {u"DONE"_s, u"L4"_s, u"active"_s, u"approved"_s, u"health"_s, 2, 0},
            {u"IDLE"_s, u"L0"_s, u"active"_s, u"draft"_s, u"health"_s, 1, 0},
            {u"LATE"_s, u"L1"_s, u"active"_s, u"submitted"_s, u"education"_s, 1, 0},
            {u"LATE"_s, u"L5"_s, u"active"_s, u"approved"_s, u"education"_s, 1, 0},
            {u"LATE"_s, u"L2"_s, u"active"_s, u"draft"_s, u"health"_s, 1, 0},
            {u"RET"_s, u"L2"_s, u"active"_s, u"returned"_s, u"other"_s, 1, 0},
        };
        const CatalogueFigures f = Metrics::fold(departments, rows, 3, QDate(2026, 2, 1));
        QCOMPARE(f.asOf, QDate(2026, 2, 1));
        QHash<QString, DepartmentFigures> by;
        for (const DepartmentFigures &d : f.byDepartment)
            by.insert(d.code, d);
        QVERIFY(!by[u"DONE"_s].pastDeadline); // everything expected is approved
        QCOMPARE(by[u"DONE"_s].outstanding(), 0);
        QVERIFY(!by[u"DONE"_s].nothingSubmitted);
        QVERIFY(by[u"IDLE"_s].nothingSubmitted);
        QVERIFY(!by[u"IDLE"_s].pastDeadline); // not yet
        QVERIFY(by[u"LATE"_s].pastDeadline);
        QCOMPARE(by[u"LATE"_s].daysPastDeadline, 12);
        QCOMPARE(by[u"LATE"_s].outstanding(), 2);
        QCOMPARE(by[u"LATE"_s].deadline, QDate(2026, 1, 20));
        QVERIFY(!by[u"RET"_s].nothingSubmitted); // a returned service was submitted once
        QVERIFY(!by[u"RET"_s].pastDeadline); // no deadline
        QCOMPARE(by[u"RET"_s].outstanding(), 1); // but it is to be submitted again

        // Levels per department and per category, every level listed.
        QCOMPARE(by[u"LATE"_s].byLevel.size(), 7);
        QCOMPARE(by[u"LATE"_s].byLevel.value(u"L5"_s), 1);
        QCOMPARE(by[u"LATE"_s].byLevel.value(u"L3"_s), 0);
        QCOMPARE(f.byCategoryLevel.value(u"education"_s).value(u"L1"_s), 1);
        QCOMPARE(f.byCategoryLevel.value(u"health"_s).value(u"L4"_s), 2);
        QCOMPARE(f.byCategoryLevel.value(u"health"_s).size(), 7);

        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(u"as_of"_s).toString(), u"2026-02-01"_s);
        QCOMPARE(json.value(u"compliance"_s).toObject().value(u"past_deadline"_s).toArray(), QJsonArray {u"LATE"_s});
        QCOMPARE(json.value(u"compliance"_s).toObject().value(u"nothing_submitted"_s).toArray(),
                 QJsonArray {u"IDLE"_s});
        const QJsonObject late = json.value(u"by_department"_s).toArray().at(2).toObject();
        QCOMPARE(late.value(u"code"_s).toString(), u"LATE"_s);
        QCOMPARE(late.value(u"days_past_deadline"_s).toInteger(), 12);
        QCOMPARE(late.value(u"submission_deadline"_s).toString(), u"2026-01-20"_s);
    }

    void settingsSnapshotsAndTrend()
    {
        Fehrist::Test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto opened = Store::open(db.url());
        QVERIFY(opened.ok());
        Store &store = **opened;
        QVERIFY(store.saveDepartment(Fehrist::Test::makeDepartment(u"DC"_s)).ok());
        QList<Service> services;
        for (int i = 0; i < 6; ++i) {
            Service s = Fehrist::Test::makeService(u"DC"_s, u"S%1"_s.arg(i));
            s.setValue(u"digitization_level"_s, u"L%1"_s.arg(i));
            if (i >= 3)
                s.setValue(u"channels"_s, QStringList {u"web-portal"_s});
            s.setValue(u"annual_volume"_s, qint64(100 * (i + 1)));
            services.append(s);
        }
        QVERIFY(store.saveServices(services).ok());

        // The threshold is a catalogue setting, L3 until changed; a request may override it.
        QCOMPARE(*Metrics::threshold(store), 3);
        QCOMPARE(Metrics::compute(store)->threshold, 3);
        QVERIFY(Metrics::setThreshold(store, 4).ok());
        QCOMPARE(Metrics::compute(store)->threshold, 4);
        QCOMPARE(Metrics::compute(store)->onlineServices, 2);
        QCOMPARE(Metrics::compute(store, request(1))->onlineServices, 5);
        QVERIFY(!Metrics::setThreshold(store, 7).ok());
        QVERIFY(Metrics::setThreshold(store, 3).ok());

        // Targets: none until set; set and cleared again.
        QVERIFY(Metrics::targets(store)->isEmpty());
        Targets targets;
        targets.onlineShare = 0.6;
        targets.volumeWeightedShare = 0.75;
        targets.by = QDate(2027, 6, 30);
        QVERIFY(Metrics::setTargets(store, targets).ok());
        QCOMPARE(*Metrics::targets(store), targets);
        QCOMPARE(Metrics::compute(store)->targets, targets);
        QCOMPARE(Metrics::compute(store)->toJson().value(u"targets"_s).toObject().value(u"by"_s).toString(),
                 u"2027-06-30"_s);

        // Day 1: figures at every threshold, and a snapshot (written twice: the day keeps the last).
        const QDate day1(2026, 3, 1), day2(2026, 3, 8);
        QList<CatalogueFigures> atDay1;
        for (int t = 0; t <= 6; ++t)
            atDay1.append(*Metrics::compute(store, request(t, day1)));
        QVERIFY(Metrics::recordSnapshot(store, atDay1.at(3)).ok());
        QVERIFY(Metrics::recordSnapshot(store, atDay1.at(3)).ok());
        QCOMPARE(store.snapshots()->size(), 1);
        QCOMPARE(store.snapshots()->at(0).day, u"2026-03-01"_s);

        // The catalogue moves on: two services go online, one more service.
        for (const QString &key : {u"DC/S1"_s, u"DC/S2"_s}) {
            Service s = *store.service(key);
            s.setValue(u"digitization_level"_s, u"L3"_s);
            s.setValue(u"channels"_s, QStringList {u"web-portal"_s});
            QVERIFY(store.saveService(s).ok());
        }
        QVERIFY(store.saveService(Fehrist::Test::makeService(u"DC"_s, u"NEW"_s)).ok());

        // Day 2: the trend has day 1 as it was, at whatever threshold, and day 2 as the headline.
        for (int t = 0; t <= 6; ++t) {
            const CatalogueFigures f = *Metrics::compute(store, request(t, day2));
            QCOMPARE(f.trend.size(), 2);
            const TrendPoint &then = f.trend.at(0);
            const CatalogueFigures &was = atDay1.at(t);
            QCOMPARE(then.day, day1);
            QCOMPARE(then.services, was.services);
            QCOMPARE(then.onlineShare, was.onlineShare);
            QCOMPARE(then.fullyDigitalShare, was.fullyDigitalShare);
            QCOMPARE(then.volumeWeightedShare, was.volumeWeightedShare);
            QCOMPARE(then.completeness, was.completeness);
            const TrendPoint &now = f.trend.at(1);
            QCOMPARE(now.day, day2);
            QCOMPARE(now.services, f.services);
            QCOMPARE(now.onlineShare, f.onlineShare);
            QCOMPARE(now.fullyDigitalShare, f.fullyDigitalShare);
            QCOMPARE(now.volumeWeightedShare, f.volumeWeightedShare);
            QCOMPARE(now.completeness, f.completeness);
        }
        QCOMPARE(Metrics::compute(store, request({}, day2))->trend.at(1).onlineShare, 5.0 / 7.0);

        // Figures as of a day before every snapshot show no later day.
        QCOMPARE(Metrics::compute(store, request({}, QDate(2026, 2, 1)))->trend.size(), 1);
        const QJsonArray trend = Metrics::compute(store, request({}, day2))->toJson().value(u"trend"_s).toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toObject().value(u"day"_s).toString(), u"2026-03-01"_s);
    }

    void sampleFiguresMatchARecordByRecordCount()
    {
        Fehrist::Test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = Store::open(db.url());
        QVERIFY(store.ok());
        auto loaded = SampleCatalogue::load(**store);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        auto figures = Metrics::compute(**store);
        QVERIFY(figures.ok());

        qint64 services = 0, active = 0, online = 0, fully = 0, volume = 0, onlineVolume = 0;
        QHash<QString, qint64> perDepartment, submittedPerDepartment;
        ServiceCursor cursor;
        for (;;) {
            auto page = (*store)->services({}, cursor, 37);
            QVERIFY(page.ok());
            for (const Service &s : page->services) {
                ++services;
                ++perDepartment[s.departmentCode()];
                if (s.state() == u"submitted")
                    ++submittedPerDepartment[s.departmentCode()];
                if (s.text(u"status") != u"active")
                    continue;
                const int rank = ReferenceData::levelRank(s.level());
                const qint64 v = s.value(u"annual_volume").toLongLong();
                ++active;
                volume += v;
                if (rank >= 3) {
                    ++online;
                    onlineVolume += v;
                }
                if (rank >= 5)
                    ++fully;
            }
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        QCOMPARE(figures->services, services);
        QCOMPARE(figures->activeServices, active);
        QCOMPARE(figures->onlineServices, online);
        QCOMPARE(figures->fullyDigitalServices, fully);
        QCOMPARE(figures->onlineShare, double(online) / double(active));
        QCOMPARE(figures->volumeWeightedShare, double(onlineVolume) / double(volume));
        for (const DepartmentFigures &d : figures->byDepartment) {
            QCOMPARE(d.services, perDepartment.value(d.code));
            QCOMPARE(d.submitted, submittedPerDepartment.value(d.code));
        }

        // The sample has the shape the programme reported (SAMPLE-CATALOGUE.md).
        QCOMPARE(figures->departments, 26);
        QCOMPARE(figures->services, 106);
        QVERIFY2(figures->onlineShare > 0.27 && figures->onlineShare < 0.33,
                 qPrintable(QString::number(figures->onlineShare)));
        for (const QString &level : figures->byLevel.keys())
            QVERIFY2(figures->byLevel.value(level) > 0, qPrintable(level));
        for (const QString &state : {u"draft"_s, u"submitted"_s, u"approved"_s, u"returned"_s})
            QVERIFY2(figures->byState.value(state) > 0, qPrintable(state));
        int departmentsWithNothingSubmitted = 0;
        for (const DepartmentFigures &d : figures->byDepartment)
            departmentsWithNothingSubmitted += (d.submitted + d.approved + d.returned == 0) ? 1 : 0;
        QVERIFY(departmentsWithNothingSubmitted >= 2);
        QVERIFY(!SampleCatalogue::label(**store).isEmpty());
        // The sample is local: nothing of it waits to be pushed to a server.
        QCOMPARE(*(*store)->pendingChanges(), 0);
        // And it loads only into an empty catalogue.
        QCOMPARE(SampleCatalogue::load(**store).error().code, u"not-empty"_s);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
