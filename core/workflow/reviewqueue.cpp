#include "core/workflow/reviewqueue.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

Result<QList<ReviewItem>> ReviewQueue::load(Store &store, const QString &department, const QDate &today, int limit,
                                            const QString &state)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    QHash<QString, const Department *> byCode;
    for (const Department &d : std::as_const(*departments))
        byCode.insert(d.code(), &d);

    ServiceFilter filter;
    filter.department = department;
    filter.state = state;
    QList<ReviewItem> items;
    ServiceCursor cursor;
    for (;;) {
        auto page = store.services(filter, cursor, 1000);
        if (!page)
            return page.error();
        for (const Service &s : std::as_const(page->services)) {
            ReviewItem item;
            item.id = s.id;
            item.rev = s.rev;
            item.departmentCode = s.departmentCode();
            item.code = s.code();
            item.nameEn = s.nameEn();
            item.nameUr = s.text(u"name_ur");
            item.submittedAt = s.text(u"submitted_at");
            item.submittedBy = s.text(u"submitted_by");
            item.state = s.state();
            item.reviewedAt = s.text(u"reviewed_at");
            item.reviewedBy = s.text(u"reviewed_by");
            item.comment = s.text(u"review_comment");
            if (const Department *d = byCode.value(item.departmentCode)) {
                item.departmentName = d->nameEn();
                item.deadline = QDate::fromString(d->text(u"submission_deadline"), Qt::ISODate);
                if (item.deadline.isValid() && item.deadline < day && state == u"submitted")
                    item.daysOverdue = int(item.deadline.daysTo(day));
            }
            items.append(item);
        }
        if (!page->hasMore || items.size() >= limit)
            break;
        cursor = page->next;
    }
    // Oldest submission first: the one waiting longest is decided first. Ties by department and code.
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem &a, const ReviewItem &b) { return a.submittedAt < b.submittedAt; });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Result<ReviewDiff> ReviewQueue::diff(Store &store, const Service &service)
{
    auto published = store.publishedService(service.id);
    if (!published)
        return published.error();
    ReviewDiff out;
    out.published = published->has_value();
    out.publishedRev = out.published ? (*published)->rev : 0;
    const Record before = out.published ? Record(**published) : Record(EntityType::Service);
    for (const FieldChange &c : diffRecords(before, service)) {
        if (!service.schema().field(c.field)->managed)
            out.changes.append(c);
    }
    return out;
}

} // namespace Fehrist::Core
