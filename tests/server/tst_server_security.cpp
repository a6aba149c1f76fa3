// Issue #9: what an attacker would try against a real fehrist-server on loopback (SQLite; no mocks).
// Each case here is a row of docs/reliability.md, "Security cases":
//   route × role matrix · record-level access (another department's records, reviews, viewers) ·
//   tokens (expired, revoked, forged, reused, in the URL) · login throttling · oversized and slow
//   requests · malformed JSON · injection strings · file paths.
// What tst_server_http already proves is not repeated: a 120 MB body refused without being read
// (a120MegabyteBodyIsRefusedWithoutBeingRead), 20 kB and 100 headers, a 9 kB request line, chunked
// bodies, throttling by X-Real-IP address (throttlingByAddressUsesTheAddressNginxGives).
#include "core/domain/ids.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

// The callers of the matrix. Officer A is of DC, officer B of HEALTH.
enum Role { Anonymous, OfficerA, OfficerB, Reviewer, Admin, Viewer, RoleCount };
const std::array<const char *, RoleCount> kRoleNames {"anonymous", "officer-A", "officer-B",
                                                      "reviewer",  "admin",     "viewer"};
const std::array<QString, RoleCount> kRoleUsers {QString(),     u"officer.dc"_s, u"officer.health"_s,
                                                 u"reviewer"_s, u"admin"_s,      u"viewer"_s};

struct Session
{
    QString access;
    QString refresh;
};

// One route of the API and what each role gets from it. Adding a route to the server is one row here
// (everyRouteTheServerKnowsIsInTheMatrix fails until it is added).
struct MatrixRoute
{
    QByteArray method;
    QString path; ///< with the query the request carries
    enum class Body { None, EmptyPush, OwnCredentials, OwnRefreshToken, OwnSessionEnds } body;
    std::array<int, RoleCount> expected; ///< anonymous, officer A, officer B, reviewer, admin, viewer
};

