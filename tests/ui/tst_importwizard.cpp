// File > Import and File > Export in the real main window, offscreen: the wizard's preview, column
// mapping, dry run with problems, importing the good rows, Cancel; the export dialog.
#include "core/io/xlsx.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "models/servicetablemodel.h"
#include "tests/support/testdatabase.h"
#include "ui/exportdialog.h"
#include "ui/icons.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

bool nextEnabled(QWizard *w)
{
    QAbstractButton *next
        = w->button(w->currentId() == Ui::ImportWizard::CheckPage ? QWizard::CommitButton : QWizard::NextButton);
    return next && next->isEnabled() && next->isVisible();
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        Ui::Icons::install();
        m_db = std::make_unique<Test::TestDatabase>(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(m_db->url());
        QVERIFY(store.ok());
        QVERIFY(Core::SampleCatalogue::load(**store).ok());
    }

    void mapCheckAndImportTheGoodRows()
    {
        // A department's own spreadsheet: a column Fehrist does not know, a remarks column, a bad row.
        const QString file = m_files.filePath(u"theirs.csv"_s);
        writeFile(file,
                  "Department Code,Code,Service Name,Description,Category,Digitization Level,Remarks\n"
                  "DC,WIZ-1,Wizard one,Imported through the wizard.,other,L2,ok\n"
                  "DC,WIZ-2,Wizard two,Bad level.,other,L9,fix me\n"
                  "DC,WIZ-3,Wizard three,Imported through the wizard.,other,L1,\n");
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = w.serviceModel()->rowCount();

        child<QAction>(&w, u"actionImport"_s)->trigger();
        auto *wizard = w.findChild<Ui::ImportWizard *>(u"importWizard"_s);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(!nextEnabled(wizard)); // no file yet
        child<QLineEdit>(wizard, u"importFile"_s)->setText(file);
        child<QRadioButton>(wizard, u"modeMerge"_s)->setChecked(true);
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Columns: the preview shows, the known columns are matched, the unknown ones left out.
        QCOMPARE(wizard->currentId(), int(Ui::ImportWizard::ColumnsPage));
        auto *status = child<QLabel>(wizard, u"previewStatus"_s);
        QTRY_VERIFY2(status->text().contains(u"3 row(s) to import"_s), qPrintable(status->text()));
        QCOMPARE(child<QTableWidget>(wizard, u"previewTable"_s)->rowCount(), 3);
        auto *name = child<QComboBox>(wizard, u"map_Service Name"_s);
        QVERIFY(name);
        QCOMPARE(name->currentData().toString(), QString()); // unknown: left out
        QCOMPARE(child<QComboBox>(wizard, u"map_Digitization Level"_s)->currentData().toString(),
                 u"digitization_level"_s);
        name->setCurrentIndex(name->findData(u"name_en"_s));
        // Two columns to one field is not allowed.
        auto *remarks = child<QComboBox>(wizard, u"map_Remarks"_s);
        remarks->setCurrentIndex(remarks->findData(u"name_en"_s));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(status->text().contains(u"same field"_s));
        remarks->setCurrentIndex(0);
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // The dry run: one bad row, named; nothing imported unless one asks for the good rows.
        QCOMPARE(wizard->currentId(), int(Ui::ImportWizard::CheckPage));
        auto *problems = child<QListWidget>(wizard, u"problemList"_s);
        QTRY_COMPARE(problems->count(), 1);
        QVERIFY2(problems->item(0)->text().contains(
                     u"theirs.csv:3: digitization_level: \"L9\" is not one of the allowed values"_s),
                 qPrintable(problems->item(0)->text()));
        QVERIFY(!nextEnabled(wizard));
        QCOMPARE(w.store()->service(u"DC/WIZ-1"_s).ok(), false); // the dry run wrote nothing
        auto *skip = child<QCheckBox>(wizard, u"skipInvalid"_s);
        QVERIFY(skip->isVisible());
        skip->setChecked(true);
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // The import, and the window refreshed behind it.
        QCOMPARE(wizard->currentId(), int(Ui::ImportWizard::ImportPage));
        auto *result = child<QLabel>(wizard, u"importStatus"_s);
        QTRY_VERIFY2(result->text().startsWith(u"Imported"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"2 new"_s));
        QCOMPARE(w.store()->service(u"DC/WIZ-1"_s)->nameEn(), u"Wizard one"_s);
        QVERIFY(!w.store()->service(u"DC/WIZ-2"_s).ok());
        QVERIFY(QFile::exists(file + u".rejects.csv"_s));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(w.serviceModel()->rowCount(), before + 2);
    }

    void cancelImportsNothing()
    {
        // Enough rows that the import is still running when Cancel is pressed.
        QByteArray csv = "department_code,code,name_en,description,category,digitization_level\n";
        for (int i = 0; i < 3000; ++i)
            csv += "DC,BULK-" + QByteArray::number(i) + ",Bulk service " + QByteArray::number(i) + ",D,other,L1\n";
        const QString file = m_files.filePath(u"bulk.csv"_s);
        writeFile(file, csv);
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        const qint64 before = *w.store()->countServices({});
        Ui::ImportWizard *wizard = w.importServices();
        QVERIFY(wizard);
        wizard->setFile(file);
        wizard->next();
        QTRY_VERIFY(nextEnabled(wizard));
        wizard->next();
        QTRY_VERIFY(nextEnabled(wizard)); // the dry run found 3000 new services
        wizard->next();
        // Pressed at once: the worker stops at its next row, before anything is committed.
        child<QPushButton>(wizard, u"cancelImport"_s)->click();
        auto *result = child<QLabel>(wizard, u"importStatus"_s);
        QTRY_COMPARE(result->text(), u"Cancelled. Nothing was imported."_s);
        QCOMPARE(*w.store()->countServices({}), before);
        QVERIFY(!w.store()->service(u"DC/BULK-0"_s).ok());
    }

    void exportADepartmentToExcel()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        Ui::ExportDialog *dialog = w.exportServices();
        QVERIFY(dialog);
        auto *format = child<QComboBox>(dialog, u"exportFormat"_s);
        format->setCurrentIndex(format->findData(int(Core::ExchangeFormat::Xlsx)));
        auto *department = child<QComboBox>(dialog, u"exportDepartment"_s);
        department->setCurrentIndex(department->findData(u"HEALTH"_s));
        const QString file = m_files.filePath(u"health.xlsx"_s);
        dialog->setFile(file);
        dialog->start();
        auto *status = child<QLabel>(dialog, u"exportStatus"_s);
        QTRY_VERIFY2(status->text().startsWith(u"Exported"_s), qPrintable(status->text()));
        auto rows = Core::Xlsx::readFile(file);
        QVERIFY(rows.ok());
        const qint64 health = *w.store()->countServices([] {
            Core::ServiceFilter f;
            f.department = u"HEALTH"_s;
            return f;
        }());
        QCOMPARE(rows->size() - 1, health);
        for (qsizetype r = 1; r < rows->size(); ++r)
            QCOMPARE(rows->at(r).cells.first(), u"HEALTH"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
