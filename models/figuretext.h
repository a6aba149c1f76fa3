#pragma once

#include "core/metrics/metrics.h"

#include <QLocale>

namespace Fehrist::Models {

/// How figures read, in the dashboard and in the report alike: percentages with two decimals (as
/// `fehrist-cli stats` prints them), counts with the locale's digits and grouping, and the words around
/// them in the locale's language. An English locale (the report's) keeps the English texts and ISO
/// dates whatever language the window is in; another (Urdu, Pashto) takes the translations installed for
/// the user interface and names the month ("27 نومبر 2026").
class FigureFormat
{
public:
    FigureFormat() : FigureFormat(QLocale()) { }
    explicit FigureFormat(const QLocale &locale);

    const QLocale &locale() const { return m_locale; }
    /// Whether texts are translated: the locale is not English.
    bool isTranslated() const { return m_translated; }
    /// A text in the format's language. Written as format.translate("Context", "text") so that lupdate
    /// finds it like QCoreApplication::translate().
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;
    QString percent(double fraction) const; ///< 0.2955 → "29.55 %"
    QString percent(const std::optional<double> &fraction) const; ///< "–" when absent
    QString count(qint64 n) const;
    /// A change of a share in percentage points: "+1.20 pts", "−0.50 pts", "±0.00 pts".
    QString points(double deltaFraction) const;
    QString date(const QDate &day) const; ///< YYYY-MM-DD, or with the month's name when translated
    QString days(qint64 n) const; ///< "1 day", "12 days"
    /// "L3 and above": how every figure that depends on the threshold names it.
    QString atOrAbove(int level) const;
    /// YYYY-MM-DD whatever the language: file names, CSV.
    static QString isoDate(const QDate &day);
    /// The fixed form for files (CSV): the shortest text that reads back as the same double.
    static QString exact(double value);

private:
    QLocale m_locale;
    bool m_translated = false;
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
