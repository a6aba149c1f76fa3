#include "core/sync/syncengine.h"

#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/sync/conflicts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

EntityType typeOf(const QString &entity)
{
    return entity == u"department" ? EntityType::Department : EntityType::Service;
}

// Fields changed by the outbox rows still waiting for `recordId`, and whether one of them deletes it.
Result<std::pair<QSet<QString>, bool>> pendingFields(Store &store, const QString &recordId)
{
    auto rows = store.select(u"SELECT operation, changes FROM outbox WHERE record_id = ?"_s, {recordId});
    if (!rows)
        return rows.error();
    QSet<QString> fields;
    bool deletes = false;
    for (const SqlRow &r : *rows) {
        deletes = deletes || r.at(0).toString() == u"delete";
        const QJsonObject changes = QJsonDocument::fromJson(r.at(1).toString().toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            fields.insert(it.key());
    }
    return std::pair {fields, deletes};
}

} // namespace

// What the catalogue holds for the records of a pull page, read in a few queries before the page is
// applied instead of several queries per record (a first pull of a large catalogue spent most of its time
// in those). An id or a key that the page has written since is asked of the catalogue again, so that each
// record is applied on exactly what per-record queries would have found.
struct SyncEngine::PageLookup
{
    QSet<QString> serviceIds; ///< the page's ids, by type
    QSet<QString> departmentIds;
    QHash<QString, Record> services; ///< those with a row here, deleted or not
    QHash<QString, Record> departments;
    QSet<QString> pending; ///< the page's ids with changes in the outbox
    QSet<QString> published; ///< the page's services that may have a published version (kept up to date)
    QSet<QString> keys; ///< the page's service keys, looked up
    QHash<QString, QString> holders; ///< the live service holding each of those keys, by key
    QSet<QString> staleIds; ///< written, renumbered or queued since: ask the catalogue
    QSet<QString> staleKeys;

    static Result<PageLookup> read(Store &store, const QList<RemoteChange> &changes)
    {
        PageLookup page;
        QStringList serviceIds;
        QStringList departmentIds;
        QStringList keys;
        for (const RemoteChange &c : changes) {
            (c.type == EntityType::Service ? serviceIds : departmentIds).append(c.id);
            if (c.type == EntityType::Service && !c.deleted)
                keys.append(Service(c.record).key());
        }
        page.serviceIds = QSet<QString>(serviceIds.begin(), serviceIds.end());
        page.departmentIds = QSet<QString>(departmentIds.begin(), departmentIds.end());
        auto services = store.records(EntityType::Service, serviceIds);
        if (!services)
            return services.error();
        page.services = std::move(*services);
        auto departments = store.records(EntityType::Department, departmentIds);
        if (!departments)
            return departments.error();
        page.departments = std::move(*departments);
        auto pending = store.pendingRecordIds(serviceIds + departmentIds);
        if (!pending)
            return pending.error();
        page.pending = std::move(*pending);
        auto published = store.publishedIds(serviceIds);
        if (!published)
            return published.error();
        page.published = std::move(*published);
        auto holders = store.liveServiceIds(keys);
        if (!holders)
            return holders.error();
        page.holders = std::move(*holders);
        for (const QString &key : std::as_const(keys)) {
            if (key.indexOf(u'/') > 0) // liveServiceIds() leaves the others out
                page.keys.insert(key);
        }
        return page;
    }

    bool knows(EntityType type, const QString &id) const
    {
        return (type == EntityType::Service ? serviceIds : departmentIds).contains(id) && !staleIds.contains(id);
    }
    /// nullopt when not known; else the local record, or nullopt inside for none.
    std::optional<std::optional<Record>> local(EntityType type, const QString &id) const
    {
        if (!knows(type, id))
            return std::nullopt;
        const QHash<QString, Record> &rows = type == EntityType::Service ? services : departments;
        const auto it = rows.constFind(id);
        return it == rows.constEnd() ? std::optional<Record>() : std::optional<Record>(*it);
    }
    bool knowsNoPending(const QString &id) const
    {
        return (serviceIds.contains(id) || departmentIds.contains(id)) && !staleIds.contains(id)
            && !pending.contains(id);
    }
    /// Whether `key` is surely free for `id`: no other live service holds it.
    bool keyFreeFor(const QString &key, const QString &id) const
    {
        return keys.contains(key) && !staleKeys.contains(key) && holders.value(key, id) == id;
    }
    void wrote(const Record &record, const std::optional<Record> &before = std::nullopt)
    {
        staleIds.insert(record.id);
        if (record.type() == EntityType::Service)
            staleKeys.insert(Service(record).key());
        if (before && before->type() == EntityType::Service)
            staleKeys.insert(Service(*before).key());
    }
};

