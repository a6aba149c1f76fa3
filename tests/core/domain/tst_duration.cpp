#include "core/domain/duration.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fehrist::Core::IsoDuration;

class TestDuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("days") << u"P10D"_s << qint64(10 * 86400);
        QTest::newRow("hours") << u"PT2H"_s << qint64(7200);
        QTest::newRow("minutes") << u"PT30M"_s << qint64(1800);
        QTest::newRow("month") << u"P1M"_s << qint64(30 * 86400);
        QTest::newRow("weeks") << u"P2W"_s << qint64(14 * 86400);
        QTest::newRow("mixed") << u"P1DT12H"_s << qint64(86400 + 12 * 3600);
        QTest::newRow("year") << u"P1Y"_s << qint64(365 * 86400);
        QTest::newRow("seconds") << u"PT45S"_s << qint64(45);
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto d = IsoDuration::parse(text);
        QVERIFY2(d.has_value(), qPrintable(text));
        QCOMPARE(d->approximateSeconds(), seconds);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("just P") << u"P"_s;
        QTest::newRow("no designator") << u"P10"_s;
        QTest::newRow("words") << u"10 days"_s;
        QTest::newRow("lowercase") << u"p10d"_s;
        QTest::newRow("T without time") << u"P1DT"_s;
        QTest::newRow("hours without T") << u"P2H"_s;
        QTest::newRow("wrong order") << u"P1D2M"_s;
        QTest::newRow("repeated") << u"P1D1D"_s;
        QTest::newRow("negative") << u"P-1D"_s;
        QTest::newRow("fraction") << u"P1.5D"_s;
        QTest::newRow("arabic digits") << u"P١D"_s;
        QTest::newRow("huge") << u"P99999999D"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QVERIFY2(!IsoDuration::parse(text).has_value(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
