#include "ui/language.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Fehrist::Ui {

namespace {

const QStringList kTranslated {u"ur"_s, u"ps"_s};
// Naskh for Urdu as for Pashto. Nastaliq is how Urdu is printed, but at the sizes of menus, table rows
// and buttons Qt clips Noto Nastaliq Urdu's tall letters, and SIL's Awami Nastaliq loses its dots
// (docs/decisions.md). Debian: fonts-noto-core.
const QString kArabicScriptFamily = u"Noto Naskh Arabic"_s;

void install(QApplication &app, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), QApplication::translate("Language", "System default")},
            {u"en"_s, u"English"_s},
            {u"ur"_s, u"اردو"_s},
            {u"ps"_s, u"پښتو"_s}};
}

QString Language::saved()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

QString Language::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = QLocale(ui).name().section(u'_', 0, 0);
        if (kTranslated.contains(language) || language == u"en")
            return language;
    }
    return u"en"_s;
}

QString Language::apply(QApplication &app, const QString &code)
{
    const QString language = resolve(code);
    // Urdu as written in Pakistan; Pashto as in Pakistan (Khyber-Pakhtunkhwa), not Afghanistan.
    const QLocale locale = language == u"ur" ? QLocale(QLocale::Urdu, QLocale::Pakistan)
        : language == u"ps"                  ? QLocale(QLocale::Pashto, QLocale::Pakistan)
                                             : QLocale(QLocale::English, QLocale::Pakistan);
    QLocale::setDefault(locale);
    if (kTranslated.contains(language)) {
        install(app, u"fehrist_"_s + language, u":/i18n"_s);
        // Qt's own strings of standard dialogs: Qt's translations where it has them, else ours.
        install(app, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(app, u"fehrist_qt_"_s + language, u":/i18n"_s);
    }
    QApplication::setLayoutDirection(locale.textDirection());
    if (kTranslated.contains(language)) {
        // The platform's font may have no Arabic script at all, or a poor one (fontconfig even offers
        // Kufi for Urdu): the script's own font comes first; Latin text keeps the platform's font.
        QFont font = QApplication::font();
        const QStringList families = font.families().isEmpty() ? QStringList {font.family()} : font.families();
        const QString latin = families.constFirst() == kArabicScriptFamily ? families.value(1) : families.constFirst();
        font.setFamilies({kArabicScriptFamily, latin});
        QApplication::setFont(font);
    }
    return language;
}

} // namespace Fehrist::Ui
