// The review workflow's rules (DESIGN.md §5), every role against every state and action.
#include "core/workflow/workflow.h"
#include "tests/support/fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

Q_DECLARE_METATYPE(Fehrist::Core::Role)
Q_DECLARE_METATYPE(Fehrist::Core::WorkflowAction)

class TestWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("actorDepartment");
        QTest::addColumn<QString>("state");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<qint64>("reviewedRev");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("expected"); // "" allowed, else the error code

        using A = WorkflowAction;
        const qint64 any = -1;
        // Officers: their own department only, and not what waits for review or is published.
        QTest::newRow("officer edits own draft")
            << Role::Officer << u"DC"_s << u"draft"_s << A::Edit << any << QString() << QString();
        QTest::newRow("officer edits own approved")
            << Role::Officer << u"DC"_s << u"approved"_s << A::Edit << any << QString() << QString();
        QTest::newRow("officer edits another department")
            << Role::Officer << u"HEALTH"_s << u"draft"_s << A::Edit << any << QString() << u"forbidden"_s;
        QTest::newRow("officer without department")
            << Role::Officer << QString() << u"draft"_s << A::Edit << any << QString() << u"forbidden"_s;
        QTest::newRow("officer submits draft")
            << Role::Officer << u"DC"_s << u"draft"_s << A::Submit << any << QString() << QString();
        QTest::newRow("officer resubmits returned")
            << Role::Officer << u"DC"_s << u"returned"_s << A::Submit << any << QString() << QString();
        QTest::newRow("officer submits submitted")
            << Role::Officer << u"DC"_s << u"submitted"_s << A::Submit << any << QString() << u"invalid-state"_s;
        QTest::newRow("officer submits approved")
            << Role::Officer << u"DC"_s << u"approved"_s << A::Submit << any << QString() << u"invalid-state"_s;
        QTest::newRow("officer submits other department")
            << Role::Officer << u"HEALTH"_s << u"draft"_s << A::Submit << any << QString() << u"forbidden"_s;
        QTest::newRow("officer deletes draft")
            << Role::Officer << u"DC"_s << u"draft"_s << A::Delete << any << QString() << QString();
        QTest::newRow("officer deletes published")
            << Role::Officer << u"DC"_s << u"approved"_s << A::Delete << any << QString() << u"invalid-state"_s;
        QTest::newRow("officer deletes submitted")
            << Role::Officer << u"DC"_s << u"submitted"_s << A::Delete << any << QString() << u"invalid-state"_s;
        QTest::newRow("officer approves")
            << Role::Officer << u"DC"_s << u"submitted"_s << A::Approve << any << QString() << u"forbidden"_s;
        QTest::newRow("officer returns") << Role::Officer << u"DC"_s << u"submitted"_s << A::Return << any << u"no"_s
                                         << u"forbidden"_s;
        // Reviewers decide; they do not write services.
        QTest::newRow("reviewer approves")
            << Role::Reviewer << QString() << u"submitted"_s << A::Approve << any << QString() << QString();
        QTest::newRow("reviewer approves the rev seen")
            << Role::Reviewer << QString() << u"submitted"_s << A::Approve << qint64(4) << QString() << QString();
        QTest::newRow("reviewer approves a changed one")
            << Role::Reviewer << QString() << u"submitted"_s << A::Approve << qint64(3) << QString() << u"stale"_s;
        QTest::newRow("reviewer returns with comment")
            << Role::Reviewer << QString() << u"submitted"_s << A::Return << any << u"Add the fee."_s << QString();
        QTest::newRow("reviewer returns without comment")
            << Role::Reviewer << QString() << u"submitted"_s << A::Return << any << u"  "_s << u"invalid"_s;
        QTest::newRow("reviewer approves a draft")
            << Role::Reviewer << QString() << u"draft"_s << A::Approve << any << QString() << u"invalid-state"_s;
        QTest::newRow("reviewer approves approved")
            << Role::Reviewer << QString() << u"approved"_s << A::Approve << any << QString() << u"invalid-state"_s;
        QTest::newRow("reviewer returns returned")
            << Role::Reviewer << QString() << u"returned"_s << A::Return << any << u"x"_s << u"invalid-state"_s;
        QTest::newRow("reviewer edits") << Role::Reviewer << QString() << u"submitted"_s << A::Edit << any << QString()
                                        << u"forbidden"_s;
        QTest::newRow("reviewer submits")
            << Role::Reviewer << QString() << u"draft"_s << A::Submit << any << QString() << u"forbidden"_s;
        // Admins may do both, but not approve their own submission.
        QTest::newRow("admin edits") << Role::Admin << QString() << u"draft"_s << A::Edit << any << QString()
                                     << QString();
        QTest::newRow("admin approves") << Role::Admin << QString() << u"submitted"_s << A::Approve << any << QString()
                                        << QString();
        // Viewers read.
        QTest::newRow("viewer edits") << Role::Viewer << QString() << u"draft"_s << A::Edit << any << QString()
                                      << u"forbidden"_s;
        QTest::newRow("viewer approves") << Role::Viewer << QString() << u"submitted"_s << A::Approve << any
                                         << QString() << u"forbidden"_s;
    }

    void rules()
    {
        QFETCH(Role, role);
        QFETCH(QString, actorDepartment);
        QFETCH(QString, state);
        QFETCH(WorkflowAction, action);
        QFETCH(qint64, reviewedRev);
        QFETCH(QString, comment);
        QFETCH(QString, expected);
        Service s = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s);
        s.rev = 4;
        s.setValue(u"state"_s, state);
        s.setValue(u"submitted_by"_s, u"officer.dc"_s);
        const Status result = Workflow::check({u"someone"_s, role, actorDepartment}, action, s, reviewedRev, comment);
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, expected);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(result.error().where, u"DC/DOMICILE"_s);
        }
    }

    void nobodyDecidesOnTheirOwnSubmission()
    {
        Service s = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s);
        s.setValue(u"state"_s, u"submitted"_s);
        s.setValue(u"submitted_by"_s, u"amna"_s);
        for (Role role : {Role::Reviewer, Role::Admin}) {
            for (WorkflowAction action : {WorkflowAction::Approve, WorkflowAction::Return}) {
                const Status r = Workflow::check({u"amna"_s, role, {}}, action, s, -1, u"comment"_s);
                QVERIFY(!r.ok());
                QCOMPARE(r.error().code, u"forbidden"_s);
            }
        }
    }

    void applyMovesTheState()
    {
        const QDateTime at(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC);
        Service s = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s);
        Workflow::apply(WorkflowAction::Submit, s, {u"officer.dc"_s, Role::Officer, u"DC"_s}, at);
        QCOMPARE(s.text(u"state"), u"submitted"_s);
        QCOMPARE(s.text(u"submitted_by"), u"officer.dc"_s);
        QCOMPARE(s.text(u"submitted_at"), u"2026-11-27T10:30:00.000Z"_s);
        Workflow::apply(WorkflowAction::Return, s, {u"reviewer"_s, Role::Reviewer, {}}, at, u" Add the fee. "_s);
        QCOMPARE(s.text(u"state"), u"returned"_s);
        QCOMPARE(s.text(u"review_comment"), u"Add the fee."_s);
        QCOMPARE(s.text(u"reviewed_by"), u"reviewer"_s);
        Workflow::apply(WorkflowAction::Approve, s, {u"reviewer"_s, Role::Reviewer, {}}, at);
        QCOMPARE(s.text(u"state"), u"approved"_s);
        QVERIFY(!s.isSet(u"review_comment")); // an approval clears the last return's comment
    }

    void reading()
    {
        Service draft = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s);
        draft.setValue(u"state"_s, u"draft"_s);
        Service published = draft;
        published.setValue(u"state"_s, u"approved"_s);
        QVERIFY(Workflow::mayRead({u"a"_s, Role::Officer, u"DC"_s}, draft));
        QVERIFY(!Workflow::mayRead({u"b"_s, Role::Officer, u"HEALTH"_s}, draft));
        QVERIFY(Workflow::mayRead({u"b"_s, Role::Officer, u"HEALTH"_s}, published));
        QVERIFY(Workflow::mayRead({u"r"_s, Role::Reviewer, {}}, draft));
    }

    void names()
    {
        for (Role r : {Role::Officer, Role::Reviewer, Role::Admin, Role::Viewer})
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
        for (auto a : {WorkflowAction::Edit, WorkflowAction::Delete, WorkflowAction::Submit, WorkflowAction::Approve,
                       WorkflowAction::Return})
            QCOMPARE(workflowActionFromName(workflowActionName(a)), std::optional<WorkflowAction>(a));
        QVERIFY(!roleFromName(u"root"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
