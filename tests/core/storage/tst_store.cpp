// The store's behaviour, run once on SQLite (label db) and once on PostgreSQL (label pg) — the same
// assertions on both engines.
#include "core/storage/store.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::makeDepartment;
using Fehrist::Test::makeService;
using Fehrist::Test::TestDatabase;

#define VERIFY_OK(expr) \
    do { \
        const auto &r_ = (expr); \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString())); \
    } while (false)

class TestStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    QStringList keys(const ServiceFilter &filter)
    {
        QStringList out;
        ServiceCursor cursor;
        for (;;) {
            auto page = m_store->services(filter, cursor, 50);
            if (!page.ok())
                return {u"error: "_s + page.error().toString()};
            for (const Service &s : page->services)
                out.append(s.key());
            if (!page->hasMore)
                return out;
            cursor = page->next;
        }
    }
    qint64 pending() { return *m_store->pendingChanges(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->url());
        VERIFY_OK(store);
        m_store = std::move(*store);
        m_store->setActor(u"officer.dc"_s);
        VERIFY_OK(m_store->saveDepartment(makeDepartment(u"DC"_s, u"District Administration"_s)));
        VERIFY_OK(m_store->saveDepartment(makeDepartment(u"HEALTH"_s, u"Health"_s)));
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void backendIsTheOneAskedFor()
    {
        QCOMPARE(m_store->dialect().isSQLite(), m_db->backend() == TestDatabase::Backend::SQLite);
        QCOMPARE(m_store->schemaVersion(), 6);
        // This suite runs the store's statements both ways on SQLite: through sqlite3 directly (where Qt's
        // driver shares the library, as on Debian) and through Qt SQL (tst_store_qtsql, as on Windows).
        const bool viaQt = qEnvironmentVariableIntValue("FEHRIST_SQLITE_VIA_QT") == 1;
        QCOMPARE(m_store->usesSqliteDirectly(), m_store->dialect().isSQLite() && !viaQt);
    }

    void createAndReadBack()
    {
        Service s = makeService(u"DC"_s, u"DOMICILE"_s, u"Domicile certificate"_s, u"ڈومیسائل سرٹیفکیٹ"_s);
        s.setValue(u"channels"_s, QStringList {u"office-counter"_s, u"facilitation-centre"_s});
        s.setValue(u"annual_volume"_s, qint64(400000));
        s.setValue(u"rts_notified"_s, true);
        s.setValue(u"rts_time_limit"_s, u"P10D"_s);
        auto saved = m_store->saveService(s);
        VERIFY_OK(saved);
        QVERIFY(!QUuid::fromString(saved->id).isNull());
        QCOMPARE(saved->state(), u"draft"_s);
        QCOMPARE(saved->rev, 0);

        auto byId = m_store->service(saved->id);
        VERIFY_OK(byId);
        auto byKey = m_store->service(u"DC/DOMICILE"_s);
        VERIFY_OK(byKey);
        QCOMPARE(byId->id, saved->id);
        QCOMPARE(byKey->id, saved->id);
        QCOMPARE(byId->values(), saved->values());
        QCOMPARE(byId->text(u"name_ur"), u"ڈومیسائل سرٹیفکیٹ"_s);
        QCOMPARE(byId->list(u"channels"), (QStringList {u"office-counter"_s, u"facilitation-centre"_s}));
        QCOMPARE(byId->value(u"annual_volume").toLongLong(), 400000);
        QCOMPARE(byId->updatedBy, u"officer.dc"_s);

        auto missing = m_store->service(u"DC/NOPE"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"not-found"_s);
    }

    void editsWriteHistoryAndOutbox()
    {
        auto saved = m_store->saveService(makeService(u"DC"_s, u"ATTEST"_s, u"Attestation"_s));
        VERIFY_OK(saved);
        Service edited = *saved;
        edited.setValue(u"name_en"_s, u"Attestation of documents"_s);
        edited.setValue(u"processing_time"_s, u"P2D"_s);
        VERIFY_OK(m_store->saveService(edited));

        auto history = m_store->history(saved->id);
        VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).operation, u"create"_s);
        QCOMPARE(history->at(1).operation, u"update"_s);
        QCOMPARE(history->at(1).actor, u"officer.dc"_s);
        const QJsonObject changes = history->at(1).changes;
        QCOMPARE(changes.keys(), (QStringList {u"name_en"_s, u"processing_time"_s}));
        QCOMPARE(changes.value(u"name_en"_s).toObject().value(u"old"_s).toString(), u"Attestation"_s);
        QCOMPARE(changes.value(u"name_en"_s).toObject().value(u"new"_s).toString(), u"Attestation of documents"_s);

        auto outbox = m_store->outbox();
        VERIFY_OK(outbox);
        QStringList ops;
        QSet<QString> changeIds;
        for (const OutboxEntry &e : *outbox) {
            if (e.recordId != saved->id)
                continue;
            ops.append(e.operation);
            changeIds.insert(e.changeId);
            QCOMPARE(e.baseRev, 0);
            QCOMPARE(e.entity, u"service"_s);
        }
        QCOMPARE(ops, (QStringList {u"upsert"_s, u"upsert"_s}));
        QCOMPARE(changeIds.size(), 2);

        // Saving the same values again is not a change.
        const qint64 before = pending();
        VERIFY_OK(m_store->saveService(edited));
        QCOMPARE(pending(), before);
        QCOMPARE(m_store->history(saved->id)->size(), 2);
    }

    void refusedSaveChangesNothing()
    {
        auto saved = m_store->saveService(makeService(u"DC"_s, u"ATTEST"_s));
        VERIFY_OK(saved);
        const qint64 before = pending();
        Service bad = *saved;
        bad.setValue(u"name_en"_s, QVariant());
        bad.setValue(u"fee_amount_pkr"_s, u"-1"_s);
        auto result = m_store->saveService(bad);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid"_s);
        QCOMPARE(result.error().where, u"DC/ATTEST"_s);
        QVERIFY(result.error().message.contains(u"name_en: is required"_s));
        QVERIFY(result.error().message.contains(u"fee_amount_pkr: must not be negative"_s));
        QCOMPARE(pending(), before);
        QCOMPARE(m_store->service(saved->id)->values(), saved->values());
    }

    void databaseRulesGiveClearErrors()
    {
        auto unknown = m_store->saveService(makeService(u"NOPE"_s, u"X1"_s));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(u"department_code: there is no department with code \"NOPE\""_s),
                 qPrintable(unknown.error().message));

        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"X1"_s)));
        auto duplicate = m_store->saveService(makeService(u"DC"_s, u"X1"_s));
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().message.contains(u"already used by another service of DC"_s),
                 qPrintable(duplicate.error().message));
        // The same code in another department is fine.
        VERIFY_OK(m_store->saveService(makeService(u"HEALTH"_s, u"X1"_s)));

        auto dupDept = m_store->saveDepartment(makeDepartment(u"DC"_s));
        QVERIFY(!dupDept.ok());
        auto parent = makeDepartment(u"DC-PESH"_s);
        parent.setValue(u"parent_code"_s, u"NOWHERE"_s);
        QVERIFY(!m_store->saveDepartment(parent).ok());
        parent.setValue(u"parent_code"_s, u"DC"_s);
        VERIFY_OK(m_store->saveDepartment(parent));
    }

    void deleteLeavesATombstone()
    {
        auto saved = m_store->saveService(makeService(u"DC"_s, u"GONE"_s, u"Vanishing service"_s));
        VERIFY_OK(saved);
        const qint64 before = pending();
        VERIFY_OK(m_store->deleteService(u"DC/GONE"_s));
        QCOMPARE(pending(), before + 1);
        QCOMPARE(m_store->outbox()->constLast().operation, u"delete"_s);
        QVERIFY(!m_store->service(saved->id).ok());
        auto tomb = m_store->service(saved->id, true);
        VERIFY_OK(tomb);
        QVERIFY(tomb->deleted);
        QCOMPARE(*m_store->countServices({}), 0);
        QVERIFY(keys({}).isEmpty());
        ServiceFilter search;
        search.search = u"vanishing"_s;
        QVERIFY(keys(search).isEmpty());
        QCOMPARE(m_store->history(saved->id)->constLast().operation, u"delete"_s);
        // A deleted service's code can be used again; the tombstone stays for sync.
        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"GONE"_s)));
        QVERIFY(!m_store->saveService(*tomb).ok()); // a tombstone is not edited back to life
    }

    void searchFindsEnglishAndUrduWords()
    {
        Service domicile = makeService(u"DC"_s, u"DOMICILE"_s, u"Domicile certificate"_s, u"ڈومیسائل سرٹیفکیٹ"_s);
        domicile.setValue(u"keywords"_s, QStringList {u"residence"_s});
        VERIFY_OK(m_store->saveService(domicile));
        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"BIRTH"_s, u"Birth certificate"_s, u"پیدائش سرٹیفکیٹ"_s)));
        Service opd = makeService(u"HEALTH"_s, u"OPD"_s, u"OPD consultation"_s, u"او پی ڈی معائنہ"_s);
        opd.setValue(u"description"_s, u"Outpatient consultation at a district hospital."_s);
        VERIFY_OK(m_store->saveService(opd));

        auto find = [&](const QString &text) {
            ServiceFilter f;
            f.search = text;
            return keys(f);
        };
        QCOMPARE(find(u"domicile"_s), QStringList {u"DC/DOMICILE"_s});
        QCOMPARE(find(u"Domic"_s), QStringList {u"DC/DOMICILE"_s}); // prefix, any case
        QCOMPARE(find(u"ڈومیسائل"_s), QStringList {u"DC/DOMICILE"_s});
        QCOMPARE(find(u"سرٹیفکیٹ"_s), (QStringList {u"DC/BIRTH"_s, u"DC/DOMICILE"_s}));
        QCOMPARE(find(u"certificate"_s), (QStringList {u"DC/BIRTH"_s, u"DC/DOMICILE"_s}));
        QCOMPARE(find(u"birth certificate"_s), QStringList {u"DC/BIRTH"_s}); // every word must match
        QCOMPARE(find(u"residence"_s), QStringList {u"DC/DOMICILE"_s}); // keywords
        QCOMPARE(find(u"hospital"_s), QStringList {u"HEALTH/OPD"_s}); // description
        QCOMPARE(find(u"opd hospital"_s), QStringList {u"HEALTH/OPD"_s}); // a name's word and a description's
        QCOMPARE(find(u"domicile hospital"_s), QStringList {});
        QCOMPARE(find(u"nothing-like-this"_s), QStringList {});
        QCOMPARE(find(u"\"*-()"_s), QStringList {});
        // Search text is data, never SQL or query syntax.
        QCOMPARE(find(u"' OR 1=1 --"_s), QStringList {});
        QCOMPARE(find(u"domicile\" OR \"birth"_s), QStringList {});

        ServiceFilter combined;
        combined.search = u"certificate"_s;
        combined.department = u"DC"_s;
        QCOMPARE(*m_store->countServices(combined), 2);
    }

    void searchFollowsEdits()
    {
        auto saved = m_store->saveService(makeService(u"DC"_s, u"S1"_s, u"Tenant registration"_s));
        VERIFY_OK(saved);
        Service renamed = *saved;
        renamed.setValue(u"name_en"_s, u"Lodger registration"_s);
        VERIFY_OK(m_store->saveService(renamed));
        ServiceFilter f;
        f.search = u"tenant"_s;
        QVERIFY(keys(f).isEmpty());
        f.search = u"lodger"_s;
        QCOMPARE(keys(f), QStringList {u"DC/S1"_s});

        // The description is indexed apart from the names: each follows its own edits, in one transaction
        // or in several, and the indexes stay consistent with the rows (integrityCheck asks them).
        Service described = *m_store->service(u"DC/S1"_s);
        described.setValue(u"description"_s, u"Register a lodger with the police station."_s);
        VERIFY_OK(m_store->saveService(described));
        f.search = u"police lodger"_s;
        QCOMPARE(keys(f), QStringList {u"DC/S1"_s});
        Service both = *m_store->service(u"DC/S1"_s);
        both.setValue(u"name_en"_s, u"Boarder registration"_s);
        Service again = both;
        again.setValue(u"description"_s, u"Register a boarder at the thana."_s);
        VERIFY_OK(m_store->saveServices({both, again})); // the same service twice in one transaction
        for (const QString &gone : {u"lodger"_s, u"police"_s}) {
            f.search = gone;
            QVERIFY2(keys(f).isEmpty(), qPrintable(gone));
        }
        f.search = u"boarder thana"_s;
        QCOMPARE(keys(f), QStringList {u"DC/S1"_s});
        QCOMPARE(*m_store->integrityCheck(), u"ok"_s);
    }

    void pagingVisitsEveryServiceOnceInOrder()
    {
        QList<Service> batch;
        for (int i = 0; i < 530; ++i) {
            Service s = makeService(i % 2 ? u"DC"_s : u"HEALTH"_s, u"P%1"_s.arg(i, 4, 10, QChar(u'0')));
            s.setValue(u"digitization_level"_s, u"L%1"_s.arg(i % 3));
            if (i % 5 == 0) {
                s.setValue(u"rts_notified"_s, true);
                s.setValue(u"rts_time_limit"_s, u"P7D"_s);
            }
            s.setValue(u"channels"_s, QStringList {i % 4 ? u"office-counter"_s : u"doorstep"_s});
            batch.append(s);
        }
        VERIFY_OK(m_store->saveServices(batch));
        const QStringList all = keys({});
        QCOMPARE(all.size(), 530);
        QStringList sorted = all;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            const auto pa = a.split(u'/'), pb = b.split(u'/');
            return pa[0] != pb[0] ? pa[0] < pb[0] : pa[1] < pb[1];
        });
        QCOMPARE(all, sorted);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 530);

        auto page = m_store->services({}, {}, 10);
        VERIFY_OK(page);
        QCOMPARE(page->services.size(), 10);
        QVERIFY(page->hasMore);

        ServiceFilter f;
        f.department = u"DC"_s;
        QCOMPARE(keys(f).size(), 265);
        QCOMPARE(*m_store->countServices(f), 265);
        f.level = u"L1"_s;
        QCOMPARE(*m_store->countServices(f), keys(f).size());
        ServiceFilter rts;
        rts.rtsNotified = true;
        QCOMPARE(*m_store->countServices(rts), 106);
        ServiceFilter channel;
        channel.channel = u"doorstep"_s;
        QCOMPARE(*m_store->countServices(channel), 133);
        channel.channel = u"door"_s; // a code matches whole, not in part
        QCOMPARE(*m_store->countServices(channel), 0);
    }

    void editingAnApprovedServiceMakesADraft()
    {
        Service s = makeService(u"DC"_s, u"APPROVED"_s);
        s.setValue(u"state"_s, u"approved"_s);
        SaveOptions keep;
        keep.keepWorkflowState = true;
        auto saved = m_store->saveService(s, keep);
        VERIFY_OK(saved);
        QCOMPARE(saved->state(), u"approved"_s);
        Service edited = *saved;
        edited.setValue(u"description"_s, u"Changed."_s);
        auto after = m_store->saveService(edited);
        VERIFY_OK(after);
        QCOMPARE(after->state(), u"draft"_s);
        QCOMPARE(
            m_store->history(saved->id)->constLast().changes.value(u"state"_s).toObject().value(u"old"_s).toString(),
            u"approved"_s);
    }

    void aBatchIsAllOrNothing()
    {
        const qint64 before = pending();
        QList<Service> batch;
        for (int i = 0; i < 20; ++i)
            batch.append(makeService(u"DC"_s, u"B%1"_s.arg(i)));
        batch.append(makeService(u"DC"_s, u"B1"_s)); // duplicate of the second
        auto result = m_store->saveServices(batch);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, u"DC/B1"_s);
        QCOMPARE(*m_store->countServices({}), 0);
        QCOMPARE(pending(), before);
    }

    void aLargeBatchIsValidatedAheadAndStillRefusedWhole()
    {
        // From 32 services a second thread validates the batch ahead of the writes: a bad record late in
        // the batch, or early, is refused as in a small batch, naming it and the field; nothing is kept.
        for (int bad : {0, 45, 99}) {
            QList<Service> batch;
            for (int i = 0; i < 100; ++i)
                batch.append(makeService(u"DC"_s, u"V%1"_s.arg(i)));
            batch[bad].setValue(u"fee_amount_pkr"_s, u"-5"_s);
            auto result = m_store->saveServices(batch);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().where, u"DC/V%1"_s.arg(bad));
            QVERIFY2(result.error().message.contains(u"fee_amount_pkr"_s), qPrintable(result.error().message));
            QCOMPARE(*m_store->countServices({}), 0);
        }
        // Edits of stored services too, including one that leaves the state unset (it keeps its state,
        // and is validated as it will be saved).
        QList<Service> batch;
        for (int i = 0; i < 40; ++i)
            batch.append(makeService(u"DC"_s, u"E%1"_s.arg(i)));
        auto saved = m_store->saveServices(batch);
        VERIFY_OK(saved);
        QList<Service> edits = *saved;
        for (Service &s : edits)
            s.setValue(u"name_en"_s, QString(s.nameEn() + u" (edited)"_s));
        edits[3].setValue(u"state"_s, QVariant());
        edits[37].setValue(u"online_url"_s, u"http://insecure.example"_s);
        auto refused = m_store->saveServices(edits);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().where, u"DC/E37"_s);
        QVERIFY2(refused.error().message.contains(u"online_url"_s), qPrintable(refused.error().message));
        edits[37].setValue(u"online_url"_s, QVariant());
        auto written = m_store->saveServices(edits);
        VERIFY_OK(written);
        QCOMPARE(written->at(3).state(), u"draft"_s);
        QCOMPARE(m_store->service(u"DC/E3"_s)->state(), u"draft"_s);
        QCOMPARE(m_store->service(u"DC/E39"_s)->nameEn(), QString(saved->at(39).nameEn() + u" (edited)"_s));
    }

    void everyRecordHasItsOutboxRow()
    {
        QList<Service> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(makeService(u"HEALTH"_s, u"O%1"_s.arg(i)));
        auto saved = m_store->saveServices(batch);
        VERIFY_OK(saved);
        QSet<QString> inOutbox;
        for (const OutboxEntry &e : *m_store->outbox(10000))
            inOutbox.insert(e.recordId);
        for (const Service &s : *saved)
            QVERIFY(inOutbox.contains(s.id));
        // Departments' creation is in the outbox too.
        QVERIFY(inOutbox.contains(m_store->department(u"DC"_s)->id));
    }

    void aLargeBatchQueuesTheSameChangesAsOneAtATime()
    {
        // A batch of 32 or more works a new service's change set out ahead, on another thread: what it
        // queues for the server must be what saving the services one by one queues, state included.
        QHash<QString, QList<QJsonObject>> queued; // by prefix, in the order written
        for (const QString &prefix : {u"S"_s, u"B"_s}) {
            QList<Service> batch;
            for (int i = 0; i < 40; ++i) {
                Service s = makeService(u"HEALTH"_s, prefix + QString::number(i));
                s.setValue(u"channels"_s, QStringList {u"web-portal"_s, u"office-counter"_s});
                if (i % 2)
                    s.setValue(u"state"_s, QVariant()); // left to the store: a new service is a draft
                batch.append(s);
            }
            if (prefix == u"S") {
                for (const Service &s : std::as_const(batch))
                    VERIFY_OK(m_store->saveService(s));
            } else {
                SaveOptions options;
                options.returnSaved = false;
                auto saved = m_store->saveServices(batch, options);
                VERIFY_OK(saved);
                QVERIFY(saved->isEmpty());
            }
        }
        for (const OutboxEntry &e : *m_store->outbox(10000)) {
            if (e.entity != u"service")
                continue; // the departments' creation
            QJsonObject c = e.changes;
            const QString code = c.value(u"code"_s).toObject().value(u"new"_s).toString();
            QCOMPARE(QJsonDocument::fromJson(e.changesText.toUtf8()).object(), c);
            QCOMPARE(c.value(u"name_en"_s).toObject().value(u"new"_s).toString(), u"Service "_s + code);
            c.remove(u"code"_s);
            c.remove(u"name_en"_s);
            queued[code.left(1)].append(c);
        }
        QCOMPARE(queued.value(u"S"_s).size(), 40);
        QCOMPARE(queued.value(u"B"_s), queued.value(u"S"_s));
        QCOMPARE(queued.value(u"B"_s).at(1).value(u"state"_s).toObject().value(u"new"_s).toString(), u"draft"_s);
        QCOMPARE(*m_store->countServices({}), 80);
    }

    void departmentsWithCounts()
    {
        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"A1"_s)));
        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"A2"_s)));
        auto departments = m_store->departments();
        VERIFY_OK(departments);
        QCOMPARE(departments->size(), 2);
        QCOMPARE(departments->at(0).code(), u"DC"_s);
        QCOMPARE(departments->at(0).flag(u"active"), true);
        auto counts = m_store->serviceCountsByDepartment();
        QCOMPARE(counts->value(u"DC"_s), 2);
        QCOMPARE(counts->value(u"HEALTH"_s), 0);
        Department dc = departments->at(0);
        dc.setValue(u"code"_s, u"DC2"_s);
        auto renamed = m_store->saveDepartment(dc);
        QVERIFY(!renamed.ok());
        QVERIFY(renamed.error().message.contains(u"cannot be changed"_s));
    }

    void metaValues()
    {
        QCOMPARE(*m_store->meta(u"x"_s), QString());
        VERIFY_OK(m_store->setMeta(u"x"_s, u"1"_s));
        VERIFY_OK(m_store->setMeta(u"x"_s, u"2"_s));
        QCOMPARE(*m_store->meta(u"x"_s), u"2"_s);
    }

    void reopeningKeepsEverything()
    {
        VERIFY_OK(m_store->saveService(makeService(u"DC"_s, u"KEEP"_s)));
        m_store.reset();
        auto again = Store::open(m_db->url(), OpenMode::ExistingOnly);
        VERIFY_OK(again);
        VERIFY_OK((*again)->service(u"DC/KEEP"_s));
        QCOMPARE((*again)->schemaVersion(), 6);
        QCOMPARE(*(*again)->integrityCheck(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
