// The figures of DESIGN.md §4: folding rules on hand-made numbers, and on the sample catalogue the SQL
// aggregates agree with a count made record by record through the listing API (SQLite and PostgreSQL).
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

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
