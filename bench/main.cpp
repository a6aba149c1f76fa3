// fehrist-bench: each figure measured against the raw engine in the same run (DESIGN.md §9).
// Prints one JSON line per figure: {"name", "ours", "raw", "unit", "ratio", "goal", "pass", ...};
// ratio is raw time / our time, so higher is better.
#include "core/domain/referencedata.h"
#include "core/io/catalogueexchange.h"
#include "core/io/csv.h"
#include "core/metrics/metrics.h"
#include "core/storage/store.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncengine.h"
#include "models/servicetablemodel.h"
#include "ui/dashboardwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Figure
{
    QString name;
    double ours = 0;
    double raw = 0;
    QString unit;
    std::optional<double> goal; ///< none: reported for context only
    QString note;
    std::optional<double> absoluteLimit; ///< ours must also stay under this (same unit)

    double ratio() const { return ours > 0 ? raw / ours : 0; }
    bool pass() const { return (!goal || ratio() >= *goal) && (!absoluteLimit || ours <= *absoluteLimit); }
    QJsonObject json() const
    {
        QJsonObject o {{u"name"_s, name},
                       {u"ours"_s, ours},
                       {u"raw"_s, raw},
                       {u"unit"_s, unit},
                       {u"ratio"_s, ratio()},
                       {u"goal"_s, goal ? QJsonValue(*goal) : QJsonValue(QJsonValue::Null)},
                       {u"pass"_s, goal || absoluteLimit ? QJsonValue(pass()) : QJsonValue(QJsonValue::Null)}};
        if (absoluteLimit)
            o.insert(u"limit"_s, *absoluteLimit);
        if (!note.isEmpty())
            o.insert(u"note"_s, note);
        return o;
    }
};

[[noreturn]] void die(const QString &what)
{
    err << "fehrist-bench: " << what << Qt::endl;
    std::exit(1);
}

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + u": "_s + r.error().toString());
    return std::move(r).value();
}

double medianMs(int runs, const std::function<void()> &body)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// ---------------------------------------------------------------------------------------------------
// Generated services, realistic in size and shape, the same for our path and the raw one.

const QStringList kWords {u"certificate"_s, u"licence"_s,  u"registration"_s, u"permit"_s,       u"renewal"_s,
                          u"domicile"_s,    u"birth"_s,    u"vehicle"_s,      u"land"_s,         u"water"_s,
                          u"school"_s,      u"health"_s,   u"tax"_s,          u"complaint"_s,    u"transfer"_s,
                          u"inspection"_s,  u"approval"_s, u"grant"_s,        u"verification"_s, u"connection"_s};
const QStringList kUrdu {u"سرٹیفکیٹ"_s, u"لائسنس"_s, u"رجسٹریشن"_s, u"اجازت"_s, u"تجدید"_s,
                         u"ڈومیسائل"_s, u"پیدائش"_s, u"گاڑی"_s,     u"زمین"_s,  u"پانی"_s};

struct Generator
{
    QRandomGenerator random {20261127};
    QStringList categories = ReferenceData::builtIn().codes(u"category"_s);
    QStringList channels = ReferenceData::builtIn().codes(u"channel"_s);

    QString word() { return kWords.at(random.bounded(kWords.size())); }

    Service make(const QString &dept, qint64 n)
    {
        Service s;
        const QString a = word(), b = word();
        s.setValue(u"department_code"_s, dept);
        s.setValue(u"code"_s, u"S%1"_s.arg(n, 7, 10, QChar(u'0')));
        s.setValue(u"name_en"_s,
                   QString(a.at(0).toUpper() + a.mid(1) + u' ' + b + u" service "_s + QString::number(n)));
        s.setValue(u"name_ur"_s,
                   QString(kUrdu.at(random.bounded(kUrdu.size())) + u' ' + kUrdu.at(random.bounded(kUrdu.size()))));
        s.setValue(u"description"_s,
                   u"Apply for the %1 %2 at the district office; the officer checks the documents "
                   u"and issues the %3 within the notified time."_s.arg(a, b, word()));
        s.setValue(u"category"_s, categories.at(random.bounded(categories.size())));
        s.setValue(u"audience"_s, QStringList {u"citizens"_s});
        s.setValue(u"keywords"_s, QStringList {a, b, word()});
        s.setValue(u"required_documents"_s, QStringList {u"CNIC copy"_s, u"Two photographs"_s});
        s.setValue(u"fee_type"_s, u"fixed"_s);
        s.setValue(u"fee_amount_pkr"_s, QString::number(100 * random.bounded(1, 50)));
        s.setValue(u"processing_time"_s, u"P%1D"_s.arg(random.bounded(1, 30)));
        const int level = random.bounded(7);
        QStringList ch {u"office-counter"_s};
        if (level >= 3)
            ch.append(u"web-portal"_s);
        s.setValue(u"channels"_s, ch);
        s.setValue(u"districts"_s, QStringList {u"all"_s});
        s.setValue(u"digitization_level"_s, u"L%1"_s.arg(level));
        s.setValue(u"annual_volume"_s, qint64(random.bounded(100, 100000)));
        s.setValue(u"status"_s, random.bounded(10) == 0 ? u"planned"_s : u"active"_s);
        return s;
    }
};

QStringList departmentCodes(int n)
{
    QStringList codes;
    for (int i = 0; i < n; ++i)
        codes.append(u"D%1"_s.arg(i, 2, 10, QChar(u'0')));
    return codes;
}

std::unique_ptr<Store> newCatalogue(const QString &path, const QStringList &departments)
{
    auto store = must(Store::open(path), "open");
    for (const QString &code : departments) {
        Department d;
        d.setValue(u"code"_s, code);
        d.setValue(u"name_en"_s, QString(u"Department "_s + code));
        d.setValue(u"expected_services"_s, qint64(50000));
        must(store->saveDepartment(d), "department");
    }
    return store;
}

// ---------------------------------------------------------------------------------------------------
// The raw engine: sqlite3's C API, no Qt.

struct RawDb
{
    sqlite3 *db = nullptr;
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            die(u"raw open failed"_s);
        sqlite3_busy_timeout(db, 10000);
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const char *sql)
    {
        char *msg = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
            const QString m = QString::fromUtf8(msg);
            sqlite3_free(msg);
            die(u"raw sql failed: "_s + m);
        }
    }
    sqlite3_stmt *prepare(const QString &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            die(u"raw prepare failed: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
        return stmt;
    }
};

