#pragma once

#include <QString>

namespace Fehrist::Core {

/// A new record or change id: a UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, then random
/// bits. Ids made one after another sort together, so the B-tree indexes on them grow at one end
/// instead of touching a random page per insert (several times less I/O for a batch of new records),
/// and they remain globally unique UUIDs like any other.
QString newId();

} // namespace Fehrist::Core