SyncEngine::SyncEngine(Store &store, SyncClient &client, SyncSettings settings)
    : m_store(store), m_client(client), m_settings(settings)
{ }

Result<QString> SyncEngine::deviceId(Store &store)
{
    auto id = store.meta(kDeviceKey);
    if (!id)
        return id.error();
    if (!id->isEmpty())
        return *id;
    const QString made = newId();
    if (Status s = store.setMeta(kDeviceKey, made); !s)
        return s.error();
    return made;
}

void SyncEngine::report(const QString &stage)
{
    if (!m_progress)
        return;
    auto pending = m_store.pendingChanges();
    m_progress(SyncProgress {stage, m_report.pushed, m_report.pulled, pending ? *pending : 0});
}

Result<SyncReport> SyncEngine::run()
{
    m_report = {};
    Status s = [&]() -> Status {
        if (Status prepared = SyncConflicts::prepare(m_store); !prepared)
            return prepared;
        auto device = deviceId(m_store);
        if (!device)
            return device.error();
        m_deviceId = *device;
        auto epoch = m_store.meta(kEpochKey);
        if (!epoch)
            return epoch.error();
        m_epoch = *epoch;
        // Push, then pull, until the outbox stays empty (edits made meanwhile get a round of their own).
        for (int round = 0; round < 20; ++round) {
            if (Status pushed = pushAll(); !pushed)
                return pushed;
            if (Status pulled = pullAll(false); !pulled)
                return pulled;
            auto pending = m_store.pendingChanges();
            if (!pending)
                return pending.error();
            if (*pending == 0)
                break;
        }
        if (Status m = m_store.setMeta(kLastSyncKey, nowText()); !m)
            return m;
        return m_store.setMeta(kLastErrorKey, QString());
    }();
    if (!s) {
        (void)m_store.setMeta(kLastErrorKey, s.error().toString());
        return s.error();
    }
    report(u"done"_s);
    return m_report;
}

ApiReply SyncEngine::withRetry(const std::function<ApiReply()> &request)
{
    int delay = m_settings.initialBackoffMs;
    for (int attempt = 1;; ++attempt) {
        ApiReply reply = request();
        if (!reply.transient() || attempt >= m_settings.maxAttempts || cancelled())
            return reply;
        // Exponential, with jitter so that many clients coming back together do not arrive together.
        int wait = reply.retryAfterSeconds > 0 ? reply.retryAfterSeconds * 1000
                                               : int(delay * (0.5 + QRandomGenerator::global()->generateDouble()));
        wait = std::min(wait, m_settings.maxBackoffMs);
        qCInfo(lcSync) << "no answer from the server (" << reply.status << reply.message << "); trying again in" << wait
                       << "ms";
        for (int slept = 0; slept < wait && !cancelled(); slept += 50)
            QThread::msleep(50);
        delay = std::min(delay * 2, m_settings.maxBackoffMs);
    }
}

Status SyncEngine::failure(const ApiReply &reply, const QString &what) const
{
    const QString where = m_client.server().toDisplayString();
    if (reply.errorCode == u"sign-in-required")
        return Error {u"sign-in-required"_s, u"sign in again (%1); unsent changes are kept"_s.arg(reply.message),
                      where};
    if (reply.status == 0)
        return Error {u"unreachable"_s,
                      u"the server could not be reached after %1 attempts (%2); unsent changes are kept"_s
                          .arg(m_settings.maxAttempts)
                          .arg(reply.message),
                      where};
    return Error {reply.errorCode.isEmpty() ? u"http-%1"_s.arg(reply.status) : reply.errorCode,
                  u"%1 failed: %2"_s.arg(what, reply.message), where};
}

