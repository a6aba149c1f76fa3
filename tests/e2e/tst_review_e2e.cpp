// Issue #5's acceptance, end to end with real processes: a department officer and two reviewers, each
// with a catalogue of their own and fehrist-cli, syncing with a real fehrist-server on loopback (SQLite,
// or with FEHRIST_TEST_BACKEND=pg the server on PostgreSQL), and the public feed read over HTTP.
//
// created → submitted → synced; returned with a comment; the officer sees the comment, edits and
// resubmits; approved → in the feed; edited again → the feed keeps the approved version until the new
// revision is approved.
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

struct Client
{
    std::unique_ptr<TestDatabase> db;
    QString passwordFile;

    ProcessResult run(const QStringList &args) const
    {
        return runProgram(builtExecutable(u"app/fehrist-cli"_s), QStringList {u"--db"_s, db->url()} + args);
    }
    QJsonDocument json(const QStringList &args) const
    {
        return QJsonDocument::fromJson(run(args + QStringList {u"--json"_s}).out.toUtf8());
    }
    bool sync() const
    {
        const ProcessResult r = run({u"sync"_s, u"--password-file"_s, passwordFile});
        if (r.exitCode != 0)
            qWarning("sync: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }
    QJsonObject show(const QString &key) const { return json({u"show"_s, key}).object(); }
};

const QString kService = u"DC/SHOP-REG"_s;

} // namespace

class TestReviewEndToEnd final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    std::unique_ptr<TestDatabase> m_serverDb;
    std::unique_ptr<ServerProcess> m_server;
    Client m_officer, m_reviewer, m_reviewer2;

    Client client(const QString &user)
    {
        Client c;
        c.db = std::make_unique<TestDatabase>(TestDatabase::Backend::SQLite);
        c.passwordFile = m_scratch.filePath(u"password"_s);
        c.run({u"init"_s});
        const ProcessResult login = c.run(
            {u"login"_s, u"--server"_s, m_server->baseUrl(), u"--user"_s, user, u"--password-file"_s, c.passwordFile});
        if (login.exitCode != 0)
            qWarning("login %s: %s", qPrintable(user), qPrintable(login.err));
        return c;
    }

