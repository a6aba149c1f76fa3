#pragma once

#include "core/domain/record.h"
#include "core/error.h"

#include <QDate>

namespace Fehrist::Core {
class Store;
}

#include <QMap>
#include <QVariantMap>

#include <memory>

namespace Fehrist::Core {
class Store;
}

namespace Fehrist::Test {

/// A department that passes validation.
Core::Department makeDepartment(const QString &code, const QString &nameEn = {});
/// A service that passes validation (level L1, active, category other) in department `dept`.
Core::Service makeService(const QString &dept, const QString &code, const QString &nameEn = {},
                          const QString &nameUr = {});

class TestDatabase;

/// Every service's editable fields (the workflow's left out), by DEPT/CODE: what an export and
/// import must carry over exactly.
QMap<QString, QVariantMap> contentByKey(Core::Store &store);
/// A fresh test catalogue (SQLite or PostgreSQL, as TestDatabase picks), with the sample catalogue's
/// departments or with nothing; null if it cannot be made.
std::unique_ptr<Core::Store> emptyCatalogue(std::unique_ptr<TestDatabase> &db, bool withDepartments);

/// Fills an empty catalogue with `departments` departments and `services` services through the store's
/// own write path, the same for a given seed: every level, state, status and category, declared totals,
/// submission deadlines around `today` (some past), a few departments that have submitted nothing.
Core::Status generateCatalogue(Core::Store &store, int services, int departments, quint32 seed = 6,
                               const QDate &today = QDate::currentDate());

} // namespace Fehrist::Test
