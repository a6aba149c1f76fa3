// XLSX import and export through real catalogues: our own round trip, workbooks written by LibreOffice
// and by openpyxl, broken and hostile workbooks (zip bomb, 10 MB cells, DTDs) that must import
// nothing, the blank template, column mapping and Cancel.
#include "core/io/catalogueexchange.h"
#include "core/io/xlsx.h"
#include "core/sample/samplecatalogue.h"
#include "tests/support/fixtures.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::contentByKey;
using Fehrist::Test::emptyCatalogue;
using Fehrist::Test::TestDatabase;

namespace {

// Debian's python3 with python3-openpyxl (scripts/setup.sh installs it); not a pyenv one on PATH.
QString python()
{
    const QString fromEnv = qEnvironmentVariable("FEHRIST_TEST_PYTHON");
    return fromEnv.isEmpty() ? u"/usr/bin/python3"_s : fromEnv;
}

// Runs a program; returns its output, or fails the test with what it said.
bool runProgram(const QString &program, const QStringList &arguments, QString *output = nullptr, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs)) {
        qWarning("%s did not finish: %s", qPrintable(program), qPrintable(p.errorString()));
        p.kill();
        return false;
    }
    const QString said = QString::fromUtf8(p.readAll());
    if (output)
        *output = said;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')), qPrintable(said));
        return false;
    }
    return true;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString describe(const Result<ImportSummary> &result)
{
    if (!result.ok())
        return result.error().toString();
    QString said;
    for (const ImportProblem &p : result->problems)
        said += p.toString() + u'\n';
    return said;
}

} // namespace

