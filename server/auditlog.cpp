#include "server/auditlog.h"

#include "server/logging.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

const QString kColumns = u"n, at, actor, action, entity, record_id, detail, prev_hash, hash, id"_s;
constexpr int kWalkPage = 1000;
// How far from its slot a moved entry is looked for (verify's diagnosis only).
constexpr qint64 kMoveWindow = 1000;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// What the database gives back must hash as what was written: a lone surrogate does not survive a
// round trip through UTF-8 and PostgreSQL refuses NUL in text, so neither is written at all.
QString storable(const QString &text)
{
    QString out = QString::fromUtf8(text.toUtf8());
    out.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return out;
}

// A JSON string as RFC 8785 (JSON Canonicalization Scheme) writes it: only ", \ and control
// characters are escaped, everything else is raw UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendMember(QByteArray &out, const char *key, const QString &value)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
    if (value.isEmpty())
        out += "null";
    else
        appendJsonString(out, value);
}

AuditEntry entryFromRow(const SqlRow &r)
{
    AuditEntry e;
    e.n = r.at(0).toLongLong();
    e.at = r.at(1).toString();
    e.actor = r.at(2).toString();
    e.action = r.at(3).toString();
    e.entity = r.at(4).toString();
    e.recordId = r.at(5).toString();
    e.detail = r.at(6).toString();
    e.prevHash = r.at(7).toString();
    e.hash = r.at(8).toString();
    return e;
}

bool selfConsistent(const AuditEntry &e)
{
    return !e.hash.isEmpty() && AuditLog::chainHash(e.prevHash, e) == e.hash;
}

// Takes the next place in the chain: moves the head (holding its row lock until the caller commits)
// and fills in n, prevHash and hash.
Status place(Store &store, AuditEntry &entry)
{
    // With a value to bind the statement is prepared once per connection, not parsed for every entry.
    auto head = store.select(u"UPDATE srv_audit_head SET n = n + 1 WHERE id = ? RETURNING n, hash"_s, {1});
    if (!head)
        return head.error();
    if (head->isEmpty())
        return Error {u"database"_s, u"the audit log's head row (srv_audit_head) is missing"_s, {}};
    entry.n = head->constFirst().at(0).toLongLong();
    entry.prevHash = head->constFirst().at(1).toString();
    entry.hash = AuditLog::chainHash(entry.prevHash, entry);
    auto moved = store.execute(u"UPDATE srv_audit_head SET hash = ?, at = ? WHERE id = 1"_s, {entry.hash, entry.at});
    if (!moved)
        return moved.error();
    return success();
}

QString describe(qint64 n, const QString &at, const QString &action)
{
    QString text = u"entry %1"_s.arg(n);
    if (!at.isEmpty())
        text += u" (%1, %2)"_s.arg(at, action.isEmpty() ? u"?"_s : action);
    return text;
}

