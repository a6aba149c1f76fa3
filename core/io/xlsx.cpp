#include "core/io/xlsx.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>
#include <filesystem>
#include <minizip/unzip.h>
#include <utility>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

constexpr qint64 MB = 1024 * 1024;
constexpr qint64 MaxCells = 8'000'000; // ~40 columns x 200 000 rows; bounds the memory a sheet can take

Error invalid(const QString &where, const QString &message)
{
    return Error {u"invalid-xlsx"_s, message, where};
}

// A zip part as the XML reader sees it. It stops, and says so, once more than `limit` bytes came out
// of the decompressor, whatever the zip's directory claimed. And it cuts runs of text without markup
// longer than any cell may be (the XML reader would keep such a run in memory whole), noting that it
// did, so that the parser can name the cell that was too long.
class BoundedDevice final : public QIODevice
{
public:
    BoundedDevice(QIODevice *source, qint64 limit, qint64 maxRun) : m_source(source), m_limit(limit), m_maxRun(maxRun)
    {
        open(ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    /// Whether a run was cut since the last call.
    bool takeCut() { return std::exchange(m_cut, false); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (;;) {
            if (m_exceeded)
                return -1;
            const qint64 n = m_source->read(data, qMin(maxSize, m_limit - m_count + 1));
            if (n <= 0)
                return n;
            m_count += n;
            if (m_count > m_limit) {
                m_exceeded = true;
                return -1;
            }
            qint64 kept = 0;
            for (qint64 i = 0; i < n; ++i) {
                const char c = data[i];
                if (c == '<') {
                    m_run = 0;
                    m_skipping = false;
                } else if (m_skipping) {
                    continue;
                } else if (++m_run > m_maxRun && (c & 0xC0) != 0x80 && !m_inEntity) {
                    // Cut at a character boundary, outside an entity, so that what is kept stays XML.
                    m_skipping = true;
                    m_cut = true;
                    continue;
                }
                if (c == '&')
                    m_inEntity = true;
                else if (c == ';')
                    m_inEntity = false;
                data[kept++] = c;
            }
            if (kept > 0)
                return kept;
        }
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_limit;
    qint64 m_maxRun;
    qint64 m_count = 0;
    qint64 m_run = 0;
    bool m_exceeded = false;
    bool m_skipping = false;
    bool m_inEntity = false;
    bool m_cut = false;
};

// minizip's file functions over a QIODevice, so that a workbook can be read from memory as well as
// from a file (the fuzzer does).
voidpf ZCALLBACK deviceOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong ZCALLBACK deviceWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}
long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += device->size();
    return to >= 0 && to <= device->size() && device->seek(to) ? 0 : -1;
}
int ZCALLBACK deviceClose(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

// The current zip entry, decompressed, as a sequential device.
class EntryDevice final : public QIODevice
{
public:
    explicit EntryDevice(unzFile zip) : m_zip(zip) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    int error() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
        if (n < 0) {
            m_error = n;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    int m_error = 0;
};

struct ZipPart
{
    qint64 compressed = 0;
    qint64 uncompressed = 0;
};

// OOXML escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 7;
                continue;
            }
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

// The built-in number formats that show dates or times (ECMA-376 §18.8.30).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString &code)
{
    QString bare;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            if (c == u']')
                bracket = false;
            else if (c.toLower() == u'h' || c.toLower() == u'm' || c.toLower() == u's')
                bare.append(c); // [h]:mm elapsed time
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or padding)
        } else {
            bare.append(c.toLower());
        }
    }
    if (bare.contains(u"general"_s))
        return false;
    for (const QChar c : std::as_const(bare)) {
        if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's')
            return true;
    }
    return false;
}

QString formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString formatSerialDate(double serial, bool date1904)
{
    QDateTime base(date1904 ? QDate(1904, 1, 1) : (serial < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)),
                   QTime(0, 0), Qt::UTC);
    const qint64 seconds = qint64(std::llround(serial * 86400.0));
    const QDateTime at = base.addSecs(seconds);
    if (seconds % 86400 == 0)
        return at.date().toString(Qt::ISODate);
    if (serial < 1)
        return at.time().toString(u"HH:mm:ss"_s);
    return at.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

