#pragma once

#include "core/domain/record.h"
#include "core/error.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Fehrist::Core {

/// What a user may do, as the server knows them (DESIGN.md §1).
enum class Role { Officer, Reviewer, Admin, Viewer };

std::optional<Role> roleFromName(const QString &name);
QString roleName(Role role);

/// Who acts: the signed-in user, their role and (for an officer) their department.
struct Actor
{
    QString username;
    Role role = Role::Viewer;
    QString departmentCode;
};

enum class WorkflowAction {
    Edit, ///< create or change a service's content
    Delete, ///< remove a service that was never published
    Submit, ///< hand a draft or returned service to the secretariat
    Approve, ///< publish the submitted revision
    Return, ///< send it back with a comment
};

std::optional<WorkflowAction> workflowActionFromName(const QString &name);
QString workflowActionName(WorkflowAction action);

/// The review workflow of DESIGN.md §5 — who may move a service from which state to which — in one
/// place, used by the server (which enforces it) and by the clients (which explain, before a sync, why
/// something will be refused). States: draft → submitted → approved | returned; an edit to a
/// submitted, returned or approved service makes a new draft revision (the store does that).
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    /// Whether `actor` may do `action` to `service` as it stands. For Approve and Return,
    /// `reviewedRev` is the rev the reviewer looked at: a service changed since is refused. An Error
    /// says why, in a sentence, with the code "forbidden" (the actor may not, whatever the state),
    /// "invalid-state" (not from this state), "stale" (changed since it was reviewed) or "invalid"
    /// (a return without a comment).
    static Status check(const Actor &actor, WorkflowAction action, const Service &service, qint64 reviewedRev = -1,
                        const QString &comment = {});

    /// Moves `service` as `action` does (state, submitted_*/reviewed_*, review_comment). Call after
    /// check() succeeded. Edit and Delete leave the workflow fields to the store.
    static void apply(WorkflowAction action, Service &service, const Actor &actor, const QDateTime &at,
                      const QString &comment = {});

    /// Whether the actor may read the service's working version: anyone may read published ones;
    /// drafts, submissions and returned services only in the officer's own department, or as a
    /// reviewer, admin or viewer.
    static bool mayRead(const Actor &actor, const Service &service);

    /// Who acts on this catalogue: the user signed in to the server (sync.user, sync.role,
    /// sync.department in its meta), else the local account. With no role known the actor is taken as
    /// an admin, so that only the state rules apply here; the server checks the role at sync.
    static Actor localActor(Store &store);

    /// Checks, moves and records one step (Store::recordWorkflowStep): what the CLI and the desktop do.
    static Result<Service> takeStep(Store &store, WorkflowAction action, const Service &service,
                                    const QString &comment = {});
};

} // namespace Fehrist::Core
