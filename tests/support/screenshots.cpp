// Takes the documentation's screenshots of the real desktop app on the sample catalogue:
//   fehrist-screenshots OUTDIR   (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
// The dashboard's shot and the report's first page (rendered with poppler's pdftoppm) need an
// illustrative trend and targets; they are made here (see seedTrend) and the sample's banner says so.
#include "core/domain/referencedata.h"
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "ui/dashboardwidget.h"
#include "ui/icons.h"
#include "ui/importwizard.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;

namespace {

// The sample as it might have stood on each of the ten weeks before today: in a scratch copy, each week
// back takes two online services down a level and removes three services, and the figures of that day are
// kept in `target` as that day's snapshot — through the same code a refresh uses.
bool seedTrend(Core::Store &target, const QString &scratchPath)
{
    auto scratch = Core::Store::open(scratchPath);
    if (!scratch || !Core::SampleCatalogue::load(**scratch))
        return false;
    QList<Core::Service> online, all;
    Core::ServiceCursor cursor;
    for (;;) {
        auto page = (*scratch)->services({}, cursor, 200);
        if (!page)
            return false;
        for (const Core::Service &s : page->services) {
            all.append(s);
            if (Core::ReferenceData::levelRank(s.level()) >= 3 && s.text(u"status") == u"active")
                online.append(s);
        }
        if (!page->hasMore)
            break;
        cursor = page->next;
    }
    Core::SaveOptions keep;
    keep.keepWorkflowState = true;
    keep.writeOutbox = false;
    qsizetype nextOnline = 0, nextRemoved = all.size() - 1;
    for (int week = 1; week <= 10; ++week) {
        for (int k = 0; k < 2 && nextOnline < online.size(); ++k, ++nextOnline) {
            auto s = (*scratch)->service(online.at(nextOnline).id);
            if (!s)
                continue;
            s->setValue(u"digitization_level"_s, u"L%1"_s.arg(Core::ReferenceData::levelRank(s->level()) - 1));
            s->setValue(u"target_level"_s, QVariant());
            if (!(*scratch)->saveService(*s, keep))
                return false;
        }
        for (int k = 0; k < 3 && nextRemoved >= 0; ++k, --nextRemoved)
            (void)(*scratch)->deleteService(all.at(nextRemoved).id);
        Core::FigureRequest request;
        request.asOf = QDate::currentDate().addDays(-7 * week);
        auto figures = Core::Metrics::compute(**scratch, request);
        if (!figures || !Core::Metrics::recordSnapshot(target, *figures))
            return false;
    }
    Core::Targets targets; // illustrative, like the sample itself
    targets.onlineShare = 0.5;
    targets.fullyDigitalShare = 0.2;
    targets.volumeWeightedShare = 0.8;
    targets.by = QDate(QDate::currentDate().year() + 1, 6, 30);
    return Core::Metrics::setTargets(target, targets).ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = app.arguments().value(1, u"."_s);
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    Ui::Icons::install();
    QApplication::setFont(QFont(u"Noto Sans"_s, 10));

    const QString db = home.filePath(u"catalogue.sqlite"_s);
    {
        auto store = Core::Store::open(db);
        if (!store || !Core::SampleCatalogue::load(**store))
            return 1;
        if (!seedTrend(**store, home.filePath(u"scratch.sqlite"_s)))
            return 5;
    }
    Ui::MainWindow window;
    if (!window.openCatalogue(db))
        return 2;
    window.resize(1280, 760);
    window.show();
    QTest::qWait(200);
    auto *departments = window.findChild<QListView *>(u"departmentList"_s);
    for (int r = 0; r < departments->model()->rowCount(); ++r) {
        if (departments->model()->index(r, 0).data(Qt::UserRole + 1).toString() == u"TRANSPORT")
            departments->setCurrentIndex(departments->model()->index(r, 0));
    }
    QTest::qWait(200);
    if (!window.grab().save(out + u"/main-window.png"_s))
        return 3;

    auto domicile = window.store()->service(u"DC/DOMICILE"_s);
    window.editService(domicile->id);
    Ui::RecordDialog *dialog = window.recordDialog();
    QTest::qWait(300);
    if (!dialog->grab().save(out + u"/service-form.png"_s))
        return 4;
    dialog->findChild<QTabWidget *>(u"serviceTabs"_s)->setCurrentIndex(4);
    QTest::qWait(100);
    dialog->grab().save(out + u"/service-form-digitization.png"_s);
    dialog->close();
    QTest::qWait(100);

    // The dashboard as the window shows it (taller, to reach the trend), and the first page of its report.
    Ui::DashboardWidget *dashboard = window.dashboard();
    QSignalSpy refreshed(dashboard, &Ui::DashboardWidget::refreshed);
    window.resize(1280, 980);
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(dashboard);
    if (!refreshed.wait(10000))
        return 6;
    QTest::qWait(300);
    if (!window.grab().save(out + u"/dashboard.png"_s))
        return 7;
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(0);
    const QString pdf = home.filePath(u"report.pdf"_s);
    if (!dashboard->writeReport(pdf))
        return 8;
    const int rendered = QProcess::execute(u"pdftoppm"_s,
                                           {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                            u"-singlefile"_s, pdf, out + u"/report-page-1"_s});
    if (rendered != 0)
        return 9;

    // The import wizard on a department's own spreadsheet: the columns page, then the dry run.
    QFile sheet(home.filePath(u"transport-services.csv"_s));
    if (!sheet.open(QIODevice::WriteOnly))
        return 5;
    sheet.write("Department Code,Code,Service Name,Description,Category,Digitization Level,Fee Type,"
                "fee_amount_pkr,Remarks\n"
                "TRANSPORT,ROUTE-PERMIT,Route permit for public transport,Permit to run a vehicle on a notified "
                "route.,transport-vehicles,L1,fixed,1500,from 2019 register\n"
                "TRANSPORT,FITNESS-CERT,Vehicle fitness certificate,Annual fitness of commercial vehicles.,"
                "transport-vehicles,L7,fixed,-300,check level\n"
                "TRANSPORT,DRIVING-SCHOOL,Driving school licence,Licence to run a driving school.,licences-permits,"
                "L0,variable,,\n");
    sheet.close();
    Ui::ImportWizard *wizard = window.importServices();
    wizard->setFile(sheet.fileName());
    wizard->findChild<QRadioButton *>(u"modeMerge"_s)->setChecked(true);
    wizard->next();
    QTest::qWait(400);
    auto *name = wizard->findChild<QComboBox *>(u"map_Service Name"_s);
    name->setCurrentIndex(name->findData(u"name_en"_s));
    QTest::qWait(100);
    wizard->grab().save(out + u"/import-columns.png"_s);
    wizard->next();
    QTest::qWait(600);
    wizard->grab().save(out + u"/import-check.png"_s);
    wizard->close();
    QTest::qWait(100);

    // The review tab: a reviewer's queue with a published service reworked by its department (the
    // review view shows what changed), then an officer's returned inbox with the reviewer's comment.
    const QString reviewDb = home.filePath(u"review.sqlite"_s);
    {
        auto store = Core::Store::open(reviewDb);
        if (!store || !Core::SampleCatalogue::load(**store))
            return 13;
        Core::Department dc = *(*store)->department(u"DC"_s);
        dc.setValue(u"submission_deadline"_s, QDate::currentDate().addDays(-9).toString(Qt::ISODate));
        Core::SaveOptions asSynced;
        asSynced.keepWorkflowState = true;
        asSynced.writeOutbox = false;
        if (!(*store)->saveDepartment(dc, asSynced))
            return 14;
        Core::Service attest = *(*store)->service(u"DC/ATTESTATION"_s);
        attest.setValue(u"name_en"_s, u"Attestation of documents for use abroad"_s);
        attest.setValue(u"processing_time"_s, u"P3D"_s);
        attest.setValue(u"fee_notes"_s, u"Rs 200 per document, paid at the counter or online."_s);
        attest.setValue(u"state"_s, u"submitted"_s);
        attest.setValue(u"submitted_by"_s, u"officer.dc"_s);
        attest.setValue(u"submitted_at"_s, QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs));
        if (!(*store)->saveService(attest, asSynced))
            return 15;
        if (!(*store)->setMeta(u"sync.user"_s, u"reviewer"_s))
            return 21;
        if (!(*store)->setMeta(u"sync.role"_s, u"reviewer"_s))
            return 21;
    }
    {
        Ui::MainWindow reviewer;
        if (!reviewer.openCatalogue(reviewDb))
            return 16;
        reviewer.resize(1280, 760);
        reviewer.show();
        reviewer.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(reviewer.review());
        auto *queue = reviewer.findChild<QTableView *>(u"reviewList"_s);
        for (int r = 0; r < queue->model()->rowCount(); ++r) {
            if (queue->model()->index(r, 0).data().toString() == u"DC/ATTESTATION")
                queue->setCurrentIndex(queue->model()->index(r, 0));
        }
        QTest::qWait(300);
        if (!reviewer.grab().save(out + u"/review-view.png"_s))
            return 17;
    }
    {
        auto store = Core::Store::open(reviewDb);
        if (!store)
            return 18;
        if (!(*store)->setMeta(u"sync.user"_s, u"officer.dc"_s))
            return 21;
        if (!(*store)->setMeta(u"sync.role"_s, u"officer"_s))
            return 21;
        if (!(*store)->setMeta(u"sync.department"_s, u"DC"_s))
            return 21;
    }
    {
        Ui::MainWindow officer;
        if (!officer.openCatalogue(reviewDb))
            return 19;
        officer.resize(1280, 760);
        officer.show();
        officer.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(officer.review());
        QTest::qWait(300);
        if (!officer.grab().save(out + u"/returned-inbox.png"_s))
            return 20;
    }

