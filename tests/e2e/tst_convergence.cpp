// Issue #9's convergence soak: two fehrist-server processes on one PostgreSQL database, each behind a
// ChaosProxy, and four clients (three officers of two departments and a reviewer), each a fehrist-cli
// catalogue on an SQLite file. A seeded PRNG drives thousands of edits, creates, deletes, submissions
// and review decisions in rounds, with syncs between rounds through proxies that cut, reset, delay and
// swallow connections, SIGKILLs of clients mid-sync and of servers mid-push, and forged pushes of one
// department into another's services. Then every fault stops, everyone syncs until nothing changes,
// and the checker proves: no acknowledged change lost or applied twice, every local change accounted
// for, every replica equal to what the server says its user may see, the audit chain intact, no
// cross-department write, no seq gap.
//
// FEHRIST_SOAK_SEED replays a run (the seed is printed first); FEHRIST_SOAK_OPS sizes it.
#include "core/storage/store.h"
#include "core/sync/conflicts.h"
#include "tests/support/chaosproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using namespace Fehrist::Test;
using Fault = ChaosProxy::Fault;

namespace {

QString cliPath()
{
    return builtExecutable(u"app/fehrist-cli"_s);
}

struct Client
{
    QString user;
    QString department; ///< empty for the reviewer
    int proxy = 0; ///< which proxy (and so which server) it syncs through
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<Core::Store> store; ///< the same catalogue, written directly (the CLI's write path)
    /// Every change this client ever made, by change_id, as its outbox held it: the ledger the checker
    /// accounts for after quiescence.
    std::map<QString, Core::OutboxEntry> ledger;

