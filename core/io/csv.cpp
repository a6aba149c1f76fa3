#include "core/io/csv.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

Error at(const QString &file, int line, int column, const QString &message)
{
    return Error {u"invalid-csv"_s, message, u"%1:%2:%3"_s.arg(file).arg(line).arg(column)};
}

// Finds the first invalid UTF-8 sequence, so that the error can say where it is.
std::optional<std::pair<int, int>> firstInvalidUtf8(const QByteArray &bytes)
{
    int line = 1, column = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        quint32 cp = 0;
        if (c < 0x80) {
            extra = 0;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return std::pair {line, column};
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return std::pair {line, column};
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return std::pair {line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += extra + 1;
    }
    return std::nullopt;
}

} // namespace

Result<QList<CsvRow>> Csv::readFile(const QString &path, const CsvLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"cannot-read"_s, file.errorString(), path};
    if (file.size() > limits.maxFileBytes)
        return Error {u"too-large"_s,
                      QCoreApplication::translate("Csv", "the file is %1 MB; at most %2 MB are read")
                          .arg(file.size() / 1048576)
                          .arg(limits.maxFileBytes / 1048576),
                      path};
    return parse(file.read(limits.maxFileBytes + 1), path, limits);
}

Result<QList<CsvRow>> Csv::parse(const QByteArray &input, const QString &fileName, const CsvLimits &limits)
{
    if (input.size() > limits.maxFileBytes)
        return Error {
            u"too-large"_s,
            QCoreApplication::translate("Csv", "the file is larger than %1 MB").arg(limits.maxFileBytes / 1048576),
            fileName};
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (auto bad = firstInvalidUtf8(bytes))
        return at(fileName, bad->first, bad->second,
                  QCoreApplication::translate("Csv", "is not valid UTF-8 (save the file as UTF-8)"));
    const QString text = QString::fromUtf8(bytes);

    QList<CsvRow> rows;
    CsvRow row;
    QString cell;
    int line = 1, column = 1;
    int rowLine = 1;
    int quoteLine = 0, quoteColumn = 0;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    bool afterClosingQuote = false;
    auto endCell = [&]() -> std::optional<Error> {
        if (row.cells.size() >= limits.maxColumns)
            return at(fileName, line, column,
                      QCoreApplication::translate("Csv", "more than %1 columns").arg(limits.maxColumns));
        row.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
        afterClosingQuote = false;
        return std::nullopt;
    };
    auto endRow = [&]() {
        row.line = rowLine;
        // A blank line is no record.
        if (!(row.cells.size() == 1 && row.cells.constFirst().isEmpty()))
            rows.append(row);
        row = CsvRow();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                afterClosingQuote = true;
                ++column;
                continue;
            }
            cell.append(c);
            if (cell.size() > limits.maxCellChars)
                return at(
                    fileName, quoteLine, quoteColumn,
                    QCoreApplication::translate("Csv", "a cell longer than %1 characters").arg(limits.maxCellChars));
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == u',') {
            if (auto e = endCell())
                return *e;
            ++column;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            continue; // CRLF: the LF ends the row
        if (c == u'\n') {
            if (auto e = endCell())
                return *e;
            endRow();
            ++line;
            column = 1;
            rowLine = line;
            continue;
        }
        if (afterClosingQuote)
            return at(fileName, line, column,
                      u"text after a closing quote; a quote inside a quoted cell is written \"\""_s);
        if (c == u'"') {
            if (!cell.isEmpty())
                return at(fileName, line, column,
                          QCoreApplication::translate("Csv", "a quote in the middle of an unquoted cell"));
            inQuotes = true;
            cellWasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
            continue;
        }
        cell.append(c);
        if (cell.size() > limits.maxCellChars)
            return at(fileName, line, column,
                      QCoreApplication::translate("Csv", "a cell longer than %1 characters").arg(limits.maxCellChars));
        ++column;
    }
    if (inQuotes)
        return at(fileName, quoteLine, quoteColumn, QCoreApplication::translate("Csv", "this quote is never closed"));
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellWasQuoted) {
        if (auto e = endCell())
            return *e;
        endRow();
    }
    return rows;
}

QString Csv::quote(const QString &cell)
{
    const bool needs = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()))
        || cell.startsWith(QChar(0xFEFF)); // else, first in a file, it would be read as the BOM
    if (!needs)
        return cell;
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString Csv::row(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.append(quote(c));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace Fehrist::Core
