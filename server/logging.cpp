#include "server/logging.h"

namespace Fehrist::Server {
Q_LOGGING_CATEGORY(lcHttp, "fehrist.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServer, "fehrist.server", QtInfoMsg)
} // namespace Fehrist::Server
