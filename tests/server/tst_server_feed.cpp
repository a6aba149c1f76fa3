// The public feed of fehrist-server: the published catalogue as JSON and JSON-LD with ETags, the
// figures (the same function as `fehrist-cli stats --json`), and health. SQLite or PostgreSQL.
#include "core/domain/ids.h"
#include "core/storage/store.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Test;

class TestServerFeed final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString prepared = prepareServer(m_db->url());
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        m_server = std::make_unique<ServerProcess>(m_db->url());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void theCatalogueIsTheApprovedServicesWithAnETag()
    {
        HttpResult r = http("GET", m_server->url(u"/api/v1/catalogue"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QByteArray etag = r.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        QJsonArray services = r.json().value(u"services"_s).toArray();
        QCOMPARE(services.size(), 39); // the sample's approved services, but the retired EXCISE/RC-BOOK
        for (const QJsonValue &v : services)
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(r.json().value(u"departments"_s).toArray().size(), 26);

        // Unchanged: 304 and no body.
        r = http("GET", m_server->url(u"/api/v1/catalogue"_s), {}, {{"If-None-Match", etag}});
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());

        // A reviewer approves a submitted service: a new version of the catalogue, a new ETag.
        const QString token = login(*m_server, u"reviewer"_s);
        const QJsonObject pulled = httpJson("GET", m_server->url(u"/api/v1/sync/pull?limit=2000"_s), {}, token).json();
        QJsonObject submitted;
        for (const QJsonValue &v : pulled.value(u"changes"_s).toArray()) {
            const QJsonObject record = v.toObject().value(u"record"_s).toObject();
            if (record.value(u"state"_s).toString() == u"submitted") {
                submitted = record;
                break;
            }
        }
        QVERIFY(!submitted.isEmpty());
        const QJsonObject push {{u"device_id"_s, u"feed-test"_s},
                                {u"changes"_s,
                                 QJsonArray {QJsonObject {{u"change_id"_s, Fehrist::Core::newId()},
                                                          {u"entity"_s, u"service"_s},
                                                          {u"record_id"_s, submitted.value(u"id"_s)},
                                                          {u"base_rev"_s, submitted.value(u"rev"_s)},
                                                          {u"operation"_s, u"approve"_s},
                                                          {u"changes"_s, QJsonObject {}}}}}};
        const HttpResult pushed = httpJson("POST", m_server->url(u"/api/v1/sync/push"_s), push, token);
        QCOMPARE(pushed.json().value(u"results"_s).toArray().at(0).toObject().value(u"result"_s).toString(),
                 u"applied"_s);
        r = http("GET", m_server->url(u"/api/v1/catalogue"_s), {}, {{"If-None-Match", etag}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("etag") != etag);
        QCOMPARE(r.json().value(u"services"_s).toArray().size(), 40);
    }

    void jsonLdFollowsCpsvAp()
    {
        HttpResult r = http("GET", m_server->url(u"/api/v1/catalogue?format=jsonld"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/ld+json"));
        const QJsonObject doc = r.json();
        QVERIFY(doc.value(u"@context"_s).toObject().contains(u"cpsv"_s));
        const QJsonArray graph = doc.value(u"@graph"_s).toArray();
        QCOMPARE(graph.size(), 40);
        QCOMPARE(graph.at(0).toObject().value(u"@type"_s).toString(), u"cpsv:PublicService"_s);
        QVERIFY(graph.at(0).toObject().contains(u"cv:hasCompetentAuthority"_s));
        const QByteArray etag = r.headers.value("etag");
        QVERIFY(etag != http("GET", m_server->url(u"/api/v1/catalogue"_s)).headers.value("etag"));
        QCOMPARE(http("GET", m_server->url(u"/api/v1/catalogue?format=jsonld"_s), {}, {{"If-None-Match", etag}}).status,
                 304);
        r = http("GET", m_server->url(u"/api/v1/catalogue?format=xml"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_s);
    }

    void statsAreWhatTheCliComputes()
    {
        const HttpResult r = http("GET", m_server->url(u"/api/v1/stats"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.headers.value("etag").isEmpty());
        const ProcessResult cli
            = runProgram(builtExecutable(u"app/fehrist-cli"_s), {u"--db"_s, m_db->url(), u"stats"_s, u"--json"_s});
        QCOMPARE(cli.exitCode, 0);
        QJsonObject expected = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        expected.remove(u"sample"_s); // the CLI's label of sample data; the figures are the same function's
        QCOMPARE(r.json(), expected);
        QCOMPARE(r.json().value(u"services"_s).toInt(), 106);
        // The server keeps the day's figures: the province-wide series is in its database, and the
        // trend ends today.
        const QJsonArray trend = r.json().value(u"trend"_s).toArray();
        QVERIFY(!trend.isEmpty());
        QCOMPARE(trend.last().toObject().value(u"day"_s).toString(), r.json().value(u"as_of"_s).toString());
        QVERIFY(QString::fromLatin1(r.headers.value("etag")).contains(QDate::currentDate().toString(u"yyyyMMdd"_s)));
        auto serverStore = Fehrist::Core::Store::open(m_db->url(), Fehrist::Core::OpenMode::ExistingOnly);
        QVERIFY(serverStore.ok());
        const auto kept = (*serverStore)->snapshots();
        QVERIFY(kept.ok() && !kept->isEmpty());
        QCOMPARE(kept->last().day, r.json().value(u"as_of"_s).toString());
    }

    void healthSaysWhatRuns()
    {
        const HttpResult r = http("GET", m_server->url(u"/api/v1/health"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"version"_s).toString(), QStringLiteral(FEHRIST_VERSION));
        QVERIFY(r.json().value(u"seq"_s).toInteger() >= 133);
    }
};

QTEST_GUILESS_MAIN(TestServerFeed)
#include "tst_server_feed.moc"
