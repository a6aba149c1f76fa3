#include "report/charts.h"

#include "core/domain/referencedata.h"
#include "core/io/csv.h"
#include "models/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Models::FigureFormat;
using Fehrist::Models::Headline;
using Fehrist::Models::Palette;

namespace Fehrist::Report {

namespace {

const QList<ReferenceItem> &levels()
{
    return ReferenceData::builtIn().items(u"level"_s);
}

// The names of reference lists: in the user interface's language (Urdu or Pashto) on a right-to-left
// chart, else in English (the report's language).
QString itemName(const ReferenceItem &item, bool local)
{
    return local ? item.label() : item.labelEn;
}

QString categoryName(const QString &code, bool local)
{
    const ReferenceItem *item = ReferenceData::builtIn().item(u"category"_s, code);
    return item ? itemName(*item, local) : code;
}

/// Lays a chart out left to right and mirrors it for a right-to-left reader.
struct Mirror
{
    QRectF area;
    bool rtl = false;

    QRectF operator()(const QRectF &r) const
    {
        return rtl ? QRectF(area.left() + area.right() - r.right(), r.top(), r.width(), r.height()) : r;
    }
    qreal x(qreal x) const { return rtl ? area.left() + area.right() - x : x; }
    // A visual (absolute) alignment: a painter laid out right to left would mirror a logical one again.
    Qt::Alignment align(Qt::Alignment a) const
    {
        if (rtl && (a & Qt::AlignLeft))
            a = (a & ~Qt::AlignLeft) | Qt::AlignRight;
        else if (rtl && (a & Qt::AlignRight))
            a = (a & ~Qt::AlignRight) | Qt::AlignLeft;
        return a | Qt::AlignAbsolute;
    }
};

double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

QFont withSize(QFont font, qreal factor, bool bold = false)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// A bar of a stacked bar chart.
struct BarRow
{
    QString key;
    QString label;
    QMap<QString, qint64> levels;
    qint64 total = 0;
    std::optional<qint64> marker; ///< the declared total
    QString trailing;
    QString toolTip;
};

QString levelBreakdown(const QMap<QString, qint64> &byLevel, const FigureFormat &format)
{
    QStringList parts;
    for (auto it = byLevel.begin(); it != byLevel.end(); ++it)
        parts.append(it.key() + u' ' + format.count(it.value()));
    return parts.join(u" · "_s);
}

QList<BarRow> barRows(ChartKind kind, const CatalogueFigures &f, const ChartStyle &style)
{
    QList<BarRow> rows;
    const FigureFormat &format = style.format;
    if (kind == ChartKind::Departments) {
        for (const DepartmentFigures &d : Charts::sortedDepartments(f, style.order, style.descending)) {
            BarRow r;
            r.key = d.code;
            const QString name = style.urduNames && !d.nameUr.isEmpty() ? d.nameUr : d.nameEn;
            r.label = name.isEmpty() ? d.code : d.code + u"  "_s + name;
            r.levels = d.byLevel;
            r.total = d.services;
            r.marker = d.expected;
            r.trailing = format.count(d.services) + u'/' + (d.expected ? format.count(*d.expected) : u"–"_s) + u" · "_s
                + format.percent(d.onlineShare);
            r.toolTip
                = format
                      .translate("Fehrist::Report::Charts",
                                 "%1 — %2\n%3 services catalogued, %4 declared\n%5\nOnline (%6): %7\nClick to "
                                 "see its services")
                      .arg(d.code, d.nameEn, format.count(d.services),
                           d.expected ? format.count(*d.expected) : format.translate("Fehrist::Report::Charts", "none"),
                           levelBreakdown(d.byLevel, format), format.atOrAbove(f.threshold),
                           format.percent(d.onlineShare));
            rows.append(r);
        }
    } else if (kind == ChartKind::Categories) {
        for (auto it = f.byCategoryLevel.begin(); it != f.byCategoryLevel.end(); ++it) {
            BarRow r;
            r.key = it.key();
            r.label = categoryName(it.key(), style.urduNames);
            r.levels = it.value();
            r.total = f.byCategory.value(it.key());
            qint64 online = 0;
            for (auto l = it.value().begin(); l != it.value().end(); ++l) {
                if (ReferenceData::levelRank(l.key()) >= f.threshold)
                    online += l.value();
            }
            r.trailing = format.count(r.total) + u" · "_s + format.percent(r.total ? double(online) / r.total : 0.0);
            r.toolTip
                = format.translate("Fehrist::Report::Charts", "%1: %2 services\n%3\n%4 of them at %5")
                      .arg(categoryName(it.key(), style.urduNames), format.count(r.total),
                           levelBreakdown(it.value(), format), format.count(online), format.atOrAbove(f.threshold));
            rows.append(r);
        }
        // Largest first, then by name: the distribution reads from the top.
        std::stable_sort(rows.begin(), rows.end(), [](const BarRow &a, const BarRow &b) { return a.total > b.total; });
    }
    const int first = std::clamp(style.firstRow, 0, int(rows.size()));
    const int count
        = style.rowCount < 0 ? int(rows.size()) - first : std::min(style.rowCount, int(rows.size()) - first);
    return rows.mid(first, count);
}

struct Metrics
{
    QFontMetricsF fm;
    qreal line;
    qreal row;
    qreal bar;
    Metrics(const QFont &font, const QPaintDevice *device)
        : fm(device ? QFontMetricsF(font, device) : QFontMetricsF(font)), line(fm.height()), row(line * 1.45),
          bar(line * 0.95)
    { }
};

/// The level legend, flowing over as many lines as the width needs; returns the height used.
qreal paintLegend(QPainter *painter, const QRectF &rect, const ChartStyle &style, int threshold, const Metrics &m,
                  const Mirror &mirror)
{
    qreal x = rect.left(), y = rect.top();
    const qreal swatch = m.line * 0.8, gap = m.line * 0.35, spacing = m.line * 0.9;
    for (const ReferenceItem &level : levels()) {
        const QString text = level.code + u' ' + itemName(level, style.urduNames);
        const qreal w = swatch + gap + m.fm.horizontalAdvance(text);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += m.line * 1.2;
        }
        if (painter) {
            const QRectF box(x, y + (m.line - swatch) / 2, swatch, swatch);
            painter->setPen(Qt::NoPen);
            painter->setBrush(Palette::level(level.code));
            painter->drawRect(mirror(box));
            painter->setPen(ReferenceData::levelRank(level.code) >= threshold ? style.text : style.muted);
            painter->drawText(mirror(QRectF(x + swatch + gap, y, w - swatch - gap, m.line)),
                              int(mirror.align(Qt::AlignLeft | Qt::AlignVCenter)), text);
        }
        x += w + spacing;
    }
    return y + m.line * 1.2 - rect.top() + m.line * 0.4;
}

QList<HitArea> paintBars(ChartKind kind, QPainter &p, const QRectF &rect, const CatalogueFigures &f,
                         const ChartStyle &style)
{
    QList<HitArea> hits;
    const Metrics m(style.font, p.device());
    const Mirror mirror {rect, style.direction == Qt::RightToLeft};
    const QList<BarRow> rows = barRows(kind, f, style);
    qreal top = rect.top();
    if (style.legend)
        top += paintLegend(&p, rect, style, f.threshold, m, mirror);
    if (rows.isEmpty()) {
        p.setPen(style.muted);
        p.drawText(QRectF(rect.left(), top, rect.width(), m.row * 2), Qt::AlignCenter,
                   style.format.translate("Fehrist::Report::Charts", "No services yet"));
        return hits;
    }

    // The scale is shared by every slice of the chart (all rows, not only these), so that pages agree.
    ChartStyle all = style;
    all.firstRow = 0;
    all.rowCount = -1;
    qint64 max = 1;
    qreal labelWidth = 0, trailingWidth = 0;
    for (const BarRow &r : barRows(kind, f, all)) {
        max = std::max({max, r.total, r.marker.value_or(0)});
        labelWidth = std::max(labelWidth, m.fm.horizontalAdvance(r.label));
        trailingWidth = std::max(trailingWidth, m.fm.horizontalAdvance(r.trailing));
    }
    labelWidth = std::min(labelWidth + m.line * 0.5, rect.width() * 0.36);
    trailingWidth += m.line * 0.6;
    const qreal barLeft = rect.left() + labelWidth;
    const qreal barWidth = std::max(rect.width() - labelWidth - trailingWidth, m.line * 4);
    const double step = niceStep(double(max), 8);
    const double scaleMax = std::ceil(double(max) / step) * step;
    auto xOf = [&](double v) { return barLeft + barWidth * v / scaleMax; };
    const qreal chartBottom = top + rows.size() * m.row;

    // Grid and axis labels.
    p.setPen(QPen(style.grid, 0));
    for (double v = 0; v <= scaleMax + 0.5; v += step) {
        const qreal x = mirror.x(xOf(v));
        p.drawLine(QPointF(x, top), QPointF(x, chartBottom));
        p.save();
        p.setPen(style.muted);
        const QString text = style.format.count(qint64(v));
        const qreal w = m.fm.horizontalAdvance(text) + 4;
        p.drawText(QRectF(x - w / 2, chartBottom + m.line * 0.15, w, m.line), Qt::AlignCenter, text);
        p.restore();
    }

    const QRectF labelArea(rect.left(), 0, labelWidth - m.line * 0.4, m.row);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BarRow &r = rows.at(i);
        const qreal y = top + i * m.row;
        const qreal barTop = y + (m.row - m.bar) / 2;
        p.setPen(style.text);
        const QString label = m.fm.elidedText(r.label, Qt::ElideRight, labelArea.width());
        p.drawText(mirror(labelArea.translated(0, y)), int(mirror.align(Qt::AlignRight | Qt::AlignVCenter)), label);

        double start = 0;
        qreal thresholdX = -1;
        for (const ReferenceItem &level : levels()) {
            if (ReferenceData::levelRank(level.code) == f.threshold)
                thresholdX = xOf(start);
            const qint64 n = r.levels.value(level.code);
            if (n <= 0)
                continue;
            const QRectF segment(xOf(start), barTop, xOf(start + double(n)) - xOf(start), m.bar);
            p.fillRect(mirror(segment), Palette::level(level.code));
            start += double(n);
        }
        // The threshold splits the bar: what is digitized lies beyond the white line.
        if (thresholdX > barLeft && thresholdX < xOf(start)) {
            p.setPen(QPen(style.background, std::max<qreal>(1.0, m.line * 0.12)));
            p.drawLine(QPointF(mirror.x(thresholdX), barTop), QPointF(mirror.x(thresholdX), barTop + m.bar));
        }
        if (r.marker && *r.marker > 0) {
            const qreal x = mirror.x(xOf(double(*r.marker)));
            p.setPen(QPen(style.text, std::max<qreal>(1.0, m.line * 0.1)));
            p.drawLine(QPointF(x, barTop - m.bar * 0.2), QPointF(x, barTop + m.bar * 1.2));
        }
        p.setPen(style.muted);
        const qreal trailingLeft = xOf(std::max(start, double(r.marker.value_or(0)))) + m.line * 0.35;
        p.drawText(mirror(QRectF(trailingLeft, y, std::max<qreal>(0, rect.right() - trailingLeft), m.row)),
                   int(mirror.align(Qt::AlignLeft | Qt::AlignVCenter)), r.trailing);
        hits.append({mirror(QRectF(rect.left(), y, rect.width(), m.row)), r.key, r.toolTip});
    }
    return hits;
}

