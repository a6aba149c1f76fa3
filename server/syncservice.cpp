#include "server/syncservice.h"

#include "core/domain/ids.h"
#include "core/workflow/workflow.h"
#include "server/auditlog.h"
#include "server/database.h"
#include "server/logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

const QStringList kOperations {u"upsert"_s, u"delete"_s, u"submit"_s, u"approve"_s, u"return"_s};
// What a reviewer may change of a department (DESIGN.md §1: deadlines and expected service counts).
const QStringList kReviewerDepartmentFields {u"expected_services"_s, u"submission_deadline"_s, u"notes"_s};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString entityName(EntityType type)
{
    return Schema::of(type).entityName();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool sameValue(const FieldDef &def, const QVariant &a, const QVariant &b)
{
    return Record::normalized(def, a) == Record::normalized(def, b);
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// ---------------------------------------------------------------------------------------------------
// Parsing

// A pushed value, read as a record's field would read it: a null is the field's default (a flag's).
Result<QVariant> parseValue(const FieldDef &def, const QJsonValue &json)
{
    auto value = Record::valueFromJson(def, json);
    if (value && !value->isValid())
        return Record::defaultValue(def);
    return value;
}

Error invalidChange(const ChangeInput &c, const QString &field, const QString &message)
{
    QString where = u"changes[%1]"_s.arg(c.index);
    if (!c.changeId.isEmpty())
        where += u" (change_id %1)"_s.arg(c.changeId);
    if (!field.isEmpty())
        where += u", field \"%1\""_s.arg(field);
    return Error {u"invalid"_s, message, where};
}

// A value of `field` as JSON gives it, typed the way records hold it.
Result<ChangeInput> parseChange(const QJsonValue &value, int index)
{
    ChangeInput c;
    c.index = index;
    if (!value.isObject())
        return invalidChange(c, {}, u"a change is a JSON object"_s);
    const QJsonObject o = value.toObject();
    static const QStringList known {u"change_id"_s, u"entity"_s,  u"record_id"_s,  u"base_rev"_s,
                                    u"operation"_s, u"changes"_s, u"created_at"_s, u"created_by"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return invalidChange(c, it.key(), u"unknown key"_s);
    }
    c.changeId = o.value(u"change_id"_s).toString();
    if (!isUuid(c.changeId)) {
        c.changeId.clear();
        return invalidChange(c, u"change_id"_s, u"must be a UUID"_s);
    }
    const QString entity = o.value(u"entity"_s).toString();
    if (entity == u"service")
        c.entity = EntityType::Service;
    else if (entity == u"department")
        c.entity = EntityType::Department;
    else
        return invalidChange(c, u"entity"_s, u"must be \"service\" or \"department\""_s);
    c.recordId = o.value(u"record_id"_s).toString();
    if (!isUuid(c.recordId))
        return invalidChange(c, u"record_id"_s, u"must be a UUID"_s);
    const QJsonValue baseRev = o.value(u"base_rev"_s);
    if (!baseRev.isDouble() || baseRev.toDouble() < 0 || baseRev.toDouble() != double(baseRev.toInteger())
        || baseRev.toDouble() > 9e15)
        return invalidChange(c, u"base_rev"_s, u"must be a whole number, 0 or more"_s);
    c.baseRev = baseRev.toInteger();
    c.operation = o.value(u"operation"_s).toString();
    if (!kOperations.contains(c.operation))
        return invalidChange(c, u"operation"_s, u"must be one of: %1"_s.arg(kOperations.join(u", "_s)));
    const QJsonValue changes = o.value(u"changes"_s);
    if (!changes.isObject() && !changes.isUndefined() && !changes.isNull())
        return invalidChange(c, u"changes"_s, u"must be an object of field: {old, new}"_s);
    const Schema &schema = Schema::of(c.entity);
    const QJsonObject fields = changes.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef *def = schema.field(it.key());
        if (!def)
            return invalidChange(c, it.key(), u"no such field of a %1"_s.arg(schema.entityName()));
        if (!it.value().isObject())
            return invalidChange(c, it.key(), u"must be an object {\"old\": …, \"new\": …}"_s);
        const QJsonObject edit = it.value().toObject();
        for (auto e = edit.begin(); e != edit.end(); ++e) {
            if (e.key() != u"old" && e.key() != u"new")
                return invalidChange(c, it.key(), u"unknown key \"%1\" (only old and new)"_s.arg(e.key()));
        }
        if (!edit.contains(u"new"_s))
            return invalidChange(c, it.key(), u"has no \"new\" value"_s);
        FieldEdit fe;
        fe.field = it.key();
        auto newValue = parseValue(*def, edit.value(u"new"_s));
        if (!newValue)
            return invalidChange(c, it.key(), u"new value: "_s + newValue.error().message);
        fe.newValue = *newValue;
        if (edit.contains(u"old"_s)) {
            auto oldValue = parseValue(*def, edit.value(u"old"_s));
            if (!oldValue)
                return invalidChange(c, it.key(), u"old value: "_s + oldValue.error().message);
            fe.oldValue = *oldValue;
        }
        if (it.key() == u"review_comment")
            c.comment = fe.newValue.toString();
        c.edits.append(fe);
    }
    const bool workflow = c.operation == u"submit" || c.operation == u"approve" || c.operation == u"return";
    if (c.entity == EntityType::Department && c.operation != u"upsert")
        return invalidChange(c, u"operation"_s, u"departments are only changed with upsert"_s);
    if (workflow) {
        for (const FieldEdit &e : std::as_const(c.edits)) {
            if (e.field != u"review_comment")
                return invalidChange(c, e.field, u"a %1 changes no fields but review_comment"_s.arg(c.operation));
        }
    }
    if (c.operation == u"return" && c.comment.trimmed().isEmpty())
        return invalidChange(c, u"review_comment"_s, u"returning a service needs a comment saying why"_s);
    if (c.operation == u"upsert" && c.edits.isEmpty())
        return invalidChange(c, u"changes"_s, u"an upsert changes at least one field"_s);
    return c;
}

// ---------------------------------------------------------------------------------------------------
// Deciding

struct Decision
{
    QString result; ///< applied, merged, conflict, rejected
    QString reasonCode;
    QString reasonMessage;
    std::optional<Record> target; ///< the new version to write
    QJsonObject conflictFields;
    bool forbidden = false;
};

Decision rejected(const QString &code, const QString &message)
{
    return Decision {u"rejected"_s, code, message, std::nullopt, {}, false};
}

Decision forbidden(const QString &message)
{
    Decision d = rejected(u"forbidden"_s, message);
    d.forbidden = true;
    return d;
}

Actor actorOf(const User &user)
{
    return Actor {user.username, roleFromName(user.role).value_or(Role::Viewer), user.departmentCode};
}

// A refusal of core/workflow as a receipt: "forbidden" ones are permission denials (audited as such).
Decision refusal(const Error &e)
{
    if (e.code == u"forbidden")
        return forbidden(e.message);
    return rejected(e.code, e.message);
}

// Role and department rules, against the stored record (DESIGN.md §5, §8).
std::optional<Decision> authorise(const User &user, const ChangeInput &change, const std::optional<Record> &current)
{
    const QString &op = change.operation;
    if (change.entity == EntityType::Department) {
        if (user.isAdmin())
            return std::nullopt;
        if (user.isReviewer() && current) {
            for (const FieldEdit &e : change.edits) {
                if (!kReviewerDepartmentFields.contains(e.field))
                    return forbidden(
                        u"a reviewer changes only a department's %1"_s.arg(kReviewerDepartmentFields.join(u", "_s)));
            }
            return std::nullopt;
        }
        return forbidden(u"only administrators create or edit departments"_s);
    }
    // Services: the rules of DESIGN.md §5 in core/workflow, shared with the clients, applied to the
    // record as stored (never to what the payload claims). A new service is judged by the department
    // it names.
    if (!current) {
        if (op != u"upsert")
            return std::nullopt; // nothing stored to act on: decided below (not-found)
        Service named;
        for (const FieldEdit &e : change.edits) {
            if (e.field == u"department_code")
                named.setValue(u"department_code"_s, e.newValue);
        }
        if (!named.isSet(u"department_code"))
            return user.isOfficer() || user.isAdmin()
                ? std::optional(rejected(u"invalid"_s, u"department_code: is required"_s))
                : std::optional(forbidden(u"a %1 does not edit services"_s.arg(user.role)));
        if (Status allowed = Workflow::check(actorOf(user), WorkflowAction::Edit, named); !allowed)
            return refusal(allowed.error());
        return std::nullopt;
    }
    if (current->deleted)
        return std::nullopt; // decided below (deleted)
    const Service stored(*current);
    const WorkflowAction action = *workflowActionFromName(op);
    if (action == WorkflowAction::Submit && stored.text(u"state") == u"submitted"
        && (user.isAdmin() || (user.isOfficer() && stored.departmentCode() == user.departmentCode)))
        return std::nullopt; // a second submit of a submitted service changes nothing
    const bool decision = action == WorkflowAction::Approve || action == WorkflowAction::Return;
    if (Status allowed = Workflow::check(actorOf(user), action, stored, decision ? change.baseRev : -1, change.comment);
        !allowed)
        return refusal(allowed.error());
    if (op == u"upsert") {
        // Moving a service to another department is writing into that department.
        for (const FieldEdit &e : change.edits) {
            if (e.field == u"department_code" && e.newValue.toString() != stored.departmentCode()) {
                Service moved = stored;
                moved.setValue(u"department_code"_s, e.newValue);
                if (Status allowed = Workflow::check(actorOf(user), WorkflowAction::Edit, moved); !allowed)
                    return refusal(allowed.error());
            }
        }
    }
    return std::nullopt;
}

QJsonValue jsonValue(const FieldDef &def, const QVariant &v)
{
    return Record::toJsonValue(def, v);
}

// What a pull would show this user of the record (the rule of SyncService::pull).
bool mayRead(const User &user, const Record &record)
{
    return user.readsEverything() || record.type() == EntityType::Department
        || record.text(u"department_code") == user.departmentCode || record.text(u"state") == u"approved";
}

Decision decideUpsert(const User &user, const ChangeInput &change, const std::optional<Record> &current,
                      const std::optional<Record> &base)
{
    const Schema &schema = Schema::of(change.entity);
    QList<FieldEdit> edits;
    for (const FieldEdit &e : change.edits) {
        // The workflow fields move by submit/approve/return only; a client's copy of them (an edit that
        // made its approved service a draft, say) is the server's to work out again.
        if (!schema.field(e.field)->managed)
            edits.append(e);
    }
    if (!current) {
        Record target(change.entity);
        target.id = change.recordId;
        for (const FieldEdit &e : edits)
            target.setValue(e.field, e.newValue);
        if (change.entity == EntityType::Service)
            target.setValue(u"state"_s, u"draft"_s);
        target.rev = 1;
        return Decision {u"applied"_s, {}, {}, target, {}, false};
    }
    if (current->deleted)
        return rejected(u"deleted"_s, u"this record was deleted on the server"_s);

    const bool upToDate = current->rev == change.baseRev;
    Record target = *current;
    QJsonObject fields;
    bool conflict = false;
    for (const FieldEdit &e : edits) {
        const FieldDef &def = *schema.field(e.field);
        const QVariant theirs = current->value(e.field);
        bool clash = false;
        if (sameValue(def, theirs, e.newValue)) {
            // Both sides agree.
        } else if (upToDate || sameValue(def, theirs, e.oldValue)
                   || (base && sameValue(def, theirs, base->value(e.field)))) {
            target.setValue(e.field, e.newValue); // only the client changed it
        } else {
            clash = true;
            conflict = true;
        }
        fields.insert(e.field,
                      QJsonObject {{u"base"_s, base ? jsonValue(def, base->value(e.field)) : QJsonValue()},
                                   {u"old"_s, jsonValue(def, e.oldValue)},
                                   {u"mine"_s, jsonValue(def, e.newValue)},
                                   {u"theirs"_s, jsonValue(def, theirs)},
                                   {u"conflict"_s, clash}});
    }
    if (conflict) {
        Decision d;
        d.result = u"conflict"_s;
        d.reasonCode = u"conflict"_s;
        d.reasonMessage = u"changed on the server since you last synced; the server kept its values"_s;
        d.conflictFields = fields;
        return d;
    }
    const QString result = upToDate ? u"applied"_s : u"merged"_s;
    if (diffRecords(*current, target).isEmpty())
        return Decision {result, {}, {}, std::nullopt, {}, false}; // nothing new
    // DESIGN.md §5: an edit to a submitted, returned or approved service makes a new draft revision.
    if (change.entity == EntityType::Service && target.text(u"state") != u"draft")
        target.setValue(u"state"_s, u"draft"_s);
    Q_UNUSED(user)
    return Decision {result, {}, {}, target, {}, false};
}

Decision decideDelete(const ChangeInput &change, const std::optional<Record> &current)
{
    if (!current)
        return rejected(u"not-found"_s, u"the server has no such record"_s);
    if (current->deleted)
        return Decision {u"applied"_s, {}, {}, std::nullopt, {}, false};
    if (current->rev != change.baseRev) {
        Decision d;
        d.result = u"conflict"_s;
        d.reasonCode = u"conflict"_s;
        d.reasonMessage = u"changed on the server since you last synced; it was not deleted"_s;
        d.conflictFields.insert(
            u"deleted"_s,
            QJsonObject {
                {u"base"_s, false}, {u"old"_s, false}, {u"mine"_s, true}, {u"theirs"_s, false}, {u"conflict"_s, true}});
        return d;
    }
    Record target = *current;
    target.deleted = true;
    return Decision {u"applied"_s, {}, {}, target, {}, false};
}

// Submit, approve, return: authorise() has checked them against core/workflow; this moves the state.
Decision decideWorkflow(const User &user, const ChangeInput &change, const std::optional<Record> &current)
{
    if (!current)
        return rejected(u"not-found"_s, u"the server has no such service"_s);
    if (current->deleted)
        return rejected(u"deleted"_s, u"this service was deleted on the server"_s);
    const WorkflowAction action = *workflowActionFromName(change.operation);
    if (action == WorkflowAction::Submit && current->text(u"state") == u"submitted")
        return Decision {u"applied"_s, {}, {}, std::nullopt, {}, false};
    Service target(*current);
    Workflow::apply(action, target, actorOf(user), QDateTime::currentDateTimeUtc(), change.comment);
    return Decision {u"applied"_s, {}, {}, Record(target), {}, false};
}

// ---------------------------------------------------------------------------------------------------
// Writing

Result<qint64> nextSeq(Store &store)
{
    // Bound, so prepared once per connection rather than parsed for every change.
    auto rows = store.select(u"UPDATE srv_counters SET value = value + 1 WHERE name = ? RETURNING value"_s, {u"seq"_s});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error {u"database"_s, u"the seq counter is missing"_s, {}};
    return rows->constFirst().at(0).toLongLong();
}

Result<qint64> logVersion(Store &store, const Record &record, const QString &changeId, const QString &actor)
{
    auto seq = nextSeq(store);
    if (!seq)
        return seq.error();
    const bool isService = record.type() == EntityType::Service;
    const QString department = isService ? record.text(u"department_code") : record.text(u"code");
    auto r = store.execute(u"INSERT INTO srv_changes (seq, entity, record_id, rev, department_code, state, deleted, "
                           u"data, change_id, actor, at) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {*seq, entityName(record.type()), record.id, record.rev, department,
                            isService ? QVariant(record.text(u"state")) : nullText(), qint64(record.deleted ? 1 : 0),
                            record.toJsonText(), changeId.isEmpty() ? nullText() : QVariant(changeId), actor,
                            record.updatedAt});
    if (!r)
        return r.error();
    return *seq;
}