Status SyncEngine::pushAll()
{
    for (;;) {
        if (cancelled())
            return Error {u"cancelled"_s, u"sync cancelled; unsent changes are kept"_s, {}};
        auto rows = m_store.outbox(m_settings.pushBatch);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return success();
        // Written out directly: each row's changes are JSON text already.
        QString text;
        text.reserve(64 + rows->size() * 512);
        text += u"{\"device_id\":"_s;
        appendJsonString(text, m_deviceId);
        text += u",\"epoch\":"_s;
        appendJsonString(text, m_epoch);
        text += u",\"changes\":["_s;
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const OutboxEntry &e = rows->at(i);
            text += i ? u",{\"change_id\":"_s : u"{\"change_id\":"_s;
            appendJsonString(text, e.changeId);
            text += u",\"entity\":"_s;
            appendJsonString(text, e.entity);
            text += u",\"record_id\":"_s;
            appendJsonString(text, e.recordId);
            text += u",\"base_rev\":"_s + QString::number(e.baseRev) + u",\"operation\":"_s;
            appendJsonString(text, e.operation);
            text += u",\"changes\":"_s + e.changesText + u'}';
        }
        text += u"]}"_s;
        const QByteArray body = text.toUtf8();
        report(u"push"_s);
        const ApiReply reply = withRetry([&] { return m_client.post(u"/api/v1/sync/push"_s, body); });
        if (reply.status == 409 && reply.errorCode == u"epoch-changed") {
            const QString epoch = reply.json().value(u"error"_s).toObject().value(u"epoch"_s).toString();
            if (Status s = recover(epoch); !s)
                return s;
            continue;
        }
        if (reply.status != 200)
            return failure(reply, u"push"_s);
        const QJsonArray results = reply.json().value(u"results"_s).toArray();
        if (results.isEmpty())
            return Error {u"protocol"_s, u"the server answered a push without receipts"_s,
                          m_client.server().toDisplayString()};
        if (Status s = applyReceipts(*rows, results); !s)
            return s;
    }
}

Status SyncEngine::applyReceipts(const QList<OutboxEntry> &sent, const QJsonArray &results)
{
    QHash<QString, const OutboxEntry *> byId;
    for (const OutboxEntry &e : sent)
        byId.insert(e.changeId, &e);
    qint64 answered = 0;
    Status s = m_store.transaction([&]() -> Status {
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            const OutboxEntry *e = byId.value(r.value(u"change_id"_s).toString());
            if (!e)
                continue;
            const QString result = r.value(u"result"_s).toString();
            const qint64 rev = r.value(u"rev"_s).toInteger();
            if (Status removed = m_store.removeOutboxEntry(e->changeId); !removed)
                return removed;
            ++answered;
            if (result == u"applied" || result == u"merged") {
                ++(result == u"applied" ? m_report.applied : m_report.merged);
                // The record's base moves to the server's rev; its values come with the next pull.
                if (Status moved = m_store.advanceRev(typeOf(e->entity), e->recordId, rev); !moved)
                    return moved;
                continue;
            }
            SyncConflict c;
            const QJsonObject conflict = r.value(u"conflict"_s).toObject();
            c.id = conflict.value(u"id"_s).toString();
            if (c.id.isEmpty())
                c.id = newId();
            c.changeId = e->changeId;
            c.entity = e->entity;
            c.recordId = e->recordId;
            c.operation = e->operation;
            c.kind = result == u"conflict" ? u"conflict"_s : u"rejected"_s;
            c.reasonCode = r.value(u"reason"_s).toObject().value(u"code"_s).toString();
            c.reason = r.value(u"reason"_s).toObject().value(u"message"_s).toString();
            c.baseRev = e->baseRev;
            c.serverRev = rev;
            c.fields = result == u"conflict" ? conflict.value(u"fields"_s).toObject() : e->changes;
            // A rejection of a record this user may read carries the server's values of the fields: they,
            // not the change's old values, are the server's side (a pull may have passed them over).
            const QJsonObject current = r.value(u"current"_s).toObject();
            for (auto it = current.begin(); it != current.end(); ++it) {
                if (!c.fields.contains(it.key()))
                    continue;
                QJsonObject field = c.fields.value(it.key()).toObject();
                field.insert(u"theirs"_s, it.value());
                c.fields.insert(it.key(), field);
            }
            c.createdAt = nowText();
            ++(result == u"conflict" ? m_report.conflicts : m_report.rejected);
            qCInfo(lcSync) << "change" << e->changeId << "of" << e->recordId << result << c.reasonCode << c.reason;
            if (Status added = SyncConflicts::add(m_store, c); !added)
                return added;
        }
        return success();
    });
    if (!s)
        return s;
    if (answered == 0)
        return Error {u"protocol"_s, u"the server's receipts answer none of the changes sent"_s,
                      m_client.server().toDisplayString()};
    m_report.pushed += answered;
    return success();
}

