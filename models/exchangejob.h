#pragma once

#include "core/io/catalogueexchange.h"
#include "core/storage/databaseurl.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Fehrist::Models {

/// Import and export off the GUI thread: reading a file's preview, a dry run, the import itself and
/// an export, each on a worker thread with its own connection to the catalogue (connections belong to
/// one thread). Progress arrives as signals on the thread that made the job; cancel() stops the work
/// at the next row; a cancelled import writes nothing and a cancelled export leaves no file.
class ExchangeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeJob)

public:
    explicit ExchangeJob(QObject *parent = nullptr);
    ~ExchangeJob() override; ///< cancels and waits for the worker

    void startPreview(const QString &path, Core::ExchangeFormat format);
    /// A dry run when options.dryRun; otherwise the import.
    void startImport(const Core::DatabaseUrl &catalogue, const QString &path, const Core::ImportOptions &options);
    void startExport(const Core::DatabaseUrl &catalogue, const QString &path, const Core::ExportOptions &options);
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker is done (tests and closing windows).
    void wait();

Q_SIGNALS:
    void previewReady(const Fehrist::Core::ImportPreview &preview);
    void progress(Fehrist::Core::ImportStage stage, qint64 done, qint64 total);
    void importFinished(const Fehrist::Core::ImportSummary &summary);
    void exportProgress(qint64 done);
    void exportFinished(const Fehrist::Core::ExportSummary &summary);
    /// Reading, checking or writing failed, or was cancelled (error code "cancelled").
    void failed(const Fehrist::Core::Error &error);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Fehrist::Models
