// The paged service model over real catalogues: every row reachable in any order, sorting and filtering
// done by the store, and QAbstractItemModelTester's checks throughout.
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "models/departmentlistmodel.h"
#include "models/servicetablemodel.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;
using Models::ServiceTableModel;

class TestServiceTableModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Core::Store> m_store;
    QStringList m_keysInOrder;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Test::TestDatabase>(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(m_db->url());
        QVERIFY(store.ok());
        m_store = std::move(*store);
        for (const QString &d : {u"AA"_s, u"BB"_s, u"CC"_s})
            QVERIFY(m_store->saveDepartment(Test::makeDepartment(d)).ok());
        QList<Core::Service> batch;
        for (int i = 0; i < 2000; ++i) {
            const QString dept = i % 3 == 0 ? u"AA"_s : i % 3 == 1 ? u"BB"_s : u"CC"_s;
            Core::Service s = Test::makeService(dept, u"S%1"_s.arg(i, 5, 10, QChar(u'0')),
                                                u"Service %1 %2"_s.arg(i % 7 ? u"permit"_s : u"licence"_s).arg(i));
            s.setValue(u"digitization_level"_s, u"L%1"_s.arg(i % 3));
            batch.append(s);
        }
        QVERIFY(m_store->saveServices(batch).ok());
        Core::ServiceCursor cursor;
        for (;;) {
            auto page = m_store->services({}, cursor, 500);
            for (const Core::Service &s : page->services)
                m_keysInOrder.append(s.key());
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        QCOMPARE(m_keysInOrder.size(), 2000);
    }

    void everyRowInAnyOrder()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        // The first page at once, the rest when the count arrives from its worker thread.
        QCOMPARE(model.rowCount(), ServiceTableModel::kPageSize);
        QVERIFY(model.isCounting());
        QTRY_COMPARE(model.rowCount(), 2000);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
        // The last row first (a jump), then backwards, then a random walk: always the right service.
        QCOMPARE(model.index(1999, ServiceTableModel::Key).data().toString(), m_keysInOrder.last());
        for (int row = 1999; row >= 0; row -= 97)
            QCOMPARE(model.index(row, ServiceTableModel::Key).data().toString(), m_keysInOrder.at(row));
        QRandomGenerator random(7);
        for (int i = 0; i < 300; ++i) {
            const int row = random.bounded(2000);
            QCOMPARE(model.index(row, ServiceTableModel::Key).data().toString(), m_keysInOrder.at(row));
        }
        // Straight through, as scrolling does.
        for (int row = 0; row < 2000; ++row)
            QCOMPARE(model.index(row, ServiceTableModel::Key).data().toString(), m_keysInOrder.at(row));
        QVERIFY(!model.idAt(5).isEmpty());
        QCOMPARE(model.index(0, ServiceTableModel::Level).data(ServiceTableModel::BadgeColorRole).typeId(),
                 QMetaType::QColor);
        QVERIFY(model.lastError().isEmpty());
    }

    void sortingIsTheStoresOrder()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.sort(ServiceTableModel::NameEn, Qt::DescendingOrder);
        model.waitForCount();
        QCOMPARE(model.rowCount(), 2000);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, ServiceTableModel::NameEn).data().toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(names, sorted);
        model.sort(ServiceTableModel::Level, Qt::AscendingOrder);
        model.waitForCount();
        QCOMPARE(model.index(0, ServiceTableModel::Level).data().toString(), u"L0"_s);
        QCOMPARE(model.index(1999, ServiceTableModel::Level).data().toString(), u"L2"_s);
    }

    void filtersAreApplied()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &ServiceTableModel::totalChanged);
        model.setStore(m_store.get());
        Core::ServiceFilter f;
        f.department = u"BB"_s;
        model.setFilter(f);
        model.waitForCount();
        QCOMPARE(model.rowCount(), 667);
        f.search = u"licence"_s;
        model.setFilter(f);
        model.waitForCount();
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, ServiceTableModel::NameEn).data().toString().contains(u"licence"_s));
            QVERIFY(model.index(row, ServiceTableModel::Key).data().toString().startsWith(u"BB/"_s));
        }
        QVERIFY(model.rowCount() > 50);
        QCOMPARE(totals.last().at(0).toLongLong(), model.rowCount());
        // A count that arrives after the filter changed again is dropped.
        f.search.clear();
        model.setFilter(f);
        f.department = u"CC"_s;
        model.setFilter(f);
        model.waitForCount();
        QCOMPARE(model.rowCount(), 666);
        // One letter is not searched: it would match nearly everything.
        f.search = u"p"_s;
        model.setFilter(f);
        model.waitForCount();
        QCOMPARE(model.rowCount(), 666);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void departmentListModel()
    {
        Models::DepartmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 4);
        // counts come just after, in the locale's digits
        QTRY_VERIFY(model.index(0).data().toString().contains(QLocale().toString(2000)));
        QCOMPARE(model.index(0).data(Models::DepartmentListModel::CodeRole).toString(), QString());
        QCOMPARE(model.index(2).data(Models::DepartmentListModel::CodeRole).toString(), u"BB"_s);
        QCOMPARE(model.index(2).data(Models::DepartmentListModel::ServicesRole).toLongLong(), 667);
        QCOMPARE(model.rowOfCode(u"CC"_s), 3);
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_MAIN(TestServiceTableModel)
#include "tst_servicetablemodel.moc"
