// The dashboard in the real main window, offscreen, against the real fehrist-cli: on the sample catalogue
// and on a generated catalogue of 100 000 services, the figures the dashboard shows, `stats --json` and
// the PDF report (from the CLI and from the desktop, read back with pdftotext) agree exactly. Also: the
// threshold is one setting for all of them, a click on a bar shows that department's services, charts
// and table export, right-to-left mirrors, and the window keeps working while figures are computed.
#include "core/io/csv.h"
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "models/departmentfiguresmodel.h"
#include "models/departmentlistmodel.h"
#include "models/palette.h"
#include "models/servicetablemodel.h"
#include "tests/support/fixtures.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"
#include "ui/chartwidget.h"
#include "ui/dashboardwidget.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Report::ChartKind;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &db)
{
    QProcess p;
    p.setProgram(Test::builtExecutable(u"app/fehrist-cli"_s));
    p.setArguments(QStringList {u"--db"_s, db} + args);
    p.start();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// How the report prints figures (English, grouped digits, two-decimal percentages).
const QLocale kReport(QLocale::English, QLocale::Pakistan);

QString reportPercent(double fraction)
{
    return kReport.toString(fraction * 100.0, 'f', 2) + u" %"_s;
}

QString reportCount(const QJsonValue &v)
{
    return kReport.toString(v.toInteger());
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

QString departmentCode(QListView *list)
{
    return list->currentIndex().data(Models::DepartmentListModel::CodeRole).toString();
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Test::TestDatabase> m_sample;

    /// Shows the dashboard tab of `w` and waits for its figures.
    bool showDashboard(Ui::MainWindow &w)
    {
        QSignalSpy refreshed(w.dashboard(), &Ui::DashboardWidget::refreshed);
        child<QAction>(&w, u"actionShowDashboard"_s)->trigger();
        if (child<QTabWidget>(&w, u"mainTabs"_s)->currentWidget() != w.dashboard())
            return false;
        if (!refreshed.isEmpty()) // the figures are never computed while the window waits
            return false;
        if (!refreshed.wait(60000))
            return false;
        QTest::qWait(50); // the layout follows the new figures (the charts' heights)
        return true;
    }

    /// The dashboard, `stats --json` and the PDFs (CLI and desktop) of one catalogue agree exactly.
    void checkAgreement(const QString &db, const QString &scratch)
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(db).ok());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();
        const QJsonObject shown = dashboard->figures().toJson();

        const Run stats = cli({u"stats"_s, u"--json"_s}, db);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        json.remove(u"sample"_s);
        QVERIFY(!json.isEmpty());
        if (shown != json) {
            for (const QString &key : json.keys())
                QVERIFY2(shown.value(key) == json.value(key), qPrintable(key));
            QVERIFY2(shown.keys() == json.keys(), qPrintable(shown.keys().join(u' ')));
        }

        // The central server's /api/v1/stats, serving the same catalogue (DESIGN.md §7).
        {
            const Test::ProcessResult init = Test::serverCommand(db, {u"init"_s});
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
            Test::ServerProcess server(db);
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            const Test::HttpResult served = Test::http("GET", server.url(u"/api/v1/stats"_s));
            QCOMPARE(served.status, 200);
            const QJsonObject fromServer = served.json();
            for (const QString &key : json.keys())
                QVERIFY2(fromServer.value(key) == json.value(key), qPrintable(u"/api/v1/stats: "_s + key));
            QCOMPARE(fromServer.keys(), json.keys());
        }

        // What the dashboard shows, in its locale.
        const QLocale here = dashboard->locale();
        auto percent = [&](const QString &key) -> QString {
            return here.toString(json.value(key).toDouble() * 100.0, 'f', 2) + u" %"_s;
        };
        QCOMPARE(child<QLabel>(dashboard, u"card_online_value"_s)->text(), percent(u"online_share"_s));
        QCOMPARE(child<QLabel>(dashboard, u"card_fully_digital_value"_s)->text(), percent(u"fully_digital_share"_s));
        QCOMPARE(child<QLabel>(dashboard, u"card_volume_weighted_value"_s)->text(),
                 percent(u"volume_weighted_share"_s));
        QCOMPARE(child<QLabel>(dashboard, u"card_catalogued_value"_s)->text(), percent(u"completeness"_s));
        QCOMPARE(child<QLabel>(dashboard, u"card_online_detail"_s)->text(),
                 u"%1 of %2 active services"_s.arg(here.toString(json.value(u"online_services"_s).toInteger()),
                                                   here.toString(json.value(u"active_services"_s).toInteger())));
        QVERIFY(child<QLabel>(dashboard, u"card_online_title"_s)->text().contains(u"L3 and above"_s));
        QVERIFY(child<QLabel>(dashboard, u"asOfLabel"_s)->text().contains(json.value(u"as_of"_s).toString()));
        const QJsonArray departments = json.value(u"by_department"_s).toArray();
        QCOMPARE(child<Ui::ChartWidget>(dashboard, u"chart_departments"_s)->hitAreas().size(), departments.size());
        Models::DepartmentFiguresModel *model = dashboard->departmentModel();
        QCOMPARE(model->rowCount(), departments.size());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject d = departments.at(r).toObject();
            auto cell = [&](int column) { return model->index(r, column).data().toString(); };
            QCOMPARE(cell(Models::DepartmentFiguresModel::Code), d.value(u"code"_s).toString());
            QCOMPARE(cell(Models::DepartmentFiguresModel::Services), here.toString(d.value(u"services"_s).toInteger()));
            QCOMPARE(cell(Models::DepartmentFiguresModel::Submitted),
                     here.toString(d.value(u"submitted"_s).toInteger()));
            QCOMPARE(cell(Models::DepartmentFiguresModel::Approved), here.toString(d.value(u"approved"_s).toInteger()));
            QCOMPARE(model->index(r, Models::DepartmentFiguresModel::Online)
                         .data(Models::DepartmentFiguresModel::SortRole)
                         .toDouble(),
                     d.value(u"online_share"_s).toDouble());
        }

        // The report, from the CLI and from the desktop.
        const QString cliPdf = scratch + u"/cli.pdf"_s, desktopPdf = scratch + u"/desktop.pdf"_s;
        const Run report = cli({u"report"_s, cliPdf}, db);
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY(dashboard->writeReport(desktopPdf).ok());
        for (const QString &pdf : {cliPdf, desktopPdf}) {
            const QString text = pdfText(pdf);
            QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
            checkPdf(text, json);
        }
    }

    void checkPdf(const QString &text, const QJsonObject &json)
    {
        QVERIFY(text.contains(u"Digitization report, "_s + json.value(u"as_of"_s).toString()));
        QVERIFY(text.contains(u"Online (%1 and above)"_s.arg(json.value(u"threshold"_s).toString())));
        for (const QString &key :
             {u"online_share"_s, u"fully_digital_share"_s, u"volume_weighted_share"_s, u"completeness"_s})
            QVERIFY2(text.contains(reportPercent(json.value(key).toDouble())), qPrintable(key));
        QVERIFY(text.contains(u"%1 of %2 active services"_s.arg(reportCount(json.value(u"online_services"_s)),
                                                                reportCount(json.value(u"active_services"_s)))));
        QVERIFY(text.contains(u"%1 of %2 declared services"_s.arg(reportCount(json.value(u"services"_s)),
                                                                  reportCount(json.value(u"expected_services"_s)))));
        for (const QJsonValue &v : json.value(u"by_department"_s).toArray()) {
            const QJsonObject d = v.toObject();
            const QJsonValue deadline = d.value(u"submission_deadline"_s);
            const QString row
                = u"^\\s*%1\\s+.+?\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6\\s+%7\\s+%8\\s+%9\\s+%10\\s*$"_s
                      .arg(QRegularExpression::escape(d.value(u"code"_s).toString()),
                           reportCount(d.value(u"services"_s)), reportCount(d.value(u"expected"_s)),
                           QRegularExpression::escape(reportPercent(d.value(u"completeness"_s).toDouble())),
                           QRegularExpression::escape(reportPercent(d.value(u"online_share"_s).toDouble())),
                           reportCount(d.value(u"draft"_s)), reportCount(d.value(u"submitted"_s)),
                           reportCount(d.value(u"approved"_s)), reportCount(d.value(u"returned"_s)))
                      .arg(deadline.isNull() ? u"–"_s : deadline.toString());
            QVERIFY2(text.contains(QRegularExpression(row, QRegularExpression::MultilineOption)), qPrintable(row));
        }
        const QString list = text.mid(text.lastIndexOf(u"Compliance"_s));
        const QJsonObject compliance = json.value(u"compliance"_s).toObject();
        const QJsonArray late = compliance.value(u"past_deadline"_s).toArray();
        const QJsonArray nothing = compliance.value(u"nothing_submitted"_s).toArray();
        QVERIFY(list.contains(u"Past the submission deadline (%1)"_s.arg(late.size())));
        QVERIFY(list.contains(u"Nothing submitted (%1)"_s.arg(nothing.size())));
        for (const QJsonValue &code : late)
            QVERIFY2(list.contains(code.toString() + u" — "_s), qPrintable(code.toString()));
        for (const QJsonValue &code : nothing)
            QVERIFY2(list.contains(code.toString() + u" — "_s), qPrintable(code.toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        Ui::Icons::install();
        m_sample = std::make_unique<Test::TestDatabase>(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(m_sample->url());
        QVERIFY(store.ok());
        QVERIFY(Core::SampleCatalogue::load(**store).ok());
    }

    void sampleCatalogueAgrees() { checkAgreement(m_sample->url(), m_sample->scratchDir()); }

    void generatedCatalogueAgrees()
    {
        Test::TestDatabase db(Test::TestDatabase::Backend::SQLite);
        {
            auto store = Core::Store::open(db.url());
            QVERIFY(store.ok());
            const Core::Status generated = Test::generateCatalogue(**store, 100000, 40);
            QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
            QCOMPARE(*(*store)->countServices({}), 100000);
        }
        checkAgreement(db.url(), db.scratchDir());
    }

    void theThresholdIsOneSettingForAll()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.show();
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();
        auto *combo = child<QComboBox>(dashboard, u"thresholdCombo"_s);
        QCOMPARE(combo->currentData().toInt(), 3);
        QSignalSpy refreshed(dashboard, &Ui::DashboardWidget::refreshed);
        combo->setCurrentIndex(combo->findData(5));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(dashboard->figures().threshold, 5);
        QVERIFY(child<QLabel>(dashboard, u"card_online_title"_s)->text().contains(u"L5 and above"_s));
        QVERIFY(child<QLabel>(dashboard, u"panel_departmentsTitle"_s)->text().contains(u"L5 and above"_s));
        QCOMPARE(
            dashboard->departmentModel()->headerData(Models::DepartmentFiguresModel::Online, Qt::Horizontal).toString(),
            u"Online ≥ L5"_s);

        // fehrist-cli follows the catalogue's setting, and agrees.
        const Run stats = cli({u"stats"_s, u"--json"_s}, m_sample->url());
        QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        json.remove(u"sample"_s);
        QCOMPARE(json.value(u"threshold"_s).toString(), u"L5"_s);
        QCOMPARE(dashboard->figures().toJson(), json);
        QCOMPARE(json.value(u"online_share"_s).toDouble(), json.value(u"fully_digital_share"_s).toDouble());
        const QString pdf = m_sample->scratchDir() + u"/l5.pdf"_s;
        QCOMPARE(cli({u"report"_s, pdf}, m_sample->url()).exitCode, 0);
        QVERIFY(pdfText(pdf).contains(u"Online (L5 and above)"_s));
        // --threshold overrides the setting for one command.
        const Run l3 = cli({u"stats"_s, u"--json"_s, u"--threshold"_s, u"L3"_s}, m_sample->url());
        QCOMPARE(QJsonDocument::fromJson(l3.out.toUtf8()).object().value(u"threshold"_s).toString(), u"L3"_s);

        combo->setCurrentIndex(combo->findData(3));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(*Core::Metrics::threshold(*w.store()), 3);
    }

    void aBarShowsItsDepartmentsServices()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.resize(1280, 800);
        w.show();
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();
        auto *chart = child<Ui::ChartWidget>(dashboard, u"chart_departments"_s);

        // Sorted by size, the first bar is the department with the most services.
        auto *order = child<QComboBox>(dashboard, u"departmentOrder"_s);
        order->setCurrentIndex(1); // most services first
        chart->repaint();
        QString largest;
        qint64 most = -1;
        for (const Core::DepartmentFigures &d : dashboard->figures().byDepartment) {
            if (d.services > most)
                largest = d.code, most = d.services;
        }
        QCOMPARE(chart->hitAreas().first().key, largest);

        // A filter set in the catalogue tab does not hide the department's services.
        child<QComboBox>(&w, u"levelFilter"_s)->setCurrentIndex(1);
        QRectF health;
        for (const Report::HitArea &hit : chart->hitAreas()) {
            if (hit.key == u"HEALTH")
                health = hit.rect;
        }
        QVERIFY(health.isValid());
        qint64 healthServices = 0;
        for (const Core::DepartmentFigures &d : dashboard->figures().byDepartment) {
            if (d.code == u"HEALTH")
                healthServices = d.services;
        }
        chart->setFocus();
        QTest::mouseClick(chart, Qt::LeftButton, {}, health.center().toPoint());
        QCOMPARE(child<QTabWidget>(&w, u"mainTabs"_s)->currentIndex(), 0);
        auto *departments = child<QListView>(&w, u"departmentList"_s);
        QCOMPARE(departmentCode(departments), u"HEALTH"_s);
        QCOMPARE(child<QComboBox>(&w, u"levelFilter"_s)->currentIndex(), 0);
        Models::ServiceTableModel *services = w.serviceModel();
        QTRY_COMPARE(qint64(services->rowCount()), healthServices);
        for (int r = 0; r < services->rowCount(); ++r)
            QVERIFY(services->index(r, Models::ServiceTableModel::Key).data().toString().startsWith(u"HEALTH/"_s));

        // The keyboard reaches the bars too, and a row of the compliance table does the same.
        child<QAction>(&w, u"actionShowDashboard"_s)->trigger();
        auto *table = child<QTableView>(dashboard, u"complianceTable"_s);
        const QModelIndex first = table->model()->index(0, 0);
        const QString urgent = first.data().toString();
        table->setFocus();
        table->setCurrentIndex(first);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(child<QTabWidget>(&w, u"mainTabs"_s)->currentIndex(), 0);
        QCOMPARE(departmentCode(departments), urgent);
        // The table lists the most urgent first: past the deadline.
        QCOMPARE(first.data(Models::DepartmentFiguresModel::ComplianceRole).toInt(),
                 int(Models::DepartmentFiguresModel::PastDeadline));
    }

    void chartsAndTableExport()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.show();
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();
        const Core::CatalogueFigures &f = dashboard->figures();
        const QString dir = m_sample->scratchDir();
        for (ChartKind kind : {ChartKind::Departments, ChartKind::Levels, ChartKind::Categories, ChartKind::Trend}) {
            Ui::ChartWidget *chart = dashboard->chart(kind);
            const QString stem = dir + u'/' + Report::Charts::fileStem(kind);
            QVERIFY(chart->exportPng(stem + u".png"_s).ok());
            QImage image(stem + u".png"_s);
            QVERIFY(!image.isNull() && image.width() >= 800);
            QVERIFY(chart->exportCsv(stem + u".csv"_s).ok());
            QFile csv(stem + u".csv"_s);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QVERIFY(csv.read(3) == "\xEF\xBB\xBF");
        }
        // The departments' CSV has each department's levels and its exact online share.
        auto rows = Core::Csv::readFile(dir + u"/departments.csv"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), f.byDepartment.size() + 1);
        const QStringList header = rows->at(0).cells;
        for (qsizetype i = 0; i < f.byDepartment.size(); ++i) {
            const Core::DepartmentFigures &d = f.byDepartment.at(i);
            const QStringList &cells = rows->at(i + 1).cells;
            QCOMPARE(cells.at(header.indexOf(u"code"_s)), d.code);
            QCOMPARE(cells.at(header.indexOf(u"online_share"_s)).toDouble(), d.onlineShare);
            QCOMPARE(cells.at(header.indexOf(u"L0"_s)).toLongLong(), d.byLevel.value(u"L0"_s));
        }
        auto table = Core::Csv::parse(dashboard->departmentModel()->toCsv().toUtf8(), u"compliance.csv"_s);
        QVERIFY(table.ok());
        QCOMPARE(table->size(), f.byDepartment.size() + 1);
        // Exports that cannot be written say so.
        QVERIFY(!dashboard->chart(ChartKind::Levels)->exportPng(dir + u"/missing/levels.png"_s).ok());
        QVERIFY(!dashboard->writeReport(dir + u"/missing/report.pdf"_s).ok());
    }

    void printingGoesThroughTheSystemDialog()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.show();
        QVERIFY(showDashboard(w));
        QString seen;
        QTimer::singleShot(50, this, [&seen] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            seen = dialog->objectName();
            static_cast<QDialog *>(dialog)->reject();
        });
        child<QAction>(&w, u"actionPrintReport"_s)->trigger(); // returns once the dialog is answered
        QCOMPARE(seen, u"printDialog"_s);

        // Without a catalogue there is nothing to report.
        Ui::MainWindow empty;
        QVERIFY(!child<QAction>(&empty, u"actionPrintReport"_s)->isEnabled());
        QVERIFY(!child<QAction>(&empty, u"actionExportReport"_s)->isEnabled());
    }

    void rightToLeftMirrors()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.resize(1280, 800);
        w.show();
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();
        auto *chart = child<Ui::ChartWidget>(dashboard, u"chart_departments"_s);
        const QColor l1 = Models::Palette::level(u"L1"_s);
        auto l1Extent = [&](const QString &code) {
            chart->repaint();
            const QImage image = chart->grab().toImage();
            for (const Report::HitArea &hit : chart->hitAreas()) {
                if (hit.key != code)
                    continue;
                const int y = int(hit.rect.center().y() * image.devicePixelRatio());
                int left = -1, right = -1;
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y) == l1) {
                        right = x;
                        if (left < 0)
                            left = x;
                    }
                }
                return std::pair {left, right};
            }
            return std::pair {-1, -1};
        };
        const int middle = chart->width() / 2;
        const auto ltr = l1Extent(u"LGE"_s); // LGE has services at L1
        QVERIFY(ltr.first >= 0 && ltr.first < middle);
        auto *online = child<QWidget>(dashboard, u"card_online"_s);
        auto *catalogued = child<QWidget>(dashboard, u"card_catalogued"_s);
        QVERIFY(online->x() < catalogued->x());

        dashboard->setLayoutDirection(Qt::RightToLeft);
        QTest::qWait(50);
        const auto rtl = l1Extent(u"LGE"_s);
        QVERIFY(rtl.second > middle);
        QVERIFY(std::abs((chart->width() - 1 - rtl.second) - ltr.first) <= 2); // the mirror image
        QVERIFY(online->x() > catalogued->x()); // the cards read from the right
        // Right to left, departments are named in Urdu.
        QVERIFY(chart->style().urduNames);
    }

    void theWindowKeepsWorkingWhileFiguresAreComputed()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_sample->url()).ok());
        w.show();
        QVERIFY(showDashboard(w));
        Ui::DashboardWidget *dashboard = w.dashboard();

        // Another program holds the catalogue's write lock: keeping the day's snapshot has to wait for
        // it, so the computation cannot end until the lock goes. The window must not wait with it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        raw.setDatabaseName(m_sample->path());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        }
        QSignalSpy refreshed(dashboard, &Ui::DashboardWidget::refreshed);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        child<QAction>(&w, u"actionRefresh"_s)->trigger();
        QVERIFY(clock.elapsed() < 200); // the refresh returned at once
        QTest::qWait(600);
        QVERIFY(dashboard->isBusy());
        QVERIFY(refreshed.isEmpty());
        QVERIFY(child<QProgressBar>(dashboard, u"busyIndicator"_s)->isVisible());
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the event loop kept running
        child<QAction>(&w, u"actionShowCatalogue"_s)->trigger(); // and the window answers
        QCOMPARE(child<QTabWidget>(&w, u"mainTabs"_s)->currentIndex(), 0);
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isBusy(), 10000);
        QVERIFY(child<QProgressBar>(dashboard, u"busyIndicator"_s)->isHidden());
        QCOMPARE(refreshed.size(), 1);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
