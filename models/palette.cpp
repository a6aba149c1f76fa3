#include "models/palette.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Models {

QColor Palette::level(const QString &level)
{
    // From "nothing online" (vermillion) through informational (orange, yellow) to online (sky blue,
    // blue) and fully digital (bluish green, and reddish purple for connected).
    static const QColor colours[]
        = {QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x56, 0xB4, 0xE9),
           QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7)};
    if (level.size() == 2 && level.at(0) == u'L') {
        const int n = level.at(1).digitValue();
        if (n >= 0 && n <= 6)
            return colours[n];
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor Palette::state(const QString &state)
{
    if (state == u"draft")
        return QColor(0x99, 0x99, 0x99);
    if (state == u"submitted")
        return QColor(0x56, 0xB4, 0xE9);
    if (state == u"approved")
        return QColor(0x00, 0x9E, 0x73);
    if (state == u"returned")
        return QColor(0xD5, 0x5E, 0x00);
    return QColor(0xBB, 0xBB, 0xBB);
}

QColor Palette::textOn(const QColor &background)
{
    // Relative luminance, roughly (sRGB weights): dark text on light badges.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QFont Palette::urduFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({u"Noto Naskh Arabic"_s, u"Noto Nastaliq Urdu"_s, u"Noto Sans Arabic"_s});
    return font;
}

} // namespace Fehrist::Models