    // The main window and the service form in Urdu, right to left. FEHRIST_SCREENSHOT_REVIEW=1 adds Pashto,
    // and the dashboard and the department form in both, for a translator's review (not in docs/).
    const bool review = qEnvironmentVariableIsSet("FEHRIST_SCREENSHOT_REVIEW");
    for (const QString &language : {u"ur"_s, u"ps"_s}) {
        if (language == u"ps" && !review)
            continue;
        Ui::Language::apply(app, language);
        Ui::MainWindow localized;
        if (!localized.openCatalogue(db))
            return 10;
        localized.resize(1280, 760);
        localized.show();
        QTest::qWait(200);
        auto *list = localized.findChild<QListView *>(u"departmentList"_s);
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(Qt::UserRole + 1).toString() == u"TRANSPORT")
                list->setCurrentIndex(list->model()->index(r, 0));
        }
        QTest::qWait(200);
        if (!localized.grab().save(out + u"/main-window-"_s + language + u".png"_s))
            return 11;
        localized.editService(localized.store()->service(u"DC/DOMICILE"_s)->id);
        QTest::qWait(300);
        if (!localized.recordDialog()->grab().save(out + u"/service-form-"_s + language + u".png"_s))
            return 12;
        localized.recordDialog()->close();
        QTest::qWait(100);
        if (!review)
            continue;
        localized.editDepartment(u"HEALTH"_s);
        QTest::qWait(200);
        localized.recordDialog()->grab().save(out + u"/department-form-"_s + language + u".png"_s);
        localized.recordDialog()->close();
        QSignalSpy figures(localized.dashboard(), &Ui::DashboardWidget::refreshed);
        localized.resize(1280, 980);
        localized.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(localized.dashboard());
        if (figures.wait(10000)) {
            QTest::qWait(300);
            localized.grab().save(out + u"/dashboard-"_s + language + u".png"_s);
        }
    }
    return 0;
}
