#include "tests/support/fixtures.h"

#include "core/domain/referencedata.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "tests/support/testdatabase.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Fehrist::Test {

Core::Department makeDepartment(const QString &code, const QString &nameEn)
{
    Core::Department d;
    d.setValue(u"code"_s, code);
    d.setValue(u"name_en"_s, nameEn.isEmpty() ? u"Department "_s + code : nameEn);
    d.setValue(u"expected_services"_s, qint64(10));
    return d;
}

Core::Service makeService(const QString &dept, const QString &code, const QString &nameEn, const QString &nameUr)
{
    Core::Service s;
    s.setValue(u"department_code"_s, dept);
    s.setValue(u"code"_s, code);
    s.setValue(u"name_en"_s, nameEn.isEmpty() ? u"Service "_s + code : nameEn);
    if (!nameUr.isEmpty())
        s.setValue(u"name_ur"_s, nameUr);
    s.setValue(u"description"_s, u"A test service."_s);
    s.setValue(u"category"_s, u"other"_s);
    s.setValue(u"digitization_level"_s, u"L1"_s);
    s.setValue(u"status"_s, u"active"_s);
    return s;
}

QMap<QString, QVariantMap> contentByKey(Core::Store &store)
{
    QMap<QString, QVariantMap> out;
    Core::ServiceCursor cursor;
    for (;;) {
        auto page = store.services({}, cursor, 500);
        if (!page)
            return out;
        for (const Core::Service &s : page->services) {
            QVariantMap values = s.values();
            for (const Core::FieldDef &def : Core::Schema::services().fields()) {
                if (def.managed)
                    values.remove(def.name);
            }
            out.insert(s.key(), values);
        }
        if (!page->hasMore)
            return out;
        cursor = page->next;
    }
}

std::unique_ptr<Core::Store> emptyCatalogue(std::unique_ptr<TestDatabase> &db, bool withDepartments)
{
    db = std::make_unique<TestDatabase>();
    if (!db->isValid())
        return nullptr;
    auto store = Core::Store::open(db->url());
    if (!store)
        return nullptr;
    if (withDepartments) {
        const auto sample = Core::SampleCatalogue::read();
        if (!sample)
            return nullptr;
        for (const Core::Department &d : sample->departments) {
            if (!(*store)->saveDepartment(d))
                return nullptr;
        }
    }
    return std::move(*store);
}

Core::Status generateCatalogue(Core::Store &store, int services, int departments, quint32 seed, const QDate &today)
{
    QRandomGenerator random(seed);
    const QStringList categories = Core::ReferenceData::builtIn().codes(u"category"_s);
    const QStringList states {u"draft"_s, u"submitted"_s, u"approved"_s, u"returned"_s};
    QList<int> perDepartment(departments, 0);
    for (int i = 0; i < services; ++i)
        ++perDepartment[i % departments];
    Core::SaveOptions options;
    options.keepWorkflowState = true;
    options.writeOutbox = false;
    QList<Core::Service> batch;
    int n = 0;
    for (int d = 0; d < departments; ++d) {
        const QString code = u"G%1"_s.arg(d, 3, 10, QChar(u'0'));
        Core::Department department = makeDepartment(code, u"Generated department %1"_s.arg(d));
        department.setValue(u"name_ur"_s, u"محکمہ %1"_s.arg(d));
        department.setValue(u"expected_services"_s, qint64(perDepartment.at(d) + random.bounded(0, 4)));
        if (d % 5 != 4)
            department.setValue(u"submission_deadline"_s, today.addDays(random.bounded(-60, 60)).toString(Qt::ISODate));
        if (auto saved = store.saveDepartment(department, options); !saved)
            return saved.error();
        const bool silent = d % 7 == 3; // a department that has submitted nothing
        for (int i = 0; i < perDepartment.at(d); ++i, ++n) {
            Core::Service s = makeService(code, u"S%1"_s.arg(n, 7, 10, QChar(u'0')));
            const int level = random.bounded(7);
            s.setValue(u"digitization_level"_s, u"L%1"_s.arg(level));
            if (level >= 3)
                s.setValue(u"channels"_s, QStringList {u"web-portal"_s});
            s.setValue(u"category"_s, categories.at(random.bounded(int(categories.size()))));
            s.setValue(u"status"_s, random.bounded(12) == 0 ? u"planned"_s : u"active"_s);
            if (random.bounded(10) != 0)
                s.setValue(u"annual_volume"_s, qint64(random.bounded(10, 200000)));
            const QString state = silent ? u"draft"_s : states.at(random.bounded(4));
            s.setValue(u"state"_s, state);
            if (state == u"returned")
                s.setValue(u"review_comment"_s, u"Please add the fee."_s);
            batch.append(s);
            if (batch.size() == 2000) {
                if (auto saved = store.saveServices(batch, options); !saved)
                    return saved.error();
                batch.clear();
            }
        }
    }
    if (!batch.isEmpty()) {
        if (auto saved = store.saveServices(batch, options); !saved)
            return saved.error();
    }
    return Core::success();
}

} // namespace Fehrist::Test
