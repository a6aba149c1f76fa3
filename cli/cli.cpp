#include "cli/cli.h"

#include "cli/keychain.h"
#include "core/domain/referencedata.h"
#include "core/io/catalogueexchange.h"
#include "core/metrics/metrics.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/migrations.h"
#include "core/storage/store.h"
#include "core/sync/conflicts.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"
#include "core/workflow/reviewqueue.h"
#include "core/workflow/workflow.h"
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Cli {

namespace {

const QString kUsage = uR"(Usage: fehrist-cli [--db URL] COMMAND [OPTIONS]

Fehrist's headless client: the local catalogue of public services, from the command line.

Global options:
  --db URL        the catalogue: an SQLite file path or postgresql://user:pass@host:port/dbname
                  (default: $FEHRIST_DB, else %1)
  --help          show this help
  --version       show the version

Commands:
  init [--sample]                 create (or upgrade) the catalogue; --sample loads the sample catalogue
  departments [--json]            list departments with their service counts
  list [--department CODE] [--search TEXT] [--level Ln] [--state S] [--category C]
       [--channel C] [--status S] [--json]
                                  list services; --search matches English and Urdu words
  show ID|DEPT/CODE [--json]      show one service
  set ID|DEPT/CODE [--create] FIELD=VALUE...
                                  change fields (validated like the form; lists are joined with ';');
                                  --create makes a new service DEPT/CODE
  delete ID|DEPT/CODE             delete a service (kept as a tombstone for sync)
  history ID|DEPT/CODE [--json]   who changed what, and when
  stats [--json] [--threshold Ln] the digitization figures (online = active services at or above Ln;
                                  default: the catalogue's setting, L3 unless changed in the dashboard)
  report FILE.pdf [--threshold Ln]
                                  the dated digitization report: figures, charts, departments, compliance
  import FILE [--format csv|xlsx|json] [--mode append|merge|replace] [--dry-run] [--skip-invalid [--rejects F]]
                                  import services; every row is checked first and nothing is imported
                                  if any is wrong (unless --skip-invalid, which writes the problems to F)
  export FILE [--format csv|xlsx|json|jsonld] [--department CODE] [--published]
                                  export services (JSON-LD: CPSV-AP 3.2)
  submit (--department CODE | ID|DEPT/CODE...)
                                  submit services for review (a department: its drafts and returned ones)
  queue [--department CODE] [--json]
                                  the services waiting for review, oldest submission first, with the
                                  days past their department's deadline
  review (ID|DEPT/CODE... | --department CODE) (--approve [--yes] | --return --comment TEXT)
                                  decide on submitted services (reviewers); shows what changed since
                                  the published version; approving several asks first (--yes: don't);
                                  decisions reach the server on sync
  template FILE.xlsx              write the blank import template (drop-down lists, instructions in
                                  English and Urdu)

Sync with the central server:
  login --server URL --user NAME [--password-file F]
                                  sign in (the sign-in is kept in the system keychain; without one,
                                  sync signs in again from --password-file or $FEHRIST_PASSWORD_FILE)
  sync [--password-file F]        send the changes made here, then receive the server's
  status [--json]                 changes waiting to be sent, conflicts, the last sync
  conflicts [--json]              changes the server did not take as they were
  resolve ID (--mine | --theirs)  settle a conflict: keep your values (sent by the next sync) or the
                                  server's

Exit status: 0 success, 1 the command failed (the reason is on stderr), 2 wrong usage.
)"_s;

struct Args
{
    QString command;
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;

    QString option(const QString &name) const { return options.value(name); }
    bool flag(const QString &name) const { return flags.contains(name); }
};

struct UsageError
{
    QString message;
};

const QSet<QString> kValueOptions {u"db"_s,        u"department"_s, u"search"_s,  u"level"_s,
                                   u"state"_s,     u"category"_s,   u"channel"_s, u"status"_s,
                                   u"threshold"_s, u"format"_s,     u"mode"_s,    u"rejects"_s,
                                   u"comment"_s,   u"server"_s,     u"user"_s,    u"password-file"_s};
const QSet<QString> kFlags {u"json"_s,    u"sample"_s,       u"help"_s,      u"version"_s, u"create"_s,
                            u"dry-run"_s, u"skip-invalid"_s, u"published"_s, u"approve"_s, u"return"_s,
                            u"mine"_s,    u"theirs"_s,       u"yes"_s};

std::variant<Args, UsageError> parseArgs(const QStringList &arguments)
{
    Args args;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!onlyPositional && a == u"--") {
            onlyPositional = true;
        } else if (!onlyPositional && a.startsWith(u"--"_s)) {
            QString name = a.mid(2);
            QString value;
            bool hasValue = false;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                hasValue = true;
            }
            if (kValueOptions.contains(name)) {
                if (!hasValue) {
                    if (i + 1 >= arguments.size())
                        return UsageError {u"option --%1 needs a value"_s.arg(name)};
                    value = arguments.at(++i);
                }
                args.options.insert(name, value);
            } else if (kFlags.contains(name) && !hasValue) {
                args.flags.insert(name);
            } else {
                return UsageError {u"unknown option --%1"_s.arg(name)};
            }
        } else if (args.command.isEmpty()) {
            args.command = a;
        } else {
            args.positional.append(a);
        }
    }
    return args;
}

class Runner
{
public:
    Runner(const Args &args, QTextStream &out, QTextStream &err) : m_args(args), m_out(out), m_err(err) { }

