#pragma once

#include "core/domain/record.h"

namespace Fehrist::Test {

/// A department that passes validation.
Core::Department makeDepartment(const QString &code, const QString &nameEn = {});
/// A service that passes validation (level L1, active, category other) in department `dept`.
Core::Service makeService(const QString &dept, const QString &code, const QString &nameEn = {},
                          const QString &nameUr = {});

} // namespace Fehrist::Test