Result<std::optional<Record>> snapshot(Store &store, EntityType type, const QString &recordId, qint64 rev)
{
    if (rev <= 0)
        return std::optional<Record>(Record(type)); // the state before creation: nothing set
    auto rows = store.select(u"SELECT data FROM srv_changes WHERE record_id = ? AND rev = ?"_s, {recordId, rev});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Record>();
    auto record
        = Record::fromJson(type, QJsonDocument::fromJson(rows->constFirst().at(0).toString().toUtf8()).object());
    if (!record)
        return std::optional<Record>();
    return std::optional<Record>(*record);
}

// The entry of one pushed change, in the change's transaction (last: AuditLog holds its head row).
Status audit(Store &store, const QString &actor, const QString &action, const ChangeInput &change,
             const QString &detail)
{
    auto r
        = AuditLog::append(store, AuditEntry::make(actor, action, detail, entityName(change.entity), change.recordId));
    if (!r)
        return r.error();
    return success();
}

} // namespace

QJsonObject Receipt::toJson() const
{
    QJsonObject o {{u"change_id"_s, changeId},
                   {u"record_id"_s, recordId},
                   {u"result"_s, result},
                   {u"rev"_s, rev},
                   {u"seq"_s, seq > 0 ? QJsonValue(seq) : QJsonValue(QJsonValue::Null)}};
    if (!reasonCode.isEmpty())
        o.insert(u"reason"_s, QJsonObject {{u"code"_s, reasonCode}, {u"message"_s, reasonMessage}});
    if (!conflict.isEmpty())
        o.insert(u"conflict"_s, conflict);
    if (!current.isEmpty())
        o.insert(u"current"_s, current);
    return o;
}

