#include "core/io/catalogueexchange.h"

#include "core/domain/referencedata.h"
#include "core/domain/validator.h"
#include "core/io/csv.h"
#include "core/io/xlsx.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <cmath>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

std::optional<ExchangeFormat> exchangeFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv")
        return ExchangeFormat::Csv;
    if (n == u"xlsx")
        return ExchangeFormat::Xlsx;
    if (n == u"json")
        return ExchangeFormat::Json;
    if (n == u"jsonld" || n == u"json-ld")
        return ExchangeFormat::JsonLd;
    return std::nullopt;
}

std::optional<ExchangeFormat> exchangeFormatFromPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".jsonld"_s) || lower.endsWith(u".json-ld"_s))
        return ExchangeFormat::JsonLd;
    return exchangeFormatFromName(QFileInfo(path).suffix());
}

QString ImportProblem::toString() const
{
    return where + u": "_s + (field.isEmpty() ? QString() : field + u": "_s) + message;
}

QStringList CatalogueExchange::csvColumns()
{
    QStringList columns;
    for (const FieldDef &def : Schema::services().fields()) {
        if (!def.managed)
            columns.append(def.name);
    }
    return columns;
}

// ---------------------------------------------------------------------------------------------------
// Export

namespace {

// Every service the export covers, page by page.
Status forEachService(Store &store, const ExportOptions &options, const std::function<void(const Service &)> &visit)
{
    ServiceFilter filter;
    filter.department = options.department;
    filter.published = options.published;
    ServiceCursor cursor;
    qint64 done = 0;
    for (;;) {
        auto page = store.services(filter, cursor, 1000);
        if (!page)
            return page.error();
        for (const Service &s : page->services)
            visit(s);
        done += page->services.size();
        if (options.progress && !options.progress(done))
            return Error {u"cancelled"_s, u"the export was cancelled; no file was written"_s, {}};
        if (!page->hasMore)
            return success();
        cursor = page->next;
    }
}

QJsonObject langString(const QString &text, const QString &language)
{
    return QJsonObject {{u"@value"_s, text}, {u"@language"_s, language}};
}

// One service as a CPSV-AP 3.2 PublicService.
QJsonObject cpsvService(const Service &s, const QHash<QString, Department> &departments)
{
    const ReferenceData &ref = ReferenceData::builtIn();
    QJsonObject o;
    o.insert(u"@id"_s, QString(u"urn:uuid:"_s + s.id));
    o.insert(u"@type"_s, u"cpsv:PublicService"_s);
    o.insert(u"dct:identifier"_s, s.key());
    QJsonArray title {langString(s.nameEn(), u"en"_s)};
    if (s.isSet(u"name_ur"))
        title.append(langString(s.text(u"name_ur"), u"ur"_s));
    o.insert(u"dct:title"_s, title);
    o.insert(u"dct:description"_s, langString(s.text(u"description"), u"en"_s));
    const Department d = departments.value(s.departmentCode());
    QJsonObject authority {{u"@id"_s, QString(u"urn:fehrist:department:"_s + s.departmentCode())},
                           {u"@type"_s, u"cv:PublicOrganisation"_s},
                           {u"skos:prefLabel"_s, langString(d.nameEn(), u"en"_s)}};
    o.insert(u"cv:hasCompetentAuthority"_s, authority);
    if (const ReferenceItem *category = ref.item(u"category"_s, s.text(u"category")))
        o.insert(u"cv:sector"_s,
                 QJsonObject {{u"@type"_s, u"skos:Concept"_s},
                              {u"skos:notation"_s, category->code},
                              {u"skos:prefLabel"_s, langString(category->labelEn, u"en"_s)}});
    QJsonArray channels;
    for (const QString &c : s.list(u"channels")) {
        const ReferenceItem *item = ref.item(u"channel"_s, c);
        QJsonObject channel {{u"@type"_s, u"cv:Channel"_s}, {u"dct:type"_s, c}};
        if (item)
            channel.insert(u"dct:description"_s, langString(item->labelEn, u"en"_s));
        if ((c == u"web-portal" || c == u"mobile-app" || c == u"dastak") && s.isSet(u"online_url"))
            channel.insert(u"foaf:page"_s, s.text(u"online_url"));
        channels.append(channel);
    }
    if (!channels.isEmpty())
        o.insert(u"cv:hasChannel"_s, channels);
    const QString feeType = s.text(u"fee_type");
    if (!feeType.isEmpty()) {
        QJsonObject cost {{u"@type"_s, u"cv:Cost"_s}, {u"cv:currency"_s, u"PKR"_s}, {u"dct:type"_s, feeType}};
        if (feeType == u"free")
            cost.insert(u"cv:value"_s, u"0"_s);
        else if (s.isSet(u"fee_amount_pkr"))
            cost.insert(u"cv:value"_s, s.text(u"fee_amount_pkr"));
        if (s.isSet(u"fee_notes"))
            cost.insert(u"dct:description"_s, langString(s.text(u"fee_notes"), u"en"_s));
        o.insert(u"cv:hasCost"_s, cost);
    }
    if (s.isSet(u"processing_time"))
        o.insert(u"cv:processingTime"_s, s.text(u"processing_time"));
    QJsonArray inputs;
    for (const QString &doc : s.list(u"required_documents"))
        inputs.append(QJsonObject {{u"@type"_s, u"cv:Evidence"_s}, {u"dct:title"_s, langString(doc, u"en"_s)}});
    if (!inputs.isEmpty())
        o.insert(u"cpsv:hasInput"_s, inputs);
    if (s.isSet(u"output_type"))
        o.insert(u"cpsv:produces"_s,
                 QJsonObject {{u"@type"_s, u"cv:Output"_s}, {u"dct:type"_s, s.text(u"output_type")}});
    QJsonArray classified;
    if (const ReferenceItem *level = ref.item(u"level"_s, s.level()))
        classified.append(QJsonObject {{u"@type"_s, u"skos:Concept"_s},
                                       {u"skos:notation"_s, level->code},
                                       {u"skos:prefLabel"_s, langString(level->labelEn, u"en"_s)},
                                       {u"skos:inScheme"_s, u"urn:fehrist:digitization-level"_s}});
    o.insert(u"cv:isClassifiedBy"_s, classified);
    QJsonArray audience;
    for (const QString &a : s.list(u"audience"))
        audience.append(a);
    if (!audience.isEmpty())
        o.insert(u"dct:audience"_s, audience);
    QJsonArray keywords;
    for (const QString &k : s.list(u"keywords"))
        keywords.append(k);
    if (!keywords.isEmpty())
        o.insert(u"dcat:keyword"_s, keywords);
    if (s.isSet(u"legal_basis"))
        o.insert(u"cv:hasLegalResource"_s,
                 QJsonObject {{u"@type"_s, u"eli:LegalResource"_s},
                              {u"dct:title"_s, langString(s.text(u"legal_basis"), u"en"_s)}});
    if (s.flag(u"rts_notified"))
        o.insert(u"fehrist:rtsTimeLimit"_s, s.text(u"rts_time_limit"));
    o.insert(u"adms:status"_s, s.text(u"status"));
    return o;
}

// A cell of a spreadsheet: whole numbers and amounts as numbers where the number reads back as the
// same text (so that export -> import is exact), everything else as text.
void writeCell(XlsxWriter &xlsx, int row, int column, const FieldDef &def, const QVariant &value)
{
    const QString text = Record::formatText(def, value);
    if (text.isEmpty())
        return;
    if (def.kind == FieldKind::Integer || def.kind == FieldKind::Money) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok && std::fabs(number) < 1e15 && QString::number(number, 'g', 15) == text) {
            xlsx.writeNumber(row, column, number);
            return;
        }
    }
    xlsx.writeText(row, column, text);
}

