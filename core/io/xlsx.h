#pragma once

#include "core/error.h"
#include "core/io/csv.h"

#include <QStringList>

class QIODevice;

namespace Fehrist::Core {

/// Bounds on an untrusted XLSX file. An XLSX is a zip of XML parts; a small file can decompress to
/// gigabytes (a zip bomb), so every part is bounded as it is decompressed, not only by what the zip
/// says about itself.
struct XlsxLimits
{
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qint64 maxPartBytes = 512 * 1024 * 1024; ///< one XML part, decompressed
    qint64 maxRatio = 1000; ///< decompressed / compressed, for parts over 16 MB
    int maxParts = 10000;
    qsizetype maxCellChars = 64 * 1024;
    qint64 maxTotalChars = 64 * 1024 * 1024; ///< every cell and shared string kept, together
    int maxRows = 1048576; ///< Excel's own limit
    int maxColumns = 200;
};

/// One row of an XLSX sheet: `line` is the sheet's row number, cells[0] is column A.
using XlsxRow = CsvRow;

/// Reads the first sheet of an XLSX workbook (Office Open XML, as Excel, LibreOffice, openpyxl and
/// libxlsxwriter write it) as text cells: shared and inline strings, numbers (whole numbers without a
/// decimal point), booleans as TRUE/FALSE, dates and times — by the cell's number format — as ISO
/// 8601 text, formulas by their cached value. Empty rows are left out; rows keep their sheet row
/// numbers so that errors can name them. A cell holding a spreadsheet error (#N/A, #REF!, …) is an
/// error naming the cell. `sheetName` picks another sheet than the first; a workbook without it gives
/// the error code "no-sheet".
class Xlsx
{
public:
    static Result<QList<XlsxRow>> read(QIODevice *device, const QString &fileName, const XlsxLimits &limits = {},
                                       const QString &sheetName = {});
    static Result<QList<XlsxRow>> readFile(const QString &path, const XlsxLimits &limits = {},
                                           const QString &sheetName = {});

    /// 1 → "A", 27 → "AA".
    static QString columnName(int column);
};

/// A small XLSX writer over libxlsxwriter: sheets of text and numbers, a bold frozen header row,
/// drop-down lists, hidden sheets. The file is written next to its destination and renamed over it
/// on close, so a failed write leaves no half-written file.
class XlsxWriter
{
public:
    struct DropDown
    {
        int column = 0; ///< 0-based
        int firstRow = 1;
        int lastRow = 1000;
        QString sourceRange; ///< e.g. "Lists!$A$2:$A$16"
        QString title; ///< shown when the cell is selected
    };

    explicit XlsxWriter(const QString &path, bool constantMemory = false);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isOpen() const;
    /// Adds a sheet and makes it the current one.
    void addSheet(const QString &name);
    void writeHeader(int row, const QStringList &cells); ///< bold; freezes the rows above row + 1
    void writeText(int row, int column, const QString &text);
    void writeWrappedText(int row, int column, const QString &text);
    void writeNumber(int row, int column, double value);
    void setColumnWidth(int column, double width);
    void setRightToLeft();
    void addDropDown(const DropDown &dropDown);
    void addAutoFilter(int lastRow, int lastColumn);
    void hideSheet();
    /// Writes the file; the first error of any call before, if any.
    Status close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Fehrist::Core
