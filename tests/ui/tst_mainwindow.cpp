// The officer's journey through the real main window, offscreen, finding widgets by objectName.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "models/servicetablemodel.h"
#include "tests/support/testdatabase.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Models::ServiceTableModel;

namespace {

// Clicks `button` on the next message box that opens (they are modal: exec() blocks until answered).
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenObjectName = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seenObjectName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenObjectName)
            *seenObjectName = box->objectName();
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

void setCombo(QWidget *parent, const QString &field, const QString &code)
{
    auto *combo = child<QComboBox>(parent, u"field_"_s + field);
    const int i = combo->findData(code);
    QVERIFY2(i >= 0, qPrintable(code));
    combo->setCurrentIndex(i);
}

void typeInto(QWidget *parent, const QString &field, const QString &text)
{
    QWidget *w = parent->findChild<QWidget *>(u"field_"_s + field);
    QVERIFY2(w, qPrintable(field));
    // Typed as key events carrying the text (QTest::keyClicks handles Latin-1 only; Urdu is not).
    auto type = [](QWidget *target, const QString &t) {
        for (const QChar c : t)
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    };
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->selectAll();
        line->del();
        type(line, text);
    } else if (auto *text_ = qobject_cast<QPlainTextEdit *>(w)) {
        text_->selectAll();
        QTest::keyClick(text_, Qt::Key_Delete);
        type(text_, text);
    }
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;

    bool labelShown(QWidget *parent, const QString &field, const QString &words)
    {
        auto *label = parent->findChild<QLabel *>(u"error_"_s + field);
        return label && !label->isHidden() && label->text().contains(words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings and data of the test go to a throwaway place, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        Ui::Icons::install();
        m_db = std::make_unique<Test::TestDatabase>(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(m_db->url());
        QVERIFY(store.ok());
        QVERIFY(Core::SampleCatalogue::load(**store).ok());
    }

    void officersJourney()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = child<QTableView>(&w, u"serviceTable"_s);
        auto *model = w.serviceModel();
        QCOMPARE(model->rowCount(), 106);
        QVERIFY(child<QLabel>(&w, u"sampleLabel"_s)->text().contains(u"not an official list"_s));

        // Filter by a department.
        auto *departments = child<QListView>(&w, u"departmentList"_s);
        QModelIndex health;
        for (int r = 0; r < departments->model()->rowCount(); ++r) {
            const QModelIndex i = departments->model()->index(r, 0);
            if (i.data(Qt::UserRole + 1).toString() == u"HEALTH")
                health = i;
        }
        QVERIFY(health.isValid());
        departments->setCurrentIndex(health);
        const int healthCount = model->rowCount();
        QVERIFY(healthCount > 0 && healthCount < 106);
        for (int r = 0; r < healthCount; ++r)
            QVERIFY(model->index(r, ServiceTableModel::Key).data().toString().startsWith(u"HEALTH/"_s));

        // A new service with invalid fields: the problems show and Save is refused.
        child<QAction>(&w, u"actionNewService"_s)->trigger();
        Ui::RecordDialog *dialog = w.recordDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(child<QComboBox>(dialog, u"field_department_code"_s)->currentData().toString(), u"HEALTH"_s);
        typeInto(dialog, u"code"_s, u"tele med"_s);
        setCombo(dialog, u"fee_type"_s, u"fixed"_s);
        typeInto(dialog, u"online_url"_s, u"http://telemed.example"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(labelShown(dialog, u"code"_s, u"not a valid code"_s));
        QVERIFY(labelShown(dialog, u"name_en"_s, u"is required"_s));
        QVERIFY(labelShown(dialog, u"fee_amount_pkr"_s, u"fixed"_s));
        QVERIFY(labelShown(dialog, u"online_url"_s, u"https://"_s));
        QVERIFY(child<QLabel>(dialog, u"problemSummary"_s)->text().contains(u"problem"_s));
        QVERIFY(!w.store()->service(u"HEALTH/TELE-MED"_s).ok());

        // Fix them and save.
        typeInto(dialog, u"code"_s, u"TELE-MED"_s);
        typeInto(dialog, u"name_en"_s, u"Telemedicine consultation"_s);
        typeInto(dialog, u"name_ur"_s, u"ٹیلی میڈیسن مشاورت"_s);
        typeInto(dialog, u"description"_s, u"Consult a government doctor by video call."_s);
        setCombo(dialog, u"category"_s, u"health"_s);
        typeInto(dialog, u"fee_amount_pkr"_s, u"100"_s);
        typeInto(dialog, u"online_url"_s, u"https://telemed.example.pk"_s);
        QVERIFY(!labelShown(dialog, u"code"_s, QString()));
        QVERIFY(dialog->isDirty());
        QVERIFY(dialog->save());
        QVERIFY(!dialog->isDirty());
        auto saved = w.store()->service(u"HEALTH/TELE-MED"_s);
        QVERIFY(saved.ok());
        QCOMPARE(saved->text(u"name_ur"), u"ٹیلی میڈیسن مشاورت"_s);
        QCOMPARE(model->rowCount(), healthCount + 1);
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.recordDialog());

        // Find it by an English word, then by an Urdu word, across all departments.
        child<QAction>(&w, u"actionClearFilters"_s)->trigger();
        QCOMPARE(model->rowCount(), 107);
        auto *search = child<QLineEdit>(&w, u"searchEdit"_s);
        QTest::keyClicks(search, u"telemed"_s);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ServiceTableModel::Key).data().toString(), u"HEALTH/TELE-MED"_s);
        search->clear();
        QTRY_COMPARE(model->rowCount(), 107);
        for (const QChar c : u"ٹیلی"_s)
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ServiceTableModel::Key).data().toString(), u"HEALTH/TELE-MED"_s);

        // Edit, then undo the edit.
        table->setFocus();
        table->selectRow(0);
        child<QAction>(&w, u"actionEditService"_s)->trigger();
        dialog = w.recordDialog();
        QVERIFY(dialog);
        typeInto(dialog, u"name_en"_s, u"Video consultation"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"field_name_en"_s)->text(), u"Video consultation"_s);
        QVERIFY(dialog->isDirty());
        QTest::mouseClick(child<QAbstractButton>(dialog, u"undoButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, u"field_name_en"_s)->text(), u"Telemedicine consultation"_s);
        QVERIFY(!dialog->isDirty());
        QTest::mouseClick(child<QAbstractButton>(dialog, u"redoButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, u"field_name_en"_s)->text(), u"Video consultation"_s);
        dialog->undoStack()->undo();
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton); // clean: no prompt
        QTRY_VERIFY(!w.recordDialog());
        QCOMPARE(w.store()->service(u"HEALTH/TELE-MED"_s)->nameEn(), u"Telemedicine consultation"_s);

        // Delete it.
        table->selectRow(0);
        QString prompt;
        answerNextMessageBox(QMessageBox::Yes, &prompt);
        child<QAction>(&w, u"actionDeleteService"_s)->trigger();
        QCOMPARE(prompt, u"deletePrompt"_s);
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(!w.store()->service(u"HEALTH/TELE-MED"_s).ok());
        w.close();
    }

    void unsavedChangesPrompt()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        const QString id = w.store()->service(u"DC/DOMICILE"_s)->id;
        w.editService(id);
        Ui::RecordDialog *dialog = w.recordDialog();
        QVERIFY(dialog);
        typeInto(dialog, u"processing_time"_s, u"P5D"_s);
        QVERIFY(dialog->isDirty());

        // Cancel keeps the form open with the change.
        QString prompt;
        answerNextMessageBox(QMessageBox::Cancel, &prompt);
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
        QCOMPARE(prompt, u"unsavedPrompt"_s);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"field_processing_time"_s)->text(), u"P5D"_s);

        // Discard closes it and the catalogue keeps the old value.
        answerNextMessageBox(QMessageBox::Discard);
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.recordDialog());
        QCOMPARE(w.store()->service(id)->text(u"processing_time"), u"P10D"_s);

        // Save saves, then closes.
        w.editService(id);
        dialog = w.recordDialog();
        typeInto(dialog, u"processing_time"_s, u"P8D"_s);
        answerNextMessageBox(QMessageBox::Save);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!w.recordDialog());
        QCOMPARE(w.store()->service(id)->text(u"processing_time"), u"P8D"_s);
    }

    void similarServiceHint()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        auto *departments = child<QListView>(&w, u"departmentList"_s);
        for (int r = 0; r < departments->model()->rowCount(); ++r) {
            if (departments->model()->index(r, 0).data(Qt::UserRole + 1).toString() == u"DC")
                departments->setCurrentIndex(departments->model()->index(r, 0));
        }
        child<QAction>(&w, u"actionNewService"_s)->trigger();
        Ui::RecordDialog *dialog = w.recordDialog();
        QVERIFY(dialog);
        auto *hint = child<QLabel>(dialog, u"similarHint"_s);
        QVERIFY(hint->isHidden());
        typeInto(dialog, u"name_en"_s, u"Domicile for students"_s);
        QTRY_VERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(u"DC/DOMICILE"_s), qPrintable(hint->text()));
        answerNextMessageBox(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!w.recordDialog());
    }

    void departmentForm()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        child<QAction>(&w, u"actionNewDepartment"_s)->trigger();
        Ui::RecordDialog *dialog = w.recordDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"departmentDialog"_s);
        typeInto(dialog, u"code"_s, u"food dept"_s);
        typeInto(dialog, u"website"_s, u"http://food.kp.gov.pk"_s);
        QVERIFY(!dialog->save());
        QVERIFY(labelShown(dialog, u"code"_s, u"not a valid code"_s));
        QVERIFY(labelShown(dialog, u"name_en"_s, u"is required"_s));
        QVERIFY(labelShown(dialog, u"website"_s, u"https://"_s));
        typeInto(dialog, u"code"_s, u"FOOD"_s);
        typeInto(dialog, u"name_en"_s, u"Food Department"_s);
        typeInto(dialog, u"name_ur"_s, u"محکمہ خوراک"_s);
        typeInto(dialog, u"website"_s, u"https://food.kp.gov.pk"_s);
        typeInto(dialog, u"expected_services"_s, u"4"_s);
        QVERIFY(dialog->save());
        auto food = w.store()->department(u"FOOD"_s);
        QVERIFY(food.ok());
        QCOMPARE(food->text(u"name_ur"), u"محکمہ خوراک"_s);
        QVERIFY(food->flag(u"active"));
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.recordDialog());
        auto *departments = child<QListView>(&w, u"departmentList"_s);
        bool listed = false;
        for (int r = 0; r < departments->model()->rowCount(); ++r)
            listed = listed
                || departments->model()->index(r, 0).data().toString().startsWith(u"FOOD · Food Department (0/4)"_s);
        QVERIFY(listed);

        // An existing department's code cannot be changed; its other fields can.
        w.editDepartment(u"FOOD"_s);
        dialog = w.recordDialog();
        QVERIFY(!child<QLineEdit>(dialog, u"field_code"_s)->isEnabled());
        typeInto(dialog, u"expected_services"_s, u"6"_s);
        QVERIFY(dialog->save());
        QCOMPARE(w.store()->department(u"FOOD"_s)->value(u"expected_services").toLongLong(), 6);
    }

    void badCataloguesGiveAClearErrorAndKeepTheCurrentOne()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        Core::Store *current = w.store();
        QTemporaryDir dir;

        const QString text = dir.filePath(u"notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a catalogue\n");
        f.close();
        auto notCatalogue = w.openCatalogue(text, Core::OpenMode::ExistingOnly, true);
        QCOMPARE(notCatalogue.error().code, u"not-a-catalogue"_s);
        QCOMPARE(w.store(), current);

        const QString newer = dir.filePath(u"newer.sqlite"_s);
        {
            auto s = Core::Store::open(newer);
            QVERIFY(s.ok());
        }
        QVERIFY(QFile::exists(newer));
        {
            // Bump the schema version directly in the file.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')"_s));
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        QCOMPARE(w.openCatalogue(newer, Core::OpenMode::ExistingOnly, true).error().code, u"newer-schema"_s);

        // A damaged file: the header survives, the rest is scribbled over.
        const QString damaged = dir.filePath(u"damaged.sqlite"_s);
        QVERIFY(QFile::copy(m_db->path(), damaged));
        {
            QFile d(damaged);
            QVERIFY(d.open(QIODevice::ReadWrite));
            d.seek(8192);
            d.write(QByteArray(d.size() - 8192, '\x5A'));
        }
        auto damagedResult = w.openCatalogue(damaged, Core::OpenMode::ExistingOnly, true);
        if (damagedResult.ok()) {
            // Opened on its intact header: the table says what is wrong instead of showing rows.
            QVERIFY2(w.serviceModel()->lastError().contains(u"damaged"_s), qPrintable(w.serviceModel()->lastError()));
            QVERIFY(w.openCatalogue(m_db->url()).ok());
        } else {
            QVERIFY2(damagedResult.error().code == u"damaged"_s || damagedResult.error().code == u"not-a-catalogue"_s,
                     qPrintable(damagedResult.error().toString()));
        }
        current = w.store();

        QCOMPARE(
            w.openCatalogue(u"postgresql://x:y@127.0.0.1:1/none"_s, Core::OpenMode::ExistingOnly, true).error().code,
            u"cannot-open"_s);

        // Shown to the user in a dialog.
        QString shown;
        answerNextMessageBox(QMessageBox::Ok, &shown);
        QVERIFY(!w.openCatalogue(text).ok());
        QCOMPARE(shown, u"openError"_s);
        QCOMPARE(w.store(), current);
        QCOMPARE(w.serviceModel()->rowCount(), w.store()->countServices({}).value());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