    int run();

private:
    int fail(const Error &e)
    {
        m_err << "fehrist-cli: " << e.toString() << Qt::endl;
        return 1;
    }
    int usage(const QString &message)
    {
        m_err << "fehrist-cli: " << message << " (see fehrist-cli --help)" << Qt::endl;
        return 2;
    }
    bool allowOnly(const QStringList &options, const QStringList &flags)
    {
        for (auto it = m_args.options.begin(); it != m_args.options.end(); ++it) {
            if (it.key() != u"db" && !options.contains(it.key())) {
                usage(u"option --%1 does not apply to '%2'"_s.arg(it.key(), m_args.command));
                return false;
            }
        }
        for (const QString &f : m_args.flags) {
            if (!flags.contains(f)) {
                usage(u"option --%1 does not apply to '%2'"_s.arg(f, m_args.command));
                return false;
            }
        }
        return true;
    }
    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    void printSampleLabel()
    {
        const QString label = SampleCatalogue::label(*m_store);
        if (!label.isEmpty())
            m_out << "(" << label << ")\n";
    }

    bool openStore(OpenMode mode);
    bool thresholdOption(FigureRequest &request);
    int init();
    int departments();
    int list();
    int show();
    int set();
    int remove();
    int history();
    int stats();
    int report();
    int importFile();
    int exportFile();
    int writeTemplate();
    int submit();
    int review();
    int queue();
    /// Takes `action` on each service: a refusal is said and counted, a failure of the catalogue stops (its
    /// exit status is returned).
    int takeSteps(Core::WorkflowAction action, const QList<Core::Service> &services, const QString &comment, int &done,
                  int &refused);
    int login();
    int sync();
    int status();
    int conflicts();
    int resolve();

    Result<QString> password(bool ask);
    QString recordKey(const QString &entity, const QString &recordId);

    const Args &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Store> m_store;
    int m_openFailure = 1;
};

bool Runner::openStore(OpenMode mode)
{
    const QString url = resolveDatabaseUrl(m_args.option(u"db"_s));
    auto store = Store::open(url, mode);
    if (!store) {
        Error e = store.error();
        if (e.code == u"not-found")
            e.message += u"; create it with 'fehrist-cli init' (or 'init --sample')"_s;
        m_openFailure = fail(e);
        return false;
    }
    m_store = std::move(*store);
    return true;
}

int Runner::run()
{
    const QString &c = m_args.command;
    if (c == u"init")
        return init();
    if (c == u"departments")
        return departments();
    if (c == u"list")
        return list();
    if (c == u"show")
        return show();
    if (c == u"set")
        return set();
    if (c == u"delete")
        return remove();
    if (c == u"history")
        return history();
    if (c == u"stats")
        return stats();
    if (c == u"report")
        return report();
    if (c == u"import")
        return importFile();
    if (c == u"export")
        return exportFile();
    if (c == u"template")
        return writeTemplate();
    if (c == u"submit")
        return submit();
    if (c == u"review")
        return review();
    if (c == u"queue")
        return queue();
    if (c == u"login")
        return login();
    if (c == u"sync")
        return sync();
    if (c == u"status")
        return status();
    if (c == u"conflicts")
        return conflicts();
    if (c == u"resolve")
        return resolve();
    return usage(u"unknown command '%1'"_s.arg(c));
}

int Runner::init()
{
    if (!allowOnly({}, {u"sample"_s}) || !m_args.positional.isEmpty())
        return m_args.positional.isEmpty() ? 2 : usage(u"init takes no arguments"_s);
    if (!openStore(OpenMode::CreateIfMissing))
        return m_openFailure;
    if (m_args.flag(u"sample"_s)) {
        if (Status s = SampleCatalogue::load(*m_store); !s)
            return fail(s.error());
        auto figures = Metrics::compute(*m_store);
        if (!figures)
            return fail(figures.error());
        m_out << "Loaded the sample catalogue into " << m_store->url().displayName() << ": " << figures->departments
              << " departments, " << figures->services << " services.\n"
              << SampleCatalogue::label(*m_store) << ".\n";
    } else {
        m_out << "Catalogue ready at " << m_store->url().displayName() << " (schema version "
              << m_store->schemaVersion() << ").\n";
    }
    return 0;
}

