#pragma once

#include <QLoggingCategory>

namespace Fehrist::Server {
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // fehrist.http
Q_DECLARE_LOGGING_CATEGORY(lcServer) // fehrist.server
} // namespace Fehrist::Server