QList<HitArea> paintLevels(QPainter &p, const QRectF &rect, const CatalogueFigures &f, const ChartStyle &style)
{
    QList<HitArea> hits;
    const Metrics m(style.font, p.device());
    const Mirror mirror {rect, style.direction == Qt::RightToLeft};
    qint64 max = 1;
    for (const qint64 n : f.byLevel)
        max = std::max(max, n);
    const qreal top = rect.top() + m.line * 1.6; // the threshold's note and the values above the bars
    const qreal bottom = rect.bottom() - m.line * 2.4; // level codes and names below
    const qreal slot = rect.width() / std::max<qsizetype>(1, levels().size());
    const QFont small = withSize(style.font, 0.85);
    const QFontMetricsF smallFm(small, p.device());
    for (qsizetype i = 0; i < levels().size(); ++i) {
        const ReferenceItem &level = levels().at(i);
        const qint64 n = f.byLevel.value(level.code);
        const qreal h = (bottom - top) * double(n) / double(max);
        const QRectF slotRect(rect.left() + i * slot, rect.top(), slot, rect.height());
        const QRectF bar(slotRect.left() + slot * 0.18, bottom - h, slot * 0.64, h);
        p.fillRect(mirror(bar), Palette::level(level.code));
        p.setPen(style.text);
        const QString share = f.services ? style.format.percent(double(n) / double(f.services)) : QString();
        p.drawText(mirror(QRectF(slotRect.left(), bar.top() - m.line * 1.05, slot, m.line)), Qt::AlignCenter,
                   style.format.count(n));
        p.drawText(mirror(QRectF(slotRect.left(), bottom + m.line * 0.1, slot, m.line)), Qt::AlignCenter, level.code);
        p.setFont(small);
        p.setPen(style.muted);
        const QString name = smallFm.elidedText(itemName(level, style.urduNames), Qt::ElideRight, slot - 2);
        p.drawText(mirror(QRectF(slotRect.left(), bottom + m.line * 1.1, slot, m.line)), Qt::AlignCenter, name);
        p.setFont(style.font);
        hits.append({mirror(slotRect), level.code,
                     style.format.translate("Fehrist::Report::Charts", "%1 %2: %3 services (%4 of the catalogue)")
                         .arg(level.code, itemName(level, style.urduNames), style.format.count(n), share)});
    }
    p.setPen(QPen(style.grid, 0));
    p.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom));
    // The threshold: a dashed line before its level, named.
    if (f.threshold > 0 && f.threshold < levels().size()) {
        const qreal x = mirror.x(rect.left() + f.threshold * slot);
        p.setPen(QPen(style.text, std::max<qreal>(1.0, m.line * 0.08), Qt::DashLine));
        p.drawLine(QPointF(x, rect.top() + m.line * 0.2), QPointF(x, bottom));
        p.setPen(style.text);
        const QString note = style.format.translate("Fehrist::Report::Charts", "digitized: %1")
                                 .arg(style.format.atOrAbove(f.threshold));
        const qreal w = m.fm.horizontalAdvance(note) + m.line * 0.3;
        const qreal gap = m.line * 0.3;
        bool right = !mirror.rtl;
        if (right && x + gap + w > rect.right())
            right = false;
        else if (!right && x - gap - w < rect.left())
            right = true;
        p.drawText(right ? QRectF(x + gap, rect.top(), w, m.line) : QRectF(x - gap - w, rect.top(), w, m.line),
                   int((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::AlignAbsolute), note);
    }
    return hits;
}

