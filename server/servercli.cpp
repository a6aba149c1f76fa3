#include "server/servercli.h"

#include "core/sample/samplecatalogue.h"
#include "core/storage/migrations.h"
#include "server/accounts.h"
#include "server/api.h"
#include "server/auditlog.h"
#include "server/backup.h"
#include "server/database.h"
#include "server/httpfront.h"
#include "server/logging.h"
#include "server/serverschema.h"
#include "server/syncservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslKey>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <pwd.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Server {

namespace {

const QString kUsage = uR"(Usage: fehrist-server [--db URL] COMMAND [OPTIONS]

Fehrist's central server: the authoritative catalogue, accounts, sync and the public feed.

Global options:
  --db URL        the server database: an SQLite file or postgresql://user:pass@host:port/dbname
                  (default: fehrist-server.sqlite in the current folder)
  --help          show this help
  --version       show the version

Commands:
  init [--sample]                 create (or upgrade) the server database; --sample loads the sample
                                  catalogue into a new one
  serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--threads N]
        [--access-ttl SECONDS] [--refresh-ttl SECONDS] [--max-body BYTES] [--read-timeout SECONDS]
        [--max-connections N]
                                  serve the HTTP API (default 127.0.0.1:8080) until SIGTERM or SIGINT
  user add NAME --role officer|reviewer|admin|viewer [--department CODE] [--password-file F]
                                  create a user (officers belong to a department); the password is read
                                  from the file's first line, else asked for
  user list [--json]              list users
  user disable NAME               disable a user and end their sessions
  user passwd NAME [--password-file F]
                                  set a new password and end the user's sessions
  backup FILE                     write a consistent backup (an SQLite file) while the server runs
  restore FILE                    copy a backup into a new, empty server database
  audit verify                    check the audit log's hash chain; exit 1 naming the first bad entry

Exit status: 0 success, 1 the command failed (the reason is on stderr), 2 wrong usage.
)"_s;

struct Args
{
    QStringList words; ///< command and positional arguments
    QHash<QString, QString> options;
    QSet<QString> flags;

    QString option(const QString &name) const { return options.value(name); }
    bool flag(const QString &name) const { return flags.contains(name); }
};

const QSet<QString> kValueOptions {
    u"db"_s,       u"listen"_s,       u"role"_s,           u"department"_s, u"password-file"_s,
    u"tls-cert"_s, u"tls-key"_s,      u"threads"_s,        u"access-ttl"_s, u"refresh-ttl"_s,
    u"max-body"_s, u"read-timeout"_s, u"max-connections"_s};
const QSet<QString> kFlags {u"sample"_s, u"json"_s, u"help"_s, u"version"_s};

std::variant<Args, QString> parseArgs(const QStringList &arguments)
{
    Args args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u"--"_s)) {
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
                        return u"option --%1 needs a value"_s.arg(name);
                    value = arguments.at(++i);
                }
                args.options.insert(name, value);
            } else if (kFlags.contains(name) && !hasValue) {
                args.flags.insert(name);
            } else {
                return u"unknown option --%1"_s.arg(name);
            }
        } else {
            args.words.append(a);
        }
    }
    return args;
}

// Who runs a command on the server machine, for the audit log: the OS account, as local:NAME.
QString localActor()
{
    QString name;
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        name = QString::fromLocal8Bit(pw->pw_name);
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QString::number(::geteuid()));
    return u"local:"_s + name;
}

// SIGTERM and SIGINT reach the event loop through a socket pair: a signal handler may do little more
// than write a byte.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

class Runner
{
public:
    Runner(const Args &args, QTextStream &out, QTextStream &err) : m_args(args), m_out(out), m_err(err) { }

