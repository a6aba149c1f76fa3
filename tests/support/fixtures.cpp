#include "tests/support/fixtures.h"

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

} // namespace Fehrist::Test