const QList<MatrixRoute> &matrix()
{
    using B = MatrixRoute::Body;
    static const QList<MatrixRoute> rows {
        {"GET", u"/api/v1/health"_s, B::None, {200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/catalogue"_s, B::None, {200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/catalogue?format=jsonld"_s, B::None, {200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/stats"_s, B::None, {200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/sync/pull?since=0&limit=5"_s, B::None, {401, 200, 200, 200, 200, 200}},
        {"POST", u"/api/v1/sync/push"_s, B::EmptyPush, {401, 200, 200, 200, 200, 403}},
        // Anonymous: a user name that does not exist; the others their own name and password.
        {"POST", u"/api/v1/auth/login"_s, B::OwnCredentials, {401, 200, 200, 200, 200, 200}},
        // Anonymous: a refresh token never issued; the others a session of their own.
        {"POST", u"/api/v1/auth/refresh"_s, B::OwnRefreshToken, {401, 200, 200, 200, 200, 200}},
        {"POST", u"/api/v1/auth/logout"_s, B::OwnSessionEnds, {401, 200, 200, 200, 200, 200}},
        // DESIGN.md §7: reviewers and administrators only.
        {"GET", u"/api/v1/audit?since=0"_s, B::None, {401, 403, 403, 200, 200, 403}},
    };
    return rows;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject edit(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    QJsonObject e {{u"new"_s, newValue}};
    if (!oldValue.isUndefined())
        e.insert(u"old"_s, oldValue);
    return e;
}

QJsonObject change(const QString &recordId, qint64 baseRev, const QString &operation, const QJsonObject &fields = {},
                   const QString &entity = u"service"_s)
{
    return {{u"change_id"_s, Fehrist::Core::newId()},
            {u"entity"_s, entity},
            {u"record_id"_s, recordId},
            {u"base_rev"_s, baseRev},
            {u"operation"_s, operation},
            {u"changes"_s, fields}};
}

// The fields a new service needs, in department `dept`.
QJsonObject newService(const QString &dept, const QString &code, const QString &name)
{
    return {{u"department_code"_s, edit({}, dept)}, {u"code"_s, edit({}, code)},
            {u"name_en"_s, edit({}, name)},         {u"description"_s, edit({}, u"Made by tst_server_security."_s)},
            {u"category"_s, edit({}, u"other"_s)},  {u"digitization_level"_s, edit({}, u"L0"_s)},
            {u"status"_s, edit({}, u"active"_s)}};
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

// Writes raw bytes and collects the answer until the server closes (or `waitMs` passes).
QByteArray raw(quint16 port, const QByteArray &request, int waitMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < waitMs) {
        socket.waitForReadyRead(50);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QString messageOf(const HttpResult &r)
{
    return r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

class TestServerSecurity final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::array<Session, RoleCount> m_sessions;
    QHash<QString, QString> m_fixtures; ///< officer A's services by state: draft, submitted, returned, approved…
    QString m_epoch;
    int m_injected = 0;

    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QString &token = {}, QList<std::pair<QByteArray, QByteArray>> headers = {})
    {
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return http(method, m_server->url(path), body, headers);
    }
    HttpResult loginAs(const QString &user, const QString &password = testPassword(),
                       const QByteArray &address = "127.0.0.1")
    {
        return call("POST", u"/api/v1/auth/login"_s,
                    compact({{u"username"_s, user}, {u"password"_s, password}, {u"device_name"_s, u"security"_s}}), {},
                    {{"X-Real-IP", address}});
    }
    Session signIn(const QString &user)
    {
        const QJsonObject o = loginAs(user).json();
        return {o.value(u"access_token"_s).toString(), o.value(u"refresh_token"_s).toString()};
    }
    HttpResult push(Role role, const QJsonArray &changes)
    {
        return call("POST", u"/api/v1/sync/push"_s, compact({{u"device_id"_s, u"security"_s}, {u"changes"_s, changes}}),
                    m_sessions[role].access);
    }
    QJsonObject pushOne(Role role, const QJsonObject &c)
    {
        return push(role, QJsonArray {c}).json().value(u"results"_s).toArray().at(0).toObject();
    }
    // Everything `role` may pull: the newest visible version of each record, by id.
    QHash<QString, QJsonObject> pullAll(Role role)
    {
        QHash<QString, QJsonObject> out;
        qint64 since = 0;
        for (int page = 0; page < 100; ++page) {
            const HttpResult r
                = call("GET", u"/api/v1/sync/pull?since=%1&limit=2000"_s.arg(since), {}, m_sessions[role].access);
            if (r.status != 200)
                return {};
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o.value(u"changes"_s).toArray())
                out.insert(v.toObject().value(u"id"_s).toString(), v.toObject().value(u"record"_s).toObject());
            since = o.value(u"next_since"_s).toInteger();
            if (!o.value(u"has_more"_s).toBool())
                break;
        }
        return out;
    }
    QJsonObject asAdmin(const QString &id) { return pullAll(Admin).value(id); }
    qint64 count(const QString &sql) { return m_db->queryValue(sql).toLongLong(); }

    // A new service of DC, moved through the workflow to `state`.
    QString makeFixture(const QString &code, const QString &state)
    {
        const QString id = Fehrist::Core::newId();
        QJsonObject r = pushOne(OfficerA, change(id, 0, u"upsert"_s, newService(u"DC"_s, code, code + u" service"_s)));
        if (r.value(u"result"_s).toString() != u"applied")
            return {};
        if (state == u"draft")
            return id;
        r = pushOne(OfficerA, change(id, r.value(u"rev"_s).toInteger(), u"submit"_s));
        if (state == u"submitted")
            return id;
        const bool approve = state == u"approved";
        r = pushOne(Reviewer,
                    change(id, r.value(u"rev"_s).toInteger(), approve ? u"approve"_s : u"return"_s,
                           {{u"review_comment"_s, edit({}, approve ? u"Fine."_s : u"Say more."_s)}}));
        return r.value(u"result"_s).toString() == u"applied" ? id : QString();
    }

    // A change of `kind` that officer B (HEALTH) tries on officer A's record.
    QJsonObject attempt(const QString &kind, const QJsonObject &record)
    {
        const QString id = record.value(u"id"_s).toString();
        const qint64 rev = record.value(u"rev"_s).toInteger();
        const QJsonValue name = record.value(u"name_en"_s);
        if (kind == u"upsert")
            return change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(name, u"Taken over"_s)}});
        if (kind == u"upsert-moving-to-B")
            return change(id, rev, u"upsert"_s,
                          {{u"department_code"_s, edit(u"DC"_s, u"HEALTH"_s)}, {u"name_en"_s, edit(name, u"Moved"_s)}});
        if (kind == u"upsert-claiming-B")
            // A forged old value: the payload says the record is HEALTH's already.
            return change(
                id, rev, u"upsert"_s,
                {{u"department_code"_s, edit(u"HEALTH"_s, u"HEALTH"_s)}, {u"name_en"_s, edit(name, u"Claimed"_s)}});
        if (kind == u"upsert-stale-rev")
            return change(id, 0, u"upsert"_s, {{u"description"_s, edit({}, u"Overwritten"_s)}});
        if (kind == u"delete")
            return change(id, rev, u"delete"_s);
        if (kind == u"submit")
            return change(id, rev, u"submit"_s);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Backend::SQLite);
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        // Users whose sessions and logins the tests below end or lock, so that the matrix's users stay usable.
        for (const QStringList &u :
             {QStringList {u"sec.disable"_s, u"officer"_s, u"HEALTH"_s}, QStringList {u"sec.passwd"_s, u"viewer"_s, {}},
              QStringList {u"sec.locked"_s, u"viewer"_s, {}}}) {
            QStringList args {u"user"_s, u"add"_s, u.at(0), u"--role"_s, u.at(1)};
            if (!u.at(2).isEmpty())
                args << u"--department"_s << u.at(2);
            const ProcessResult r = serverCommand(m_db->url(), args, (testPassword() + u'\n').toUtf8());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // A short read timeout, so that the slow clients below are cut off quickly.
        m_server = std::make_unique<ServerProcess>(m_db->url(), QStringList {u"--read-timeout"_s, u"2"_s});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        for (int role = OfficerA; role < RoleCount; ++role) {
            m_sessions[role] = signIn(kRoleUsers[role]);
            QVERIFY2(!m_sessions[role].access.isEmpty(), kRoleNames[role]);
        }
        m_epoch = call("GET", u"/api/v1/health"_s).json().value(u"epoch"_s).toString();
        QCOMPARE(m_epoch.size(), 36);
        // Officer A's services in every state of the workflow.
        for (const QString &state :
             {u"draft"_s, u"submitted"_s, u"returned"_s, u"approved"_s, u"approved-then-edited"_s}) {
            const QString id
                = makeFixture(u"SEC-"_s + state.toUpper(), state.startsWith(u"approved"_s) ? u"approved"_s : state);
            QVERIFY2(!id.isEmpty(), qPrintable(state));
            m_fixtures.insert(state, id);
        }
        // An approved service, edited again: the new draft must stay A's.
        const QJsonObject approved = asAdmin(m_fixtures.value(u"approved-then-edited"_s));
        const QJsonObject r = pushOne(OfficerA,
                                      change(approved.value(u"id"_s).toString(), approved.value(u"rev"_s).toInteger(),
                                             u"upsert"_s, {{u"name_en"_s, edit({}, u"Secret draft name"_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
    }

    void cleanupTestCase()
    {
        if (m_server) {
            // Whatever was tried, the server is still up and answers.
            QCOMPARE(call("GET", u"/api/v1/health"_s).status, 200);
            QCOMPARE(m_server->terminate(), 0);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Every route × every role

    void routeMatrix_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        for (qsizetype row = 0; row < matrix().size(); ++row) {
            for (int role = Anonymous; role < RoleCount; ++role) {
                const MatrixRoute &m = matrix().at(row);
                QTest::addRow("%s %s as %s", m.method.constData(), qPrintable(m.path), kRoleNames[role])
                    << int(row) << role;
            }
        }
    }

    void routeMatrix()
    {
        QFETCH(int, row);
        QFETCH(int, role);
        const MatrixRoute &m = matrix().at(row);
        const bool anonymous = role == Anonymous;
        using B = MatrixRoute::Body;
        // Routes that end or rotate a session get a session of their own.
        Session session = m_sessions[role];
        if (!anonymous && (m.body == B::OwnRefreshToken || m.body == B::OwnSessionEnds)) {
            session = signIn(kRoleUsers[role]);
            QVERIFY(!session.access.isEmpty());
        }
        QByteArray body;
        QString token = session.access;
        switch (m.body) {
        case B::None:
            break;
        case B::EmptyPush:
            body = compact({{u"device_id"_s, u"security"_s}, {u"changes"_s, QJsonArray()}});
            break;
        case B::OwnCredentials:
            body = compact(
                {{u"username"_s, anonymous ? u"nobody.at.all"_s : kRoleUsers[role]}, {u"password"_s, testPassword()}});
            break;
        case B::OwnRefreshToken:
            body = compact({{u"refresh_token"_s, anonymous ? u"fr_never-issued-0123456789"_s : session.refresh}});
            token.clear();
            break;
        case B::OwnSessionEnds:
            body = anonymous ? compact({{u"refresh_token"_s, u"fr_never-issued-0123456789"_s}}) : QByteArray("{}");
            break;
        }
        const HttpResult r = call(m.method, m.path, body, token);
        QCOMPARE(r.status, m.expected[role]);
        if (r.status >= 400) {
            QVERIFY2(!r.errorCode().isEmpty() && !messageOf(r).isEmpty(), r.body.constData());
            if (r.status == 401)
                QVERIFY(r.body.contains("\"error\""));
        }
        if (m.body == B::OwnSessionEnds && !anonymous) {
            // Ended: the session's tokens no longer work.
            QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, session.access).status, 401);
            QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, session.refresh}})).status,
                     401);
        }
    }

    void everyRouteTheServerKnowsIsInTheMatrix()
    {
        // The routes of DESIGN.md §7 and some an administrator might expect: whatever answers other than
        // 404 must have a row in matrix().
        const QStringList candidates {u"/api/v1/auth/login"_s,  u"/api/v1/auth/refresh"_s,
                                      u"/api/v1/auth/logout"_s, u"/api/v1/sync/push"_s,
                                      u"/api/v1/sync/pull"_s,   u"/api/v1/catalogue"_s,
                                      u"/api/v1/stats"_s,       u"/api/v1/health"_s,
                                      u"/api/v1/audit"_s,       u"/api/v1/users"_s,
                                      u"/api/v1/conflicts"_s,   u"/api/v1/backup"_s,
                                      u"/api/v1/admin"_s,       u"/api/v1/departments"_s,
                                      u"/api/v1/services"_s,    u"/api/v1"_s,
                                      u"/api/v2/health"_s,      u"/health"_s};
        QSet<QString> inMatrix;
        for (const MatrixRoute &m : matrix())
            inMatrix.insert(m.path.section(u'?', 0, 0));
        for (const QString &path : candidates) {
            const int status = call("GET", path).status;
            QVERIFY2(status == 404 || inMatrix.contains(path),
                     qPrintable(u"%1 answers %2 but has no row in the matrix"_s.arg(path).arg(status)));
        }
        // A known route with the wrong method is 405 for everyone, signed in or not.
        for (const MatrixRoute &m : matrix()) {
            const QByteArray other = m.method == "GET" ? "POST" : "GET";
            for (const QString &token : {QString(), m_sessions[Admin].access})
                QCOMPARE(call(other, m.path.section(u'?', 0, 0), other == "POST" ? "{}" : "", token).status, 405);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Records of another department

    void anOfficerPullsOnlyTheApprovedServicesOfAnotherDepartment()
    {
        const auto seenByB = pullAll(OfficerB);
        QVERIFY(!seenByB.isEmpty());
        for (const QString &state : {u"draft"_s, u"submitted"_s, u"returned"_s})
            QVERIFY2(!seenByB.contains(m_fixtures.value(state)), qPrintable(state));
        QCOMPARE(seenByB.value(m_fixtures.value(u"approved"_s)).value(u"state"_s).toString(), u"approved"_s);
        // Edited after approval: B still has the approved version, not A's draft.
        const QJsonObject edited = seenByB.value(m_fixtures.value(u"approved-then-edited"_s));
        QCOMPARE(edited.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(edited.value(u"name_en"_s).toString(), u"SEC-APPROVED-THEN-EDITED service"_s);
        QVERIFY(!QJsonDocument(edited).toJson().contains("Secret draft name"));
        int otherDepartments = 0;
        for (const QJsonObject &r : seenByB) {
            if (r.contains(u"code"_s) && r.contains(u"department_code"_s) && !r.value(u"deleted"_s).toBool()
                && r.value(u"department_code"_s).toString() != u"HEALTH") {
                QCOMPARE(r.value(u"state"_s).toString(), u"approved"_s);
                ++otherDepartments;
            }
        }
        QVERIFY(otherDepartments > 10);
        // A, the reviewer and the admin see the drafts.
        for (Role role : {OfficerA, Reviewer, Admin, Viewer})
            QCOMPARE(pullAll(role).value(m_fixtures.value(u"draft"_s)).value(u"state"_s).toString(), u"draft"_s);
    }

    void anOfficerCannotChangeAnotherDepartmentsServices_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("kind");
        for (const QString &fixture : {u"draft"_s, u"submitted"_s, u"returned"_s, u"approved"_s}) {
            for (const QString &kind : {u"upsert"_s, u"upsert-moving-to-B"_s, u"upsert-claiming-B"_s,
                                        u"upsert-stale-rev"_s, u"delete"_s, u"submit"_s})
                QTest::addRow("%s %s", qPrintable(kind), qPrintable(fixture)) << fixture << kind;
        }
    }

    void anOfficerCannotChangeAnotherDepartmentsServices()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, kind);
        const QJsonObject before = asAdmin(m_fixtures.value(fixture));
        QVERIFY(!before.isEmpty());
        const qint64 forbidden = count(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s);
        const QJsonObject receipt = pushOne(OfficerB, attempt(kind, before));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        QVERIFY(receipt.value(u"seq"_s).isNull());
        QCOMPARE(asAdmin(m_fixtures.value(fixture)), before);
        QCOMPARE(count(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s), forbidden + 1);
    }

    void anOfficerCannotCreateServicesInAnotherDepartment()
    {
        const qint64 services = count(u"SELECT count(*) FROM services"_s);
        const QString id = Fehrist::Core::newId();
        QJsonObject receipt
            = pushOne(OfficerB, change(id, 0, u"upsert"_s, newService(u"DC"_s, u"SEC-PLANTED"_s, u"Planted"_s)));
        QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        // Without a department code at all: refused, not filed under anyone's.
        QJsonObject fields = newService(u"DC"_s, u"SEC-PLANTED2"_s, u"Planted"_s);
        fields.remove(u"department_code"_s);
        receipt = pushOne(OfficerB, change(Fehrist::Core::newId(), 0, u"upsert"_s, fields));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(count(u"SELECT count(*) FROM services"_s), services);
        QVERIFY(asAdmin(id).isEmpty());
    }

    void onlyReviewersReviewAndViewersWriteNothing_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("httpStatus"); ///< of the push as a whole
        for (Role role : {OfficerA, OfficerB}) {
            for (const QString &op : {u"approve"_s, u"return"_s})
                QTest::addRow("%s %s", kRoleNames[role], qPrintable(op)) << int(role) << op << 200;
        }
        for (const QString &op : {u"upsert"_s, u"delete"_s, u"submit"_s, u"approve"_s, u"return"_s})
            QTest::addRow("viewer %s", qPrintable(op)) << int(Viewer) << op << 403;
        QTest::addRow("reviewer upsert") << int(Reviewer) << u"upsert"_s << 200;
        QTest::addRow("reviewer delete") << int(Reviewer) << u"delete"_s << 200;
    }

    void onlyReviewersReviewAndViewersWriteNothing()
    {
        QFETCH(int, role);
        QFETCH(QString, operation);
        QFETCH(int, httpStatus);
        const QJsonObject before = asAdmin(m_fixtures.value(u"submitted"_s));
        QCOMPARE(before.value(u"state"_s).toString(), u"submitted"_s);
        const QString id = before.value(u"id"_s).toString();
        const qint64 rev = before.value(u"rev"_s).toInteger();
        QJsonObject fields;
        if (operation == u"upsert")
            fields.insert(u"name_en"_s, edit({}, u"Changed"_s));
        else if (operation == u"approve" || operation == u"return")
            fields.insert(u"review_comment"_s, edit({}, u"Reviewed by the wrong person"_s));
        const HttpResult r = push(Role(role), QJsonArray {change(id, rev, operation, fields)});
        QCOMPARE(r.status, httpStatus);
        if (httpStatus == 200) {
            const QJsonObject receipt = r.json().value(u"results"_s).toArray().at(0).toObject();
            QCOMPARE(receipt.value(u"result"_s).toString(), u"rejected"_s);
            QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        } else {
            QCOMPARE(r.errorCode(), u"forbidden"_s);
        }
        QCOMPARE(asAdmin(id), before);
    }

    void onlyAdministratorsEditDepartments_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("field");
        QTest::addRow("officer B, A's department") << int(OfficerB) << u"DC"_s << u"name_en"_s;
        QTest::addRow("officer B, own department") << int(OfficerB) << u"HEALTH"_s << u"name_en"_s;
        QTest::addRow("officer B, own deadline") << int(OfficerB) << u"HEALTH"_s << u"submission_deadline"_s;
        QTest::addRow("reviewer, a name") << int(Reviewer) << u"DC"_s << u"name_en"_s;
    }

    void onlyAdministratorsEditDepartments()
    {
        QFETCH(int, role);
        QFETCH(QString, department);
        QFETCH(QString, field);
        QJsonObject before;
        for (const QJsonObject &r : pullAll(Admin)) {
            if (r.value(u"code"_s).toString() == department && !r.contains(u"department_code"_s))
                before = r;
        }
        QVERIFY(!before.isEmpty());
        const QJsonValue value = field == u"submission_deadline" ? QJsonValue(u"2031-01-01"_s) : QJsonValue(u"Ours"_s);
        const QJsonObject receipt = pushOne(Role(role),
                                            change(before.value(u"id"_s).toString(), before.value(u"rev"_s).toInteger(),
                                                   u"upsert"_s, {{field, edit({}, value)}}, u"department"_s));
        QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(asAdmin(before.value(u"id"_s).toString()), before);
    }

    void anotherUsersChangeIdGetsNoReceipt()
    {
        // A's change ids are A's: B sending one again neither replays A's receipt (what A changed, the
        // rev, a conflict's values) nor writes anything.
        const QJsonObject draft = asAdmin(m_fixtures.value(u"draft"_s));
        const QJsonObject mine = change(draft.value(u"id"_s).toString(), draft.value(u"rev"_s).toInteger(), u"upsert"_s,
                                        {{u"fee_notes"_s, edit({}, u"Secret fee notes"_s)}});
        const QJsonObject receiptA = pushOne(OfficerA, mine);
        QCOMPARE(receiptA.value(u"result"_s).toString(), u"applied"_s);
        const QJsonObject after = asAdmin(draft.value(u"id"_s).toString());

        QJsonObject replay = mine;
        replay.insert(u"changes"_s, QJsonObject {{u"fee_notes"_s, edit({}, u"B's notes"_s)}});
        const HttpResult r = push(OfficerB, QJsonArray {replay});
        QCOMPARE(r.status, 200);
        const QJsonObject receiptB = r.json().value(u"results"_s).toArray().at(0).toObject();
        QVERIFY2(receiptB != receiptA, r.body.constData());
        QCOMPARE(receiptB.value(u"result"_s).toString(), u"rejected"_s);
        QVERIFY(receiptB.value(u"seq"_s).isNull());
        QCOMPARE(asAdmin(draft.value(u"id"_s).toString()), after);
        // A's own resend still gets A's receipt.
        QCOMPARE(pushOne(OfficerA, mine), receiptA);
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens

    void anExpiredAccessTokenIsRefused()
    {
        // --access-ttl is the server's own setting (docs/admin.md); 2 s keeps the wait short while leaving
        // a whole second in which the token must work.
        ServerProcess shortLived(m_db->url(), {u"--access-ttl"_s, u"2"_s});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        const HttpResult r = httpJson("POST", shortLived.url(u"/api/v1/auth/login"_s),
                                      {{u"username"_s, u"officer.health"_s}, {u"password"_s, testPassword()}});
        QCOMPARE(r.status, 200);
        const QString access = r.json().value(u"access_token"_s).toString();
        QCOMPARE(httpJson("GET", shortLived.url(u"/api/v1/sync/pull?limit=1"_s), {}, access).status, 200);
        QElapsedTimer clock;
        clock.start();
        HttpResult expired;
        while (clock.elapsed() < 5000) {
            expired = httpJson("GET", shortLived.url(u"/api/v1/sync/pull?limit=1"_s), {}, access);
            if (expired.status != 200)
                break;
            QThread::msleep(100);
        }
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), u"token-expired"_s);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        // Expired everywhere, including the routes that write.
        QCOMPARE(httpJson("POST", shortLived.url(u"/api/v1/sync/push"_s),
                          {{u"device_id"_s, u"d"_s}, {u"changes"_s, QJsonArray()}}, access)
                     .status,
                 401);
        QCOMPARE(shortLived.terminate(), 0);
    }

    void revokedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("how");
        QTest::addRow("after logout") << u"viewer"_s << u"logout"_s;
        QTest::addRow("after user disable") << u"sec.disable"_s << u"disable"_s;
        QTest::addRow("after user passwd") << u"sec.passwd"_s << u"passwd"_s;
    }

    void revokedTokensAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, how);
        const Session s = signIn(user);
        QVERIFY(!s.access.isEmpty());
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, s.access).status, 200);
        if (how == u"logout") {
            QCOMPARE(call("POST", u"/api/v1/auth/logout"_s, "{}", s.access).status, 200);
        } else if (how == u"disable") {
            QCOMPARE(serverCommand(m_db->url(), {u"user"_s, u"disable"_s, user}).exitCode, 0);
        } else {
            QCOMPARE(serverCommand(m_db->url(), {u"user"_s, u"passwd"_s, user}, "a-new-password-9\n").exitCode, 0);
        }
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, s.access).status, 401);
        QCOMPARE(call("POST", u"/api/v1/sync/push"_s, compact({{u"device_id"_s, u"d"_s}, {u"changes"_s, QJsonArray()}}),
                      s.access)
                     .status,
                 401);
        QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, s.refresh}})).status, 401);
        if (how == u"passwd") {
            QCOMPARE(loginAs(user).status, 401); // the old password no longer works
            QCOMPARE(loginAs(user, u"a-new-password-9"_s).status, 200);
        } else if (how == u"disable") {
            QCOMPARE(loginAs(user).status, 401);
        }
    }

    void forgedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("isRefreshToken"); ///< a real one: refreshing with it is fine
        const QString access = m_sessions[Viewer].access;
        const QString refresh = signIn(u"viewer"_s).refresh;
        // Shaped like a real one: "fa_" and 32 random bytes, base64url.
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
        QTest::addRow("random") << u"fa_"_s
                + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                << false;
        QTest::addRow("truncated") << access.chopped(1) << false;
        QTest::addRow("one character changed")
            << access.left(access.size() - 1) + (access.endsWith(u'A') ? u'B' : u'A') << false;
        QTest::addRow("extended") << access + u"A"_s << false;
        QTest::addRow("refresh token as access token") << refresh << true;
        QTest::addRow("prefix only") << u"fa_"_s << false;
        QTest::addRow("SQL") << u"' OR '1'='1"_s << false;
        QTest::addRow("upper case") << access.toUpper() << false;
    }

    void forgedTokensAreRefused()
    {
        QFETCH(QString, token);
        QFETCH(bool, isRefreshToken);
        QVERIFY(!token.isEmpty());
        const HttpResult r = call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, token);
        QCOMPARE(r.status, 401);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        QCOMPARE(call("POST", u"/api/v1/sync/push"_s, compact({{u"device_id"_s, u"d"_s}, {u"changes"_s, QJsonArray()}}),
                      token)
                     .status,
                 401);
        // Nor do they refresh.
        if (!isRefreshToken)
            QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, token}})).status, 401);
        // The real token is untouched by all that.
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, m_sessions[Viewer].access).status, 200);
    }

    void anAccessTokenDoesNotRefresh()
    {
        const Session s = signIn(u"viewer"_s);
        QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, s.access}})).status, 401);
        // and did not spoil the session either
        QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, s.refresh}})).status, 200);
    }

    void aReusedRefreshTokenEndsTheSession()
    {
        const Session s = signIn(u"viewer"_s);
        const HttpResult rotated = call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, s.refresh}}));
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json().value(u"access_token"_s).toString();
        const QString refresh2 = rotated.json().value(u"refresh_token"_s).toString();
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, access2).status, 200);
        // A stolen copy of the first refresh token, used after the owner rotated it.
        const HttpResult reuse = call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, s.refresh}}));
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.errorCode(), u"token-reused"_s);
        // Both the thief's and the owner's tokens of that session are dead now.
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, access2).status, 401);
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, s.access).status, 401);
        QCOMPARE(call("POST", u"/api/v1/auth/refresh"_s, compact({{u"refresh_token"_s, refresh2}})).status, 401);
        // Other sessions of the same user are not.
        QCOMPARE(call("GET", u"/api/v1/sync/pull?limit=1"_s, {}, m_sessions[Viewer].access).status, 200);
    }

    void tokensAreTakenFromTheAuthorizationHeaderOnly_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("?access_token=") << u"access_token"_s << QByteArray() << QByteArray();
        QTest::addRow("?token=") << u"token"_s << QByteArray() << QByteArray();
        QTest::addRow("?bearer=") << u"bearer"_s << QByteArray() << QByteArray();
        QTest::addRow("?authorization=Bearer") << u"authorization"_s << QByteArray() << QByteArray("Bearer ");
        QTest::addRow("Cookie") << QString() << QByteArray("Cookie") << QByteArray("access_token=");
        QTest::addRow("X-Access-Token") << QString() << QByteArray("X-Access-Token") << QByteArray();
        QTest::addRow("Authorization: Token") << QString() << QByteArray("Authorization") << QByteArray("Token ");
        QTest::addRow("Authorization: Basic") << QString() << QByteArray("Authorization") << QByteArray("Basic ");
    }

    void tokensAreTakenFromTheAuthorizationHeaderOnly()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        const QString access = m_sessions[Admin].access;
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, u"1"_s);
        if (!query.isEmpty())
            q.addQueryItem(query, QString::fromLatin1(value) + access);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({header, value + access.toLatin1()});
        const HttpResult r = call("GET", u"/api/v1/sync/pull?"_s + q.toString(QUrl::FullyEncoded), {}, {}, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthenticated"_s);
        const HttpResult pushed = http("POST", m_server->url(u"/api/v1/sync/push?"_s + q.toString(QUrl::FullyEncoded)),
                                       compact({{u"device_id"_s, u"d"_s}, {u"changes"_s, QJsonArray()}}), headers);
        QCOMPARE(pushed.status, 401);
    }

    // ---------------------------------------------------------------------------------------------
    // Guessing passwords

    void repeatedFailedLoginsAreThrottled()
    {
        // Each guess from another address (X-Real-IP, as nginx sets it): the lock is on the user name too,
        // not only on the address.
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = loginAs(u"sec.locked"_s, u"guess-%1"_s.arg(i), "198.51.100." + QByteArray::number(i));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"invalid-credentials"_s);
        }
        // The right password, during the lock: still refused, and refused before it is checked.
        HttpResult r = loginAs(u"sec.locked"_s, testPassword(), "198.51.100.50");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"throttled"_s);
        QVERIFY(r.headers.value("retry-after").toInt() > 0);
        QVERIFY(!r.body.contains("access_token"));
        r = loginAs(u"sec.locked"_s, testPassword(), "203.0.113.99");
        QCOMPARE(r.status, 429);
        // Other users, from the same addresses, are not affected.
        QCOMPARE(loginAs(u"viewer"_s, testPassword(), "198.51.100.1").status, 200);
        QCOMPARE(loginAs(u"officer.dc2"_s, testPassword(), "198.51.100.50").status, 200);
        // A user name that differs only in case is another (unknown) user, not a way round the lock.
        QCOMPARE(loginAs(u"SEC.LOCKED"_s, testPassword(), "198.51.100.51").status, 401);
        QCOMPARE(loginAs(u"sec.locked"_s, testPassword(), "198.51.100.52").status, 429);
    }

    // ---------------------------------------------------------------------------------------------
    // Oversized and slow

    void oversizedAndMalformedFraming_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("Content-Length beyond 64 bits") << QByteArray(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                                                       << 400;
        QTest::addRow("negative Content-Length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::addRow("hexadecimal Content-Length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n") << 400;
        QTest::addRow("push one byte over --max-body (8 MiB)")
            << QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 8388609\r\n\r\n{") << 413;
        QTest::addRow("login one byte over 64 KiB")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 65537\r\n\r\n{") << 413;
        QTest::addRow("a header line that never ends")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a')) << 431;
        QTest::addRow("a query of 9 kB") << QByteArray("GET /api/v1/sync/pull?since=" + QByteArray(9000, '1')
                                                       + " HTTP/1.1\r\nHost: x\r\n\r\n")
                                         << 414;
        QTest::addRow("header without a colon") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n") << 400;
        QTest::addRow("NUL in the request line")
            << QByteArray("GET /api/v1/health\0 HTTP/1.1\r\nHost: x\r\n\r\n",
                          qsizetype(sizeof("GET /api/v1/health\0 HTTP/1.1\r\nHost: x\r\n\r\n") - 1))
            << 400;
    }

    void oversizedAndMalformedFraming()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const qint64 before = m_server->residentKiB();
        const QByteArray answer = raw(m_server->port(), request);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(answer.contains("\"error\""));
        QVERIFY(m_server->residentKiB() - before < 32 * 1024);
        QCOMPARE(call("GET", u"/api/v1/health"_s).status, 200);
    }

    void slowlorisClientsAreCutOffWhileOthersAreServed()
    {
        // Eight clients send their request head one byte every 150 ms and never finish it. The server
        // (--read-timeout 2) cuts each off after 2 s; meanwhile other clients are answered at once.
        const QByteArray head = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: "
            + QByteArray(200, 's'); // longer than the trickle lasts: never complete
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 8; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(s->waitForConnected(5000));
            slow.push_back(std::move(s));
        }
        std::vector<QByteArray> answers(slow.size());
        std::vector<qint64> cutAt(slow.size(), -1);
        QElapsedTimer clock;
        clock.start();
        qint64 worstOther = 0;
        int others = 0;
        for (int tick = 0; clock.elapsed() < 8000; ++tick) {
            bool anyOpen = false;
            for (size_t i = 0; i < slow.size(); ++i) {
                QTcpSocket &s = *slow[i];
                if (cutAt[i] >= 0)
                    continue;
                if (s.state() == QAbstractSocket::ConnectedState && tick < head.size()) {
                    s.write(head.mid(tick, 1));
                    s.waitForBytesWritten(10);
                }
                s.waitForReadyRead(1);
                answers[i] += s.readAll();
                if (s.state() != QAbstractSocket::ConnectedState)
                    cutAt[i] = clock.elapsed();
                else
                    anyOpen = true;
            }
            if (!anyOpen)
                break;
            QElapsedTimer one;
            one.start();
            QCOMPARE(call("GET", u"/api/v1/health"_s).status, 200);
            worstOther = std::max(worstOther, one.elapsed());
            ++others;
            QThread::msleep(150);
        }
        for (size_t i = 0; i < slow.size(); ++i) {
            QVERIFY2(cutAt[i] >= 0, "a slow client was never cut off");
            QVERIFY2(cutAt[i] >= 1500 && cutAt[i] < 4500, qPrintable(QString::number(cutAt[i])));
            QCOMPARE(statusOf(answers[i]), 408);
        }
        qInfo("slowloris: %d other requests served meanwhile, the slowest in %lld ms", others, worstOther);
        QVERIFY(others >= 5);
        QVERIFY2(worstOther < 1000, qPrintable(QString::number(worstOther)));
    }

    void refusedConnectionsDoNotUseUpTheConnectionLimit()
    {
        // A server that takes 4 connections at once. Clients refused (headers too large, too slow) that
        // keep their end open until the server closes must not count against the limit afterwards, or a
        // handful of them would lock everyone out with 503.
        ServerProcess small(m_db->url(), {u"--max-connections"_s, u"4"_s, u"--read-timeout"_s, u"1"_s});
        QString error;
        QVERIFY2(small.start(&error), qPrintable(error));
        const QList<QByteArray> attacks {"GET /api/v1/health HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a'),
                                         QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")};
        for (const QByteArray &attack : attacks) {
            std::vector<std::unique_ptr<QTcpSocket>> clients;
            for (int i = 0; i < 4; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                s->connectToHost(QHostAddress::LocalHost, small.port());
                QVERIFY(s->waitForConnected(5000));
                s->write(attack);
                QVERIFY(s->waitForBytesWritten(5000));
                clients.push_back(std::move(s));
            }
            QElapsedTimer clock;
            clock.start();
            for (auto &s : clients) {
                QByteArray answer;
                while (s->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 15000) {
                    s->waitForReadyRead(50);
                    answer += s->readAll();
                }
                answer += s->readAll();
                QVERIFY2(statusOf(answer) == 431 || statusOf(answer) == 408, answer.left(40).constData());
                QVERIFY2(s->state() != QAbstractSocket::ConnectedState, "the server never closed the connection");
            }
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http("GET", small.url(u"/api/v1/health"_s)).status, 200);
        QCOMPARE(small.terminate(), 0);
    }

    // ---------------------------------------------------------------------------------------------
    // Malformed JSON

    void malformedJsonIsRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named"); ///< what the message must mention
        const QString login = u"/api/v1/auth/login"_s;
        const QString push = u"/api/v1/sync/push"_s;
        const QString refresh = u"/api/v1/auth/refresh"_s;
        const QByteArray id = Fehrist::Core::newId().toLatin1();
        auto aChange = [&](const QByteArray &inside) -> QByteArray {
            return "{\"device_id\":\"d\",\"changes\":[{\"change_id\":\"" + id
                + "\",\"entity\":\"service\",\"record_id\":\"" + id + "\"," + inside + "}]}";
        };
        QTest::addRow("login: truncated") << login << QByteArray("{\"username\":\"admin\",\"pass") << u"JSON"_s;
        QTest::addRow("login: empty body") << login << QByteArray() << u"JSON"_s;
        QTest::addRow("login: an array") << login << QByteArray("[\"admin\",\"password-123\"]") << u"object"_s;
        QTest::addRow("login: user name a number")
            << login << QByteArray("{\"username\":5,\"password\":\"password-123\"}") << u"username"_s;
        QTest::addRow("login: password null")
            << login << QByteArray("{\"username\":\"admin\",\"password\":null}") << u"password"_s;
        QTest::addRow("login: device_name an object")
            << login << QByteArray("{\"username\":\"admin\",\"password\":\"password-123\",\"device_name\":{}}")
            << u"device_name"_s;
        QTest::addRow("login: nested 5000 deep")
            << login << QByteArray(5000, '[') + QByteArray(5000, ']') << u"nested"_s;
        QTest::addRow("login: number beyond double")
            << login << QByteArray("{\"username\":1e999,\"password\":\"password-123\"}") << u"number"_s;
        QTest::addRow("login: invalid UTF-8")
            << login << QByteArray("{\"username\":\"adm\xff\xfein\",\"password\":\"password-123\"}") << u"UTF"_s;
        QTest::addRow("login: a lone surrogate")
            << login << QByteArray("{\"username\":\"adm\\ud800in\",\"password\":\"password-123\"}") << u"Unicode"_s;
        QTest::addRow("login: duplicate user name")
            << login << QByteArray("{\"username\":\"viewer\",\"username\":\"admin\",\"password\":\"password-123\"}")
            << u"username"_s;
        QTest::addRow("login: garbage after the object")
            << login << QByteArray("{\"username\":\"admin\",\"password\":\"password-123\"} x") << u"JSON"_s;
        QTest::addRow("refresh: token a number")
            << refresh << QByteArray("{\"refresh_token\":12345}") << u"refresh_token"_s;
        QTest::addRow("push: changes an object")
            << push << QByteArray("{\"device_id\":\"d\",\"changes\":{}}") << u"changes"_s;
        QTest::addRow("push: device_id missing") << push << QByteArray("{\"changes\":[]}") << u"device_id"_s;
        QTest::addRow("push: base_rev a string")
            << push << aChange("\"base_rev\":\"1\",\"operation\":\"delete\"") << u"base_rev"_s;
        QTest::addRow("push: base_rev 1e300")
            << push << aChange("\"base_rev\":1e300,\"operation\":\"delete\"") << u"base_rev"_s;
        QTest::addRow("push: base_rev negative")
            << push << aChange("\"base_rev\":-1,\"operation\":\"delete\"") << u"base_rev"_s;
        QTest::addRow("push: base_rev a fraction")
            << push << aChange("\"base_rev\":1.5,\"operation\":\"delete\"") << u"base_rev"_s;
        QTest::addRow("push: a value 500 deep")
            << push
            << aChange("\"base_rev\":0,\"operation\":\"upsert\",\"changes\":{\"name_en\":{\"new\":"
                       + QByteArray(500, '[') + QByteArray(500, ']') + "}}")
            << u"name_en"_s;
        QTest::addRow("push: a number beyond 64 bits")
            << push
            << aChange("\"base_rev\":0,\"operation\":\"upsert\",\"changes\":{\"monthly_volume\":{\"new\":1e30}}")
            << u"monthly_volume"_s;
        QTest::addRow("push: duplicate operation")
            << push << aChange("\"base_rev\":0,\"operation\":\"upsert\",\"operation\":\"delete\"") << u"operation"_s;
        QTest::addRow("push: duplicate field")
            << push
            << aChange("\"base_rev\":0,\"operation\":\"upsert\",\"changes\":{\"department_code\":{\"new\":\"HEALTH\"},"
                       "\"department_code\":{\"new\":\"DC\"}}")
            << u"department_code"_s;
        QTest::addRow("push: a lone surrogate in a value")
            << push
            << aChange("\"base_rev\":0,\"operation\":\"upsert\",\"changes\":{\"name_en\":{\"new\":\"x\\udc00y\"}}")
            << u"Unicode"_s;
    }

    void malformedJsonIsRefusedNamingTheProblem()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const qint64 seq = count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
        const HttpResult r
            = call("POST", path, body, path.contains(u"push"_s) ? m_sessions[OfficerB].access : QString());
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorCode() == u"invalid-json" || r.errorCode() == u"invalid", r.body.constData());
        QVERIFY2(messageOf(r).contains(named, Qt::CaseInsensitive), qPrintable(messageOf(r)));
        QCOMPARE(count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s), seq);
        QCOMPARE(call("GET", u"/api/v1/health"_s).status, 200);
    }

    // ---------------------------------------------------------------------------------------------
    // Injection strings

    void injectionStringsAreKeptAsData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("quote, drop table") << u"'; DROP TABLE services; --"_s;
        QTest::addRow("double quote or 1=1") << u"\" OR 1=1 --"_s;
        QTest::addRow("unicode quotes") << u"\u2018\u2019\u201C\u201D\u02BC OR 1=1 --"_s;
        QTest::addRow("like wildcards") << u"%' OR '%'='"_s;
        QTest::addRow("backslash quote") << u"\\'; SELECT 1; --"_s;
        QTest::addRow("placeholders") << u"? ?1 :name $1 @p"_s;
        QTest::addRow("comment and semicolon") << u"/* x */ ; COMMIT; --"_s;
    }

    void injectionStringsAreKeptAsData()
    {
        QFETCH(QString, text);
        const qint64 users = count(u"SELECT count(*) FROM srv_users"_s);
        const QString id = Fehrist::Core::newId();
        const QString code = u"SEC-INJ-%1"_s.arg(++m_injected);
        QJsonObject fields = newService(u"HEALTH"_s, code, text);
        fields.insert(u"description"_s, edit({}, text));
        fields.insert(u"fee_notes"_s, edit({}, text));
        const QJsonObject receipt = pushOne(OfficerB, change(id, 0, u"upsert"_s, fields));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"applied"_s);
        for (Role role : {OfficerB, Admin}) {
            const QJsonObject stored = pullAll(role).value(id);
            QCOMPARE(stored.value(u"name_en"_s).toString(), text);
            QCOMPARE(stored.value(u"description"_s).toString(), text);
            QCOMPARE(stored.value(u"fee_notes"_s).toString(), text);
        }
        // Where a value is an identifier it is refused, cleanly.
        const QJsonObject badCode
            = pushOne(OfficerB, change(Fehrist::Core::newId(), 0, u"upsert"_s, newService(u"HEALTH"_s, text, u"x"_s)));
        QCOMPARE(badCode.value(u"result"_s).toString(), u"rejected"_s);
        QVERIFY(badCode.value(u"reason"_s).toObject().value(u"message"_s).toString().contains(u"code"_s));
        // As a user name at login: just a wrong user name.
        const HttpResult login = loginAs(text, testPassword(), "192.0.2.77");
        QCOMPARE(login.status, 401);
        QCOMPARE(login.errorCode(), u"invalid-credentials"_s);
        // As a query parameter: refused (or, for epoch, "not the current epoch").
        const QString q = QString::fromLatin1(QUrl::toPercentEncoding(text));
        for (const QString &param : {u"since"_s, u"limit"_s}) {
            const HttpResult r = call("GET", u"/api/v1/sync/pull?%1=%2"_s.arg(param, q), {}, m_sessions[Admin].access);
            QCOMPARE(r.status, 400);
            QVERIFY(messageOf(r).startsWith(param));
        }
        const HttpResult epoch = call("GET", u"/api/v1/sync/pull?epoch="_s + q, {}, m_sessions[Admin].access);
        QCOMPARE(epoch.status, 409);
        QCOMPARE(epoch.json().value(u"error"_s).toObject().value(u"epoch"_s).toString(), m_epoch);
        QCOMPARE(call("GET", u"/api/v1/catalogue?format="_s + q).status, 400);
        // The tables are all there and whole.
        QVERIFY(count(u"SELECT count(*) FROM services"_s) > 100);
        QCOMPARE(count(u"SELECT count(*) FROM srv_users"_s), users);
        QVERIFY(count(u"SELECT count(*) FROM srv_changes"_s) > 100);
    }

    // A NUL character: PostgreSQL's text cannot hold it, so every engine refuses it as bad input (before,
    // SQLite kept it and PostgreSQL would have failed the push, and the client retried it for ever).
    void aNulCharacterIsRefusedAsInvalid()
    {
        const QString text = u"before\u0000after"_s;
        const QString id = Fehrist::Core::newId();
        QJsonObject fields = newService(u"HEALTH"_s, u"SEC-NUL"_s, text);
        const QJsonObject receipt = pushOne(OfficerB, change(id, 0, u"upsert"_s, fields));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"invalid"_s);
        QVERIFY2(receipt.value(u"reason"_s).toObject().value(u"message"_s).toString().contains(u"NUL"_s),
                 qPrintable(receipt.value(u"reason"_s).toObject().value(u"message"_s).toString()));
        QVERIFY(!pullAll(Admin).contains(id));
    }

    // ---------------------------------------------------------------------------------------------
    // Files

    void noFileIsEverServed_data()
    {
        QTest::addColumn<QByteArray>("target");
        const QByteArray db = QFileInfo(m_db->path()).fileName().toUtf8();
        QTest::newRow("/") << QByteArray("/");
        QTest::newRow("/etc/passwd") << QByteArray("/etc/passwd");
        QTest::newRow("../ under the API") << QByteArray("/api/v1/../../etc/passwd");
        QTest::newRow("../ after a route") << QByteArray("/api/v1/health/../../../../etc/passwd");
        QTest::newRow("%2e%2e%2f") << QByteArray("/%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        QTest::newRow("%2e%2e/ under the API") << QByteArray("/api/v1/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("..%2f") << QByteArray("/api/v1/..%2f..%2f..%2fetc%2fpasswd");
        QTest::newRow("%252e double-encoded") << QByteArray("/%252e%252e%252fetc%252fpasswd");
        QTest::newRow("backslashes") << QByteArray("/..\\..\\etc\\passwd");
        QTest::newRow("//etc/passwd") << QByteArray("//etc/passwd");
        QTest::newRow("/fehrist-server.sqlite") << QByteArray("/fehrist-server.sqlite");
        QTest::newRow("the database's own name") << "/" + db;
        QTest::newRow("the database under the API") << "/api/v1/" + db;
        QTest::newRow("the database's full path") << m_db->path().toUtf8();
        QTest::newRow("NUL-terminated route") << QByteArray("/api/v1/health%00.sqlite");
        QTest::newRow("/proc/self/environ") << QByteArray("/proc/self/environ");
    }

    void noFileIsEverServed()
    {
        QFETCH(QByteArray, target);
        const QByteArray answer = raw(m_server->port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(statusOf(answer), 404);
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QVERIFY(!body.contains("root:"));
        QVERIFY(!body.contains("SQLite format"));
        QVERIFY(!body.contains("PATH="));
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"not-found"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
