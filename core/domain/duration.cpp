#include "core/domain/duration.h"

namespace Fehrist::Core {

std::optional<IsoDuration> IsoDuration::parse(QStringView text)
{
    if (text.size() < 3 || text.size() > 40 || text.front() != u'P')
        return std::nullopt;
    IsoDuration d;
    bool inTime = false;
    bool anyPart = false;
    bool timePart = false;
    // Order of designators must be kept: Y M W D, then T, H M S.
    int lastRank = -1;
    qsizetype i = 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'T') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            lastRank = 3;
            ++i;
            continue;
        }
        qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        if (i == start || i >= text.size() || i - start > 6)
            return std::nullopt;
        const int value = text.mid(start, i - start).toInt();
        const QChar unit = text.at(i++);
        int rank = -1;
        int *slot = nullptr;
        if (!inTime) {
            switch (unit.unicode()) {
            case 'Y':
                rank = 0;
                slot = &d.years;
                break;
            case 'M':
                rank = 1;
                slot = &d.months;
                break;
            case 'W':
                rank = 2;
                slot = &d.weeks;
                break;
            case 'D':
                rank = 3;
                slot = &d.days;
                break;
            default:
                return std::nullopt;
            }
        } else {
            switch (unit.unicode()) {
            case 'H':
                rank = 4;
                slot = &d.hours;
                break;
            case 'M':
                rank = 5;
                slot = &d.minutes;
                break;
            case 'S':
                rank = 6;
                slot = &d.seconds;
                break;
            default:
                return std::nullopt;
            }
            timePart = true;
        }
        if (rank <= lastRank)
            return std::nullopt;
        lastRank = rank;
        *slot = value;
        anyPart = true;
    }
    if (!anyPart || (inTime && !timePart))
        return std::nullopt;
    return d;
}

qint64 IsoDuration::approximateSeconds() const
{
    const qint64 day = 86400;
    return years * 365 * day + months * 30 * day + weeks * 7 * day + days * day + hours * 3600LL + minutes * 60LL
        + seconds;
}

} // namespace Fehrist::Core