Result<ExportSummary> exportXlsx(Store &store, const QString &path, const ExportOptions &options,
                                 const QList<Department> &allDepartments, qint64 departmentCount)
{
    ExportSummary summary;
    summary.departments = departmentCount;
    XlsxWriter xlsx(path, true);
    // The services first: importing reads the first sheet.
    xlsx.addSheet(u"Services"_s);
    const QStringList columns = CatalogueExchange::csvColumns();
    const Schema &schema = Schema::services();
    xlsx.writeHeader(0, columns);
    for (int c = 0; c < columns.size(); ++c)
        xlsx.setColumnWidth(c, columns.at(c).startsWith(u"name") || columns.at(c) == u"description" ? 40 : 16);
    int row = 1;
    Status s = forEachService(store, options, [&](const Service &service) {
        for (int c = 0; c < columns.size(); ++c) {
            const FieldDef &def = *schema.field(columns.at(c));
            writeCell(xlsx, row, c, def, service.value(def.name));
        }
        ++row;
        ++summary.services;
    });
    if (!s)
        return s.error();
    xlsx.addAutoFilter(qMax(row - 1, 1), int(columns.size()) - 1);

    xlsx.addSheet(u"Departments"_s);
    const Schema &departmentSchema = Schema::departments();
    QStringList departmentColumns;
    for (const FieldDef &def : departmentSchema.fields())
        departmentColumns.append(def.name);
    xlsx.writeHeader(0, departmentColumns);
    row = 1;
    for (const Department &d : allDepartments) {
        if (!options.department.isEmpty() && d.code() != options.department)
            continue;
        for (int c = 0; c < departmentColumns.size(); ++c) {
            const FieldDef &def = departmentSchema.fields().at(c);
            writeCell(xlsx, row, c, def, d.value(def.name));
        }
        ++row;
    }
    if (Status closed = xlsx.close(); !closed)
        return closed.error();
    return summary;
}

} // namespace

