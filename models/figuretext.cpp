#include "models/figuretext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

FigureFormat::FigureFormat(const QLocale &locale)
    : m_locale(locale), m_translated(locale.language() != QLocale::English && locale.language() != QLocale::C)
{ }

QString FigureFormat::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (m_translated)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    // The English text, with %n as QCoreApplication::translate() fills it in.
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%Ln"_s, m_locale.toString(n)).replace(u"%n"_s, QString::number(n));
    return text;
}

QString FigureFormat::percent(double fraction) const
{
    // "29.55 %" as fehrist-cli prints it; in Urdu and Pashto the sign sticks to the number, which then
    // stays one unit when a right-to-left line is reordered ("29.55%", "۲۹٫۵۵٪").
    const QString number = m_locale.toString(fraction * 100.0, 'f', 2);
    return number + (m_translated ? QString() : u" "_s) + m_locale.percent();
}

QString FigureFormat::percent(const std::optional<double> &fraction) const
{
    return fraction ? percent(*fraction) : u"–"_s;
}

QString FigureFormat::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString FigureFormat::points(double deltaFraction) const
{
    const double points = deltaFraction * 100.0;
    const QString magnitude = m_locale.toString(std::abs(points), 'f', 2);
    const QString sign = magnitude == m_locale.toString(0.0, 'f', 2) ? u"±"_s : points > 0 ? u"+"_s : u"−"_s;
    return translate("Fehrist::Models::FigureFormat", "%1 pts", "percentage points").arg(sign + magnitude);
}

QString FigureFormat::days(qint64 n) const
{
    return n == 1 ? translate("Fehrist::Models::FigureFormat", "1 day")
                  : translate("Fehrist::Models::FigureFormat", "%1 days").arg(count(n));
}

QString FigureFormat::date(const QDate &day) const
{
    if (!m_translated || !day.isValid())
        return isoDate(day);
    // Qt's short dates have two-digit years in Urdu; its long ones the weekday too.
    return m_locale.toString(day, u"d MMMM yyyy"_s);
}

QString FigureFormat::isoDate(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : u"–"_s;
}

QString FigureFormat::atOrAbove(int level) const
{
    // The level is a code (L3): its digit stays Latin in every language.
    return translate("Fehrist::Models::FigureFormat", "L%1 and above").arg(level);
}

QString FigureFormat::exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QList<Headline> Headline::of(const CatalogueFigures &f, const FigureFormat &format)
{
    // The trend compares with the latest day kept at least a week before the figures' day, or else the
    // earliest one: a change over days, not since this morning.
    const TrendPoint *reference = nullptr;
    for (qsizetype i = 0; i + 1 < f.trend.size(); ++i) {
        const TrendPoint &p = f.trend.at(i);
        if (!reference || p.day.daysTo(f.asOf) >= 7)
            reference = &p;
    }
    auto trendText = [&](auto value) {
        if (!reference)
            return format.translate("Fehrist::Models::Headline", "Trend starts %1").arg(format.date(f.asOf));
        const double delta = value(f.trend.constLast()) - value(*reference);
        const QString arrow = delta > 0 ? u"▲"_s : delta < 0 ? u"▼"_s : u"■"_s;
        return format.translate("Fehrist::Models::Headline", "%1 %2 since %3")
            .arg(arrow, format.points(delta), format.date(reference->day));
    };
    auto series = [&](auto value) {
        QList<double> out;
        for (const TrendPoint &p : f.trend)
            out.append(value(p));
        return out;
    };
    auto targetText = [&](const std::optional<double> &target) {
        if (!target)
            return format.translate("Fehrist::Models::Headline", "No target set");
        if (f.targets.by.isValid())
            return format.translate("Fehrist::Models::Headline", "Target %1 by %2")
                .arg(format.percent(*target), format.date(f.targets.by));
        return format.translate("Fehrist::Models::Headline", "Target %1").arg(format.percent(*target));
    };
    const QString active = format.translate("Fehrist::Models::Headline", "%1 of %2 active services");

    QList<Headline> out;
    Headline online;
    online.kind = Online;
    online.key = u"online"_s;
    online.title = format.translate("Fehrist::Models::Headline", "Online (%1)").arg(format.atOrAbove(f.threshold));
    online.value = format.percent(f.onlineShare);
    online.detail = active.arg(format.count(f.onlineServices), format.count(f.activeServices));
    online.share = f.onlineShare;
    online.targetShare = f.targets.onlineShare;
    online.target = targetText(f.targets.onlineShare);
    online.trend = trendText([](const TrendPoint &p) { return p.onlineShare; });
    online.series = series([](const TrendPoint &p) { return p.onlineShare; });
    online.level = f.threshold;
    out.append(online);

    Headline fully;
    fully.kind = FullyDigital;
    fully.key = u"fully_digital"_s;
    fully.title
        = format.translate("Fehrist::Models::Headline", "Fully digital (%1)").arg(format.atOrAbove(kFullyDigitalLevel));
    fully.value = format.percent(f.fullyDigitalShare);
    fully.detail = active.arg(format.count(f.fullyDigitalServices), format.count(f.activeServices));
    fully.share = f.fullyDigitalShare;
    fully.targetShare = f.targets.fullyDigitalShare;
    fully.target = targetText(f.targets.fullyDigitalShare);
    fully.trend = trendText([](const TrendPoint &p) { return p.fullyDigitalShare; });
    fully.series = series([](const TrendPoint &p) { return p.fullyDigitalShare; });
    fully.level = kFullyDigitalLevel;
    out.append(fully);

    Headline volume;
    volume.kind = VolumeWeighted;
    volume.key = u"volume_weighted"_s;
    volume.title
        = format.translate("Fehrist::Models::Headline", "Volume-weighted (%1)").arg(format.atOrAbove(f.threshold));
    volume.value = format.percent(f.volumeWeightedShare);
    volume.detail = format.translate("Fehrist::Models::Headline", "%1 of %2 applications a year")
                        .arg(format.count(f.onlineVolume), format.count(f.activeVolume));
    volume.share = f.volumeWeightedShare;
    volume.targetShare = f.targets.volumeWeightedShare;
    volume.target = targetText(f.targets.volumeWeightedShare);
    volume.trend = trendText([](const TrendPoint &p) { return p.volumeWeightedShare; });
    volume.series = series([](const TrendPoint &p) { return p.volumeWeightedShare; });
    volume.level = f.threshold;
    out.append(volume);

    Headline catalogued;
    catalogued.kind = Catalogued;
    catalogued.key = u"catalogued"_s;
    catalogued.title = format.translate("Fehrist::Models::Headline", "Catalogued against declared");
    catalogued.value = format.percent(f.completeness);
    catalogued.detail = f.expectedServices > 0
        ? format.translate("Fehrist::Models::Headline", "%1 of %2 declared services")
              .arg(format.count(f.services), format.count(f.expectedServices))
        : format.translate("Fehrist::Models::Headline", "%1 services; no department has declared a total")
              .arg(format.count(f.services));
    catalogued.share = f.completeness.value_or(0);
    catalogued.targetShare = f.expectedServices > 0 ? std::optional<double>(1.0) : std::nullopt;
    catalogued.target = f.expectedServices > 0
        ? format.translate("Fehrist::Models::Headline", "Target: every declared service")
        : format.translate("Fehrist::Models::Headline", "No target set");
    catalogued.trend = trendText([](const TrendPoint &p) { return p.completeness.value_or(0); });
    catalogued.series = series([](const TrendPoint &p) { return p.completeness.value_or(0); });
    out.append(catalogued);
    return out;
}

} // namespace Fehrist::Models
