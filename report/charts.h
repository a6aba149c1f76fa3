#pragma once

#include "core/metrics/metrics.h"
#include "models/figuretext.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace Fehrist::Report {

enum class ChartKind {
    Departments, ///< one bar per department, stacked by level, with its declared total marked
    Levels, ///< services per level, the threshold marked
    Categories, ///< one bar per category, stacked by level
    Trend, ///< the headline shares day by day, with their targets
};

enum class DepartmentOrder { Code, Services, OnlineShare, Completeness };

/// How a chart is drawn: on a widget, its font and palette; in the report, print sizes.
struct ChartStyle
{
    QFont font;
    QColor text {0x20, 0x20, 0x20};
    QColor muted {0x60, 0x60, 0x60};
    QColor grid {0xD8, 0xD8, 0xD8};
    QColor background {0xFF, 0xFF, 0xFF};
    /// Right to left: bars grow from the right, labels stand on the right, time runs leftwards.
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool urduNames = false; ///< department and category names in Urdu where known
    DepartmentOrder order = DepartmentOrder::Code;
    bool descending = false;
    int firstRow = 0; ///< a slice of a long bar chart (the report continues it on the next page)
    int rowCount = -1; ///< -1: to the end
    bool legend = true;
    Models::FigureFormat format;
};

/// A part of a painted chart that answers the pointer: a department's bar, a level, a day.
struct HitArea
{
    QRectF rect;
    QString key; ///< department code, level code, category code or YYYY-MM-DD
    QString toolTip;
};

/// The dashboard's charts, painted with QPainter on any paint device — a widget, an image (PNG
/// export) or a PDF page — so that the dashboard and the report draw exactly the same thing from the
/// same figures, and `fehrist-cli report` needs Qt Gui only. Colours come from Models::Palette, the
/// palette of the level badges.
class Charts
{
public:
    /// The chart's title, in the language of `format` (the report's is English).
    static QString title(ChartKind kind, const Core::CatalogueFigures &figures, const Models::FigureFormat &format);
    static QString fileStem(ChartKind kind); ///< departments, levels, categories, trend
    /// Bars of a bar chart (departments, categories); 0 for the others.
    static int rows(ChartKind kind, const Core::CatalogueFigures &figures);
    /// The height the chart needs at `width` (for bar charts: the rows of style's slice).
    static qreal height(ChartKind kind, const Core::CatalogueFigures &figures, const ChartStyle &style, qreal width,
                        const QPaintDevice *device = nullptr);
    static QList<HitArea> paint(ChartKind kind, QPainter &painter, const QRectF &rect,
                                const Core::CatalogueFigures &figures, const ChartStyle &style);
    /// The chart's numbers, as RFC 4180 CSV with a header row (shares as fractions).
    static QString csv(ChartKind kind, const Core::CatalogueFigures &figures, const ChartStyle &style);
    /// The chart on a white image `width` logical pixels wide, for PNG export.
    static QImage image(ChartKind kind, const Core::CatalogueFigures &figures, const ChartStyle &style, int width,
                        qreal devicePixelRatio = 2.0);

    static QList<Core::DepartmentFigures> sortedDepartments(const Core::CatalogueFigures &figures,
                                                            DepartmentOrder order, bool descending);
    /// A horizontal bar filled to `share` (0–1) with the target marked.
    static void paintShareBar(QPainter &painter, const QRectF &rect, double share, std::optional<double> target,
                              const QColor &colour, const ChartStyle &style);
    /// A small line of a series of shares (0–1), oldest first.
    static void paintSparkline(QPainter &painter, const QRectF &rect, const QList<double> &series, const QColor &colour,
                               const ChartStyle &style);
    /// The colour of each headline figure's series: online, fully digital, volume-weighted, catalogued.
    static QColor seriesColour(Models::Headline::Kind kind);
};

} // namespace Fehrist::Report
