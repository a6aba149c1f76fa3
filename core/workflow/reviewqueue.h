#pragma once

#include "core/domain/record.h"
#include "core/error.h"
#include "core/storage/store.h"

#include <QDate>

namespace Fehrist::Core {

/// One service waiting for a reviewer's decision.
struct ReviewItem
{
    QString id;
    qint64 rev = 0; ///< the revision a decision will name
    QString departmentCode;
    QString departmentName;
    QString code;
    QString nameEn;
    QString nameUr;
    QString submittedAt; ///< ISO 8601 UTC
    QString submittedBy;
    QDate deadline; ///< the department's submission deadline; null when it has none
    /// Days past the department's deadline that this service is still waiting (0: not overdue).
    int daysOverdue = 0;
    QString state; ///< submitted, or returned (the officer's inbox)
    QString reviewedAt; ///< a returned service: when, by whom and why
    QString reviewedBy;
    QString comment;

    QString key() const { return departmentCode + u'/' + code; }
};

/// What a reviewer looks at for one service: each field changed since its published version.
struct ReviewDiff
{
    bool published = false; ///< whether there is a published version (false: a service new to the catalogue)
    qint64 publishedRev = 0;
    QList<FieldChange> changes; ///< oldValue: published, newValue: submitted; content fields only
};

/// The reviewer's side of DESIGN.md §5: the services waiting for a decision, oldest submission first
/// (by department, submission date, overdue against the department's deadline), and, for one service,
/// what changed since the public last saw it.
class ReviewQueue
{
public:
    /// Services in `state` (submitted: the reviewer's queue; returned: the officer's inbox), optionally of
    /// one department, oldest submission first; at most `limit`.
    static Result<QList<ReviewItem>> load(Store &store, const QString &department = {}, const QDate &today = {},
                                          int limit = 10000, const QString &state = QStringLiteral("submitted"));
    /// The submitted revision against the published one (or, for a new service, against nothing).
    static Result<ReviewDiff> diff(Store &store, const Service &service);
};

} // namespace Fehrist::Core
