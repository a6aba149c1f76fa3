// libFuzzer target for the server's push decoder (tests/fuzz/README.md): the bytes of a request body go
// through parseJsonObject() and SyncService::parsePush(), as POST /api/v1/sync/push takes them. Besides
// not crashing: every refusal is one the API answers with 400 or 413 and says what is wrong, and every
// push accepted holds only what apply() relies on.
#include "server/http.h"
#include "server/syncservice.h"

#include <QSet>
#include <QUuid>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Fehrist::Server;

namespace {

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto body = parseJsonObject(bytes);
    if (!body) {
        if (body.error().code != u"invalid-json" || body.error().message.isEmpty())
            std::abort();
        return 0;
    }
    auto push = SyncService::parsePush(*body);
    if (!push) {
        const QString &code = push.error().code;
        if ((code != u"invalid" && code != u"too-many") || push.error().message.isEmpty())
            std::abort(); // an answer other than 400/413, or one that does not say what is wrong
        return 0;
    }
    static const QStringList operations {u"upsert"_s, u"delete"_s, u"submit"_s, u"approve"_s, u"return"_s};
    if (push->deviceId.trimmed().isEmpty() || push->deviceId.size() > 200
        || push->changes.size() > SyncService::kMaxChanges)
        std::abort();
    QSet<QString> ids;
    for (const ChangeInput &c : std::as_const(push->changes)) {
        if (!isUuid(c.changeId) || !isUuid(c.recordId) || c.baseRev < 0 || !operations.contains(c.operation))
            std::abort();
        if (ids.contains(c.changeId))
            std::abort();
        ids.insert(c.changeId);
        if (c.operation == u"upsert" && c.edits.isEmpty())
            std::abort();
        if (c.operation == u"return" && c.comment.trimmed().isEmpty())
            std::abort();
        for (const FieldEdit &e : c.edits) {
            if (!Fehrist::Core::Schema::of(c.entity).field(e.field))
                std::abort();
        }
    }
    return 0;
}