// "AB12" -> 28; 0 if it is not a cell reference.
int columnOfReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z' || i >= 3)
            return 0;
        column = column * 26 + (c - u'A' + 1);
    }
    return i > 0 ? column : 0;
}

class Reader
{
public:
    Reader(QIODevice *device, const QString &fileName, const XlsxLimits &limits, const QString &sheetName)
        : m_device(device), m_file(fileName), m_limits(limits), m_sheetName(sheetName)
    { }
    ~Reader()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    Result<QList<XlsxRow>> read();

private:
    Status checkDirectory();
    Status readPart(const QString &name, const std::function<Status(QXmlStreamReader &)> &parse);
    Status readWorkbook(QXmlStreamReader &xml);
    Status readRelationships(QXmlStreamReader &xml);
    Status readStyles(QXmlStreamReader &xml);
    Status readSharedStrings(QXmlStreamReader &xml);
    Status readSheet(QXmlStreamReader &xml);
    Result<QString> readRichText(QXmlStreamReader &xml, const QString &where);
    Status keep(qsizetype chars, const QString &where);
    QString resolve(const QString &target) const;

    QIODevice *m_device;
    QString m_file;
    XlsxLimits m_limits;
    QString m_sheetName;
    unzFile m_zip = nullptr;
    QHash<QString, ZipPart> m_parts;
    BoundedDevice *m_bounded = nullptr; ///< the part being read
    QSet<qsizetype> m_tooLongShared; ///< shared strings over maxCellChars (kept empty)

    bool m_date1904 = false;
    QString m_sheetId;
    QHash<QString, QString> m_targets; ///< relationship id -> part
    QString m_sharedStringsPart = u"xl/sharedStrings.xml"_s;
    QString m_stylesPart = u"xl/styles.xml"_s;
    QList<bool> m_dateStyle; ///< by cellXfs index
    QStringList m_sharedStrings;
    qint64 m_chars = 0;
    qint64 m_cells = 0;
    QList<XlsxRow> m_rows;
};

Status Reader::keep(qsizetype chars, const QString &where)
{
    if (chars > m_limits.maxCellChars)
        return Error {u"too-large"_s,
                      u"the cell holds %1 characters; the limit is %2"_s.arg(chars).arg(m_limits.maxCellChars), where};
    m_chars += chars;
    if (m_chars > m_limits.maxTotalChars)
        return Error {u"too-large"_s,
                      u"the workbook holds more than %1 million characters of text; split it into smaller files"_s.arg(
                          m_limits.maxTotalChars / 1000000),
                      where};
    return success();
}

QString Reader::resolve(const QString &target) const
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = u"xl/"_s + target;
    // "../" parts, as some writers use them
    QStringList parts;
    for (const QString &p : path.split(u'/')) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u".") {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

Status Reader::checkDirectory()
{
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return invalid(m_file, u"the zip directory cannot be read"_s);
    if (global.number_entry > ZPOS64_T(m_limits.maxParts))
        return invalid(m_file, u"the file has %1 parts; an XLSX workbook has far fewer"_s.arg(global.number_entry));
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        unz_file_info64 info {};
        char name[512];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return invalid(m_file, u"the zip directory is damaged"_s);
        const QString partName = QString::fromUtf8(name);
        const qint64 size = qint64(info.uncompressed_size);
        const qint64 compressed = qint64(info.compressed_size);
        if (size > m_limits.maxPartBytes)
            return Error {
                u"too-large"_s,
                u"the part %1 decompresses to %2 MB, more than the %3 MB allowed (a zip bomb?)"_s.arg(partName)
                    .arg(size / MB)
                    .arg(m_limits.maxPartBytes / MB),
                m_file};
        if (size > 16 * MB && compressed * m_limits.maxRatio < size)
            return Error {
                u"too-large"_s,
                u"the part %1 decompresses to %2 MB from %3 KB; a spreadsheet does not compress that well (a zip bomb?)"_s
                    .arg(partName)
                    .arg(size / MB)
                    .arg(compressed / 1024),
                m_file};
        m_parts.insert(partName, ZipPart {compressed, size});
    }
    return success();
}