Status SyncEngine::pullAll(bool recovering)
{
    auto checkpoint = m_store.meta(kCheckpointKey);
    if (!checkpoint)
        return checkpoint.error();
    qint64 since = recovering ? 0 : checkpoint->toLongLong();
    const QString epoch = recovering ? m_newEpoch : m_epoch;
    for (;;) {
        if (cancelled())
            return Error {u"cancelled"_s, u"sync cancelled; what was received so far is kept"_s, {}};
        QUrlQuery query;
        query.addQueryItem(u"since"_s, QString::number(since));
        query.addQueryItem(u"limit"_s, QString::number(m_settings.pullPage));
        if (!epoch.isEmpty())
            query.addQueryItem(u"epoch"_s, epoch);
        const QString path = u"/api/v1/sync/pull?"_s + query.toString(QUrl::FullyEncoded);
        report(recovering ? u"recover"_s : u"pull"_s);
        const ApiReply reply = withRetry([&] { return m_client.get(path); });
        if (reply.status == 409 && reply.errorCode == u"epoch-changed" && !recovering)
            return recover(reply.json().value(u"error"_s).toObject().value(u"epoch"_s).toString());
        if (reply.status != 200)
            return failure(reply, u"pull"_s);
        auto page = decodePullPage(reply.body, since);
        if (!page)
            return Error {page.error().code, page.error().message, m_client.server().toDisplayString()};
        if (m_epoch.isEmpty() && !recovering) {
            m_epoch = page->epoch;
            if (Status s = m_store.setMeta(kEpochKey, m_epoch); !s)
                return s;
        }
        if (Status s = applyPage(page->changes, page->nextSince, recovering); !s)
            return s;
        since = page->nextSince;
        if (!page->hasMore)
            return success();
    }
}

Result<PullPage> SyncEngine::decodePullPage(const QByteArray &body, qint64 since)
{
    auto protocol = [](const QString &message) { return Error {u"protocol"_s, message, {}}; };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return protocol(u"the server's pull answer is not JSON"_s);
    const QJsonObject o = doc.object();
    PullPage page;
    const QJsonValue epoch = o.value(u"epoch"_s);
    if (!epoch.isString() && !epoch.isUndefined())
        return protocol(u"the server's pull answer has an epoch that is not a string"_s);
    page.epoch = epoch.toString();
    const QJsonValue next = o.value(u"next_since"_s);
    if (!next.isDouble() || next.toDouble() != double(next.toInteger()))
        return protocol(u"the server's pull answer has no whole next_since"_s);
    page.nextSince = next.toInteger();
    const QJsonValue hasMore = o.value(u"has_more"_s);
    if (!hasMore.isBool() && !hasMore.isUndefined())
        return protocol(u"the server's pull answer has a has_more that is not true or false"_s);
    page.hasMore = hasMore.toBool();
    // A checkpoint that goes back, or stays while there is more, would pull the same pages for ever.
    if (page.nextSince < since || (page.hasMore && page.nextSince == since))
        return protocol(
            u"the server's pull answer does not move on from %1 (next_since %2)"_s.arg(since).arg(page.nextSince));
    const QJsonValue changes = o.value(u"changes"_s);
    if (!changes.isArray())
        return protocol(u"the server's pull answer has no list of changes"_s);
    const QJsonArray list = changes.toArray();
    page.changes.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto bad = [&](const QString &what) {
            return protocol(u"change %1 of the server's pull answer: %2"_s.arg(i).arg(what));
        };
        if (!list.at(i).isObject())
            return bad(u"not an object"_s);
        const QJsonObject c = list.at(i).toObject();
        RemoteChange change;
        const QString entity = c.value(u"entity"_s).toString();
        if (entity == u"service")
            change.type = EntityType::Service;
        else if (entity == u"department")
            change.type = EntityType::Department;
        else
            return bad(u"entity is neither service nor department"_s);
        const QJsonValue id = c.value(u"id"_s);
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
            return bad(u"no id"_s);
        change.id = id.toString();
        const QJsonValue rev = c.value(u"rev"_s);
        if (!rev.isDouble() || rev.toDouble() < 1 || rev.toDouble() > 9e15 || rev.toDouble() != double(rev.toInteger()))
            return bad(u"rev is not a whole number from 1"_s);
        change.rev = rev.toInteger();
        const QJsonValue deleted = c.value(u"deleted"_s);
        if (!deleted.isBool() && !deleted.isUndefined())
            return bad(u"deleted is not true or false"_s);
        change.deleted = deleted.toBool();
        if (!change.deleted) {
            const QJsonValue record = c.value(u"record"_s);
            if (!record.isObject())
                return bad(u"no record"_s);
            auto parsed = Record::fromJson(change.type, record.toObject());
            if (!parsed)
                return bad(u"the record does not read: "_s + parsed.error().toString());
            change.record = *parsed;
            change.record.id = change.id;
            change.record.rev = change.rev;
            change.record.deleted = false;
            const QJsonValue published = c.value(u"published"_s);
            if (!published.isUndefined() && !published.isNull()) {
                if (change.type != EntityType::Service || !published.isObject())
                    return bad(u"published is not a service"_s);
                auto version = Record::fromJson(EntityType::Service, published.toObject());
                if (!version)
                    return bad(u"the published version does not read: "_s + version.error().toString());
                const qint64 publishedRev = published.toObject().value(u"rev"_s).toInteger();
                if (publishedRev < 1 || publishedRev > change.rev)
                    return bad(u"the published version's rev is not between 1 and the record's"_s);
                version->id = change.id;
                version->rev = publishedRev;
                version->deleted = false;
                change.published = *version;
            }
        } else {
            change.record = Record(change.type);
        }
        page.changes.append(change);
    }
    return page;
}

