#include "models/departmentlistmodel.h"

#include "core/metrics/metrics.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

DepartmentListModel::DepartmentListModel(QObject *parent) : QAbstractListModel(parent) { }

void DepartmentListModel::setStore(Store *store)
{
    m_store = store;
    refresh();
}

void DepartmentListModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    m_lastError.clear();
    if (m_store) {
        auto departments = m_store->departments();
        if (departments) {
            for (const Department &d : *departments) {
                Entry e {d.code(), d.nameEn(), d.text(u"name_ur"), 0, std::nullopt};
                if (d.isSet(u"expected_services"))
                    e.expected = d.value(u"expected_services").toLongLong();
                m_entries.append(e);
            }
        } else {
            m_lastError = departments.error().toString();
        }
    }
    endResetModel();
    if (m_store && !m_countsPending) {
        m_countsPending = true;
        if (!m_countsHeld)
            QTimer::singleShot(0, this, &DepartmentListModel::loadCounts);
    }
}

void DepartmentListModel::holdCounts(bool hold)
{
    m_countsHeld = hold;
    if (!hold && m_countsPending)
        QTimer::singleShot(0, this, &DepartmentListModel::loadCounts);
}

void DepartmentListModel::loadCounts()
{
    if (!m_countsPending)
        return;
    m_countsPending = false;
    if (!m_store || m_entries.isEmpty())
        return;
    auto figures = Metrics::compute(*m_store);
    if (!figures) {
        m_lastError = figures.error().toString();
        return;
    }
    QHash<QString, DepartmentFigures> byCode;
    for (const DepartmentFigures &f : figures->byDepartment)
        byCode.insert(f.code, f);
    m_total = 0;
    for (Entry &e : m_entries) {
        const DepartmentFigures f = byCode.value(e.code);
        e.services = f.services;
        e.draft = f.draft;
        e.submitted = f.submitted;
        e.approved = f.approved;
        e.returned = f.returned;
        m_total += f.services;
    }
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int DepartmentListModel::rowOfCode(const QString &code) const
{
    if (code.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).code == code)
            return int(i) + 1;
    }
    return -1;
}

int DepartmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + 1;
}

QVariant DepartmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All departments (%1)").arg(QLocale().toString(m_total));
        case CodeRole:
            return QString();
        case ServicesRole:
            return m_total;
        default:
            return {};
        }
    }
    const Entry &e = m_entries.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        const QString count = e.expected ? locale.toString(e.services) + u'/' + locale.toString(*e.expected)
                                         : locale.toString(e.services);
        // Right to left (Urdu, Pashto): the department's Urdu name where it has one.
        const bool urdu = locale.textDirection() == Qt::RightToLeft && !e.nameUr.isEmpty();
        return u"%1 · %2 (%3)"_s.arg(e.code, urdu ? e.nameUr : e.nameEn, count);
    }
    case Qt::ToolTipRole: {
        const QLocale locale;
        QString tip = e.nameEn;
        if (!e.nameUr.isEmpty())
            tip += u'\n' + e.nameUr;
        if (e.expected && *e.expected > 0)
            tip += u'\n'
                + tr("%1 of %2 declared services catalogued (%3 %)")
                      .arg(locale.toString(e.services), locale.toString(*e.expected),
                           locale.toString(100.0 * double(e.services) / double(*e.expected), 'f', 0));
        tip += u'\n'
            + tr("Draft %1 · submitted %2 · approved %3 · returned %4")
                  .arg(locale.toString(e.draft), locale.toString(e.submitted), locale.toString(e.approved),
                       locale.toString(e.returned));
        return tip;
    }
    case CodeRole:
        return e.code;
    case ServicesRole:
        return e.services;
    case ExpectedRole:
        return e.expected ? QVariant(*e.expected) : QVariant();
    case CompletenessRole:
        return e.expected && *e.expected > 0 ? QVariant(double(e.services) / double(*e.expected)) : QVariant();
    default:
        return {};
    }
}

} // namespace Fehrist::Models