Status Reader::readPart(const QString &name, const std::function<Status(QXmlStreamReader &)> &parse)
{
    const QString where = m_file + u": "_s + name;
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return invalid(m_file, u"the workbook has no part %1"_s.arg(name));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return invalid(where, u"the part cannot be read (encrypted or damaged?)"_s);
    EntryDevice part(m_zip);
    // A cell of maxCellChars characters is at most 4 bytes each in UTF-8, 6 as an XML entity.
    BoundedDevice bounded(&part, m_limits.maxPartBytes, qint64(m_limits.maxCellChars) * 6 + 4096);
    m_bounded = &bounded;
    QXmlStreamReader xml(&bounded);
    Status status = parse(xml);
    m_bounded = nullptr;
    if (bounded.exceeded())
        return Error {u"too-large"_s,
                      u"the part decompresses to more than %1 MB (a zip bomb?)"_s.arg(m_limits.maxPartBytes / MB),
                      where};
    if (!status)
        return status;
    if (xml.hasError())
        return invalid(u"%1:%2:%3"_s.arg(where).arg(xml.lineNumber()).arg(xml.columnNumber()),
                       u"the part is not well-formed XML: %1"_s.arg(xml.errorString()));
    const int closed = unzCloseCurrentFile(m_zip);
    if (part.error() != 0 || closed != UNZ_OK)
        return invalid(where, u"the part is damaged (zip error %1)"_s.arg(part.error() ? part.error() : closed));
    return success();
}

// Parsers stop at a DTD: XLSX parts have none, and entity tricks live there.
#define FEHRIST_NO_DTD(xml) \
    if ((xml).tokenType() == QXmlStreamReader::DTD) \
        return invalid(m_file, u"the workbook declares a DTD, which XLSX files never do"_s);

Status Reader::readWorkbook(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        xml.readNext();
        FEHRIST_NO_DTD(xml)
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(u"date1904"_s);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet" && m_sheetId.isEmpty()) {
            if (!m_sheetName.isEmpty() && xml.attributes().value(u"name"_s) != m_sheetName)
                continue;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    m_sheetId = a.value().toString();
            }
        }
    }
    if (!xml.hasError() && m_sheetId.isEmpty()) {
        if (!m_sheetName.isEmpty())
            return Error {u"no-sheet"_s, u"the workbook has no sheet \"%1\""_s.arg(m_sheetName), m_file};
        return invalid(m_file, u"the workbook has no sheets"_s);
    }
    return success();
}

Status Reader::readRelationships(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        xml.readNext();
        FEHRIST_NO_DTD(xml)
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString type = a.value(u"Type"_s).toString();
        const QString target = resolve(a.value(u"Target"_s).toString());
        m_targets.insert(a.value(u"Id"_s).toString(), target);
        if (type.endsWith(u"/sharedStrings"))
            m_sharedStringsPart = target;
        else if (type.endsWith(u"/styles"))
            m_stylesPart = target;
    }
    return success();
}

Status Reader::readStyles(QXmlStreamReader &xml)
{
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        FEHRIST_NO_DTD(xml)
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            customDate.insert(a.value(u"numFmtId"_s).toInt(), isDateFormatCode(a.value(u"formatCode"_s).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            if (m_dateStyle.size() >= 65536)
                return invalid(m_file, u"the workbook has more than 65 536 cell styles"_s);
            const int id = a.value(u"numFmtId"_s).toInt();
            m_dateStyle.append(customDate.contains(id) ? customDate.value(id) : isBuiltInDateFormat(id));
        }
    }
    return success();
}

Result<QString> Reader::readRichText(QXmlStreamReader &xml, const QString &where)
{
    // <si>/<is>: <t> directly, or runs <r><t>; phonetic hints <rPh><t> are not the text.
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == end)
                break;
            if (xml.name() == u"rPh")
                --phonetic;
        } else if (xml.isStartElement()) {
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t") {
                const QString t = xml.readElementText();
                if (m_bounded && m_bounded->takeCut())
                    return Error {u"too-large"_s,
                                  u"the cell holds more than %1 characters"_s.arg(m_limits.maxCellChars), where};
                if (phonetic == 0) {
                    text.append(t);
                    if (text.size() > m_limits.maxCellChars)
                        return Error {u"too-large"_s,
                                      u"the cell holds more than %1 characters"_s.arg(m_limits.maxCellChars), where};
                }
            }
        }
    }
    return unescapeOoxml(text);
}

