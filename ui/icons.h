#pragma once

#include <QIcon>

namespace Fehrist::Ui {

/// Icons come from the KDE Breeze theme, bundled into the program (resources/icons, copied from the
/// installed theme at build time), so the app looks the same on every OS. The system theme is used
/// when it has the icon; the bundled Breeze (or Breeze Dark, for a dark palette) fills in otherwise.
class Icons
{
public:
    /// Call once after the QApplication exists.
    static void install();
    static QIcon get(const QString &name);
};

} // namespace Fehrist::Ui
