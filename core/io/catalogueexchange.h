#pragma once

#include "core/error.h"
#include "core/storage/store.h"

#include <functional>

namespace Fehrist::Core {

enum class ExchangeFormat { Csv, Xlsx, Json, JsonLd };

/// "csv", "xlsx", "json", "jsonld"; or, from a path, its extension.
std::optional<ExchangeFormat> exchangeFormatFromName(const QString &name);
std::optional<ExchangeFormat> exchangeFormatFromPath(const QString &path);

struct ExportOptions
{
    ExchangeFormat format = ExchangeFormat::Csv;
    QString department; ///< only this department's services
    /// The published versions (the last approved version of each service) instead of the working ones.
    bool published = false;
    /// Called every few hundred services with how many are written; returning false cancels, and
    /// the export leaves no file.
    std::function<bool(qint64 done)> progress;
};

struct ExportSummary
{
    qint64 departments = 0;
    qint64 services = 0;
};

enum class ImportStage { Reading, Checking, Writing };

enum class ImportMode {
    Append, ///< new services only; a DEPT/CODE already in the catalogue is a problem
    Merge, ///< by department_code + code: existing services are updated, new ones created
    Replace, ///< one department: its services become exactly those of the file
};

struct ImportOptions
{
    ExchangeFormat format = ExchangeFormat::Csv;
    ImportMode mode = ImportMode::Append;
    bool dryRun = false;
    /// Empty: any bad row means nothing is imported. Otherwise the good rows are imported and the
    /// problems written to this file (CSV: where, field, problem).
    QString rejectsPath;
    /// CSV and XLSX: a column of the file (its header, as written there) -> the field it holds, or ""
    /// to leave the column out. Columns not named here are matched by their header (matchColumn()).
    QHash<QString, QString> columnMapping;
    /// Called as rows are checked and written; returning false cancels the import, and nothing is
    /// written. `total` is 0 while it is not known yet.
    std::function<bool(ImportStage stage, qint64 done, qint64 total)> progress;
};

/// The first rows of a file as the import will read them, and the field each column goes to.
struct ImportPreview
{
    QStringList header; ///< as written in the file
    QStringList fields; ///< per column: the field it matches, or "" (unknown)
    QList<QStringList> rows; ///< the first rows, as text
    int rowCount = 0; ///< all rows of the file but the header
};

struct ImportProblem
{
    QString where; ///< file:line (CSV) or file: services[N] (JSON)
    QString field;
    QString message;
    QString toString() const;
};

struct ImportSummary
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    int departmentsCreated = 0;
    int rejected = 0;
    bool written = false;
    QList<ImportProblem> problems;
};

/// Export and import of the catalogue (DESIGN.md §7): CSV with the field names as header and lists
/// joined by ';', our JSON (the sync representation), and JSON-LD mapped to CPSV-AP 3.2 (export only).
/// Export writes through a temporary file, so a failed export leaves no half-written file. Import
/// reads and checks every row first — the same rules as the form, plus the catalogue's (known
/// department, unique code, no duplicates in the file) — and writes all rows in one transaction, or
/// none. Workflow fields (state, submitted_*, reviewed_*) are not imported: imported services are
/// drafts, or keep the state they have.
class CatalogueExchange
{
public:
    static Result<ExportSummary> exportTo(Store &store, const QString &path, const ExportOptions &options);
    /// The JSON or JSON-LD export as one document in memory (the server's public feed serves it).
    static Result<QByteArray> exportDocument(Store &store, const ExportOptions &options,
                                             ExportSummary *summary = nullptr);
    static Result<ImportSummary> importFrom(Store &store, const QString &path, const ImportOptions &options);

    /// Reads a CSV, XLSX or JSON file for the import wizard: its columns, what they match and its first
    /// `maxRows` rows. The same reader and limits as the import.
    static Result<ImportPreview> preview(const QString &path, ExchangeFormat format, int maxRows = 20);

    /// The field a column header names — case, spaces and dashes forgiven — or "" if none does.
    /// Workflow and sync columns (state, id, rev, …) match nothing: they are never imported.
    static QString matchColumn(const QString &header);

    /// Writes the blank import template: an XLSX with the header row, drop-down lists for the columns
    /// that take a value from a reference list, and a sheet of instructions in English and Urdu.
    static Status writeTemplate(const QString &path);

    /// The CSV columns, in order: every field of a service but the workflow's.
    static QStringList csvColumns();
};

} // namespace Fehrist::Core
