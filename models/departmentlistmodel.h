#pragma once

#include "core/storage/store.h"

#include <QAbstractListModel>

namespace Fehrist::Models {

/// The departments for the side bar: an "All departments" row, then each department with its number
/// of services against its declared total, and (tooltip) how many are in each workflow state.
/// Departments are few (dozens), so they are loaded whole; the counts are one grouped pass (Metrics).
class DepartmentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentListModel)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< department code; empty for "All departments"
        ServicesRole,
        ExpectedRole,
        CompletenessRole, ///< double 0–1+, or invalid when nothing is declared
    };

    explicit DepartmentListModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    /// Reloads the departments at once and their counts just after (one grouped pass over the
    /// catalogue, which should not hold up a window's first paint).
    void refresh();
    /// Loads the counts now (refresh() schedules this).
    void loadCounts();
    /// While held, refresh() leaves the counts for later (a window holds them until its first paint).
    void holdCounts(bool hold);
    int rowOfCode(const QString &code) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString code;
        QString nameEn;
        QString nameUr;
        qint64 services = 0;
        std::optional<qint64> expected;
        qint64 draft = 0, submitted = 0, approved = 0, returned = 0;
    };

    Core::Store *m_store = nullptr;
    QList<Entry> m_entries;
    qint64 m_total = 0;
    QString m_lastError;
    bool m_countsPending = false;
    bool m_countsHeld = false;
};

} // namespace Fehrist::Models
