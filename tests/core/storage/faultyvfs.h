#pragma once

namespace Fehrist::Test {

/// An SQLite VFS that wraps the default one and fails writes and syncs on demand with SQLITE_IOERR, as a
/// failing disk would. Installed as the process's default VFS, it reaches every connection opened
/// afterwards, Qt's SQLite driver's included (Debian's links the system libsqlite3, as the tests do).
namespace FaultyVfs {
void install();
void uninstall();
/// After `n` more writes or syncs, every one fails (n = 0: the next); -1: none fails.
void failAfter(int n);
int failures();
} // namespace FaultyVfs

} // namespace Fehrist::Test