Result<QByteArray> CatalogueExchange::exportDocument(Store &store, const ExportOptions &options, ExportSummary *summary)
{
    if (options.format != ExchangeFormat::Json && options.format != ExchangeFormat::JsonLd)
        return Error {u"unsupported"_s, u"only JSON and JSON-LD are written as one document"_s, {}};
    auto departmentList = store.departments();
    if (!departmentList)
        return departmentList.error();
    QHash<QString, Department> departments;
    for (const Department &d : *departmentList) {
        if (options.department.isEmpty() || d.code() == options.department)
            departments.insert(d.code(), d);
    }
    if (!options.department.isEmpty() && departments.isEmpty())
        return Error {u"not-found"_s, u"no department with code \"%1\""_s.arg(options.department), options.department};
    ExportSummary counted;
    counted.departments = departments.size();
    QByteArray out;
    if (options.format == ExchangeFormat::Json) {
        QJsonArray departmentsJson, servicesJson;
        for (const Department &d : std::as_const(*departmentList)) {
            if (departments.contains(d.code()))
                departmentsJson.append(d.toJson());
        }
        Status s = forEachService(store, options, [&](const Service &service) {
            servicesJson.append(service.toJson());
            ++counted.services;
        });
        if (!s)
            return s.error();
        const QJsonObject root {{u"format"_s, u"fehrist-catalogue"_s},
                                {u"version"_s, 1},
                                {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {u"departments"_s, departmentsJson},
                                {u"services"_s, servicesJson}};
        out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        QJsonArray graph;
        Status s = forEachService(store, options, [&](const Service &service) {
            graph.append(cpsvService(service, departments));
            ++counted.services;
        });
        if (!s)
            return s.error();
        const QJsonObject context {{u"cpsv"_s, u"http://purl.org/vocab/cpsv#"_s},
                                   {u"cv"_s, u"http://data.europa.eu/m8g/"_s},
                                   {u"dct"_s, u"http://purl.org/dc/terms/"_s},
                                   {u"dcat"_s, u"http://www.w3.org/ns/dcat#"_s},
                                   {u"skos"_s, u"http://www.w3.org/2004/02/skos/core#"_s},
                                   {u"foaf"_s, u"http://xmlns.com/foaf/0.1/"_s},
                                   {u"adms"_s, u"http://www.w3.org/ns/adms#"_s},
                                   {u"eli"_s, u"http://data.europa.eu/eli/ontology#"_s},
                                   {u"fehrist"_s, u"urn:fehrist:vocabulary:"_s}};
        out = QJsonDocument(QJsonObject {{u"@context"_s, context}, {u"@graph"_s, graph}})
                  .toJson(QJsonDocument::Indented);
    }
    if (summary)
        *summary = counted;
    return out;
}

Result<ExportSummary> CatalogueExchange::exportTo(Store &store, const QString &path, const ExportOptions &options)
{
    auto departmentList = store.departments();
    if (!departmentList)
        return departmentList.error();
    QHash<QString, Department> departments;
    for (const Department &d : *departmentList) {
        if (options.department.isEmpty() || d.code() == options.department)
            departments.insert(d.code(), d);
    }
    if (!options.department.isEmpty() && departments.isEmpty())
        return Error {u"not-found"_s, u"no department with code \"%1\""_s.arg(options.department), options.department};

    ExportSummary summary;
    summary.departments = departments.size();
    if (options.format == ExchangeFormat::Xlsx)
        return exportXlsx(store, path, options, *departmentList, departments.size());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"cannot-write"_s, file.errorString(), path};

    if (options.format == ExchangeFormat::Csv) {
        const QStringList columns = csvColumns();
        const Schema &schema = Schema::services();
        file.write("\xEF\xBB\xBF"); // spreadsheets read UTF-8 only with the BOM
        file.write(Csv::row(columns).toUtf8());
        Status s = forEachService(store, options, [&](const Service &service) {
            QStringList cells;
            for (const QString &c : columns)
                cells.append(Record::formatText(*schema.field(c), service.value(c)));
            file.write(Csv::row(cells).toUtf8());
            ++summary.services;
        });
        if (!s)
            return s.error();
    } else {
        auto document = exportDocument(store, options, &summary);
        if (!document)
            return document.error();
        file.write(*document);
    }
    if (!file.commit())
        return Error {u"cannot-write"_s, file.errorString(), path};
    return summary;
}