QString dbText(const FieldDef &def, const QVariant &v)
{
    if (def.isList())
        return v.isValid() ? QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(v.toStringList())).toJson(QJsonDocument::Compact))
                           : QString();
    return v.toString();
}

// ---------------------------------------------------------------------------------------------------

// One row into a bare table of (id, every field as text), with a fresh id.
void insertRaw(sqlite3_stmt *insert, const Service &s)
{
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    int column = 2;
    for (const FieldDef &def : Schema::services().fields()) {
        const QByteArray v = dbText(def, s.value(def.name)).toUtf8();
        if (v.isEmpty())
            sqlite3_bind_null(insert, column++);
        else
            sqlite3_bind_text(insert, column++, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    if (sqlite3_step(insert) != SQLITE_DONE)
        die(u"raw insert failed"_s);
    sqlite3_reset(insert);
}

QList<Figure> benchWrites(const QString &dir, int count, std::unique_ptr<Store> &keep, QString &keepPath)
{
    const QStringList depts = departmentCodes(26);
    Generator gen;
    QList<Service> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(gen.make(depts.at(int(qint64(i) * depts.size() / count)), i)); // department by department
    const Schema &schema = Schema::services();
    constexpr int batch = 500;

    // Raw: a bare table with the same columns, the same durability, batched transactions.
    auto runRaw = [&](const QString &rawPath, const QList<Service> &data) {
        RawDb r(rawPath);
        r.exec("PRAGMA journal_mode=WAL");
        r.exec("PRAGMA synchronous=FULL");
        QStringList cols {u"id TEXT"_s}, marks {u"?"_s};
        for (const FieldDef &def : schema.fields()) {
            cols.append(def.name + u" TEXT"_s);
            marks.append(u"?"_s);
        }
        r.exec(QString(u"CREATE TABLE bare ("_s + cols.join(u", "_s) + u')').toUtf8().constData());
        sqlite3_stmt *insert = r.prepare(u"INSERT INTO bare VALUES ("_s + marks.join(u", "_s) + u')');
        QElapsedTimer t;
        t.start();
        for (int start = 0; start < count; start += batch) {
            r.exec("BEGIN");
            for (int i = start; i < std::min(count, start + batch); ++i) {
                insertRaw(insert, data.at(i));
            }
            r.exec("COMMIT");
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        sqlite3_finalize(insert);
        return ms;
    };

    // Ours: the store's write path (validation, record, history, outbox, full-text index), WAL FULL.
    auto runOurs = [&](const QString &path) {
        keep.reset();
        keep = newCatalogue(path, depts);
        QElapsedTimer t;
        t.start();
        for (int start = 0; start < count; start += batch)
            must(keep->saveServices(rows.mid(start, batch)), "save");
        return double(t.nsecsElapsed()) / 1e6;
    };

    // Edits: every service gets a new name (so the search index changes too), processing time and fee.
    auto edited = [&] {
        QList<Service> out;
        out.reserve(count);
        ServiceCursor cursor;
        for (;;) {
            ServicePage page = must(keep->services({}, cursor, 1000), "load");
            for (Service &s : page.services) {
                s.setValue(u"name_en"_s, QString(s.nameEn() + u" (revised)"_s));
                s.setValue(u"processing_time"_s, u"P%1D"_s.arg(1 + out.size() % 29));
                s.setValue(u"fee_amount_pkr"_s, QString::number(100 + out.size() % 1000));
                out.append(s);
            }
            if (!page.hasMore)
                return out;
            cursor = page.next;
        }
    };

    // Interleaved rounds, each on fresh files, median of each: fsync times vary from run to run.
    QList<double> rawCreate, ourCreate, rawEdit, ourEdit;
    for (int round = 0; round < 3; ++round) {
        rawCreate.append(runRaw(dir + u"/raw-create-%1.sqlite"_s.arg(round), rows));
        keepPath = dir + u"/catalogue-%1.sqlite"_s.arg(round);
        ourCreate.append(runOurs(keepPath));
        const QList<Service> changes = edited();
        rawEdit.append(runRaw(dir + u"/raw-edit-%1.sqlite"_s.arg(round), changes));
        QElapsedTimer t;
        t.start();
        for (int start = 0; start < count; start += batch)
            must(keep->saveServices(changes.mid(start, batch)), "edit");
        ourEdit.append(double(t.nsecsElapsed()) / 1e6);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };

    Figure edit {u"edit"_s, median(ourEdit), median(rawEdit), u"ms"_s, 0.35, {}, {}};
    edit.note = u"%1 local edits (3 fields each, one of them the name) in batches of %2: record + history + outbox + "
                u"search index, vs a plain insert of the same rows into a bare table; median of 3"_s.arg(count)
                    .arg(batch);
    Figure create {u"create"_s, median(ourCreate), median(rawCreate), u"ms"_s, std::nullopt, {}, {}};
    create.note = u"%1 new services through the same path, vs the same bare-table insert; context (bulk import is "
                  u"issue #7's figure)"_s.arg(count);
    return {edit, create};
}

Figure benchSearch(Store &store, const QString &path, int count)
{
    const QStringList queries {
        u"domic"_s, u"licence renewal"_s,  u"water connection"_s, u"ڈومیسائل"_s,    u"birth"_s, u"تجدید"_s,
        u"tax"_s,   u"vehicle transfer"_s, u"inspec"_s,           u"school grant"_s};
    const int limit = 50;
    const int runs = 15;
    // Ours: the API the desktop and CLI use, first page of results as Service objects.
    const double ours = medianMs(runs, [&] {
        for (const QString &q : queries) {
            ServiceFilter f;
            f.search = q;
            must(store.services(f, {}, limit), "search");
        }
    });
    // Raw: the same full-text queries straight through sqlite3, prepared beforehand, reading every column
    // of the same rows.
    RawDb r(path);
    const Dialect dialect(DatabaseUrl::Kind::SQLite);
    QStringList cols {u"s.id, s.rev, s.updated_at, s.updated_by, s.deleted"_s};
    for (const FieldDef &def : Schema::services().fields())
        cols.append(u"s."_s + def.name);
    QList<sqlite3_stmt *> statements;
    QList<QList<QByteArray>> binds;
    for (const QString &q : queries) {
        const Dialect::Search search = dialect.search(u"s"_s, q);
        statements.append(r.prepare(u"SELECT "_s + cols.join(u", "_s) + u" FROM services s WHERE s.deleted = 0 AND "_s
                                    + search.condition + u" ORDER BY s.department_code, s.code LIMIT ?"_s));
        QList<QByteArray> values;
        for (const QString &v : search.binds)
            values.append(v.toUtf8());
        binds.append(values);
    }
    const int columns = sqlite3_column_count(statements.constFirst());
    const double raw = medianMs(runs, [&] {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            sqlite3_stmt *stmt = statements.at(i);
            int at = 1;
            for (const QByteArray &v : binds.at(i))
                sqlite3_bind_text(stmt, at++, v.constData(), int(v.size()), SQLITE_STATIC);
            sqlite3_bind_int(stmt, at, limit + 1);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    sqlite3_column_text(stmt, c);
            }
            sqlite3_reset(stmt);
        }
    });
    for (sqlite3_stmt *stmt : statements)
        sqlite3_finalize(stmt);
    Figure f {u"search"_s, ours, raw, u"ms"_s, 0.5, {}, {}};
    f.note = u"%1 searches (English and Urdu prefixes), first page of %2, over %3 services"_s.arg(queries.size())
                 .arg(limit)
                 .arg(count);
    return f;
}

// The catalogue of the stats, memory and dashboard figures: `count` services in 26 departments, made
// once per run.
QString statsCatalogue(const QString &dir, int count)
{
    const QStringList depts = departmentCodes(26);
    const QString path = dir + u"/stats.sqlite"_s;
    if (QFile::exists(path))
        return path;
    {
        auto store = newCatalogue(path, depts); // the real schema, with its indexes and triggers
    }
    // Fill it fast through the raw engine: this is setup, not a measurement.
    {
        RawDb r(path);
        r.exec("PRAGMA journal_mode=WAL");
        r.exec("PRAGMA synchronous=OFF");
        sqlite3_stmt *insert = r.prepare(
            u"INSERT INTO services (id, department_code, code, name_en, description, category, digitization_level, "
            u"annual_volume, status, state) VALUES (?, ?, ?, ?, 'Generated.', ?, ?, ?, ?, ?)"_s);
        Generator gen;
        const QStringList states {u"draft"_s, u"submitted"_s, u"approved"_s, u"returned"_s};
        r.exec("BEGIN");
        for (int i = 0; i < count; ++i) {
            const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray dept = depts.at(i % depts.size()).toUtf8();
            const QByteArray code = u"S%1"_s.arg(i, 7, 10, QChar(u'0')).toUtf8();
            const QByteArray name = (gen.word() + u" service"_s).toUtf8();
            const QByteArray category = gen.categories.at(gen.random.bounded(gen.categories.size())).toUtf8();
            const QByteArray level = u"L%1"_s.arg(gen.random.bounded(7)).toUtf8();
            const QByteArray status = (gen.random.bounded(10) == 0 ? u"planned"_s : u"active"_s).toUtf8();
            const QByteArray state = states.at(gen.random.bounded(4)).toUtf8();
            sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, dept.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, code.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 4, name.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 5, category.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 6, level.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 7, gen.random.bounded(100, 100000));
            sqlite3_bind_text(insert, 8, status.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 9, state.constData(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(insert) != SQLITE_DONE)
                die(u"stats fill failed: "_s + QString::fromUtf8(sqlite3_errmsg(r.db)));
            sqlite3_reset(insert);
        }
        r.exec("COMMIT");
        r.exec("ANALYZE");
        sqlite3_finalize(insert);
    }
    return path;
}

/// The aggregate SQL the figures need, straight through sqlite3 (no Qt, no folding), reading every value.
struct RawFigures
{
    RawDb db;
    sqlite3_stmt *grouped;
    sqlite3_stmt *departments;
    sqlite3_stmt *snapshots = nullptr;
    qint64 services = 0;

    RawFigures(const QString &path, bool withSnapshots) : db(path)
    {
        db.exec("PRAGMA cache_size=-65536");
        grouped = db.prepare(uR"(SELECT department_code, digitization_level, status, state, category,
       count(*), coalesce(sum(annual_volume), 0)
  FROM services WHERE deleted = 0
 GROUP BY department_code, digitization_level, status, state, category)"_s);
        departments
            = db.prepare(u"SELECT code, name_en, expected_services FROM departments WHERE deleted = 0 ORDER BY code"_s);
        if (withSnapshots)
            snapshots = db.prepare(u"SELECT day, taken_at, figures FROM figure_snapshots ORDER BY day"_s);
    }
    ~RawFigures()
    {
        for (sqlite3_stmt *stmt : {grouped, departments, snapshots})
            sqlite3_finalize(stmt);
    }
    void run()
    {
        services = 0;
        for (sqlite3_stmt *stmt : {grouped, departments, snapshots}) {
            if (!stmt)
                continue;
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                    sqlite3_column_text(stmt, c);
                if (stmt == grouped)
                    services += sqlite3_column_int64(stmt, 5);
            }
            sqlite3_reset(stmt);
        }
    }
};

