#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QApplication;

namespace Fehrist::Ui {

/// The languages of the user interface: English (the source strings), Urdu and Pashto, both written
/// right to left. The choice is a setting; "" follows the system's language.
class Language
{
public:
    struct Choice
    {
        QString code; ///< "", "en", "ur", "ps"
        QString name; ///< in its own language (the system default in the current one)
    };

    static QList<Choice> choices();
    /// The saved choice ("" when none).
    static QString saved();
    static void save(const QString &code);
    /// The language a choice means on this system: the code itself, or for "" the system's language
    /// if Fehrist has it, else English.
    static QString resolve(const QString &code);
    /// Installs the translations of `code` (ours, and Qt's where it has them), makes its locale the
    /// default (dates and numbers) and lays the application out right to left for Urdu and Pashto.
    /// Call before the first window is made. Returns the language applied.
    static QString apply(QApplication &app, const QString &code);
};

} // namespace Fehrist::Ui