Receipt Receipt::fromJson(const QJsonObject &o)
{
    Receipt r;
    r.changeId = o.value(u"change_id"_s).toString();
    r.recordId = o.value(u"record_id"_s).toString();
    r.result = o.value(u"result"_s).toString();
    r.rev = o.value(u"rev"_s).toInteger();
    r.seq = o.value(u"seq"_s).toInteger();
    const QJsonObject reason = o.value(u"reason"_s).toObject();
    r.reasonCode = reason.value(u"code"_s).toString();
    r.reasonMessage = reason.value(u"message"_s).toString();
    r.conflict = o.value(u"conflict"_s).toObject();
    r.current = o.value(u"current"_s).toObject();
    return r;
}

Result<PushRequest> SyncService::parsePush(const QJsonObject &body)
{
    PushRequest push;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"device_id" && it.key() != u"epoch" && it.key() != u"changes")
            return Error {u"invalid"_s, u"unknown key"_s, it.key()};
    }
    const QJsonValue device = body.value(u"device_id"_s);
    if (!device.isString() || device.toString().trimmed().isEmpty() || device.toString().size() > 200)
        return Error {u"invalid"_s, u"must be a non-empty string of at most 200 characters"_s, u"device_id"_s};
    push.deviceId = device.toString();
    const QJsonValue epoch = body.value(u"epoch"_s);
    if (!epoch.isUndefined() && !epoch.isNull() && !epoch.isString())
        return Error {u"invalid"_s, u"must be a string"_s, u"epoch"_s};
    push.epoch = epoch.toString();
    const QJsonValue changes = body.value(u"changes"_s);
    if (!changes.isArray())
        return Error {u"invalid"_s, u"must be a list of changes"_s, u"changes"_s};
    const QJsonArray list = changes.toArray();
    if (list.size() > kMaxChanges)
        return Error {u"too-many"_s,
                      u"a push carries at most %1 changes; this one has %2"_s.arg(kMaxChanges).arg(list.size()),
                      u"changes"_s};
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto change = parseChange(list.at(i), int(i));
        if (!change)
            return change.error();
        if (seen.contains(change->changeId))
            return invalidChange(*change, u"change_id"_s, u"appears twice in this push"_s);
        seen.insert(change->changeId);
        push.changes.append(*change);
    }
    return push;
}