QList<HitArea> paintTrend(QPainter &p, const QRectF &rect, const CatalogueFigures &f, const ChartStyle &style)
{
    QList<HitArea> hits;
    const Metrics m(style.font, p.device());
    const Mirror mirror {rect, style.direction == Qt::RightToLeft};
    const QList<Headline> headlines = Headline::of(f, style.format);

    // Legend: one entry per series.
    qreal x = rect.left();
    qreal legendBottom = rect.top() + m.line * 1.2;
    for (const Headline &h : headlines) {
        const QString text = h.title;
        const qreal w = m.line * 1.6 + m.fm.horizontalAdvance(text);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            legendBottom += m.line * 1.2;
        }
        const qreal y = legendBottom - m.line * 1.2;
        p.setPen(QPen(Charts::seriesColour(h.kind), std::max<qreal>(1.5, m.line * 0.15)));
        p.drawLine(QPointF(mirror.x(x), y + m.line / 2), QPointF(mirror.x(x + m.line * 1.1), y + m.line / 2));
        p.setPen(style.text);
        p.drawText(mirror(QRectF(x + m.line * 1.4, y, w, m.line)), int(mirror.align(Qt::AlignLeft | Qt::AlignVCenter)),
                   text);
        x += w + m.line;
    }

    const qreal axisWidth = m.fm.horizontalAdvance(style.format.percent(1.0)) + m.line * 0.5;
    const QRectF plot(rect.left() + axisWidth, legendBottom + m.line * 0.6, rect.width() - axisWidth - m.line,
                      rect.bottom() - legendBottom - m.line * 2.4);
    p.setPen(QPen(style.grid, 0));
    for (int i = 0; i <= 4; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(mirror.x(plot.left()), y), QPointF(mirror.x(plot.right()), y));
        p.save();
        p.setPen(style.muted);
        p.drawText(mirror(QRectF(rect.left(), y - m.line / 2, axisWidth - m.line * 0.3, m.line)),
                   int(mirror.align(Qt::AlignRight | Qt::AlignVCenter)), style.format.percent(i / 4.0));
        p.restore();
    }
    if (f.trend.isEmpty())
        return hits;

    const QDate first = f.trend.constFirst().day, last = f.trend.constLast().day;
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    auto xOf = [&](const QDate &day) {
        if (first == last)
            return mirror.x(plot.center().x());
        return mirror.x(plot.left() + plot.width() * double(first.daysTo(day)) / double(span));
    };
    auto yOf = [&](double share) { return plot.bottom() - plot.height() * std::clamp(share, 0.0, 1.0); };

    // Date labels: the first and last day and up to three between.
    p.setPen(style.muted);
    const int ticks = first == last ? 1 : int(std::min<qint64>(4, span));
    QString previous;
    for (int i = 0; i <= ticks; ++i) {
        const QDate day = first == last ? first : first.addDays(span * i / ticks);
        const QString text = style.format.date(day);
        if (text == previous)
            continue;
        previous = text;
        const qreal w = m.fm.horizontalAdvance(text) + 4;
        qreal left = xOf(day) - w / 2;
        left = std::clamp(left, rect.left(), rect.right() - w);
        p.drawText(QRectF(left, plot.bottom() + m.line * 0.2, w, m.line), Qt::AlignCenter, text);
    }

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Headline &h : headlines) {
        const QColor colour = Charts::seriesColour(h.kind);
        if (h.targetShare) {
            p.setPen(QPen(colour, std::max<qreal>(1.0, m.line * 0.08), Qt::DashLine));
            const qreal y = yOf(*h.targetShare);
            p.drawLine(QPointF(mirror.x(plot.left()), y), QPointF(mirror.x(plot.right()), y));
        }
        QPainterPath path;
        for (qsizetype i = 0; i < h.series.size(); ++i) {
            const QPointF point(xOf(f.trend.at(i).day), yOf(h.series.at(i)));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        p.setPen(QPen(colour, std::max<qreal>(1.5, m.line * 0.16)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        const qreal r = std::max<qreal>(2.0, m.line * 0.18);
        for (qsizetype i = 0; i < h.series.size(); ++i)
            p.drawEllipse(QPointF(xOf(f.trend.at(i).day), yOf(h.series.at(i))), r, r);
    }
    p.restore();

    // Each day answers the pointer with its figures.
    const qreal half = first == last ? plot.width() / 2 : std::max<qreal>(m.line * 0.3, plot.width() / span / 2);
    for (qsizetype i = 0; i < f.trend.size(); ++i) {
        const TrendPoint &t = f.trend.at(i);
        QStringList lines {style.format.date(t.day)};
        for (const Headline &h : headlines)
            lines.append(h.title + u": "_s + style.format.percent(h.series.at(i)));
        hits.append({QRectF(xOf(t.day) - half, plot.top(), 2 * half, plot.height()), FigureFormat::isoDate(t.day),
                     lines.join(u'\n')});
    }
    return hits;
}

QString countsCsv(const QMap<QString, qint64> &byLevel, QStringList cells)
{
    for (const ReferenceItem &level : levels())
        cells.append(QString::number(byLevel.value(level.code)));
    return Csv::row(cells);
}

} // namespace

QString Charts::title(ChartKind kind, const CatalogueFigures &f, const FigureFormat &format)
{
    const QString threshold = format.atOrAbove(f.threshold);
    switch (kind) {
    case ChartKind::Departments:
        return format.translate("Fehrist::Report::Charts", "Departments by digitization level (digitized: %1)")
            .arg(threshold);
    case ChartKind::Levels:
        return format.translate("Fehrist::Report::Charts", "Services by level (digitized: %1)").arg(threshold);
    case ChartKind::Categories:
        return format.translate("Fehrist::Report::Charts", "Services by category and level (digitized: %1)")
            .arg(threshold);
    case ChartKind::Trend:
        return format.translate("Fehrist::Report::Charts", "Trend (digitized: %1)").arg(threshold);
    }
    return {};
}

QString Charts::fileStem(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Departments:
        return u"departments"_s;
    case ChartKind::Levels:
        return u"levels"_s;
    case ChartKind::Categories:
        return u"categories"_s;
    case ChartKind::Trend:
        return u"trend"_s;
    }
    return {};
}

