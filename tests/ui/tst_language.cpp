// The language setting as the desktop applies it: the translations built into the app (ours and ours of
// Qt's strings), the locale, right to left, and a font for the Arabic script.
#include "models/figuretext.h"
#include "report/charts.h"
#include "report/reportwriter.h"
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

        // The dashboard speaks the window's language; the report stays English wherever it is made.
        Fehrist::Core::CatalogueFigures figures;
        figures.threshold = 3;
        figures.asOf = QDate(2026, 11, 27);
        const Fehrist::Models::FigureFormat window(QLocale {});
        QCOMPARE(Fehrist::Report::Charts::title(Fehrist::Report::ChartKind::Levels, figures, window),
                 u"سطح کے لحاظ سے سروسز (ڈیجیٹائزڈ: L3 اور اس سے اوپر)"_s);
        QCOMPARE(window.date(figures.asOf), u"27 نومبر 2026"_s);
        QCOMPARE(window.percent(0.2955), u"29.55%"_s);
        const Fehrist::Models::FigureFormat report(QLocale(QLocale::English, QLocale::Pakistan));
        QCOMPARE(Fehrist::Report::Charts::title(Fehrist::Report::ChartKind::Levels, figures, report),
                 u"Services by level (digitized: L3 and above)"_s);
        QCOMPARE(report.percent(0.2955), u"29.55 %"_s);
        QCOMPARE(Fehrist::Report::ReportWriter::title(figures), u"Digitization report, 2026-11-27"_s);
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
