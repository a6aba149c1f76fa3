// The departments' figures table: what the dashboard shows, the report prints and "Export as CSV"
// writes, checked against hand-made figures and by QAbstractItemModelTester.
#include "core/io/csv.h"
#include "core/metrics/metrics.h"
#include "models/departmentfiguresmodel.h"
#include "tests/support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Models::DepartmentFiguresModel;

namespace {

Core::CatalogueFigures figures()
{
    auto department = [](const QString &code, qint64 expected, const QString &deadline) {
        Core::Department d = Test::makeDepartment(code);
        d.setValue(u"expected_services"_s, expected);
        d.setValue(u"name_ur"_s, u"محکمہ"_s);
        if (!deadline.isEmpty())
            d.setValue(u"submission_deadline"_s, deadline);
        return d;
    };
    const QList<Core::ServiceAggregate> rows {
        {u"DONE"_s, u"L4"_s, u"active"_s, u"approved"_s, u"health"_s, 2, 0},
        {u"IDLE"_s, u"L0"_s, u"active"_s, u"draft"_s, u"health"_s, 1, 0},
        {u"LATE"_s, u"L1"_s, u"active"_s, u"submitted"_s, u"education"_s, 1, 0},
        {u"LATE"_s, u"L5"_s, u"active"_s, u"approved"_s, u"education"_s, 1, 0},
        {u"LATE"_s, u"L2"_s, u"active"_s, u"draft"_s, u"health"_s, 1, 0},
        {u"WIP"_s, u"L3"_s, u"active"_s, u"submitted"_s, u"other"_s, 1, 0},
        {u"WIP"_s, u"L0"_s, u"active"_s, u"draft"_s, u"other"_s, 1, 0},
    };
    return Core::Metrics::fold({department(u"DONE"_s, 2, u"2026-01-10"_s), department(u"IDLE"_s, 3, u"2026-03-01"_s),
                                department(u"LATE"_s, 4, u"2026-01-20"_s), department(u"WIP"_s, 2, {})},
                               rows, 3, QDate(2026, 2, 1));
}

} // namespace

class TestDepartmentFiguresModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryDepartmentFormatted()
    {
        DepartmentFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFormat(Models::FigureFormat(QLocale(QLocale::English, QLocale::UnitedStates)));
        model.setFigures(figures());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(DepartmentFiguresModel::ColumnCount));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(2, DepartmentFiguresModel::Code), u"LATE"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Services), u"3"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Expected), u"4"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Completeness), u"75.00 %"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Online), u"33.33 %"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Deadline), u"2026-01-20"_s);
        QCOMPARE(text(2, DepartmentFiguresModel::Compliance), u"Past deadline (12 days); 2 to submit"_s);
        QCOMPARE(text(1, DepartmentFiguresModel::Compliance), u"Nothing submitted"_s);
        QCOMPARE(text(0, DepartmentFiguresModel::Compliance), u"All submitted"_s);
        QCOMPARE(text(3, DepartmentFiguresModel::Compliance), u"1 to submit"_s);
        QCOMPARE(text(3, DepartmentFiguresModel::Deadline), u"–"_s);
        QCOMPARE(model.headerData(DepartmentFiguresModel::Online, Qt::Horizontal).toString(), u"Online ≥ L3"_s);
        QCOMPARE(model.index(2, DepartmentFiguresModel::Name).data(Qt::ToolTipRole).toString(), u"محکمہ"_s);
        QVERIFY(model.index(2, DepartmentFiguresModel::Compliance).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(2, DepartmentFiguresModel::Services).data(DepartmentFiguresModel::CodeRole).toString(),
                 u"LATE"_s);
    }

    void sortsNumbersAsNumbersAndUrgencyFirst()
    {
        DepartmentFiguresModel model;
        model.setFigures(figures());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DepartmentFiguresModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DepartmentFiguresModel::Compliance, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"LATE"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"IDLE"_s);
        proxy.sort(DepartmentFiguresModel::Online, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"DONE"_s); // 100 %
        QCOMPARE(proxy.index(1, 0).data().toString(), u"WIP"_s); // 50 %, above LATE's 33 % (not as text)
        QCOMPARE(proxy.index(3, 0).data().toString(), u"IDLE"_s); // 0 %
    }

    void csvHasTheRawFigures()
    {
        DepartmentFiguresModel model;
        const Core::CatalogueFigures f = figures();
        model.setFigures(f);
        auto rows = Core::Csv::parse(model.toCsv().toUtf8(), u"departments.csv"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 5);
        const QStringList header = rows->at(0).cells;
        const QStringList late = rows->at(3).cells;
        auto cell = [&](const QString &column) { return late.at(header.indexOf(column)); };
        QCOMPARE(cell(u"code"_s), u"LATE"_s);
        QCOMPARE(cell(u"online_share"_s).toDouble(), f.byDepartment.at(2).onlineShare); // exact, not rounded
        QCOMPARE(cell(u"completeness"_s), u"0.75"_s);
        QCOMPARE(cell(u"past_deadline"_s), u"yes"_s);
        QCOMPARE(cell(u"days_past_deadline"_s), u"12"_s);
        QCOMPARE(cell(u"threshold"_s), u"L3"_s);
        QCOMPARE(rows->at(4).cells.at(header.indexOf(u"submission_deadline"_s)), QString());
    }
};

QTEST_MAIN(TestDepartmentFiguresModel)
#include "tst_departmentfiguresmodel.moc"