// An entry whose hash does not match its content: was it changed, or moved from another place?
Result<AuditProblem> diagnose(Store &store, const AuditEntry &e, qint64 rowId)
{
    AuditProblem p {u"altered"_s, e.n, e.at, e.action, {}};
    // Moved whole (hashes and all) from slot k: its hashes still fit its content numbered k.
    auto fitsAs = [&](qint64 k) {
        AuditEntry moved = e;
        moved.n = k;
        return k != e.n && k >= 1 && AuditLog::chainHash(e.prevHash, moved) == e.hash;
    };
    std::optional<qint64> from;
    if (e.prevHash == AuditLog::genesis()) {
        if (fitsAs(1))
            from = 1;
    } else {
        auto linked = store.select(u"SELECT n FROM srv_audit WHERE hash = ?"_s, {e.prevHash});
        if (!linked)
            return linked.error();
        for (const SqlRow &r : std::as_const(*linked)) {
            if (fitsAs(r.at(0).toLongLong() + 1))
                from = r.at(0).toLongLong() + 1;
        }
    }
    for (qint64 k = std::max<qint64>(1, e.n - kMoveWindow); !from && k <= e.n + kMoveWindow; ++k) {
        if (fitsAs(k))
            from = k;
    }
    if (from) {
        p.kind = u"out-of-order"_s;
        p.message = u"it was written as entry %1 and has been moved: entries were reordered"_s.arg(*from);
        return p;
    }
    // Its content alone moved here (the hash columns stayed): another slot's hashes fit this content.
    qint64 lastN = 0;
    qint64 lastId = -1;
    for (;;) {
        auto rows = store.select(
            u"SELECT "_s + kColumns
                + u" FROM srv_audit WHERE n >= 1 AND (n > ? OR (n = ? AND id > ?)) ORDER BY n, id LIMIT ?"_s,
            {lastN, lastN, lastId, kWalkPage});
        if (!rows)
            return rows.error();
        for (const SqlRow &r : std::as_const(*rows)) {
            const AuditEntry slot = entryFromRow(r);
            lastN = slot.n;
            lastId = r.at(9).toLongLong();
            if (lastId == rowId)
                continue;
            AuditEntry candidate = e;
            candidate.n = slot.n;
            if (!slot.hash.isEmpty() && AuditLog::chainHash(slot.prevHash, candidate) == slot.hash) {
                p.kind = u"out-of-order"_s;
                p.message = u"it holds what was written as entry %1: entries were reordered (swapped)"_s.arg(slot.n);
                return p;
            }
        }
        if (rows->size() < kWalkPage)
            break;
    }
    p.message = u"its content does not match its hash: it was changed after it was written"_s;
    return p;
}

struct Walk
{
    qint64 lastN = 0;
    qint64 lastId = -1;
    QString lastHash = AuditLog::genesis();
    QString lastAt;
    QString lastAction;
    qint64 count = 0;
    std::optional<AuditProblem> problem;
};

// Checks entries after walk.lastN (up to `upTo`, if given) in chain order, stopping at the first
// problem.
Status walk(Store &store, Walk &w, std::optional<qint64> upTo)
{
    const QString sql = u"SELECT "_s + kColumns
        + u" FROM srv_audit WHERE n >= 1 AND (n > ? OR (n = ? AND id > ?)) AND n <= ? "_s + u"ORDER BY n, id LIMIT ?"_s;
    for (;;) {
        auto rows = store.select(
            sql, {w.lastN, w.lastN, w.lastId, upTo.value_or(std::numeric_limits<qint64>::max()), kWalkPage});
        if (!rows)
            return rows.error();
        for (const SqlRow &r : std::as_const(*rows)) {
            const AuditEntry e = entryFromRow(r);
            const qint64 rowId = r.at(9).toLongLong();
            if (e.n == w.lastN) {
                w.problem = AuditProblem {u"out-of-order"_s, e.n, e.at, e.action,
                                          u"a second entry has this number: entries were copied or renumbered"_s};
                return success();
            }
            if (e.n > w.lastN + 1) {
                const QString range = e.n == w.lastN + 2
                    ? u"entry %1 is missing"_s.arg(w.lastN + 1)
                    : u"entries %1 to %2 are missing"_s.arg(w.lastN + 1).arg(e.n - 1);
                const QString before
                    = w.lastN == 0 ? u"the start of the log"_s : describe(w.lastN, w.lastAt, w.lastAction);
                w.problem = AuditProblem {
                    u"missing"_s,
                    w.lastN + 1,
                    {},
                    {},
                    u"%1 between %2 and %3: removed"_s.arg(range, before, describe(e.n, e.at, e.action))};
                return success();
            }
            if (!selfConsistent(e)) {
                auto p = diagnose(store, e, rowId);
                if (!p)
                    return p.error();
                w.problem = *p;
                return success();
            }
            if (e.prevHash != w.lastHash) {
                w.problem = AuditProblem {
                    u"unlinked"_s, e.n, e.at, e.action,
                    u"it does not follow %1: its prev_hash is %2…, that entry's hash %3…; an entry before it was "
                    u"replaced or reordered"_s.arg(w.lastN == 0 ? u"the start of the log"_s
                                                                : u"entry %1"_s.arg(w.lastN),
                                                   e.prevHash.left(12), w.lastHash.left(12))};
                return success();
            }
            w.lastN = e.n;
            w.lastId = rowId;
            w.lastHash = e.hash;
            w.lastAt = e.at;
            w.lastAction = e.action;
            ++w.count;
        }
        if (rows->size() < kWalkPage)
            return success();
    }
}

} // namespace

