// The review workflow in the real main window, offscreen: the returned services' link, the form's
// banner with the reviewer's comment, submitting, and returning with a comment.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
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

        // The status bar says how many came back; its link shows them.
        auto *link = w.findChild<QLabel *>(u"returnedLabel"_s);
        QVERIFY(link->isVisible());
        QVERIFY2(link->text().contains(u"%1 returned"_s.arg(comeBack)), qPrintable(link->text()));
        Q_EMIT link->linkActivated(u"returned"_s);
        QTRY_COMPARE(w.serviceModel()->rowCount(), int(comeBack));

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
        // Both steps wait in the outbox for the next sync.
        const auto outbox = w.store()->outbox(10000);
        QStringList operations;
        for (const Core::OutboxEntry &e : *outbox)
            operations.append(e.operation);
        QVERIFY(operations.contains(u"submit"_s));
        QVERIFY(operations.contains(u"return"_s));
    }
};

QTEST_MAIN(TestWorkflowUi)
#include "tst_workflowui.moc"
