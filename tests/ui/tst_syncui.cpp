// The desktop's sync against a real fehrist-server on loopback, offscreen: signing in (a wrong
// password, then the right one), the first sync, an edit sent, and a conflict with another officer
// shown base / mine / theirs and resolved by keeping mine — which the other officer then receives.
#include "core/storage/store.h"
#include "models/servicetablemodel.h"
#include "models/syncjob.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"
#include "ui/auditdialog.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/syncdialogs.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Test::ServerProcess;

class TestSyncUi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_server;
    std::unique_ptr<ServerProcess> m_process;
    QString m_passwordFile;

    // fehrist-cli on another officer's catalogue.
    Test::ProcessResult cli(const QString &db, const QStringList &args)
    {
        return Test::runProgram(Test::builtExecutable(u"app/fehrist-cli"_s), QStringList {u"--db"_s, db} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qputenv("FEHRIST_NO_KEYCHAIN", "1"); // no keychain on a test machine: the sign-in stays in memory
        Ui::Icons::install();
        const QString db = m_server.filePath(u"server.sqlite"_s);
        const QString prepared = Test::prepareServer(db);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_process = std::make_unique<ServerProcess>(db);
        QString error;
        QVERIFY2(m_process->start(&error), qPrintable(error));
        m_passwordFile = m_home.filePath(u"password"_s);
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::testPassword().toUtf8() + '\n');
    }

    void signInSyncAndResolve()
    {
        Test::TestDatabase mine(Test::TestDatabase::Backend::SQLite);
        QVERIFY(Core::Store::open(mine.url()).ok()); // an empty catalogue
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(mine.url()).ok());
        w.show();
        auto *status = w.findChild<QLabel *>(u"syncStatus"_s);
        QVERIFY(status->text().contains(u"sign in"_s));

        // Sync without a sign-in asks for one; a wrong password is said plainly.
        w.findChild<QAction *>(u"actionSync"_s)->trigger();
        Ui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<Ui::SignInDialog *>(u"signInDialog"_s)) != nullptr);
        dialog->findChild<QLineEdit *>(u"signInServer"_s)->setText(m_process->baseUrl());
        dialog->findChild<QLineEdit *>(u"signInUser"_s)->setText(u"officer.dc"_s);
        dialog->setPassword(u"not the password"_s);
        dialog->signIn();
        auto *error = dialog->findChild<QLabel *>(u"signInError"_s);
        QTRY_VERIFY2(error->isVisible(), "no error after a wrong password");
        QVERIFY2(error->text().contains(u"not right"_s), qPrintable(error->text()));
        QVERIFY(dialog->findChild<QLineEdit *>(u"signInPassword"_s)->text().isEmpty()); // not kept, even here

        // The right one: signed in, and the first sync brings the catalogue.
        dialog->setPassword(Test::testPassword());
        dialog->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<Ui::SignInDialog *>(u"signInDialog"_s) == nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"synced"_s), 30000);
        // An officer receives the department's services in every state and the others' approved ones.
        const qint64 pulled = *w.store()->countServices({});
        QVERIFY(pulled > 30);
        QTRY_COMPARE(qint64(w.serviceModel()->rowCount()), pulled);
        QVERIFY(w.store()->service(u"DC/DOMICILE"_s).ok());
        QCOMPARE(*w.store()->meta(u"sync.role"_s), u"officer"_s);

        // Another officer of DC changes the name on the server first.
        const QString theirs = mine.scratchDir() + u"/theirs.sqlite"_s;
        QCOMPARE(cli(theirs, {u"init"_s}).exitCode, 0);
        const auto login = cli(theirs,
                               {u"login"_s, u"--server"_s, m_process->baseUrl(), u"--user"_s, u"officer.dc2"_s,
                                u"--password-file"_s, m_passwordFile});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QCOMPARE(cli(theirs, {u"sync"_s, u"--password-file"_s, m_passwordFile}).exitCode, 0);
        QCOMPARE(cli(theirs, {u"set"_s, u"DC/DOMICILE"_s, u"name_en=Domicile certificate (theirs)"_s}).exitCode, 0);
        const auto theirSync = cli(theirs, {u"sync"_s, u"--password-file"_s, m_passwordFile});
        QVERIFY2(theirSync.exitCode == 0, qPrintable(theirSync.err));

        // We change the same field here, and sync: a conflict, the server keeps theirs.
        Core::Service domicile = *w.store()->service(u"DC/DOMICILE"_s);
        const QString base = domicile.nameEn();
        domicile.setValue(u"name_en"_s, u"Domicile certificate (mine)"_s);
        QVERIFY(w.store()->saveServices({domicile}).ok());
        w.refresh();
        w.findChild<QAction *>(u"actionSync"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"1 conflict"_s), 30000);
        QCOMPARE(w.store()->service(u"DC/DOMICILE"_s)->nameEn(), u"Domicile certificate (theirs)"_s);

        // The conflict, field by field; keep mine, and sync.
        Ui::ConflictsDialog *conflicts = w.showConflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->findChild<QListWidget *>(u"conflictList"_s)->count(), 1);
        auto *fields = conflicts->findChild<QTableWidget *>(u"conflictFields"_s);
        int nameRow = -1;
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->text().startsWith(u"Name (English)"_s))
                nameRow = r;
        }
        QVERIFY(nameRow >= 0);
        QCOMPARE(fields->item(nameRow, 1)->text(), base);
        QCOMPARE(fields->item(nameRow, 2)->text(), u"Domicile certificate (mine)"_s);
        QCOMPARE(fields->item(nameRow, 3)->text(), u"Domicile certificate (theirs)"_s);
        // FEHRIST_SCREENSHOTS=DIR keeps a picture of it for the docs.
        if (const QString dir = qEnvironmentVariable("FEHRIST_SCREENSHOTS"); !dir.isEmpty()) {
            conflicts->resize(980, 420);
            QTest::qWait(100);
            conflicts->grab().save(dir + u"/conflicts.png"_s);
            w.resize(1280, 760);
            QTest::qWait(100);
            w.grab().save(dir + u"/sync-status.png"_s);
        }
        conflicts->findChild<QPushButton *>(u"keepMine"_s)->click();
        QCOMPARE(conflicts->findChild<QListWidget *>(u"conflictList"_s)->count(), 0);
        conflicts->close();
        w.findChild<QAction *>(u"actionSync"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.syncJob()->isRunning() && !status->text().contains(u"conflict"_s)
                                     && !status->text().contains(u"to send"_s) && status->text().contains(u"synced"_s),
                                 30000);

        // The other officer receives mine: both catalogues agree.
        QCOMPARE(cli(theirs, {u"sync"_s, u"--password-file"_s, m_passwordFile}).exitCode, 0);
        const auto shown = cli(theirs, {u"show"_s, u"DC/DOMICILE"_s, u"--json"_s});
        QVERIFY2(shown.out.contains(u"Domicile certificate (mine)"_s), qPrintable(shown.out));
        QCOMPARE(w.store()->service(u"DC/DOMICILE"_s)->nameEn(), u"Domicile certificate (mine)"_s);

        // The audit log is the reviewers' and administrators' to read: an officer is told so.
        Ui::AuditDialog *audit = w.showAuditLog();
        QVERIFY(audit);
        auto *auditStatus = audit->findChild<QLabel *>(u"auditStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(auditStatus->text().contains(u"Only reviewers"_s), 20000);
        QCOMPARE(audit->entryCount(), 0);
        audit->close();
    }

    // A reviewer signs in and reads the audit log: the sign-ins and the officer's changes are there.
    void reviewerReadsTheAuditLog()
    {
        Test::TestDatabase mine(Test::TestDatabase::Backend::SQLite);
        QVERIFY(Core::Store::open(mine.url()).ok());
        Ui::MainWindow w;
        QVERIFY(w.openCatalogue(mine.url()).ok());
        w.show();
        Ui::SignInDialog *dialog = w.signIn();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"signInServer"_s)->setText(m_process->baseUrl());
        dialog->findChild<QLineEdit *>(u"signInUser"_s)->setText(u"reviewer"_s);
        dialog->setPassword(Test::testPassword());
        dialog->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<Ui::SignInDialog *>(u"signInDialog"_s) == nullptr, 20000);
        auto *status = w.findChild<QLabel *>(u"syncStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"synced"_s), 30000);
        QCOMPARE(*w.store()->meta(u"sync.role"_s), u"reviewer"_s);

        Ui::AuditDialog *audit = w.showAuditLog();
        QVERIFY(audit);
        auto *auditStatus = audit->findChild<QLabel *>(u"auditStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(audit->entryCount() > 0, 20000);
        QVERIFY2(auditStatus->text().contains(u"link up in one hash chain"_s), qPrintable(auditStatus->text()));
        auto *table = audit->findChild<QTableWidget *>(u"auditTable"_s);
        QStringList actions;
        for (int row = 0; row < table->rowCount(); ++row)
            actions.append(table->item(row, 2)->text() + u' ' + table->item(row, 3)->text());
        QVERIFY2(actions.contains(u"officer.dc auth.login-failed"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY(actions.contains(u"officer.dc auth.login"_s));
        QVERIFY(actions.contains(u"reviewer auth.login"_s));
        QVERIFY(actions.contains(u"officer.dc push.applied"_s));
        // The filter narrows what is shown.
        audit->findChild<QLineEdit *>(u"auditFilter"_s)->setText(u"login-failed"_s);
        int shown = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            shown += table->isRowHidden(row) ? 0 : 1;
        QVERIFY(shown >= 1 && shown < table->rowCount());
        audit->close();
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
