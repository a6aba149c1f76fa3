#pragma once

#include "core/metrics/metrics.h"

#include <QLocale>

namespace Fehrist::Models {

/// How figures read, in the dashboard and in the report alike: percentages with two decimals (as
/// `fehrist-cli stats` prints them), counts with the locale's digit grouping, ISO dates.
class FigureFormat
{
public:
    FigureFormat() = default;
    explicit FigureFormat(const QLocale &locale) : m_locale(locale) { }

    const QLocale &locale() const { return m_locale; }
    QString percent(double fraction) const; ///< 0.2955 → "29.55 %"
    QString percent(const std::optional<double> &fraction) const; ///< "–" when absent
    QString count(qint64 n) const;
    /// A change of a share in percentage points: "+1.20 pts", "−0.50 pts", "±0.00 pts".
    QString points(double deltaFraction) const;
    static QString date(const QDate &day); ///< YYYY-MM-DD
    static QString days(qint64 n); ///< "1 day", "12 days"
    /// "L3 and above": how every figure that depends on the threshold names it.
    static QString atOrAbove(int level);
    /// The fixed form for files (CSV): the shortest text that reads back as the same double.
    static QString exact(double value);

private:
    QLocale m_locale;
};

/// One headline figure as the dashboard's cards and the report's first page show it.
struct Headline
{
    enum Kind { Online, FullyDigital, VolumeWeighted, Catalogued };

    Kind kind = Online;
    QString key; ///< online, fully_digital, volume_weighted, catalogued (object names, CSV)
    QString title; ///< "Online (L3 and above)"
    QString value; ///< "29.55 %"
    QString detail; ///< "29 of 96 active services"
    QString trend; ///< "▲ +1.20 pts since 2026-11-20", or that the trend starts today
    QString target; ///< "Target 50.00 % by 2027-06-30", or that none is set
    double share = 0;
    std::optional<double> targetShare;
    QList<double> series; ///< the trend's values, oldest first, for a sparkline
    int level = -1; ///< the level whose colour the figure takes

    /// The four headline figures of DESIGN.md §4, in the order they are shown.
    static QList<Headline> of(const Core::CatalogueFigures &figures, const FigureFormat &format);
};

} // namespace Fehrist::Models
