#include "core/sample/samplecatalogue.h"
#include "core/storage/databaseurl.h"
#include "ui/icons.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// For bench/: FEHRIST_BENCH_QUIT_ON_FIRST_ROWS=1 prints the time from FEHRIST_BENCH_T0 to the service
// table's first paint with rows, then quits.
class QuitOnFirstRows final : public QObject
{
public:
    explicit QuitOnFirstRows(QTableView *table) : QObject(table), m_table(table) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_table->model() && m_table->model()->rowCount() > 0 && !m_done) {
            m_done = true;
            // Milliseconds since the launcher's clock reading (FEHRIST_BENCH_T0, ms since the epoch).
            const qint64 t0 = qEnvironmentVariable("FEHRIST_BENCH_T0").toLongLong();
            std::printf("%lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - t0));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Fehrist::Core::setApplicationIdentity();
    QApplication::setDesktopFileName(u"pk.fehrist.Fehrist"_s);
    // The installed icon theme's (hicolor, from the package), else the one compiled in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"pk.fehrist.Fehrist"_s, QIcon(u":/icons/app/pk.fehrist.Fehrist.svg"_s)));
    Fehrist::Ui::Icons::install();
    // The language first: every string made from here on is translated, and Urdu and Pashto lay out
    // right to left. --language overrides the setting for this run.
    QString language = Fehrist::Ui::Language::saved();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    Fehrist::Ui::Language::apply(app, language);
    // The name windows and the desktop show: فہرست in Urdu, فهرست in Pashto.
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Fehrist"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The Digital Public Services Catalogue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"db"_s, QApplication::translate("main", "The catalogue: an SQLite file or postgresql://…"), u"URL"_s});
    parser.addOption({u"language"_s,
                      QApplication::translate("main", "The language of the window for this run: en, ur or ps."),
                      u"CODE"_s});
    parser.process(app);

    Fehrist::Ui::MainWindow window;
    const QString url = Fehrist::Core::resolveDatabaseUrl(parser.value(u"db"_s));
    const bool isFile = !url.startsWith(u"postgres"_s);
    if (isFile && !QFileInfo::exists(url)) {
        // First run: offer the sample catalogue so that a new user sees a living catalogue at once.
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "Welcome to Fehrist"),
            QApplication::translate("main",
                                    "There is no catalogue at %1 yet.\n\nCreate it with the sample "
                                    "catalogue (illustrative data, not an official list)? Choose No for "
                                    "an empty catalogue.")
                .arg(url),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return 0;
        if (!window.openCatalogue(url, Fehrist::Core::OpenMode::CreateIfMissing))
            return 1;
        if (answer == QMessageBox::Yes) {
            if (auto s = Fehrist::Core::SampleCatalogue::load(*window.store()); !s)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot load the sample"),
                                      s.error().toString());
            window.refresh();
        }
    } else {
        (void)window.openCatalogue(url); // on failure the window opens empty and says why
    }
    if (qEnvironmentVariableIntValue("FEHRIST_BENCH_QUIT_ON_FIRST_ROWS")) {
        auto *table = window.findChild<QTableView *>(u"serviceTable"_s);
        table->viewport()->installEventFilter(new QuitOnFirstRows(table));
    }
    window.show();
    return app.exec();
}
