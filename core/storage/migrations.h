#pragma once

#include "core/storage/dialect.h"

#include <QStringList>

namespace Fehrist::Core {

/// One numbered step of the schema. Steps are history: once released, a step never changes; a
/// change to the schema is a new step.
struct Migration
{
    int version;
    QString description;
    QStringList (*statements)(const Dialect &dialect);
};

/// Every migration, in order. The catalogue's version is the highest step applied.
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace Fehrist::Core