// ---------------------------------------------------------------------------------------------------
// Import

namespace {

struct IncomingRow
{
    QString where;
    QList<std::pair<int, QVariant>> values; ///< (field index, value): only the columns the file has
    QString value(QStringView field) const
    {
        const int index = Schema::services().indexOf(field);
        for (const auto &[i, v] : values) {
            if (i == index)
                return v.toString();
        }
        return {};
    }
};

QString normalizedColumn(const QString &header)
{
    QString c = header.trimmed().toLower();
    c.replace(u' ', u'_');
    c.replace(u'-', u'_');
    return c;
}

Error cancelled()
{
    return Error {u"cancelled"_s, u"the import was cancelled; nothing was imported"_s, {}};
}

// Runs work(i) for every i in [0, n). With enough items and a second core, the second half runs on
// another thread. `step(done)` is called on this thread every `every` items (done counting both halves
// as if they kept pace); when it returns false both halves stop and so does shareWork(), with false.
// `work` must touch nothing but item i's own data.
bool shareWork(qsizetype n, const std::function<void(qsizetype)> &work, const std::function<bool(qsizetype)> &step,
               qsizetype every)
{
    constexpr qsizetype kWorthSharing = 2000;
    const bool split = n >= kWorthSharing && QThread::idealThreadCount() >= 2;
    const qsizetype mine = split ? n / 2 : n;
    std::atomic<bool> stop = false;
    std::thread other;
    if (split) {
        other = std::thread([&] {
            for (qsizetype i = mine; i < n && !stop.load(std::memory_order_relaxed); ++i)
                work(i);
        });
    }
    bool finished = true;
    for (qsizetype i = 0; i < mine; ++i) {
        if (i % every == 0 && !step(split ? 2 * i : i)) {
            finished = false;
            break;
        }
        work(i);
    }
    stop.store(!finished, std::memory_order_relaxed);
    if (other.joinable())
        other.join();
    return finished;
}

// CSV cells are named file:line:column (numbers); spreadsheet cells file:row:column (letters), as the
// spreadsheet shows them.
QString cellWhere(const QString &file, bool spreadsheet, int line, int column)
{
    return u"%1:%2:%3"_s.arg(file).arg(line).arg(spreadsheet ? Xlsx::columnName(column) : QString::number(column));
}

// Our JSON: the whole document, bounded in size.
Result<QJsonDocument> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {u"cannot-read"_s, f.errorString(), path};
    if (f.size() > 256 * 1024 * 1024)
        return Error {u"too-large"_s,
                      QCoreApplication::translate("CatalogueExchange", "the file is larger than 256 MB"), path};
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        return Error {u"invalid-json"_s, error.errorString(), u"%1: at byte %2"_s.arg(path).arg(error.offset)};
    return doc;
}

// A CSV or XLSX file as rows of text cells, the header first.
Result<QList<CsvRow>> readTable(const QString &path, ExchangeFormat format)
{
    if (format == ExchangeFormat::Xlsx)
        return Xlsx::readFile(path);
    return Csv::readFile(path);
}

