#pragma once

#include <QLoggingCategory>

namespace Fehrist::Core {
Q_DECLARE_LOGGING_CATEGORY(lcDb) // fehrist.db
Q_DECLARE_LOGGING_CATEGORY(lcSync) // fehrist.sync
} // namespace Fehrist::Core
