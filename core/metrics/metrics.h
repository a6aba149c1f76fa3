#pragma once

#include "core/error.h"
#include "core/storage/store.h"

#include <QJsonObject>
#include <QMap>

namespace Fehrist::Core {

struct DepartmentFigures
{
    QString code;
    QString nameEn;
    qint64 services = 0; ///< live services catalogued
    std::optional<qint64> expected; ///< declared inventory
    qint64 activeServices = 0;
    qint64 online = 0; ///< active at or above the threshold
    qint64 draft = 0, submitted = 0, approved = 0, returned = 0;
    std::optional<double> completeness; ///< services / expected; absent when nothing is declared
    double onlineShare = 0; ///< online / active
};

/// The headline figures of DESIGN.md §4 and their breakdowns. Shares are fractions 0–1 of *active*
/// services; the by-level, by-category and by-state counts cover every live service.
struct CatalogueFigures
{
    int threshold = 3; ///< the level counted as "digitized"
    qint64 departments = 0;
    qint64 services = 0;
    qint64 activeServices = 0;
    qint64 onlineServices = 0;
    qint64 fullyDigitalServices = 0;
    qint64 expectedServices = 0;
    qint64 activeVolume = 0;
    qint64 onlineVolume = 0;
    double onlineShare = 0;
    double fullyDigitalShare = 0;
    double volumeWeightedShare = 0;
    std::optional<double> completeness;
    QMap<QString, qint64> byLevel; ///< every level L0–L6, zero included
    QMap<QString, qint64> byCategory;
    QMap<QString, qint64> byState;
    QList<DepartmentFigures> byDepartment; ///< every live department, in code order

    /// The `stats --json` document (DESIGN.md §7).
    QJsonObject toJson() const;
};

/// Computes the catalogue's figures with SQL aggregates: one grouped pass over the store's covering
/// index, folded here. The same code serves the CLI, the dashboard and (later) the server.
class Metrics
{
public:
    static Result<CatalogueFigures> compute(Store &store, int threshold = 3);
    static CatalogueFigures fold(const QList<Department> &departments, const QList<ServiceAggregate> &rows,
                                 int threshold = 3);
};

} // namespace Fehrist::Core