// Column -> field index in the service schema, or -1 for a column left out.
Result<QList<int>> mapColumns(const CsvRow &header, const QString &file, bool spreadsheet,
                              const QHash<QString, QString> &mapping)
{
    const Schema &schema = Schema::services();
    static const QSet<QString> ignored {u"id"_s, u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    QList<int> fieldOf;
    QHash<QString, int> columnOfField;
    for (qsizetype c = 0; c < header.cells.size(); ++c) {
        const QString text = header.cells.at(c);
        const QString where = cellWhere(file, spreadsheet, header.line, int(c + 1));
        QString field;
        if (mapping.contains(text)) {
            field = mapping.value(text);
            const FieldDef *def = schema.field(field);
            if (!field.isEmpty() && (!def || def->managed))
                return Error {u"invalid-header"_s,
                              QCoreApplication::translate(
                                  "CatalogueExchange",
                                  "the column \"%1\" is mapped to \"%2\", which is not a field one can import")
                                  .arg(text, field),
                              where};
        } else {
            const QString name = normalizedColumn(text);
            field = CatalogueExchange::matchColumn(text);
            if (field.isEmpty() && !schema.field(name) && !ignored.contains(name) && !name.isEmpty())
                return Error {u"invalid-header"_s,
                              QCoreApplication::translate("CatalogueExchange",
                                                          "unknown column \"%1\"; the columns are the field names: %2 "
                                                          "(or map it to a field in the import wizard)")
                                  .arg(text, CatalogueExchange::csvColumns().join(u", "_s)),
                              where};
        }
        if (field.isEmpty()) {
            fieldOf.append(-1); // left out; workflow and sync columns are never imported
            continue;
        }
        if (columnOfField.contains(field))
            return Error {
                u"invalid-header"_s,
                QCoreApplication::translate("CatalogueExchange", "the column \"%1\" appears twice (also column %2)")
                    .arg(field,
                         spreadsheet ? Xlsx::columnName(columnOfField.value(field) + 1)
                                     : QString::number(columnOfField.value(field) + 1)),
                where};
        columnOfField.insert(field, int(c));
        fieldOf.append(schema.indexOf(field));
    }
    for (const QString &required : {u"department_code"_s, u"code"_s}) {
        if (!columnOfField.contains(required))
            return Error {
                u"invalid-header"_s,
                QCoreApplication::translate("CatalogueExchange", "the header has no \"%1\" column").arg(required),
                u"%1:%2"_s.arg(file).arg(header.line)};
    }
    return fieldOf;
}

// The "Departments" sheet of an XLSX file, if it has one: departments by their field names.
Result<QList<Department>> readDepartmentSheet(const QString &path, QList<ImportProblem> &problems)
{
    auto table = Xlsx::readFile(path, {}, u"Departments"_s);
    if (!table && table.error().code == u"no-sheet")
        return QList<Department>();
    if (!table)
        return table.error();
    QList<Department> out;
    if (table->isEmpty())
        return out;
    const Schema &schema = Schema::departments();
    const CsvRow header = table->takeFirst();
    const QString file = path + u"[Departments]"_s;
    QList<int> fieldOf;
    for (const QString &h : header.cells)
        fieldOf.append(schema.indexOf(normalizedColumn(h)));
    const Validator validator;
    for (const CsvRow &r : std::as_const(*table)) {
        Department d;
        bool ok = true;
        for (qsizetype c = 0; c < r.cells.size() && c < fieldOf.size(); ++c) {
            if (fieldOf.at(c) < 0)
                continue;
            const FieldDef &def = schema.fields().at(fieldOf.at(c));
            auto value = Record::parseText(def, r.cells.at(c));
            if (!value) {
                problems.append({cellWhere(file, true, r.line, int(c + 1)), def.name, value.error().message});
                ok = false;
                continue;
            }
            d.setValue(def.name, *value);
        }
        for (const Problem &p : validator.validate(d)) {
            problems.append({u"%1:%2"_s.arg(file).arg(r.line), p.field, p.message});
            ok = false;
        }
        if (ok)
            out.append(d);
    }
    return out;
}

} // namespace

QString CatalogueExchange::matchColumn(const QString &header)
{
    const FieldDef *def = Schema::services().field(normalizedColumn(header));
    return def && !def->managed ? def->name : QString();
}

