// The charts painted on images: one bar per department in the order asked, the badges' colours, a mirror
// image for right-to-left readers, the trend day by day, and the numbers behind each chart as CSV.
#include "core/io/csv.h"
#include "core/metrics/metrics.h"
#include "models/palette.h"
#include "report/charts.h"
#include "tests/support/fixtures.h"

#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Report::ChartKind;
using Report::Charts;
using Report::ChartStyle;

namespace {

Core::CatalogueFigures figures()
{
    QList<Core::Department> departments;
    QList<Core::ServiceAggregate> rows;
    for (int d = 0; d < 6; ++d) {
        const QString code = u"D%1"_s.arg(d);
        departments.append(Test::makeDepartment(code));
        // Department d has d + 1 services at L0 and d services at L5.
        rows.append({code, u"L0"_s, u"active"_s, u"draft"_s, u"health"_s, d + 1, 10});
        if (d > 0)
            rows.append({code, u"L5"_s, u"active"_s, u"approved"_s, u"education"_s, d, 100});
    }
    Core::CatalogueFigures f = Core::Metrics::fold(departments, rows, 3, QDate(2026, 3, 1));
    for (int day = 0; day < 3; ++day) {
        Core::TrendPoint p;
        p.day = QDate(2026, 2, 1).addDays(day * 7);
        p.onlineShare = 0.1 * day;
        f.trend.prepend(p);
    }
    std::sort(f.trend.begin(), f.trend.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return f;
}

struct Painted
{
    QImage image;
    QList<Report::HitArea> hits;
};

Painted paint(ChartKind kind, const Core::CatalogueFigures &f, const ChartStyle &style, int width = 800)
{
    const qreal h = Charts::height(kind, f, style, width);
    Painted out {QImage(width, int(h) + 1, QImage::Format_ARGB32), {}};
    out.image.fill(Qt::white);
    QPainter p(&out.image);
    out.hits = Charts::paint(kind, p, QRectF(0, 0, width, h), f, style);
    return out;
}

/// The leftmost and rightmost x of a colour along row y.
std::pair<int, int> extent(const QImage &image, int y, const QColor &colour)
{
    int left = -1, right = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, y) == colour) {
            if (left < 0)
                left = x;
            right = x;
        }
    }
    return {left, right};
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void departmentBarsInTheOrderAskedInTheBadgesColours()
    {
        const Core::CatalogueFigures f = figures();
        ChartStyle style;
        Painted byCode = paint(ChartKind::Departments, f, style);
        QCOMPARE(byCode.hits.size(), 6);
        for (int d = 0; d < 6; ++d)
            QCOMPARE(byCode.hits.at(d).key, u"D%1"_s.arg(d));
        QVERIFY(byCode.hits.at(2).toolTip.contains(u"D2"_s));

        // D5 has the most services: the longest L0 (vermillion) and L5 (green) runs.
        const int y5 = int(byCode.hits.at(5).rect.center().y()), y0 = int(byCode.hits.at(0).rect.center().y());
        const auto l0In5 = extent(byCode.image, y5, Models::Palette::level(u"L0"_s));
        const auto l5In5 = extent(byCode.image, y5, Models::Palette::level(u"L5"_s));
        const auto l0In0 = extent(byCode.image, y0, Models::Palette::level(u"L0"_s));
        QVERIFY(l0In5.first >= 0 && l5In5.first >= 0 && l0In0.first >= 0);
        QVERIFY(l5In5.first > l0In5.second); // stacked L0 first, then L5
        QVERIFY(l0In5.second - l0In5.first > 4 * (l0In0.second - l0In0.first)); // 6 services against 1
        QCOMPARE(extent(byCode.image, y0, Models::Palette::level(u"L5"_s)).first, -1); // D0 has no L5

        style.order = Report::DepartmentOrder::Services;
        style.descending = true;
        Painted bySize = paint(ChartKind::Departments, f, style);
        QCOMPARE(bySize.hits.first().key, u"D5"_s);
        QCOMPARE(bySize.hits.last().key, u"D0"_s);

        // A slice (a page of the report) keeps the scale of the whole chart.
        style.firstRow = 4;
        style.rowCount = 2;
        style.legend = false;
        Painted slice = paint(ChartKind::Departments, f, style);
        QCOMPARE(slice.hits.size(), 2);
        QCOMPARE(slice.hits.at(0).key, u"D1"_s);
    }

    void rightToLeftMirrorsTheBars()
    {
        const Core::CatalogueFigures f = figures();
        ChartStyle ltr;
        ChartStyle rtl;
        rtl.direction = Qt::RightToLeft;
        const Painted a = paint(ChartKind::Departments, f, ltr);
        const Painted b = paint(ChartKind::Departments, f, rtl);
        const int y = int(a.hits.at(5).rect.center().y());
        const QColor l0 = Models::Palette::level(u"L0"_s), l5 = Models::Palette::level(u"L5"_s);
        const auto l0Ltr = extent(a.image, y, l0), l0Rtl = extent(b.image, y, l0);
        const auto l5Rtl = extent(b.image, y, l5);
        const auto l5Ltr = extent(a.image, y, l5);
        QVERIFY(l0Ltr.first >= 0 && l0Rtl.first >= 0);
        QVERIFY(l0Ltr.second < l5Ltr.first); // left to right: labels, L0, then L5
        QVERIFY(l5Rtl.second < l0Rtl.first); // right to left: labels, L0, then L5 further left
        QVERIFY(std::abs(l0Rtl.second - (799 - l0Ltr.first)) <= 1); // the mirror image of each other
        QVERIFY(std::abs(l5Rtl.first - (799 - l5Ltr.second)) <= 1);

        // Levels: L0 at the right; the trend's first day at the right.
        const Painted levels = paint(ChartKind::Levels, f, rtl);
        QVERIFY(levels.hits.first().rect.left() > levels.hits.last().rect.left());
        const Painted trend = paint(ChartKind::Trend, f, rtl);
        QCOMPARE(trend.hits.size(), 3);
        QVERIFY(trend.hits.first().rect.center().x() > trend.hits.last().rect.center().x());
        const Painted trendLtr = paint(ChartKind::Trend, f, ltr);
        QVERIFY(trendLtr.hits.first().rect.center().x() < trendLtr.hits.last().rect.center().x());
    }

    void levelsAndCategories()
    {
        const Core::CatalogueFigures f = figures();
        const Painted levels = paint(ChartKind::Levels, f, {});
        QCOMPARE(levels.hits.size(), 7);
        QCOMPARE(levels.hits.at(0).key, u"L0"_s);
        QVERIFY(levels.hits.at(0).toolTip.contains(u"21 services"_s));
        const Painted categories = paint(ChartKind::Categories, f, {});
        QCOMPARE(categories.hits.size(), 2);
        QCOMPARE(categories.hits.at(0).key, u"health"_s); // 21 services, the larger first
        QCOMPARE(Charts::rows(ChartKind::Categories, f), 2);
    }

    void csvOfEachChart()
    {
        const Core::CatalogueFigures f = figures();
        auto parse = [](const QString &csv) { return Core::Csv::parse(csv.toUtf8(), u"chart.csv"_s).value(); };
        const auto departments = parse(Charts::csv(ChartKind::Departments, f, {}));
        QCOMPARE(departments.size(), 7);
        const QStringList header = departments.at(0).cells;
        QCOMPARE(departments.at(6).cells.at(header.indexOf(u"L0"_s)), u"6"_s);
        QCOMPARE(departments.at(6).cells.at(header.indexOf(u"L5"_s)), u"5"_s);
        QCOMPARE(departments.at(6).cells.at(header.indexOf(u"online_share"_s)).toDouble(), 5.0 / 11.0);
        const auto levels = parse(Charts::csv(ChartKind::Levels, f, {}));
        QCOMPARE(levels.size(), 8);
        QCOMPARE(levels.at(6).cells.mid(0, 3), (QStringList {u"L5"_s, u"Fully digital"_s, u"15"_s}));
        const auto trend = parse(Charts::csv(ChartKind::Trend, f, {}));
        QCOMPARE(trend.size(), 4);
        QCOMPARE(trend.at(1).cells.at(0), u"2026-02-01"_s);
        const auto categories = parse(Charts::csv(ChartKind::Categories, f, {}));
        QCOMPARE(categories.size(), 3);
    }

    void emptyCatalogue()
    {
        const Core::CatalogueFigures f = Core::Metrics::fold({}, {});
        for (ChartKind kind : {ChartKind::Departments, ChartKind::Levels, ChartKind::Categories, ChartKind::Trend}) {
            const Painted p = paint(kind, f, {});
            QVERIFY(!p.image.isNull());
        }
        QVERIFY(paint(ChartKind::Departments, f, {}).hits.isEmpty());
        const QImage png = Charts::image(ChartKind::Levels, figures(), {}, 600);
        QCOMPARE(png.width(), 1200); // twice the pixels, for sharp text
        QVERIFY(png.height() > 200);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
