#include "models/reviewqueuemodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fehrist::Models {

namespace {

QString shortDate(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso.left(10);
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReviewQueueModel::setItems(QList<Core::ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    // A reload keeps the choices still on the list.
    QSet<QString> present;
    for (const Core::ReviewItem &i : std::as_const(m_items))
        present.insert(i.id);
    m_checked.intersect(present);
    endResetModel();
    Q_EMIT checkedChanged();
}

const Core::ReviewItem *ReviewQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QStringList ReviewQueueModel::checkedIds() const
{
    QStringList ids;
    for (const Core::ReviewItem &i : m_items) {
        if (m_checked.contains(i.id))
            ids.append(i.id);
    }
    return ids;
}

void ReviewQueueModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked) {
        for (const Core::ReviewItem &i : std::as_const(m_items))
            m_checked.insert(i.id);
    }
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Key), index(int(m_items.size()) - 1, Key), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void ReviewQueueModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    if (!checkable)
        m_checked.clear();
    endResetModel();
    Q_EMIT checkedChanged();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const Core::ReviewItem *i = item(index.row());
    if (!i)
        return {};
    if (role == IdRole)
        return i->id;
    if (role == OverdueRole)
        return i->daysOverdue;
    if (role == Qt::CheckStateRole && index.column() == Key && m_checkable)
        return m_checked.contains(i->id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == Deadline && i->daysOverdue > 0)
        return QColor(0xB0, 0x3A, 0x2E); // the dashboard's "past deadline" red
    if (role == Qt::ToolTipRole && index.column() == Comment)
        return i->comment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return i->key();
    case Name:
        return QLocale().language() == QLocale::Urdu && !i->nameUr.isEmpty() ? i->nameUr : i->nameEn;
    case Submitted:
        return shortDate(i->submittedAt);
    case SubmittedBy:
        return i->submittedBy;
    case Deadline:
        if (!i->deadline.isValid())
            return tr("none");
        if (i->daysOverdue > 0)
            return tr("%n day(s) overdue", nullptr, i->daysOverdue);
        return QLocale().toString(i->deadline, QLocale::ShortFormat);
    case Comment:
        return i->comment.simplified();
    default:
        return {};
    }
}

bool ReviewQueueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Core::ReviewItem *i = item(index.row());
    if (!i || role != Qt::CheckStateRole || index.column() != Key)
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(i->id);
    else
        m_checked.remove(i->id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ReviewQueueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Key && m_checkable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Service");
    case Name:
        return tr("Name");
    case Submitted:
        return tr("Submitted");
    case SubmittedBy:
        return tr("By");
    case Deadline:
        return tr("Deadline");
    case Comment:
        return tr("Reviewer's comment");
    default:
        return {};
    }
}

} // namespace Fehrist::Models
