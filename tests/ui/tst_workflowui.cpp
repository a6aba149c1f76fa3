// The review workflow in the real main window, offscreen: the returned services' link, the form's
// banner with the reviewer's comment, submitting, and returning with a comment.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "models/reviewqueuemodel.h"
#include "models/servicetablemodel.h"
#include "tests/support/testdatabase.h"
#include "ui/historydialog.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fehrist;

namespace {

// Answers the next input dialog with `text` (it is modal: exec() blocks until answered).
void answerNextInputDialog(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start();
}

void selectKey(Ui::MainWindow &w, const QString &key)
{
    auto *table = w.findChild<QTableView *>(u"serviceTable"_s);
    auto *model = w.serviceModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, Models::ServiceTableModel::Key).data().toString() == key) {
            table->selectRow(r);
            return;
        }
    }
    QFAIL(qPrintable(u"no row "_s + key));
}

// Presses `button` of the next message box (modal) whose object name is `name` (any, if empty).
void answerNextMessageBox(QMessageBox::ButtonRole role, const QString &name = {})
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, role, name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || (!name.isEmpty() && box->objectName() != name))
            return;
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

int rowOf(Models::ReviewQueueModel *model, const QString &key)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r)->key() == key)
            return r;
    }
    return -1;
}

} // namespace

class TestWorkflowUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;

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

    void returnedSubmittedAndReturnedAgain()
    {
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(m_db->url()).ok());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Core::ServiceFilter returned;
        returned.state = u"returned"_s;
        const qint64 comeBack = *w.store()->countServices(returned);
        QVERIFY(comeBack > 0);

        // The status bar says how many came back; its link opens the returned inbox.
        auto *link = w.findChild<QLabel *>(u"returnedLabel"_s);
        QVERIFY(link->isVisible());
        QVERIFY2(link->text().contains(u"%1 returned"_s.arg(comeBack)), qPrintable(link->text()));
        Q_EMIT link->linkActivated(u"returned"_s);
        QCOMPARE(w.findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), w.review());
        QCOMPARE(w.review()->mode(), Ui::ReviewWidget::Mode::Returned);
        QCOMPARE(w.review()->model()->rowCount(), int(comeBack));

        // The form of a returned service shows the reviewer's comment.
        auto event = w.store()->service(u"DC/EVENT-PERMIT"_s);
        QVERIFY(event.ok());
        QCOMPARE(event->text(u"state"), u"returned"_s);
        w.editService(event->id);
        QVERIFY(w.recordDialog());
        auto *banner = w.recordDialog()->findChild<QLabel *>(u"reviewBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->text().contains(u"Returned for changes"_s));
        QVERIFY2(banner->text().contains(event->text(u"review_comment").toHtmlEscaped()), qPrintable(banner->text()));
        w.recordDialog()->close();

        // Submitted again: one fewer came back.
        selectKey(w, u"DC/EVENT-PERMIT"_s);
        w.findChild<QAction *>(u"actionSubmit"_s)->trigger();
        QCOMPARE(w.store()->service(u"DC/EVENT-PERMIT"_s)->text(u"state"), u"submitted"_s);
        QTRY_VERIFY(comeBack == 1 ? link->isHidden() : link->text().contains(u"%1 returned"_s.arg(comeBack - 1)));

        // A reviewer returns another department's submission with a comment.
        auto *state = w.findChild<QComboBox *>(u"stateFilter"_s);
        state->setCurrentIndex(state->findData(u"submitted"_s));
        QTRY_VERIFY(w.serviceModel()->rowCount() > 0);
        selectKey(w, u"DC/DOMICILE-DUP"_s);
        answerNextInputDialog(u"The fee is missing."_s);
        w.findChild<QAction *>(u"actionReturn"_s)->trigger();
        auto dup = w.store()->service(u"DC/DOMICILE-DUP"_s);
        QCOMPARE(dup->text(u"state"), u"returned"_s);
        QCOMPARE(dup->text(u"review_comment"), u"The fee is missing."_s);
        // The history shows the return, who did it and the comment.
        state->setCurrentIndex(0); // all states
        QTRY_VERIFY(w.serviceModel()->rowCount() > 100);
        selectKey(w, u"DC/DOMICILE-DUP"_s);
        Ui::HistoryDialog *history = w.showHistory();
        QVERIFY(history);
        auto *tree = history->findChild<QTreeWidget *>(u"historyTree"_s);
        QVERIFY(tree->topLevelItemCount() >= 2);
        QCOMPARE(tree->topLevelItem(0)->text(1), u"Returned for changes"_s);
        QCOMPARE(tree->topLevelItem(0)->text(3), u"The fee is missing."_s);
        history->close();
        // A selection of several services is submitted at once, after asking.
        auto *table = w.findChild<QTableView *>(u"serviceTable"_s);
        selectKey(w, u"DC/PETROL-NOC"_s);
        auto *model = w.serviceModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, Models::ServiceTableModel::Key).data().toString() == u"LGE/DIVORCE")
                table->selectionModel()->select(model->index(r, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        answerNextMessageBox(QMessageBox::YesRole);
        w.findChild<QAction *>(u"actionSubmit"_s)->trigger();
        QCOMPARE(w.store()->service(u"DC/PETROL-NOC"_s)->state(), u"submitted"_s);
        QCOMPARE(w.store()->service(u"LGE/DIVORCE"_s)->state(), u"submitted"_s);

        // The steps wait in the outbox for the next sync.
        const auto outbox = w.store()->outbox(10000);
        QStringList operations;
        for (const Core::OutboxEntry &e : *outbox)
            operations.append(e.operation);
        QVERIFY(operations.contains(u"submit"_s));
        QVERIFY(operations.contains(u"return"_s));
    }

    // Issue #5: the reviewer's queue → the review view → return with a comment; and a bulk approval.
    void reviewerQueueReviewViewAndReturn()
    {
        Test::TestDatabase db(Test::TestDatabase::Backend::SQLite);
        {
            auto store = Core::Store::open(db.url());
            QVERIFY(store.ok());
            QVERIFY(Core::SampleCatalogue::load(**store).ok());
            // Signed in as a reviewer, the way a sync sign-in leaves it.
            QVERIFY((*store)->setMeta(u"sync.user"_s, u"reviewer"_s).ok());
            QVERIFY((*store)->setMeta(u"sync.role"_s, u"reviewer"_s).ok());
            // A published service reworked by its department and submitted again.
            Core::Service attest = *(*store)->service(u"DC/ATTESTATION"_s);
            attest.setValue(u"name_en"_s, u"Attestation of documents (revised)"_s);
            attest.setValue(u"state"_s, u"submitted"_s);
            attest.setValue(u"submitted_by"_s, u"officer.dc"_s);
            attest.setValue(u"submitted_at"_s, u"2026-11-01T09:00:00.000Z"_s);
            Core::SaveOptions asSynced;
            asSynced.keepWorkflowState = true;
            asSynced.writeOutbox = false;
            QVERIFY((*store)->saveService(attest, asSynced).ok());
        }
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(db.url()).ok());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Core::ServiceFilter submitted;
        submitted.state = u"submitted"_s;
        const qint64 waiting = *w.store()->countServices(submitted);

        // The status bar tells the reviewer how many wait; its link opens the queue.
        auto *link = w.findChild<QLabel *>(u"waitingLabel"_s);
        QVERIFY(link->isVisible());
        QVERIFY2(link->text().contains(u"%1 waiting"_s.arg(waiting)), qPrintable(link->text()));
        QVERIFY(!w.findChild<QLabel *>(u"returnedLabel"_s)->isVisible()); // an officer's count
        Q_EMIT link->linkActivated(u"waiting"_s);
        QCOMPARE(w.findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), w.review());
        QCOMPARE(w.review()->mode(), Ui::ReviewWidget::Mode::Queue);
        Models::ReviewQueueModel *queue = w.review()->model();
        QCOMPARE(queue->rowCount(), int(waiting));

        // The review view of the reworked service: the changed field, published → submitted.
        auto *list = w.findChild<QTableView *>(u"reviewList"_s);
        const int attestRow = rowOf(queue, u"DC/ATTESTATION"_s);
        QVERIFY(attestRow >= 0);
        list->setCurrentIndex(queue->index(attestRow, 0));
        QVERIFY(w.findChild<QLabel *>(u"reviewTitle"_s)->text().startsWith(u"DC/ATTESTATION"_s));
        auto *changes = w.findChild<QTableWidget *>(u"reviewChanges"_s);
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 0)->toolTip(), u"name_en"_s);
        const QString published = (*w.store()->publishedService(w.store()->service(u"DC/ATTESTATION"_s)->id))->nameEn();
        QCOMPARE(changes->item(0, 1)->text(), published);
        QCOMPARE(changes->item(0, 2)->text(), u"Attestation of documents (revised)"_s);

        // Returning needs a comment: without one, nothing happens but a reminder.
        auto *returnButton = w.findChild<QPushButton *>(u"reviewReturn"_s);
        answerNextMessageBox(QMessageBox::AcceptRole);
        returnButton->click();
        QCOMPARE(w.store()->service(u"DC/ATTESTATION"_s)->state(), u"submitted"_s);
        w.findChild<QPlainTextEdit *>(u"reviewComment"_s)->setPlainText(u"Keep the old name: it is in the Act."_s);
        returnButton->click();
        const Core::Service returned = *w.store()->service(u"DC/ATTESTATION"_s);
        QCOMPARE(returned.state(), u"returned"_s);
        QCOMPARE(returned.text(u"review_comment"), u"Keep the old name: it is in the Act."_s);
        QCOMPARE(returned.text(u"reviewed_by"), u"reviewer"_s);
        QCOMPARE(rowOf(queue, u"DC/ATTESTATION"_s), -1);
        QCOMPARE(queue->rowCount(), int(waiting - 1));
        QTRY_VERIFY(link->text().contains(u"%1 waiting"_s.arg(waiting - 1)));

        // The officer's side of the same tab: the returned inbox has it, with the comment.
        w.review()->setMode(Ui::ReviewWidget::Mode::Returned);
        const int inboxRow = rowOf(queue, u"DC/ATTESTATION"_s);
        QVERIFY(inboxRow >= 0);
        QCOMPARE(queue->index(inboxRow, Models::ReviewQueueModel::Comment).data().toString(),
                 u"Keep the old name: it is in the Act."_s);

        // Bulk approval asks first; cancelled, nothing changes; confirmed, all chosen are approved.
        w.review()->setMode(Ui::ReviewWidget::Mode::Queue);
        QVERIFY(queue->rowCount() >= 2);
        queue->setData(queue->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        queue->setData(queue->index(1, 0), Qt::Checked, Qt::CheckStateRole);
        const QStringList chosen = queue->checkedIds();
        QCOMPARE(chosen.size(), 2);
        auto *bulk = w.findChild<QPushButton *>(u"reviewApproveSelected"_s);
        QVERIFY(bulk->isEnabled());
        answerNextMessageBox(QMessageBox::RejectRole, u"confirmBulkApprove"_s);
        bulk->click();
        for (const QString &id : chosen)
            QCOMPARE(w.store()->service(id)->state(), u"submitted"_s);
        answerNextMessageBox(QMessageBox::AcceptRole, u"confirmBulkApprove"_s);
        bulk->click();
        for (const QString &id : chosen) {
            QCOMPARE(w.store()->service(id)->state(), u"approved"_s);
            QVERIFY(w.store()->publishedService(id)->has_value());
        }
        QCOMPARE(queue->rowCount(), int(waiting - 3));
    }
};

QTEST_MAIN(TestWorkflowUi)
#include "tst_workflowui.moc"