int Charts::rows(ChartKind kind, const CatalogueFigures &f)
{
    switch (kind) {
    case ChartKind::Departments:
        return int(f.byDepartment.size());
    case ChartKind::Categories:
        return int(f.byCategoryLevel.size());
    default:
        return 0;
    }
}

qreal Charts::height(ChartKind kind, const CatalogueFigures &f, const ChartStyle &style, qreal width,
                     const QPaintDevice *device)
{
    const Metrics m(style.font, device);
    switch (kind) {
    case ChartKind::Departments:
    case ChartKind::Categories: {
        const int all = rows(kind, f);
        const int first = std::clamp(style.firstRow, 0, all);
        const int n = style.rowCount < 0 ? all - first : std::min(style.rowCount, all - first);
        const qreal legend = style.legend ? paintLegend(nullptr, QRectF(0, 0, width, 0), style, f.threshold, m, {}) : 0;
        return legend + std::max(n, 2) * m.row + m.line * 1.5;
    }
    case ChartKind::Levels:
        return m.line * 13;
    case ChartKind::Trend:
        return m.line * 15;
    }
    return 0;
}

QList<HitArea> Charts::paint(ChartKind kind, QPainter &painter, const QRectF &rect, const CatalogueFigures &f,
                             const ChartStyle &style)
{
    painter.save();
    painter.setFont(style.font);
    painter.setLayoutDirection(style.direction);
    QList<HitArea> hits;
    switch (kind) {
    case ChartKind::Departments:
    case ChartKind::Categories:
        hits = paintBars(kind, painter, rect, f, style);
        break;
    case ChartKind::Levels:
        hits = paintLevels(painter, rect, f, style);
        break;
    case ChartKind::Trend:
        hits = paintTrend(painter, rect, f, style);
        break;
    }
    painter.restore();
    return hits;
}