    int run();

private:
    int fail(const Error &e)
    {
        m_err << "fehrist-server: " << e.toString() << Qt::endl;
        return 1;
    }
    int usage(const QString &message)
    {
        m_err << "fehrist-server: " << message << " (see fehrist-server --help)" << Qt::endl;
        return 2;
    }
    bool allowOnly(const QStringList &options, const QStringList &flags)
    {
        for (auto it = m_args.options.begin(); it != m_args.options.end(); ++it) {
            if (it.key() != u"db" && !options.contains(it.key())) {
                usage(u"option --%1 does not apply to '%2'"_s.arg(it.key(), m_args.words.join(u' ')));
                return false;
            }
        }
        for (const QString &f : m_args.flags) {
            if (!flags.contains(f)) {
                usage(u"option --%1 does not apply to '%2'"_s.arg(f, m_args.words.join(u' ')));
                return false;
            }
        }
        return true;
    }
    QString url() const
    {
        const QString given = m_args.option(u"db"_s);
        return given.isEmpty() ? u"fehrist-server.sqlite"_s : given;
    }
    Result<QString> password(const QString &username);

    int init();
    int serve();
    int user();
    int backup();
    int restore();
    int audit();

    const Args &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
};

int Runner::run()
{
    const QString command = m_args.words.value(0);
    if (command == u"init")
        return init();
    if (command == u"serve")
        return serve();
    if (command == u"user")
        return user();
    if (command == u"backup")
        return backup();
    if (command == u"restore")
        return restore();
    if (command == u"audit")
        return audit();
    return usage(u"unknown command '%1'"_s.arg(command));
}

Result<QString> Runner::password(const QString &username)
{
    const QString file = m_args.option(u"password-file"_s);
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
    if (!::isatty(STDIN_FILENO)) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isEmpty())
            return Error {u"invalid"_s, u"no password on standard input (or give --password-file)"_s, {}};
        return line;
    }
    // Asked for on the terminal, without echo, twice.
    auto ask = [&](const QString &prompt) {
        m_err << prompt << Qt::flush;
        termios old {};
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        QTextStream in(stdin);
        const QString line = in.readLine();
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        m_err << Qt::endl;
        return line;
    };
    const QString first = ask(u"Password for %1: "_s.arg(username));
    const QString second = ask(u"Again: "_s);
    if (first != second)
        return Error {u"invalid"_s, u"the two passwords differ"_s, {}};
    return first;
}

int Runner::init()
{
    if (!allowOnly({}, {u"sample"_s}))
        return 2;
    if (m_args.words.size() != 1)
        return usage(u"init takes no arguments"_s);
    auto store = Database::open(url(), OpenMode::CreateIfMissing);
    if (!store)
        return fail(store.error());
    if (m_args.flag(u"sample"_s)) {
        if (Status s = SampleCatalogue::load(**store); !s)
            return fail(s.error());
    }
    Database db(url());
    auto adopted = SyncService::adopt(db, **store);
    if (!adopted)
        return fail(adopted.error());
    auto epoch = Database::epoch(**store);
    m_out << "Server database ready at " << (*store)->url().displayName() << " (catalogue schema "
          << (*store)->schemaVersion() << ", epoch " << (epoch ? *epoch : QString()) << ")";
    if (*adopted)
        m_out << "; " << *adopted << " records published to the change log";
    m_out << ".\n";
    return 0;
}