namespace {

// Decides one change and writes its outcome (record, change log, conflict, receipt, audit entry) in the
// caller's transaction. Errors are failures of the database only; every refusal is a receipt.
Status decideAndWrite(Store &store, const User &user, const QString &deviceId, const ChangeInput &change,
                      Receipt &receipt)
{
    store.setActor(user.username);
    if (!store.dialect().isSQLite()) {
        const QString lock = change.entity == EntityType::Service
            ? u"SELECT id FROM services WHERE id = ? FOR UPDATE"_s
            : u"SELECT id FROM departments WHERE id = ? FOR UPDATE"_s;
        if (auto locked = store.select(lock, {change.recordId}); !locked)
            return locked.error();
    }
    auto stored = store.select(u"SELECT receipt, user_id FROM srv_receipts WHERE change_id = ?"_s, {change.changeId});
    if (!stored)
        return stored.error();
    if (!stored->isEmpty() && stored->constFirst().at(1).toLongLong() != user.id) {
        // Someone else's change id: their receipt (the rev, a conflict's values) is not for this user,
        // and the change is not this user's to replay. Nothing is written; the id stays theirs.
        receipt.changeId = change.changeId;
        receipt.recordId = change.recordId;
        receipt.result = u"rejected"_s;
        receipt.reasonCode = u"change-id-taken"_s;
        receipt.reasonMessage = u"another user sent a change with this change_id; send yours under a new one"_s;
        receipt.forbidden = true;
        return success();
    }
    if (!stored->isEmpty()) {
        receipt = Receipt::fromJson(QJsonDocument::fromJson(stored->constFirst().at(0).toString().toUtf8()).object());
        return success(); // a resend: the same answer, nothing written
    }
    auto current = store.record(change.entity, change.recordId);
    if (!current)
        return current.error();

    Decision d;
    if (auto refused = authorise(user, change, *current)) {
        d = *refused;
    } else if (change.operation == u"upsert") {
        std::optional<Record> base;
        if (*current && (*current)->rev != change.baseRev) {
            auto snap = snapshot(store, change.entity, change.recordId, change.baseRev);
            if (!snap)
                return snap.error();
            base = *snap;
        }
        d = decideUpsert(user, change, *current, base);
    } else if (change.operation == u"delete") {
        d = decideDelete(change, *current);
        if (d.target && change.entity == EntityType::Service) {
            auto published = store.publishedService(change.recordId);
            if (!published)
                return published.error();
            if (*published)
                d = rejected(u"invalid-state"_s,
                             u"it is published; to take it off the catalogue, set its status to retired "
                             u"and submit that for review"_s);
        }
    } else {
        d = decideWorkflow(user, change, *current);
    }
    if (d.target) {
        // Check first: a refusal must leave the transaction usable for its receipt.
        auto problems = store.validate(*d.target);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty() && !d.target->deleted) {
            const QString message = describeProblems(*problems);
            d = rejected(u"invalid"_s, message);
        }
    }

