#include "tests/support/fixtures.h"

#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "tests/support/testdatabase.h"

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

} // namespace Fehrist::Test
