// The sync protocol of DESIGN.md §6 against the real fehrist-server on loopback, spoken as raw JSON:
// receipts and replays, the field-level merge and conflicts, department scope, the workflow, tombstones,
// paging, epochs and seq under concurrent writers. SQLite, or PostgreSQL with FEHRIST_TEST_BACKEND=pg
// (where two server processes share the database).
#include "core/domain/ids.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

namespace {

QJsonObject change(const QString &recordId, qint64 baseRev, const QString &operation, const QJsonObject &fields,
                   const QString &entity = u"service"_s)
{
    return {{u"change_id"_s, Fehrist::Core::newId()},
            {u"entity"_s, entity},
            {u"record_id"_s, recordId},
            {u"base_rev"_s, baseRev},
            {u"operation"_s, operation},
            {u"changes"_s, fields}};
}

QJsonObject edit(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {{u"old"_s, oldValue}, {u"new"_s, newValue}};
}

// A signed-in user speaking the protocol.
struct Client
{
    const ServerProcess *server = nullptr;
    QString token;
    QString epoch;

    HttpResult push(const QJsonArray &changes, const QString &pushEpoch = {}) const
    {
        return httpJson("POST", server->url(u"/api/v1/sync/push"_s),
                        {{u"device_id"_s, u"test-device"_s}, {u"epoch"_s, pushEpoch}, {u"changes"_s, changes}}, token);
    }
    QJsonObject pushOne(const QJsonObject &c) const
    {
        return push(QJsonArray {c}).json().value(u"results"_s).toArray().at(0).toObject();
    }
    HttpResult pull(qint64 since, int limit = 2000, const QString &pullEpoch = {}) const
    {
        QString path = u"/api/v1/sync/pull?since=%1&limit=%2"_s.arg(since).arg(limit);
        if (!pullEpoch.isEmpty())
            path += u"&epoch="_s + pullEpoch;
        return httpJson("GET", server->url(path), {}, token);
    }
    // Everything visible, newest version of each record, by id.
    QHash<QString, QJsonObject> pullAll() const
    {
        QHash<QString, QJsonObject> out;
        qint64 since = 0;
        for (;;) {
            const QJsonObject page = pull(since).json();
            for (const QJsonValue &v : page.value(u"changes"_s).toArray())
                out.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
            since = page.value(u"next_since"_s).toInteger();
            if (!page.value(u"has_more"_s).toBool())
                return out;
        }
    }
};

} // namespace

class TestServerSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    Client m_dc, m_dc2, m_health, m_reviewer, m_reviewer2, m_admin, m_viewer;

    Client signIn(const QString &user)
    {
        Client c;
        c.server = m_server.get();
        c.token = login(*m_server, user);
        return c;
    }
    // A service of the sample by DEPT/CODE, as the reviewer (who sees everything) pulls it now.
    QJsonObject service(const QString &key)
    {
        const auto all = m_reviewer.pullAll();
        for (const QJsonObject &c : all) {
            const QJsonObject r = c.value(u"record"_s).toObject();
            if (c.value(u"entity"_s).toString() == u"service"
                && r.value(u"department_code"_s).toString() + u'/' + r.value(u"code"_s).toString() == key)
                return r;
        }
        return {};
    }
    qint64 count(const QString &sql) { return m_db->queryValue(sql).toLongLong(); }

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
        m_dc = signIn(u"officer.dc"_s);
        m_dc2 = signIn(u"officer.dc2"_s);
        m_health = signIn(u"officer.health"_s);
        m_reviewer = signIn(u"reviewer"_s);
        m_reviewer2 = signIn(u"reviewer2"_s);
        m_admin = signIn(u"admin"_s);
        m_viewer = signIn(u"viewer"_s);
        for (const Client *c : {&m_dc, &m_dc2, &m_health, &m_reviewer, &m_reviewer2, &m_admin, &m_viewer})
            QVERIFY(!c->token.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void aPushIsAppliedOnceAndItsResendGetsTheSameReceipt()
    {
        const QJsonObject before = service(u"DC/DOMICILE"_s);
        QVERIFY(!before.isEmpty());
        const qint64 rev = before.value(u"rev"_s).toInteger();
        const QJsonObject c
            = change(before.value(u"id"_s).toString(), rev, u"upsert"_s,
                     {{u"name_en"_s, edit(before.value(u"name_en"_s), u"Domicile certificate (renewed)"_s)}});
        const HttpResult first = m_dc.push(QJsonArray {c});
        QCOMPARE(first.status, 200);
        const QJsonObject receipt = first.json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(receipt.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(receipt.value(u"rev"_s).toInteger(), rev + 1);
        const qint64 seq = receipt.value(u"seq"_s).toInteger();
        QVERIFY(seq > 132);
        const qint64 logged = count(u"SELECT count(*) FROM srv_changes"_s);

        // The answer was lost; the client sends the same change again.
        const HttpResult again = m_dc.push(QJsonArray {c});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"results"_s).toArray().at(0).toObject(), receipt);
        QCOMPARE(count(u"SELECT count(*) FROM srv_changes"_s), logged);

        const QJsonObject page = m_dc.pull(seq - 1).json();
        const QJsonArray changes = page.value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(u"seq"_s).toInteger(), seq);
        const QJsonObject record = changes.at(0).toObject().value(u"record"_s).toObject();
        QCOMPARE(record.value(u"name_en"_s).toString(), u"Domicile certificate (renewed)"_s);
        QCOMPARE(record.value(u"updated_by"_s).toString(), u"officer.dc"_s);
        // An edit of an approved service makes a new draft (DESIGN.md §5).
        QCOMPARE(before.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(record.value(u"state"_s).toString(), u"draft"_s);
    }

    void differentFieldsMergeAndTheSameFieldConflicts()
    {
        const QJsonObject base = service(u"DC/ATTESTATION"_s);
        QVERIFY(!base.isEmpty());
        const QString id = base.value(u"id"_s).toString();
        const qint64 rev = base.value(u"rev"_s).toInteger();
        // Two officers edited the same version offline.
        QJsonObject a = m_dc.pushOne(
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(base.value(u"name_en"_s), u"Arms licence (new)"_s)}}));
        QCOMPARE(a.value(u"result"_s).toString(), u"applied"_s);
        QJsonObject b = m_dc2.pushOne(
            change(id, rev, u"upsert"_s,
                   {{u"description"_s, edit(base.value(u"description"_s), u"Issued by the DC office."_s)}}));
        QCOMPARE(b.value(u"result"_s).toString(), u"merged"_s);
        QCOMPARE(b.value(u"rev"_s).toInteger(), rev + 2);
        QJsonObject merged = service(u"DC/ATTESTATION"_s);
        QCOMPARE(merged.value(u"name_en"_s).toString(), u"Arms licence (new)"_s);
        QCOMPARE(merged.value(u"description"_s).toString(), u"Issued by the DC office."_s);

        // A third edit of the same field from the same old version: a conflict; the server keeps the first.
        const qint64 conflictsBefore = count(u"SELECT count(*) FROM srv_conflicts"_s);
        const qint64 seqBefore = count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
        QJsonObject c = m_dc2.pushOne(
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(base.value(u"name_en"_s), u"Arms licence (other)"_s)}}));
        QCOMPARE(c.value(u"result"_s).toString(), u"conflict"_s);
        QCOMPARE(c.value(u"rev"_s).toInteger(), rev + 2);
        QVERIFY(c.value(u"seq"_s).isNull());
        const QJsonObject conflict = c.value(u"conflict"_s).toObject();
        QCOMPARE(conflict.value(u"base_rev"_s).toInteger(), rev);
        QCOMPARE(conflict.value(u"server_rev"_s).toInteger(), rev + 2);
        const QJsonObject field = conflict.value(u"fields"_s).toObject().value(u"name_en"_s).toObject();
        QCOMPARE(field.value(u"base"_s), base.value(u"name_en"_s));
        QCOMPARE(field.value(u"mine"_s).toString(), u"Arms licence (other)"_s);
        QCOMPARE(field.value(u"theirs"_s).toString(), u"Arms licence (new)"_s);
        QVERIFY(field.value(u"conflict"_s).toBool());
        QCOMPARE(service(u"DC/ATTESTATION"_s).value(u"name_en"_s).toString(), u"Arms licence (new)"_s);
        QCOMPARE(count(u"SELECT count(*) FROM srv_conflicts"_s), conflictsBefore + 1);
        QCOMPARE(count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s), seqBefore); // nothing written

        // The same value from both sides is no conflict.
        QJsonObject same = m_dc2.pushOne(
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(base.value(u"name_en"_s), u"Arms licence (new)"_s)}}));
        QCOMPARE(same.value(u"result"_s).toString(), u"merged"_s);
        // Resolving: a new change against the current rev.
        QJsonObject resolved = m_dc2.pushOne(change(
            id, rev + 2, u"upsert"_s, {{u"name_en"_s, edit(u"Arms licence (new)"_s, u"Arms licence (agreed)"_s)}}));
        QCOMPARE(resolved.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(service(u"DC/ATTESTATION"_s).value(u"name_en"_s).toString(), u"Arms licence (agreed)"_s);
    }

    void oneClientsSuccessiveEditsDoNotConflictWithEachOther()
    {
        const QJsonObject base = service(u"DC/PETROL-NOC"_s);
        QVERIFY(!base.isEmpty());
        const QString id = base.value(u"id"_s).toString();
        const qint64 rev = base.value(u"rev"_s).toInteger();
        // Offline, the officer renamed the service twice: both outbox rows carry the same base_rev.
        const HttpResult r = m_dc.push(QJsonArray {
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(base.value(u"name_en"_s), u"Birth registration 1"_s)}}),
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(u"Birth registration 1"_s, u"Birth registration 2"_s)}}),
        });
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(results.at(1).toObject().value(u"result"_s).toString(), u"merged"_s);
        QCOMPARE(service(u"DC/PETROL-NOC"_s).value(u"name_en"_s).toString(), u"Birth registration 2"_s);
    }

    void aNullFlagIsTheFlagsDefault()
    {
        // A flag sent as null means its default, as in a record's JSON: for a department's "active", on.
        QJsonObject dc;
        for (const QJsonObject &c : m_reviewer.pullAll()) {
            if (c.value(u"entity"_s).toString() == u"department"
                && c.value(u"record"_s).toObject().value(u"code"_s).toString() == u"DC")
                dc = c.value(u"record"_s).toObject();
        }
        QVERIFY(!dc.isEmpty());
        QCOMPARE(dc.value(u"active"_s).toBool(), true);
        const QString id = dc.value(u"id"_s).toString();
        QJsonObject receipt = m_admin.pushOne(change(id, dc.value(u"rev"_s).toInteger(), u"upsert"_s,
                                                     {{u"active"_s, edit(QJsonValue(), false)}}, u"department"_s));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(count(u"SELECT active FROM departments WHERE code = 'DC'"_s), 0);
        receipt = m_admin.pushOne(change(id, receipt.value(u"rev"_s).toInteger(), u"upsert"_s,
                                         {{u"active"_s, edit(false, QJsonValue())}}, u"department"_s));
        QCOMPARE(receipt.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(count(u"SELECT active FROM departments WHERE code = 'DC'"_s), 1);
    }

    void anotherDepartmentCannotChangeRecordsWhateverThePayloadClaims()
    {
        const QJsonObject target = service(u"DC/EVENT-PERMIT"_s);
        QVERIFY(!target.isEmpty());
        const QString id = target.value(u"id"_s).toString();
        const qint64 rev = target.value(u"rev"_s).toInteger();
        const qint64 audited = count(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s);
        const QList<QJsonObject> attempts {
            change(id, rev, u"upsert"_s, {{u"name_en"_s, edit(target.value(u"name_en"_s), u"Hijacked"_s)}}),
            // A forged department code: the stored record's department decides, not the payload.
            change(
                id, rev, u"upsert"_s,
                {{u"department_code"_s, edit(u"HEALTH"_s, u"HEALTH"_s)}, {u"name_en"_s, edit(u"x"_s, u"Hijacked"_s)}}),
            change(id, rev, u"delete"_s, {}),
            change(id, rev, u"submit"_s, {}),
            // A new service for a department that is not theirs.
            change(Fehrist::Core::newId(), 0, u"upsert"_s,
                   {{u"department_code"_s, edit({}, u"DC"_s)},
                    {u"code"_s, edit({}, u"PLANTED"_s)},
                    {u"name_en"_s, edit({}, u"Planted"_s)},
                    {u"description"_s, edit({}, u"x"_s)},
                    {u"category"_s, edit({}, u"other"_s)},
                    {u"digitization_level"_s, edit({}, u"L0"_s)},
                    {u"status"_s, edit({}, u"active"_s)}}),
        };
        QVERIFY(target.value(u"state"_s).toString() != u"approved"_s); // a working version HEALTH may not read
        for (const QJsonObject &attempt : attempts) {
            const QJsonObject receipt = m_health.pushOne(attempt);
            QCOMPARE(receipt.value(u"result"_s).toString(), u"rejected"_s);
            QCOMPARE(receipt.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
            // A refusal shows nothing of a draft the user may not read.
            QVERIFY2(!receipt.contains(u"current"_s), qPrintable(QString::fromUtf8(QJsonDocument(receipt).toJson())));
        }
        const QJsonObject after = service(u"DC/EVENT-PERMIT"_s);
        QCOMPARE(after.value(u"rev"_s).toInteger(), rev);
        QCOMPARE(after.value(u"name_en"_s), target.value(u"name_en"_s));
        QVERIFY(service(u"DC/PLANTED"_s).isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM srv_audit WHERE action = 'push.forbidden'"_s), audited + attempts.size());
        // Reviewers review but do not edit; viewers change nothing at all. (A change of its own: resending
        // the officer's change_id would only be refused as another user's.)
        QJsonObject reviewers = attempts.at(0);
        reviewers.insert(u"change_id"_s, Fehrist::Core::newId());
        QCOMPARE(m_reviewer.pushOne(reviewers).value(u"reason"_s).toObject().value(u"code"_s).toString(),
                 u"forbidden"_s);
        const HttpResult viewer = m_viewer.push(QJsonArray {attempts.at(0)});
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.errorCode(), u"forbidden"_s);
    }

    void officersNeverReadOtherDepartmentsDrafts()
    {
        const auto health = m_health.pullAll();
        const auto reviewer = m_reviewer.pullAll();
        int dcSeen = 0;
        for (const QJsonObject &c : health) {
            const QJsonObject r = c.value(u"record"_s).toObject();
            if (c.value(u"entity"_s).toString() != u"service" || c.value(u"deleted"_s).toBool())
                continue;
            if (r.value(u"department_code"_s).toString() != u"HEALTH") {
                QCOMPARE(r.value(u"state"_s).toString(), u"approved"_s);
                ++dcSeen;
            }
        }
        QVERIFY(dcSeen > 10);
        // DC/DOMICILE is a draft now (renamed above): HEALTH still sees its last approved version.
        const QJsonObject domicile = service(u"DC/DOMICILE"_s);
        QCOMPARE(domicile.value(u"state"_s).toString(), u"draft"_s);
        const QJsonObject published = health.value(domicile.value(u"id"_s).toString()).value(u"record"_s).toObject();
        QCOMPARE(published.value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(published.value(u"name_en"_s) != domicile.value(u"name_en"_s));
        // Reviewers see every department's drafts; departments are everyone's.
        int drafts = 0, departments = 0;
        for (const QJsonObject &c : reviewer) {
            drafts += c.value(u"record"_s).toObject().value(u"state"_s).toString() == u"draft";
            departments += c.value(u"entity"_s).toString() == u"department";
        }
        QVERIFY(drafts >= 31);
        QCOMPARE(departments, 26);
        int healthDepartments = 0;
        for (const QJsonObject &c : health)
            healthDepartments += c.value(u"entity"_s).toString() == u"department";
        QCOMPARE(healthDepartments, 26);
    }

    void aBadPushIsRefusedWholeBeforeAnythingIsWritten()
    {
        const auto all = m_health.pullAll();
        QJsonObject healthService;
        for (const QJsonObject &c : all) {
            const QJsonObject r = c.value(u"record"_s).toObject();
            if (r.value(u"department_code"_s).toString() == u"HEALTH" && !c.value(u"deleted"_s).toBool()) {
                healthService = r;
                break;
            }
        }
        QVERIFY(!healthService.isEmpty());
        const QString id = healthService.value(u"id"_s).toString();
        const qint64 rev = healthService.value(u"rev"_s).toInteger();
        const qint64 seq = count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
        const QJsonObject good = change(id, rev, u"upsert"_s, {{u"name_en"_s, edit({}, u"Would be renamed"_s)}});
        QJsonObject unknownField = change(id, rev, u"upsert"_s, {{u"frobnicate"_s, edit({}, 1)}});
        HttpResult r = m_health.push(QJsonArray {good, unknownField});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_s);
        QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"changes[1]"_s) && message.contains(unknownField.value(u"change_id"_s).toString())
                     && message.contains(u"frobnicate"_s),
                 qPrintable(message));
        QJsonObject wrongType = change(id, rev, u"upsert"_s, {{u"rts_notified"_s, edit(false, u"yes"_s)}});
        r = m_health.push(QJsonArray {good, wrongType});
        QCOMPARE(r.status, 400);
        message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"rts_notified"_s) && message.contains(u"true or false"_s), qPrintable(message));
        QJsonObject notUuid = good;
        notUuid.insert(u"record_id"_s, u"DC/DOMICILE"_s);
        QCOMPARE(m_health.push(QJsonArray {notUuid}).status, 400);
        QJsonArray tooMany;
        for (int i = 0; i < 201; ++i)
            tooMany.append(
                change(id, rev, u"upsert"_s, {{u"name_en"_s, edit({}, QString(u"n"_s + QString::number(i)))}}));
        r = m_health.push(tooMany);
        QCOMPARE(r.status, 413);
        QCOMPARE(count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s), seq);

        // Well-formed but invalid values: that change is rejected, naming the field; the others apply.
        const QJsonObject invalid = change(id, rev, u"upsert"_s, {{u"fee_amount_pkr"_s, edit({}, u"-5"_s)}});
        r = m_health.push(QJsonArray {invalid, good});
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(results.at(0).toObject().value(u"reason"_s).toObject().value(u"code"_s).toString(), u"invalid"_s);
        QVERIFY(results.at(0)
                    .toObject()
                    .value(u"reason"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"fee_amount_pkr"_s));
        QCOMPARE(results.at(1).toObject().value(u"result"_s).toString(), u"applied"_s);
    }

    void theReviewWorkflow()
    {
        // A draft of DC, submitted by its officer, approved by a reviewer.
        const QJsonObject s = service(u"DC/DOMICILE"_s);
        QCOMPARE(s.value(u"state"_s).toString(), u"draft"_s);
        const QString id = s.value(u"id"_s).toString();
        qint64 rev = s.value(u"rev"_s).toInteger();
        QJsonObject r = m_dc.pushOne(change(id, rev, u"submit"_s, {}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        rev = r.value(u"rev"_s).toInteger();
        QCOMPARE(service(u"DC/DOMICILE"_s).value(u"submitted_by"_s).toString(), u"officer.dc"_s);
        // Officers do not approve.
        QCOMPARE(
            m_dc.pushOne(change(id, rev, u"approve"_s, {})).value(u"reason"_s).toObject().value(u"code"_s).toString(),
            u"forbidden"_s);
        // A decision names the rev it reviewed.
        QCOMPARE(m_reviewer.pushOne(change(id, rev - 1, u"approve"_s, {}))
                     .value(u"reason"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"stale"_s);
        // Returning needs a comment.
        QCOMPARE(m_reviewer.push(QJsonArray {change(id, rev, u"return"_s, {})}).status, 400);
        r = m_reviewer.pushOne(change(id, rev, u"approve"_s, {{u"review_comment"_s, edit({}, u"Looks right."_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        const QJsonObject approved = service(u"DC/DOMICILE"_s);
        QCOMPARE(approved.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(approved.value(u"reviewed_by"_s).toString(), u"reviewer"_s);
        QCOMPARE(approved.value(u"review_comment"_s).toString(), u"Looks right."_s);
        // Now HEALTH sees the new version.
        QCOMPARE(m_health.pullAll().value(id).value(u"record"_s).toObject().value(u"name_en"_s),
                 approved.value(u"name_en"_s));

        // Nobody approves their own submission: an administrator submits and tries.
        rev = r.value(u"rev"_s).toInteger();
        r = m_admin.pushOne(change(id, rev, u"upsert"_s, {{u"fee_notes"_s, edit({}, u"No fee."_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        r = m_admin.pushOne(change(id, r.value(u"rev"_s).toInteger(), u"submit"_s, {}));
        rev = r.value(u"rev"_s).toInteger();
        QCOMPARE(m_admin.pushOne(change(id, rev, u"approve"_s, {}))
                     .value(u"reason"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"forbidden"_s);
        r = m_reviewer2.pushOne(
            change(id, rev, u"return"_s, {{u"review_comment"_s, edit({}, u"Fee notes unclear."_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(service(u"DC/DOMICILE"_s).value(u"state"_s).toString(), u"returned"_s);
    }

    void deletesAreTombstonesEveryoneReceives()
    {
        // A published service is retired by review, never deleted (it is a draft again after the edits
        // above, but its approved version is still on the public catalogue).
        const QJsonObject published = service(u"DC/ATTESTATION"_s);
        QJsonObject refused = m_dc.pushOne(
            change(published.value(u"id"_s).toString(), published.value(u"rev"_s).toInteger(), u"delete"_s, {}));
        QCOMPARE(refused.value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(refused.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"invalid-state"_s);
        QVERIFY(refused.value(u"reason"_s).toObject().value(u"message"_s).toString().contains(u"retired"_s));

        const QJsonObject s = service(u"DC/PETROL-NOC"_s);
        const QString id = s.value(u"id"_s).toString();
        const qint64 rev = s.value(u"rev"_s).toInteger();
        // A delete from an old version: someone changed it since; nothing is deleted silently.
        QJsonObject r = m_dc.pushOne(change(id, rev - 1, u"delete"_s, {}));
        QCOMPARE(r.value(u"result"_s).toString(), u"conflict"_s);
        QVERIFY(r.value(u"conflict"_s).toObject().value(u"fields"_s).toObject().contains(u"deleted"_s));
        r = m_dc.pushOne(change(id, rev, u"delete"_s, {}));
        QCOMPARE(r.value(u"result"_s).toString(), u"applied"_s);
        const qint64 seq = r.value(u"seq"_s).toInteger();
        for (const Client *c : {&m_dc, &m_health}) {
            const QJsonArray changes = c->pull(seq - 1).json().value(u"changes"_s).toArray();
            QCOMPARE(changes.size(), 1);
            const QJsonObject t = changes.at(0).toObject();
            QCOMPARE(t.value(u"id"_s).toString(), id);
            QVERIFY(t.value(u"deleted"_s).toBool());
            QVERIFY(t.value(u"record"_s).toObject().value(u"deleted"_s).toBool());
            QVERIFY(!t.value(u"record"_s).toObject().contains(u"name_en"_s));
        }
        // Editing what is gone is refused, with a reason.
        r = m_dc.pushOne(change(id, rev + 1, u"upsert"_s, {{u"name_en"_s, edit({}, u"Back?"_s)}}));
        QCOMPARE(r.value(u"result"_s).toString(), u"rejected"_s);
        QCOMPARE(r.value(u"reason"_s).toObject().value(u"code"_s).toString(), u"deleted"_s);
    }

    void pullPagesFollowSeqWithoutGapsOrRepeats()
    {
        QSet<QString> ids;
        qint64 since = 0, last = 0;
        int pages = 0;
        for (;;) {
            const HttpResult r = m_reviewer.pull(since, 7);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
                const qint64 seq = v.toObject().value(u"seq"_s).toInteger();
                QVERIFY(seq > last);
                last = seq;
                const QString id = v.toObject().value(u"id"_s).toString();
                QVERIFY2(!ids.contains(id), "a record came twice");
                ids.insert(id);
            }
            QVERIFY(page.value(u"changes"_s).toArray().size() <= 7);
            ++pages;
            since = page.value(u"next_since"_s).toInteger();
            if (!page.value(u"has_more"_s).toBool())
                break;
        }
        QCOMPARE(ids.size(), 132); // the sample's records; the tests so far only changed them
        QVERIFY(pages >= 132 / 7);
        QCOMPARE(since, count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s));
        // Nothing new: an empty page that keeps the checkpoint.
        const QJsonObject empty = m_reviewer.pull(since).json();
        QCOMPARE(empty.value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(empty.value(u"next_since"_s).toInteger(), since);
        QVERIFY(!empty.value(u"has_more"_s).toBool());
        QCOMPARE(m_reviewer.pull(0, 0).status, 400);
        QCOMPARE(m_reviewer.pull(-1).status, 400);
    }

    void aChangedEpochIsAConflictToResolveByPullingAgain()
    {
        const QString epoch = m_reviewer.pull(0, 1).json().value(u"epoch"_s).toString();
        QCOMPARE(epoch.size(), 36);
        QCOMPARE(m_reviewer.pull(0, 1, epoch).status, 200);
        HttpResult r = m_reviewer.pull(0, 1, u"0190a000-0000-7000-8000-00000000dead"_s);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"epoch-changed"_s);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"epoch"_s).toString(), epoch);
        r = m_dc.push(QJsonArray {}, u"0190a000-0000-7000-8000-00000000dead"_s);
        QCOMPARE(r.status, 409);
    }

    void concurrentWritersNeverSkipASeq()
    {
        // On PostgreSQL a second server process shares the database, as behind nginx.
        std::unique_ptr<ServerProcess> second;
        const ServerProcess *servers[2] = {m_server.get(), m_server.get()};
        if (m_db->backend() == TestDatabase::Backend::PostgreSQL) {
            second = std::make_unique<ServerProcess>(m_db->url());
            QString error;
            QVERIFY2(second->start(&error), qPrintable(error));
            servers[1] = second.get();
        }
        const qint64 seqBefore = count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
        const QString officerToken[2] = {login(*servers[0], u"officer.dc"_s), login(*servers[1], u"officer.dc2"_s)};
        std::atomic<bool> stop = false;
        std::atomic<int> failures = 0;
        QMutex seenMutex;
        QHash<QString, qint64> seenRev; // what a puller following next_since ends up with
        QList<QThread *> threads;
        for (int w = 0; w < 4; ++w) {
            threads.append(QThread::create([&, w] {
                Client c {servers[w % 2], officerToken[w % 2], {}};
                for (int i = 0; i < 12; ++i) {
                    const QString id = Fehrist::Core::newId();
                    const QString code = u"LOAD-%1-%2"_s.arg(w).arg(i);
                    QJsonObject created = c.pushOne(change(id, 0, u"upsert"_s,
                                                           {{u"department_code"_s, edit({}, u"DC"_s)},
                                                            {u"code"_s, edit({}, code)},
                                                            {u"name_en"_s, edit({}, code)},
                                                            {u"description"_s, edit({}, u"Load test."_s)},
                                                            {u"category"_s, edit({}, u"other"_s)},
                                                            {u"digitization_level"_s, edit({}, u"L1"_s)},
                                                            {u"status"_s, edit({}, u"active"_s)}}));
                    if (created.value(u"result"_s).toString() != u"applied")
                        ++failures;
                    QJsonObject edited = c.pushOne(
                        change(id, 1, u"upsert"_s, {{u"name_en"_s, edit(code, QString(code + u" edited"_s))}}));
                    if (edited.value(u"result"_s).toString() != u"applied")
                        ++failures;
                }
            }));
        }
        threads.append(QThread::create([&] {
            Client c {servers[0], login(*servers[0], u"reviewer"_s), {}};
            qint64 since = 0;
            while (true) {
                const bool last = stop.load();
                const QJsonObject page = c.pull(since, 50).json();
                if (page.isEmpty()) {
                    ++failures;
                    return;
                }
                QMutexLocker locker(&seenMutex);
                for (const QJsonValue &v : page.value(u"changes"_s).toArray())
                    seenRev.insert(v.toObject().value(u"id"_s).toString(), v.toObject().value(u"rev"_s).toInteger());
                since = page.value(u"next_since"_s).toInteger();
                if (last && !page.value(u"has_more"_s).toBool())
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

        // 4 writers × 12 services × 2 versions, every seq used once, none skipped.
        const qint64 seqAfter = count(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
        QCOMPARE(seqAfter - seqBefore, qint64(4 * 12 * 2));
        QCOMPARE(count(u"SELECT count(*) FROM srv_changes"_s), count(u"SELECT max(seq) FROM srv_changes"_s));
        QCOMPARE(count(u"SELECT count(DISTINCT seq) FROM srv_changes"_s), seqAfter);
        // A puller that followed next_since while they wrote missed nothing: it has every record's last rev.
        const auto all = m_reviewer.pullAll();
        for (auto it = all.begin(); it != all.end(); ++it)
            QCOMPARE(seenRev.value(it.key(), -1), it.value().value(u"rev"_s).toInteger());
        if (second)
            QCOMPARE(second->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