    receipt.changeId = change.changeId;
    receipt.recordId = change.recordId;
    receipt.result = d.result;
    receipt.reasonCode = d.reasonCode;
    receipt.reasonMessage = d.reasonMessage;
    receipt.forbidden = d.forbidden;
    receipt.rev = *current ? (*current)->rev : 0;
    if (d.result == u"rejected" && change.operation == u"upsert" && *current && !(*current)->deleted
        && mayRead(user, **current)) {
        const Schema &schema = Schema::of(change.entity);
        for (const FieldEdit &e : change.edits)
            receipt.current.insert(e.field, jsonValue(*schema.field(e.field), (*current)->value(e.field)));
    }
    if (d.target) {
        Record target = *d.target;
        target.rev = *current ? (*current)->rev + 1 : 1;
        target.updatedAt = nowText();
        target.updatedBy = user.username;
        SaveOptions options;
        options.asGiven = true;
        options.validate = false; // checked above
        options.historyOperation = change.operation == u"upsert" ? QString() : change.operation;
        if (target.type() == EntityType::Service) {
            auto saved = store.saveService(Service(target), options);
            if (!saved)
                return saved.error();
            // Approval publishes this revision (or, for a retired service, unpublishes it).
            if (change.operation == u"approve") {
                if (Status published = store.setPublished(*saved); !published)
                    return published;
            }
        } else {
            if (auto saved = store.saveDepartment(Department(target), options); !saved)
                return saved.error();
        }
        auto seq = logVersion(store, target, change.changeId, user.username);
        if (!seq)
            return seq.error();
        receipt.rev = target.rev;
        receipt.seq = *seq;
    }
    if (d.result == u"conflict") {
        const QString conflictId = newId();
        receipt.conflict = QJsonObject {{u"id"_s, conflictId},
                                        {u"base_rev"_s, change.baseRev},
                                        {u"server_rev"_s, receipt.rev},
                                        {u"fields"_s, d.conflictFields}};
        auto r = store.execute(
            u"INSERT INTO srv_conflicts (id, change_id, entity, record_id, user_id, department_code, base_rev, "
            u"server_rev, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {conflictId, change.changeId, entityName(change.entity), change.recordId, user.id,
             *current ? QVariant((*current)->text(u"department_code")) : nullText(), change.baseRev, receipt.rev,
             QString::fromUtf8(compactJson(d.conflictFields)), nowText()});
        if (!r)
            return r.error();
    }
    auto r = store.execute(
        u"INSERT INTO srv_receipts (change_id, user_id, device_id, record_id, at, receipt) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {change.changeId, user.id, deviceId, change.recordId, nowText(),
         QString::fromUtf8(compactJson(receipt.toJson()))});
    if (!r)
        return r.error();
    const QString action = d.forbidden ? u"push.forbidden"_s : u"push."_s + d.result;
    QString detail = d.reasonCode.isEmpty() ? u"%1 rev %2"_s.arg(change.operation).arg(receipt.rev)
                                            : u"%1: %2: %3"_s.arg(change.operation, d.reasonCode, d.reasonMessage);
    // A decision is audited with the reviewer's comment, which reaches the officer too (§5).
    if ((change.operation == u"approve" || change.operation == u"return") && !change.comment.isEmpty())
        detail += u"; comment: "_s + change.comment;
    return audit(store, user.username, action, change, detail);
}

