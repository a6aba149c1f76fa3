// Export and import through real catalogues (SQLite, or PostgreSQL with FEHRIST_TEST_BACKEND=pg):
// round trips of the sample catalogue, the modes, and broken files that must import nothing.
#include "core/io/catalogueexchange.h"
#include "core/sample/samplecatalogue.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::contentByKey;
using Fehrist::Test::emptyCatalogue;
using Fehrist::Test::TestDatabase;

namespace {

ServiceFilter inState(const QString &state)
{
    ServiceFilter f;
    f.state = state;
    return f;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCatalogueExchange final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<Store> m_sample;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = std::make_unique<TestDatabase>();
        QVERIFY2(m_source->isValid(), qPrintable(m_source->error()));
        auto store = Store::open(m_source->url());
        QVERIFY(store.ok());
        m_sample = std::move(*store);
        QVERIFY(SampleCatalogue::load(*m_sample).ok());
    }

    void csvRoundTrip()
    {
        auto exported
            = CatalogueExchange::exportTo(*m_sample, path(u"all.csv"_s), {ExchangeFormat::Csv, {}, false, {}});
        QVERIFY(exported.ok());
        QCOMPARE(exported->services, 106);
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, true);
        QVERIFY(target);
        auto imported = CatalogueExchange::importFrom(*target, path(u"all.csv"_s), {});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY(imported->problems.isEmpty());
        QCOMPARE(imported->created, 106);
        QCOMPARE(contentByKey(*target), contentByKey(*m_sample));
        // Imported services are drafts: import is not a way around review.
        QCOMPARE(*target->countServices(inState(u"draft"_s)), 106);
        // The same file again, merged, changes nothing.
        ImportOptions merge;
        merge.mode = ImportMode::Merge;
        auto again = CatalogueExchange::importFrom(*target, path(u"all.csv"_s), merge);
        QCOMPARE(again->unchanged, 106);
        QCOMPARE(again->updated, 0);
    }

    void jsonRoundTripCarriesDepartments()
    {
        QVERIFY(
            CatalogueExchange::exportTo(*m_sample, path(u"all.json"_s), {ExchangeFormat::Json, {}, false, {}}).ok());
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, false);
        QVERIFY(target);
        ImportOptions options;
        options.format = ExchangeFormat::Json;
        auto imported = CatalogueExchange::importFrom(*target, path(u"all.json"_s), options);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->departmentsCreated, 26);
        QCOMPARE(contentByKey(*target), contentByKey(*m_sample));
        QCOMPARE(target->departments()->size(), 26);
    }

    void jsonLdIsCpsvAp()
    {
        auto exported = CatalogueExchange::exportTo(*m_sample, path(u"dc.jsonld"_s),
                                                    {ExchangeFormat::JsonLd, u"DC"_s, false, {}});
        QVERIFY(exported.ok());
        QFile f(path(u"dc.jsonld"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(root.value(u"@context"_s).toObject().contains(u"cpsv"_s));
        const QJsonArray graph = root.value(u"@graph"_s).toArray();
        QCOMPARE(graph.size(), int(exported->services));
        QJsonObject domicile;
        for (const QJsonValue &v : graph) {
            if (v.toObject().value(u"dct:identifier"_s).toString() == u"DC/DOMICILE")
                domicile = v.toObject();
        }
        QCOMPARE(domicile.value(u"@type"_s).toString(), u"cpsv:PublicService"_s);
        QVERIFY(domicile.value(u"cv:hasCompetentAuthority"_s).toObject().value(u"@id"_s).toString().endsWith(u":DC"_s));
        QVERIFY(!domicile.value(u"cv:hasChannel"_s).toArray().isEmpty());
        QCOMPARE(domicile.value(u"cv:hasCost"_s).toObject().value(u"cv:currency"_s).toString(), u"PKR"_s);
        QCOMPARE(domicile.value(u"cv:processingTime"_s).toString(), u"P10D"_s);
        QVERIFY(!domicile.value(u"cpsv:hasInput"_s).toArray().isEmpty());
        QCOMPARE(domicile.value(u"cv:isClassifiedBy"_s).toArray().at(0).toObject().value(u"skos:notation"_s).toString(),
                 u"L4"_s);
        QCOMPARE(domicile.value(u"dct:title"_s).toArray().size(), 2); // English and Urdu
        // Published: the approved services but the retired one (EXCISE/RC-BOOK: approved off the catalogue).
        auto published
            = CatalogueExchange::exportTo(*m_sample, path(u"pub.json"_s), {ExchangeFormat::Json, {}, true, {}});
        QCOMPARE(published->services, *m_sample->countServices(inState(u"approved"_s)) - 1);
        QFile written(path(u"pub.json"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("RC-BOOK"));
    }

    void brokenFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // in the error or a problem
        const QByteArray header = "department_code,code,name_en,description,category,digitization_level,fee_type,"
                                  "fee_amount_pkr,online_url,processing_time\n";
        const QByteArray good = "DC,GOOD-1,Good service,Fine.,other,L1,free,,,P2D\n";
        QTest::newRow("unclosed quote") << header + good + "DC,X,\"open,Y,other,L1,,,,\n" << u"all.csv:3:6"_s;
        QTest::newRow("wrong column count") << header + good + "DC,X,Name\n" << u"all.csv:3: has 3 cells"_s;
        QTest::newRow("invalid utf-8") << header + good + "DC,X,\xFF\xFE,Y,other,L1,,,,\n" << u"all.csv:3:6"_s;
        QTest::newRow("unknown department") << header + good + "NOPE,X,N,D,other,L1,,,,\n"
                                            << u"all.csv:3: department_code: there is no department"_s;
        QTest::newRow("duplicate code") << header + good + good << u"all.csv:3: code: DC/GOOD-1 is also at"_s;
        QTest::newRow("negative fee") << header + good + "DC,X,N,D,other,L1,fixed,-20,,\n"
                                      << u"all.csv:3: fee_amount_pkr: must not be negative"_s;
        QTest::newRow("non-https url") << header + good + "DC,X,N,D,other,L1,,,http://x.kp.gov.pk,\n"
                                       << u"all.csv:3: online_url"_s;
        QTest::newRow("bad duration") << header + good + "DC,X,N,D,other,L1,,,,ten days\n"
                                      << u"all.csv:3: processing_time"_s;
        QTest::newRow("10 MB cell") << header + good + "DC,X,N," + QByteArray(10 * 1024 * 1024, 'd') + ",other,L1,,,,\n"
                                    << u"longer than"_s;
        QTest::newRow("unknown column") << QByteArray("department_code,code,nmae_en\nDC,X,Y\n") << u"all.csv:1:3"_s;
    }
    void brokenFilesImportNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = m_dir.filePath(u"all.csv"_s);
        writeFile(file, content);
        const qint64 before = *m_sample->countServices({});
        const qint64 pending = *m_sample->pendingChanges();
        auto result = CatalogueExchange::importFrom(*m_sample, file, {});
        QString said;
        if (!result.ok()) {
            said = result.error().toString();
        } else {
            QVERIFY(!result->written);
            QVERIFY(!result->problems.isEmpty());
            for (const ImportProblem &p : result->problems)
                said += p.toString() + u'\n';
        }
        QVERIFY2(said.contains(expected), qPrintable(said));
        QCOMPARE(*m_sample->countServices({}), before);
        QCOMPARE(*m_sample->pendingChanges(), pending);
        QVERIFY(!m_sample->service(u"DC/GOOD-1"_s).ok());
    }

    void modesDryRunAndRejects()
    {
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, true);
        QVERIFY(target);
        const QByteArray header = "department_code,code,name_en,description,category,digitization_level\n";
        writeFile(path(u"two.csv"_s), header + "DC,A1,First,D,other,L1\nDC,A2,Second,D,other,L2\n");
        ImportOptions dry;
        dry.dryRun = true;
        auto dryRun = CatalogueExchange::importFrom(*target, path(u"two.csv"_s), dry);
        QCOMPARE(dryRun->created, 2);
        QCOMPARE(*target->countServices({}), 0);
        QVERIFY(CatalogueExchange::importFrom(*target, path(u"two.csv"_s), {})->written);
        QCOMPARE(*target->countServices({}), 2);
        // Append refuses what exists; merge updates it.
        writeFile(path(u"change.csv"_s), header + "DC,A1,First renamed,D,other,L2\n");
        auto append = CatalogueExchange::importFrom(*target, path(u"change.csv"_s), {});
        QVERIFY(!append->written);
        ImportOptions merge;
        merge.mode = ImportMode::Merge;
        auto merged = CatalogueExchange::importFrom(*target, path(u"change.csv"_s), merge);
        QCOMPARE(merged->updated, 1);
        QCOMPARE(target->service(u"DC/A1"_s)->nameEn(), u"First renamed"_s);
        // Replace: the department becomes exactly the file.
        ImportOptions replace;
        replace.mode = ImportMode::Replace;
        auto replaced = CatalogueExchange::importFrom(*target, path(u"change.csv"_s), replace);
        QCOMPARE(replaced->deleted, 1);
        QVERIFY(!target->service(u"DC/A2"_s).ok());
        QCOMPARE(*target->countServices({}), 1);
        // Skip invalid: the good row goes in, the bad one to the rejects file.
        writeFile(path(u"mixed.csv"_s), header + "DC,B1,Fine,D,other,L1\nDC,B2,,D,other,L9\n");
        ImportOptions skip;
        skip.rejectsPath = path(u"rejects.csv"_s);
        auto skipped = CatalogueExchange::importFrom(*target, path(u"mixed.csv"_s), skip);
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->rejected, 1);
        QVERIFY(target->service(u"DC/B1"_s).ok());
        QFile rejects(path(u"rejects.csv"_s));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rejects.readAll());
        QVERIFY(text.contains(u"mixed.csv:3,name_en,is required"_s));
        QVERIFY(text.contains(u"digitization_level"_s));
    }

    void aLargeFileIsCheckedOnTwoThreadsInFileOrder()
    {
        // From a few thousand rows the import reads and checks the file on two threads: what it says and
        // what it writes must not depend on that. Problems in both halves come back in line order.
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, true);
        QVERIFY(target);
        QVERIFY(target->saveService(Fehrist::Test::makeService(u"DC"_s, u"R4000"_s, u"Before the import"_s)).ok());
        const int count = 5000;
        QByteArray csv = "department_code,code,name_en,description,category,digitization_level,fee_amount_pkr\n";
        for (int i = 1; i <= count; ++i) {
            if (i == 10)
                csv += "DC,R10,Short row\n"; // line 11: too few cells
            else if (i == 2600)
                csv += "DC,R2600,Row 2600,D,other,L9,\n"; // line 2601: no such level
            else if (i == 4999)
                csv += "DC,R4999,Row 4999,D,other,L1,-5\n"; // line 5000: a negative fee
            else
                csv += "DC,R" + QByteArray::number(i) + ",Row " + QByteArray::number(i) + ",D,other,L2,\n";
        }
        writeFile(path(u"large.csv"_s), csv);

        ImportOptions merge;
        merge.mode = ImportMode::Merge;
        QList<std::pair<ImportStage, qint64>> seen;
        merge.progress = [&](ImportStage stage, qint64 done, qint64) {
            seen.append({stage, done});
            return true;
        };
        auto refused = CatalogueExchange::importFrom(*target, path(u"large.csv"_s), merge);
        QVERIFY2(refused.ok(), qPrintable(refused.ok() ? QString() : refused.error().toString()));
        QVERIFY(!refused->written);
        QStringList where;
        for (const ImportProblem &p : refused->problems)
            where.append(p.where.section(u'/', -1) + u' ' + p.field);
        QCOMPARE(where.size(), 3);
        QVERIFY2(where.at(0).startsWith(u"large.csv:11 "_s), qPrintable(where.join(u", "_s)));
        QVERIFY2(where.at(1).startsWith(u"large.csv:2601"_s), qPrintable(where.join(u", "_s)));
        QVERIFY2(where.at(1).endsWith(u"digitization_level"_s), qPrintable(where.join(u", "_s)));
        QVERIFY2(where.at(2).startsWith(u"large.csv:5000"_s), qPrintable(where.join(u", "_s)));
        QVERIFY2(where.at(2).endsWith(u"fee_amount_pkr"_s), qPrintable(where.join(u", "_s)));
        QCOMPARE(*target->countServices({}), 1);
        // Progress moves forward within each stage.
        for (qsizetype i = 1; i < seen.size(); ++i) {
            if (seen.at(i).first == seen.at(i - 1).first)
                QVERIFY2(seen.at(i).second >= seen.at(i - 1).second, qPrintable(QString::number(i)));
        }

        // The good rows, with the bad ones set aside: every value where it belongs, in both halves.
        merge.rejectsPath = path(u"large-rejects.csv"_s);
        auto imported = CatalogueExchange::importFrom(*target, path(u"large.csv"_s), merge);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY(imported->written);
        QCOMPARE(imported->rejected, 3);
        QCOMPARE(imported->created, count - 4);
        QCOMPARE(imported->updated, 1);
        QCOMPARE(*target->countServices({}), count - 3);
        for (int i : {1, 2499, 2501, 4000, 5000}) {
            auto s = target->service(u"DC/R%1"_s.arg(i));
            QVERIFY2(s.ok(), qPrintable(u"DC/R%1"_s.arg(i)));
            QCOMPARE(s->nameEn(), u"Row %1"_s.arg(i));
            QCOMPARE(s->text(u"digitization_level"), u"L2"_s);
        }
        QVERIFY(!target->service(u"DC/R2600"_s).ok());

        // Cancelled while checking: nothing written.
        writeFile(path(u"more.csv"_s), csv.replace(",R", ",M"));
        ImportOptions cancelling;
        cancelling.progress
            = [](ImportStage stage, qint64 done, qint64) { return stage != ImportStage::Checking || done < 1000; };
        auto cancelled = CatalogueExchange::importFrom(*target, path(u"more.csv"_s), cancelling);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, u"cancelled"_s);
        QCOMPARE(*target->countServices({}), count - 3);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueExchange)
#include "tst_catalogueexchange.moc"
