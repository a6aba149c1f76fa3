#pragma once

#include "core/storage/store.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Fehrist::Models {

/// The catalogue's services as a table, for a catalogue of any size. A filter change fetches the first
/// page at once and counts the matches on a worker thread (rows are inserted when the count arrives);
/// a one-letter search is not run. Rows are fetched in pages of kPageSize when first shown, at most
/// kMaxPages pages are kept (least recently used out), so scrolling through a million services holds
/// a few thousand rows. A page that follows a cached one is fetched by key (as cheap at the end as at
/// the start); a jump lands on an offset query. Filtering and sorting are done by the store in SQL.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column { Key, NameEn, NameUr, Level, State, Category, Status, Rts, ProcessingTime, Updated, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the service's UUID
        BadgeColorRole, ///< QColor of the level or state badge (Level and State columns)
        SortFieldRole, ///< header: the store field a column sorts by
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 48;

    explicit ServiceTableModel(QObject *parent = nullptr);
    ~ServiceTableModel() override;

    /// The store is not owned; nullptr empties the model.
    void setStore(Core::Store *store);
    void setFilter(const Core::ServiceFilter &filter);
    /// Both at once, with one reload.
    void setFilter(const Core::ServiceFilter &filter, Core::Store *store);
    const Core::ServiceFilter &filter() const { return m_filter; }
    /// Re-reads the count and drops every cached page (after an edit).
    void refresh();

    QString idAt(int row) const;
    /// The row of a service if it is in a cached page, else -1.
    int cachedRowOf(const QString &id) const;
    QString lastError() const { return m_lastError; }
    /// True while the full count of a filter is being computed (the table shows its first page).
    bool isCounting() const;
    /// Blocks until a pending count has arrived (tests, benchmarks).
    void waitForCount();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The count changed (after a filter, a sort or a refresh).
    void totalChanged(qint64 total);
    void errorOccurred(const QString &message);

private:
    const Core::ServiceRow *rowAt(int row) const;
    void reload();
    void countInBackground();
    void applyCount(quint64 generation, const Core::Result<qint64> &count);

    Core::Store *m_store = nullptr;
    Core::ServiceFilter m_filter;
    Core::ServiceSort m_sort;
    int m_count = 0;
    mutable QHash<int, QList<Core::ServiceRow>> m_pages;
    mutable QList<int> m_recent; ///< page numbers, most recently used last
    mutable QString m_lastError;
    quint64 m_generation = 0; ///< bumped by every reload; a late count for an older one is dropped
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration = std::make_shared<std::atomic<quint64>>(0);
    bool m_countPending = false;
    QThreadPool m_pool;
};

} // namespace Fehrist::Models