    // The public feed's entry for kService, or an empty object.
    QJsonObject inFeed()
    {
        const HttpResult r = http("GET", m_server->url(u"/api/v1/catalogue"_s));
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.json().value(u"services"_s).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(u"department_code"_s).toString() + u'/' + s.value(u"code"_s).toString() == kService)
                return s;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QFile f(m_scratch.filePath(u"password"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((testPassword() + u'\n').toUtf8());
        f.close();
        m_serverDb = std::make_unique<TestDatabase>(TestDatabase::backendFromEnvironment());
        QVERIFY2(m_serverDb->isValid(), qPrintable(m_serverDb->error()));
        const QString prepared = prepareServer(m_serverDb->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_officer = client(u"officer.dc"_s);
        m_reviewer = client(u"reviewer"_s);
        m_reviewer2 = client(u"reviewer2"_s);
        for (const Client *c : {&m_officer, &m_reviewer, &m_reviewer2})
            QVERIFY(c->sync());
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void officerCreatesAndSubmits()
    {
        const ProcessResult created
            = m_officer.run({u"set"_s, kService, u"--create"_s, u"name_en=Shop registration"_s,
                             u"description=Registration of a shop under the Shops and Establishments Act."_s,
                             u"category=business-investment"_s, u"digitization_level=L1"_s, u"status=active"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const ProcessResult submitted = m_officer.run({u"submit"_s, kService});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QVERIFY(m_officer.sync());
        QCOMPARE(m_officer.show(kService).value(u"state"_s).toString(), u"submitted"_s);
        QVERIFY(inFeed().isEmpty()); // nothing of it is public yet
    }

    void reviewerReturnsWithAComment()
    {
        QVERIFY(m_reviewer.sync());
        const QJsonArray queue = m_reviewer.json({u"queue"_s, u"--department"_s, u"DC"_s}).array();
        bool queued = false;
        for (const QJsonValue &v : queue)
            queued = queued || v.toObject().value(u"code"_s).toString() == u"SHOP-REG"_s;
        QVERIFY2(queued, "the submission is in the reviewer's queue");
        const ProcessResult returned
            = m_reviewer.run({u"review"_s, kService, u"--return"_s, u"--comment"_s, u"Say what the fee is."_s});
        QVERIFY2(returned.exitCode == 0, qPrintable(returned.err));
        QVERIFY(returned.out.contains(u"new: not published before"_s));
        QVERIFY(m_reviewer.sync());
    }

    void officerSeesTheCommentEditsAndResubmits()
    {
        QVERIFY(m_officer.sync());
        const QJsonObject s = m_officer.show(kService);
        QCOMPARE(s.value(u"state"_s).toString(), u"returned"_s);
        QCOMPARE(s.value(u"review_comment"_s).toString(), u"Say what the fee is."_s);
        // The history tells who returned it, and why.
        bool told = false;
        for (const QJsonValue &v : m_officer.json({u"history"_s, kService}).array()) {
            const QJsonObject h = v.toObject();
            told = told
                || (h.value(u"operation"_s).toString() == u"return" && h.value(u"by"_s).toString() == u"reviewer"
                    && h.value(u"comment"_s).toString() == u"Say what the fee is.");
        }
        QVERIFY2(told, "the officer's history shows the return, by whom, with its comment");
        QCOMPARE(m_officer.run({u"set"_s, kService, u"fee_type=fixed"_s, u"fee_amount_pkr=1500"_s}).exitCode, 0);
        QCOMPARE(m_officer.show(kService).value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(m_officer.run({u"submit"_s, kService}).exitCode, 0);
        QVERIFY(m_officer.sync());
    }

    void reviewerApprovesAndTheFeedHasIt()
    {
        QVERIFY(m_reviewer.sync());
        QCOMPARE(m_reviewer.show(kService).value(u"state"_s).toString(), u"submitted"_s);
        const ProcessResult approved = m_reviewer.run({u"review"_s, kService, u"--approve"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QVERIFY(m_reviewer.sync());
        const QJsonObject published = inFeed();
        QCOMPARE(published.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(published.value(u"name_en"_s).toString(), u"Shop registration"_s);
        QCOMPARE(published.value(u"fee_amount_pkr"_s).toString(), u"1500"_s);
    }

    void anEditLeavesThePublishedVersionUntilApproved()
    {
        QVERIFY(m_officer.sync());
        QCOMPARE(m_officer.show(kService).value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(
            m_officer
                .run({u"set"_s, kService, u"name_en=Shop and establishment registration"_s, u"digitization_level=L2"_s})
                .exitCode,
            0);
        QVERIFY(m_officer.sync());
        // The public still sees the approved revision; the officer's own catalogue has both.
        QCOMPARE(inFeed().value(u"name_en"_s).toString(), u"Shop registration"_s);
        QCOMPARE(inFeed().value(u"digitization_level"_s).toString(), u"L1"_s);
        QCOMPARE(m_officer.show(kService).value(u"name_en"_s).toString(), u"Shop and establishment registration"_s);
        const QString exported = m_scratch.filePath(u"published.json"_s);
        QCOMPARE(m_officer.run({u"export"_s, exported, u"--published"_s, u"--department"_s, u"DC"_s}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray published = file.readAll();
        QVERIFY(published.contains("\"Shop registration\""));
        QVERIFY(!published.contains("Shop and establishment registration"));

        // Submitted again: a second reviewer, who never saw the approved revision, is shown the change
        // against it, approves, and the feed moves on.
        QCOMPARE(m_officer.run({u"submit"_s, kService}).exitCode, 0);
        QVERIFY(m_officer.sync());
        QVERIFY(m_reviewer2.sync());
        const ProcessResult approved = m_reviewer2.run({u"review"_s, kService, u"--approve"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QVERIFY2(approved.out.contains(u"name_en: Shop registration → Shop and establishment registration"_s),
                 qPrintable(approved.out));
        QVERIFY2(approved.out.contains(u"digitization_level: L1 → L2"_s), qPrintable(approved.out));
        QVERIFY(m_reviewer2.sync());
        QCOMPARE(inFeed().value(u"name_en"_s).toString(), u"Shop and establishment registration"_s);
        QCOMPARE(inFeed().value(u"digitization_level"_s).toString(), u"L2"_s);
    }

    // The server refuses an officer's approval, a self-approval and a decision on a stale revision, says
    // why, and audits each refusal.
    void refusedDecisionsAreExplainedAndAudited()
    {
        const QString key = u"DC/PETROL-NOC"_s; // a draft in the sample
        QVERIFY(m_officer.sync());
        QCOMPARE(m_officer.run({u"submit"_s, key}).exitCode, 0);
        QVERIFY(m_officer.sync());
        const QJsonObject submitted = m_officer.show(key);
        QCOMPARE(submitted.value(u"state"_s).toString(), u"submitted"_s);
        const QString id = submitted.value(u"id"_s).toString();
        const qint64 rev = submitted.value(u"rev"_s).toInteger();

        auto decide = [&](const QString &user, qint64 baseRev, const QString &operation) {
            const QJsonObject change {{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {u"entity"_s, u"service"_s},
                                      {u"record_id"_s, id},
                                      {u"base_rev"_s, baseRev},
                                      {u"operation"_s, operation},
                                      {u"changes"_s, QJsonObject {}}};
            const HttpResult r = httpJson(
                "POST", m_server->url(u"/api/v1/sync/push"_s),
                QJsonObject {{u"device_id"_s, QString(u"e2e-"_s + user)}, {u"changes"_s, QJsonArray {change}}},
                login(*m_server, user));
            return r.json().value(u"results"_s).toArray().at(0).toObject();
        };
        auto reason = [](const QJsonObject &receipt) {
            return receipt.value(u"reason"_s).toObject().value(u"message"_s).toString();
        };

        // An officer does not approve.
        QJsonObject r = decide(u"officer.dc2"_s, rev, u"approve"_s);
        QCOMPARE(r.value(u"result"_s).toString(), u"rejected"_s);
        QVERIFY2(reason(r).contains(u"only reviewers approve or return"_s), qPrintable(reason(r)));
        // A reviewer who saw an older revision is told to look again.
        r = decide(u"reviewer"_s, rev - 1, u"approve"_s);
        QCOMPARE(r.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"stale"_s);
        QVERIFY2(reason(r).contains(u"changed since you reviewed it"_s), qPrintable(reason(r)));
        // Nobody approves their own submission: an administrator edits, submits and tries.
        r = decide(u"admin"_s, rev, u"submit"_s); // already submitted: a no-op, accepted
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        const QJsonObject edit {{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"entity"_s, u"service"_s},
                                {u"record_id"_s, id},
                                {u"base_rev"_s, rev},
                                {u"operation"_s, u"upsert"_s},
                                {u"changes"_s, QJsonObject {{u"fee_notes"_s, QJsonObject {{u"new"_s, u"No fee."_s}}}}}};
        const QString adminToken = login(*m_server, u"admin"_s);
        HttpResult pushed
            = httpJson("POST", m_server->url(u"/api/v1/sync/push"_s),
                       QJsonObject {{u"device_id"_s, u"e2e-admin"_s}, {u"changes"_s, QJsonArray {edit}}}, adminToken);
        const qint64 edited = pushed.json().value(u"results"_s).toArray().at(0).toObject().value(u"rev"_s).toInteger();
        QCOMPARE(decide(u"admin"_s, edited, u"submit"_s).value(u"result"_s).toString(), u"applied"_s);
        r = decide(u"admin"_s, edited + 1, u"approve"_s);
        QCOMPARE(r.value(u"result"_s).toString(), u"rejected"_s);
        QVERIFY2(reason(r).contains(u"nobody approves or returns their own submission"_s), qPrintable(reason(r)));

        // Each refusal is in the audit log, with who tried and why it was refused.
        const HttpResult audit = httpJson("GET", m_server->url(u"/api/v1/audit?since=0&limit=1000"_s), {}, adminToken);
        QCOMPARE(audit.status, 200);
        QStringList refusals;
        for (const QJsonValue &v : audit.json().value(u"entries"_s).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"record_id"_s).toString() == id && e.value(u"action"_s).toString() != u"push.applied")
                refusals.append(e.value(u"actor"_s).toString() + u" "_s + e.value(u"action"_s).toString() + u": "_s
                                + e.value(u"detail"_s).toString());
        }
        const QString all = refusals.join(u"\n"_s);
        QCOMPARE(refusals.size(), 3);
        QVERIFY2(refusals.at(0).startsWith(u"officer.dc2 push.forbidden: approve"_s), qPrintable(all));
        QVERIFY2(refusals.at(1).startsWith(u"reviewer push.rejected: approve: stale"_s), qPrintable(all));
        QVERIFY2(refusals.at(2).startsWith(u"admin push.forbidden: approve"_s), qPrintable(all));
        QVERIFY2(refusals.at(2).contains(u"own submission"_s), qPrintable(all));
        // And the chain still verifies.
        m_server->terminate();
        const ProcessResult verified = serverCommand(m_serverDb->url(), {u"audit"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QString error;
        QVERIFY2(m_server->start(&error, m_server->port()), qPrintable(error));
    }

    void retiringIsAReviewedChange()
    {
        QVERIFY(m_officer.sync());
        // Deleting what the public sees is refused; retiring goes through review.
        const ProcessResult deleted = m_officer.run({u"delete"_s, kService});
        QVERIFY(deleted.exitCode != 0);
        QVERIFY2(deleted.err.contains(u"retired"_s), qPrintable(deleted.err));
        QCOMPARE(m_officer.run({u"set"_s, kService, u"status=retired"_s}).exitCode, 0);
        QCOMPARE(m_officer.run({u"submit"_s, kService}).exitCode, 0);
        QVERIFY(m_officer.sync());
        QVERIFY(!inFeed().isEmpty()); // still public until a reviewer agrees
        QVERIFY(m_reviewer.sync());
        QCOMPARE(m_reviewer.run({u"review"_s, kService, u"--approve"_s}).exitCode, 0);
        QVERIFY(m_reviewer.sync());
        QVERIFY(inFeed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewEndToEnd)
#include "tst_review_e2e.moc"
