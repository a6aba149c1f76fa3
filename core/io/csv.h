#pragma once

#include "core/error.h"

#include <QStringList>

namespace Fehrist::Core {

/// Bounds on untrusted CSV input.
struct CsvLimits
{
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qsizetype maxCellChars = 64 * 1024;
    qsizetype maxColumns = 200;
};

/// One record of a CSV file and the line it starts on (1-based; a quoted cell may span lines).
struct CsvRow
{
    int line = 0;
    QStringList cells;
    friend bool operator==(const CsvRow &, const CsvRow &) = default;
};

/// RFC 4180 CSV: UTF-8 with or without a BOM, CRLF or LF, quoted cells with commas, doubled quotes and
/// newlines. The whole input is checked first — invalid UTF-8, an unclosed quote, a stray quote, a
/// cell or a file over the limits — and every error names file:line:column.
class Csv
{
public:
    static Result<QList<CsvRow>> parse(const QByteArray &bytes, const QString &fileName, const CsvLimits &limits = {});
    static Result<QList<CsvRow>> readFile(const QString &path, const CsvLimits &limits = {});
    /// A cell as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF (or leading and
    /// trailing spaces, which a spreadsheet would otherwise trim).
    static QString quote(const QString &cell);
    static QString row(const QStringList &cells); ///< joined and terminated with CRLF
};

} // namespace Fehrist::Core