Status Reader::readSharedStrings(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        xml.readNext();
        FEHRIST_NO_DTD(xml)
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        const QString where = u"%1: shared string %2"_s.arg(m_file).arg(m_sharedStrings.size() + 1);
        auto text = readRichText(xml, where);
        if (!text && text.error().code == u"too-large") {
            // Said when a cell uses it, where the error can name the row and column.
            m_tooLongShared.insert(m_sharedStrings.size());
            m_sharedStrings.append(QString());
            continue;
        }
        if (!text)
            return text.error();
        if (Status s = keep(text->size(), where); !s)
            return s;
        m_sharedStrings.append(*text);
    }
    return success();
}

Status Reader::readSheet(QXmlStreamReader &xml)
{
    int rowNumber = 0;
    XlsxRow row;
    bool rowHasData = false;
    auto endRow = [&]() -> Status {
        if (rowHasData) {
            if (m_rows.size() >= m_limits.maxRows)
                return Error {u"too-large"_s, u"the sheet has more than %1 rows"_s.arg(m_limits.maxRows),
                              u"%1:%2"_s.arg(m_file).arg(rowNumber)};
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            m_rows.append(row);
        }
        row = XlsxRow {};
        rowHasData = false;
        return success();
    };

    while (!xml.atEnd()) {
        xml.readNext();
        FEHRIST_NO_DTD(xml)
        if (xml.isEndElement() && xml.name() == u"row") {
            if (Status s = endRow(); !s)
                return s;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(u"r"_s).toInt(&ok);
            rowNumber = ok && r > rowNumber ? r : rowNumber + 1;
            row.line = rowNumber;
            continue;
        }
        if (xml.name() != u"c")
            continue;

        const QXmlStreamAttributes a = xml.attributes();
        const auto ref = a.value(u"r"_s);
        int column = ref.isEmpty() ? int(row.cells.size()) + 1 : columnOfReference(ref);
        if (column <= 0)
            return invalid(u"%1:%2"_s.arg(m_file).arg(rowNumber), u"\"%1\" is not a cell reference"_s.arg(ref));
        const QString where = u"%1:%2:%3"_s.arg(m_file).arg(rowNumber).arg(Xlsx::columnName(column));
        const QString type = a.value(u"t"_s).toString();
        const int style = a.value(u"s"_s).toInt();

        QString raw;
        QString inlineText;
        bool hasInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"v") {
                raw = xml.readElementText();
                if (raw.size() > m_limits.maxCellChars || (m_bounded && m_bounded->takeCut()))
                    return Error {u"too-large"_s,
                                  u"the cell holds more than %1 characters"_s.arg(m_limits.maxCellChars), where};
            } else if (xml.name() == u"is") {
                auto text = readRichText(xml, where);
                if (!text)
                    return text.error();
                inlineText = *text;
                hasInline = true;
            } else if (xml.name() == u"f") {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return success();

        QString value;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = raw.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return invalid(where, u"the cell names shared string %1, which the workbook does not have"_s.arg(raw));
            if (m_tooLongShared.contains(index))
                return Error {u"too-large"_s, u"the cell holds more than %1 characters"_s.arg(m_limits.maxCellChars),
                              where};
            value = m_sharedStrings.at(index);
        } else if (type == u"inlineStr" || hasInline) {
            value = inlineText;
        } else if (type == u"str") {
            value = unescapeOoxml(raw);
        } else if (type == u"b") {
            value = raw.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
        } else if (type == u"e") {
            return invalid(where, u"the cell holds the spreadsheet error %1; put a value there"_s.arg(raw));
        } else if (type == u"d") {
            value = raw.endsWith(u"T00:00:00"_s) ? raw.left(raw.size() - 9) : raw;
        } else if (!raw.isEmpty()) {
            bool ok = false;
            const double number = raw.toDouble(&ok);
            if (!ok)
                return invalid(where, u"\"%1\" is not a number"_s.arg(raw));
            value = style >= 0 && style < m_dateStyle.size() && m_dateStyle.at(style)
                ? formatSerialDate(number, m_date1904)
                : formatNumber(number);
        }
        if (value.isEmpty())
            continue;
        if (column > m_limits.maxColumns)
            return invalid(where, u"the sheet uses more than %1 columns"_s.arg(m_limits.maxColumns));
        if (++m_cells > MaxCells)
            return Error {
                u"too-large"_s,
                u"the sheet has more than %1 million cells; split it into smaller files"_s.arg(MaxCells / 1000000),
                where};
        if (type != u"s") {
            if (Status s = keep(value.size(), where); !s)
                return s;
        }
        while (row.cells.size() < column)
            row.cells.append(QString());
        row.cells[column - 1] = value;
        rowHasData = true;
    }
    return success();
}

