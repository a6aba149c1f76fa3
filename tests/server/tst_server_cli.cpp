// fehrist-server's administration commands as an administrator runs them: the real binary on a real
// database (SQLite, or PostgreSQL with FEHRIST_TEST_BACKEND=pg), exit codes and messages.
#include "core/storage/store.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

class TestServerCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    ProcessResult run(const QStringList &args, const QByteArray &input = {})
    {
        return serverCommand(m_db->url(), args, input);
    }
    QJsonArray users()
    {
        const ProcessResult r = run({u"user"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    }

    void versionHelpAndWrongUsage()
    {
        const ProcessResult version = runProgram(builtExecutable(u"server/fehrist-server"_s), {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"fehrist-server "_s));
        const ProcessResult help = runProgram(builtExecutable(u"server/fehrist-server"_s), {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : {u"init"_s, u"serve"_s, u"user add"_s, u"user list"_s, u"user disable"_s,
                                       u"user passwd"_s, u"backup"_s, u"audit verify"_s})
            QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(command));
        for (const QStringList &args :
             {QStringList {}, QStringList {u"frobnicate"_s}, QStringList {u"init"_s, u"--bogus"_s},
              QStringList {u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"king"_s},
              QStringList {u"serve"_s, u"--listen"_s, u"nowhere"_s}, QStringList {u"user"_s, u"frob"_s}}) {
            const ProcessResult r = run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(u"fehrist-server: "_s), qPrintable(r.err));
        }
    }

    void commandsOtherThanInitNeedAnInitialisedDatabase()
    {
        const ProcessResult r = run({u"user"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"fehrist-server init"_s), qPrintable(r.err));
        if (m_db->backend() == TestDatabase::Backend::SQLite)
            QVERIFY(!QFile::exists(m_db->path())); // nothing was created
    }

    void initWithTheSampleOnceOnly()
    {
        const ProcessResult first = run({u"init"_s, u"--sample"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"132 records published"_s), qPrintable(first.out)); // 26 departments, 106 services
        const ProcessResult again = run({u"init"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains(u"published"_s), qPrintable(again.out)); // nothing new to publish
        QVERIFY2(again.out.contains(first.out.section(u"epoch "_s, 1).left(36)), "the epoch stays");
        const ProcessResult sampleAgain = run({u"init"_s, u"--sample"_s});
        QCOMPARE(sampleAgain.exitCode, 1);
        QVERIFY2(sampleAgain.err.contains(u"only loaded into an empty catalogue"_s), qPrintable(sampleAgain.err));
    }

    void usersAreAddedCheckedListedDisabled()
    {
        QCOMPARE(run({u"init"_s, u"--sample"_s}).exitCode, 0);
        const QString password = u"a-long-password\n"_s;
        // Given on stdin (not a terminal) or in a file.
        ProcessResult r = run({u"user"_s, u"add"_s, u"amina"_s, u"--role"_s, u"officer"_s, u"--department"_s, u"DC"_s},
                              password.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Added officer amina of DC"_s));
        const QString file = m_db->scratchDir() + u"/pw"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("another-password\n");
        f.close();
        r = run({u"user"_s, u"add"_s, u"bilal"_s, u"--role"_s, u"reviewer"_s, u"--password-file"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        struct Case
        {
            QStringList args;
            QString message;
        };
        const QList<Case> refused {
            {{u"user"_s, u"add"_s, u"amina"_s, u"--role"_s, u"viewer"_s}, u"already a user with this name"_s},
            {{u"user"_s, u"add"_s, u"carol"_s, u"--role"_s, u"officer"_s}, u"belongs to a department"_s},
            {{u"user"_s, u"add"_s, u"dawood"_s, u"--role"_s, u"officer"_s, u"--department"_s, u"NOPE"_s},
             u"no department with code"_s},
            {{u"user"_s, u"add"_s, u"bad name"_s, u"--role"_s, u"viewer"_s}, u"user name has"_s},
        };
        for (const Case &c : refused) {
            r = run(c.args, password.toUtf8());
            QVERIFY2(r.exitCode == 1, qPrintable(c.args.join(u' ')));
            QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
        }
        r = run({u"user"_s, u"add"_s, u"erum"_s, u"--role"_s, u"viewer"_s}, "short\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"at least 8 characters"_s), qPrintable(r.err));

        QJsonArray list = users();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"username"_s).toString(), u"amina"_s);
        QCOMPARE(list.at(0).toObject().value(u"department_code"_s).toString(), u"DC"_s);
        QCOMPARE(list.at(1).toObject().value(u"role"_s).toString(), u"reviewer"_s);
        QVERIFY(!list.at(0).toObject().value(u"disabled"_s).toBool());
        const ProcessResult text = run({u"user"_s, u"list"_s});
        QVERIFY(text.out.contains(u"2 users"_s));
        QVERIFY(!text.out.contains(u"password"_s, Qt::CaseInsensitive));

        QCOMPARE(run({u"user"_s, u"disable"_s, u"amina"_s}).exitCode, 0);
        QVERIFY(users().at(0).toObject().value(u"disabled"_s).toBool());
        QCOMPARE(run({u"user"_s, u"disable"_s, u"nobody"_s}).exitCode, 1);
        QCOMPARE(run({u"user"_s, u"passwd"_s, u"bilal"_s}, "a-new-password\n").exitCode, 0);
        QCOMPARE(run({u"user"_s, u"passwd"_s, u"bilal"_s}, "short\n").exitCode, 1);
    }

    void passwordsAreStoredAsArgon2idHashes()
    {
        QCOMPARE(run({u"init"_s}).exitCode, 0);
        QCOMPARE(run({u"user"_s, u"add"_s, u"farah"_s, u"--role"_s, u"admin"_s}, "clear-text-secret\n").exitCode, 0);
        if (m_db->backend() == TestDatabase::Backend::SQLite) {
            QFile file(m_db->path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("clear-text-secret"));
        }
        const QString hash
            = m_db->queryValue(u"SELECT password_hash FROM srv_users WHERE username = 'farah'"_s).toString();
        QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=2,"_s), qPrintable(hash));
        QVERIFY(!hash.contains(u"clear-text-secret"_s));
    }

    void backupIsAConsistentCopyWithANewEpochAndRestores()
    {
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString backup = m_db->scratchDir() + u"/backup.sqlite"_s;
        ProcessResult r = run({u"backup"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(backup));
        // Never over an existing file.
        r = run({u"backup"_s, backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"exists already"_s), qPrintable(r.err));

        // The backup is a working server database (SQLite) with everything and a new epoch.
        const ProcessResult original = run({u"init"_s});
        const ProcessResult copy = serverCommand(backup, {u"init"_s});
        QCOMPARE(copy.exitCode, 0);
        const QString originalEpoch = original.out.section(u"epoch "_s, 1).left(36);
        const QString backupEpoch = copy.out.section(u"epoch "_s, 1).left(36);
        QCOMPARE(backupEpoch.size(), 36);
        QVERIFY(originalEpoch != backupEpoch);
        const ProcessResult backupUsers = serverCommand(backup, {u"user"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(backupUsers.out.toUtf8()).array(), users());
        const ProcessResult stats
            = runProgram(builtExecutable(u"app/fehrist-cli"_s), {u"--db"_s, backup, u"stats"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"services"_s).toInt(), 106);

        // Restored into a new database of this test's engine: the same users, another epoch again.
        TestDatabase target;
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        r = serverCommand(target.url(), {u"restore"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ProcessResult restoredUsers = serverCommand(target.url(), {u"user"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(restoredUsers.out.toUtf8()).array(), users());
        // Every table came along, those keyed by text too.
        for (const QString &sql :
             {u"SELECT value FROM srv_counters WHERE name = 'seq'"_s, u"SELECT count(*) FROM srv_changes"_s,
              u"SELECT count(*) FROM services"_s, u"SELECT count(*) FROM history"_s,
              u"SELECT value FROM meta WHERE key = 'sample_label'"_s, u"SELECT count(*) FROM srv_users"_s})
            QVERIFY2(target.queryValue(sql) == m_db->queryValue(sql) && !target.queryValue(sql).toString().isEmpty(),
                     qPrintable(sql));
        QCOMPARE(target.queryValue(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s).toInt(), 132);
        {
            // Search works on the copy as on the original (on SQLite the full-text indexes were rebuilt):
            // words of names, descriptions and keywords, and the indexes agree with the rows.
            auto before = Fehrist::Core::Store::open(m_db->url(), Fehrist::Core::OpenMode::ExistingOnly);
            auto after = Fehrist::Core::Store::open(target.url(), Fehrist::Core::OpenMode::ExistingOnly);
            QVERIFY(before.ok() && after.ok());
            for (const QString &words : {u"domicile"_s, u"certificate"_s, u"ڈومیسائل"_s, u"office"_s, u"online"_s}) {
                Fehrist::Core::ServiceFilter f;
                f.search = words;
                const qint64 found = *(*after)->countServices(f);
                QCOMPARE(found, *(*before)->countServices(f));
                QVERIFY2(found > 0 || words == u"online", qPrintable(words));
            }
            QCOMPARE(*(*after)->integrityCheck(), u"ok"_s);
        }
        const ProcessResult restored = serverCommand(target.url(), {u"init"_s});
        const QString restoredEpoch = restored.out.section(u"epoch "_s, 1).left(36);
        QVERIFY(restoredEpoch != backupEpoch && restoredEpoch != originalEpoch);
        QVERIFY2(!restored.out.contains(u"published"_s), "the change log came along");
        // A new user after the restore gets a fresh id (PostgreSQL's identity moved past the copied ones).
        r = serverCommand(target.url(), {u"user"_s, u"add"_s, u"later"_s, u"--role"_s, u"viewer"_s},
                          "later-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Never into a database that holds data.
        r = serverCommand(target.url(), {u"restore"_s, backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"restore into a new, empty database"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