QString Charts::csv(ChartKind kind, const CatalogueFigures &f, const ChartStyle &style)
{
    QStringList levelCodes;
    for (const ReferenceItem &level : levels())
        levelCodes.append(level.code);
    QString out;
    switch (kind) {
    case ChartKind::Departments:
        out = Csv::row(QStringList {u"code"_s, u"name_en"_s, u"services"_s, u"expected"_s} + levelCodes
                       + QStringList {u"online_share"_s, u"threshold"_s});
        for (const DepartmentFigures &d : sortedDepartments(f, style.order, style.descending)) {
            QStringList cells {d.code, d.nameEn, QString::number(d.services),
                               d.expected ? QString::number(*d.expected) : QString()};
            for (const QString &level : levelCodes)
                cells.append(QString::number(d.byLevel.value(level)));
            cells << FigureFormat::exact(d.onlineShare) << u"L%1"_s.arg(f.threshold);
            out += Csv::row(cells);
        }
        break;
    case ChartKind::Levels:
        out = Csv::row({u"level"_s, u"name_en"_s, u"services"_s, u"active_services"_s, u"digitized"_s});
        for (const ReferenceItem &level : levels()) {
            out += Csv::row({level.code, level.labelEn, QString::number(f.byLevel.value(level.code)),
                             QString::number(f.activeByLevel.value(level.code)),
                             ReferenceData::levelRank(level.code) >= f.threshold ? u"yes"_s : u"no"_s});
        }
        break;
    case ChartKind::Categories:
        out = Csv::row(QStringList {u"category"_s, u"name_en"_s, u"services"_s} + levelCodes);
        for (auto it = f.byCategoryLevel.begin(); it != f.byCategoryLevel.end(); ++it)
            out += countsCsv(it.value(),
                             {it.key(), categoryName(it.key(), false), QString::number(f.byCategory.value(it.key()))});
        break;
    case ChartKind::Trend:
        out = Csv::row({u"day"_s, u"services"_s, u"active_services"_s, u"expected_services"_s, u"online_share"_s,
                        u"fully_digital_share"_s, u"volume_weighted_share"_s, u"completeness"_s, u"threshold"_s});
        for (const TrendPoint &t : f.trend) {
            out += Csv::row(
                {FigureFormat::isoDate(t.day), QString::number(t.services), QString::number(t.activeServices),
                 QString::number(t.expectedServices), FigureFormat::exact(t.onlineShare),
                 FigureFormat::exact(t.fullyDigitalShare), FigureFormat::exact(t.volumeWeightedShare),
                 t.completeness ? FigureFormat::exact(*t.completeness) : QString(), u"L%1"_s.arg(f.threshold)});
        }
        break;
    }
    return out;
}

