#pragma once

#include "core/workflow/reviewqueue.h"

#include <QAbstractTableModel>

namespace Fehrist::Models {

/// The services of the review tab: the reviewer's queue (submitted, oldest first, with days past the
/// department's deadline) or the officer's returned inbox (with the reviewer's comment). Checkable rows
/// choose services for a bulk decision.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column { Key, Name, Submitted, SubmittedBy, Deadline, Comment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the service's id, on every column
        OverdueRole, ///< days past the deadline (int), on every column
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setItems(QList<Core::ReviewItem> items);
    const QList<Core::ReviewItem> &items() const { return m_items; }
    const Core::ReviewItem *item(int row) const;
    /// The ids of the checked rows, in the model's order.
    QStringList checkedIds() const;
    void setAllChecked(bool checked);
    /// Whether rows can be ticked (the queue, for a bulk decision) or not (the returned inbox).
    void setCheckable(bool checkable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Core::ReviewItem> m_items;
    QSet<QString> m_checked;
    bool m_checkable = true;
};

} // namespace Fehrist::Models
