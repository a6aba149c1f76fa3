#pragma once

#include "core/storage/store.h"

namespace Fehrist::Core {

/// The illustrative catalogue behind `init --sample` (resources/sample/catalogue.json): about 26
/// departments and 106 services shaped after K-P's reported figures. It is sample data, not an official
/// list, and says so: the label is stored in the catalogue's meta table under kSampleMetaKey so that
/// every view can show it.
class SampleCatalogue
{
public:
    static inline const QString kSampleMetaKey = QStringLiteral("sample_label");

    struct Content
    {
        QString label;
        QList<Department> departments;
        QList<Service> services;
    };

    /// Reads the built-in sample; an error names the record that does not parse.
    static Result<Content> read();
    /// Loads the sample into an empty catalogue, in one transaction per table, with history entries
    /// but no outbox rows (sample data is never pushed to a server). Refuses a non-empty catalogue.
    static Status load(Store &store);
    /// The label if the catalogue holds the sample, else an empty string.
    static QString label(Store &store);
    /// A label as the desktop shows it: in the user's language where it has a translation of it (the
    /// built-in sample's label has one), else as stored.
    static QString translated(const QString &label);
};

} // namespace Fehrist::Core