int Runner::serve()
{
    if (!allowOnly({u"listen"_s, u"tls-cert"_s, u"tls-key"_s, u"threads"_s, u"access-ttl"_s, u"refresh-ttl"_s,
                    u"max-body"_s, u"read-timeout"_s, u"max-connections"_s},
                   {}))
        return 2;
    if (m_args.words.size() != 1)
        return usage(u"serve takes no arguments"_s);

    QString listen = m_args.option(u"listen"_s);
    if (listen.isEmpty())
        listen = u"127.0.0.1:8080"_s;
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return usage(u"--listen takes ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8080"_s);

    auto number = [&](const QString &name, qint64 fallback, qint64 min, qint64 max) -> std::optional<qint64> {
        if (!m_args.options.contains(name))
            return fallback;
        bool ok = false;
        const qint64 n = m_args.option(name).toLongLong(&ok);
        if (!ok || n < min || n > max)
            return std::nullopt;
        return n;
    };
    ApiSettings settings;
    HttpLimits limits;
    const auto threads = number(u"threads"_s, std::clamp(QThread::idealThreadCount() * 2, 4, 16), 1, 256);
    const auto accessTtl = number(u"access-ttl"_s, settings.lifetimes.accessSeconds, 1, 24 * 3600);
    const auto refreshTtl = number(u"refresh-ttl"_s, settings.lifetimes.refreshSeconds, 60, 365 * 24 * 3600);
    const auto maxBody = number(u"max-body"_s, settings.maxPushBytes, 64 * 1024, 256 * 1024 * 1024);
    const auto readTimeout = number(u"read-timeout"_s, limits.requestTimeoutMs / 1000, 1, 3600);
    const auto maxConnections = number(u"max-connections"_s, limits.maxConnections, 1, 100000);
    if (!threads || !accessTtl || !refreshTtl || !maxBody || !readTimeout || !maxConnections)
        return usage(u"--threads, --access-ttl, --refresh-ttl, --max-body, --read-timeout and --max-connections take "
                     u"whole numbers in a sensible range"_s);
    settings.lifetimes.accessSeconds = *accessTtl;
    settings.lifetimes.refreshSeconds = *refreshTtl;
    settings.maxPushBytes = *maxBody;
    limits.requestTimeoutMs = int(*readTimeout * 1000);
    limits.headerTimeoutMs = std::min(limits.headerTimeoutMs, limits.requestTimeoutMs);
    limits.maxConnections = int(*maxConnections);

    std::optional<QSslConfiguration> tls;
    const QString certFile = m_args.option(u"tls-cert"_s);
    const QString keyFile = m_args.option(u"tls-key"_s);
    if (certFile.isEmpty() != keyFile.isEmpty())
        return usage(u"--tls-cert and --tls-key go together"_s);
    if (!certFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(certFile);
        if (certificates.isEmpty())
            return fail(Error {u"invalid"_s, u"no PEM certificate in this file"_s, certFile});
        QFile f(keyFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error {u"unreadable"_s, f.errorString(), keyFile});
        const QByteArray pem = f.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return fail(Error {u"invalid"_s, u"no PEM RSA or EC private key in this file"_s, keyFile});
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(certificates);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }

    {
        // Upgrade the schemas and publish unlogged records once, before any request.
        auto store = Database::open(url(), OpenMode::ExistingOnly);
        if (!store)
            return fail(store.error());
        Database db(url());
        auto adopted = SyncService::adopt(db, **store);
        if (!adopted)
            return fail(adopted.error());
        if (*adopted)
            qCInfo(lcServer) << *adopted << "records published to the change log";
    }

    QThreadPool pool;
    pool.setMaxThreadCount(int(*threads));
    pool.setExpiryTimeout(-1); // a worker keeps its database connection for the server's life
    Database db(url());
    Api api(db, settings);
    HttpFront front(
        limits, [&api](const HttpRequest &request) { return api.handle(request); },
        [&api](const QByteArray &method, const QString &path) { return api.bodyLimit(method, path); }, &pool);
    if (tls)
        front.setTls(*tls);
    auto bound = front.listen(address, quint16(port));
    if (!bound)
        return fail(bound.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(Error {u"system"_s, u"cannot set up signal handling"_s, {}});
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&notifier, &QSocketNotifier::activated, &front, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        qCInfo(lcServer) << "stopping: finishing" << front.requestsInFlight() << "requests in flight";
        front.shutdown();
        // Requests still unfinished after 10 s are abandoned (their clients resend: the protocol is
        // replay-safe), so that a stop never waits on a database that does not answer.
        deadline.start(10000);
    });
    QObject::connect(&front, &HttpFront::drained, qApp, &QCoreApplication::quit);
    QObject::connect(&deadline, &QTimer::timeout, qApp, &QCoreApplication::quit);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);

    const QString scheme = tls ? u"https"_s : u"http"_s;
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host;
    auto store = Database::open(url(), OpenMode::ExistingOnly);
    m_out << "fehrist-server " << QCoreApplication::applicationVersion() << " listening on " << scheme << "://"
          << shownHost << ":" << *bound << " (database " << (store ? (*store)->url().displayName() : url()) << ", "
          << *threads << " worker threads)" << Qt::endl;
    store = Error {}; // the workers open their own connections

    QCoreApplication::exec();
    const bool finished = pool.waitForDone(5000);
    if (finished)
        qCInfo(lcServer) << "stopped";
    else
        qCWarning(lcServer) << "stopped with requests unfinished; their clients will resend them";
    // Everything the server wrote is committed (each request in its transactions). Leave without
    // tearing down: the workers' connections are thread-local and were seen to crash at exit, now and
    // then, when destroyed after the application; the system closes them (PostgreSQL rolls back
    // nothing, SQLite's WAL holds every commit).
    m_out.flush();
    std::fflush(nullptr);
    std::_Exit(0);
}

