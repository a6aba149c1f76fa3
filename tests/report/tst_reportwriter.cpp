// The PDF report: written from the sample catalogue's figures and read back with poppler's pdftotext —
// the headline figures, every department's row and the compliance list must be in its text, exactly as
// computed; long catalogues continue over pages; a report that cannot be written says where and leaves
// nothing behind.
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "report/reportwriter.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 2) + u" %"_s;
}

} // namespace

class TestReportWriter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sampleReportCarriesTheFigures()
    {
        Test::TestDatabase db(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(db.url());
        QVERIFY(store.ok());
        QVERIFY(Core::SampleCatalogue::load(**store).ok());
        Core::FigureRequest request;
        request.asOf = QDate(2026, 11, 27);
        const Core::CatalogueFigures f = *Core::Metrics::compute(**store, request);

        const QString path = m_dir.filePath(u"report.pdf"_s);
        Report::ReportOptions options;
        options.catalogue = u"sample.sqlite"_s;
        options.sampleLabel = Core::SampleCatalogue::label(**store);
        auto pages = Report::ReportWriter::writePdf(path, f, options);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
        QVERIFY(*pages >= 3);
        const QString info = run(u"pdfinfo"_s, {path});
        QVERIFY2(!info.isEmpty(), "pdfinfo (poppler-utils) must be installed");
        QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(*pages))));
        QVERIFY(info.contains(u"Digitization report, 2026-11-27"_s));

        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
        QVERIFY(text.contains(u"Digitization report, 2026-11-27"_s));
        QVERIFY(text.contains(options.sampleLabel));
        QVERIFY(text.contains(u"Online (L3 and above)"_s));
        for (double share : {f.onlineShare, f.fullyDigitalShare, f.volumeWeightedShare, *f.completeness})
            QVERIFY2(text.contains(percent(share)), qPrintable(percent(share)));
        QVERIFY(text.contains(u"%1 of %2 active services"_s.arg(f.onlineServices).arg(f.activeServices)));
        QVERIFY(text.contains(u"%1 of %2 declared services"_s.arg(f.services).arg(f.expectedServices)));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(*pages)));

        // Every department's row in the table, with its figures in order.
        for (const Core::DepartmentFigures &d : f.byDepartment) {
            const QString row = u"^\\s*%1\\s+.+?\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6\\s+%7\\s+%8\\s+%9\\s+%10\\s*$"_s
                                    .arg(QRegularExpression::escape(d.code))
                                    .arg(d.services)
                                    .arg(*d.expected)
                                    .arg(QRegularExpression::escape(percent(*d.completeness)),
                                         QRegularExpression::escape(percent(d.onlineShare)))
                                    .arg(d.draft)
                                    .arg(d.submitted)
                                    .arg(d.approved)
                                    .arg(d.returned)
                                    .arg(d.deadline.isValid() ? d.deadline.toString(Qt::ISODate) : u"–"_s);
            QVERIFY2(text.contains(QRegularExpression(row, QRegularExpression::MultilineOption)), qPrintable(row));
        }

        // The compliance list names each department past its deadline and each that submitted nothing.
        const qsizetype compliance = text.lastIndexOf(u"Compliance"_s);
        QVERIFY(compliance > 0);
        const QString list = text.mid(compliance);
        int late = 0, nothing = 0;
        for (const Core::DepartmentFigures &d : f.byDepartment) {
            if (d.pastDeadline) {
                ++late;
                QVERIFY2(list.contains(u"%1 — "_s.arg(d.code)), qPrintable(d.code));
                QVERIFY(list.contains(u"deadline %1"_s.arg(d.deadline.toString(Qt::ISODate))));
            }
            if (d.nothingSubmitted)
                ++nothing;
        }
        QVERIFY(late > 0 && nothing > 0); // the sample has both
        QVERIFY(list.contains(u"Past the submission deadline (%1)"_s.arg(late)));
        QVERIFY(list.contains(u"Nothing submitted (%1)"_s.arg(nothing)));
    }

    void longCataloguesContinueOverPages()
    {
        QList<Core::Department> departments;
        QList<Core::ServiceAggregate> rows;
        for (int d = 0; d < 120; ++d) {
            const QString code = u"D%1"_s.arg(d, 3, 10, QChar(u'0'));
            departments.append(Test::makeDepartment(code));
            rows.append({code, u"L%1"_s.arg(d % 7), u"active"_s, u"draft"_s, u"health"_s, 1 + d % 9, 0});
        }
        const Core::CatalogueFigures f = Core::Metrics::fold(departments, rows);
        const QString path = m_dir.filePath(u"long.pdf"_s);
        auto pages = Report::ReportWriter::writePdf(path, f, {});
        QVERIFY(pages.ok());
        QVERIFY2(*pages >= 7, qPrintable(QString::number(*pages)));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        for (const Core::Department &d : departments) // in the chart and in the table
            QVERIFY2(text.count(QRegularExpression(u"\\b%1\\b"_s.arg(d.code()))) >= 2, qPrintable(d.code()));
    }

    void aReportThatCannotBeWrittenSaysWhere()
    {
        const Core::CatalogueFigures f = Core::Metrics::fold({}, {});
        const QString missing = m_dir.filePath(u"no/such/folder/report.pdf"_s);
        auto r = Report::ReportWriter::writePdf(missing, f, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"cannot-write"_s);
        QCOMPARE(r.error().where, missing);
        auto folder = Report::ReportWriter::writePdf(m_dir.path(), f, {});
        QVERIFY(!folder.ok());
        // An empty catalogue still makes a report (that says so), and nothing else is left in the folder.
        const QString empty = m_dir.filePath(u"empty.pdf"_s);
        QVERIFY(Report::ReportWriter::writePdf(empty, f, {}).ok());
        QVERIFY(run(u"pdftotext"_s, {empty, u"-"_s}).contains(u"No services yet"_s));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(name.endsWith(u".pdf"_s), qPrintable(name));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
