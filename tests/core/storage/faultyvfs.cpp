#include "tests/core/storage/faultyvfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace Fehrist::Test::FaultyVfs {

namespace {

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<int> g_left {-1};
std::atomic<int> g_failures {0};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

bool failNow()
{
    int left = g_left.load();
    while (left > 0 && !g_left.compare_exchange_weak(left, left - 1)) { }
    if (left == 0) {
        ++g_failures;
        return true;
    }
    return false;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    return failNow() ? SQLITE_IOERR_WRITE : real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return failNow() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **out)
{
    return real(f)->pMethods->xFetch(real(f), o, n, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.zName = "fehrist-faulty";
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.xOpen = &xOpen;
    g_vfs.pNext = nullptr;
    g_methods = sqlite3_io_methods {3,
                                    &xClose,
                                    &xRead,
                                    &xWrite,
                                    &xTruncate,
                                    &xSync,
                                    &xFileSize,
                                    &xLock,
                                    &xUnlock,
                                    &xCheckReservedLock,
                                    &xFileControl,
                                    &xSectorSize,
                                    &xDeviceCharacteristics,
                                    &xShmMap,
                                    &xShmLock,
                                    &xShmBarrier,
                                    &xShmUnmap,
                                    &xFetch,
                                    &xUnfetch};
    sqlite3_vfs_register(&g_vfs, 1);
}

void uninstall()
{
    if (!g_real)
        return;
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_real, 1);
    g_real = nullptr;
}

void failAfter(int n)
{
    g_left = n;
}

int failures()
{
    return g_failures.load();
}

} // namespace Fehrist::Test::FaultyVfs