void logRefusal(const User &user, const ChangeInput &change, const Receipt &receipt)
{
    if (receipt.forbidden)
        qCWarning(lcServer) << "refused" << change.operation << entityName(change.entity) << change.recordId << "for"
                            << user.username << ":" << receipt.reasonMessage;
}

} // namespace

Result<Receipt> SyncService::apply(Database &db, Store &store, const User &user, const QString &deviceId,
                                   const ChangeInput &change)
{
    std::optional<Error> lastError;
    // A concurrent writer on PostgreSQL (another server process) can win a race for the same record or
    // change_id; the loser's transaction fails as a whole and the change is simply decided again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        Receipt receipt;
        Status s = db.write(store, [&]() -> Status { return decideAndWrite(store, user, deviceId, change, receipt); });
        if (s) {
            logRefusal(user, change, receipt);
            return receipt;
        }
        lastError = s.error();
        qCInfo(lcServer) << "change" << change.changeId << "attempt" << attempt + 1
                         << "failed:" << s.error().toString();
    }
    return *lastError;
}

Result<QList<Receipt>> SyncService::applyAll(Database &db, Store &store, const User &user, const QString &deviceId,
                                             const QList<ChangeInput> &changes)
{
    QList<Receipt> receipts;
    if (!store.dialect().isSQLite()) {
        // Short transactions, one per change: other server processes wait on a record's row lock and the
        // seq counter for one change at most. A failure leaves the changes before it committed.
        for (const ChangeInput &change : changes) {
            auto receipt = apply(db, store, user, deviceId, change);
            if (!receipt)
                return receipt.error();
            receipts.append(*receipt);
        }
        return receipts;
    }
    // SQLite has one writer at a time anyway, and each commit waits for the disk (synchronous=FULL): the
    // whole push is one transaction, each change decided in order as if alone. Nothing is answered
    // before the commit, so a failure or a crash leaves none of them, and the resend decides them all.
    Status s = db.write(store, [&]() -> Status {
        receipts.clear();
        for (const ChangeInput &change : changes) {
            Receipt receipt;
            if (Status decided = decideAndWrite(store, user, deviceId, change, receipt); !decided)
                return decided;
            receipts.append(receipt);
        }
        return success();
    });
    if (!s)
        return s.error();
    for (qsizetype i = 0; i < changes.size(); ++i)
        logRefusal(user, changes.at(i), receipts.at(i));
    return receipts;
}