#undef FEHRIST_NO_DTD

Result<QList<XlsxRow>> Reader::read()
{
    if (m_device->size() > m_limits.maxFileBytes)
        return Error {
            u"too-large"_s,
            u"the file is %1 MB; the limit is %2 MB"_s.arg(m_device->size() / MB).arg(m_limits.maxFileBytes / MB),
            m_file};
    zlib_filefunc64_def io {deviceOpen, deviceRead,  deviceWrite, deviceTell,
                            deviceSeek, deviceClose, deviceError, m_device};
    m_zip = unzOpen2_64("", &io);
    if (!m_zip)
        return invalid(m_file, u"the file is not an XLSX workbook (not a zip archive)"_s);
    if (Status s = checkDirectory(); !s)
        return s.error();
    if (!m_parts.contains(u"xl/workbook.xml"_s))
        return invalid(m_file, u"the file is a zip archive but not an XLSX workbook (no xl/workbook.xml)"_s);

    if (Status s = readPart(u"xl/workbook.xml"_s, [this](QXmlStreamReader &x) { return readWorkbook(x); }); !s)
        return s.error();
    if (Status s
        = readPart(u"xl/_rels/workbook.xml.rels"_s, [this](QXmlStreamReader &x) { return readRelationships(x); });
        !s)
        return s.error();
    const QString sheet = m_targets.value(m_sheetId);
    if (sheet.isEmpty() || !m_parts.contains(sheet))
        return invalid(m_file, u"the workbook's first sheet (%1) is missing"_s.arg(m_sheetId));
    if (m_parts.contains(m_stylesPart)) {
        if (Status s = readPart(m_stylesPart, [this](QXmlStreamReader &x) { return readStyles(x); }); !s)
            return s.error();
    }
    if (m_parts.contains(m_sharedStringsPart)) {
        if (Status s = readPart(m_sharedStringsPart, [this](QXmlStreamReader &x) { return readSharedStrings(x); }); !s)
            return s.error();
    }
    if (Status s = readPart(sheet, [this](QXmlStreamReader &x) { return readSheet(x); }); !s)
        return s.error();
    return std::move(m_rows);
}

} // namespace

Result<QList<XlsxRow>> Xlsx::read(QIODevice *device, const QString &fileName, const XlsxLimits &limits,
                                  const QString &sheetName)
{
    Reader reader(device, fileName, limits, sheetName);
    return reader.read();
}

Result<QList<XlsxRow>> Xlsx::readFile(const QString &path, const XlsxLimits &limits, const QString &sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"cannot-read"_s, file.errorString(), path};
    return read(&file, path, limits, sheetName);
}

QString Xlsx::columnName(int column)
{
    QString name;
    while (column > 0) {
        const int rest = (column - 1) % 26;
        name.prepend(QChar(u'A' + rest));
        column = (column - 1) / 26;
    }
    return name;
}

// ---------------------------------------------------------------------------------------------------
// Writer

struct XlsxWriter::Private
{
    QString path;
    QString partPath;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *wrap = nullptr;
    std::optional<Error> error;
    bool closed = false;

    void check(lxw_error e, const QString &what)
    {
        if (e != LXW_NO_ERROR && !error)
            error = Error {u"cannot-write"_s, u"%1: %2"_s.arg(what, QString::fromUtf8(lxw_strerror(e))), path};
    }
};

