#include "core/io/catalogueexchange.h"

#include "core/domain/referencedata.h"
#include "core/domain/validator.h"
#include "core/io/csv.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

std::optional<ExchangeFormat> exchangeFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv")
        return ExchangeFormat::Csv;
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
    if (options.published)
        filter.state = u"approved"_s;
    ServiceCursor cursor;
    for (;;) {
        auto page = store.services(filter, cursor, 1000);
        if (!page)
            return page.error();
        for (const Service &s : page->services)
            visit(s);
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

} // namespace

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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"cannot-write"_s, file.errorString(), path};
    ExportSummary summary;
    summary.departments = departments.size();

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
    } else if (options.format == ExchangeFormat::Json) {
        QJsonArray departmentsJson, servicesJson;
        for (const Department &d : std::as_const(*departmentList)) {
            if (departments.contains(d.code()))
                departmentsJson.append(d.toJson());
        }
        Status s = forEachService(store, options, [&](const Service &service) {
            servicesJson.append(service.toJson());
            ++summary.services;
        });
        if (!s)
            return s.error();
        const QJsonObject root {{u"format"_s, u"fehrist-catalogue"_s},
                                {u"version"_s, 1},
                                {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {u"departments"_s, departmentsJson},
                                {u"services"_s, servicesJson}};
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        QJsonArray graph;
        Status s = forEachService(store, options, [&](const Service &service) {
            graph.append(cpsvService(service, departments));
            ++summary.services;
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
        file.write(QJsonDocument(QJsonObject {{u"@context"_s, context}, {u"@graph"_s, graph}})
                       .toJson(QJsonDocument::Indented));
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
    QHash<QString, QVariant> values; ///< only the columns the file has
    QSet<QString> present;
};

QString normalizedColumn(const QString &header)
{
    QString c = header.trimmed().toLower();
    c.replace(u' ', u'_');
    c.replace(u'-', u'_');
    return c;
}

} // namespace

Result<ImportSummary> CatalogueExchange::importFrom(Store &store, const QString &path, const ImportOptions &options)
{
    if (options.format == ExchangeFormat::JsonLd)
        return Error {u"unsupported"_s, u"JSON-LD is an export format; import CSV or JSON"_s, path};
    const QString &file = path; // problems name the file as the user gave it
    const Schema &schema = Schema::services();
    static const QSet<QString> ignored {u"id"_s, u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};

    ImportSummary summary;
    QList<IncomingRow> rows;
    QList<Department> newDepartments;

    if (options.format == ExchangeFormat::Csv) {
        auto csv = Csv::readFile(path);
        if (!csv)
            return csv.error();
        if (csv->isEmpty())
            return Error {u"empty"_s, u"the file has no header row"_s, file};
        const CsvRow header = csv->takeFirst();
        QList<int> fieldOf; // column -> schema field index, or -1 to ignore
        QSet<QString> seen;
        for (qsizetype c = 0; c < header.cells.size(); ++c) {
            const QString name = normalizedColumn(header.cells.at(c));
            const QString where = u"%1:%2:%3"_s.arg(file).arg(header.line).arg(c + 1);
            if (seen.contains(name))
                return Error {u"invalid-header"_s, u"the column \"%1\" appears twice"_s.arg(name), where};
            seen.insert(name);
            const FieldDef *def = schema.field(name);
            if (def && !def->managed) {
                fieldOf.append(schema.indexOf(name));
            } else if (def || ignored.contains(name) || name.isEmpty()) {
                fieldOf.append(-1); // workflow and sync columns are not imported
            } else {
                return Error {u"invalid-header"_s,
                              u"unknown column \"%1\"; the columns are the field names: %2"_s.arg(
                                  header.cells.at(c), csvColumns().join(u", "_s)),
                              where};
            }
        }
        for (const QString &required : {u"department_code"_s, u"code"_s}) {
            if (!seen.contains(required))
                return Error {u"invalid-header"_s, u"the header has no \"%1\" column"_s.arg(required),
                              u"%1:%2"_s.arg(file).arg(header.line)};
        }
        for (const CsvRow &r : std::as_const(*csv)) {
            IncomingRow in;
            in.where = u"%1:%2"_s.arg(file).arg(r.line);
            if (r.cells.size() != header.cells.size()) {
                summary.problems.append(
                    {in.where, {}, u"has %1 cells; the header has %2"_s.arg(r.cells.size()).arg(header.cells.size())});
                ++summary.rows;
                continue;
            }
            bool ok = true;
            for (qsizetype c = 0; c < r.cells.size(); ++c) {
                if (fieldOf.at(c) < 0)
                    continue;
                const FieldDef &def = schema.fields().at(fieldOf.at(c));
                auto value = Record::parseText(def, r.cells.at(c));
                if (!value) {
                    summary.problems.append(
                        {u"%1:%2:%3"_s.arg(file).arg(r.line).arg(c + 1), def.name, value.error().message});
                    ok = false;
                    continue;
                }
                in.values.insert(def.name, *value);
                in.present.insert(def.name);
            }
            ++summary.rows;
            if (ok)
                rows.append(in);
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error {u"cannot-read"_s, f.errorString(), path};
        if (f.size() > 256 * 1024 * 1024)
            return Error {u"too-large"_s, u"the file is larger than 256 MB"_s, file};
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (doc.isNull())
            return Error {u"invalid-json"_s, error.errorString(), u"%1: at byte %2"_s.arg(file).arg(error.offset)};
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
                in.values.insert(def.name, r->value(def.name));
                in.present.insert(def.name);
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
    const Validator validator;
    for (const IncomingRow &in : std::as_const(rows)) {
        const QString dept = in.values.value(u"department_code"_s).toString().trimmed();
        const QString code = in.values.value(u"code"_s).toString().trimmed();
        const QString key = dept + u'/' + code;
        bool ok = true;
        if (!dept.isEmpty() && !knownDepartments.contains(dept)) {
            summary.problems.append(
                {in.where, u"department_code"_s, u"there is no department with code \"%1\""_s.arg(dept)});
            ok = false;
        }
        if (!code.isEmpty() && firstSeen.contains(key)) {
            summary.problems.append(
                {in.where, u"code"_s, u"%1 is also at %2; each service appears once"_s.arg(key, firstSeen.value(key))});
            ok = false;
        } else {
            firstSeen.insert(key, in.where);
        }
        fileDepartments.insert(dept);

        Service service;
        auto existing = store.service(key);
        if (existing) {
            if (options.mode == ImportMode::Append) {
                summary.problems.append(
                    {in.where, u"code"_s,
                     u"%1 is already in the catalogue (import with --mode merge to update it)"_s.arg(key)});
                ok = false;
            }
            service = *existing;
        } else {
            service.setValue(u"status"_s, u"active"_s);
        }
        for (auto it = in.values.cbegin(); it != in.values.cend(); ++it)
            service.setValue(it.key(), it.value());
        for (const Problem &p : validator.validate(service)) {
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
                 u"--mode replace takes a file of one department; this one has %1"_s.arg(fileDepartments.size())});
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

    for (const Department &d : std::as_const(departmentsToCreate)) {
        if (auto saved = store.saveDepartment(d); !saved)
            return saved.error();
    }
    if (!toSave.isEmpty() || !toDelete.isEmpty()) {
        auto saved = store.saveServices(toSave, {}, toDelete);
        if (!saved)
            return saved.error();
    }
    summary.written = true;
    return summary;
}

} // namespace Fehrist::Core
