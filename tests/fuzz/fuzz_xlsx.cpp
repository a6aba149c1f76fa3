// libFuzzer target for the XLSX reader (tests/fuzz/README.md): no crash, no hang, memory within the
// limits, every error naming where it is, every row within the limits.
#include "core/io/xlsx.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    XlsxLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxPartBytes = 16 << 20;
    limits.maxCellChars = 4096;
    limits.maxTotalChars = 1 << 20;
    limits.maxRows = 10000;
    limits.maxColumns = 64;
    auto rows = Xlsx::read(&buffer, u"fuzz.xlsx"_s, limits);
    if (!rows) {
        if (!rows.error().where.startsWith(u"fuzz.xlsx"_s) || rows.error().message.isEmpty())
            std::abort();
        return 0;
    }
    int previous = 0;
    for (const XlsxRow &row : std::as_const(*rows)) {
        if (row.line <= previous || row.cells.size() > limits.maxColumns)
            std::abort(); // rows in order, within the limits
        previous = row.line;
        for (const QString &cell : row.cells) {
            if (cell.size() > limits.maxCellChars)
                std::abort();
        }
    }
    return 0;
}
