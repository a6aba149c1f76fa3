#include "models/servicetablemodel.h"

#include "core/domain/referencedata.h"
#include "models/palette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

namespace {

const char *const kColumnFields[] = {"department_code", "name_en", "name_ur", "digitization_level", "state",
                                     "category",        "status",  "",        "processing_time",    "updated_at"};

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(5000);
}

ServiceTableModel::~ServiceTableModel()
{
    m_pool.waitForDone(); // a count in flight refers to no member, but finish it before the pool goes
}

void ServiceTableModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

namespace {

// A single letter would match most of a catalogue: the list waits for the second one.
ServiceFilter withoutOneLetterSearch(ServiceFilter filter)
{
    if (Dialect::searchWords(filter.search).join(QString()).size() < 2)
        filter.search.clear();
    return filter;
}

} // namespace

void ServiceTableModel::setFilter(const ServiceFilter &filter)
{
    m_filter = withoutOneLetterSearch(filter);
    reload();
}

void ServiceTableModel::setFilter(const ServiceFilter &filter, Store *store)
{
    m_filter = withoutOneLetterSearch(filter);
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
    m_countPending = false;
    m_lastError.clear();
    ++m_generation;
    if (m_store) {
        // The first page now; the full count (a pass over every match) on a worker thread, so that a
        // keystroke in the search box costs one page query. Until it arrives the table has one page.
        auto first = m_store->serviceRows(m_filter, m_sort, 0, kPageSize);
        if (!first) {
            m_lastError = first.error().toString();
        } else {
            m_count = int(first->size());
            const bool more = first->size() == kPageSize;
            m_pages.insert(0, std::move(*first));
            m_recent.append(0);
            if (more)
                countInBackground();
        }
    }
    endResetModel();
    Q_EMIT totalChanged(m_count);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

void ServiceTableModel::countInBackground()
{
    m_countPending = true;
    const quint64 generation = m_generation;
    const DatabaseUrl url = m_store->url();
    const ServiceFilter filter = m_filter;
    QPointer<ServiceTableModel> self(this);
    m_latestGeneration->store(generation);
    m_pool.start([self, generation, url, filter, latest = m_latestGeneration] {
        // Typing queues a count per keystroke: only the newest one is worth computing.
        if (latest->load() != generation)
            return;
        // A connection of this thread's own (connections are per thread).
        auto store = Store::open(url, OpenMode::ExistingOnly);
        Result<qint64> count = store ? (*store)->countServices(filter) : Result<qint64>(store.error());
        store = Error {}; // close it here, in the thread that opened it
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, count] {
                if (self)
                    self->applyCount(generation, count);
            },
            Qt::QueuedConnection);
    });
}

void ServiceTableModel::applyCount(quint64 generation, const Result<qint64> &count)
{
    if (generation != m_generation)
        return; // the filter changed meanwhile
    m_countPending = false;
    if (!count) {
        m_lastError = count.error().toString();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const int total = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    if (total > m_count) {
        beginInsertRows({}, m_count, total - 1);
        m_count = total;
        endInsertRows();
    }
    Q_EMIT totalChanged(m_count);
}

bool ServiceTableModel::isCounting() const
{
    return m_countPending;
}

void ServiceTableModel::waitForCount()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents();
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
    if (role == Qt::FontRole)
        return index.column() == NameUr ? QVariant(Palette::urduFont(QFont())) : QVariant();
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
        return item ? item->label() : code;
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
        // The badge shows the code, an English word; in Urdu or Pashto the state's name.
        return role == Qt::DisplayRole && QLocale().language() == QLocale::English ? r->state
                                                                                   : label(u"state"_s, r->state);
    case Category:
        return label(u"category"_s, r->category);
    case Status:
        return label(u"status"_s, r->status);
    case Rts:
        return r->rtsNotified ? tr("Yes") : QString();
    case ProcessingTime:
        return r->processingTime;
    case Updated: {
        const QLocale locale;
        const QDateTime updated = QDateTime::fromString(r->updatedAt, Qt::ISODateWithMs).toLocalTime();
        // Qt's short Urdu and Pashto dates have two-digit years: the month by name, as the dashboard does.
        if (locale.language() == QLocale::English || !updated.isValid())
            return locale.toString(updated, QLocale::ShortFormat);
        return QString(locale.toString(updated.date(), u"d MMMM yyyy"_s) + u' '
                       + locale.toString(updated.time(), QLocale::ShortFormat));
    }
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