Status SyncEngine::applyPage(const QList<RemoteChange> &changes, qint64 nextSince, bool recovering)
{
    // The page and the checkpoint after it, together: a crash repeats the page or nothing.
    Status s = m_store.transaction([&]() -> Status {
        auto page = PageLookup::read(m_store, changes);
        if (!page)
            return page.error();
        for (const RemoteChange &c : changes) {
            if (Status applied = applyRemote(c, recovering, *page); !applied)
                return applied;
            if (Status kept = keepPublished(c, *page); !kept)
                return kept;
        }
        return m_store.setMeta(kCheckpointKey, QString::number(nextSince));
    });
    if (s)
        m_report.pulled += changes.size();
    return s;
}

Status SyncEngine::keepPublished(const RemoteChange &change, PageLookup &page)
{
    // The server's published version of a service (DESIGN.md §5), kept apart from the working one: the
    // approved version itself, the one sent along with a reworked service, or none.
    if (change.type != EntityType::Service)
        return success();
    const auto publish = [&](const Service &version) {
        page.published.insert(change.id);
        return m_store.setPublished(version);
    };
    if (change.published)
        return publish(Service(*change.published));
    if (!change.deleted && change.record.text(u"state") == u"approved")
        return publish(Service(change.record));
    if (!page.published.contains(change.id))
        return success(); // nothing to take off (most services of a first pull)
    page.published.remove(change.id);
    return m_store.unpublish(change.id);
}