int Runner::user()
{
    const QString sub = m_args.words.value(1);
    if (sub == u"add") {
        if (!allowOnly({u"role"_s, u"department"_s, u"password-file"_s}, {}))
            return 2;
        if (m_args.words.size() != 3)
            return usage(u"user add takes one user name"_s);
        const QString role = m_args.option(u"role"_s);
        if (!Accounts::roles().contains(role))
            return usage(u"--role is one of: %1"_s.arg(Accounts::roles().join(u", "_s)));
        auto store = Database::open(url(), OpenMode::ExistingOnly);
        if (!store)
            return fail(store.error());
        auto secret = password(m_args.words.at(2));
        if (!secret)
            return fail(secret.error());
        auto added = Accounts::addUser(**store, m_args.words.at(2), role, m_args.option(u"department"_s), *secret,
                                       localActor());
        if (!added)
            return fail(added.error());
        m_out << "Added " << added->role << " " << added->username;
        if (!added->departmentCode.isEmpty())
            m_out << " of " << added->departmentCode;
        m_out << ".\n";
        return 0;
    }
    if (sub == u"list") {
        if (!allowOnly({}, {u"json"_s}))
            return 2;
        if (m_args.words.size() != 2)
            return usage(u"user list takes no arguments"_s);
        auto store = Database::open(url(), OpenMode::ExistingOnly);
        if (!store)
            return fail(store.error());
        auto users = Accounts::users(**store);
        if (!users)
            return fail(users.error());
        if (m_args.flag(u"json"_s)) {
            QJsonArray array;
            for (const User &u : *users)
                array.append(QJsonObject {
                    {u"username"_s, u.username},
                    {u"role"_s, u.role},
                    {u"department_code"_s, u.departmentCode.isEmpty() ? QJsonValue() : QJsonValue(u.departmentCode)},
                    {u"disabled"_s, u.disabled},
                    {u"created_at"_s, u.createdAt}});
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return 0;
        }
        m_out
            << u"%1  %2  %3  %4\n"_s.arg(u"USER"_s, -24).arg(u"ROLE"_s, -8).arg(u"DEPARTMENT"_s, -12).arg(u"STATUS"_s);
        for (const User &u : *users)
            m_out << u"%1  %2  %3  %4\n"_s.arg(u.username, -24)
                         .arg(u.role, -8)
                         .arg(u.departmentCode.isEmpty() ? u"-"_s : u.departmentCode, -12)
                         .arg(u.disabled ? u"disabled"_s : u"active"_s);
        m_out << users->size() << (users->size() == 1 ? " user\n" : " users\n");
        return 0;
    }
    if (sub == u"disable" || sub == u"passwd") {
        if (!allowOnly(sub == u"passwd" ? QStringList {u"password-file"_s} : QStringList {}, {}))
            return 2;
        if (m_args.words.size() != 3)
            return usage(u"user %1 takes one user name"_s.arg(sub));
        auto store = Database::open(url(), OpenMode::ExistingOnly);
        if (!store)
            return fail(store.error());
        const QString name = m_args.words.at(2);
        if (sub == u"disable") {
            if (Status s = Accounts::disable(**store, name, localActor()); !s)
                return fail(s.error());
            m_out << "Disabled " << name << "; their sessions have ended.\n";
            return 0;
        }
        if (auto u = Accounts::user(**store, name); !u)
            return fail(u.error());
        auto secret = password(name);
        if (!secret)
            return fail(secret.error());
        if (Status s = Accounts::setPassword(**store, name, *secret, localActor()); !s)
            return fail(s.error());
        m_out << "Changed the password of " << name << "; their sessions have ended.\n";
        return 0;
    }
    return usage(u"user takes add, list, disable or passwd"_s);
}

