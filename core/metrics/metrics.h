#pragma once

#include "core/error.h"
#include "core/storage/store.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>

namespace Fehrist::Core {

/// The level from which a service counts as "fully digital" (DESIGN.md §4), whatever the threshold.
inline constexpr int kFullyDigitalLevel = 5;
/// The level counted as "digitized" unless the catalogue's setting says otherwise.
inline constexpr int kDefaultThreshold = 3;

struct DepartmentFigures
{
    QString code;
    QString nameEn;
    QString nameUr;
    qint64 services = 0; ///< live services catalogued
    std::optional<qint64> expected; ///< declared inventory
    qint64 activeServices = 0;
    qint64 online = 0; ///< active at or above the threshold
    qint64 draft = 0, submitted = 0, approved = 0, returned = 0;
    QMap<QString, qint64> byLevel; ///< live services per level, every level listed
    std::optional<double> completeness; ///< services / expected; absent when nothing is declared
    double onlineShare = 0; ///< online / active
    QDate deadline; ///< submission_deadline; null when none is set
    /// No service has reached review yet (none submitted, approved or returned).
    bool nothingSubmitted = false;
    /// The deadline has passed and services are still to be submitted (see outstanding()).
    bool pastDeadline = false;
    qint64 daysPastDeadline = 0;

    /// Services still to submit: the declared total (or the services catalogued, if more) less those
    /// submitted or approved. A returned service is to be submitted again.
    qint64 outstanding() const;
};

/// The programme's targets for the headline figures: catalogue settings, each optional.
struct Targets
{
    std::optional<double> onlineShare; ///< fractions 0–1
    std::optional<double> fullyDigitalShare;
    std::optional<double> volumeWeightedShare;
    QDate by; ///< when the targets are to be met; null when not set

    bool isEmpty() const { return !onlineShare && !fullyDigitalShare && !volumeWeightedShare && by.isNull(); }
    bool operator==(const Targets &) const = default;
};

/// The headline figures of one day, at the figures' threshold.
struct TrendPoint
{
    QDate day;
    qint64 services = 0;
    qint64 activeServices = 0;
    qint64 expectedServices = 0;
    double onlineShare = 0;
    double fullyDigitalShare = 0;
    double volumeWeightedShare = 0;
    std::optional<double> completeness;
};

/// The headline figures of DESIGN.md §4 and everything the dashboard and the report show. Shares are
/// fractions 0–1 of *active* services; the by-level, by-category and by-state counts cover every live
/// service.
struct CatalogueFigures
{
    int threshold = kDefaultThreshold; ///< the level counted as "digitized"
    QDate asOf; ///< the day the figures describe (deadlines are judged against it)
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
    QMap<QString, qint64> activeByLevel; ///< active services per level (what the trend keeps)
    QMap<QString, qint64> activeVolumeByLevel; ///< their annual volume per level
    QMap<QString, QMap<QString, qint64>> byCategoryLevel; ///< category -> level -> live services
    QList<DepartmentFigures> byDepartment; ///< every live department, in code order
    Targets targets;
    QList<TrendPoint> trend; ///< one point a day, oldest first; the last is asOf, from these figures

    /// The `stats --json` document (DESIGN.md §7, extended; docs/cli.md lists every key). The server's
    /// `/api/v1/stats` is meant to serve the same document.
    QJsonObject toJson() const;
    /// What a day's snapshot keeps: the counts per level behind every headline figure.
    QJsonObject snapshotJson() const;
    /// The headline figures of a snapshot at `threshold`.
    static TrendPoint trendPoint(const QDate &day, const QJsonObject &snapshot, int threshold);
};

/// What to compute; what is not set comes from the catalogue's settings (threshold) or the clock.
struct FigureRequest
{
    std::optional<int> threshold;
    QDate asOf; ///< null: today
};

/// Computes the catalogue's figures with SQL aggregates: one grouped pass over the store's covering
/// index, folded here, plus the catalogue's settings (threshold, targets) and its daily snapshots. The
/// same function serves the CLI (`stats`, `report`), the dashboard and (later) the server, so that they
/// agree to the last digit.
class Metrics
{
public:
    static Result<CatalogueFigures> compute(Store &store, const FigureRequest &request = {});
    static CatalogueFigures fold(const QList<Department> &departments, const QList<ServiceAggregate> &rows,
                                 int threshold = kDefaultThreshold, const QDate &asOf = {});

    /// Keeps `figures` as the snapshot of their day (figures.asOf); a day keeps its latest snapshot.
    static Status recordSnapshot(Store &store, const CatalogueFigures &figures);

    /// The level counted as "digitized": a catalogue setting (default L3).
    static Result<int> threshold(Store &store);
    static Status setThreshold(Store &store, int threshold);
    static Result<Targets> targets(Store &store);
    static Status setTargets(Store &store, const Targets &targets);
};

} // namespace Fehrist::Core
