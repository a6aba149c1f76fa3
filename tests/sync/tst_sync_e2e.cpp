// Issue #4's acceptance, end to end: real fehrist-cli processes with their own catalogues syncing with a
// real fehrist-server on loopback — both sides on SQLite, or (FEHRIST_TEST_BACKEND=pg) the server and
// one client of each pair on PostgreSQL. Faults are real too: a proxy that cuts an answer after the
// server committed, SIGKILL of the client mid-pull and of the server mid-push, revoked sign-ins, and a
// server restored from a backup.
#include "core/domain/ids.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

QString cliPath()
{
    return builtExecutable(u"app/fehrist-cli"_s);
}

// A client: a catalogue of its own and fehrist-cli run against it.
struct Client
{
    std::unique_ptr<TestDatabase> db;
    QString passwordFile;

    ProcessResult run(const QStringList &args) const
    {
        return runProgram(cliPath(), QStringList {u"--db"_s, db->url()} + args);
    }
    QJsonDocument json(const QStringList &args) const
    {
        return QJsonDocument::fromJson(run(args + QStringList {u"--json"_s}).out.toUtf8());
    }
    ProcessResult sync() const { return run({u"sync"_s, u"--password-file"_s, passwordFile}); }
    QJsonObject show(const QString &key) const { return json({u"show"_s, key}).object(); }
    qint64 pending() const { return json({u"status"_s}).object().value(u"pending"_s).toInteger(); }
    QJsonArray conflicts() const { return json({u"conflicts"_s}).array(); }
    QVariant value(const QString &sql) const { return db->queryValue(sql); }
};

// Forwards connections to the server; the answers to the first `cuts` pushes are swallowed after the
// server has sent them (so the server committed, and the client never hears of it).
class CuttingProxy final : public QThread
{
public:
    explicit CuttingProxy(quint16 target) : m_target(target) { }
    ~CuttingProxy() override
    {
        quit();
        wait();
    }

    std::atomic<int> cutsLeft = 0;
    std::atomic<int> cut = 0;

    quint16 waitForPort()
    {
        while (m_port == 0)
            QThread::msleep(10);
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer listener;
        listener.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket *client = listener.nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                auto cutting = std::make_shared<bool>(false);
                auto decided = std::make_shared<bool>(false);
                server->connectToHost(QHostAddress::LocalHost, m_target);
                QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
                    const QByteArray data = client->readAll();
                    if (!*decided) {
                        *decided = true;
                        if (data.startsWith("POST /api/v1/sync/push") && cutsLeft.fetch_sub(1) > 0)
                            *cutting = true;
                    }
                    server->write(data);
                });
                QObject::connect(server, &QTcpSocket::readyRead, client, [=] {
                    const QByteArray data = server->readAll();
                    if (!*cutting)
                        client->write(data);
                });
                QObject::connect(server, &QTcpSocket::disconnected, client, [=, this] {
                    if (*cutting) {
                        ++cut;
                        client->abort(); // the answer was complete at the server; the client gets nothing
                    } else {
                        client->disconnectFromHost();
                    }
                });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        m_port = listener.serverPort();
        exec();
    }

private:
    quint16 m_target;
    std::atomic<quint16> m_port = 0;
};

QByteArray servicesCsv(const QString &department, const QString &prefix, int count)
{
    QByteArray csv = "department_code,code,name_en,description,category,digitization_level,status\n";
    for (int i = 0; i < count; ++i)
        csv += u"%1,%2-%3,Service %2 %3,Made for a sync test.,other,L%4,active\n"_s.arg(department, prefix)
                   .arg(i)
                   .arg(i % 3)
                   .toUtf8();
    return csv;
}

} // namespace

class TestSyncEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_serverDb;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_scratch;
    QString m_passwordFile;
    static constexpr int kExtraServices = 2000; ///< DC services beyond the sample, so that pulls take pages

    Client client(const QString &user, bool secondEngine = false, const QString &serverUrl = {})
    {
        Client c;
        // The second client of a pair follows FEHRIST_TEST_BACKEND (PostgreSQL in the pg run); the first
        // is always an SQLite file.
        c.db = std::make_unique<TestDatabase>(secondEngine ? TestDatabase::backendFromEnvironment()
                                                           : TestDatabase::Backend::SQLite);
        c.passwordFile = m_passwordFile;
        if (!c.db->isValid())
            return c;
        c.run({u"init"_s});
        const ProcessResult login
            = c.run({u"login"_s, u"--server"_s, serverUrl.isEmpty() ? m_server->baseUrl() : serverUrl, u"--user"_s,
                     user, u"--password-file"_s, m_passwordFile});
        if (login.exitCode != 0)
            qWarning("login %s: %s", qPrintable(user), qPrintable(login.err));
        return c;
    }
    qint64 serverCount(const QString &sql) { return m_serverDb->queryValue(sql).toLongLong(); }
    // A CSV of `count` new DC services coded PREFIX-0, PREFIX-1, …; empty when it could not be written.
    QString writeServicesCsv(const QString &prefix, int count)
    {
        const QString path = m_scratch.filePath(prefix.toLower() + u".csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(servicesCsv(u"DC"_s, prefix, count)) < 0)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_passwordFile = m_scratch.filePath(u"password"_s);
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((testPassword() + u'\n').toUtf8());
        f.close();
        m_serverDb = std::make_unique<TestDatabase>();
        QVERIFY2(m_serverDb->isValid(), qPrintable(m_serverDb->error()));
        const QString prepared = prepareServer(m_serverDb->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        // More services, loaded into the server database directly; the server publishes them as it starts.
        const QString csv = writeServicesCsv(u"BULK"_s, kExtraServices);
        QVERIFY(!csv.isEmpty());
        const ProcessResult imported = runProgram(cliPath(), {u"--db"_s, m_serverDb->url(), u"import"_s, csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_server = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void twoOfficersEditDifferentFieldsAndBothGetBoth()
    {
        const Client a = client(u"officer.dc"_s);
        const Client b = client(u"officer.dc2"_s, true);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        // Offline edits of one service.
        QCOMPARE(a.run({u"set"_s, u"DC/PETROL-NOC"_s, u"name_en=Petrol station NOC"_s}).exitCode, 0);
        QCOMPARE(b.run({u"set"_s, u"DC/PETROL-NOC"_s, u"fee_type=fixed"_s, u"fee_amount_pkr=5000"_s}).exitCode, 0);
        QCOMPARE(a.pending(), 1);
        ProcessResult r = a.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 applied"_s), qPrintable(r.out + r.err));
        r = b.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 merged"_s), qPrintable(r.out + r.err));
        QCOMPARE(a.sync().exitCode, 0);
        for (const Client *c : {&a, &b}) {
            const QJsonObject s = c->show(u"DC/PETROL-NOC"_s);
            QCOMPARE(s.value(u"name_en"_s).toString(), u"Petrol station NOC"_s);
            QCOMPARE(s.value(u"fee_amount_pkr"_s).toString(), u"5000"_s);
            QCOMPARE(c->pending(), 0);
            QCOMPARE(c->conflicts().size(), 0);
        }
        QCOMPARE(a.show(u"DC/PETROL-NOC"_s).value(u"rev"_s), b.show(u"DC/PETROL-NOC"_s).value(u"rev"_s));
        // No token (nor the password) in the catalogue: they are in the keychain, or nowhere.
        for (const Client *c : {&a, &b})
            QCOMPARE(c->value(u"SELECT count(*) FROM meta WHERE value LIKE 'fa_%' OR value LIKE 'fr_%' "
                              u"OR value LIKE '%%1%'"_s.arg(testPassword()))
                         .toInt(),
                     0);
    }

    void theSameFieldConflictsAndResolvingConverges()
    {
        const Client a = client(u"officer.dc"_s);
        const Client b = client(u"officer.dc2"_s, true);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        const QString before = a.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString();
        QCOMPARE(a.run({u"set"_s, u"DC/EVENT-PERMIT"_s, u"name_en=Gathering permit (A)"_s}).exitCode, 0);
        QCOMPARE(b.run({u"set"_s, u"DC/EVENT-PERMIT"_s, u"name_en=Gathering permit (B)"_s}).exitCode, 0);
        QCOMPARE(a.sync().exitCode, 0);
        ProcessResult r = b.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 conflicts"_s), qPrintable(r.out + r.err));
        // The server kept the first value; B sees it, and its own value waits in the conflict.
        QCOMPARE(b.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString(), u"Gathering permit (A)"_s);
        QJsonArray conflicts = b.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QJsonObject conflict = conflicts.at(0).toObject();
        QCOMPARE(conflict.value(u"record"_s).toString(), u"DC/EVENT-PERMIT"_s);
        const QJsonObject field = conflict.value(u"fields"_s).toObject().value(u"name_en"_s).toObject();
        QCOMPARE(field.value(u"base"_s).toString(), before);
        QCOMPARE(field.value(u"mine"_s).toString(), u"Gathering permit (B)"_s);
        QCOMPARE(field.value(u"theirs"_s).toString(), u"Gathering permit (A)"_s);
        QVERIFY(b.run({u"status"_s}).out.contains(u"Conflicts: 1"_s));

        // B keeps its value: a new change, sent by the next sync; A receives it.
        r = b.run({u"resolve"_s, conflict.value(u"id"_s).toString().left(8), u"--mine"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(b.sync().exitCode, 0);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString(), u"Gathering permit (B)"_s);
        QCOMPARE(b.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString(), u"Gathering permit (B)"_s);
        QCOMPARE(b.conflicts().size(), 0);

        // Again, and this time B takes the server's side.
        QCOMPARE(a.run({u"set"_s, u"DC/EVENT-PERMIT"_s, u"name_en=Gathering permit (A2)"_s}).exitCode, 0);
        QCOMPARE(b.run({u"set"_s, u"DC/EVENT-PERMIT"_s, u"name_en=Gathering permit (B2)"_s}).exitCode, 0);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        conflicts = b.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(b.run({u"resolve"_s, conflicts.at(0).toObject().value(u"id"_s).toString(), u"--theirs"_s}).exitCode,
                 0);
        QCOMPARE(b.sync().exitCode, 0);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString(), u"Gathering permit (A2)"_s);
        QCOMPARE(b.show(u"DC/EVENT-PERMIT"_s).value(u"name_en"_s).toString(), u"Gathering permit (A2)"_s);
        QCOMPARE(b.pending(), 0);
        // Resolving twice is refused.
        QCOMPARE(b.run({u"resolve"_s, conflicts.at(0).toObject().value(u"id"_s).toString(), u"--mine"_s}).exitCode, 1);
    }

    void aRefusedChangeTakenTheirsGetsTheServersValues()
    {
        // A change refused as a whole (its new code was given to another service meanwhile) that also set a
        // value another officer had already set on the server: the server's side is the server's values,
        // not the ones the change replaced.
        const Client a = client(u"officer.dc"_s);
        const Client b = client(u"officer.dc2"_s, true);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        const QString key = u"DC/BULK-1717"_s;
        const QString renamed = u"Renamed on both sides"_s;
        QCOMPARE(b.run({u"set"_s, key, u"name_en="_s + renamed}).exitCode, 0);
        const QString csv = writeServicesCsv(u"TAKEN"_s, 1);
        QVERIFY(!csv.isEmpty());
        QCOMPARE(b.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);

        QCOMPARE(a.run({u"set"_s, key, u"code=TAKEN-0"_s, u"name_en="_s + renamed}).exitCode, 0);
        ProcessResult r = a.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 rejected"_s), qPrintable(r.out + r.err));
        const QJsonArray conflicts = a.conflicts();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.at(0).toObject();
        QCOMPARE(conflict.value(u"reason_code"_s).toString(), u"invalid"_s);
        const QJsonObject fields = conflict.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"code"_s).toObject().value(u"theirs"_s).toString(), u"BULK-1717"_s);
        QCOMPARE(fields.value(u"name_en"_s).toObject().value(u"theirs"_s).toString(), renamed);

        r = a.run({u"resolve"_s, conflict.value(u"id"_s).toString(), u"--theirs"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(a.pending(), 0);
        QCOMPARE(a.show(key).value(u"name_en"_s).toString(), renamed);
        QCOMPARE(a.show(key).value(u"rev"_s), b.show(key).value(u"rev"_s));
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.show(key).value(u"name_en"_s).toString(),
                 m_serverDb->queryValue(u"SELECT name_en FROM services WHERE code = 'BULK-1717'"_s).toString());
    }

    void aServiceTheServerNeverTookStaysGoneWhicheverChangeIsSettled()
    {
        // Officer B gives code TWICE-0 to a service first. Offline, officer A makes a service under the same
        // code and deletes it again: both changes are refused (a duplicate code; no such record).
        const Client a = client(u"officer.dc"_s);
        const Client b = client(u"officer.dc2"_s, true);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        const QString csv = writeServicesCsv(u"TWICE"_s, 1);
        QVERIFY(!csv.isEmpty());
        QCOMPARE(b.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(b.sync().exitCode, 0);
        QCOMPARE(a.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(a.run({u"delete"_s, u"DC/TWICE-0"_s}).exitCode, 0);
        ProcessResult r = a.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"2 rejected"_s), qPrintable(r.out + r.err));
        // Whichever is settled first, taking the server's side leaves A with the server's TWICE-0 only.
        QJsonArray conflicts = a.conflicts();
        QCOMPARE(conflicts.size(), 2);
        for (qsizetype i = conflicts.size() - 1; i >= 0; --i) {
            r = a.run({u"resolve"_s, conflicts.at(i).toObject().value(u"id"_s).toString(), u"--theirs"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(a.conflicts().size(), 0);
        QCOMPARE(a.pending(), 0);
        const QString serverId = m_serverDb->queryValue(u"SELECT id FROM services WHERE code = 'TWICE-0'"_s).toString();
        QCOMPARE(a.show(u"DC/TWICE-0"_s).value(u"id"_s).toString(), serverId);
        QCOMPARE(a.value(u"SELECT count(*) FROM services WHERE code = 'TWICE-0' AND deleted = 0"_s).toInt(), 1);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.pending(), 0);
    }

    void anotherDepartmentNeitherReadsDraftsNorWrites()
    {
        const Client health = client(u"officer.health"_s, true);
        QCOMPARE(health.sync().exitCode, 0);
        // DC's drafts, submissions and returns never reach HEALTH; DC's approved services do.
        const QJsonArray dc = health.json({u"list"_s, u"--department"_s, u"DC"_s}).array();
        QVERIFY(!dc.isEmpty());
        for (const QJsonValue &v : dc)
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(dc.size() < 10); // none of the 2000 BULK drafts
        // A local edit of a DC service is refused by the server, audited, and kept as a conflict.
        const qint64 forbidden = serverCount(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s);
        const QString name = health.show(u"DC/ATTESTATION"_s).value(u"name_en"_s).toString();
        QCOMPARE(health.run({u"set"_s, u"DC/ATTESTATION"_s, u"name_en=Changed by HEALTH"_s}).exitCode, 0);
        const ProcessResult r = health.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 rejected"_s), qPrintable(r.out + r.err));
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s), forbidden + 1);
        const QJsonArray conflicts = health.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(u"reason_code"_s).toString(), u"forbidden"_s);
        // Keeping it is not possible; taking the server's side restores the name.
        const QString id = conflicts.at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(health.run({u"resolve"_s, id, u"--mine"_s}).exitCode, 1);
        QCOMPARE(health.run({u"resolve"_s, id, u"--theirs"_s}).exitCode, 0);
        QCOMPARE(health.show(u"DC/ATTESTATION"_s).value(u"name_en"_s).toString(), name);
        const Client dcOfficer = client(u"officer.dc"_s);
        QCOMPARE(dcOfficer.sync().exitCode, 0);
        QCOMPARE(dcOfficer.show(u"DC/ATTESTATION"_s).value(u"name_en"_s).toString(), name);
    }

    void aDepartmentMadeOnBothSidesBecomesOne()
    {
        // The same department file imported by an administrator and, offline, by an officer.
        const QString file = m_scratch.filePath(u"department.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "fehrist-catalogue", "version": 1, "services": [],
                    "departments": [{"code": "NEWD", "name_en": "A new department", "expected_services": 3}]})");
        f.close();
        const Client admin = client(u"admin"_s);
        const Client officer = client(u"officer.dc"_s, true);
        QCOMPARE(officer.sync().exitCode, 0);
        QCOMPARE(admin.run({u"import"_s, file}).exitCode, 0);
        QCOMPARE(officer.run({u"import"_s, file}).exitCode, 0);
        QCOMPARE(admin.sync().exitCode, 0);
        // The officer may not create departments (rejected, kept as a conflict), and receives the
        // server's NEWD under the server's id instead of failing on the duplicate code.
        const ProcessResult r = officer.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 rejected"_s), qPrintable(r.out + r.err));
        const QString serverId = m_serverDb->queryValue(u"SELECT id FROM departments WHERE code = 'NEWD'"_s).toString();
        QCOMPARE(officer.value(u"SELECT id FROM departments WHERE code = 'NEWD'"_s).toString(), serverId);
        QCOMPARE(officer.value(u"SELECT rev FROM departments WHERE code = 'NEWD'"_s).toInt(), 1);
        QCOMPARE(officer.pending(), 0);
        QCOMPARE(officer.sync().exitCode, 0);
    }

    void aCodeTakenOnTwoDevicesIsSetAsideWhereTheServerRefusedIt()
    {
        // One officer on two devices creates DC/TWIN-0 on both, offline. The first to sync keeps it; the
        // other's creation is refused, and the pull that brings the server's service sets its own aside
        // (deleted here, kept under conflicts) instead of failing on the code.
        const QString csv = m_scratch.filePath(u"twin.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(servicesCsv(u"DC"_s, u"TWIN"_s, 1));
        f.close();
        const Client first = client(u"officer.dc"_s);
        const Client second = client(u"officer.dc"_s, true);
        QCOMPARE(first.sync().exitCode, 0);
        QCOMPARE(second.sync().exitCode, 0);
        QCOMPARE(first.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(second.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(first.sync().exitCode, 0);
        const ProcessResult r = second.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 rejected"_s), qPrintable(r.out + r.err));
        const QString serverId
            = m_serverDb->queryValue(u"SELECT id FROM services WHERE code = 'TWIN-0' AND deleted = 0"_s).toString();
        QVERIFY(!serverId.isEmpty());
        QCOMPARE(second.value(u"SELECT id FROM services WHERE code = 'TWIN-0' AND deleted = 0"_s).toString(), serverId);
        QCOMPARE(second.value(u"SELECT count(*) FROM services WHERE code = 'TWIN-0' AND deleted = 1"_s).toInt(), 1);
        QCOMPARE(second.value(u"SELECT count(*) FROM sync_conflicts WHERE reason_code = 'duplicate-code'"_s).toInt(),
                 1);
        QCOMPARE(second.pending(), 0);
        QCOMPARE(second.sync().exitCode, 0);
    }

    void aLostAnswerIsResentAndAppliedOnce()
    {
        CuttingProxy proxy(m_server->port());
        proxy.start();
        const QString viaProxy = u"http://127.0.0.1:%1"_s.arg(proxy.waitForPort());
        const Client a = client(u"officer.dc"_s, false, viaProxy);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.run({u"set"_s, u"DC/DOMICILE-DUP"_s, u"fee_notes=Paid at the counter."_s}).exitCode, 0);
        const QString id = a.show(u"DC/DOMICILE-DUP"_s).value(u"id"_s).toString();
        const QString changeId = a.value(u"SELECT change_id FROM outbox"_s).toString();
        QVERIFY(!changeId.isEmpty());
        const qint64 versions = serverCount(u"SELECT count(*) FROM srv_changes WHERE record_id = '%1'"_s.arg(id));
        proxy.cutsLeft = 1;
        const ProcessResult r = a.sync();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(proxy.cut.load(), 1); // the first answer never reached the client
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_receipts WHERE change_id = '%1'"_s.arg(changeId)), 1);
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_changes WHERE record_id = '%1'"_s.arg(id)), versions + 1);
        QCOMPARE(a.pending(), 0);
        QCOMPARE(a.conflicts().size(), 0);
        QCOMPARE(a.show(u"DC/DOMICILE-DUP"_s).value(u"fee_notes"_s).toString(), u"Paid at the counter."_s);
    }

    void aClientKilledMidPullResumesWithoutLossOrDuplicates()
    {
        const Client a = client(u"officer.dc"_s);
        const QString path = a.db->path();
        QProcess sync;
        sync.start(cliPath(), {u"--db"_s, path, u"sync"_s, u"--password-file"_s, m_passwordFile});
        QVERIFY(sync.waitForStarted());
        // Kill it as soon as the first page is in (the checkpoint moved), long before the last.
        QElapsedTimer clock;
        clock.start();
        qint64 checkpoint = 0;
        while (clock.elapsed() < 60000 && sync.state() == QProcess::Running) {
            checkpoint = a.value(u"SELECT value FROM meta WHERE key = 'sync.checkpoint'"_s).toLongLong();
            if (checkpoint > 0)
                break;
            QThread::msleep(5);
        }
        ::kill(pid_t(sync.processId()), SIGKILL);
        sync.waitForFinished(10000);
        QVERIFY2(checkpoint > 0, "the sync ended before a page was in");
        const qint64 afterKill = a.value(u"SELECT count(*) FROM services"_s).toLongLong();
        qInfo("killed after checkpoint %lld with %lld services in", checkpoint, afterKill);
        QVERIFY2(afterKill < kExtraServices, "the pull was not interrupted");
        // Again: it continues from the checkpoint and ends with exactly what the server has.
        QCOMPARE(a.sync().exitCode, 0);
        const qint64 dcOnServer
            = serverCount(u"SELECT count(*) FROM services WHERE department_code = 'DC' AND deleted = 0"_s);
        QCOMPARE(a.value(u"SELECT count(*) FROM services WHERE department_code = 'DC' AND deleted = 0"_s).toLongLong(),
                 dcOnServer);
        QCOMPARE(a.value(u"SELECT count(DISTINCT id) FROM services"_s).toLongLong(),
                 a.value(u"SELECT count(*) FROM services"_s).toLongLong());
        QCOMPARE(a.value(u"SELECT value FROM meta WHERE key = 'sync.checkpoint'"_s).toLongLong(),
                 serverCount(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s));
    }

    void aServerKilledMidPushLosesNothing()
    {
        const Client a = client(u"officer.dc"_s);
        QCOMPARE(a.sync().exitCode, 0);
        // 600 new services made offline: three pushes of 200.
        const QString csv = m_scratch.filePath(u"offline.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(servicesCsv(u"DC"_s, u"OFFLINE"_s, 600));
        file.close();
        QCOMPARE(a.run({u"import"_s, csv}).exitCode, 0);
        QCOMPARE(a.pending(), 600);
        const qint64 receiptsBefore = serverCount(u"SELECT count(*) FROM srv_receipts"_s);

        QProcess sync;
        sync.start(cliPath(), {u"--db"_s, a.db->url(), u"sync"_s, u"--password-file"_s, m_passwordFile});
        QVERIFY(sync.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && serverCount(u"SELECT count(*) FROM srv_receipts"_s) == receiptsBefore)
            QThread::msleep(2);
        const quint16 port = m_server->port();
        m_server->kill(); // SIGKILL in the middle of the pushes
        const qint64 committed = serverCount(u"SELECT count(*) FROM srv_receipts"_s) - receiptsBefore;
        qInfo("server killed with %lld of 600 changes committed", committed);
        QVERIFY(committed > 0);
        QVERIFY2(committed < 600, "the pushes were done before the kill");
        // Back a moment later, where the client expects it; the client's backoff finds it.
        QThread::msleep(700);
        m_server = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        QVERIFY2(m_server->start(&error, port), qPrintable(error));
        QVERIFY(sync.waitForFinished(120000));
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        QCOMPARE(a.pending(), 0);
        QCOMPARE(a.conflicts().size(), 0);
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_receipts"_s) - receiptsBefore, 600);
        QCOMPARE(serverCount(u"SELECT count(*) FROM services WHERE code LIKE 'OFFLINE-%' AND deleted = 0"_s), 600);
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_changes WHERE data LIKE '%OFFLINE-%'"_s), 600);
        QCOMPARE(a.value(u"SELECT count(*) FROM services WHERE code LIKE 'OFFLINE-%' AND rev = 1"_s).toLongLong(), 600);
    }

    void aRevokedSignInAsksToSignInAgainAndKeepsTheOutbox()
    {
        const Client a = client(u"officer.health"_s);
        QCOMPARE(a.sync().exitCode, 0);
        QCOMPARE(a.run({u"set"_s, u"HEALTH/OPD"_s, u"fee_notes=Free for children."_s}).exitCode, 0);
        // An administrator changes the password: every session ends, the old password no longer works.
        QCOMPARE(serverCommand(m_serverDb->url(), {u"user"_s, u"passwd"_s, u"officer.health"_s}, "replaced-password\n")
                     .exitCode,
                 0);
        ProcessResult r = a.sync();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"sign in again"_s) && r.err.contains(u"1 changes wait in the outbox"_s),
                 qPrintable(r.err));
        QCOMPARE(a.pending(), 1);
        QVERIFY(a.json({u"status"_s}).object().value(u"last_error"_s).toString().contains(u"sign in again"_s));
        // Without any password there is nothing to sign in with.
        r = a.run({u"sync"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--password-file"_s), qPrintable(r.err));
        const QString newPassword = m_scratch.filePath(u"new-password"_s);
        QFile f(newPassword);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("replaced-password\n");
        f.close();
        r = a.run({u"sync"_s, u"--password-file"_s, newPassword});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"1 applied"_s), qPrintable(r.out + r.err));
        QCOMPARE(a.pending(), 0);
        QVERIFY(a.json({u"status"_s}).object().value(u"last_error"_s).isNull());
        QCOMPARE(serverCommand(m_serverDb->url(), {u"user"_s, u"passwd"_s, u"officer.health"_s},
                               (testPassword() + u'\n').toUtf8())
                     .exitCode,
                 0);
    }

    void aServerRestoredFromABackupGetsBackWhatItLost()
    {
        const Client a = client(u"officer.dc"_s);
        QCOMPARE(a.sync().exitCode, 0);
        const QString backup
            = m_scratch.filePath(u"backup-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        QCOMPARE(serverCommand(m_serverDb->url(), {u"backup"_s, backup}).exitCode, 0);
        // After the backup: an edit and a new service reach the server…
        QCOMPARE(a.run({u"set"_s, u"DC/DOMICILE"_s, u"fee_notes=After the backup."_s}).exitCode, 0);
        QCOMPARE(a.run({u"set"_s, u"--create"_s, u"DC/AFTER-BACKUP"_s, u"name_en=Made after the backup"_s,
                        u"description=x"_s, u"category=other"_s, u"digitization_level=L2"_s})
                     .exitCode,
                 0);
        QCOMPARE(a.sync().exitCode, 0);
        // …then the server is lost and restored from the backup, into a new database.
        const quint16 port = m_server->port();
        QCOMPARE(m_server->terminate(), 0);
        auto restored = std::make_unique<TestDatabase>();
        QVERIFY2(restored->isValid(), qPrintable(restored->error()));
        ProcessResult r = serverCommand(restored->url(), {u"restore"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_serverDb = std::move(restored);
        m_server = std::make_unique<ServerProcess>(m_serverDb->url());
        QString error;
        QVERIFY2(m_server->start(&error, port), qPrintable(error));
        QCOMPARE(serverCount(u"SELECT count(*) FROM services WHERE code = 'AFTER-BACKUP'"_s), 0);

        r = a.sync();
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"restored from a backup"_s),
                 qPrintable(r.out + r.err + m_server->log()));
        QCOMPARE(a.pending(), 0);
        QCOMPARE(serverCount(u"SELECT count(*) FROM services WHERE code = 'AFTER-BACKUP' AND deleted = 0"_s), 1);
        QCOMPARE(
            m_serverDb
                ->queryValue(u"SELECT fee_notes FROM services WHERE department_code = 'DC' AND code = 'DOMICILE'"_s)
                .toString(),
            u"After the backup."_s);
        // Another client that never saw the lost versions now receives them.
        const Client b = client(u"officer.dc2"_s, true);
        QCOMPARE(b.sync().exitCode, 0);
        QCOMPARE(b.show(u"DC/AFTER-BACKUP"_s).value(u"name_en"_s).toString(), u"Made after the backup"_s);
        QCOMPARE(b.show(u"DC/DOMICILE"_s).value(u"fee_notes"_s).toString(), u"After the backup."_s);
    }

    void fourClientsOnTwoServersConverge()
    {
        // Two server processes on one PostgreSQL database; on SQLite the one server takes all four.
        std::unique_ptr<ServerProcess> second;
        QString secondUrl = m_server->baseUrl();
        if (m_serverDb->backend() == TestDatabase::Backend::PostgreSQL) {
            second = std::make_unique<ServerProcess>(m_serverDb->url());
            QString error;
            QVERIFY2(second->start(&error), qPrintable(error));
            secondUrl = second->baseUrl();
        }
        const Client clients[4] = {client(u"officer.dc"_s), client(u"admin"_s, true),
                                   client(u"officer.dc2"_s, false, secondUrl), client(u"admin"_s, true, secondUrl)};
        for (const Client &c : clients)
            QCOMPARE(c.sync().exitCode, 0);
        // Each edits its own services and one shared service, then they all sync at once, twice.
        for (int i = 0; i < 4; ++i) {
            for (int k = 0; k < 5; ++k) {
                const ProcessResult set
                    = clients[i].run({u"set"_s, u"DC/BULK-%1"_s.arg(i * 100 + k), u"name_en=Edited by %1"_s.arg(i)});
                QVERIFY2(set.exitCode == 0, qPrintable(set.err));
            }
            QCOMPARE(clients[i].run({u"set"_s, u"DC/BULK-1999"_s, u"annual_volume=%1"_s.arg(1000 + i)}).exitCode, 0);
        }
        for (int round = 0; round < 2; ++round) {
            QList<QProcess *> running;
            for (const Client &c : clients) {
                auto *p = new QProcess(this);
                p->start(cliPath(), {u"--db"_s, c.db->url(), u"sync"_s, u"--password-file"_s, m_passwordFile});
                running.append(p);
            }
            for (QProcess *p : std::as_const(running)) {
                QVERIFY(p->waitForFinished(180000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                delete p;
            }
        }
        // The same-field edits of BULK-1999 conflicted for all but one; settle them with the server's value.
        for (const Client &c : clients) {
            for (const QJsonValue &v : c.conflicts())
                QCOMPARE(c.run({u"resolve"_s, v.toObject().value(u"id"_s).toString(), u"--theirs"_s}).exitCode, 0);
        }
        for (const Client &c : clients)
            QCOMPARE(c.sync().exitCode, 0);
        // Identical catalogues: every client's DC services equal the server's; the administrators hold everything.
        auto snapshot = [](const QJsonArray &services) {
            QMap<QString, QString> out;
            for (const QJsonValue &v : services) {
                QJsonObject o = v.toObject();
                out.insert(o.value(u"department_code"_s).toString() + u'/' + o.value(u"code"_s).toString(),
                           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            }
            return out;
        };
        const auto dcOf = [&](const Client &c) {
            return snapshot(c.json({u"list"_s, u"--department"_s, u"DC"_s}).array());
        };
        const auto reference = dcOf(clients[1]);
        QCOMPARE(
            reference.size(),
            qsizetype(serverCount(u"SELECT count(*) FROM services WHERE department_code = 'DC' AND deleted = 0"_s)));
        for (const Client &c : clients) {
            const auto mine = dcOf(c);
            for (auto it = reference.begin(); it != reference.end(); ++it)
                QVERIFY2(mine.value(it.key()) == it.value(), qPrintable(mine.value(it.key()) + u" != "_s + it.value()));
            QCOMPARE(mine.size(), reference.size());
        }
        QVERIFY(snapshot(clients[1].json({u"list"_s}).array()) == snapshot(clients[3].json({u"list"_s}).array()));
        for (int i = 0; i < 4; ++i)
            QVERIFY(reference.value(u"DC/BULK-%1"_s.arg(i * 100)).contains(u"Edited by %1"_s.arg(i)));
        // No seq skipped, whichever process wrote.
        QCOMPARE(serverCount(u"SELECT count(*) FROM srv_changes"_s),
                 serverCount(u"SELECT max(seq) FROM srv_changes"_s));
        if (second)
            QCOMPARE(second->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"
