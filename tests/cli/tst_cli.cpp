// fehrist-cli as a user runs it: the real binary, a real catalogue (SQLite, or PostgreSQL with
// FEHRIST_TEST_BACKEND=pg), exit codes, stdout and stderr.
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Fehrist::Test::TestDatabase;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run cli(const QStringList &args, const QString &db = {})
{
    QProcess p;
    p.setProgram(Fehrist::Test::builtExecutable(u"app/fehrist-cli"_s));
    QStringList all;
    if (!db.isEmpty())
        all << u"--db"_s << db;
    all << args;
    p.setArguments(all);
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    Run run(const QStringList &args) { return cli(args, m_db->url()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const Run init = run({u"init"_s, u"--sample"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(u"26 departments, 106 services"_s));
        QVERIFY(init.out.contains(u"Sample data, not an official list"_s));
    }

    void versionAndHelp()
    {
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"fehrist-cli "_s));
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : {u"init"_s, u"departments"_s, u"list"_s, u"show"_s, u"set"_s, u"delete"_s,
                                       u"history"_s, u"stats"_s, u"report"_s})
            QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(command));
    }

    void wrongUsageExitsTwoWithOneLine()
    {
        for (const QStringList &args :
             {QStringList {}, QStringList {u"frobnicate"_s}, QStringList {u"list"_s, u"--bogus"_s},
              QStringList {u"list"_s, u"--level"_s, u"L9"_s}, QStringList {u"show"_s},
              QStringList {u"stats"_s, u"--search"_s, u"x"_s}, QStringList {u"report"_s},
              QStringList {u"report"_s, u"figures.txt"_s}, QStringList {u"report"_s, u"a.pdf"_s, u"--json"_s},
              QStringList {u"report"_s, u"a.pdf"_s, u"--threshold"_s, u"L8"_s}}) {
            const Run r = run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(u"fehrist-cli: "_s), qPrintable(r.err));
        }
    }

    void statsJsonHasTheDocumentedKeys()
    {
        const Run r = run({u"stats"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const QString &key :
             {u"departments"_s, u"services"_s, u"active_services"_s, u"online_share"_s, u"fully_digital_share"_s,
              u"volume_weighted_share"_s, u"by_level"_s, u"by_department"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"departments"_s).toInt(), 26);
        QCOMPARE(o.value(u"services"_s).toInt(), 106);
        for (const QString &key : {u"online_share"_s, u"fully_digital_share"_s, u"volume_weighted_share"_s}) {
            const double v = o.value(key).toDouble();
            QVERIFY2(v >= 0 && v <= 1, qPrintable(key));
        }
        const QJsonObject levels = o.value(u"by_level"_s).toObject();
        QCOMPARE(levels.keys(), (QStringList {u"L0"_s, u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s}));
        int sum = 0;
        for (const QJsonValue &v : levels)
            sum += v.toInt();
        QCOMPARE(sum, 106);
        const QJsonArray departments = o.value(u"by_department"_s).toArray();
        QCOMPARE(departments.size(), 26);
        for (const QString &key : {u"code"_s, u"name_en"_s, u"services"_s, u"expected"_s, u"completeness"_s,
                                   u"online_share"_s, u"submitted"_s, u"approved"_s})
            QVERIFY2(departments.at(0).toObject().contains(key), qPrintable(key));
        QVERIFY(o.value(u"sample"_s).toString().contains(u"not an official list"_s));
    }

    void reportWritesADatedPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        const Run r = run({u"report"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // nothing on stderr, even without a display
        QVERIFY(r.out.startsWith(u"Wrote "_s + path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);

        // A folder that does not exist: one line naming the file, nothing written.
        const QString missing = dir.filePath(u"nowhere/report.pdf"_s);
        const Run bad = run({u"report"_s, missing});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith(u"fehrist-cli: "_s + missing + u": "_s), qPrintable(bad.err));
        QCOMPARE(bad.err.count(u'\n'), 1);
    }

    void searchInEnglishAndUrdu()
    {
        for (const QString &word : {u"domicile"_s, u"ڈومیسائل"_s}) {
            const Run r = run({u"list"_s, u"--search"_s, word});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u"DC/DOMICILE "_s), qPrintable(r.out));
        }
        const Run none = run({u"list"_s, u"--search"_s, u"zzzqqq"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(u"0 services"_s));
    }

    void listJsonIsTheFullRecords()
    {
        const Run r = run({u"list"_s, u"--department"_s, u"TRANSPORT"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = r.json().array();
        QVERIFY(array.size() >= 5);
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"department_code"_s).toString(), u"TRANSPORT"_s);
            QVERIFY(o.contains(u"id"_s) && o.contains(u"rev"_s) && o.contains(u"state"_s));
        }
        const Run all = run({u"list"_s, u"--json"_s});
        QCOMPARE(all.json().array().size(), 106);
        const Run filtered = run({u"list"_s, u"--level"_s, u"L6"_s, u"--state"_s, u"approved"_s, u"--json"_s});
        for (const QJsonValue &v : filtered.json().array()) {
            QCOMPARE(v.toObject().value(u"digitization_level"_s).toString(), u"L6"_s);
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"approved"_s);
        }
        const Run unknownDept = run({u"list"_s, u"--department"_s, u"NOPE"_s});
        QCOMPARE(unknownDept.exitCode, 1);
    }

    void refusedSetNamesTheFieldAndChangesNothing()
    {
        const QJsonObject before = run({u"show"_s, u"DC/DOMICILE"_s, u"--json"_s}).json().object();
        QVERIFY(!before.isEmpty());

        const Run negative = run({u"set"_s, u"DC/DOMICILE"_s, u"fee_amount_pkr=-5"_s, u"name_en=Domicile"_s});
        QCOMPARE(negative.exitCode, 1);
        QCOMPARE(negative.err.count(u'\n'), 1); // one line
        QVERIFY2(negative.err.contains(u"fee_amount_pkr"_s) && negative.err.contains(u"negative"_s),
                 qPrintable(negative.err));

        const Run unknown = run({u"set"_s, u"DC/DOMICILE"_s, u"fee=5"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.startsWith(u"fehrist-cli: fee: no such field"_s));

        const Run workflow = run({u"set"_s, before.value(u"id"_s).toString(), u"state=approved"_s});
        QCOMPARE(workflow.exitCode, 1);
        QVERIFY(workflow.err.contains(u"state"_s));

        const Run badList = run({u"set"_s, u"DC/DOMICILE"_s, u"channels=web-portal;fax"_s});
        QCOMPARE(badList.exitCode, 1);
        QVERIFY(badList.err.contains(u"\"fax\""_s));

        QCOMPARE(run({u"show"_s, u"DC/DOMICILE"_s, u"--json"_s}).json().object(), before);
    }

    void setShowHistoryDelete()
    {
        const QString id = run({u"show"_s, u"DC/DOMICILE"_s, u"--json"_s}).json().object().value(u"id"_s).toString();
        const Run set = run({u"set"_s, id, u"processing_time=P9D"_s, u"keywords=domicile;residence;ڈومیسائل"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject after = run({u"show"_s, id, u"--json"_s}).json().object();
        QCOMPARE(after.value(u"processing_time"_s).toString(), u"P9D"_s);
        QCOMPARE(after.value(u"keywords"_s).toArray().size(), 3);
        QCOMPARE(after.value(u"state"_s).toString(), u"draft"_s); // was approved: an edit makes a draft

        const Run history = run({u"history"_s, u"DC/DOMICILE"_s, u"--json"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray entries = history.json().array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(u"operation"_s).toString(), u"update"_s);
        const QJsonObject changes = entries.at(1).toObject().value(u"changes"_s).toObject();
        QCOMPARE(changes.value(u"processing_time"_s).toObject().value(u"old"_s).toString(), u"P10D"_s);

        const Run created = run({u"set"_s, u"--create"_s, u"HEALTH/TELEMED"_s, u"name_en=Telemedicine consultation"_s,
                                 u"name_ur=ٹیلی میڈیسن مشاورت"_s, u"description=Consult a doctor by video call."_s,
                                 u"category=health"_s, u"digitization_level=L3"_s, u"channels=mobile-app"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(run({u"list"_s, u"--search"_s, u"ٹیلی"_s}).out.contains(u"HEALTH/TELEMED"_s));

        QCOMPARE(run({u"delete"_s, u"HEALTH/TELEMED"_s}).exitCode, 0);
        const Run gone = run({u"show"_s, u"HEALTH/TELEMED"_s});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains(u"no such service"_s));
    }

    void submitAndReview()
    {
        // A department's drafts and returned services go for review; the others are left as they are.
        auto stateOf = [this](const QString &key) {
            return run({u"show"_s, key, u"--json"_s}).json().object().value(u"state"_s).toString();
        };
        QCOMPARE(stateOf(u"DC/PETROL-NOC"_s), u"draft"_s);
        QCOMPARE(stateOf(u"DC/EVENT-PERMIT"_s), u"returned"_s);
        const Run submitted = run({u"submit"_s, u"--department"_s, u"DC"_s});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QVERIFY2(submitted.out.startsWith(u"Submitted "_s), qPrintable(submitted.out));
        QCOMPARE(stateOf(u"DC/PETROL-NOC"_s), u"submitted"_s);
        QCOMPARE(stateOf(u"DC/EVENT-PERMIT"_s), u"submitted"_s);
        QCOMPARE(stateOf(u"DC/ATTESTATION"_s), u"approved"_s);

        // An approved service is not submitted again as it is; the reason names it.
        const Run again = run({u"submit"_s, u"DC/ATTESTATION"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"DC/ATTESTATION: it is approved as it is"_s), qPrintable(again.err));

        // Nobody decides on their own submission.
        const Run own = run({u"review"_s, u"DC/PETROL-NOC"_s, u"--approve"_s});
        QCOMPARE(own.exitCode, 1);
        QVERIFY2(own.err.contains(u"nobody approves or returns their own submission"_s), qPrintable(own.err));

        // DOMICILE-DUP was submitted by someone else (the sample's officer). A return needs a comment;
        // with one, the service is returned and the comment kept.
        QCOMPARE(stateOf(u"DC/DOMICILE-DUP"_s), u"submitted"_s);
        const Run bare = run({u"review"_s, u"DC/DOMICILE-DUP"_s, u"--return"_s});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY2(bare.err.contains(u"needs a comment"_s), qPrintable(bare.err));
        QCOMPARE(stateOf(u"DC/DOMICILE-DUP"_s), u"submitted"_s);
        const Run returned
            = run({u"review"_s, u"DC/DOMICILE-DUP"_s, u"--return"_s, u"--comment"_s, u"Add the licence fee."_s});
        QVERIFY2(returned.exitCode == 0, qPrintable(returned.err));
        const QJsonObject dup = run({u"show"_s, u"DC/DOMICILE-DUP"_s, u"--json"_s}).json().object();
        QCOMPARE(dup.value(u"state"_s).toString(), u"returned"_s);
        QCOMPARE(dup.value(u"review_comment"_s).toString(), u"Add the licence fee."_s);
        // ... and is in its history with the comment.
        const Run history = run({u"history"_s, u"DC/DOMICILE-DUP"_s});
        QVERIFY2(history.out.contains(u"Add the licence fee."_s), qPrintable(history.out));
        // Only a submitted service is decided on.
        const Run twice = run({u"review"_s, u"DC/DOMICILE-DUP"_s, u"--approve"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(u"it is returned, not submitted"_s), qPrintable(twice.err));
        QCOMPARE(run({u"review"_s, u"DC/EVENT-PERMIT"_s}).exitCode, 2);
        QCOMPARE(run({u"submit"_s}).exitCode, 2);
    }

    void exportAndImport()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"dc.csv"_s);
        const Run exported = run({u"export"_s, csv, u"--department"_s, u"DC"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(csv));
        // The same file back: nothing new, nothing changed.
        const Run merged = run({u"import"_s, csv, u"--mode"_s, u"merge"_s, u"--dry-run"_s});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(u"0 new, 0 updated"_s), qPrintable(merged.out));

        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("department_code,code,name_en,description,category,digitization_level,fee_amount_pkr\n"
                "DC,NEW-1,New,D,other,L1,\n"
                "DC,NEW-2,Newer,D,other,L1,-5\n");
        f.close();
        const qint64 before = run({u"list"_s, u"--json"_s}).json().array().size();
        const Run refused = run({u"import"_s, bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"nothing was imported"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"bad.csv:3: fee_amount_pkr: must not be negative"_s), qPrintable(refused.err));
        QCOMPARE(run({u"list"_s, u"--json"_s}).json().array().size(), before);

        // XLSX both ways, the format taken from the file name.
        const QString xlsx = dir.filePath(u"dc.xlsx"_s);
        const Run exportedXlsx = run({u"export"_s, xlsx, u"--department"_s, u"DC"_s});
        QVERIFY2(exportedXlsx.exitCode == 0, qPrintable(exportedXlsx.err));
        const Run mergedXlsx = run({u"import"_s, xlsx, u"--mode"_s, u"merge"_s});
        QVERIFY2(mergedXlsx.exitCode == 0, qPrintable(mergedXlsx.err));
        QVERIFY2(mergedXlsx.out.contains(u"0 new, 0 updated"_s), qPrintable(mergedXlsx.out));
        const Run missing = run({u"import"_s, dir.filePath(u"missing.xlsx"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"missing.xlsx"_s), qPrintable(missing.err));

        const QString blank = dir.filePath(u"template.xlsx"_s);
        const Run made = run({u"template"_s, blank});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(QFile::exists(blank));
        QCOMPARE(run({u"template"_s, dir.filePath(u"template.csv"_s)}).exitCode, 2);
    }

    void readOnlyCatalogueIsRefusedClearly()
    {
        // A catalogue file the user may read but not write (as a copy from another office). Root may
        // write anything, so when the tests run as root the CLI runs as "nobody" for this check.
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString path = dir.filePath(u"readonly.sqlite"_s);
        QCOMPARE(cli({u"init"_s, u"--sample"_s}, path).exitCode, 0);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        QProcess p;
        const QString program = Fehrist::Test::builtExecutable(u"app/fehrist-cli"_s);
        const QStringList args {u"--db"_s, path, u"list"_s};
        if (geteuid() == 0) {
            p.setProgram(u"setpriv"_s);
            p.setArguments(QStringList {u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, program}
                           + args);
        } else {
            p.setProgram(program);
            p.setArguments(args);
        }
        p.start();
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"read-only"_s), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
    }

    void departmentsListing()
    {
        const Run r = run({u"departments"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 26);
        bool foundUrdu = false;
        for (const QJsonValue &v : array)
            foundUrdu = foundUrdu || !v.toObject().value(u"name_ur"_s).toString().isEmpty();
        QVERIFY(foundUrdu);
        QVERIFY(run({u"departments"_s}).out.contains(u"26 departments"_s));
    }

    void missingCatalogueSaysHowToCreateIt()
    {
        QTemporaryDir dir;
        const Run r = cli({u"stats"_s}, dir.filePath(u"none.sqlite"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"init"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"none.sqlite"_s)));
    }

    void databaseFromTheEnvironment()
    {
        QProcess p;
        p.setProgram(Fehrist::Test::builtExecutable(u"app/fehrist-cli"_s));
        p.setArguments({u"stats"_s, u"--json"_s});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FEHRIST_DB"_s, m_db->url());
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"services"_s).toInt(), 106);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
