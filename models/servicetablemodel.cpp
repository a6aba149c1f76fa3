#include "models/servicetablemodel.h"

#include "core/domain/referencedata.h"
#include "models/palette.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

namespace {

const char *const kColumnFields[] = {"department_code", "name_en", "name_ur", "digitization_level", "state",
                                     "category",        "status",  "",        "processing_time",    "updated_at"};

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ServiceTableModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void ServiceTableModel::setFilter(const ServiceFilter &filter)
{
    m_filter = filter;
    reload();
}

void ServiceTableModel::setFilter(const ServiceFilter &filter, Store *store)
{
    m_filter = filter;
    m_store = store;
    reload();
}

void ServiceTableModel::refresh()
{
    reload();
}

void ServiceTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = 0;
    m_lastError.clear();
    if (m_store) {
        auto count = m_store->countServices(m_filter);
        if (count) {
            m_count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        } else {
            m_lastError = count.error().toString();
        }
    }
    endResetModel();
    Q_EMIT totalChanged(m_count);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const ServiceRow *ServiceTableModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        // Continue after the previous page when we have it; otherwise jump by offset.
        const auto previous = m_pages.constFind(page - 1);
        const ServiceRow *after
            = previous != m_pages.cend() && previous->size() == kPageSize ? &previous->constLast() : nullptr;
        auto rows = m_store->serviceRows(m_filter, m_sort, qint64(page) * kPageSize, kPageSize, after);
        if (!rows) {
            m_lastError = rows.error().toString();
            return nullptr;
        }
        if (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, std::move(*rows));
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QString ServiceTableModel::idAt(int row) const
{
    const ServiceRow *r = rowAt(row);
    return r ? r->id : QString();
}

int ServiceTableModel::cachedRowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * kPageSize + int(i);
        }
    }
    return -1;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != BadgeColorRole
        && role != Qt::TextAlignmentRole && role != Qt::AccessibleTextRole)
        return {};
    const ServiceRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == BadgeColorRole) {
        if (index.column() == Level)
            return Palette::level(r->level);
        if (index.column() == State)
            return Palette::state(r->state);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameUr ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const ReferenceData &ref = ReferenceData::builtIn();
    auto label = [&](const QString &list, const QString &code) -> QString {
        const ReferenceItem *item = ref.item(list, code);
        return item ? item->labelEn : code;
    };
    switch (index.column()) {
    case Key:
        return r->key();
    case NameEn:
        return r->nameEn;
    case NameUr:
        return r->nameUr;
    case Level:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return QString(r->level + u" — "_s + label(u"level"_s, r->level));
        return r->level;
    case State:
        return role == Qt::DisplayRole ? r->state : label(u"state"_s, r->state);
    case Category:
        return label(u"category"_s, r->category);
    case Status:
        return label(u"status"_s, r->status);
    case Rts:
        return r->rtsNotified ? tr("Yes") : QString();
    case ProcessingTime:
        return r->processingTime;
    case Updated:
        return QLocale().toString(QDateTime::fromString(r->updatedAt, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == SortFieldRole)
        return QString::fromLatin1(kColumnFields[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Service");
    case NameEn:
        return tr("Name");
    case NameUr:
        return tr("Urdu name");
    case Level:
        return tr("Level");
    case State:
        return tr("State");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Rts:
        return tr("RTS");
    case ProcessingTime:
        return tr("Processing time");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

void ServiceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || kColumnFields[column][0] == '\0')
        return;
    m_sort.field = QString::fromLatin1(kColumnFields[column]);
    m_sort.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace Fehrist::Models