QImage Charts::image(ChartKind kind, const CatalogueFigures &f, const ChartStyle &style, int width,
                     qreal devicePixelRatio)
{
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const qreal margin = QFontMetricsF(style.font, &probe).height();
    const qreal h = height(kind, f, style, width - 2 * margin, &probe) + 3 * margin;
    QImage image(QSize(width, int(std::ceil(h))) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.background);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(withSize(style.font, 1.1, true));
    p.setPen(style.text);
    p.setLayoutDirection(style.direction);
    p.drawText(QRectF(margin, margin * 0.5, width - 2 * margin, margin * 1.5),
               int((style.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter
                   | Qt::AlignAbsolute),
               title(kind, f, style.format));
    paint(kind, p, QRectF(margin, margin * 2.2, width - 2 * margin, h - 3 * margin), f, style);
    return image;
}

QList<DepartmentFigures> Charts::sortedDepartments(const CatalogueFigures &f, DepartmentOrder order, bool descending)
{
    QList<DepartmentFigures> out = f.byDepartment; // in code order
    auto key = [order](const DepartmentFigures &d) -> double {
        switch (order) {
        case DepartmentOrder::Services:
            return double(d.services);
        case DepartmentOrder::OnlineShare:
            return d.onlineShare;
        case DepartmentOrder::Completeness:
            return d.completeness.value_or(-1.0);
        case DepartmentOrder::Code:
            break;
        }
        return 0;
    };
    if (order == DepartmentOrder::Code) {
        if (descending)
            std::reverse(out.begin(), out.end());
        return out;
    }
    // Ties keep the code order.
    std::stable_sort(out.begin(), out.end(), [&](const DepartmentFigures &a, const DepartmentFigures &b) {
        return descending ? key(a) > key(b) : key(a) < key(b);
    });
    return out;
}

void Charts::paintShareBar(QPainter &p, const QRectF &rect, double share, std::optional<double> target,
                           const QColor &colour, const ChartStyle &style)
{
    const Mirror mirror {rect, style.direction == Qt::RightToLeft};
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(style.grid);
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    if (share > 0) {
        const QRectF filled(rect.left(), rect.top(), rect.width() * std::clamp(share, 0.0, 1.0), rect.height());
        p.setBrush(colour);
        p.drawRoundedRect(mirror(filled), rect.height() / 2, rect.height() / 2);
    }
    if (target) {
        const qreal x = mirror.x(rect.left() + rect.width() * std::clamp(*target, 0.0, 1.0));
        p.setPen(QPen(style.text, std::max<qreal>(1.5, rect.height() * 0.25)));
        p.drawLine(QPointF(x, rect.top() - rect.height() * 0.5), QPointF(x, rect.bottom() + rect.height() * 0.5));
    }
    p.restore();
}

void Charts::paintSparkline(QPainter &p, const QRectF &rect, const QList<double> &series, const QColor &colour,
                            const ChartStyle &style)
{
    if (series.isEmpty())
        return;
    const Mirror mirror {rect, style.direction == Qt::RightToLeft};
    double low = *std::min_element(series.begin(), series.end());
    double high = *std::max_element(series.begin(), series.end());
    if (high - low < 0.01) { // a flat line in the middle rather than noise magnified
        low -= 0.005;
        high += 0.005;
    }
    QPainterPath path;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const qreal x = series.size() == 1 ? rect.center().x()
                                           : rect.left() + rect.width() * double(i) / double(series.size() - 1);
        const QPointF point(mirror.x(x), rect.bottom() - rect.height() * (series.at(i) - low) / (high - low));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, std::max<qreal>(1.5, rect.height() * 0.06)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    const qreal r = std::max<qreal>(1.5, rect.height() * 0.07);
    p.drawEllipse(path.currentPosition(), r, r);
    p.restore();
}

QColor Charts::seriesColour(Headline::Kind kind)
{
    // From the badges' palette (Okabe–Ito): blue, bluish green, orange, and grey for the catalogue.
    switch (kind) {
    case Headline::Online:
        return Palette::level(u"L4"_s);
    case Headline::FullyDigital:
        return Palette::level(u"L5"_s);
    case Headline::VolumeWeighted:
        return Palette::level(u"L1"_s);
    case Headline::Catalogued:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace Fehrist::Report
