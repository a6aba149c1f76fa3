// Publication and the reviewer's queue on a real catalogue (SQLite, or PostgreSQL with
// FEHRIST_TEST_BACKEND=pg): approving publishes, editing leaves the published version, retiring
// unpublishes, and the queue and its field differences are what a reviewer needs.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "core/workflow/reviewqueue.h"
#include "core/workflow/workflow.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

class TestReviewQueue final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    void actAs(const QString &user, const QString &role, const QString &department = {})
    {
        QVERIFY(m_store->setMeta(u"sync.user"_s, user).ok());
        QVERIFY(m_store->setMeta(u"sync.role"_s, role).ok());
        QVERIFY(m_store->setMeta(u"sync.department"_s, department).ok());
    }
    Service step(WorkflowAction action, const QString &key, const QString &comment = {})
    {
        auto s = m_store->service(key);
        if (!s)
            return {};
        auto moved = Workflow::takeStep(*m_store, action, *s, comment);
        if (!moved)
            qWarning("%s", qPrintable(moved.error().toString()));
        return moved ? *moved : Service();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        auto opened = Store::open(m_db->url());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_store = std::move(*opened);
        QVERIFY(SampleCatalogue::load(*m_store).ok());
    }

    void theSampleIsPublishedAsApproved()
    {
        ServiceFilter approved;
        approved.state = u"approved"_s;
        ServiceFilter published;
        published.published = true;
        // Every approved service but the retired one (EXCISE/RC-BOOK).
        QCOMPARE(*m_store->countServices(published), *m_store->countServices(approved) - 1);
        const Service rcBook = *m_store->service(u"EXCISE/RC-BOOK"_s);
        QVERIFY(!m_store->publishedService(rcBook.id)->has_value());
    }

    void approvingPublishesAndEditingKeepsThePublishedVersion()
    {
        // DC/DOMICILE-DUP is submitted in the sample, never published.
        const QString key = u"DC/DOMICILE-DUP"_s;
        const QString id = m_store->service(key)->id;
        QVERIFY(!m_store->publishedService(id)->has_value());
        actAs(u"rev.one"_s, u"reviewer"_s);
        const Service approved = step(WorkflowAction::Approve, key);
        QCOMPARE(approved.state(), u"approved"_s);
        auto published = m_store->publishedService(id);
        QVERIFY(published->has_value());
        QCOMPARE((*published)->nameEn(), approved.nameEn());
        QCOMPARE((*published)->text(u"reviewed_by"), u"rev.one"_s);

        // The officer reworks it: a draft, and the public keeps the approved text.
        actAs(u"officer.dc"_s, u"officer"_s, u"DC"_s);
        Service edited = *m_store->service(key);
        edited.setValue(u"name_en"_s, u"Duplicate domicile certificate (revised)"_s);
        edited.setValue(u"fee_notes"_s, u"Free for the first copy."_s);
        QVERIFY(m_store->saveService(edited).ok());
        QCOMPARE(m_store->service(key)->state(), u"draft"_s);
        QCOMPARE((*m_store->publishedService(id))->nameEn(), approved.nameEn());
        // Deleting it would take the published version away without review: refused.
        const Status deleted = m_store->deleteService(key);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, u"invalid-state"_s);
        QVERIFY(deleted.error().message.contains(u"retired"_s));

        // The reviewer sees exactly the two changed fields, published → submitted.
        QCOMPARE(step(WorkflowAction::Submit, key).state(), u"submitted"_s);
        auto diff = ReviewQueue::diff(*m_store, *m_store->service(key));
        QVERIFY(diff.ok());
        QVERIFY(diff->published);
        QCOMPARE(diff->changes.size(), 2);
        QCOMPARE(diff->changes.at(0).field, u"name_en"_s); // in the schema's order
        QCOMPARE(diff->changes.at(0).oldValue.toString(), approved.nameEn());
        QCOMPARE(diff->changes.at(0).newValue.toString(), u"Duplicate domicile certificate (revised)"_s);
        QCOMPARE(diff->changes.at(1).field, u"fee_notes"_s);
    }

    void retiringIsApprovedByUnpublishing()
    {
        const QString key = u"DC/DOMICILE"_s; // approved in the sample
        const QString id = m_store->service(key)->id;
        QVERIFY(m_store->publishedService(id)->has_value());
        actAs(u"officer.dc"_s, u"officer"_s, u"DC"_s);
        Service retiring = *m_store->service(key);
        retiring.setValue(u"status"_s, u"retired"_s);
        QVERIFY(m_store->saveService(retiring).ok());
        QCOMPARE(step(WorkflowAction::Submit, key).state(), u"submitted"_s);
        QVERIFY(m_store->publishedService(id)->has_value()); // not until approved
        actAs(u"rev.one"_s, u"reviewer"_s);
        QCOMPARE(step(WorkflowAction::Approve, key).state(), u"approved"_s);
        QVERIFY(!m_store->publishedService(id)->has_value());
    }

    void theQueueIsOldestFirstWithDaysOverdue()
    {
        actAs(u"officer.dc"_s, u"officer"_s, u"DC"_s);
        Department dc = *m_store->department(u"DC"_s);
        dc.setValue(u"submission_deadline"_s, u"2026-03-31"_s);
        QVERIFY(m_store->saveDepartment(dc).ok());
        QCOMPARE(step(WorkflowAction::Submit, u"DC/PETROL-NOC"_s).state(), u"submitted"_s);

        auto all = ReviewQueue::load(*m_store, {}, QDate(2026, 4, 10));
        QVERIFY(all.ok());
        ServiceFilter submitted;
        submitted.state = u"submitted"_s;
        QCOMPARE(all->size(), *m_store->countServices(submitted));
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).submittedAt <= all->at(i).submittedAt);
        QCOMPARE(all->constLast().key(), u"DC/PETROL-NOC"_s); // submitted just now: the newest

        auto dcOnly = ReviewQueue::load(*m_store, u"DC"_s, QDate(2026, 4, 10));
        QVERIFY(!dcOnly->isEmpty());
        for (const ReviewItem &item : *dcOnly) {
            QCOMPARE(item.departmentCode, u"DC"_s);
            QCOMPARE(item.deadline, QDate(2026, 3, 31));
            QCOMPARE(item.daysOverdue, 10);
        }
        // Before the deadline nothing is overdue.
        QCOMPARE(ReviewQueue::load(*m_store, u"DC"_s, QDate(2026, 3, 1))->constFirst().daysOverdue, 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