int Runner::backup()
{
    if (!allowOnly({}, {}))
        return 2;
    if (m_args.words.size() != 2)
        return usage(u"backup takes one file"_s);
    if (Status s = Backup::write(url(), m_args.words.at(1), localActor()); !s)
        return fail(s.error());
    m_out << "Wrote a backup to " << m_args.words.at(1) << ".\n";
    return 0;
}

int Runner::restore()
{
    if (!allowOnly({}, {}))
        return 2;
    if (m_args.words.size() != 2)
        return usage(u"restore takes one backup file"_s);
    if (Status s = Backup::restore(m_args.words.at(1), url(), localActor()); !s)
        return fail(s.error());
    m_out << "Restored " << m_args.words.at(1) << " into " << url()
          << "; clients will pull everything again when they next sync.\n";
    return 0;
}

int Runner::audit()
{
    if (!allowOnly({}, {}))
        return 2;
    if (m_args.words.size() != 2 || m_args.words.at(1) != u"verify")
        return usage(u"audit takes one subcommand: verify"_s);
    auto store = Database::open(url(), OpenMode::ExistingOnly);
    if (!store)
        return fail(store.error());
    auto result = AuditLog::verify(**store);
    if (!result)
        return fail(result.error());
    if (const auto &p = result->problem) {
        QString entry = p->n > 0 ? u"entry %1"_s.arg(p->n) : u"an entry"_s;
        QStringList about;
        if (!p->at.isEmpty())
            about.append(p->at);
        if (!p->action.isEmpty())
            about.append(p->action);
        if (!about.isEmpty())
            entry += u" ("_s + about.join(u", "_s) + u')';
        m_err << "fehrist-server: audit log TAMPERED at " << entry << " [" << p->kind << "]: " << p->message;
        if (p->n > 0)
            m_err << " (entries before it are intact: " << std::min(result->entries, p->n - 1) << ")";
        m_err << Qt::endl;
        return 1;
    }
    m_out << "audit log verified: " << result->entries << (result->entries == 1 ? " entry" : " entries") << ", head "
          << result->head << "\n";
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    auto parsed = parseArgs(arguments);
    if (auto *message = std::get_if<QString>(&parsed)) {
        err << "fehrist-server: " << *message << " (see fehrist-server --help)" << Qt::endl;
        return 2;
    }
    const Args &args = std::get<Args>(parsed);
    if (args.flag(u"version"_s)) {
        out << "fehrist-server " << QCoreApplication::applicationVersion() << " (catalogue schema "
            << latestSchemaVersion() << ", server schema " << ServerSchema::steps().constLast().version << ")\n";
        return 0;
    }
    if (args.flag(u"help"_s) || args.words.value(0) == u"help") {
        out << kUsage;
        return 0;
    }
    if (args.words.isEmpty()) {
        err << "fehrist-server: no command given (see fehrist-server --help)" << Qt::endl;
        return 2;
    }
    Runner runner(args, out, err);
    return runner.run();
}

} // namespace Fehrist::Server