int Runner::departments()
{
    if (!allowOnly({}, {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"departments takes no arguments"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto departments = m_store->departments();
    if (!departments)
        return fail(departments.error());
    auto counts = m_store->serviceCountsByDepartment();
    if (!counts)
        return fail(counts.error());
    if (m_args.flag(u"json"_s)) {
        QJsonArray array;
        for (const Department &d : *departments) {
            QJsonObject o = d.toJson();
            o.insert(u"services"_s, counts->value(d.code()));
            array.append(o);
        }
        printJson(array);
        return 0;
    }
    printSampleLabel();
    m_out << u"%1  %2  %3\n"_s.arg(u"CODE"_s, -12).arg(u"SERVICES"_s, 9).arg(u"NAME"_s);
    for (const Department &d : *departments) {
        const QString expected = d.isSet(u"expected_services") ? d.text(u"expected_services") : u"?"_s;
        m_out << u"%1  %2  %3\n"_s.arg(d.code(), -12)
                     .arg(QString::number(counts->value(d.code())) + u'/' + expected, 9)
                     .arg(d.nameEn());
    }
    m_out << departments->size() << " departments\n";
    return 0;
}

int Runner::list()
{
    if (!allowOnly({u"department"_s, u"search"_s, u"level"_s, u"state"_s, u"category"_s, u"channel"_s, u"status"_s},
                   {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"list takes no arguments; use --search TEXT to search"_s);
    ServiceFilter filter;
    filter.department = m_args.option(u"department"_s);
    filter.search = m_args.option(u"search"_s);
    filter.level = m_args.option(u"level"_s).toUpper();
    filter.state = m_args.option(u"state"_s);
    filter.category = m_args.option(u"category"_s);
    filter.channel = m_args.option(u"channel"_s);
    filter.status = m_args.option(u"status"_s);
    const ReferenceData &ref = ReferenceData::builtIn();
    const std::pair<QString, QString> checks[] = {{u"level"_s, filter.level},
                                                  {u"state"_s, filter.state},
                                                  {u"category"_s, filter.category},
                                                  {u"channel"_s, filter.channel},
                                                  {u"status"_s, filter.status}};
    for (const auto &[list, value] : checks) {
        if (!value.isEmpty() && !ref.contains(list, value))
            return usage(u"--%1 %2 is not one of: %3"_s.arg(list, value, ref.codes(list).join(u", "_s)));
    }
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    if (!filter.department.isEmpty()) {
        if (auto d = m_store->department(filter.department); !d)
            return fail(d.error());
    }

    const bool json = m_args.flag(u"json"_s);
    if (json)
        m_out << "[";
    else
        printSampleLabel();
    // Page through the catalogue: a listing never holds more than one page in memory.
    ServiceCursor cursor;
    qint64 count = 0;
    for (;;) {
        auto page = m_store->services(filter, cursor, 500);
        if (!page)
            return fail(page.error());
        for (const Service &s : page->services) {
            if (json) {
                QByteArray text = QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
                text.chop(1);
                m_out << (count ? ",\n" : "\n") << QString::fromUtf8(text);
            } else {
                m_out << u"%1  %2  %3  %4\n"_s.arg(s.key(), -28).arg(s.level(), -2).arg(s.state(), -9).arg(s.nameEn());
            }
            ++count;
        }
        if (!page->hasMore)
            break;
        cursor = page->next;
    }
    if (json)
        m_out << (count ? "\n]\n" : "]\n");
    else
        m_out << count << (count == 1 ? " service\n" : " services\n");
    return 0;
}

int Runner::show()
{
    if (!allowOnly({}, {u"json"_s}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"show takes one service: its id or DEPT/CODE"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto service = m_store->service(m_args.positional.first());
    if (!service)
        return fail(service.error());
    if (m_args.flag(u"json"_s)) {
        printJson(service->toJson());
        return 0;
    }
    printSampleLabel();
    m_out << u"%1  %2\n"_s.arg(u"id"_s, -20).arg(service->id) << u"%1  %2\n"_s.arg(u"rev"_s, -20).arg(service->rev);
    for (const FieldDef &def : service->schema().fields()) {
        const QString value = Record::formatText(def, service->value(def.name));
        if (!value.isEmpty())
            m_out << u"%1  %2\n"_s.arg(def.name, -20).arg(value);
    }
    m_out << u"%1  %2 by %3\n"_s.arg(u"updated"_s, -20).arg(service->updatedAt, service->updatedBy);
    return 0;
}

int Runner::set()
{
    if (!allowOnly({}, {u"create"_s}))
        return 2;
    if (m_args.positional.size() < 2)
        return usage(u"set takes a service and at least one FIELD=VALUE"_s);
    const QString target = m_args.positional.first();
    const bool create = m_args.flag(u"create"_s);
    if (create && target.count(u'/') != 1)
        return usage(u"set --create needs the new service as DEPT/CODE"_s);

    // Check every assignment before touching the catalogue.
    const Schema &schema = Schema::services();
    QList<std::pair<QString, QVariant>> assignments;
    for (const QString &a : m_args.positional.mid(1)) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            return usage(u"\"%1\" is not FIELD=VALUE"_s.arg(a));
        const QString name = a.left(eq).trimmed();
        const FieldDef *def = schema.field(name);
        if (!def) {
            static const QStringList system {u"id"_s, u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
            if (system.contains(name))
                return fail(Error {u"read-only-field"_s, u"is kept by Fehrist and cannot be set"_s, name});
            return fail(Error {u"unknown-field"_s,
                               u"no such field; fields are: %1"_s.arg(schema.fieldNames().join(u", "_s)), name});
        }
        if (def->managed)
            return fail(Error {u"read-only-field"_s,
                               u"is moved by the review workflow (submit/review), not by editing"_s, name});
        auto value = Record::parseText(*def, a.mid(eq + 1));
        if (!value)
            return fail(value.error());
        assignments.append({name, *value});
    }

    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    Service service;
    if (create) {
        const qsizetype slash = target.indexOf(u'/');
        if (auto existing = m_store->service(target); existing)
            return fail(Error {u"exists"_s, u"a service with this code already exists"_s, target});
        service.setValue(u"department_code"_s, target.left(slash));
        service.setValue(u"code"_s, target.mid(slash + 1));
        service.setValue(u"status"_s, u"active"_s);
    } else {
        auto found = m_store->service(target);
        if (!found)
            return fail(found.error());
        service = *found;
    }
    for (const auto &[name, value] : assignments)
        service.setValue(name, value);
    auto saved = m_store->saveService(service);
    if (!saved)
        return fail(saved.error());
    m_out << (create ? "Created " : "Saved ") << saved->key() << " (" << saved->id << ").\n";
    return 0;
}

int Runner::remove()
{
    if (!allowOnly({}, {}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"delete takes one service: its id or DEPT/CODE"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto service = m_store->service(m_args.positional.first());
    if (!service)
        return fail(service.error());
    if (Status s = m_store->deleteService(service->id); !s)
        return fail(s.error());
    m_out << "Deleted " << service->key() << ".\n";
    return 0;
}

int Runner::history()
{
    if (!allowOnly({}, {u"json"_s}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"history takes one service: its id or DEPT/CODE"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto service = m_store->service(m_args.positional.first(), true);
    if (!service)
        return fail(service.error());
    auto entries = m_store->history(service->id);
    if (!entries)
        return fail(entries.error());
    if (m_args.flag(u"json"_s)) {
        QJsonArray array;
        for (const HistoryEntry &h : *entries) {
            array.append(QJsonObject {
                {u"at"_s, h.at},
                {u"by"_s, h.actor},
                {u"operation"_s, h.operation},
                {u"rev"_s, h.rev},
                {u"changes"_s, h.changes},
                {u"comment"_s, h.comment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.comment)}});
        }
        printJson(array);
        return 0;
    }
    m_out << "History of " << service->key() << " (" << service->id << ")\n";
    for (const HistoryEntry &h : *entries) {
        m_out << h.at << "  " << h.actor << "  " << h.operation << "  rev " << h.rev << "\n";
        if (!h.comment.isEmpty())
            m_out << "    comment: " << h.comment << "\n";
        for (auto it = h.changes.begin(); it != h.changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            auto show = [](const QJsonValue &v) {
                if (v.isNull())
                    return u"(empty)"_s;
                if (v.isArray()) {
                    QStringList items;
                    for (const QJsonValue &item : v.toArray())
                        items.append(item.toString());
                    return items.join(u';');
                }
                if (v.isBool())
                    return v.toBool() ? u"yes"_s : u"no"_s;
                return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
            };
            m_out << "    " << it.key() << ": " << show(change.value(u"old"_s)) << u" → "_s
                  << show(change.value(u"new"_s)) << "\n";
        }
    }
    return 0;
}

int Runner::stats()
{
    if (!allowOnly({u"threshold"_s}, {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"stats takes no arguments"_s);
    FigureRequest request;
    if (!thresholdOption(request))
        return 2;
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto figures = Metrics::compute(*m_store, request);
    if (!figures)
        return fail(figures.error());
    const QString label = SampleCatalogue::label(*m_store);
    if (m_args.flag(u"json"_s)) {
        QJsonObject o = figures->toJson();
        o.insert(u"sample"_s, label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label));
        printJson(o);
        return 0;
    }
    auto percent = [](double v) -> QString { return QString::number(v * 100.0, 'f', 2) + u" %"_s; };
    const CatalogueFigures &f = *figures;
    printSampleLabel();
    m_out << "Catalogue: " << m_store->url().displayName() << "\n"
          << "Departments:            " << f.departments << "\n"
          << "Services:               " << f.services << " catalogued of " << f.expectedServices << " declared";
    if (f.completeness)
        m_out << " (" << percent(*f.completeness) << ")";
    m_out << "\nActive services:        " << f.activeServices << "\n"
          << "Online (L" << f.threshold << " and above): " << percent(f.onlineShare) << " (" << f.onlineServices
          << ")\n"
          << "Fully digital (L5+):    " << percent(f.fullyDigitalShare) << " (" << f.fullyDigitalServices << ")\n"
          << "Volume-weighted online: " << percent(f.volumeWeightedShare) << "\n"
          << "By level:              ";
    for (auto it = f.byLevel.begin(); it != f.byLevel.end(); ++it)
        m_out << " " << it.key() << "=" << it.value();
    m_out << "\nBy state:              ";
    for (auto it = f.byState.begin(); it != f.byState.end(); ++it)
        m_out << " " << it.key() << "=" << it.value();
    m_out << "\n\n"
          << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"DEPARTMENT"_s, -12)
                 .arg(u"SERVICES"_s, 9)
                 .arg(u"COMPLETE"_s, 9)
                 .arg(u"ONLINE"_s, 9)
                 .arg(u"SUBMITTED"_s, 9)
                 .arg(u"APPROVED"_s, 9);
    for (const DepartmentFigures &d : f.byDepartment) {
        m_out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(d.code, -12)
                     .arg(QString::number(d.services) + u'/' + (d.expected ? QString::number(*d.expected) : u"?"_s), 9)
                     .arg(d.completeness ? percent(*d.completeness) : u"-"_s, 9)
                     .arg(percent(d.onlineShare), 9)
                     .arg(d.submitted, 9)
                     .arg(d.approved, 9);
    }
    return 0;
}

bool Runner::thresholdOption(FigureRequest &request)
{
    // Without --threshold, the catalogue's setting.
    if (m_args.options.contains(u"threshold"_s)) {
        request.threshold = ReferenceData::levelRank(m_args.option(u"threshold"_s).toUpper());
        if (*request.threshold < 0) {
            usage(u"--threshold must be a level from L0 to L6"_s);
            return false;
        }
    }
    return true;
}

int Runner::report()
{
    if (!allowOnly({u"threshold"_s}, {}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"report takes one file: the PDF to write"_s);
    const QString path = m_args.positional.first();
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return usage(u"the report is a PDF: give a file name ending in .pdf"_s);
    FigureRequest request;
    if (!thresholdOption(request))
        return 2;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Error {u"no-gui"_s, u"painting the report needs a QGuiApplication (see needsGui())"_s, path});
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto figures = Metrics::compute(*m_store, request);
    if (!figures)
        return fail(figures.error());
    // A report keeps the day's figures for the trend, as a refresh of the dashboard does.
    if (Status s = Metrics::recordSnapshot(*m_store, *figures); !s)
        return fail(s.error());
    Report::ReportOptions options;
    options.catalogue = m_store->url().displayName();
    options.sampleLabel = SampleCatalogue::label(*m_store);
    auto pages = Report::ReportWriter::writePdf(path, *figures, options);
    if (!pages)
        return fail(pages.error());
    m_out << "Wrote " << path << " (" << *pages << (*pages == 1 ? " page" : " pages") << "): figures as of "
          << figures->asOf.toString(Qt::ISODate) << ", online (L" << figures->threshold << " and above) "
          << QString::number(figures->onlineShare * 100.0, 'f', 2) << " %.\n";
    return 0;
}

int Runner::exportFile()
{
    if (!allowOnly({u"format"_s, u"department"_s}, {u"published"_s}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"export takes one file"_s);
    const QString path = m_args.positional.first();
    const QString formatName = m_args.option(u"format"_s);
    const auto format = formatName.isEmpty() ? exchangeFormatFromPath(path) : exchangeFormatFromName(formatName);
    if (!format)
        return usage(u"give --format csv, xlsx, json or jsonld (or a file ending in .csv, .xlsx, .json, .jsonld)"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    ExportOptions options;
    options.format = *format;
    options.department = m_args.option(u"department"_s);
    options.published = m_args.flag(u"published"_s);
    auto summary = CatalogueExchange::exportTo(*m_store, path, options);
    if (!summary)
        return fail(summary.error());
    m_out << "Exported " << summary->services << " services of " << summary->departments << " departments to " << path
          << ".\n";
    return 0;
}

int Runner::takeSteps(WorkflowAction action, const QList<Service> &services, const QString &comment, int &done,
                      int &refused)
{
    for (const Service &s : services) {
        auto written = Workflow::takeStep(*m_store, action, s, comment);
        static const QSet<QString> refusals {u"forbidden"_s, u"invalid-state"_s, u"stale"_s, u"invalid"_s};
        if (!written && !refusals.contains(written.error().code)) // the catalogue failed: stop there
            return fail(written.error());
        if (!written) { // this one may not: say why, and go on with the others
            m_err << "fehrist-cli: " << written.error().toString() << Qt::endl;
            ++refused;
            continue;
        }
        ++done;
        if (action == WorkflowAction::Approve || action == WorkflowAction::Return)
            m_out << (action == WorkflowAction::Approve ? "Approved " : "Returned ") << written->key() << "\n";
    }
    return 0;
}

int Runner::submit()
{
    if (!allowOnly({u"department"_s}, {}))
        return 2;
    const QString department = m_args.option(u"department"_s);
    if (department.isEmpty() == m_args.positional.isEmpty())
        return usage(u"submit takes --department CODE or services (ids or DEPT/CODE), not both"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    QList<Service> services;
    if (!department.isEmpty()) {
        if (auto d = m_store->department(department); !d)
            return fail(d.error());
        ServiceFilter filter;
        filter.department = department;
        ServiceCursor cursor;
        for (;;) {
            auto page = m_store->services(filter, cursor, 1000);
            if (!page)
                return fail(page.error());
            for (const Service &s : page->services) {
                const QString state = s.text(u"state");
                if (state == u"draft" || state == u"returned")
                    services.append(s);
            }
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
    } else {
        for (const QString &name : std::as_const(m_args.positional)) {
            auto s = m_store->service(name);
            if (!s)
                return fail(s.error());
            services.append(*s);
        }
    }
    int submitted = 0, refused = 0;
    if (int failed = takeSteps(WorkflowAction::Submit, services, {}, submitted, refused); failed != 0)
        return failed;
    m_out << "Submitted " << submitted << (submitted == 1 ? " service" : " services")
          << " for review; the secretariat sees them after the next sync.\n";
    return refused ? 1 : 0;
}

int Runner::review()
{
    if (!allowOnly({u"comment"_s, u"department"_s}, {u"approve"_s, u"return"_s, u"yes"_s}))
        return 2;
    const QString department = m_args.option(u"department"_s);
    if (department.isEmpty() == m_args.positional.isEmpty())
        return usage(u"review takes services (ids or DEPT/CODE) or --department CODE, not both"_s);
    const bool approve = m_args.flag(u"approve"_s);
    if (approve == m_args.flag(u"return"_s))
        return usage(u"review takes --approve or --return --comment TEXT"_s);
    const QString comment = m_args.option(u"comment"_s);
    if (approve && !comment.isEmpty())
        return usage(u"--comment goes with --return"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    QList<Service> services;
    if (!department.isEmpty()) {
        if (auto d = m_store->department(department); !d)
            return fail(d.error());
        auto queued = ReviewQueue::load(*m_store, department);
        if (!queued)
            return fail(queued.error());
        for (const ReviewItem &item : std::as_const(*queued)) {
            auto s = m_store->service(item.id);
            if (!s)
                return fail(s.error());
            services.append(*s);
        }
        if (services.isEmpty()) {
            m_out << "Nothing of " << department << " is waiting for review.\n";
            return 0;
        }
    } else {
        for (const QString &name : std::as_const(m_args.positional)) {
            auto s = m_store->service(name);
            if (!s)
                return fail(s.error());
            services.append(*s);
        }
    }
    // What the decision is about: each field changed since the published version.
    for (const Service &s : std::as_const(services)) {
        auto diff = ReviewQueue::diff(*m_store, s);
        if (!diff)
            return fail(diff.error());
        m_out << s.key() << " rev " << s.rev << " — " << s.nameEn() << "\n";
        if (!diff->published) {
            m_out << "    new: not published before\n";
        } else if (diff->changes.isEmpty()) {
            m_out << "    the same as the published version (rev " << diff->publishedRev << ")\n";
        } else {
            for (const FieldChange &c : std::as_const(diff->changes)) {
                const FieldDef &def = *s.schema().field(c.field);
                auto shown = [&](const QVariant &v) {
                    const QString text = Record::formatText(def, v);
                    return text.isEmpty() ? u"(empty)"_s : text;
                };
                m_out << "    " << c.field << ": " << shown(c.oldValue) << u" → "_s << shown(c.newValue) << "\n";
            }
        }
    }
    if (services.size() > 1 && !m_args.flag(u"yes"_s)) {
        // Approving many at once is easy to do by mistake: ask, or refuse where nobody can answer.
        const QString question
            = u"%1 these %2 services?"_s.arg(approve ? u"Approve"_s : u"Return"_s).arg(services.size());
        if (!::isatty(STDIN_FILENO))
            return usage(question + u" Add --yes to decide them all at once"_s);
        m_out << question << " [y/N] " << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes") {
            m_out << "Nothing decided.\n";
            return 1;
        }
    }
    const WorkflowAction action = approve ? WorkflowAction::Approve : WorkflowAction::Return;
    int decided = 0, refused = 0;
    if (int failed = takeSteps(action, services, comment, decided, refused); failed != 0)
        return failed;
    if (decided > 0)
        m_out << "The " << (decided == 1 ? "decision reaches" : "decisions reach") << " the server at the next sync.\n";
    return refused ? 1 : 0;
}

int Runner::queue()
{
    if (!allowOnly({u"department"_s}, {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"queue takes no services; --department CODE narrows it"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    const QString department = m_args.option(u"department"_s);
    if (!department.isEmpty()) {
        if (auto d = m_store->department(department); !d)
            return fail(d.error());
    }
    auto items = ReviewQueue::load(*m_store, department);
    if (!items)
        return fail(items.error());
    if (m_args.flag(u"json"_s)) {
        QJsonArray array;
        for (const ReviewItem &i : std::as_const(*items)) {
            array.append(QJsonObject {
                {u"id"_s, i.id},
                {u"rev"_s, i.rev},
                {u"department_code"_s, i.departmentCode},
                {u"code"_s, i.code},
                {u"name_en"_s, i.nameEn},
                {u"submitted_at"_s, i.submittedAt},
                {u"submitted_by"_s, i.submittedBy},
                {u"deadline"_s, i.deadline.isValid() ? QJsonValue(i.deadline.toString(Qt::ISODate)) : QJsonValue()},
                {u"days_overdue"_s, i.daysOverdue}});
        }
        printJson(array);
        return 0;
    }
    if (items->isEmpty()) {
        m_out << "Nothing is waiting for review.\n";
        return 0;
    }
    for (const ReviewItem &i : std::as_const(*items)) {
        m_out << i.key() << "  rev " << i.rev << "  " << i.nameEn << "\n    submitted " << i.submittedAt.left(10)
              << " by " << (i.submittedBy.isEmpty() ? u"?"_s : i.submittedBy);
        if (i.daysOverdue > 0)
            m_out << "; " << i.daysOverdue << (i.daysOverdue == 1 ? " day" : " days") << " past " << i.departmentCode
                  << "'s deadline (" << i.deadline.toString(Qt::ISODate) << ")";
        m_out << "\n";
    }
    m_out << items->size() << (items->size() == 1 ? " service is" : " services are") << " waiting for review.\n";
    return 0;
}

int Runner::writeTemplate()
{
    if (!allowOnly({}, {}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"template takes one file"_s);
    const QString path = m_args.positional.first();
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return usage(u"the template is an XLSX workbook: give a file ending in .xlsx"_s);
    if (Status s = CatalogueExchange::writeTemplate(path); !s)
        return fail(s.error());
    m_out << "Wrote the import template to " << path << ".\n";
    return 0;
}

int Runner::importFile()
{
    if (!allowOnly({u"format"_s, u"mode"_s, u"rejects"_s}, {u"dry-run"_s, u"skip-invalid"_s}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"import takes one file"_s);
    const QString path = m_args.positional.first();
    const QString formatName = m_args.option(u"format"_s);
    const auto format = formatName.isEmpty() ? exchangeFormatFromPath(path) : exchangeFormatFromName(formatName);
    if (!format || *format == ExchangeFormat::JsonLd)
        return usage(u"give --format csv, xlsx or json (or a file ending in .csv, .xlsx or .json)"_s);
    ImportOptions options;
    options.format = *format;
    const QString mode = m_args.option(u"mode"_s);
    if (mode.isEmpty() || mode == u"append")
        options.mode = ImportMode::Append;
    else if (mode == u"merge")
        options.mode = ImportMode::Merge;
    else if (mode == u"replace")
        options.mode = ImportMode::Replace;
    else
        return usage(u"--mode is append, merge or replace"_s);
    options.dryRun = m_args.flag(u"dry-run"_s);
    if (m_args.flag(u"skip-invalid"_s))
        options.rejectsPath
            = m_args.options.contains(u"rejects"_s) ? m_args.option(u"rejects"_s) : path + u".rejects.csv"_s;
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto summary = CatalogueExchange::importFrom(*m_store, path, options);
    if (!summary)
        return fail(summary.error());
    const ImportSummary &r = *summary;
    if (!r.problems.isEmpty() && options.rejectsPath.isEmpty()) {
        m_err << "fehrist-cli: " << path << ": " << r.problems.size() << " problem(s) in " << r.rejected
              << " row(s); nothing was imported" << Qt::endl;
        const qsizetype shown = std::min<qsizetype>(r.problems.size(), 100);
        for (qsizetype i = 0; i < shown; ++i)
            m_err << "  " << r.problems.at(i).toString() << "\n";
        if (shown < r.problems.size())
            m_err << "  … and " << r.problems.size() - shown << " more (--skip-invalid writes them all to a file)\n";
        m_err.flush();
        return 1;
    }
    m_out << (options.dryRun  ? "Dry run, nothing written: "
                  : r.written ? "Imported: "
                              : "Nothing imported: ")
          << r.created << " new, " << r.updated << " updated, " << r.unchanged << " unchanged";
    if (r.deleted)
        m_out << ", " << r.deleted << " deleted";
    if (r.departmentsCreated)
        m_out << ", " << r.departmentsCreated << " new departments";
    m_out << " (" << r.rows << " rows).\n";
    if (r.rejected)
        m_out << r.rejected << " rows skipped; their problems are in " << options.rejectsPath << ".\n";
    return 0;
}

// FEHRIST_CA_FILE: a PEM file of certificates to trust besides the system's (a self-signed server).
Status trustCaFile(SyncClient &client)
{
    const QString file = qEnvironmentVariable("FEHRIST_CA_FILE");
    return file.isEmpty() ? success() : client.addCaCertificates(file);
}

// The password for a sign-in: --password-file, else $FEHRIST_PASSWORD_FILE, else (when `ask`) asked for
// on the terminal without echo, or read from standard input.
Result<QString> Runner::password(bool ask)
{
    QString file = m_args.option(u"password-file"_s);
    if (file.isEmpty())
        file = qEnvironmentVariable("FEHRIST_PASSWORD_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error {u"unreadable"_s, f.errorString(), file};
        QString line = QString::fromUtf8(f.readLine(4096));
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error {u"invalid"_s, u"the first line of the password file is empty"_s, file};
        return line;
    }
    if (!ask)
        return Error {u"no-password"_s, u"no password file"_s, {}};
    QTextStream in(stdin);
    if (!::isatty(STDIN_FILENO)) {
        const QString line = in.readLine();
        if (line.isEmpty())
            return Error {u"no-password"_s, u"no password on standard input (or give --password-file)"_s, {}};
        return line;
    }
    m_err << "Password: " << Qt::flush;
    termios old {};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    const QString line = in.readLine();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    return line;
}

QString Runner::recordKey(const QString &entity, const QString &recordId)
{
    auto record = m_store->record(entity == u"department" ? EntityType::Department : EntityType::Service, recordId);
    if (!record || !*record)
        return recordId;
    if ((*record)->type() == EntityType::Department)
        return (*record)->text(u"code");
    return Service(**record).key();
}

int Runner::login()
{
    if (!allowOnly({u"server"_s, u"user"_s, u"password-file"_s}, {}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"login takes --server URL and --user NAME"_s);
    const QUrl server(m_args.option(u"server"_s), QUrl::StrictMode);
    const QString user = m_args.option(u"user"_s);
    if (!server.isValid() || (server.scheme() != u"https" && server.scheme() != u"http") || server.host().isEmpty())
        return usage(u"--server takes the server's address, such as https://fehrist.kp.gov.pk"_s);
    if (user.isEmpty())
        return usage(u"--user takes your user name on the server"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto secret = password(true);
    if (!secret)
        return fail(secret.error());
    Keychain keychain;
    SyncClient client(server);
    if (Status s = trustCaFile(client); !s)
        return fail(s.error());
    const QString serverText = server.toString(QUrl::StripTrailingSlash);
    client.setCredentialStore(&keychain, Keychain::keyFor(user, serverText));
    auto signedIn = client.login(user, *secret, QSysInfo::machineHostName() + u" (fehrist-cli)"_s);
    if (!signedIn)
        return fail(signedIn.error());
    if (Status s = SyncSession::remember(*m_store, serverText, *signedIn); !s)
        return fail(s.error());
    m_out << "Signed in to " << serverText << " as " << signedIn->username << " (" << signedIn->role;
    if (!signedIn->departmentCode.isEmpty())
        m_out << ", " << signedIn->departmentCode;
    m_out << ").\n";
    if (keychain.read(Keychain::keyFor(user, serverText)))
        m_out << "The sign-in is kept in the system keychain.\n";
    else
        m_out << "No system keychain here: 'fehrist-cli sync' signs in again with --password-file or "
                 "FEHRIST_PASSWORD_FILE.\n";
    return 0;
}

int Runner::sync()
{
    if (!allowOnly({u"password-file"_s}, {}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"sync takes no arguments"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    auto server = m_store->meta(SyncEngine::kServerKey);
    auto user = m_store->meta(SyncEngine::kUserKey);
    if (!server || !user)
        return fail(server ? user.error() : server.error());
    if (server->isEmpty() || user->isEmpty())
        return fail(
            Error {u"not-signed-in"_s,
                   u"this catalogue has no server yet; sign in with 'fehrist-cli login --server URL --user NAME'"_s,
                   m_store->url().displayName()});
    Keychain keychain;
    SyncClient client {QUrl(*server)};
    if (Status s = trustCaFile(client); !s)
        return fail(s.error());
    const QString key = Keychain::keyFor(*user, *server);
    client.setCredentialStore(&keychain, key);
    if (auto token = keychain.read(key))
        client.setRefreshToken(*token);
    const auto secret = password(false);
    if (secret) {
        client.setRelogin([&]() -> Status {
            auto signedIn = client.login(*user, *secret, QSysInfo::machineHostName() + u" (fehrist-cli)"_s);
            return signedIn ? success() : Status(signedIn.error());
        });
    } else if (client.refreshToken().isEmpty()) {
        return fail(Error {u"sign-in-required"_s,
                           u"no sign-in kept here (no system keychain, or signed out): give --password-file F or set "
                           u"FEHRIST_PASSWORD_FILE, or sign in with 'fehrist-cli login'"_s,
                           *server});
    }
    SyncEngine engine(*m_store, client);
    auto report = engine.run();
    if (!report) {
        Error e = report.error();
        auto pending = m_store->pendingChanges();
        if (pending && *pending > 0)
            e.message += u" (%1 changes wait in the outbox)"_s.arg(*pending);
        return fail(e);
    }
    const SyncReport &r = *report;
    if (r.epochChanged)
        m_out << "The server was restored from a backup: everything was received again, and " << r.reoffered
              << " records it lacked were offered back.\n";
    m_out << "Synced with " << *server << " as " << *user << ": sent " << r.pushed << " changes (" << r.applied
          << " applied, " << r.merged << " merged, " << r.conflicts << " conflicts, " << r.rejected
          << " rejected), received " << r.pulled << ".\n";
    auto open = SyncConflicts::unresolvedCount(*m_store);
    if (open && *open > 0)
        m_out << *open << " conflicts to resolve: see 'fehrist-cli conflicts'.\n";
    return 0;
}

int Runner::status()
{
    if (!allowOnly({}, {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"status takes no arguments"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    if (Status s = SyncConflicts::prepare(*m_store); !s)
        return fail(s.error());
    auto pending = m_store->pendingChanges();
    auto open = SyncConflicts::unresolvedCount(*m_store);
    auto lastSync = m_store->meta(SyncEngine::kLastSyncKey);
    auto server = m_store->meta(SyncEngine::kServerKey);
    auto user = m_store->meta(SyncEngine::kUserKey);
    auto lastError = m_store->meta(SyncEngine::kLastErrorKey);
    for (const auto *r : {&lastSync, &server, &user, &lastError}) {
        if (!*r)
            return fail(r->error());
    }
    if (!pending)
        return fail(pending.error());
    if (!open)
        return fail(open.error());
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    if (m_args.flag(u"json"_s)) {
        printJson(QJsonObject {{u"pending"_s, *pending},
                               {u"conflicts"_s, *open},
                               {u"last_sync"_s, orNull(*lastSync)},
                               {u"server"_s, orNull(*server)},
                               {u"user"_s, orNull(*user)},
                               {u"last_error"_s, orNull(*lastError)}});
        return 0;
    }
    m_out << "Server:    " << (server->isEmpty() ? u"(none; see fehrist-cli login)"_s : *server);
    if (!user->isEmpty())
        m_out << " as " << *user;
    m_out << "\nPending:   " << *pending << " changes to send\n"
          << "Conflicts: " << *open << "\n"
          << "Last sync: " << (lastSync->isEmpty() ? u"never"_s : *lastSync) << "\n";
    if (!lastError->isEmpty())
        m_out << "Last error: " << *lastError << "\n";
    return 0;
}

int Runner::conflicts()
{
    if (!allowOnly({}, {u"json"_s}))
        return 2;
    if (!m_args.positional.isEmpty())
        return usage(u"conflicts takes no arguments"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    if (Status s = SyncConflicts::prepare(*m_store); !s)
        return fail(s.error());
    auto list = SyncConflicts::list(*m_store);
    if (!list)
        return fail(list.error());
    if (m_args.flag(u"json"_s)) {
        QJsonArray array;
        for (const SyncConflict &c : *list) {
            QJsonObject o = c.toJson();
            o.insert(u"record"_s, recordKey(c.entity, c.recordId));
            array.append(o);
        }
        printJson(array);
        return 0;
    }
    auto show = [](const QJsonValue &v) -> QString {
        if (v.isNull() || v.isUndefined())
            return u"(empty)"_s;
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.toString());
            return items.join(u';');
        }
        if (v.isBool())
            return v.toBool() ? u"yes"_s : u"no"_s;
        return v.isDouble() ? QString::number(v.toInteger()) : u'"' + v.toString() + u'"';
    };
    for (const SyncConflict &c : *list) {
        m_out << c.id.left(8) << "  " << recordKey(c.entity, c.recordId) << "  " << c.operation << "  " << c.kind;
        if (!c.reason.isEmpty())
            m_out << ": " << c.reason;
        m_out << "\n";
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            if (c.kind == u"conflict")
                m_out << "    " << it.key() << (f.value(u"conflict"_s).toBool() ? " (conflict)" : "") << ": base "
                      << show(f.value(u"base"_s)) << ", mine " << show(f.value(u"mine"_s)) << ", theirs "
                      << show(f.value(u"theirs"_s)) << "\n";
            else
                m_out << "    " << it.key() << ": " << show(f.value(u"old"_s)) << u" → "_s << show(f.value(u"new"_s))
                      << "\n";
        }
    }
    m_out << list->size() << (list->size() == 1 ? " conflict" : " conflicts")
          << (list->isEmpty() ? "\n" : "; settle each with 'fehrist-cli resolve ID --mine' or '--theirs'\n");
    return 0;
}

int Runner::resolve()
{
    if (!allowOnly({}, {u"mine"_s, u"theirs"_s}))
        return 2;
    if (m_args.positional.size() != 1)
        return usage(u"resolve takes one conflict id (see fehrist-cli conflicts)"_s);
    const bool mine = m_args.flag(u"mine"_s);
    if (mine == m_args.flag(u"theirs"_s))
        return usage(u"resolve takes --mine or --theirs"_s);
    if (!openStore(OpenMode::ExistingOnly))
        return m_openFailure;
    if (Status s = SyncConflicts::prepare(*m_store); !s)
        return fail(s.error());
    auto found = SyncConflicts::find(*m_store, m_args.positional.first());
    if (!found)
        return fail(found.error());
    if (Status s
        = SyncConflicts::resolve(*m_store, found->id, mine ? SyncConflicts::Side::Mine : SyncConflicts::Side::Theirs);
        !s)
        return fail(s.error());
    m_out << "Resolved " << found->id.left(8) << " (" << recordKey(found->entity, found->recordId) << ") "
          << (mine ? "with your values; the next 'fehrist-cli sync' sends them.\n" : "with the server's values.\n");
    return 0;
}
} // namespace

bool needsGui(const QStringList &arguments)
{
    auto parsed = parseArgs(arguments);
    const Args *args = std::get_if<Args>(&parsed);
    return args && args->command == u"report" && !args->flag(u"help"_s);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    auto parsed = parseArgs(arguments);
    if (auto *e = std::get_if<UsageError>(&parsed)) {
        err << "fehrist-cli: " << e->message << " (see fehrist-cli --help)" << Qt::endl;
        return 2;
    }
    const Args &args = std::get<Args>(parsed);
    if (args.flag(u"version"_s)) {
        out << "fehrist-cli " << QCoreApplication::applicationVersion() << " (catalogue schema "
            << latestSchemaVersion() << ", reference data " << ReferenceData::builtIn().version() << ")\n";
        return 0;
    }
    if (args.flag(u"help"_s) || args.command == u"help") {
        out << kUsage.arg(QDir::toNativeSeparators(defaultDatabasePath()));
        return 0;
    }
    if (args.command.isEmpty()) {
        err << "fehrist-cli: no command given (see fehrist-cli --help)" << Qt::endl;
        return 2;
    }
    Runner runner(args, out, err);
    return runner.run();
}

} // namespace Fehrist::Cli