class TestXlsx final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_sourceDb;
    std::unique_ptr<Store> m_sample;
    std::unique_ptr<TestDatabase> m_targetDb;
    std::unique_ptr<Store> m_target; ///< the sample's departments, no services
    QTemporaryDir m_dir;
    QString m_script;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool make(const QString &kind, const QString &file) { return runProgram(python(), {m_script, kind, file}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_script = QFINDTESTDATA("make_xlsx.py");
        QVERIFY2(!m_script.isEmpty(), "make_xlsx.py not found next to the test");
        QVERIFY2(runProgram(python(), {u"-c"_s, u"import openpyxl"_s}),
                 "Debian's python3-openpyxl is needed (scripts/setup.sh installs it)");
        m_sourceDb = std::make_unique<TestDatabase>();
        QVERIFY2(m_sourceDb->isValid(), qPrintable(m_sourceDb->error()));
        auto store = Store::open(m_sourceDb->url());
        QVERIFY(store.ok());
        m_sample = std::move(*store);
        QVERIFY(SampleCatalogue::load(*m_sample).ok());
        m_target = emptyCatalogue(m_targetDb, true);
        QVERIFY(m_target);
    }

    void columnNames()
    {
        QCOMPARE(Xlsx::columnName(1), u"A"_s);
        QCOMPARE(Xlsx::columnName(26), u"Z"_s);
        QCOMPARE(Xlsx::columnName(27), u"AA"_s);
        QCOMPARE(Xlsx::columnName(703), u"AAA"_s);
    }

    void roundTripIntoAnEmptyCatalogue()
    {
        auto exported
            = CatalogueExchange::exportTo(*m_sample, path(u"all.xlsx"_s), {ExchangeFormat::Xlsx, {}, false, {}});
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
        QCOMPARE(exported->services, 106);
        // No departments in the target: the workbook's Departments sheet brings them.
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, false);
        QVERIFY(target);
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        auto imported = CatalogueExchange::importFrom(*target, path(u"all.xlsx"_s), options);
        QVERIFY2(imported.ok() && imported->problems.isEmpty(), qPrintable(describe(imported)));
        QCOMPARE(imported->created, 106);
        QCOMPARE(imported->departmentsCreated, 26);
        QCOMPARE(contentByKey(*target), contentByKey(*m_sample));
        // Exported again, the workbook reads back the same rows.
        QVERIFY(
            CatalogueExchange::exportTo(*target, path(u"again.xlsx"_s), {ExchangeFormat::Xlsx, {}, false, {}}).ok());
        QCOMPARE(*Xlsx::readFile(path(u"again.xlsx"_s)), *Xlsx::readFile(path(u"all.xlsx"_s)));
    }

    void importsAWorkbookMadeByLibreOffice()
    {
        QVERIFY(CatalogueExchange::exportTo(*m_sample, path(u"lo.csv"_s), {ExchangeFormat::Csv, {}, false, {}}).ok());
        QDir().mkpath(path(u"lo-out"_s));
        const QString profile = QUrl::fromLocalFile(path(u"lo-profile"_s)).toString();
        QString said;
        // CSV:44,34,76,1 = comma, double quote, UTF-8, from line 1
        QVERIFY2(runProgram(u"soffice"_s,
                            {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--infilter=CSV:44,34,76,1"_s,
                             u"--convert-to"_s, u"xlsx"_s, u"--outdir"_s, path(u"lo-out"_s), path(u"lo.csv"_s)},
                            &said, 180000),
                 "LibreOffice (soffice, from libreoffice-calc-nogui) is needed");
        const QString workbook = path(u"lo-out/lo.xlsx"_s);
        QVERIFY2(QFile::exists(workbook), qPrintable(said));
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, true);
        QVERIFY(target);
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        auto imported = CatalogueExchange::importFrom(*target, workbook, options);
        QVERIFY2(imported.ok() && imported->problems.isEmpty(), qPrintable(describe(imported)));
        QCOMPARE(imported->created, 106);
        // LibreOffice typed the numbers and dates; they read back as the same text.
        QCOMPARE(contentByKey(*target), contentByKey(*m_sample));
    }

    void importsAWorkbookMadeByOpenpyxl()
    {
        QVERIFY(make(u"openpyxl"_s, path(u"openpyxl.xlsx"_s)));
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        options.mode = ImportMode::Merge;
        auto imported = CatalogueExchange::importFrom(*m_target, path(u"openpyxl.xlsx"_s), options);
        QVERIFY2(imported.ok() && imported->problems.isEmpty(), qPrintable(describe(imported)));
        QCOMPARE(imported->rows, 2); // the blank row between them is no row
        auto s = m_target->service(u"DC/XL-1"_s);
        QVERIFY(s.ok());
        QCOMPARE(s->text(u"name_ur"), u"ڈومیسائل سرٹیفکیٹ"_s); // shared string, Urdu
        QCOMPARE(s->text(u"fee_amount_pkr"), u"1250.5"_s); // a typed number
        QCOMPARE(s->text(u"target_date"), u"2027-06-30"_s); // a typed date
        QCOMPARE(s->value(u"rts_notified").toBool(), true); // a typed boolean
        QCOMPARE(s->value(u"annual_volume").toLongLong(), 120000);
        QCOMPARE(s->list(u"channels"), (QStringList {u"office-counter"_s, u"web-portal"_s}));
        auto free = m_target->service(u"DC/XL-3"_s);
        QVERIFY(free.ok());
        QCOMPARE(free->value(u"rts_notified").toBool(), false);
        QCOMPARE(free->text(u"processing_time"), u"PT2H"_s);
    }

    void brokenWorkbooksImportNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zip bomb") << u"zip-bomb"_s << u"decompresses to 600 MB"_s;
        QTest::newRow("10 MB shared-string cell")
            << u"huge-shared-cell"_s << u"bad.xlsx:3:E: the cell holds more than"_s;
        QTest::newRow("10 MB inline cell") << u"huge-inline-cell"_s << u"bad.xlsx:3:E: the cell holds more than"_s;
        QTest::newRow("error cell") << u"error-cell"_s << u"bad.xlsx:3:B: the cell holds the spreadsheet error #N/A"_s;
        QTest::newRow("negative fee") << u"negative-fee"_s << u"bad.xlsx:3: fee_amount_pkr"_s;
        QTest::newRow("unknown department")
            << u"unknown-department"_s << u"bad.xlsx:3: department_code: there is no department with code \"NOPE\""_s;
        QTest::newRow("DTD") << u"dtd"_s << u"declares a DTD"_s;
        QTest::newRow("not a workbook") << u"not-a-workbook"_s << u"not an XLSX workbook"_s;
        QTest::newRow("not a zip") << u"not-a-zip"_s << u"not an XLSX workbook (not a zip archive)"_s;
    }

    void brokenWorkbooksImportNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString file = path(u"bad.xlsx"_s);
        QFile::remove(file);
        QVERIFY(make(kind, file));
        const qint64 before = *m_target->countServices({});
        const qint64 pending = *m_target->pendingChanges();
        const qint64 peakBefore = peakRssKb();
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        options.mode = ImportMode::Merge;
        auto result = CatalogueExchange::importFrom(*m_target, file, options);
        const QString said = describe(result);
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY(!result.ok() || !result->written);
        QCOMPARE(*m_target->countServices({}), before);
        QCOMPARE(*m_target->pendingChanges(), pending);
        // Reading a hostile workbook never holds it whole in memory (the 10 MB cells are cut while
        // they are read, the bomb is refused from the zip directory).
        const qint64 grown = peakRssKb() - peakBefore;
        QVERIFY2(grown < 64 * 1024, qPrintable(u"peak memory grew by %1 MB"_s.arg(grown / 1024)));
    }

    void blankTemplate()
    {
        const QString file = path(u"template.xlsx"_s);
        QVERIFY(CatalogueExchange::writeTemplate(file).ok());
        // Excel's view of it, through openpyxl: the sheets, the header, the drop-downs, the help.
        const QString check = uR"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["Services", "Instructions", "Lists"], wb.sheetnames
assert wb["Lists"].sheet_state == "hidden"
services = wb["Services"]
header = [c.value for c in services[1]]
lists = {str(v.sqref).split(":")[0][:-1]: v.formula1 for v in services.data_validations.dataValidation}
col = lambda name: openpyxl.utils.get_column_letter(header.index(name) + 1)
for name in ["category", "output_type", "fee_type", "rts_notified", "digitization_level", "target_level", "status"]:
    assert col(name) in lists, name
levels = [c.value for c in wb["Lists"][lists[col("digitization_level")].split("!")[1].replace("$", "").split(":")[0][0]]]
assert levels[1:8] == ["L0", "L1", "L2", "L3", "L4", "L5", "L6"], levels
help = {r[0]: r for r in wb["Instructions"].iter_rows(values_only=True) if r[0]}
for name in header:
    assert name in help and help[name][2] and help[name][3], name
    assert any("\u0600" <= ch <= "\u06FF" for ch in help[name][3]), name
print(",".join(header))
)"_s;
        QString said;
        QVERIFY2(runProgram(python(), {u"-c"_s, check, file}, &said), qPrintable(said));
        QCOMPARE(said.trimmed(), CatalogueExchange::csvColumns().join(u','));
        // The blank template imports as nothing, without complaint.
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        auto imported = CatalogueExchange::importFrom(*m_target, file, options);
        QVERIFY2(imported.ok() && imported->problems.isEmpty(), qPrintable(describe(imported)));
        QCOMPARE(imported->rows, 0);
    }

    void previewAndColumnMapping()
    {
        QFile csv(path(u"theirs.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Department Code,CODE,Service Name,description,category,digitization_level,Remarks\n"
                  "DC,MAP-1,Mapped name,D,other,L2,internal note\n");
        csv.close();
        auto preview = CatalogueExchange::preview(path(u"theirs.csv"_s), ExchangeFormat::Csv);
        QVERIFY(preview.ok());
        QCOMPARE(preview->fields,
                 (QStringList {u"department_code"_s, u"code"_s, QString(), u"description"_s, u"category"_s,
                               u"digitization_level"_s, QString()}));
        QCOMPARE(preview->rowCount, 1);
        QCOMPARE(preview->rows.first().at(2), u"Mapped name"_s);
        // Unmapped, the unknown columns stop the import and are named.
        auto refused = CatalogueExchange::importFrom(*m_target, path(u"theirs.csv"_s), {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(u"theirs.csv:1:3"_s), qPrintable(refused.error().toString()));
        // Mapped (one to a field, one left out), it imports.
        ImportOptions options;
        options.columnMapping = {{u"Service Name"_s, u"name_en"_s}, {u"Remarks"_s, QString()}};
        auto imported = CatalogueExchange::importFrom(*m_target, path(u"theirs.csv"_s), options);
        QVERIFY2(imported.ok() && imported->written, qPrintable(describe(imported)));
        QCOMPARE(m_target->service(u"DC/MAP-1"_s)->nameEn(), u"Mapped name"_s);
        // A mapping to something one cannot import is refused.
        options.columnMapping = {{u"Service Name"_s, u"state"_s}, {u"Remarks"_s, QString()}};
        QVERIFY(!CatalogueExchange::importFrom(*m_target, path(u"theirs.csv"_s), options).ok());
    }

    void cancelWritesNothing()
    {
        QVERIFY(
            CatalogueExchange::exportTo(*m_sample, path(u"cancel.xlsx"_s), {ExchangeFormat::Xlsx, {}, false, {}}).ok());
        std::unique_ptr<TestDatabase> db;
        auto target = emptyCatalogue(db, false);
        QVERIFY(target);
        QList<ImportStage> stages;
        ImportOptions options;
        options.format = ExchangeFormat::Xlsx;
        options.progress = [&stages](ImportStage stage, qint64, qint64) {
            if (stages.isEmpty() || stages.constLast() != stage)
                stages.append(stage);
            return stage != ImportStage::Writing; // cancel once writing has begun
        };
        auto result = CatalogueExchange::importFrom(*target, path(u"cancel.xlsx"_s), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"cancelled"_s);
        QCOMPARE(stages, (QList {ImportStage::Reading, ImportStage::Checking, ImportStage::Writing}));
        // The workbook's departments, written in the same transaction, did not stay either.
        QCOMPARE(*target->countServices({}), 0);
        QCOMPARE(target->departments()->size(), 0);
        QCOMPARE(*target->pendingChanges(), 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
