#pragma once

#include "core/error.h"
#include "core/storage/store.h"

namespace Fehrist::Core {

enum class ExchangeFormat { Csv, Json, JsonLd };

/// "csv", "json", "jsonld"; or, from a path, its extension.
std::optional<ExchangeFormat> exchangeFormatFromName(const QString &name);
std::optional<ExchangeFormat> exchangeFormatFromPath(const QString &path);

struct ExportOptions
{
    ExchangeFormat format = ExchangeFormat::Csv;
    QString department; ///< only this department's services
    /// Only approved services. Until the review workflow keeps published versions apart (issue #5),
    /// that is the approved services as they are now.
    bool published = false;
};

struct ExportSummary
{
    qint64 departments = 0;
    qint64 services = 0;
};

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
    static Result<ImportSummary> importFrom(Store &store, const QString &path, const ImportOptions &options);

    /// The CSV columns, in order: every field of a service but the workflow's.
    static QStringList csvColumns();
};

} // namespace Fehrist::Core
