// The language setting as the desktop applies it: the translations built into the app (ours and ours of
// Qt's strings), the locale, right to left, and a font for the Arabic script.
#include "ui/language.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fehrist::Ui::Language;

class TestLanguage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    }

    void choicesAndSetting()
    {
        const QList<Language::Choice> choices = Language::choices();
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices.at(2).name, u"اردو"_s);
        QCOMPARE(choices.at(3).name, u"پښتو"_s);
        Language::save(u"ps"_s);
        QCOMPARE(Language::saved(), u"ps"_s);
        Language::save(QString());
        QCOMPARE(Language::resolve(u"ur"_s), u"ur"_s);
        QVERIFY(QStringList({u"en"_s, u"ur"_s, u"ps"_s}).contains(Language::resolve(QString())));
    }

    void englishChangesNothing()
    {
        QCOMPARE(Language::apply(*qApp, u"en"_s), u"en"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("Fehrist::Ui::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(QCoreApplication::translate("Validator", "is required"), u"is required"_s);
    }

    void urdu()
    {
        QCOMPARE(Language::apply(*qApp, u"ur"_s), u"ur"_s);
        QCOMPARE(QLocale().language(), QLocale::Urdu);
        QCOMPARE(QLocale().territory(), QLocale::Pakistan);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QApplication::font().families().value(0), u"Noto Naskh Arabic"_s);
        // Ours, the core's and ours of Qt's, all from the resources built into the app.
        QCOMPARE(QCoreApplication::translate("Fehrist::Ui::MainWindow", "&File"), u"&فائل"_s);
        QCOMPARE(QCoreApplication::translate("Validator", "is required"), u"لازمی ہے"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"محفوظ کریں"_s);
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"&اگلا >"_s);
        QCOMPARE(QCoreApplication::translate("Fehrist::Ui::ExportDialog", "%n service(s) written…", nullptr, 3),
                 u"3 سروسز لکھی گئیں…"_s);
    }

    void pashto()
    {
        QCOMPARE(Language::apply(*qApp, u"ps"_s), u"ps"_s);
        QCOMPARE(QLocale().language(), QLocale::Pashto);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        // The platform's family stays second, for Latin text, however often a language is applied.
        const QStringList families = QApplication::font().families();
        QCOMPARE(families.size(), 2);
        QVERIFY(families.at(1) != families.at(0));
        QCOMPARE(QCoreApplication::translate("Fehrist::Ui::MainWindow", "&File"), u"&فایل"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"لغوه کړئ"_s);
        // %Ln: Pashto's own digits.
        QCOMPARE(QCoreApplication::translate("Fehrist::Ui::ExportDialog", "%n service(s) written…", nullptr, 12),
                 u"۱۲ خدمتونه ولیکل شول…"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
