// libFuzzer target for the client's pull decoder (tests/fuzz/README.md): the bytes of a pull response go
// through SyncEngine::decodePullPage(), as a client takes them from a server it cannot trust to be
// well-formed. Besides not crashing: every refusal says what is wrong; every page accepted moves the
// client on (no endless pulling of the same page) and holds records that survive being written back as
// JSON and read again.
#include "core/sync/syncengine.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The page asked for: from the start, and from further on (a checkpoint the page must not go back on).
    for (const qint64 since : {qint64(0), qint64(150)}) {
        auto page = SyncEngine::decodePullPage(bytes, since);
        if (!page) {
            if (page.error().code != u"protocol" || page.error().message.isEmpty())
                std::abort();
            continue;
        }
        if (page->nextSince < since || (page->hasMore && page->nextSince <= since))
            std::abort();
        for (const RemoteChange &c : std::as_const(page->changes)) {
            if (c.id.isEmpty() || c.rev < 1)
                std::abort();
            if (c.deleted)
                continue;
            if (c.record.id != c.id || c.record.rev != c.rev || c.record.type() != c.type)
                std::abort();
            auto again = Record::fromJson(c.type, c.record.toJson());
            if (!again || !diffRecords(c.record, *again).isEmpty())
                std::abort();
        }
    }
    return 0;
}