    ProcessResult run(const QStringList &args) const
    {
        return runProgram(cliPath(), QStringList {u"--db"_s, db->url()} + args);
    }
    QJsonDocument json(const QStringList &args) const
    {
        return QJsonDocument::fromJson(run(args + QStringList {u"--json"_s}).out.toUtf8());
    }
    void collectOutbox()
    {
        auto entries = store->outbox(1000000);
        if (!entries)
            return;
        for (const Core::OutboxEntry &e : *entries)
            ledger.try_emplace(e.changeId, e);
    }
    QList<Core::Service> services(const Core::ServiceFilter &filter = {}) const
    {
        QList<Core::Service> all;
        Core::ServiceCursor cursor;
        for (;;) {
            auto page = store->services(filter, cursor, 1000);
            if (!page)
                break;
            all += page->services;
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        return all;
    }
};

// The soak's figures, printed as one summary line and written to docs/reliability.md by hand.
struct Counters
{
    std::map<QString, int> ops; ///< by kind
    std::map<QString, int> faults; ///< deliberate ones by kind (the proxies count what they injected)
    int clientKills = 0;
    int serverKills = 0;
    int syncs = 0;
    int failedSyncs = 0;
    int lost = 0;
    int duplicated = 0;
    int diverged = 0;
    int unexplained = 0;
};

QByteArray canonical(const Core::Service &s)
{
    return QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestConvergence final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_passwordFile;
    std::unique_ptr<TestDatabase> m_serverDb;
    std::unique_ptr<ServerProcess> m_servers[2];
    quint16 m_serverPorts[2] = {0, 0};
    std::unique_ptr<ChaosProxy> m_proxies[2];
    std::vector<std::unique_ptr<Client>> m_clients;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_targetOps = 0;
    Counters m_count;
    int m_forgedAttempts = 0;
    int m_serialNumber = 0;

    int pick(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    qint64 serverValue(const QString &sql) const { return m_serverDb->queryValue(sql).toLongLong(); }
    QString proxyUrl(int i) const { return u"http://127.0.0.1:%1"_s.arg(m_proxies[i]->port()); }

    QString randomText(const QString &prefix)
    {
        return u"%1 %2-%3"_s.arg(prefix).arg(++m_serialNumber).arg(m_random.generate() % 100000);
    }

    // A random assignment of a field that an officer may edit, as FIELD and its text value.
    std::pair<QString, QString> randomAssignment()
    {
        switch (pick(6)) {
        case 0:
            return {u"name_en"_s, randomText(u"Soak service"_s)};
        case 1:
            return {u"description"_s, randomText(u"Described by the soak"_s)};
        case 2:
            return {u"fee_notes"_s, randomText(u"Fee note"_s)};
        case 3:
            return {u"annual_volume"_s, QString::number(pick(100000))};
        case 4:
            return {u"processing_time"_s, u"P%1D"_s.arg(1 + pick(60))};
        default:
            return {u"digitization_level"_s, u"L%1"_s.arg(pick(3))};
        }
    }

    bool setFromText(Core::Service &service, const QString &field, const QString &text)
    {
        const Core::FieldDef *def = Core::Schema::services().field(field);
        if (!def)
            return false;
        auto value = Core::Record::parseText(*def, text);
        if (!value)
            return false;
        service.setValue(field, *value);
        return true;
    }

    QString newCode(const Client &c)
    {
        // A quarter of the creates use a code from a small pool that both DC officers draw from: the
        // same service made twice offline must end up once.
        if (!c.department.isEmpty() && chance(0.25))
            return u"SOAK-SHARED-%1"_s.arg(pick(12));
        return u"SOAK-%1-%2"_s.arg(c.user.section(u'.', 1).toUpper()).arg(++m_serialNumber);
    }

    // One round of an officer's work on its own department, offline.
    void officerRound(Client &c, int budget)
    {
        Core::ServiceFilter mine;
        mine.department = c.department;
        QList<Core::Service> services = c.services(mine);
        QStringList toSubmit;
        for (int done = 0; done < budget; ++done) {
            const int roll = pick(100);
            if (roll < 55 && !services.isEmpty()) { // an edit of 1–3 fields, directly through the Store
                auto found = c.store->service(services.at(pick(int(services.size()))).id);
                if (!found)
                    continue;
                Core::Service s = *found;
                for (int k = 0, n = 1 + pick(3); k < n; ++k) {
                    const auto [field, text] = randomAssignment();
                    setFromText(s, field, text);
                }
                ++m_count.ops[c.store->saveService(s) ? u"edit"_s : u"edit-refused-locally"_s];
            } else if (roll < 65 && !services.isEmpty()) { // the same through `set`, several fields at once
                QStringList args {u"set"_s, services.at(pick(int(services.size()))).key()};
                for (int k = 0, n = 2 + pick(3); k < n; ++k) {
                    const auto [field, text] = randomAssignment();
                    args << field + u'=' + text;
                }
                ++m_count.ops[c.run(args).exitCode == 0 ? u"edit-cli"_s : u"edit-refused-locally"_s];
            } else if (roll < 75) { // a new service
                const QString code = newCode(c);
                const QString name = randomText(u"Made by the soak"_s);
                if (chance(0.5)) {
                    const ProcessResult r
                        = c.run({u"set"_s, u"--create"_s, c.department + u'/' + code, u"name_en="_s + name,
                                 u"description=Made by the soak."_s, u"category=other"_s, u"digitization_level=L1"_s});
                    ++m_count.ops[r.exitCode == 0 ? u"create-cli"_s : u"create-refused-locally"_s];
                } else {
                    Core::Service s;
                    s.setValue(u"department_code"_s, c.department);
                    s.setValue(u"code"_s, code);
                    s.setValue(u"status"_s, u"active"_s);
                    setFromText(s, u"name_en"_s, name);
                    setFromText(s, u"description"_s, u"Made by the soak."_s);
                    setFromText(s, u"category"_s, u"other"_s);
                    setFromText(s, u"digitization_level"_s, u"L1"_s);
                    auto saved = c.store->saveService(s);
                    ++m_count.ops[saved ? u"create"_s : u"create-refused-locally"_s];
                    if (saved)
                        services.append(*saved);
                }
            } else if (roll < 90 && !services.isEmpty()) { // submitted together at the end of the round
                const Core::Service &s = services.at(pick(int(services.size())));
                if ((s.state() == u"draft" || s.state() == u"returned") && !toSubmit.contains(s.id))
                    toSubmit << s.id;
            } else if (!services.isEmpty()) { // a delete, where the workflow allows one
                const Core::Service &s = services.at(pick(int(services.size())));
                auto published = c.store->publishedService(s.id);
                if (!published || published->has_value() || (s.state() != u"draft" && s.state() != u"returned"))
                    continue;
                ++m_count.ops[c.run({u"delete"_s, s.id}).exitCode == 0 ? u"delete"_s : u"delete-refused-locally"_s];
                services.removeIf([&](const Core::Service &x) { return x.id == s.id; });
            }
        }
        if (!toSubmit.isEmpty()) {
            // Edited since it was picked? The CLI checks the state again and refuses what it must.
            const ProcessResult r = c.run(QStringList {u"submit"_s} + toSubmit);
            m_count.ops[r.exitCode == 0 ? u"submit"_s : u"submit-refused-locally"_s] += int(toSubmit.size());
        }
        c.collectOutbox();
    }

    // The reviewer decides on part of its queue: approvals in one call, returns in another.
    void reviewerRound(Client &c)
    {
        QStringList approve, giveBack;
        for (const QJsonValue &v : c.json({u"queue"_s}).array()) {
            const int roll = pick(10);
            if (roll < 5)
                approve << v.toObject().value(u"id"_s).toString();
            else if (roll < 8)
                giveBack << v.toObject().value(u"id"_s).toString();
        }
        if (!approve.isEmpty()) {
            const ProcessResult r
                = c.run(QStringList {u"review"_s} + approve + QStringList {u"--approve"_s, u"--yes"_s});
            m_count.ops[r.exitCode == 0 ? u"approve"_s : u"review-refused-locally"_s] += int(approve.size());
        }
        if (!giveBack.isEmpty()) {
            const ProcessResult r
                = c.run(QStringList {u"review"_s} + giveBack
                        + QStringList {u"--return"_s, u"--yes"_s, u"--comment"_s, randomText(u"Please fix"_s)});
            m_count.ops[r.exitCode == 0 ? u"return"_s : u"review-refused-locally"_s] += int(giveBack.size());
        }
        c.collectOutbox();
    }

    // Some of the conflicts a sync left are settled now, the rest later (or at quiescence).
    void resolveSome(Client &c, double share, bool allTheirs = false)
    {
        auto conflicts = Core::SyncConflicts::list(*c.store);
        if (!conflicts)
            return;
        for (const Core::SyncConflict &k : *conflicts) {
            if (!allTheirs && !chance(share))
                continue;
            // Keeping one's values is possible for a plain conflict only.
            const bool mine = !allTheirs && k.kind == u"conflict" && chance(0.5);
            const ProcessResult r = c.run({u"resolve"_s, k.id, mine ? u"--mine"_s : u"--theirs"_s});
            ++m_count.ops[r.exitCode == 0 ? (mine ? u"resolve-mine"_s : u"resolve-theirs"_s) : u"resolve-refused"_s];
            if (r.exitCode != 0)
                qWarning("%s: resolve %s %s refused: %s", qPrintable(c.user), qPrintable(k.id),
                         mine ? "--mine" : "--theirs", qPrintable(r.err.trimmed()));
        }
        c.collectOutbox();
    }

    QProcess *startSync(const Client &c)
    {
        auto *p = new QProcess;
        p->start(cliPath(), {u"--db"_s, c.db->url(), u"sync"_s, u"--password-file"_s, m_passwordFile});
        return p;
    }

    int finishSync(QProcess *p)
    {
        const bool finished = p->waitForFinished(240000);
        const int code = finished && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        if (!finished) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
        ++m_count.syncs;
        if (code != 0)
            ++m_count.failedSyncs;
        return code;
    }

    // A deliberate fault on the next connection through a client's proxy, then random faults again.
    void planFault(int proxy)
    {
        ChaosProxy::Plan plan;
        switch (pick(5)) {
        case 0:
            plan = {Fault::CutRequest, 1 + pick(600), 0};
            break;
        case 1:
            plan = {Fault::CutResponse, 1 + pick(600), 0};
            break;
        case 2:
            plan = {Fault::Reset, 0, 0};
            break;
        case 3:
            plan = {Fault::Blackhole, 0, 0};
            break;
        default:
            plan = {Fault::Delay, 0, 50 + pick(400)};
            break;
        }
        static const char *const names[] = {"none", "delay", "cut-request", "cut-response", "reset", "blackhole"};
        ++m_count.faults[QString::fromLatin1(names[int(plan.fault)])];
        m_proxies[proxy]->setPlanFor(1 + pick(2), plan);
    }

    void randomFaults(bool on)
    {
        for (int i = 0; i < 2; ++i) {
            if (on)
                m_proxies[i]->setRandom(m_random.generate(), 0.12);
            else
                m_proxies[i]->setPlan({});
        }
    }

    bool restartServer(int i)
    {
        m_servers[i] = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (m_servers[i]->start(&error, m_serverPorts[i]))
                return true;
            QThread::msleep(200); // the port may still be held a moment
            m_servers[i] = std::make_unique<ServerProcess>(m_serverDb->url());
        }
        qWarning("server %d did not come back: %s", i, qPrintable(error));
        return false;
    }

    // Syncs every client once, in random order; some together, some one after the other.
    void syncRound()
    {
        std::vector<int> order(m_clients.size());
        std::iota(order.begin(), order.end(), 0);
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[std::size_t(pick(int(i)))]);
        if (chance(0.5)) {
            std::vector<QProcess *> running;
            for (int i : order)
                running.push_back(startSync(*m_clients[std::size_t(i)]));
            for (QProcess *p : running)
                finishSync(p);
        } else {
            for (int i : order) {
                if (chance(0.5))
                    planFault(m_clients[std::size_t(i)]->proxy);
                finishSync(startSync(*m_clients[std::size_t(i)]));
                randomFaults(true);
            }
        }
    }

