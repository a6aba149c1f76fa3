#pragma once

#include <QStringList>

class QTextStream;

namespace Fehrist::Cli {

/// Runs one fehrist-cli command (DESIGN.md §7) with the given arguments (without the program name).
/// Returns the process exit code: 0 success, 1 the command failed (one line on `err` says why and
/// where), 2 the command line itself is wrong.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Whether the command paints (`report`): it then needs a QGuiApplication, which main() makes on the
/// offscreen platform, so that no display is needed.
bool needsGui(const QStringList &arguments);

} // namespace Fehrist::Cli
