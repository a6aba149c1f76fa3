#pragma once

#include "core/storage/store.h"
#include "core/sync/syncclient.h"

#include <atomic>
#include <functional>

namespace Fehrist::Core {

/// Where a sync stands, for a progress bar or a status line.
struct SyncProgress
{
    QString stage; ///< "push", "pull", "recover" (pulling everything again after the server's epoch changed)
    qint64 pushed = 0; ///< changes answered by the server so far
    qint64 pulled = 0; ///< changes received so far
    qint64 pending = 0; ///< changes still in the outbox
};

/// What a sync did.
struct SyncReport
{
    qint64 pushed = 0;
    qint64 applied = 0;
    qint64 merged = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 pulled = 0;
    qint64 reoffered = 0; ///< records offered back to a server restored from a backup
    bool epochChanged = false;
};

/// One change of a pull page, read and checked (DESIGN.md §6).
struct RemoteChange
{
    EntityType type = EntityType::Service;
    QString id;
    qint64 rev = 0;
    bool deleted = false;
    Record record; ///< the record as the server sends it; empty for a tombstone
    /// A service being reworked after approval: its published version, sent along (DESIGN.md §5).
    std::optional<Record> published;
};

/// A pull response, read and checked.
struct PullPage
{
    QString epoch;
    QList<RemoteChange> changes;
    qint64 nextSince = 0;
    bool hasMore = false;
};

struct SyncSettings
{
    int pushBatch = 200; ///< changes per push (the server takes at most 200)
    int pullPage = 500;
    int maxAttempts = 6; ///< per request, when the server cannot be reached or is busy
    int initialBackoffMs = 500;
    int maxBackoffMs = 30000;
};

/// The client's sync (DESIGN.md §6): push the outbox, then pull, until both are empty.
///
/// Push sends outbox rows in batches, each row with the change_id it was written with; rows leave the
/// outbox only with the server's receipt for them, applied in one local transaction (a conflict or a
/// rejection is kept in SyncConflicts, never dropped). An answer that never came is simply asked for
/// again with the same change ids: the server replays its stored receipts. Pull applies each page and
/// advances the checkpoint in one transaction, looking up what the catalogue holds of the page's
/// records in a few queries first; a record with changes still in the outbox keeps its locally changed
/// fields and takes the server's others. So a sync interrupted anywhere — killed, disconnected, signed
/// out — resumes where it stopped and loses nothing.
///
/// A server that cannot be reached, or is busy, is tried again after an exponentially growing, jittered
/// pause. When the server's epoch changes (it was restored from a backup) everything is pulled again
/// and what the server lacks is offered back as new changes.
///
/// Blocking; run it on a worker thread in a GUI. `progress` is called on that thread; setting the
/// cancel flag stops it between two requests (the catalogue is consistent at every such point).
class SyncEngine final
{
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(Store &store, SyncClient &client, SyncSettings settings = {});

    void setProgress(std::function<void(const SyncProgress &)> progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    Result<SyncReport> run();

    // Meta keys of the client's sync state (Store::meta).
    static inline const QString kServerKey = QStringLiteral("sync.server");
    static inline const QString kUserKey = QStringLiteral("sync.user");
    static inline const QString kDeviceKey = QStringLiteral("sync.device_id");
    static inline const QString kEpochKey = QStringLiteral("sync.epoch");
    static inline const QString kCheckpointKey = QStringLiteral("sync.checkpoint");
    static inline const QString kLastSyncKey = QStringLiteral("sync.last_sync");
    static inline const QString kLastErrorKey = QStringLiteral("sync.last_error");

    /// This catalogue's device id, made on first use.
    static Result<QString> deviceId(Store &store);
    /// Reads the body of a pull response to `since` (the page asked for). Nothing the server sends is
    /// trusted to be well-formed: an error (code "protocol") names what is wrong, and a page whose
    /// next_since would not move a client on (so that it would ask for the same page for ever) is one.
    static Result<PullPage> decodePullPage(const QByteArray &body, qint64 since);

private:
    Status pushAll();
    Status pullAll(bool recovering);
    Status recover(const QString &newEpoch);
    Status applyReceipts(const QList<OutboxEntry> &sent, const QJsonArray &results);
    struct PageLookup;
    Status applyPage(const QList<RemoteChange> &changes, qint64 nextSince, bool recovering);
    Status keepPublished(const RemoteChange &change, PageLookup &page);
    Status applyRemote(const RemoteChange &change, bool recovering, PageLookup &page);
    /// A request, tried again while the answer is "later".
    ApiReply withRetry(const std::function<ApiReply()> &request);
    Status failure(const ApiReply &reply, const QString &what) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(const QString &stage);

    Store &m_store;
    SyncClient &m_client;
    SyncSettings m_settings;
    std::function<void(const SyncProgress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    SyncReport m_report;
    QString m_deviceId;
    QString m_epoch;
    QSet<QString> m_seen; ///< records the server still has, while recovering
    bool m_epochChangedDuringPush = false;
    QString m_newEpoch;
};

} // namespace Fehrist::Core
