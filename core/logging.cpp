#include "core/logging.h"

namespace Fehrist::Core {
Q_LOGGING_CATEGORY(lcDb, "fehrist.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "fehrist.sync", QtWarningMsg)
} // namespace Fehrist::Core
