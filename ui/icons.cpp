#include "ui/icons.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Fehrist::Ui {

void Icons::install()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(u":/icons"_s))
        paths.prepend(u":/icons"_s);
    QIcon::setThemeSearchPaths(paths);
    const bool dark = QApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
    const QString bundled = dark ? u"breeze-dark"_s : u"breeze"_s;
    QIcon::setFallbackThemeName(bundled);
    // Without a desktop theme (Windows, macOS, a bare X session) use the bundled one directly.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(bundled);
}

QIcon Icons::get(const QString &name)
{
    return QIcon::fromTheme(name);
}

} // namespace Fehrist::Ui
