// Takes the documentation's screenshots of the real desktop app on the sample catalogue:
//   fehrist-screenshots OUTDIR   (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "ui/icons.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;

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
    return 0;
}