Figure benchStats(const QString &dir, int count)
{
    const QString path = statsCatalogue(dir, count);
    const int runs = 7;
    auto store = must(Store::open(path), "open stats catalogue");
    must(Metrics::compute(*store), "warm-up");
    CatalogueFigures figures;
    const double ours = medianMs(runs, [&] { figures = must(Metrics::compute(*store), "stats"); });

    // Raw: the same aggregate SQL through sqlite3 directly (no Qt, no folding), reading every value.
    RawFigures raw(path, false);
    raw.run(); // warm-up, as for ours
    const double rawMs = medianMs(runs, [&] { raw.run(); });
    if (raw.services != figures.services)
        die(u"stats disagree: raw %1, ours %2"_s.arg(raw.services).arg(figures.services));

    Figure f {u"stats"_s, ours, rawMs, u"ms"_s, 0.67, {}, {}};
    f.note = u"every headline, per-department, level, category and state figure over %1 services, vs the same "
             u"aggregate SQL through sqlite3"_s.arg(count);
    if (count >= 1'000'000)
        f.absoluteLimit = 200;
    return f;
}

// ---------------------------------------------------------------------------------------------------
// Import (issue #7): a CSV through CatalogueExchange vs the sqlite3 shell's .import of the same file.

Figure benchImport(const QString &dir, int count)
{
    const QStringList depts = departmentCodes(26);
    Generator gen;
    const QStringList columns = CatalogueExchange::csvColumns();
    const Schema &schema = Schema::services();
    const QString csvPath = dir + u"/import.csv"_s;
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            die(u"cannot write "_s + csvPath);
        f.write(Csv::row(columns).toUtf8());
        for (int i = 0; i < count; ++i) {
            const Service s = gen.make(depts.at(int(qint64(i) * depts.size() / count)), i);
            QStringList cells;
            for (const QString &c : columns)
                cells.append(Record::formatText(*schema.field(c), s.value(c)));
            f.write(Csv::row(cells).toUtf8());
        }
    }
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        die(u"the sqlite3 shell is needed for the import figure (Debian package sqlite3)"_s);

    // The table our import writes, with its indexes (services_department_code, services_metrics),
    // but columns in the file's order so that .import can fill it positionally; no id columns, no
    // history, outbox or search index: what the raw engine does with the same file.
    QStringList columnDefs;
    for (const QString &c : columns) {
        const FieldDef &def = *schema.field(c);
        const bool number = def.kind == FieldKind::Integer || def.kind == FieldKind::Boolean;
        columnDefs.append(c + (number ? u" BIGINT"_s : u" TEXT"_s));
    }
    const QString createSql = u"CREATE TABLE services ("_s + columnDefs.join(u", "_s) + u");"_s
        + u"CREATE UNIQUE INDEX services_department_code ON services (department_code, code);"_s
        + u"CREATE INDEX services_metrics ON services (department_code, digitization_level, status, category, "_s
        + u"annual_volume);"_s;
    auto runRaw = [&](int round) {
        const QString db = dir + u"/raw-import-%1.sqlite"_s.arg(round);
        QProcess setup;
        setup.start(sqlite3, {db, u"PRAGMA journal_mode=WAL;"_s + createSql});
        if (!setup.waitForFinished(60000) || setup.exitCode() != 0)
            die(u"sqlite3 failed: "_s + QString::fromUtf8(setup.readAllStandardError()));
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(sqlite3,
                {db, u"PRAGMA synchronous=FULL;"_s, u".import --csv --skip 1 %1 services"_s.arg(csvPath),
                 u"SELECT count(*) FROM services;"_s});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            die(u"sqlite3 .import failed: "_s + QString::fromUtf8(p.readAllStandardError()));
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!QString::fromUtf8(p.readAllStandardOutput()).split(u'\n').contains(QString::number(count)))
            die(u"sqlite3 .import did not import every row: "_s + QString::fromUtf8(p.readAllStandardError()));
        return ms;
    };
    auto runOurs = [&](int round) {
        auto store = newCatalogue(dir + u"/import-%1.sqlite"_s.arg(round), depts);
        QElapsedTimer t;
        t.start();
        const ImportSummary s = must(CatalogueExchange::importFrom(*store, csvPath, {}), "import");
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!s.written || s.created != count)
            die(u"import did not import every row: "_s
                + (s.problems.isEmpty() ? QString() : s.problems.first().toString()));
        return ms;
    };
    QList<double> raw, ours;
    for (int round = 0; round < 3; ++round) {
        raw.append(runRaw(round));
        ours.append(runOurs(round));
    }
    std::sort(raw.begin(), raw.end());
    std::sort(ours.begin(), ours.end());
    Figure f {u"import"_s, ours.at(1), raw.at(1), u"ms"_s, 0.30, {}, {}};
    f.note = u"a %1-row CSV (%2 MB) imported with every row read, validated and written with history, outbox and "
             u"search index in one transaction, vs the sqlite3 shell's .import of the same file into the same "
             u"services table and indexes (WAL, synchronous=FULL); median of 3"_s.arg(count)
                 .arg(QFileInfo(csvPath).size() / (1024 * 1024));
    return f;
}

