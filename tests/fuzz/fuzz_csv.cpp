// libFuzzer target for the CSV reader (tests/fuzz/README.md). Besides not crashing: every error names
// where it is, and what was read, written back with Csv::row and read again, is the same.
#include "core/io/csv.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxCellChars = 4096;
    limits.maxColumns = 64;
    auto rows = Csv::parse(bytes, u"fuzz.csv"_s, limits);
    if (!rows) {
        if (!rows.error().where.startsWith(u"fuzz.csv"_s) || rows.error().message.isEmpty())
            std::abort(); // an error that does not say where, or what
        return 0;
    }
    QByteArray again;
    for (const CsvRow &row : std::as_const(*rows)) {
        if (row.line < 1 || row.cells.size() > limits.maxColumns)
            std::abort();
        again += Csv::row(row.cells).toUtf8();
    }
    auto reread = Csv::parse(again, u"again.csv"_s, limits);
    if (!reread || reread->size() != rows->size())
        std::abort();
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (reread->at(i).cells != rows->at(i).cells)
            std::abort();
    }
    return 0;
}
