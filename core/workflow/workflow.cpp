#include "core/workflow/workflow.h"

#include "core/domain/referencedata.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

Error refuse(const QString &code, const QString &message, const Service &service)
{
    return Error {code, message, service.key()};
}

bool ownDepartment(const Actor &actor, const Service &service)
{
    return actor.role == Role::Officer && !actor.departmentCode.isEmpty()
        && actor.departmentCode == service.departmentCode();
}

// A state as a sentence names it: the code in English (as the CLI takes it), the label otherwise.
QString stateText(const QString &state)
{
    if (QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return state;
    const ReferenceItem *item = ReferenceData::builtIn().item(u"state"_s, state);
    return item ? item->label() : state;
}

QString stateOf(const Service &service)
{
    const QString state = service.text(u"state");
    return state.isEmpty() ? u"draft"_s : state;
}

} // namespace

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"officer")
        return Role::Officer;
    if (name == u"reviewer")
        return Role::Reviewer;
    if (name == u"admin")
        return Role::Admin;
    if (name == u"viewer")
        return Role::Viewer;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return u"officer"_s;
    case Role::Reviewer:
        return u"reviewer"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Viewer:
        return u"viewer"_s;
    }
    return {};
}

std::optional<WorkflowAction> workflowActionFromName(const QString &name)
{
    if (name == u"upsert" || name == u"edit")
        return WorkflowAction::Edit;
    if (name == u"delete")
        return WorkflowAction::Delete;
    if (name == u"submit")
        return WorkflowAction::Submit;
    if (name == u"approve")
        return WorkflowAction::Approve;
    if (name == u"return")
        return WorkflowAction::Return;
    return std::nullopt;
}

QString workflowActionName(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Edit:
        return u"upsert"_s;
    case WorkflowAction::Delete:
        return u"delete"_s;
    case WorkflowAction::Submit:
        return u"submit"_s;
    case WorkflowAction::Approve:
        return u"approve"_s;
    case WorkflowAction::Return:
        return u"return"_s;
    }
    return {};
}

Status Workflow::check(const Actor &actor, WorkflowAction action, const Service &service, qint64 reviewedRev,
                       const QString &comment)
{
    const QString state = stateOf(service);
    switch (action) {
    case WorkflowAction::Edit:
    case WorkflowAction::Delete:
    case WorkflowAction::Submit: {
        // Departments keep their own services; the secretariat decides, it does not write them.
        if (actor.role == Role::Officer && !ownDepartment(actor, service))
            return refuse(
                u"forbidden"_s,
                Workflow::tr(
                    "it belongs to %1; officers change and submit only their own department's services (yours: %2)")
                    .arg(service.departmentCode(),
                         actor.departmentCode.isEmpty() ? Workflow::tr("none") : actor.departmentCode),
                service);
        if (actor.role == Role::Reviewer || actor.role == Role::Viewer)
            return refuse(u"forbidden"_s,
                          Workflow::tr("only the department's officers change services; reviewers and viewers do not"),
                          service);
        if (action == WorkflowAction::Delete && (state == u"approved" || state == u"submitted"))
            return refuse(u"invalid-state"_s,
                          state == u"approved" ? Workflow::tr("it is published; to take it off the catalogue, set its "
                                                              "status to retired and submit that for review")
                                               : Workflow::tr("it is waiting for review; it cannot be deleted now"),
                          service);
        if (action == WorkflowAction::Submit) {
            if (state == u"submitted")
                return refuse(u"invalid-state"_s, Workflow::tr("it is already submitted"), service);
            if (state == u"approved")
                return refuse(u"invalid-state"_s,
                              Workflow::tr("it is approved as it is; edit it to make a new draft first"), service);
        }
        return success();
    }
    case WorkflowAction::Approve:
    case WorkflowAction::Return: {
        if (actor.role != Role::Reviewer && actor.role != Role::Admin)
            return refuse(u"forbidden"_s, Workflow::tr("only reviewers approve or return services"), service);
        if (state != u"submitted")
            return refuse(u"invalid-state"_s, Workflow::tr("it is %1, not submitted").arg(stateText(state)), service);
        if (service.text(u"submitted_by") == actor.username)
            return refuse(u"forbidden"_s, Workflow::tr("nobody approves or returns their own submission"), service);
        if (reviewedRev >= 0 && reviewedRev != service.rev)
            return refuse(
                u"stale"_s,
                Workflow::tr("it changed since you reviewed it (you saw revision %1, it is now %2); review it again")
                    .arg(reviewedRev)
                    .arg(service.rev),
                service);
        if (action == WorkflowAction::Return && comment.trimmed().isEmpty())
            return refuse(u"invalid"_s, Workflow::tr("say why it goes back: returning a service needs a comment"),
                          service);
        return success();
    }
    }
    return refuse(u"invalid"_s, Workflow::tr("unknown action"), service);
}

void Workflow::apply(WorkflowAction action, Service &service, const Actor &actor, const QDateTime &at,
                     const QString &comment)
{
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    switch (action) {
    case WorkflowAction::Submit:
        service.setValue(u"state"_s, u"submitted"_s);
        service.setValue(u"submitted_at"_s, when);
        service.setValue(u"submitted_by"_s, actor.username);
        break;
    case WorkflowAction::Approve:
    case WorkflowAction::Return:
        service.setValue(u"state"_s, action == WorkflowAction::Approve ? u"approved"_s : u"returned"_s);
        service.setValue(u"reviewed_at"_s, when);
        service.setValue(u"reviewed_by"_s, actor.username);
        service.setValue(u"review_comment"_s, comment.trimmed().isEmpty() ? QVariant() : QVariant(comment.trimmed()));
        break;
    case WorkflowAction::Edit:
    case WorkflowAction::Delete:
        break;
    }
}

bool Workflow::mayRead(const Actor &actor, const Service &service)
{
    if (stateOf(service) == u"approved" || actor.role != Role::Officer)
        return true;
    return ownDepartment(actor, service);
}

Actor Workflow::localActor(Store &store)
{
    Actor actor;
    auto user = store.meta(u"sync.user"_s);
    actor.username = user && !user->isEmpty() ? *user : store.actor();
    auto role = store.meta(u"sync.role"_s);
    actor.role = role ? roleFromName(*role).value_or(Role::Admin) : Role::Admin;
    if (auto department = store.meta(u"sync.department"_s))
        actor.departmentCode = *department;
    return actor;
}

Result<Service> Workflow::takeStep(Store &store, WorkflowAction action, const Service &service, const QString &comment)
{
    const Actor actor = localActor(store);
    // A decision is on the revision this catalogue has: the server refuses it if the service changed.
    const qint64 reviewed = action == WorkflowAction::Approve || action == WorkflowAction::Return ? service.rev : -1;
    if (Status allowed = check(actor, action, service, reviewed, comment); !allowed)
        return allowed.error();
    Service moved = service;
    apply(action, moved, actor, QDateTime::currentDateTimeUtc(), comment);
    return store.recordWorkflowStep(moved, workflowActionName(action), comment.trimmed());
}

} // namespace Fehrist::Core