XlsxWriter::XlsxWriter(const QString &path, bool constantMemory) : d(std::make_unique<Private>())
{
    d->path = path;
    d->partPath = path + u".part"_s;
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    d->workbook = workbook_new_opt(QFile::encodeName(d->partPath).constData(), &options);
    if (!d->workbook) {
        d->error = Error {u"cannot-write"_s, u"cannot start the workbook"_s, path};
        return;
    }
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    format_set_bg_color(d->bold, 0xDDE6F0);
    d->wrap = workbook_add_format(d->workbook);
    format_set_text_wrap(d->wrap);
    format_set_align(d->wrap, LXW_ALIGN_VERTICAL_TOP);
}

XlsxWriter::~XlsxWriter()
{
    if (d->workbook && !d->closed) {
        workbook_close(d->workbook);
        QFile::remove(d->partPath);
    }
}

bool XlsxWriter::isOpen() const
{
    return d->workbook && !d->error;
}

void XlsxWriter::addSheet(const QString &name)
{
    if (!d->workbook)
        return;
    d->sheet = workbook_add_worksheet(d->workbook, name.toUtf8().constData());
    if (!d->sheet && !d->error)
        d->error = Error {u"cannot-write"_s, u"cannot add the sheet %1"_s.arg(name), d->path};
}

void XlsxWriter::writeHeader(int row, const QStringList &cells)
{
    if (!d->sheet)
        return;
    for (qsizetype c = 0; c < cells.size(); ++c)
        d->check(
            worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(c), cells.at(c).toUtf8().constData(), d->bold),
            u"header"_s);
    worksheet_freeze_panes(d->sheet, lxw_row_t(row + 1), 0);
}

void XlsxWriter::writeText(int row, int column, const QString &text)
{
    if (!d->sheet || text.isEmpty())
        return;
    d->check(worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), nullptr),
             u"row %1"_s.arg(row + 1));
}

void XlsxWriter::writeWrappedText(int row, int column, const QString &text)
{
    if (!d->sheet || text.isEmpty())
        return;
    d->check(worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), d->wrap),
             u"row %1"_s.arg(row + 1));
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (!d->sheet)
        return;
    d->check(worksheet_write_number(d->sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr),
             u"row %1"_s.arg(row + 1));
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (d->sheet)
        worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

void XlsxWriter::setRightToLeft()
{
    if (d->sheet)
        worksheet_right_to_left(d->sheet);
}

void XlsxWriter::addDropDown(const DropDown &dropDown)
{
    if (!d->sheet)
        return;
    QByteArray formula = (u"="_s + dropDown.sourceRange).toUtf8();
    QByteArray title = dropDown.title.left(31).toUtf8();
    QByteArray message = QStringLiteral("Choose a value from the list").toUtf8();
    lxw_data_validation validation {};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    if (!title.isEmpty()) {
        validation.input_title = title.data();
        validation.input_message = message.data();
    }
    d->check(worksheet_data_validation_range(d->sheet, lxw_row_t(dropDown.firstRow), lxw_col_t(dropDown.column),
                                             lxw_row_t(dropDown.lastRow), lxw_col_t(dropDown.column), &validation),
             u"drop-down list"_s);
}

void XlsxWriter::addAutoFilter(int lastRow, int lastColumn)
{
    if (d->sheet)
        d->check(worksheet_autofilter(d->sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), u"filter"_s);
}

void XlsxWriter::hideSheet()
{
    if (d->sheet)
        worksheet_hide(d->sheet);
}

Status XlsxWriter::close()
{
    if (!d->workbook)
        return d->error.value_or(Error {u"cannot-write"_s, u"no workbook"_s, d->path});
    d->closed = true;
    d->check(workbook_close(d->workbook), u"writing the workbook"_s);
    if (d->error) {
        QFile::remove(d->partPath);
        return *d->error;
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(d->partPath).toStdString(), QFile::encodeName(d->path).toStdString(), ec);
    if (ec) {
        QFile::remove(d->partPath);
        return Error {u"cannot-write"_s, QString::fromStdString(ec.message()), d->path};
    }
    return success();
}

} // namespace Fehrist::Core