Result<qint64> SyncService::lastSeq(Store &store)
{
    auto rows = store.select(u"SELECT value FROM srv_counters WHERE name = 'seq'"_s);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->constFirst().at(0).toLongLong();
}

Result<QByteArray> SyncService::pull(Store &store, const User &user, qint64 since, int limit, const QString &epoch)
{
    limit = std::clamp(limit, 1, kMaxPullLimit);
    // Everything up to `upper` is committed: seq is handed out under the counter row's lock, so
    // transactions commit in seq order and the counter never runs ahead of what readers can see.
    auto upper = lastSeq(store);
    if (!upper)
        return upper.error();
    const qint64 seesAll = user.readsEverything() ? 1 : 0;
    const QString visible = u"(? = 1 OR %1.entity = 'department' OR %1.deleted = 1 OR %1.department_code = ? "
                            u"OR %1.state = 'approved')"_s;
    // Only the newest version of a record the user may see: older ones would be overwritten anyway.
    static const QString sql
        = u"SELECT c.seq, c.entity, c.record_id, c.rev, c.deleted, c.data, c.state FROM srv_changes c "
          u"WHERE c.seq > ? AND c.seq <= ? AND "_s
        + visible.arg(u"c"_s)
        + u" AND NOT EXISTS (SELECT 1 FROM srv_changes n WHERE n.record_id = c.record_id AND n.seq > c.seq "
          u"AND n.seq <= ? AND "_s
        + visible.arg(u"n"_s) + u") ORDER BY c.seq LIMIT ?"_s;
    auto rows = store.select(
        sql, {since, *upper, seesAll, user.departmentCode, *upper, seesAll, user.departmentCode, limit + 1});
    if (!rows)
        return rows.error();
    const bool hasMore = rows->size() > limit;
    if (hasMore)
        rows->resize(limit);
    const qint64 nextSince = hasMore ? rows->constLast().at(0).toLongLong() : std::max(since, *upper);

    // A service being reworked after approval travels with its published version, which the client
    // keeps apart (DESIGN.md §5): a client that never saw the approved revision learns it here.
    QHash<QString, QByteArray> published;
    QStringList reworked;
    for (const SqlRow &r : std::as_const(*rows)) {
        if (r.at(1).toString() == u"service" && r.at(4).toLongLong() == 0 && r.at(6).toString() != u"approved")
            reworked.append(r.at(2).toString());
    }
    for (qsizetype from = 0; from < reworked.size(); from += 500) {
        const QStringList chunk = reworked.mid(from, 500);
        QVariantList binds;
        for (const QString &id : chunk)
            binds.append(id);
        const QStringList marks(chunk.size(), u"?"_s);
        auto found
            = store.select(u"SELECT id FROM published_services WHERE id IN ("_s + marks.join(u", "_s) + u')', binds);
        if (!found)
            return found.error();
        for (const SqlRow &f : std::as_const(*found)) {
            auto version = store.publishedService(f.at(0).toString());
            if (!version)
                return version.error();
            if (*version)
                published.insert((*version)->id, compactJson((*version)->toJson()));
        }
    }

    // Written out directly: each record is already JSON in the log, and a page can hold thousands.
    QByteArray out;
    out.reserve(256 + rows->size() * 1600);
    out += "{\"epoch\":\"" + epoch.toLatin1() + "\",\"changes\":[";
    bool first = true;
    for (const SqlRow &r : std::as_const(*rows)) {
        if (!first)
            out += ',';
        first = false;
        const bool deleted = r.at(4).toLongLong() != 0;
        out += "{\"seq\":" + QByteArray::number(r.at(0).toLongLong()) + ",\"entity\":\"" + r.at(1).toString().toLatin1()
            + "\",\"id\":\"" + r.at(2).toString().toLatin1() + "\",\"rev\":" + QByteArray::number(r.at(3).toLongLong())
            + ",\"deleted\":" + (deleted ? "true" : "false") + ",\"record\":";
        if (deleted) // a tombstone tells what went, not what it held
            out += "{\"id\":\"" + r.at(2).toString().toLatin1()
                + "\",\"rev\":" + QByteArray::number(r.at(3).toLongLong()) + ",\"deleted\":true}";
        else
            out += r.at(5).toString().toUtf8();
        if (auto it = published.constFind(r.at(2).toString()); it != published.constEnd())
            out += ",\"published\":" + *it;
        out += '}';
    }
    out += "],\"next_since\":" + QByteArray::number(nextSince) + ",\"has_more\":" + (hasMore ? "true" : "false") + "}";
    return out;
}

