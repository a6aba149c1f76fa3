#include "server/database.h"

#include "core/domain/ids.h"
#include "server/auditlog.h"
#include "server/serverschema.h"

#include <map>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

// One connection per database per thread, closed when the thread ends (in that thread).
thread_local std::map<QString, std::unique_ptr<Store>> t_connections;

} // namespace

Result<std::unique_ptr<Store>> Database::open(const QString &url, OpenMode mode)
{
    auto store = Store::open(url, mode);
    if (!store) {
        Error e = store.error();
        if (e.code == u"not-found")
            e.message = u"no such server database; create it with 'fehrist-server init'"_s;
        return e;
    }
    if (Status s = (*store)->migrateModule(ServerSchema::kVersionKey, ServerSchema::steps()); !s)
        return s.error();
    if (auto chained = AuditLog::chainPending(**store); !chained)
        return chained.error();
    auto epoch = (*store)->meta(ServerSchema::kEpochKey);
    if (!epoch)
        return epoch.error();
    if (epoch->isEmpty()) {
        if (mode == OpenMode::ExistingOnly)
            return Error {u"not-initialised"_s, u"is not a Fehrist server database yet; run 'fehrist-server init'"_s,
                          (*store)->url().displayName()};
        Status s = (*store)->transaction([&]() -> Status {
            // Two processes initialising one PostgreSQL database: only the first makes the epoch.
            auto again = (*store)->meta(ServerSchema::kEpochKey);
            if (!again)
                return again.error();
            if (!again->isEmpty())
                return success();
            return (*store)->setMeta(ServerSchema::kEpochKey, newId());
        });
        if (!s)
            return s.error();
    }
    return store;
}

Result<QString> Database::epoch(Store &store)
{
    return store.meta(ServerSchema::kEpochKey);
}

Result<Store *> Database::local()
{
    auto it = t_connections.find(m_url);
    if (it != t_connections.end())
        return it->second.get();
    auto store = Store::open(m_url, OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    Store *raw = store->get();
    t_connections.emplace(m_url, std::move(*store));
    return raw;
}

Status Database::write(Store &store, const std::function<Status()> &work)
{
    if (!store.dialect().isSQLite())
        return store.transaction(work);
    QMutexLocker locker(&m_sqliteWriters);
    return store.transaction(work);
}

} // namespace Fehrist::Server