// The dashboard (issue #6).

// Child process (a QApplication, offscreen): the real dashboard widget refreshed `runs` times; each time
// from refresh() until every figure is computed (on its worker thread, snapshot kept) and the whole
// dashboard — cards, four charts, the compliance table — has been painted. Prints the median in ms.
int dashboardProbe(int argc, char *argv[], const QString &path)
{
    QApplication app(argc, argv);
    auto store = must(Store::open(path, OpenMode::ExistingOnly), "open");
    Fehrist::Ui::DashboardWidget dashboard;
    dashboard.resize(1280, 800);
    dashboard.setStore(store.get());
    {
        QEventLoop shown; // the first show computes the figures once
        QObject::connect(&dashboard, &Fehrist::Ui::DashboardWidget::refreshed, &shown, &QEventLoop::quit);
        dashboard.show();
        shown.exec();
    }
    QWidget *content = dashboard.findChild<QWidget *>(u"dashboardContent"_s);
    auto refreshOnce = [&] {
        QEventLoop loop;
        QObject::connect(&dashboard, &Fehrist::Ui::DashboardWidget::refreshed, &loop, &QEventLoop::quit);
        dashboard.refresh();
        loop.exec();
        QCoreApplication::sendPostedEvents(); // the layout follows the new figures
        QImage image(content->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        content->render(&painter);
    };
    refreshOnce(); // warm-up, as for the raw side
    const double ms = medianMs(7, refreshOnce);
    if (dashboard.figures().services <= 0)
        return 1;
    out << ms << Qt::endl;
    return 0;
}

Figure benchDashboard(const QString &dir, int count)
{
    const QString path = statsCatalogue(dir, count);
    // A year of daily snapshots, so that the trend is read and drawn as it will be in use.
    {
        auto store = must(Store::open(path), "open dashboard catalogue");
        CatalogueFigures figures = must(Metrics::compute(*store), "figures");
        for (int day = 365; day >= 1; --day) {
            figures.asOf = QDate::currentDate().addDays(-day);
            if (Status saved = Metrics::recordSnapshot(*store, figures); !saved)
                die(u"snapshot: "_s + saved.error().toString());
        }
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), {u"--dashboard-probe"_s, path});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(u"dashboard probe failed: "_s + QString::fromUtf8(p.readAllStandardError()));
    bool ok = false;
    const double ours = p.readAllStandardOutput().trimmed().toDouble(&ok);
    if (!ok)
        die(u"the dashboard probe printed no time"_s);

    // Raw: the aggregate SQL the figures come from, and the year of snapshots, through sqlite3.
    RawFigures raw(path, true);
    raw.run();
    const double rawMs = medianMs(7, [&] { raw.run(); });
    if (raw.services != count)
        die(u"dashboard raw count disagrees: %1"_s.arg(raw.services));
    Figure f {u"dashboard"_s, ours, rawMs, u"ms"_s, 0.5, {}, {}};
    f.note
        = u"refreshing every dashboard figure over %1 services — computed on its worker thread, the day's "
          u"snapshot kept, cards, four charts and the compliance table painted (the whole dashboard, "
          u"offscreen) — vs the same aggregate SQL and a year of snapshots through sqlite3; median of 7"_s.arg(count);
    return f;
}

