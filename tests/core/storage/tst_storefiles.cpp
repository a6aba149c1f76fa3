// Files and servers that are not usable catalogues: each gives a clear error and is left as it was.
#include "core/storage/store.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStoreFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFileIsNotACatalogue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a catalogue.\n");
        f.close();
        const QByteArray before = digest(path);
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"not-a-catalogue"_s);
        QCOMPARE(store.error().where, path);
        QCOMPARE(digest(path), before);
    }

    void damagedCatalogueIsReported()
    {
        Fehrist::Test::TestDatabase db(Fehrist::Test::TestDatabase::Backend::SQLite);
        {
            auto store = Store::open(db.url());
            QVERIFY(store.ok());
            QVERIFY((*store)->saveDepartment(Fehrist::Test::makeDepartment(u"DC"_s)).ok());
            QList<Service> many;
            for (int i = 0; i < 300; ++i)
                many.append(Fehrist::Test::makeService(u"DC"_s, u"S%1"_s.arg(i)));
            QVERIFY((*store)->saveServices(many).ok());
        }
        // Scribble over everything after the header page.
        QFile f(db.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\xA5'));
        f.close();

        auto store = Store::open(db.url());
        if (store.ok()) {
            // The header survived, so opening works; the first real read must say what is wrong.
            auto list = (*store)->services({});
            QVERIFY(!list.ok());
            QCOMPARE(list.error().code, u"damaged"_s);
            QVERIFY(list.error().message.contains(u"damaged"_s));
        } else {
            QVERIFY2(store.error().code == u"damaged"_s || store.error().code == u"not-a-catalogue"_s,
                     qPrintable(store.error().toString()));
        }
    }

    void folderAndMissingFile()
    {
        QTemporaryDir dir;
        auto folder = Store::open(dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, u"not-a-catalogue"_s);

        const QString missing = dir.filePath(u"nope.sqlite"_s);
        auto notThere = Store::open(missing, OpenMode::ExistingOnly);
        QVERIFY(!notThere.ok());
        QCOMPARE(notThere.error().code, u"not-found"_s);
        QVERIFY(!QFile::exists(missing)); // ExistingOnly never creates
    }

    void unreachablePostgresFailsFast()
    {
        QElapsedTimer timer;
        timer.start();
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        auto store = Store::open(u"postgresql://nobody:secret@127.0.0.1:1/fehrist"_s);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"cannot-open"_s);
        QVERIFY(!store.error().toString().contains(u"secret"_s)); // the password is never shown
        QVERIFY(timer.elapsed() < 15000);
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
