#pragma once

#include <QString>

#include <optional>

namespace Fehrist::Core {

/// An ISO 8601 duration as used for processing times and RTS limits: PnYnMnWnDTnHnMnS with whole
/// numbers, at least one part, and a T before any time part ("P10D", "PT2H", "P1DT12H").
struct IsoDuration
{
    int years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;

    static std::optional<IsoDuration> parse(QStringView text);
    /// Approximate length in seconds (a month counts 30 days, a year 365), for sorting and comparing.
    qint64 approximateSeconds() const;
};

} // namespace Fehrist::Core
