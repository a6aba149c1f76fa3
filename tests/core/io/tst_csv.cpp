#include "core/io/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fehrist::Core::Csv;

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180()
    {
        const QByteArray text = "\xEF\xBB\xBF"
                                "a,b,c\r\n"
                                "1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n"
                                "\"multi\nline\",,last\n"
                                "\n"
                                "ڈومیسائل,x,\"\"\n";
        auto rows = Csv::parse(text, u"t.csv"_s);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).cells, (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(rows->at(1).cells, (QStringList {u"1"_s, u"two, with comma"_s, u"say \"hi\""_s}));
        QCOMPARE(rows->at(2).cells, (QStringList {u"multi\nline"_s, QString(), u"last"_s}));
        QCOMPARE(rows->at(2).line, 3);
        QCOMPARE(rows->at(3).line, 6); // after the two-line cell and a blank line
        QCOMPARE(rows->at(3).cells, (QStringList {u"ڈومیسائل"_s, u"x"_s, QString()}));
    }

    void writesWhatItReads()
    {
        const QStringList cells {u"plain"_s, u"a,b"_s, u"q\"uote"_s, u"two\nlines"_s, u" padded "_s, QString()};
        auto rows = Csv::parse(Csv::row(cells).toUtf8(), u"t.csv"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->constFirst().cells, cells);
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << u"t.csv:2:3"_s << u"never closed"_s;
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << u"t.csv:2:4"_s << u"after a closing quote"_s;
        QTest::newRow("stray quote") << QByteArray("a,b\nx\"y,2\n") << u"t.csv:2:2"_s << u"middle of an unquoted"_s;
        QTest::newRow("invalid utf-8") << QByteArray("a,b\nok,\xC3\x28\n") << u"t.csv:2:4"_s << u"UTF-8"_s;
        QTest::newRow("overlong utf-8") << QByteArray("a\n\xC0\xAF\n") << u"t.csv:2:1"_s << u"UTF-8"_s;
    }
    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, words);
        auto rows = Csv::parse(text, u"t.csv"_s);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().where, where);
        QVERIFY2(rows.error().message.contains(words), qPrintable(rows.error().message));
    }

    void boundedInput()
    {
        Fehrist::Core::CsvLimits limits;
        limits.maxCellChars = 1000;
        const QByteArray big = "a\n" + QByteArray(2000, 'x') + "\n";
        auto rows = Csv::parse(big, u"t.csv"_s, limits);
        QVERIFY(!rows.ok());
        QVERIFY(rows.error().message.contains(u"longer than 1000"_s));
        limits.maxFileBytes = 100;
        QCOMPARE(Csv::parse(big, u"t.csv"_s, limits).error().code, u"too-large"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