    // SIGKILL of a client's sync after a short random time.
    void killClientMidSync()
    {
        Client &c = *m_clients[std::size_t(pick(int(m_clients.size())))];
        QProcess *p = startSync(c);
        p->waitForStarted();
        QThread::msleep(10 + pick(400));
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++m_count.clientKills;
        }
        p->waitForFinished(10000);
        delete p;
    }

    // SIGKILL of the server behind an officer's proxy while that officer's many changes are pushed, and
    // the server back on its port a moment later: the client's retries find it.
    void killServerMidPush()
    {
        Client &c = *m_clients[std::size_t(pick(3))]; // an officer
        officerRound(c, 150 + pick(150));
        const qint64 receipts = serverValue(u"SELECT count(*) FROM srv_receipts"_s);
        QProcess *p = startSync(c);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000 && serverValue(u"SELECT count(*) FROM srv_receipts"_s) == receipts
               && p->state() != QProcess::NotRunning)
            QThread::msleep(3);
        QThread::msleep(pick(30));
        m_servers[c.proxy]->kill();
        ++m_count.serverKills;
        QThread::msleep(200 + pick(600));
        QVERIFY(restartServer(c.proxy));
        finishSync(p);
    }

    // An officer of HEALTH pushes changes to DC's services with its own token, straight to a server:
    // each must be refused, audited as push.forbidden, and leave nothing.
    void forgedPushes(int count)
    {
        const int server = pick(2);
        const QString token = login(*m_servers[server], u"officer.health"_s);
        QVERIFY2(!token.isEmpty(), "officer.health signs in");
        const QJsonArray dcIds
            = QJsonDocument::fromJson(m_serverDb
                                          ->queryValue(u"SELECT '[' || string_agg('\"' || id || '\"', ',') || ']' FROM "
                                                       u"services WHERE department_code = 'DC' AND deleted = 0"_s)
                                          .toString()
                                          .toUtf8())
                  .array();
        QVERIFY(!dcIds.isEmpty());
        QJsonArray changes;
        for (int i = 0; i < count; ++i) {
            const QString id = dcIds.at(pick(int(dcIds.size()))).toString();
            const qint64 rev = serverValue(u"SELECT rev FROM services WHERE id = '%1'"_s.arg(id));
            QJsonObject change {{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"entity"_s, u"service"_s},
                                {u"record_id"_s, id},
                                {u"base_rev"_s, rev}};
            switch (pick(4)) {
            case 0:
                change.insert(u"operation"_s, u"upsert"_s);
                change.insert(u"changes"_s,
                              QJsonObject {{u"name_en"_s, QJsonObject {{u"new"_s, randomText(u"FORGED"_s)}}}});
                break;
            case 1: // and moving it to HEALTH with a forged department_code
                change.insert(u"operation"_s, u"upsert"_s);
                change.insert(
                    u"changes"_s,
                    QJsonObject {{u"department_code"_s, QJsonObject {{u"old"_s, u"HEALTH"_s}, {u"new"_s, u"HEALTH"_s}}},
                                 {u"fee_notes"_s, QJsonObject {{u"new"_s, randomText(u"FORGED"_s)}}}});
                break;
            case 2:
                change.insert(u"operation"_s, u"delete"_s);
                change.insert(u"changes"_s, QJsonObject {});
                break;
            default:
                change.insert(u"operation"_s, u"submit"_s);
                change.insert(u"changes"_s, QJsonObject {});
                break;
            }
            changes.append(change);
        }
        const QJsonObject body {{u"device_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"changes"_s, changes}};
        const HttpResult r = httpJson("POST", m_servers[server]->url(u"/api/v1/sync/push"_s), body, token);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), changes.size());
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            QVERIFY2(o.value(u"result"_s).toString() == u"rejected"
                         && o.value(u"reason"_s).toObject().value(u"code"_s).toString() == u"forbidden",
                     QJsonDocument(o).toJson().constData());
        }
        m_forgedAttempts += int(changes.size());
        m_count.ops[u"forged-push"_s] += int(changes.size());
    }

    int totalOps() const
    {
        int n = 0;
        for (const auto &[kind, count] : m_count.ops)
            if (!kind.contains(u"refused"))
                n += count;
        return n;
    }

    // --- the checker -------------------------------------------------------------------------------

    QMap<QString, QByteArray> serverServices(Core::Store &server, bool published)
    {
        QMap<QString, QByteArray> out;
        Core::ServiceFilter filter;
        filter.published = published;
        Core::ServiceCursor cursor;
        for (;;) {
            auto page = server.services(filter, cursor, 1000);
            if (!page) {
                qWarning("server services: %s", qPrintable(page.error().toString()));
                break;
            }
            for (const Core::Service &s : page->services)
                out.insert(s.id, canonical(s));
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        return out;
    }

    // (3): a client holds exactly what the server lets its user see — its department's working versions
    // (all of them for a reviewer); of other departments, the newest approved version: the working one
    // when it is approved (a retired service too, which has no published version), else the published one.
    void compareReplica(const Client &c, const QMap<QString, QByteArray> &working,
                        const QMap<QString, QByteArray> &published)
    {
        QMap<QString, QByteArray> expected;
        for (auto it = working.begin(); it != working.end(); ++it) {
            const QJsonObject o = QJsonDocument::fromJson(it.value()).object();
            if (c.department.isEmpty() || o.value(u"department_code"_s).toString() == c.department
                || o.value(u"state"_s).toString() == u"approved")
                expected.insert(it.key(), it.value());
            else if (published.contains(it.key()))
                expected.insert(it.key(), published.value(it.key()));
        }
        QMap<QString, QByteArray> actual;
        QSet<QString> keys;
        for (const Core::Service &s : c.services()) {
            actual.insert(s.id, canonical(s));
            if (keys.contains(s.key())) {
                ++m_count.duplicated;
                qWarning("%s holds %s twice", qPrintable(c.user), qPrintable(s.key()));
            }
            keys.insert(s.key());
        }
        int diverged = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (actual.value(it.key()) != it.value()) {
                if (++diverged <= 5)
                    qWarning("%s diverges on %s:\n  server %s\n  client %s", qPrintable(c.user), qPrintable(it.key()),
                             it.value().constData(), actual.value(it.key(), "(absent)").constData());
            }
        }
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            if (!expected.contains(it.key()) && ++diverged <= 10)
                qWarning("%s holds what the server does not show it: %s", qPrintable(c.user), it.value().constData());
        }
        if (diverged > 0)
            qWarning("%s: %d services differ from the server (%lld expected, %lld held)", qPrintable(c.user), diverged,
                     qlonglong(expected.size()), qlonglong(actual.size()));
        m_count.diverged += diverged;
    }

    // (1) and (2): every change in a client's ledger has a receipt; an accepted one is in the change log
    // exactly once with the values it sent, a refused one is among the client's conflicts.
    void accountForLedger(const Client &c)
    {
        QSet<QString> conflictChanges;
        if (auto all = Core::SyncConflicts::list(*c.store, true))
            for (const Core::SyncConflict &k : *all)
                conflictChanges.insert(k.changeId);
        for (const auto &[changeId, entry] : c.ledger) {
            const QString receiptText
                = m_serverDb->queryValue(u"SELECT receipt FROM srv_receipts WHERE change_id = '%1'"_s.arg(changeId))
                      .toString();
            const qint64 logged
                = serverValue(u"SELECT count(*) FROM srv_changes WHERE change_id = '%1'"_s.arg(changeId));
            if (receiptText.isEmpty()) {
                ++m_count.lost;
                qWarning("%s: change %s (%s of %s) has no receipt", qPrintable(c.user), qPrintable(changeId),
                         qPrintable(entry.operation), qPrintable(entry.recordId));
                continue;
            }
            const QJsonObject receipt = QJsonDocument::fromJson(receiptText.toUtf8()).object();
            const QString result = receipt.value(u"result"_s).toString();
            const bool hasSeq = receipt.value(u"seq"_s).isDouble();
            if (result == u"applied" || result == u"merged") {
                if (logged != (hasSeq ? 1 : 0)) {
                    (logged > 1 ? m_count.duplicated : m_count.lost) += 1;
                    qWarning("%s: change %s (%s) is in the change log %lld times", qPrintable(c.user),
                             qPrintable(changeId), qPrintable(result), logged);
                    continue;
                }
                if (!hasSeq || entry.operation != u"upsert")
                    continue;
                // The version it made carries every value the change sent.
                const QJsonObject data
                    = QJsonDocument::fromJson(
                          m_serverDb->queryValue(u"SELECT data FROM srv_changes WHERE change_id = '%1'"_s.arg(changeId))
                              .toString()
                              .toUtf8())
                          .object();
                for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it) {
                    const QJsonValue wanted = it.value().toObject().value(u"new"_s);
                    const QJsonValue got = data.value(it.key());
                    const bool emptyBoth = (wanted.isNull() || wanted.toString().isEmpty() || wanted.isUndefined())
                        && (got.isNull() || got.toString().isEmpty() || got.isUndefined());
                    if (got != wanted && !emptyBoth) {
                        ++m_count.lost;
                        qWarning("%s: change %s (%s) sent %s=%s, the version it made has %s", qPrintable(c.user),
                                 qPrintable(changeId), qPrintable(result), qPrintable(it.key()),
                                 QJsonDocument(QJsonArray {wanted}).toJson(QJsonDocument::Compact).constData(),
                                 QJsonDocument(QJsonArray {got}).toJson(QJsonDocument::Compact).constData());
                        break;
                    }
                }
            } else if (result == u"conflict" || result == u"rejected") {
                if (logged != 0) {
                    ++m_count.duplicated;
                    qWarning("%s: refused change %s is in the change log", qPrintable(c.user), qPrintable(changeId));
                }
                if (!conflictChanges.contains(changeId)) {
                    ++m_count.unexplained;
                    qWarning("%s: change %s was %s (%s) and the client kept no conflict for it", qPrintable(c.user),
                             qPrintable(changeId), qPrintable(result), qPrintable(receiptText));
                }
            } else {
                ++m_count.unexplained;
                qWarning("%s: change %s has a receipt I cannot read: %s", qPrintable(c.user), qPrintable(changeId),
                         qPrintable(receiptText));
            }
        }
    }

    QString summary(qint64 ms) const
    {
        QStringList ops, faults;
        for (const auto &[kind, count] : m_count.ops)
            ops << u"%1=%2"_s.arg(kind).arg(count);
        static const std::pair<Fault, const char *> kinds[] = {{Fault::Delay, "delay"},
                                                               {Fault::CutRequest, "cut-request"},
                                                               {Fault::CutResponse, "cut-response"},
                                                               {Fault::Reset, "reset"},
                                                               {Fault::Blackhole, "blackhole"}};
        for (const auto &[fault, name] : kinds) {
            const int injected = m_proxies[0]->faultsInjected(fault) + m_proxies[1]->faultsInjected(fault);
            const auto planned = m_count.faults.find(QString::fromLatin1(name));
            faults << u"%1=%2 (%3 planned)"_s.arg(QString::fromLatin1(name))
                          .arg(injected)
                          .arg(planned == m_count.faults.end() ? 0 : planned->second);
        }
        return u"seed=%1 operations=%2 [%3] faults=%4 [%5] connections=%6 sigkill clients=%7 servers=%8 syncs=%9 "
               u"(%10 failed under faults) forged=%11 changes lost=%12 duplicated=%13 unexplained=%14 "
               u"replicas diverged=%15 time=%16s"_s.arg(m_seed)
                   .arg(totalOps())
                   .arg(ops.join(u", "_s))
                   .arg(m_proxies[0]->faultsInjected() + m_proxies[1]->faultsInjected())
                   .arg(faults.join(u", "_s))
                   .arg(m_proxies[0]->connections() + m_proxies[1]->connections())
                   .arg(m_count.clientKills)
                   .arg(m_count.serverKills)
                   .arg(m_count.syncs)
                   .arg(m_count.failedSyncs)
                   .arg(m_forgedAttempts)
                   .arg(m_count.lost)
                   .arg(m_count.duplicated)
                   .arg(m_count.unexplained)
                   .arg(m_count.diverged)
                   .arg(double(ms) / 1000, 0, 'f', 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        m_seed = quint32(qEnvironmentVariableIntValue("FEHRIST_SOAK_SEED", &ok));
        if (!ok)
            m_seed = QRandomGenerator::system()->generate();
        qInfo("convergence soak seed %u (FEHRIST_SOAK_SEED=%u replays it)", m_seed, m_seed);
        m_random.seed(m_seed);
        m_targetOps = qEnvironmentVariableIntValue("FEHRIST_SOAK_OPS", &ok);
        if (!ok || m_targetOps <= 0)
            m_targetOps = 3000;
        // Children inherit these: no keychain on a test machine, and a request that never gets an answer
        // (the blackhole) gives up after 4 s instead of a minute.
        qputenv("FEHRIST_NO_KEYCHAIN", "1");
        qputenv("FEHRIST_SYNC_TIMEOUT_MS", "4000");

        QVERIFY(m_scratch.isValid());
        m_passwordFile = m_scratch.filePath(u"password"_s);
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((testPassword() + u'\n').toUtf8());
        f.close();

        // The soak is about two processes sharing one PostgreSQL database: never on SQLite, never skipped.
        m_serverDb = std::make_unique<TestDatabase>(TestDatabase::Backend::PostgreSQL);
        QVERIFY2(m_serverDb->isValid(), qPrintable(m_serverDb->error()));
        const QString prepared = prepareServer(m_serverDb->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        for (int i = 0; i < 2; ++i) {
            m_servers[i] = std::make_unique<ServerProcess>(m_serverDb->url());
            QString error;
            QVERIFY2(m_servers[i]->start(&error), qPrintable(error));
            m_serverPorts[i] = m_servers[i]->port();
            m_proxies[i] = std::make_unique<ChaosProxy>(m_serverPorts[i]);
        }
        const struct
        {
            const char16_t *user;
            const char16_t *department;
            int proxy;
        } who[] = {{u"officer.dc", u"DC", 0},
                   {u"officer.dc2", u"DC", 1},
                   {u"officer.health", u"HEALTH", 0},
                   {u"reviewer", u"", 1}};
        for (const auto &w : who) {
            auto c = std::make_unique<Client>();
            c->user = QString::fromUtf16(w.user);
            c->department = QString::fromUtf16(w.department);
            c->proxy = w.proxy;
            c->db = std::make_unique<TestDatabase>(TestDatabase::Backend::SQLite);
            QVERIFY2(c->db->isValid(), qPrintable(c->db->error()));
            QCOMPARE(c->run({u"init"_s}).exitCode, 0);
            const ProcessResult r = c->run({u"login"_s, u"--server"_s, proxyUrl(w.proxy), u"--user"_s, c->user,
                                            u"--password-file"_s, m_passwordFile});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            ProcessResult synced = c->run({u"sync"_s, u"--password-file"_s, m_passwordFile});
            QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
            auto store = Core::Store::open(c->db->url(), Core::OpenMode::ExistingOnly);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
            c->store = std::move(*store);
            c->store->setActor(c->user);
            m_clients.push_back(std::move(c));
        }
    }

    void cleanupTestCase()
    {
        for (auto &c : m_clients)
            c->store.reset();
        for (auto &p : m_proxies)
            p.reset();
        for (auto &s : m_servers)
            if (s && s->running())
                QCOMPARE(s->terminate(), 0);
    }

    void soak()
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 forbiddenBefore = serverValue(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s);
        randomFaults(true);
        int round = 0;
        while (totalOps() < m_targetOps) {
            ++round;
            const int perOfficer = 10 + pick(30);
            for (std::size_t i = 0; i < 3; ++i)
                officerRound(*m_clients[i], perOfficer);
            reviewerRound(*m_clients[3]);
            if (chance(0.3))
                forgedPushes(1 + pick(4));
            if (chance(0.2))
                killClientMidSync();
            if (chance(0.12) && !QTest::currentTestFailed())
                killServerMidPush();
            syncRound();
            for (auto &c : m_clients)
                resolveSome(*c, 0.3);
            if (round % 5 == 0)
                qInfo("round %d: %d operations, %d syncs, %lld s", round, totalOps(), m_count.syncs,
                      clock.elapsed() / 1000);
            QVERIFY(!QTest::currentTestFailed());
        }
        // At least one of each SIGKILL, whatever the dice said.
        if (m_count.clientKills == 0)
            killClientMidSync();
        if (m_count.serverKills == 0)
            killServerMidPush();
        QVERIFY(!QTest::currentTestFailed());

        // Quiescence: no faults; everyone settles its conflicts with the server's values and syncs, until a
        // whole round changes nothing.
        randomFaults(false);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(m_servers[i]->running(), "both servers are up");
        bool quiet = false;
        qint64 lastSeq = -1;
        QStringList unsettled; // what kept each pass from being quiet, for the failure message
        for (int pass = 0; pass < 12 && !quiet; ++pass) {
            for (auto &c : m_clients) {
                resolveSome(*c, 1, true);
                const ProcessResult r = c->run({u"sync"_s, u"--password-file"_s, m_passwordFile});
                QVERIFY2(r.exitCode == 0, qPrintable(c->user + u": "_s + r.err));
                c->collectOutbox();
            }
            const qint64 seq = serverValue(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
            bool settled = true;
            QStringList state {u"seq %1"_s.arg(seq)};
            for (auto &c : m_clients) {
                const QJsonObject status = c->json({u"status"_s}).object();
                const qint64 pending = status.value(u"pending"_s).toInteger();
                const qint64 conflicts = status.value(u"conflicts"_s).toInteger();
                settled = settled && pending == 0 && conflicts == 0;
                if (pending || conflicts)
                    state.append(u"%1: %2 pending, %3 conflicts"_s.arg(c->user).arg(pending).arg(conflicts));
            }
            quiet = settled && seq == lastSeq;
            lastSeq = seq;
            unsettled.append(u"pass %1: "_s.arg(pass) + state.join(u", "_s));
        }
        QVERIFY2(
            quiet,
            qPrintable(u"the clients settle within 12 rounds of syncs without faults; "_s + unsettled.join(u"; "_s)));
        // One more pull for all: the last round's changes of the others.
        for (auto &c : m_clients)
            QCOMPARE(c->run({u"sync"_s, u"--password-file"_s, m_passwordFile}).exitCode, 0);

        // (1), (2): the ledgers.
        for (auto &c : m_clients)
            accountForLedger(*c);
        m_count.duplicated
            += int(serverValue(u"SELECT count(*) FROM (SELECT change_id FROM srv_changes WHERE change_id "
                               u"IS NOT NULL GROUP BY change_id HAVING count(*) > 1) d"_s));
        m_count.duplicated += int(serverValue(u"SELECT count(*) FROM (SELECT department_code, code FROM services WHERE "
                                              u"deleted = 0 GROUP BY department_code, code HAVING count(*) > 1) d"_s));
        // No seq skipped, whichever of the two processes wrote, killed or not.
        QCOMPARE(serverValue(u"SELECT count(*) FROM srv_changes"_s),
                 serverValue(u"SELECT max(seq) FROM srv_changes"_s));
        QCOMPARE(serverValue(u"SELECT min(seq) FROM srv_changes"_s), 1);
        QCOMPARE(serverValue(u"SELECT max(seq) FROM srv_changes"_s),
                 serverValue(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s));

        // (3): the replicas.
        auto server = Core::Store::open(m_serverDb->url(), Core::OpenMode::ExistingOnly);
        QVERIFY2(server, qPrintable(server ? QString() : server.error().toString()));
        const auto working = serverServices(**server, false);
        const auto published = serverServices(**server, true);
        for (auto &c : m_clients)
            compareReplica(*c, working, published);

        // (4): the audit chain.
        const ProcessResult verified = serverCommand(m_serverDb->url(), {u"audit"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        // (5): every forged push refused, audited once, and without a trace in the data.
        QCOMPARE(serverValue(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s) - forbiddenBefore,
                 qint64(m_forgedAttempts));
        QCOMPARE(serverValue(u"SELECT count(*) FROM srv_changes WHERE data LIKE '%FORGED%'"_s), 0);
        QCOMPARE(
            serverValue(u"SELECT count(*) FROM services WHERE name_en LIKE 'FORGED%' OR fee_notes LIKE 'FORGED%'"_s),
            0);
        QCOMPARE(serverValue(u"SELECT count(*) FROM srv_changes c JOIN srv_users u ON u.username = c.actor WHERE "
                             u"u.department_code IS NOT NULL AND c.entity = 'service' AND c.department_code <> "
                             u"u.department_code"_s),
                 0);

        const QString line = summary(clock.elapsed());
        qInfo("%s", qPrintable(line));
        QCOMPARE(m_count.lost, 0);
        QCOMPARE(m_count.duplicated, 0);
        QCOMPARE(m_count.unexplained, 0);
        QCOMPARE(m_count.diverged, 0);
        QVERIFY(totalOps() >= m_targetOps);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
