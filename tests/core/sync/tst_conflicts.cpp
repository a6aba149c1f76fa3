// Resolving conflicts in a real catalogue (SQLite, or PostgreSQL with FEHRIST_TEST_BACKEND=pg), without
// a server: the conflicts are recorded as a sync would record them.
#include "core/domain/ids.h"
#include "core/sync/conflicts.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

class TestConflicts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    // A service as a sync leaves it: saved, numbered `rev` by the server, nothing left to send.
    Service synced(const QString &code, qint64 rev)
    {
        auto saved = m_store->saveService(Fehrist::Test::makeService(u"DC"_s, code));
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().toString()));
            return {};
        }
        if (rev > 0 && !m_store->advanceRev(EntityType::Service, saved->id, rev))
            return {};
        sent();
        return *m_store->service(saved->id);
    }
    // The outbox emptied, as after a push whose changes the server answered.
    void sent()
    {
        for (const OutboxEntry &e : *m_store->outbox(10000))
            QVERIFY(m_store->removeOutboxEntry(e.changeId).ok());
    }
    QString refused(const Service &s, const QJsonObject &fields, qint64 serverRev, const QString &reason)
    {
        SyncConflict c;
        c.id = newId();
        c.changeId = newId();
        c.entity = u"service"_s;
        c.recordId = s.id;
        c.operation = u"upsert"_s;
        c.kind = u"rejected"_s;
        c.reasonCode = u"invalid"_s;
        c.reason = reason;
        c.baseRev = s.rev;
        c.serverRev = serverRev;
        c.fields = fields;
        c.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (!SyncConflicts::add(*m_store, c))
            return {};
        return c.id;
    }

private Q_SLOTS:
    void init()
    {
        m_store = Fehrist::Test::emptyCatalogue(m_db, true);
        QVERIFY(m_store);
        QVERIFY(SyncConflicts::prepare(*m_store).ok());
    }

    void aResolutionHeldUpByAnotherConflictSaysWhichToSettleFirst()
    {
        // Offline, service K was renamed K2 and a new service made under the freed code K. The server
        // refused both: K2 was taken there, and K is still the first service's. Taking the server's side
        // of the rename first would give K back while the new service holds it here. (K is KEY, K2 KEY-2.)
        Service renamed = synced(u"KEY"_s, 1);
        QVERIFY(!renamed.id.isEmpty());
        renamed.setValue(u"code"_s, u"KEY-2"_s);
        QVERIFY(m_store->saveService(renamed).ok());
        sent();
        const Service holder = synced(u"KEY"_s, 0);
        QVERIFY(!holder.id.isEmpty());
        const QString rename = refused(
            *m_store->service(renamed.id),
            {{u"code"_s, QJsonObject {{u"old"_s, u"KEY"_s}, {u"new"_s, u"KEY-2"_s}, {u"theirs"_s, u"KEY"_s}}}}, 1,
            u"code: \"KEY-2\" is already used by another service of DC"_s);
        const QString creation = refused(holder, {{u"code"_s, QJsonObject {{u"new"_s, u"KEY"_s}}}}, 0,
                                         u"code: \"KEY\" is already used by another service of DC"_s);
        QVERIFY(!rename.isEmpty() && !creation.isEmpty());

        Status first = SyncConflicts::resolve(*m_store, rename, SyncConflicts::Side::Theirs);
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message.contains(u"held by DC/KEY (\"Service KEY\")"_s),
                 qPrintable(first.error().message));
        QVERIFY2(first.error().message.contains(u"resolve conflict "_s + creation + u" first"_s),
                 qPrintable(first.error().message));
        QCOMPARE(m_store->service(renamed.id)->code(), u"KEY-2"_s); // nothing half done
        QCOMPARE(*SyncConflicts::unresolvedCount(*m_store), 2);

        // In that order both go through: the new service the server never took goes, the rename is undone.
        QVERIFY(SyncConflicts::resolve(*m_store, creation, SyncConflicts::Side::Theirs).ok());
        QVERIFY(SyncConflicts::resolve(*m_store, rename, SyncConflicts::Side::Theirs).ok());
        QCOMPARE(m_store->service(u"DC/KEY"_s)->id, renamed.id);
        QCOMPARE(*SyncConflicts::unresolvedCount(*m_store), 0);
    }

    void aCodeHeldByAServiceWithoutAConflictSaysSo()
    {
        Service renamed = synced(u"ALPHA"_s, 2);
        renamed.setValue(u"code"_s, u"ALPHA-2"_s);
        QVERIFY(m_store->saveService(renamed).ok());
        sent();
        QVERIFY(!synced(u"ALPHA"_s, 1).id.isEmpty()); // another service took the freed code, and the server has it
        const QString rename = refused(
            *m_store->service(renamed.id),
            {{u"code"_s, QJsonObject {{u"old"_s, u"ALPHA"_s}, {u"new"_s, u"ALPHA-2"_s}, {u"theirs"_s, u"ALPHA"_s}}}}, 2,
            u"not allowed"_s);
        const Status s = SyncConflicts::resolve(*m_store, rename, SyncConflicts::Side::Theirs);
        QVERIFY(!s.ok());
        QVERIFY2(
            s.error().message.contains(u"held by DC/ALPHA (\"Service ALPHA\"): give that service another code first"_s),
            qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
