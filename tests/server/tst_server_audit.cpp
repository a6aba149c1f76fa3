// The tamper-evident audit log (DESIGN.md §8) with the real fehrist-server on a real database (SQLite, or
// PostgreSQL with FEHRIST_TEST_BACKEND=pg): what a running server records, GET /api/v1/audit and its
// refusals, and `fehrist-server audit verify` against entries edited, removed and reordered behind the
// server's back.
#include "core/domain/ids.h"
#include "core/sync/syncclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

QJsonObject change(const QString &recordId, qint64 baseRev, const QString &operation, const QJsonObject &fields)
{
    return {{u"change_id"_s, Fehrist::Core::newId()},
            {u"entity"_s, u"service"_s},
            {u"record_id"_s, recordId},
            {u"base_rev"_s, baseRev},
            {u"operation"_s, operation},
            {u"changes"_s, fields}};
}

QJsonObject edit(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {{u"old"_s, oldValue}, {u"new"_s, newValue}};
}

QJsonObject credentials(const QString &user, const QString &password)
{
    return {{u"username"_s, user}, {u"password"_s, password}, {u"device_name"_s, u"tst_server_audit"_s}};
}

// The canonical form docs/api.md gives, made here independently of the server: for the plain text
// these entries hold, Qt's compact JSON (keys sorted, empty values null) is that form.
QString expectedHash(const QString &prevHash, const QJsonObject &entry)
{
    QJsonObject canonical;
    for (const QString &key : {u"action"_s, u"actor"_s, u"at"_s, u"detail"_s, u"entity"_s, u"record_id"_s}) {
        const QString text = entry.value(key).toString();
        canonical.insert(key, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    canonical.insert(u"n"_s, entry.value(u"n"_s).toInteger());
    const QByteArray bytes = prevHash.toLatin1() + QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The test's chain: six administrators' actions, each one entry (n = 1…6).
QString sixEntries(const TestDatabase &db)
{
    const ProcessResult init = serverCommand(db.url(), {u"init"_s});
    if (init.exitCode != 0)
        return u"init: "_s + init.err;
    for (int i = 1; i <= 6; ++i) {
        const ProcessResult r
            = serverCommand(db.url(), {u"user"_s, u"add"_s, u"user%1"_s.arg(i), u"--role"_s, u"viewer"_s},
                            (testPassword() + u'\n').toUtf8());
        if (r.exitCode != 0)
            return u"user add: "_s + r.err;
    }
    return {};
}

} // namespace

class TestServerAudit final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;

    HttpResult get(const QString &path, const QString &token = {})
    {
        return httpJson("GET", m_server->url(path), {}, token);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return httpJson("POST", m_server->url(path), body, token);
    }
    ProcessResult verify(const QString &url) { return serverCommand(url, {u"audit"_s, u"verify"_s}); }

    // Every entry of the log, paged through the route the way a client does.
    QList<QJsonObject> readAll(const QString &token, int limit)
    {
        QList<QJsonObject> out;
        qint64 since = 0;
        for (int pages = 0; pages < 1000; ++pages) {
            const HttpResult r = get(u"/api/v1/audit?since=%1&limit=%2"_s.arg(since).arg(limit), token);
            if (r.status != 200)
                return {};
            const QJsonObject page = r.json();
            const QJsonArray entries = page.value(u"entries"_s).toArray();
            if (entries.size() > limit)
                return {};
            for (const QJsonValue &v : entries)
                out.append(v.toObject());
            since = page.value(u"next_since"_s).toInteger();
            if (!page.value(u"has_more"_s).toBool())
                return out;
        }
        return {};
    }
    QJsonObject service(const QString &token, const QString &key)
    {
        qint64 since = 0;
        for (;;) {
            const QJsonObject page = get(u"/api/v1/sync/pull?since=%1"_s.arg(since), token).json();
            for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
                const QJsonObject r = v.toObject().value(u"record"_s).toObject();
                if (v.toObject().value(u"entity"_s).toString() == u"service"
                    && r.value(u"department_code"_s).toString() + u'/' + r.value(u"code"_s).toString() == key)
                    return r;
            }
            since = page.value(u"next_since"_s).toInteger();
            if (!page.value(u"has_more"_s).toBool())
                return {};
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_db->url());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void aRunningServerRecordsWhatHappened()
    {
        const QString wrongPassword = u"not-the-password-%1"_s.arg(Fehrist::Core::newId());
        QStringList secrets {testPassword(), wrongPassword};

        // Sign-ins, a wrong password and an unknown name.
        HttpResult signIn = post(u"/api/v1/auth/login"_s, credentials(u"officer.dc"_s, testPassword()));
        QCOMPARE(signIn.status, 200);
        const QString officer = signIn.json().value(u"access_token"_s).toString();
        const QString firstRefresh = signIn.json().value(u"refresh_token"_s).toString();
        secrets << officer << firstRefresh;
        QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"officer.dc"_s, wrongPassword)).status, 401);
        QCOMPARE(post(u"/api/v1/auth/login"_s, credentials(u"nobody.here"_s, wrongPassword)).status, 401);
        const QString reviewer = login(*m_server, u"reviewer"_s);
        const QString admin = login(*m_server, u"admin"_s);
        const QString viewer = login(*m_server, u"viewer"_s);
        QVERIFY(!reviewer.isEmpty() && !admin.isEmpty() && !viewer.isEmpty());
        secrets << reviewer << admin << viewer;

        // A refresh, then the spent refresh token again: the session ends.
        const HttpResult refreshed = post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, firstRefresh}});
        QCOMPARE(refreshed.status, 200);
        const QString officer2 = refreshed.json().value(u"access_token"_s).toString();
        secrets << officer2 << refreshed.json().value(u"refresh_token"_s).toString();
        const HttpResult reused = post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, firstRefresh}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), u"token-reused"_s);

        // Pushes: an edit, its submission and a reviewer's return with a comment; a forbidden edit.
        const QString dcOfficer = login(*m_server, u"officer.dc"_s);
        secrets << dcOfficer;
        const QJsonObject mine = service(reviewer, u"DC/DOMICILE"_s);
        QVERIFY(!mine.isEmpty());
        const QString id = mine.value(u"id"_s).toString();
        qint64 rev = mine.value(u"rev"_s).toInteger();
        auto pushOne = [&](const QString &token, const QJsonObject &c) {
            const HttpResult r = post(u"/api/v1/sync/push"_s,
                                      {{u"device_id"_s, u"audit-test"_s}, {u"changes"_s, QJsonArray {c}}}, token);
            return r.json().value(u"results"_s).toArray().at(0).toObject();
        };
        QJsonObject r = pushOne(
            dcOfficer,
            change(id, rev, u"upsert"_s, {{u"fee_notes"_s, edit(mine.value(u"fee_notes"_s), u"Audited."_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        r = pushOne(dcOfficer, change(id, r.value(u"rev"_s).toInteger(), u"submit"_s, {}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        rev = r.value(u"rev"_s).toInteger();
        r = pushOne(reviewer,
                    change(id, rev, u"return"_s, {{u"review_comment"_s, edit({}, u"Name the fee, please."_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        QString healthId;
        qint64 healthRev = 0;
        {
            // Any HEALTH service will do.
            qint64 since = 0;
            while (healthId.isEmpty()) {
                const QJsonObject page = get(u"/api/v1/sync/pull?since=%1"_s.arg(since), reviewer).json();
                for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
                    const QJsonObject rec = v.toObject().value(u"record"_s).toObject();
                    if (healthId.isEmpty() && v.toObject().value(u"entity"_s).toString() == u"service"
                        && rec.value(u"department_code"_s).toString() == u"HEALTH") {
                        healthId = rec.value(u"id"_s).toString();
                        healthRev = rec.value(u"rev"_s).toInteger();
                    }
                }
                since = page.value(u"next_since"_s).toInteger();
                if (!page.value(u"has_more"_s).toBool())
                    break;
            }
        }
        QVERIFY(!healthId.isEmpty());
        r = pushOne(dcOfficer, change(healthId, healthRev, u"upsert"_s, {{u"fee_notes"_s, edit({}, u"Hijacked"_s)}}));
        QCOMPARE(r.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);

        // Officers and viewers may not read the log; trying is recorded.
        HttpResult denied = get(u"/api/v1/audit"_s, dcOfficer);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), u"forbidden"_s);
        QCOMPARE(get(u"/api/v1/audit"_s, viewer).status, 403);

        // (officer2 belongs to the session the reused token ended: sign out another one.)
        QCOMPARE(post(u"/api/v1/auth/logout"_s, {}, dcOfficer).status, 200);

        // The administrator reads it all, three entries a page.
        const QList<QJsonObject> entries = readAll(admin, 3);
        QVERIFY(entries.size() > 15);
        QString prev = QString(64, u'0');
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject &e = entries.at(i);
            QCOMPARE(e.value(u"n"_s).toInteger(), qint64(i + 1));
            QCOMPARE(e.value(u"prev_hash"_s).toString(), prev);
            QCOMPARE(e.value(u"hash"_s).toString(), expectedHash(prev, e));
            prev = e.value(u"hash"_s).toString();
        }
        auto find = [&](const QString &action, const QString &actor, const QString &detailPart = {}) {
            for (const QJsonObject &e : entries) {
                if (e.value(u"action"_s).toString() == action && e.value(u"actor"_s).toString() == actor
                    && e.value(u"detail"_s).toString().contains(detailPart))
                    return e;
            }
            return QJsonObject();
        };
        QVERIFY(entries.constFirst().value(u"action"_s).toString() == u"user.add");
        QVERIFY(entries.constFirst().value(u"actor"_s).toString().startsWith(u"local:"_s));
        QCOMPARE(entries.constFirst().value(u"record_id"_s).toString(), u"officer.dc"_s);
        QVERIFY(!find(u"auth.login"_s, u"officer.dc"_s, u"tst_server_audit"_s).isEmpty());
        QVERIFY(!find(u"auth.login-failed"_s, u"officer.dc"_s, u"wrong password"_s).isEmpty());
        QVERIFY(!find(u"auth.login-failed"_s, u"nobody.here"_s, u"unknown user name"_s).isEmpty());
        QVERIFY(!find(u"auth.refresh"_s, u"officer.dc"_s).isEmpty());
        QVERIFY(!find(u"auth.token-reused"_s, u"officer.dc"_s).isEmpty());
        QVERIFY(!find(u"auth.logout"_s, u"officer.dc"_s).isEmpty());
        const QJsonObject applied = find(u"push.applied"_s, u"officer.dc"_s, u"upsert"_s);
        QCOMPARE(applied.value(u"record_id"_s).toString(), id);
        QCOMPARE(applied.value(u"entity"_s).toString(), u"service"_s);
        QVERIFY(!find(u"push.applied"_s, u"officer.dc"_s, u"submit"_s).isEmpty());
        QVERIFY(!find(u"push.applied"_s, u"reviewer"_s, u"Name the fee, please."_s).isEmpty());
        QCOMPARE(find(u"push.forbidden"_s, u"officer.dc"_s).value(u"record_id"_s).toString(), healthId);
        QVERIFY(!find(u"http.forbidden"_s, u"officer.dc"_s, u"GET /api/v1/audit"_s).isEmpty());
        QVERIFY(!find(u"http.forbidden"_s, u"viewer"_s, u"GET /api/v1/audit"_s).isEmpty());

        // Nothing secret: no password, no token, no token hash.
        const QByteArray everything = QJsonDocument(QJsonArray::fromVariantList([&] {
                                          QVariantList list;
                                          for (const QJsonObject &e : entries)
                                              list.append(e.toVariantMap());
                                          return list;
                                      }()))
                                          .toJson();
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            const QByteArray hash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
            QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret.left(6)));
            QVERIFY(!everything.contains(hash.toHex()));
            QVERIFY(!everything.contains(hash.toBase64()));
            QVERIFY(
                !everything.contains(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        }

        // The chain holds while the server runs.
        const ProcessResult checked = verify(m_db->url());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        const QRegularExpressionMatch m
            = QRegularExpression(u"^audit log verified: (\\d+) entries, head ([0-9a-f]{64})$"_s)
                  .match(checked.out.trimmed());
        QVERIFY2(m.hasMatch(), qPrintable(checked.out));
        QVERIFY(m.captured(1).toLongLong() >= entries.size());
        if (m.captured(1).toLongLong() == entries.size())
            QCOMPARE(m.captured(2), prev);
    }

    void theClientReadsPages()
    {
        Fehrist::Core::SyncClient reviewer(QUrl(m_server->baseUrl()));
        QVERIFY(reviewer.login(u"reviewer"_s, testPassword(), u"tst_server_audit"_s));
        auto page = reviewer.auditPage(0, 4);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(page->entries.size(), 4);
        QCOMPARE(page->entries.at(0).n, qint64(1));
        QCOMPARE(page->entries.at(3).n, qint64(4));
        QCOMPARE(page->nextSince, qint64(4));
        QVERIFY(page->hasMore);
        QCOMPARE(page->entries.at(1).prevHash, page->entries.at(0).hash);
        QCOMPARE(page->entries.at(0).action, u"user.add"_s);
        auto next = reviewer.auditPage(page->nextSince, 1000);
        QVERIFY(next);
        QCOMPARE(next->entries.constFirst().n, qint64(5));
        QVERIFY(!next->hasMore);
        auto none = reviewer.auditPage(next->nextSince, 10);
        QVERIFY(none);
        // This reviewer's own sign-in is in the log by now.
        QVERIFY(none->entries.isEmpty() || none->entries.constFirst().n == next->nextSince + 1);

        Fehrist::Core::SyncClient officer(QUrl(m_server->baseUrl()));
        QVERIFY(officer.login(u"officer.health"_s, testPassword(), u"tst_server_audit"_s));
        auto refused = officer.auditPage(0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"forbidden"_s);
    }

    void theRouteRefusesWhatItShould()
    {
        const QString admin = login(*m_server, u"admin"_s);
        HttpResult r = get(u"/api/v1/audit"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthenticated"_s);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        QCOMPARE(get(u"/api/v1/audit"_s, u"fa_never-issued"_s).status, 401);
        for (const QString &user : {u"officer.dc2"_s, u"viewer"_s}) {
            r = get(u"/api/v1/audit?since=0"_s, login(*m_server, user));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"forbidden"_s);
            QVERIFY(r.json().value(u"entries"_s).isUndefined());
        }
        for (const QString &query :
             {u"since=-1"_s, u"since=abc"_s, u"since=1.5"_s, u"limit=0"_s, u"limit=1001"_s, u"limit=x"_s}) {
            r = get(u"/api/v1/audit?"_s + query, admin);
            QVERIFY2(r.status == 400, qPrintable(query));
            QCOMPARE(r.errorCode(), u"invalid"_s);
            const QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
            QVERIFY2(message.startsWith(query.section(u'=', 0, 0) + u':'), qPrintable(message));
        }
        QCOMPARE(httpJson("POST", m_server->url(u"/api/v1/audit"_s), {}, admin).status, 405);

        // The default page is 200 entries; a page past the end is empty and says where to go on.
        r = get(u"/api/v1/audit"_s, admin);
        QCOMPARE(r.status, 200);
        const QJsonArray entries = r.json().value(u"entries"_s).toArray();
        QVERIFY(!entries.isEmpty() && entries.size() <= 200);
        r = get(u"/api/v1/audit?since=1000000&limit=1000"_s, admin);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"entries"_s).toArray().isEmpty());
        QCOMPARE(r.json().value(u"next_since"_s).toInteger(), qint64(1000000));
        QCOMPARE(r.json().value(u"has_more"_s).toBool(), false);
        // The refusals above are entries of their own.
        bool found = false;
        for (const QJsonObject &e : readAll(admin, 1000))
            found = found || (e.value(u"action"_s) == u"http.forbidden"_s && e.value(u"actor"_s) == u"officer.dc2"_s);
        QVERIFY(found);
    }

    void concurrentAppendersKeepTheChainDense()
    {
        // On PostgreSQL a second server process shares the database, as behind nginx: the head row's
        // lock must order appenders of both.
        std::unique_ptr<ServerProcess> second;
        const ServerProcess *servers[2] = {m_server.get(), m_server.get()};
        if (m_db->backend() == TestDatabase::Backend::PostgreSQL) {
            second = std::make_unique<ServerProcess>(m_db->url());
            QString error;
            QVERIFY2(second->start(&error), qPrintable(error));
            servers[1] = second.get();
        }
        const QString officers[2] = {login(*servers[0], u"officer.dc"_s), login(*servers[1], u"officer.health"_s)};
        const QString admin = login(*servers[0], u"admin"_s);
        const qint64 before = m_db->queryValue(u"SELECT count(*) FROM srv_audit"_s).toLongLong();
        std::atomic<bool> stop = false;
        std::atomic<int> failures = 0;
        QList<qint64> seen; // what a reader following next_since saw, in order
        QList<QThread *> threads;
        for (int w = 0; w < 4; ++w) {
            threads.append(QThread::create([&, w] {
                const ServerProcess &server = *servers[w % 2];
                for (int i = 0; i < 15; ++i) {
                    const HttpResult r
                        = httpJson("GET", server.url(u"/api/v1/audit"_s), {}, officers[w % 2]); // refused, audited
                    if (r.status != 403)
                        ++failures;
                    if (i % 3 == 0) {
                        const QString id = Fehrist::Core::newId();
                        const QString code = u"AUDIT-%1-%2"_s.arg(w).arg(i);
                        const HttpResult pushed = httpJson(
                            "POST", server.url(u"/api/v1/sync/push"_s),
                            {{u"device_id"_s, u"audit-load"_s},
                             {u"changes"_s,
                              QJsonArray {change(id, 0, u"upsert"_s,
                                                 {{u"department_code"_s, edit({}, w % 2 ? u"HEALTH"_s : u"DC"_s)},
                                                  {u"code"_s, edit({}, code)},
                                                  {u"name_en"_s, edit({}, code)},
                                                  {u"description"_s, edit({}, u"Load test."_s)},
                                                  {u"category"_s, edit({}, u"other"_s)},
                                                  {u"digitization_level"_s, edit({}, u"L1"_s)},
                                                  {u"status"_s, edit({}, u"active"_s)}})}}},
                            officers[w % 2]);
                        if (pushed.json().value(u"results"_s).toArray().at(0).toObject().value(u"result"_s)
                            != u"applied"_s)
                            ++failures;
                    }
                }
            }));
        }
        threads.append(QThread::create([&] {
            qint64 since = before;
            while (true) {
                const bool last = stop.load();
                const HttpResult r
                    = httpJson("GET", servers[1]->url(u"/api/v1/audit?since=%1&limit=7"_s.arg(since)), {}, admin);
                if (r.status != 200) {
                    ++failures;
                    return;
                }
                for (const QJsonValue &v : r.json().value(u"entries"_s).toArray())
                    seen.append(v.toObject().value(u"n"_s).toInteger());
                since = r.json().value(u"next_since"_s).toInteger();
                if (last && !r.json().value(u"has_more"_s).toBool())
                    return;
            }
        }));
        for (QThread *t : std::as_const(threads))
            t->start();
        for (int i = 0; i < 4; ++i)
            QVERIFY(threads.at(i)->wait(180000));
        stop = true;
        QVERIFY(threads.last()->wait(60000));
        qDeleteAll(threads);
        QCOMPARE(failures.load(), 0);

        // 4 × (15 refusals + 5 pushes), numbered without gaps, and the reader saw each once, in order.
        const qint64 after = m_db->queryValue(u"SELECT count(*) FROM srv_audit"_s).toLongLong();
        QVERIFY(after - before >= 4 * 20);
        QCOMPARE(m_db->queryValue(u"SELECT max(n) FROM srv_audit"_s).toLongLong(), after);
        QCOMPARE(m_db->queryValue(u"SELECT n FROM srv_audit_head"_s).toLongLong(), after);
        QCOMPARE(seen.size(), after - before);
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), before + i + 1);
        const ProcessResult checked = verify(m_db->url());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        if (second)
            QCOMPARE(second->terminate(), 0);
    }

    void verifyNamesTheFirstBadEntry_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("badEntry");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("detail edited")
            << QStringList {u"UPDATE srv_audit SET detail = 'added admin mallory' WHERE n = 3"_s} << qint64(3)
            << u"altered"_s << u"does not match its hash"_s;
        QTest::newRow("middle entry deleted") << QStringList {u"DELETE FROM srv_audit WHERE n = 3"_s} << qint64(3)
                                              << u"missing"_s << u"entry 3 is missing between entry 2"_s;
        QTest::newRow("last entry deleted") << QStringList {u"DELETE FROM srv_audit WHERE n = 6"_s} << qint64(6)
                                            << u"truncated"_s << u"the last entry (6"_s;
        QTest::newRow("two entries swapped")
            << QStringList {u"UPDATE srv_audit SET n = -n WHERE n IN (2, 5)"_s,
                            u"UPDATE srv_audit SET n = 5 WHERE n = -2"_s, u"UPDATE srv_audit SET n = 2 WHERE n = -5"_s}
            << qint64(2) << u"out-of-order"_s << u"written as entry 5"_s;
        // The contents change places, the hash columns stay.
        const QString swapped
            = u"(SELECT %1 FROM audit_copy c WHERE c.n = CASE WHEN srv_audit.n = 2 THEN 5 ELSE 2 END)"_s;
        QTest::newRow("two entries' contents swapped")
            << QStringList {u"CREATE TABLE audit_copy AS SELECT * FROM srv_audit WHERE n IN (2, 5)"_s,
                            u"UPDATE srv_audit SET at = %1, record_id = %2, detail = %3 WHERE n IN (2, 5)"_s.arg(
                                swapped.arg(u"at"_s), swapped.arg(u"record_id"_s), swapped.arg(u"detail"_s))}
            << qint64(2) << u"out-of-order"_s << u"written as entry 5"_s;
        QTest::newRow("head moved back") << QStringList {u"DELETE FROM srv_audit WHERE n = 6"_s,
                                                         u"UPDATE srv_audit_head SET n = 5"_s}
                                         << qint64(5) << u"head-mismatch"_s << u"not the one the head records"_s;
        QTest::newRow("entry slipped in") << QStringList {u"INSERT INTO srv_audit (at, actor, action) VALUES "
                                                          u"('2020-01-01T00:00:00.000Z', 'mallory', 'user.add')"_s}
                                          << qint64(0) << u"unchained"_s << u"no place in the chain"_s;
    }

    void verifyNamesTheFirstBadEntry()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, badEntry);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        TestDatabase db(m_db->backend());
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString made = sixEntries(db);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const ProcessResult intact = verify(db.url());
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
        QVERIFY2(intact.out.startsWith(u"audit log verified: 6 entries, head "_s), qPrintable(intact.out));
        const QString atBefore = db.queryValue(u"SELECT at FROM srv_audit WHERE n = %1"_s.arg(badEntry)).toString();

        for (const QString &statement : sql) {
            QString error;
            QVERIFY2(db.execRaw(statement, &error), qPrintable(statement + u": "_s + error));
        }
        // What stands at that place now (a reordered entry shows the time of what was moved there).
        const QString atAfter = db.queryValue(u"SELECT at FROM srv_audit WHERE n = %1"_s.arg(badEntry)).toString();
        const ProcessResult r = verify(db.url());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QString line = r.err.trimmed();
        QVERIFY2(!line.contains(u'\n'), qPrintable(line));
        QVERIFY2(line.contains(u"[%1]"_s.arg(kind)), qPrintable(line));
        QVERIFY2(line.contains(says), qPrintable(line));
        if (badEntry > 0) {
            QVERIFY2(line.contains(u"TAMPERED at entry %1 "_s.arg(badEntry)), qPrintable(line));
            // When it happened (and what, where the entry is still there to say).
            if (kind != u"missing")
                QVERIFY2(line.contains(atAfter.isEmpty() ? atBefore : atAfter), qPrintable(line));
            if (kind == u"altered" || kind == u"out-of-order")
                QVERIFY2(line.contains(u"user.add"_s), qPrintable(line));
        }
        // A tampered log stays tampered: opening the database again does not launder it.
        QCOMPARE(verify(db.url()).exitCode, 1);
    }

    void entriesOfTheFirstSchemaAreChainedOnUpgrade()
    {
        TestDatabase db(m_db->backend());
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY2(sixEntries(db).isEmpty(), "six entries");
        const QString firstAt = db.queryValue(u"SELECT at FROM srv_audit WHERE n = 1"_s).toString();
        // Back to server schema 1: no chain, entries in the order written.
        for (const QString &statement :
             {u"DROP INDEX srv_audit_n"_s, u"DROP TABLE srv_audit_head"_s, u"ALTER TABLE srv_audit DROP COLUMN n"_s,
              u"ALTER TABLE srv_audit DROP COLUMN prev_hash"_s, u"ALTER TABLE srv_audit DROP COLUMN hash"_s,
              u"UPDATE meta SET value = '1' WHERE key = 'server_schema_version'"_s,
              u"DELETE FROM meta WHERE key = 'server_audit_unchained'"_s}) {
            QString error;
            QVERIFY2(db.execRaw(statement, &error), qPrintable(statement + u": "_s + error));
        }
        const ProcessResult r = verify(db.url());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"audit log verified: 6 entries"_s), qPrintable(r.out));
        QCOMPARE(db.queryValue(u"SELECT at FROM srv_audit WHERE n = 1"_s).toString(), firstAt);
        QCOMPARE(db.queryValue(u"SELECT value FROM meta WHERE key = 'server_schema_version'"_s).toString(), u"2"_s);
        // New entries continue the chain.
        const ProcessResult added = serverCommand(db.url(), {u"user"_s, u"disable"_s, u"user1"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const ProcessResult again = verify(db.url());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.startsWith(u"audit log verified: 7 entries"_s), qPrintable(again.out));
    }

    void backupAndRestoreAreAuditedAndKeepTheChain()
    {
        TestDatabase source(m_db->backend());
        QVERIFY2(source.isValid(), qPrintable(source.error()));
        QVERIFY2(sixEntries(source).isEmpty(), "six entries");
        const QString file = source.scratchDir() + u"/backup.sqlite"_s;
        const ProcessResult backedUp = serverCommand(source.url(), {u"backup"_s, file});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(source.queryValue(u"SELECT action FROM srv_audit WHERE n = 7"_s).toString(), u"backup.write"_s);
        QVERIFY(
            source.queryValue(u"SELECT detail FROM srv_audit WHERE n = 7"_s).toString().contains(u"backup.sqlite"_s));
        QCOMPARE(verify(source.url()).exitCode, 0);

        TestDatabase target(m_db->backend());
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        const ProcessResult restored = serverCommand(target.url(), {u"restore"_s, file});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const ProcessResult checked = verify(target.url());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        // The six entries of the backup, then the restore.
        QVERIFY2(checked.out.startsWith(u"audit log verified: 7 entries"_s), qPrintable(checked.out));
        QCOMPARE(target.queryValue(u"SELECT action FROM srv_audit WHERE n = 7"_s).toString(), u"backup.restore"_s);
        QCOMPARE(target.queryValue(u"SELECT hash FROM srv_audit WHERE n = 6"_s),
                 source.queryValue(u"SELECT hash FROM srv_audit WHERE n = 6"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