AuditEntry AuditEntry::make(const QString &actor, const QString &action, const QString &detail, const QString &entity,
                            const QString &recordId)
{
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.detail = detail;
    e.entity = entity;
    e.recordId = recordId;
    return e;
}

QJsonObject AuditEntry::toJson() const
{
    auto value = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject {{u"n"_s, n},
                        {u"at"_s, at},
                        {u"actor"_s, value(actor)},
                        {u"action"_s, action},
                        {u"entity"_s, value(entity)},
                        {u"record_id"_s, value(recordId)},
                        {u"detail"_s, value(detail)},
                        {u"prev_hash"_s, prevHash},
                        {u"hash"_s, hash}};
}

const QString &AuditLog::genesis()
{
    static const QString zeros(64, u'0');
    return zeros;
}

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    // Keys in sorted order; an empty value is null. docs/api.md documents this form.
    QByteArray out = "{";
    appendMember(out, "action", e.action);
    appendMember(out, "actor", e.actor);
    appendMember(out, "at", e.at);
    appendMember(out, "detail", e.detail);
    appendMember(out, "entity", e.entity);
    out += ",\"n\":" + QByteArray::number(e.n);
    appendMember(out, "record_id", e.recordId);
    out += '}';
    return out;
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonical(entry));
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(Store &store, AuditEntry entry)
{
    if (entry.at.isEmpty())
        entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (QString *text : {&entry.at, &entry.actor, &entry.action, &entry.entity, &entry.recordId, &entry.detail})
        *text = storable(*text);
    if (Status s = place(store, entry); !s)
        return s.error();
    auto r = store.execute(u"INSERT INTO srv_audit (n, at, actor, action, entity, record_id, detail, prev_hash, hash) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {entry.n, entry.at, orNull(entry.actor), entry.action, orNull(entry.entity),
                            orNull(entry.recordId), orNull(entry.detail), entry.prevHash, entry.hash});
    if (!r)
        return r.error();
    return entry;
}

Result<qint64> AuditLog::chainPending(Store &store)
{
    // Only once, after the step that made the chain: an unchained entry found later was written around
    // the log, and chaining it would launder it. verify() reports it instead.
    auto flagged = store.meta(kPendingKey);
    if (!flagged)
        return flagged.error();
    if (flagged->isEmpty())
        return 0;
    static const QString pendingSql = u"SELECT id, at, actor, action, entity, record_id, detail FROM srv_audit "
                                      u"WHERE n IS NULL ORDER BY id LIMIT 500"_s;
    qint64 chained = 0;
    Status s = store.transaction([&]() -> Status {
        // The head's row lock first: another process chaining at the same time waits here, then finds
        // the work done.
        if (auto locked = store.execute(u"UPDATE srv_audit_head SET n = n WHERE id = 1"_s); !locked)
            return locked.error();
        auto again = store.meta(kPendingKey);
        if (!again)
            return again.error();
        if (again->isEmpty())
            return success();
        if (auto cleared = store.execute(u"DELETE FROM meta WHERE key = ?"_s, {kPendingKey}); !cleared)
            return cleared.error();
        for (;;) {
            // Read again under the write lock: another process may have chained them meanwhile.
            auto rows = store.select(pendingSql);
            if (!rows)
                return rows.error();
            for (const SqlRow &r : std::as_const(*rows)) {
                AuditEntry e = AuditEntry::make(r.at(2).toString(), r.at(3).toString(), r.at(6).toString(),
                                                r.at(4).toString(), r.at(5).toString());
                e.at = r.at(1).toString();
                if (Status placed = place(store, e); !placed)
                    return placed;
                if (auto u = store.execute(u"UPDATE srv_audit SET n = ?, prev_hash = ?, hash = ? WHERE id = ?"_s,
                                           {e.n, e.prevHash, e.hash, r.at(0)});
                    !u)
                    return u.error();
                ++chained;
            }
            if (rows->size() < 500)
                return success();
        }
    });
    if (!s)
        return s.error();
    if (chained)
        qCInfo(lcServer) << chained << "audit entries written before the hash chain were chained";
    return chained;
}