// ---------------------------------------------------------------------------------------------------
// Sync (issue #4): an initial pull over loopback HTTP from a real fehrist-server.

// Runs a program to its end; dies with what it said if it fails.
QString runOrDie(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(program + u" "_s + args.join(u' ') + u": "_s + QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString sibling(const QString &relative);

// A fehrist-server on a catalogue of `count` generated services (or none) with one user, serving on a
// loopback port of its own choosing.
struct BenchServer
{
    QProcess process;
    QUrl url;

    BenchServer(const QString &db, const QString &user, const QString &role, const QStringList &serveArgs = {})
    {
        const QString server = sibling(u"../server/fehrist-server"_s);
        runOrDie(server, {u"--db"_s, db, u"init"_s});
        runOrDie(server, {u"--db"_s, db, u"user"_s, u"add"_s, user, u"--role"_s, role}, "bench-password-1\n");
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(server, QStringList {u"--db"_s, db, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + serveArgs);
        if (!process.waitForStarted(10000) || !process.waitForReadyRead(30000))
            die(u"fehrist-server did not start: "_s + QString::fromUtf8(process.readAllStandardError()));
        const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch port = QRegularExpression(u"127\\.0\\.0\\.1:(\\d+)"_s).match(firstLine);
        if (!port.hasMatch())
            die(u"fehrist-server said: "_s + firstLine);
        url = QUrl(u"http://127.0.0.1:"_s + port.captured(1));
    }
    ~BenchServer()
    {
        process.terminate();
        process.waitForFinished(30000);
    }
};

// The raw engine's side of push and pull: the same rows inserted one by one into a bare table of the
// same engine (SQLite, WAL, synchronous=FULL) in one transaction.
double rawInsertMs(const QString &path, const QList<Service> &rows)
{
    const Schema &schema = Schema::services();
    RawDb r(path);
    r.exec("PRAGMA journal_mode=WAL");
    r.exec("PRAGMA synchronous=FULL");
    QStringList cols {u"id TEXT"_s}, marks {u"?"_s};
    for (const FieldDef &def : schema.fields()) {
        cols.append(def.name + u" TEXT"_s);
        marks.append(u"?"_s);
    }
    r.exec(QString(u"CREATE TABLE bare ("_s + cols.join(u", "_s) + u')').toUtf8().constData());
    sqlite3_stmt *insert = r.prepare(u"INSERT INTO bare VALUES ("_s + marks.join(u", "_s) + u')');
    QElapsedTimer rt;
    rt.start();
    r.exec("BEGIN");
    for (const Service &s : rows)
        insertRaw(insert, s);
    r.exec("COMMIT");
    const double raw = double(rt.nsecsElapsed()) / 1e6;
    sqlite3_finalize(insert);
    return raw;
}

Figure benchPull(const QString &dir, int count)
{
    const QString serverDb = dir + u"/pull-server.sqlite"_s;
    const QStringList depts = departmentCodes(26);
    {
        auto store = newCatalogue(serverDb, depts);
        Generator gen;
        QList<Service> batch;
        for (int i = 0; i < count; ++i) {
            batch.append(gen.make(depts.at(int(qint64(i) * depts.size() / count)), i));
            if (batch.size() == 1000 || i == count - 1) {
                SaveOptions options;
                options.writeOutbox = false;
                must(store->saveServices(batch, options), "pull catalogue");
                batch.clear();
            }
        }
    }
    auto serve = std::make_unique<BenchServer>(serverDb, u"bench"_s, u"reviewer"_s);
    const QUrl url = serve->url;

    // Ours: an empty catalogue signs in and syncs; the pull writes every record, page by page, each page
    // with its checkpoint in one transaction, with history (the client's own catalogue write path).
    auto client = must(Store::open(dir + u"/pull-client.sqlite"_s), "client");
    SyncClient http(url);
    must(http.login(u"bench"_s, u"bench-password-1"_s, u"bench"_s), "login");
    QElapsedTimer t;
    t.start();
    SyncEngine engine(*client, http);
    const SyncReport report = must(engine.run(), "pull");
    const double ours = double(t.nsecsElapsed()) / 1e6;
    serve.reset();
    if (report.pulled < count)
        die(u"pull received %1 of %2"_s.arg(report.pulled).arg(count));

    // Raw: the same rows inserted into a bare table of the same engine in one transaction.
    Generator gen;
    QList<Service> rows;
    for (int i = 0; i < count; ++i)
        rows.append(gen.make(depts.at(int(qint64(i) * depts.size() / count)), i));
    const double raw = rawInsertMs(dir + u"/pull-raw.sqlite"_s, rows);
    Figure f {u"pull"_s, ours, raw, u"ms"_s, 0.20, {}, {}};
    f.note = u"initial pull of %1 services (and %2 departments) from a real fehrist-server over loopback HTTP into an "
             u"empty SQLite catalogue, vs a raw one-transaction insert of the same rows into a bare table"_s.arg(count)
                 .arg(depts.size());
    return f;
}

Figure benchPush(const QString &dir, int count)
{
    const QStringList depts = departmentCodes(26);
    const QString serverDb = dir + u"/push-server.sqlite"_s;
    newCatalogue(serverDb, depts).reset();
    BenchServer server(serverDb, u"bench"_s, u"admin"_s);

    // Ours: `count` services created in a catalogue (each with its outbox row) are sent by the sync engine
    // in pushes of 200: the server decides each (authorisation, validation, merge), writes it with its
    // change-log entry, history, receipt and audit entry; the client applies the receipts.
    auto client = must(Store::open(dir + u"/push-client.sqlite"_s), "client");
    for (const QString &code : depts) {
        Department d;
        d.setValue(u"code"_s, code);
        d.setValue(u"name_en"_s, QString(u"Department "_s + code));
        SaveOptions quiet;
        quiet.writeOutbox = false; // the server has its own
        must(client->saveDepartment(d, quiet), "department");
    }
    Generator gen;
    QList<Service> rows;
    for (int i = 0; i < count; ++i)
        rows.append(gen.make(depts.at(int(qint64(i) * depts.size() / count)), i));
    for (qsizetype from = 0; from < rows.size(); from += 1000)
        must(client->saveServices(rows.mid(from, 1000)), "outbox");
    SyncClient http(server.url);
    must(http.login(u"bench"_s, u"bench-password-1"_s, u"bench"_s), "login");
    SyncEngine engine(*client, http);
    QElapsedTimer t;
    double ours = -1;
    engine.setProgress([&](const SyncProgress &p) {
        if (p.stage != u"push" && ours < 0)
            ours = double(t.nsecsElapsed()) / 1e6; // the pushes are done; what follows is the pull
    });
    t.start();
    const SyncReport report = must(engine.run(), "push");
    if (ours < 0)
        ours = double(t.nsecsElapsed()) / 1e6;
    if (report.pushed < count)
        die(u"push sent %1 of %2"_s.arg(report.pushed).arg(count));

    const double raw = rawInsertMs(dir + u"/push-raw.sqlite"_s, rows);
    Figure f {u"push"_s, ours, raw, u"ms"_s, 0.25, {}, {}};
    f.note = u"%1 new services pushed by the sync engine to a real fehrist-server (SQLite) over loopback HTTP, 200 "
             u"per request, receipts applied, vs single-row inserts of the same rows in one transaction on the "
             u"server's engine"_s.arg(count);
    return f;
}

// p50 and p99 of one push (one change) with `clients` clients pushing at once, each on a thread of its own
// with its own sign-in; the raw figure is the same push's p50 with one client alone.
QList<Figure> benchPushLatency(const QString &dir, int clients, int pushesEach)
{
    const QStringList depts = departmentCodes(26);
    const QString serverDb = dir + u"/latency-server.sqlite"_s;
    newCatalogue(serverDb, depts).reset();
    BenchServer server(serverDb, u"bench"_s, u"admin"_s);

    // One client's run: create a service, then edit it `pushes` times, each push timed.
    auto run = [&](int index, int pushes, QList<double> &latencies) {
        SyncClient http(server.url);
        if (!http.login(u"bench"_s, u"bench-password-1"_s, u"bench-%1"_s.arg(index)))
            return false;
        Generator gen;
        Service s = gen.make(depts.at(index % depts.size()), 900000 + index);
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject fields;
        for (const FieldDef &def : s.schema().fields()) {
            if (!def.managed && s.isSet(def.name))
                fields.insert(def.name, QJsonObject {{u"new"_s, Record::toJsonValue(def, s.value(def.name))}});
        }
        qint64 rev = 0;
        for (int i = 0; i <= pushes; ++i) {
            if (i > 0)
                fields = QJsonObject {{u"fee_notes"_s, QJsonObject {{u"new"_s, u"Edit %1"_s.arg(i)}}}};
            const QJsonObject change {{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {u"entity"_s, u"service"_s},
                                      {u"record_id"_s, s.id},
                                      {u"base_rev"_s, rev},
                                      {u"operation"_s, u"upsert"_s},
                                      {u"changes"_s, fields}};
            const QByteArray body = QJsonDocument(QJsonObject {{u"device_id"_s, u"bench-%1"_s.arg(index)},
                                                               {u"changes"_s, QJsonArray {change}}})
                                        .toJson(QJsonDocument::Compact);
            QElapsedTimer t;
            t.start();
            const ApiReply reply = http.post(u"/api/v1/sync/push"_s, body);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (reply.status != 200)
                return false;
            rev = reply.json().value(u"results"_s).toArray().at(0).toObject().value(u"rev"_s).toInteger();
            if (i > 0) // the first push creates the record: not the steady state
                latencies.append(ms);
        }
        return true;
    };
    auto percentile = [](QList<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
    };

    QList<double> alone;
    if (!run(clients, pushesEach, alone))
        die(u"a push of the lone client failed"_s);

    QMutex mutex;
    QList<double> all;
    std::atomic<int> failed = 0;
    QList<QThread *> threads;
    for (int c = 0; c < clients; ++c) {
        threads.append(QThread::create([&, c] {
            QList<double> mine;
            if (!run(c, pushesEach, mine))
                ++failed;
            QMutexLocker lock(&mutex);
            all.append(mine);
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    if (failed > 0)
        die(u"%1 of %2 clients could not push"_s.arg(failed.load()).arg(clients));
    const double aloneP50 = percentile(alone, 0.5);
    Figure p50 {u"push-p50"_s, percentile(all, 0.5), aloneP50, u"ms"_s, std::nullopt, {}, {}};
    p50.note = u"median latency of a one-change push with %1 clients pushing at once (%2 pushes each, SQLite "
               u"server); raw: the same push with one client alone"_s.arg(clients)
                   .arg(pushesEach);
    Figure p99 {u"push-p99"_s, percentile(all, 0.99), aloneP50, u"ms"_s, std::nullopt, {}, {}};
    p99.note = u"99th percentile of the same; raw: the lone client's median"_s;
    return {p50, p99};
}

// Desktop figures (issue #3).

QString sibling(const QString &relative)
{
    return QCoreApplication::applicationDirPath() + u"/"_s + relative;
}

double runToFirstPaintMs(const QString &program, const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"FEHRIST_BENCH_QUIT_ON_FIRST_ROWS"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home); // no remembered layout from the user's settings
    env.insert(u"FEHRIST_BENCH_T0"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        die(u"%1 did not run: %2 %3"_s.arg(program, p.errorString(), QString::fromUtf8(p.readAllStandardError())));
    // The program prints the milliseconds from the launch to its first painted rows (teardown excluded).
    bool ok = false;
    const double ms = p.readAllStandardOutput().trimmed().toDouble(&ok);
    if (!ok)
        die(program + u" printed no start-up time"_s);
    return ms;
}

Figure benchStartup(const QString &dir, const QString &catalogue, int count)
{
    const QString home = dir + u"/startup-home"_s;
    QDir().mkpath(home);
    const QString fehrist = sibling(u"../app/fehrist"_s);
    const QString bare = sibling(u"fehrist-bench-bare-window"_s);
    QList<double> ours, raw;
    runToFirstPaintMs(fehrist, {u"--db"_s, catalogue}, home); // warm the file cache for both
    runToFirstPaintMs(bare, {}, home);
    for (int i = 0; i < 5; ++i) {
        raw.append(runToFirstPaintMs(bare, {}, home));
        ours.append(runToFirstPaintMs(fehrist, {u"--db"_s, catalogue}, home));
    }
    std::sort(ours.begin(), ours.end());
    std::sort(raw.begin(), raw.end());
    Figure f {u"startup"_s, ours.at(2), raw.at(2), u"ms"_s, 0.33, {}, {}};
    f.note = u"process start to the first rows painted, %1 services, vs a bare QMainWindow + QTableView over an "
             u"empty model; offscreen, median of 5"_s.arg(count);
    return f;
}

Figure benchFilter(Store &store, const QString &path, int count)
{
    // What a person types, one key at a time; after each key the model is re-filtered and the rows a
    // window shows (the first 30) are read.
    const QStringList typed {u"v"_s,    u"ve"_s,    u"veh"_s, u"vehi"_s, u"vehic"_s, u"vehicl"_s, u"vehicle"_s,
                             u"l"_s,    u"la"_s,    u"lan"_s, u"land"_s, u"r"_s,     u"re"_s,     u"ren"_s,
                             u"rene"_s, u"renew"_s, u"ڈ"_s,   u"ڈو"_s,   u"ڈوم"_s,   u"ڈومی"_s,   u"ڈومیس"_s,
                             u"w"_s,    u"wa"_s,    u"wat"_s, u"wate"_s, u"water"_s};
    Fehrist::Models::ServiceTableModel model;
    model.setStore(&store);
    QList<double> ours;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : typed) {
            ServiceFilter f;
            f.search = text;
            QElapsedTimer t;
            t.start();
            model.setFilter(f);
            for (int row = 0; row < std::min(30, model.rowCount()); ++row)
                model.index(row, Fehrist::Models::ServiceTableModel::NameEn).data();
            ours.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    model.waitForCount();
    // Raw: the query the model runs on a keystroke — its first page (the model counts on a worker
    // thread, and skips one-letter searches) — straight through sqlite3.
    RawDb r(path);
    const Dialect dialect(DatabaseUrl::Kind::SQLite);
    const QString columns = u"SELECT s.id, s.department_code, s.code, s.name_en, s.name_ur, s.digitization_level, "
                            u"s.state, s.category, s.status, s.rts_notified, s.processing_time, s.updated_at, '' "
                            u"FROM services s WHERE s.deleted = 0"_s;
    // Each keystroke's statement is prepared beforehand (the number of words varies).
    QList<sqlite3_stmt *> statements;
    QList<QList<QByteArray>> binds;
    for (const QString &text : typed) {
        const bool search = Dialect::searchWords(text).join(QString()).size() >= 2;
        const Dialect::Search fts = dialect.search(u"s"_s, text);
        QString sql = columns;
        if (search)
            sql += u" AND "_s + fts.condition;
        statements.append(r.prepare(sql + u" ORDER BY s.department_code, s.code LIMIT 256"_s));
        QList<QByteArray> values;
        for (const QString &v : fts.binds)
            values.append(search ? v.toUtf8() : QByteArray());
        binds.append(search ? values : QList<QByteArray>());
    }
    QList<double> raw;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            sqlite3_stmt *stmt = statements.at(i);
            QElapsedTimer t;
            t.start();
            int at = 1;
            for (const QByteArray &v : binds.at(i))
                sqlite3_bind_text(stmt, at++, v.constData(), int(v.size()), SQLITE_STATIC);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                    sqlite3_column_text(stmt, c);
            }
            sqlite3_reset(stmt);
            raw.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    for (sqlite3_stmt *stmt : statements)
        sqlite3_finalize(stmt);
    auto p95 = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(int(0.95 * double(v.size() - 1)));
    };
    Figure f {u"filter"_s, p95(ours), p95(raw), u"ms"_s, 0.5, {}, 50.0};
    f.note
        = u"search-as-you-type over %1 services (%2 keystrokes, English and Urdu): model update + the first 30 rows, "
          u"p95, vs the same first-page query through sqlite3 (the count runs on a worker thread)"_s.arg(count)
              .arg(typed.size() * 3);
    return f;
}

// Child process: scroll a table model over the whole catalogue, then report the resident memory.
int memoryProbe(const QString &path)
{
    auto store = must(Store::open(path, OpenMode::ExistingOnly), "open");
    Fehrist::Models::ServiceTableModel model;
    model.setStore(store.get());
    model.waitForCount();
    for (int row = 0; row < model.rowCount(); ++row)
        model.index(row, Fehrist::Models::ServiceTableModel::NameEn).data();
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            out << line.mid(6).trimmed().split(' ').first() << Qt::endl; // kB
            return 0;
        }
    }
    return 1;
}

double probeRssMb(const QString &path)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {u"--memory-probe"_s, path});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(u"memory probe failed: "_s + QString::fromUtf8(p.readAllStandardError()));
    return p.readAllStandardOutput().trimmed().toDouble() / 1024.0;
}

QString markdown(const QList<Figure> &figures, bool quick)
{
    QString md;
    QTextStream s(&md);
    s << "# Performance\n\n"
      << "Written by `bench/run` on " << QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
      << ", on " << QSysInfo::prettyProductName() << " (" << QSysInfo::currentCpuArchitecture() << ", "
      << QThread::idealThreadCount() << " cores)" << (quick ? ", quick mode" : "") << ".\n\n"
      << "Each figure is measured against the raw engine in the same run; *ratio* = raw time / our time, so "
         "higher is better, and *goal* is the least ratio the issues accept (edit, search, stats: #2; startup, "
         "filter, memory: #3; dashboard: #6; import: #7; pull, push and the push latencies: #4). Absolute times are "
         "context. Figures that miss their goal are "
         "discussed in [decisions.md](decisions.md#the-write-path).\n\n"
      << "| figure | ours | raw | ratio | goal | pass | what |\n|---|---:|---:|---:|---:|:-:|---|\n";
    for (const Figure &f : figures) {
        s << "| " << f.name << " | " << QString::number(f.ours, 'f', 1) << ' ' << f.unit << " | "
          << QString::number(f.raw, 'f', 1) << ' ' << f.unit << " | " << QString::number(f.ratio(), 'f', 2) << " | "
          << (f.goal ? QString::number(*f.goal, 'f', 2) : u"–"_s) << " | "
          << (!f.goal && !f.absoluteLimit ? "context"
                  : f.pass()              ? "yes"
                                          : "**no**")
          << " | " << f.note;
        if (f.absoluteLimit)
            s << "; also under " << *f.absoluteLimit << ' ' << f.unit;
        s << " |\n";
    }
    return md;
}

} // namespace

int main(int argc, char *argv[])
{
    // The dashboard's probe needs widgets: it makes its own QApplication.
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--dashboard-probe") == 0)
            return dashboardProbe(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fehrist benchmarks, each against the raw engine in the same run."_s);
    parser.addHelpOption();
    parser.addOption({u"quick"_s, u"Smaller data sets, for a smoke run."_s});
    parser.addOption({u"json"_s, u"Also write the JSON lines to FILE."_s, u"FILE"_s});
    parser.addOption({u"markdown"_s, u"Write the results as a Markdown table to FILE."_s, u"FILE"_s});
    parser.addOption({u"only"_s, u"Run only these figures (comma-separated)."_s, u"NAMES"_s});
    parser.addOption({u"memory-probe"_s, u"(internal) scroll a model over DB and print the RSS in kB."_s, u"DB"_s});
    parser.addOption(
        {u"dashboard-probe"_s, u"(internal) refresh the dashboard over DB and print the time."_s, u"DB"_s});
    parser.process(app);
    if (parser.isSet(u"memory-probe"_s))
        return memoryProbe(parser.value(u"memory-probe"_s));

    const bool quick = parser.isSet(u"quick"_s);
    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&](const QString &name) { return only.isEmpty() || only.contains(name); };
    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary folder"_s);
    if (qEnvironmentVariableIsSet("FEHRIST_BENCH_KEEP")) { // to look into a figure afterwards
        dir.setAutoRemove(false);
        err << "fehrist-bench: keeping " << dir.path() << Qt::endl;
    }

    QList<Figure> figures;
    auto report = [&](const Figure &f) {
        figures.append(f);
        out << QString::fromUtf8(QJsonDocument(f.json()).toJson(QJsonDocument::Compact)) << Qt::endl;
    };

    const int editCount = quick ? 10'000 : 100'000;
    std::unique_ptr<Store> catalogue;
    QString cataloguePath;
    const bool desktop = wanted(u"startup"_s) || wanted(u"filter"_s) || wanted(u"memory"_s);
    if (wanted(u"edit"_s) || wanted(u"search"_s) || desktop) {
        const QList<Figure> writes = benchWrites(dir.path(), editCount, catalogue, cataloguePath);
        for (const Figure &f : writes) {
            if (wanted(u"edit"_s))
                report(f);
        }
        if (wanted(u"search"_s))
            report(benchSearch(*catalogue, cataloguePath, editCount));
        if (wanted(u"filter"_s))
            report(benchFilter(*catalogue, cataloguePath, editCount));
        catalogue.reset();
        if (wanted(u"startup"_s))
            report(benchStartup(dir.path(), cataloguePath, editCount));
    }
    if (wanted(u"pull"_s))
        report(benchPull(dir.path(), quick ? 5'000 : 50'000));
    if (wanted(u"push"_s))
        report(benchPush(dir.path(), quick ? 2'000 : 10'000));
    if (wanted(u"push-latency"_s)) {
        for (const Figure &f : benchPushLatency(dir.path(), quick ? 20 : 100, quick ? 5 : 20))
            report(f);
    }
    if (wanted(u"import"_s))
        report(benchImport(dir.path(), quick ? 10'000 : 100'000));
    const int statsCount = quick ? 100'000 : 1'000'000;
    if (wanted(u"stats"_s) || wanted(u"memory"_s)) {
        const Figure stats = benchStats(dir.path(), statsCount);
        if (wanted(u"stats"_s))
            report(stats);
    }
    if (wanted(u"dashboard"_s))
        report(benchDashboard(dir.path(), statsCount));
    if (wanted(u"memory"_s)) {
        Figure memory {u"memory"_s,
                       probeRssMb(dir.path() + u"/stats.sqlite"_s),
                       probeRssMb(cataloguePath),
                       u"MB"_s,
                       std::nullopt,
                       {},
                       250.0};
        memory.note = u"resident memory after reading every row of the service table model: \"ours\" at %1 "
                      u"services, \"raw\" column at %2 services"_s.arg(statsCount)
                          .arg(editCount);
        report(memory);
    }

    if (parser.isSet(u"json"_s)) {
        QFile f(parser.value(u"json"_s));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(u"cannot write "_s + f.fileName());
        for (const Figure &fig : figures)
            f.write(QJsonDocument(fig.json()).toJson(QJsonDocument::Compact) + '\n');
    }
    if (parser.isSet(u"markdown"_s)) {
        QFile f(parser.value(u"markdown"_s));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(u"cannot write "_s + f.fileName());
        f.write(markdown(figures, quick).toUtf8());
    }
    const bool allPass = std::all_of(figures.begin(), figures.end(), [](const Figure &f) { return f.pass(); });
    return allPass ? 0 : 3;
}