Result<qint64> SyncService::adopt(Database &db, Store &store)
{
    qint64 adopted = 0;
    // Departments first: a client applies a service only once it has the service's department.
    for (EntityType type : {EntityType::Department, EntityType::Service}) {
        const QString sql = type == EntityType::Department
            ? u"SELECT id FROM departments d WHERE NOT EXISTS (SELECT 1 FROM srv_changes c WHERE c.record_id = d.id) ORDER BY code"_s
            : u"SELECT id FROM services s WHERE NOT EXISTS (SELECT 1 FROM srv_changes c WHERE c.record_id = s.id) ORDER BY department_code, code"_s;
        auto ids = store.select(sql);
        if (!ids)
            return ids.error();
        for (qsizetype from = 0; from < ids->size(); from += 500) {
            Status s = db.write(store, [&]() -> Status {
                for (qsizetype i = from; i < std::min<qsizetype>(from + 500, ids->size()); ++i) {
                    auto found = store.record(type, ids->at(i).at(0).toString());
                    if (!found)
                        return found.error();
                    if (!*found)
                        continue;
                    Record record = **found;
                    if (record.rev < 1) {
                        record.rev = 1;
                        SaveOptions options;
                        options.asGiven = true;
                        options.validate = false;
                        if (type == EntityType::Service) {
                            if (auto saved = store.saveService(Service(record), options); !saved)
                                return saved.error();
                        } else if (auto saved = store.saveDepartment(Department(record), options); !saved) {
                            return saved.error();
                        }
                    }
                    if (auto seq = logVersion(store, record, {}, u"server"_s); !seq)
                        return seq.error();
                    ++adopted;
                }
                return success();
            });
            if (!s)
                return s.error();
        }
    }
    // Approved services loaded as they were (the sample, fehrist-cli) are the published catalogue; copies
    // published before they had a rev here take the rev their service was just given.
    Status published = db.write(store, [&]() -> Status {
        auto added = store.publishApproved();
        if (!added)
            return added.error();
        auto revised = store.execute(u"UPDATE published_services SET rev = (SELECT s.rev FROM services s WHERE "
                                     u"s.id = published_services.id) WHERE rev < 1"_s);
        return revised ? success() : Status(revised.error());
    });
    if (Status s = published; !s)
        return s.error();
    return adopted;
}

} // namespace Fehrist::Server
