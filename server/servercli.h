#pragma once

#include <QStringList>

class QTextStream;

namespace Fehrist::Server {

/// Runs one fehrist-server command (DESIGN.md §7, docs/admin.md) with the given arguments (without the
/// program name). Returns the exit code: 0 success, 1 failure (one line on `err` says why), 2 wrong usage.
/// `serve` runs until SIGTERM or SIGINT, then finishes the requests in flight and returns 0.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Fehrist::Server