Result<AuditVerification> AuditLog::verify(Store &store)
{
    // No snapshot is needed: entries commit in n order together with the head, so the walk reads a
    // prefix of the chain, and the head read after it covers at least that prefix. Entries appended
    // meanwhile are checked up to that head.
    Walk w;
    if (Status s = walk(store, w, std::nullopt); !s)
        return s.error();
    AuditVerification out;
    auto finish = [&]() {
        out.entries = w.count;
        out.head = w.lastHash;
        out.problem = w.problem;
        return out;
    };
    if (w.problem)
        return finish();
    auto head = store.select(u"SELECT n, hash, at FROM srv_audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    if (head->isEmpty()) {
        w.problem = AuditProblem {u"no-head"_s, w.lastN, w.lastAt, w.lastAction,
                                  u"the head row (srv_audit_head) was removed: the end of the log cannot be checked"_s};
        return finish();
    }
    const qint64 headN = head->constFirst().at(0).toLongLong();
    const QString headHash = head->constFirst().at(1).toString();
    const QString headAt = head->constFirst().at(2).toString();
    if (headN > w.lastN) {
        if (Status s = walk(store, w, headN); !s)
            return s.error();
        if (w.problem)
            return finish();
    }
    if (headN > w.lastN) {
        const QString which = headN == w.lastN + 1
            ? u"the last entry (%1, written %2) was removed"_s.arg(headN).arg(headAt)
            : u"the last entries (%1 to %2, the last written %3) were removed"_s.arg(w.lastN + 1)
                  .arg(headN)
                  .arg(headAt);
        w.problem = AuditProblem {
            u"truncated"_s,
            w.lastN + 1,
            headN == w.lastN + 1 ? headAt : QString(),
            {},
            u"the log ends at entry %1 but its head records %2 entries: %3"_s.arg(w.lastN).arg(headN).arg(which)};
        return finish();
    }
    if (headN < w.lastN) {
        w.problem = AuditProblem {u"extra"_s,
                                  headN + 1,
                                  {},
                                  {},
                                  u"the head records %1 entries but the log goes on to entry %2: entries were added "
                                  u"around the audit log, or its head was moved back"_s.arg(headN)
                                      .arg(w.lastN)};
        return finish();
    }
    if (headHash != w.lastHash) {
        w.problem = AuditProblem {
            u"head-mismatch"_s, w.lastN, w.lastAt, w.lastAction,
            u"its hash is not the one the head records (%1…): the last entry was replaced"_s.arg(headHash.left(12))};
        return finish();
    }
    auto loose = store.select(u"SELECT at, action FROM srv_audit WHERE n IS NULL OR n < 1 ORDER BY id LIMIT 1"_s);
    if (!loose)
        return loose.error();
    if (!loose->isEmpty()) {
        w.problem = AuditProblem {u"unchained"_s, 0, loose->constFirst().at(0).toString(),
                                  loose->constFirst().at(1).toString(),
                                  u"an entry has no place in the chain: it was written around the audit log"_s};
        return finish();
    }
    return finish();
}

Result<AuditPage> AuditLog::page(Store &store, qint64 since, int limit)
{
    limit = std::clamp(limit, 1, kMaxPageLimit);
    auto rows = store.select(u"SELECT "_s + kColumns + u" FROM srv_audit WHERE n > ? ORDER BY n LIMIT ?"_s,
                             {since, limit + 1});
    if (!rows)
        return rows.error();
    AuditPage page;
    page.hasMore = rows->size() > limit;
    if (page.hasMore)
        rows->resize(limit);
    for (const SqlRow &r : std::as_const(*rows))
        page.entries.append(entryFromRow(r));
    page.nextSince = page.entries.isEmpty() ? since : page.entries.constLast().n;
    return page;
}

} // namespace Fehrist::Server
