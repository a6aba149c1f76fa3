// A writer killed with SIGKILL in the middle of large writes leaves an intact catalogue in which every
// service has its outbox row (DESIGN.md §6: the outbox is the only copy of unsent work).
#include "core/storage/store.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::TestDatabase;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringWritesLosesNothingCommitted_data()
    {
        QTest::addColumn<quint32>("seed");
        // Seeds are printed with each row's name; rerun one with FEHRIST_CRASH_SEED.
        const quint32 fixed = qEnvironmentVariableIntValue("FEHRIST_CRASH_SEED");
        const quint32 base = fixed ? fixed : QRandomGenerator::global()->generate();
        for (quint32 i = 0; i < 4; ++i)
            QTest::addRow("seed %u", base + i) << base + i;
    }
    void killDuringWritesLosesNothingCommitted()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        TestDatabase db(TestDatabase::Backend::SQLite);
        QVERIFY(db.isValid());

        QProcess writer;
        writer.setProgram(Fehrist::Test::builtExecutable(u"tests/bin/fehrist-test-writer"_s));
        writer.setArguments({db.url(), u"1000000"_s});
        writer.start();
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

        // Let it commit a few batches, then kill it at a random moment inside the next ones.
        qint64 committed = 0;
        QElapsedTimer timer;
        timer.start();
        while (committed < 600 && timer.elapsed() < 30000) {
            writer.waitForReadyRead(100);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.trimmed().isEmpty())
                    committed = line.trimmed().toLongLong();
            }
        }
        QVERIFY2(committed >= 600, "the writer did not get going");
        QTest::qWait(int(random.bounded(5, 250)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                committed = line.trimmed().toLongLong();
        }

        auto store = Store::open(db.url(), OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE(*(*store)->integrityCheck(), u"ok"_s);
        QString ftsError;
        QVERIFY2(db.execRaw(u"INSERT INTO services_fts (services_fts) VALUES ('integrity-check')"_s, &ftsError),
                 qPrintable(ftsError));

        const qint64 services = *(*store)->countServices({});
        // Every batch the writer reported is there; batches are whole (200 services each).
        QVERIFY2(services >= committed,
                 qPrintable(u"%1 services, %2 reported committed"_s.arg(services).arg(committed)));
        QCOMPARE(services % 200, 0);

        QSet<QString> inOutbox;
        auto outbox = (*store)->outbox(int(services) + 10);
        QVERIFY(outbox.ok());
        for (const OutboxEntry &e : *outbox)
            inOutbox.insert(e.recordId);
        ServiceCursor cursor;
        qint64 checked = 0;
        for (;;) {
            auto page = (*store)->services({}, cursor, 1000);
            QVERIFY(page.ok());
            for (const Service &s : page->services) {
                QVERIFY2(inOutbox.contains(s.id), qPrintable(s.key() + u" has no outbox row"_s));
                QCOMPARE((*store)->history(s.id)->size(), 1);
                ++checked;
            }
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        QCOMPARE(checked, services);
        // The catalogue still takes writes.
        QVERIFY((*store)->deleteService(u"CRASH/S0000000"_s).ok());
        qInfo("seed %u: %lld services committed before the kill, all intact", seed, services);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
