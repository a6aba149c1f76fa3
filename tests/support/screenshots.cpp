// Takes the documentation's screenshots of the real desktop app on the sample catalogue:
//   fehrist-screenshots OUTDIR   (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QApplication>
#include <QListView>
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
    return 0;
}
