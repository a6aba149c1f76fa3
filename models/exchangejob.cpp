#include "models/exchangejob.h"

#include "core/storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

namespace {

// Runs `f(job)` on the GUI thread, if the job still exists then.
template<typename F> void post(const QPointer<ExchangeJob> &self, F f)
{
    QMetaObject::invokeMethod(
        qApp,
        [self, f] {
            if (self)
                f(self.data());
        },
        Qt::QueuedConnection);
}

// Hands a worker's result to the GUI thread: `ok` with the value, or the job's failed() signal.
template<typename T, typename Ok> void deliver(const QPointer<ExchangeJob> &self, const Result<T> &result, Ok ok)
{
    post(self, [result, ok](ExchangeJob *job) {
        if (result)
            ok(job, *result);
        else
            Q_EMIT job->failed(result.error());
    });
}

// True at most every 50 ms (and at the start): the GUI needs no more progress than that.
std::function<bool()> throttle()
{
    auto timer = std::make_shared<QElapsedTimer>();
    return [timer] {
        if (timer->isValid() && timer->elapsed() < 50)
            return false;
        timer->start();
        return true;
    };
}

// Opens a connection of the worker thread's own, runs `work` on it and closes it there.
template<typename T, typename Work> Result<T> withStore(const DatabaseUrl &catalogue, Work work)
{
    auto store = Store::open(catalogue, OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    return work(**store);
}

} // namespace

ExchangeJob::ExchangeJob(QObject *parent) : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1);
}

ExchangeJob::~ExchangeJob()
{
    cancel();
    m_pool.waitForDone();
}

void ExchangeJob::cancel()
{
    m_cancel->store(true);
}

bool ExchangeJob::isRunning() const
{
    return m_pool.activeThreadCount() > 0;
}

void ExchangeJob::wait()
{
    m_pool.waitForDone();
}

void ExchangeJob::startPreview(const QString &path, ExchangeFormat format)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ExchangeJob> self(this);
    m_pool.start([self, path, format] {
        deliver(self, CatalogueExchange::preview(path, format),
                [](ExchangeJob *job, const ImportPreview &p) { Q_EMIT job->previewReady(p); });
    });
}

void ExchangeJob::startImport(const DatabaseUrl &catalogue, const QString &path, const ImportOptions &options)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    QPointer<ExchangeJob> self(this);
    m_pool.start([self, catalogue, path, options, cancelled] {
        ImportOptions run = options;
        run.progress = [self, cancelled, due = throttle()](ImportStage stage, qint64 done, qint64 total) {
            if (due())
                post(self, [=](ExchangeJob *job) { Q_EMIT job->progress(stage, done, total); });
            return !cancelled->load();
        };
        deliver(self,
                withStore<ImportSummary>(catalogue,
                                         [&](Store &store) { return CatalogueExchange::importFrom(store, path, run); }),
                [](ExchangeJob *job, const ImportSummary &s) { Q_EMIT job->importFinished(s); });
    });
}

void ExchangeJob::startExport(const DatabaseUrl &catalogue, const QString &path, const ExportOptions &options)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    QPointer<ExchangeJob> self(this);
    m_pool.start([self, catalogue, path, options, cancelled] {
        ExportOptions run = options;
        run.progress = [self, cancelled, due = throttle()](qint64 done) {
            if (due())
                post(self, [=](ExchangeJob *job) { Q_EMIT job->exportProgress(done); });
            return !cancelled->load();
        };
        deliver(self,
                withStore<ExportSummary>(catalogue,
                                         [&](Store &store) { return CatalogueExchange::exportTo(store, path, run); }),
                [](ExchangeJob *job, const ExportSummary &s) { Q_EMIT job->exportFinished(s); });
    });
}

} // namespace Fehrist::Models