Status SyncEngine::applyRemote(const RemoteChange &change, bool recovering, PageLookup &page)
{
    const EntityType type = change.type;
    const QString &id = change.id;
    const qint64 rev = change.rev;
    if (recovering)
        m_seen.insert(id);
    std::optional<Record> local;
    if (auto known = page.local(type, id)) {
        local = std::move(*known);
    } else {
        auto read = m_store.record(type, id);
        if (!read)
            return read.error();
        local = std::move(*read);
    }
    std::pair<QSet<QString>, bool> pending;
    if (!page.knowsNoPending(id)) {
        auto read = pendingFields(m_store, id);
        if (!read)
            return read.error();
        pending = std::move(*read);
    }
    const bool hasPending = !pending.first.isEmpty() || pending.second;
    const auto save
        = [&](const Record &record, const std::optional<Record> &current, const QString &operation = u"sync"_s) {
              page.wrote(record, current);
              return m_store.saveAsGiven(record, current, SaveOptions::given(operation)).status();
          };

    if (change.deleted) {
        if (!local || hasPending)
            return success(); // nothing to delete, or local changes the server will answer for
        if (local->deleted && local->rev >= rev)
            return success();
        // Deleted here too, perhaps by a change the server refused: the tombstone's rev says the server's
        // side is the deletion, so that taking "theirs" on that refusal does not bring the record back.
        Record gone = *local;
        gone.deleted = true;
        gone.rev = rev;
        return save(gone, local);
    }

    Record remote = change.record;

    if (local && hasPending) {
        // Locally changed fields stay as they are until the server has answered for them.
        for (const QString &field : std::as_const(pending.first)) {
            if (remote.schema().field(field))
                remote.setValue(field, local->value(field));
        }
        remote.deleted = local->deleted;
        return save(remote, local);
    }
    if (recovering && local && !local->deleted && local->rev > rev) {
        // The restored server lacks the versions this catalogue has: offer them back.
        Record mine = *local;
        mine.rev = rev;
        if (Status s = save(mine, local); !s)
            return s;
        QList<FieldChange> changes;
        for (const FieldChange &c : diffRecords(remote, mine)) {
            if (!remote.schema().field(c.field)->managed)
                changes.append(c);
        }
        if (changes.isEmpty())
            return success();
        ++m_report.reoffered;
        return m_store.enqueue(mine, rev, u"upsert"_s, changes);
    }
    if (type == EntityType::Service
        && (!local || local->text(u"code") != remote.text(u"code")
            || local->text(u"department_code") != remote.text(u"department_code"))
        && !page.keyFreeFor(Service(remote).key(), id)) {
        // A service created here, never accepted by the server, may hold the code the server now gives
        // another: it is set aside (deleted here, kept under conflicts) rather than blocking the pull.
        auto clash = m_store.service(Service(remote).key());
        if (clash && clash->id != id) {
            const Record held = *clash;
            Record aside = held;
            SyncConflict c;
            c.id = newId();
            c.changeId = c.id;
            c.entity = u"service"_s;
            c.recordId = aside.id;
            c.operation = u"upsert"_s;
            c.kind = u"rejected"_s;
            c.reasonCode = u"duplicate-code"_s;
            c.reason
                = u"the server gave code %1 to another service; this one was set aside"_s.arg(Service(remote).key());
            c.fields = changesToJson(aside.schema(), diffRecords(Record(EntityType::Service), aside));
            c.createdAt = nowText();
            if (Status added = SyncConflicts::add(m_store, c); !added)
                return added;
            aside.deleted = true;
            if (Status s = save(aside, held, u"set aside"_s); !s)
                return s;
        }
    }
    if (type == EntityType::Department && !local) {
        // A department made here under a code the server has too (codes are unique, deleted or not): it
        // is the same department; it takes the server's id, and the server's values below.
        auto same = m_store.department(remote.text(u"code"));
        if (same && same->id != id) {
            page.staleIds << same->id << id;
            if (Status s = m_store.changeId(EntityType::Department, same->id, id); !s)
                return s;
            return m_store.saveAsGiven(remote, SaveOptions::given(u"sync"_s)).status(); // the row renumbered
        }
    }
    return save(remote, local);
}

Status SyncEngine::recover(const QString &newEpoch)
{
    if (newEpoch.isEmpty())
        return Error {u"protocol"_s, u"the server changed its epoch without naming the new one"_s,
                      m_client.server().toDisplayString()};
    qCInfo(lcSync) << "the server's epoch changed from" << m_epoch << "to" << newEpoch << "; pulling everything again";
    m_report.epochChanged = true;
    m_newEpoch = newEpoch;
    m_seen.clear();
    if (Status s = pullAll(true); !s)
        return s;
    // What the server does not have at all any more: offer it again as new records.
    Status s = m_store.transaction([&]() -> Status {
        for (EntityType type : {EntityType::Department, EntityType::Service}) {
            auto rows = m_store.select(type == EntityType::Department
                                           ? u"SELECT id FROM departments WHERE rev > 0 AND deleted = 0 ORDER BY rid"_s
                                           : u"SELECT id FROM services WHERE rev > 0 AND deleted = 0 ORDER BY rid"_s);
            if (!rows)
                return rows.error();
            for (const SqlRow &row : std::as_const(*rows)) {
                const QString id = row.at(0).toString();
                if (m_seen.contains(id))
                    continue;
                auto local = m_store.record(type, id);
                if (!local)
                    return local.error();
                if (!*local)
                    continue;
                Record mine = **local;
                mine.rev = 0;
                if (Status saved = m_store.saveAsGiven(mine, SaveOptions::given(u"sync"_s)).status(); !saved)
                    return saved;
                QList<FieldChange> changes;
                for (const FieldChange &c : diffRecords(Record(type), mine)) {
                    if (!mine.schema().field(c.field)->managed)
                        changes.append(c);
                }
                if (Status queued = m_store.enqueue(mine, 0, u"upsert"_s, changes); !queued)
                    return queued;
                ++m_report.reoffered;
            }
        }
        return m_store.setMeta(kEpochKey, m_newEpoch);
    });
    if (!s)
        return s;
    m_epoch = m_newEpoch;
    m_seen.clear();
    return success();
}

} // namespace Fehrist::Core