Result<ImportSummary> CatalogueExchange::importFrom(Store &store, const QString &path, const ImportOptions &options)
{
    if (options.format == ExchangeFormat::JsonLd)
        return Error {
            u"unsupported"_s,
            QCoreApplication::translate("CatalogueExchange", "JSON-LD is an export format; import CSV or JSON"), path};
    const QString &file = path; // problems name the file as the user gave it
    const Schema &schema = Schema::services();

    ImportSummary summary;
    QList<IncomingRow> rows;
    QList<Department> newDepartments;

    if (options.format == ExchangeFormat::Csv || options.format == ExchangeFormat::Xlsx) {
        const bool spreadsheet = options.format == ExchangeFormat::Xlsx;
        if (options.progress && !options.progress(ImportStage::Reading, 0, 0))
            return cancelled();
        auto table = readTable(path, options.format);
        if (!table)
            return table.error();
        if (table->isEmpty())
            return Error {u"empty"_s, QCoreApplication::translate("CatalogueExchange", "the file has no header row"),
                          file};
        const CsvRow header = table->takeFirst();
        if (spreadsheet) {
            // Our XLSX export carries the departments on a second sheet; bring the missing ones.
            auto departments = readDepartmentSheet(path, summary.problems);
            if (!departments)
                return departments.error();
            newDepartments = *departments;
        }
        auto fieldOf = mapColumns(header, file, spreadsheet, options.columnMapping); // column -> field, or -1
        if (!fieldOf)
            return fieldOf.error();
        // Each row on its own (cells to values), shared between two threads; then in file order.
        struct Converted
        {
            IncomingRow in;
            QList<ImportProblem> problems;
            bool ok = true;
        };
        std::vector<Converted> converted(size_t(table->size()));
        auto convert = [&](qsizetype index) {
            const CsvRow &r = table->at(index);
            Converted &out = converted[size_t(index)];
            IncomingRow &in = out.in;
            in.where = u"%1:%2"_s.arg(file).arg(r.line);
            if (!spreadsheet && r.cells.size() != header.cells.size()) {
                out.problems.append({in.where,
                                     {},
                                     QCoreApplication::translate("CatalogueExchange", "has %1 cells; the header has %2")
                                         .arg(r.cells.size())
                                         .arg(header.cells.size())});
                out.ok = false;
                return;
            }
            // A spreadsheet leaves trailing empty cells out; a value right of the header is a mistake.
            for (qsizetype c = header.cells.size(); c < r.cells.size(); ++c) {
                if (!r.cells.at(c).trimmed().isEmpty()) {
                    out.problems.append(
                        {cellWhere(file, spreadsheet, r.line, int(c + 1)),
                         {},
                         QCoreApplication::translate("CatalogueExchange",
                                                     "this cell has a value but its column has no header")});
                    out.ok = false;
                }
            }
            in.values.reserve(header.cells.size());
            for (qsizetype c = 0; c < header.cells.size(); ++c) {
                if (fieldOf->at(c) < 0)
                    continue;
                const FieldDef &def = schema.fields().at(fieldOf->at(c));
                auto value = Record::parseText(def, c < r.cells.size() ? r.cells.at(c) : QString());
                if (!value) {
                    out.problems.append(
                        {cellWhere(file, spreadsheet, r.line, int(c + 1)), def.name, value.error().message});
                    out.ok = false;
                    continue;
                }
                in.values.append({fieldOf->at(c), std::move(*value)});
            }
        };
        const qint64 total = table->size();
        auto step
            = [&](qsizetype done) { return !options.progress || options.progress(ImportStage::Reading, done, total); };
        if (!shareWork(table->size(), convert, step, 1000))
            return cancelled();
        summary.rows += int(total);
        rows.reserve(table->size());
        for (Converted &c : converted) {
            summary.problems.append(c.problems);
            if (c.ok)
                rows.append(std::move(c.in));
        }
    } else {
        auto parsed = readJson(path);
        if (!parsed)
            return parsed.error();
        const QJsonDocument &doc = *parsed;
        const QJsonObject root = doc.object();
        const QJsonArray services = doc.isArray() ? doc.array() : root.value(u"services"_s).toArray();
        const QJsonArray departments = root.value(u"departments"_s).toArray();
        for (qsizetype i = 0; i < departments.size(); ++i) {
            auto d = Record::fromJson(EntityType::Department, departments.at(i).toObject());
            const QString where = u"%1: departments[%2]"_s.arg(file).arg(i);
            if (!d) {
                summary.problems.append({where, d.error().where, d.error().message});
                continue;
            }
            newDepartments.append(Department(*d));
        }
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QJsonObject o = services.at(i).toObject();
            const QString where = u"%1: services[%2]"_s.arg(file).arg(i);
            ++summary.rows;
            auto r = Record::fromJson(EntityType::Service, o);
            if (!r) {
                summary.problems.append({where, r.error().where, r.error().message});
                continue;
            }
            IncomingRow in;
            in.where = where;
            for (const FieldDef &def : schema.fields()) {
                if (def.managed || !o.contains(def.name))
                    continue;
                in.values.append({schema.indexOf(def.name), r->value(def.name)});
            }
            rows.append(in);
        }
    }

    // Departments: those of the catalogue, plus (JSON) the file's new ones.
    auto existingDepartments = store.departments();
    if (!existingDepartments)
        return existingDepartments.error();
    QSet<QString> knownDepartments;
    for (const Department &d : *existingDepartments)
        knownDepartments.insert(d.code());
    QList<Department> departmentsToCreate;
    for (const Department &d : std::as_const(newDepartments)) {
        if (knownDepartments.contains(d.code()))
            continue;
        Department fresh(d);
        fresh.id.clear();
        fresh.rev = 0;
        departmentsToCreate.append(fresh);
        knownDepartments.insert(d.code());
    }

    // Every row: known department, no duplicate in the file, the mode's rule, the form's rules.
    QHash<QString, QString> firstSeen; // DEPT/CODE -> where
    QSet<QString> fileDepartments;
    QList<Service> toSave;
    QList<QString> toSaveWhere;
    QSet<QString> keysInFile;
    // The codes the catalogue has, department by department: one query each instead of one per row.
    QHash<QString, QSet<QString>> existingCodes;
    for (const IncomingRow &in : std::as_const(rows)) {
        const QString dept = in.value(u"department_code").trimmed();
        if (knownDepartments.contains(dept) && !existingCodes.contains(dept)) {
            auto codes = store.serviceCodes(dept);
            if (!codes)
                return codes.error();
            existingCodes.insert(dept, *codes);
        }
    }
    const Validator validator;
    // A row that is not in the catalogue yet makes a new service: built and validated (the form's rules,
    // which need no catalogue) ahead, shared between two threads. The rest is checked in file order.
    struct Fresh
    {
        Service service;
        QList<Problem> problems;
        bool made = false;
    };
    std::vector<Fresh> fresh(size_t(rows.size()));
    auto make = [&](qsizetype index) {
        const IncomingRow &in = rows.at(index);
        if (existingCodes.value(in.value(u"department_code").trimmed()).contains(in.value(u"code").trimmed()))
            return;
        Fresh &f = fresh[size_t(index)];
        f.service.setValue(u"status"_s, u"active"_s);
        for (const auto &[field, value] : in.values)
            f.service.setValue(field, value);
        f.problems = validator.validate(f.service);
        f.made = true;
    };
    const qsizetype toCheck = rows.size();
    auto step = [&](qsizetype done) {
        return !options.progress || options.progress(ImportStage::Checking, done / 2, toCheck);
    };
    if (!shareWork(rows.size(), make, step, 500))
        return cancelled();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (options.progress && r % 500 == 0 && !options.progress(ImportStage::Checking, (toCheck + r) / 2, toCheck))
            return cancelled();
        const IncomingRow &in = rows.at(r);
        Fresh &made = fresh[size_t(r)];
        const QString dept = in.value(u"department_code").trimmed();
        const QString code = in.value(u"code").trimmed();
        const QString key = dept + u'/' + code;
        bool ok = true;
        if (!dept.isEmpty() && !knownDepartments.contains(dept)) {
            summary.problems.append(
                {in.where, u"department_code"_s,
                 QCoreApplication::translate("Validator", "there is no department with code \"%1\"").arg(dept)});
            ok = false;
        }
        if (!code.isEmpty() && firstSeen.contains(key)) {
            summary.problems.append(
                {in.where, u"code"_s,
                 QCoreApplication::translate("CatalogueExchange", "%1 is also at %2; each service appears once")
                     .arg(key, firstSeen.value(key))});
            ok = false;
        } else {
            firstSeen.insert(key, in.where);
        }
        fileDepartments.insert(dept);

        Service service;
        Result<Service> existing = Error {u"not-found"_s, {}, key};
        if (!made.made) {
            existing = store.service(key);
            if (!existing)
                return existing.error();
        }
        QList<Problem> problems;
        if (existing) {
            if (options.mode == ImportMode::Append) {
                summary.problems.append(
                    {in.where, u"code"_s,
                     QCoreApplication::translate(
                         "CatalogueExchange", "%1 is already in the catalogue (import with --mode merge to update it)")
                         .arg(key)});
                ok = false;
            }
            service = *existing;
            for (const auto &[index, value] : in.values)
                service.setValue(index, value);
            problems = validator.validate(service);
        } else {
            service = std::move(made.service);
            problems = std::move(made.problems);
        }
        for (const Problem &p : std::as_const(problems)) {
            // A department that does not exist was said once already.
            if (p.field == u"department_code" && !dept.isEmpty() && !knownDepartments.contains(dept))
                continue;
            summary.problems.append({in.where, p.field, p.message});
            ok = false;
        }
        if (!ok)
            continue;
        if (existing && diffRecords(*existing, service).isEmpty()) {
            ++summary.unchanged;
            keysInFile.insert(key);
            continue;
        }
        (existing ? summary.updated : summary.created)++;
        keysInFile.insert(key);
        toSave.append(service);
        toSaveWhere.append(in.where);
    }

    QStringList toDelete;
    if (options.mode == ImportMode::Replace) {
        fileDepartments.remove(QString());
        if (fileDepartments.size() != 1) {
            summary.problems.append(
                {file, u"department_code"_s,
                 QCoreApplication::translate("CatalogueExchange",
                                             "--mode replace takes a file of one department; this one has %1")
                     .arg(fileDepartments.size())});
        } else {
            ServiceFilter filter;
            filter.department = *fileDepartments.cbegin();
            ServiceCursor cursor;
            for (;;) {
                auto page = store.services(filter, cursor, 1000);
                if (!page)
                    return page.error();
                for (const Service &s : page->services) {
                    if (!keysInFile.contains(s.key()))
                        toDelete.append(s.id);
                }
                if (!page->hasMore)
                    break;
                cursor = page->next;
            }
            summary.deleted = int(toDelete.size());
        }
    }

    if (!summary.problems.isEmpty()) {
        QSet<QString> badRows;
        for (const ImportProblem &p : std::as_const(summary.problems))
            badRows.insert(p.where.section(u':', 0, 1));
        summary.rejected = int(badRows.size());
        if (options.rejectsPath.isEmpty())
            return summary; // nothing written
        QSaveFile rejects(options.rejectsPath);
        if (!rejects.open(QIODevice::WriteOnly))
            return Error {u"cannot-write"_s, rejects.errorString(), options.rejectsPath};
        rejects.write(Csv::row({u"where"_s, u"field"_s, u"problem"_s}).toUtf8());
        for (const ImportProblem &p : std::as_const(summary.problems))
            rejects.write(Csv::row({p.where, p.field, p.message}).toUtf8());
        if (!rejects.commit())
            return Error {u"cannot-write"_s, rejects.errorString(), options.rejectsPath};
        if (options.mode == ImportMode::Replace)
            return summary; // replacing a department with part of a file would lose services
    }
    summary.departmentsCreated = int(departmentsToCreate.size());
    if (options.dryRun)
        return summary;

    if (!toSave.isEmpty() || !toDelete.isEmpty() || !departmentsToCreate.isEmpty()) {
        SaveOptions save;
        save.validate = false; // every row was checked above (form rules, departments, codes) as it is saved
        save.returnSaved = false;
        if (options.progress) {
            save.progress = [&options](qsizetype done, qsizetype total) {
                return options.progress(ImportStage::Writing, done, total);
            };
        }
        auto saved = store.saveServices(toSave, save, toDelete, departmentsToCreate);
        if (!saved && saved.error().code == u"cancelled")
            return cancelled();
        if (!saved)
            return saved.error();
    }
    summary.written = true;
    return summary;
}

} // namespace Fehrist::Core

namespace Fehrist::Core {

Result<ImportPreview> CatalogueExchange::preview(const QString &path, ExchangeFormat format, int maxRows)
{
    ImportPreview preview;
    if (format == ExchangeFormat::JsonLd)
        return Error {
            u"unsupported"_s,
            QCoreApplication::translate("CatalogueExchange", "JSON-LD is an export format; import CSV, XLSX or JSON"),
            path};
    if (format == ExchangeFormat::Json) {
        auto parsed = readJson(path);
        if (!parsed)
            return parsed.error();
        const QJsonDocument &doc = *parsed;
        const QJsonArray services = doc.isArray() ? doc.array() : doc.object().value(u"services"_s).toArray();
        preview.header = csvColumns();
        preview.fields = preview.header;
        preview.rowCount = int(services.size());
        for (qsizetype i = 0; i < services.size() && i < maxRows; ++i) {
            const QJsonObject o = services.at(i).toObject();
            QStringList cells;
            for (const QString &c : std::as_const(preview.header)) {
                const QJsonValue v = o.value(c);
                if (v.isArray()) {
                    QStringList items;
                    for (const QJsonValue &item : v.toArray())
                        items.append(item.toVariant().toString());
                    cells.append(items.join(u';'));
                } else if (v.isBool()) {
                    cells.append(v.toBool() ? u"yes"_s : u"no"_s);
                } else {
                    cells.append(v.toVariant().toString());
                }
            }
            preview.rows.append(cells);
        }
        return preview;
    }
    auto table = readTable(path, format);
    if (!table)
        return table.error();
    if (table->isEmpty())
        return Error {u"empty"_s, QCoreApplication::translate("CatalogueExchange", "the file has no header row"), path};
    preview.header = table->first().cells;
    for (const QString &h : std::as_const(preview.header))
        preview.fields.append(matchColumn(h));
    preview.rowCount = int(table->size() - 1);
    for (qsizetype r = 1; r < table->size() && r <= maxRows; ++r) {
        QStringList cells = table->at(r).cells;
        while (cells.size() < preview.header.size())
            cells.append(QString());
        preview.rows.append(cells);
    }
    return preview;
}

} // namespace Fehrist::Core
