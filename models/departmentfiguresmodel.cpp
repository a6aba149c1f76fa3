#include "models/departmentfiguresmodel.h"

#include "core/io/csv.h"

#include <QColor>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Models {

DepartmentFiguresModel::DepartmentFiguresModel(QObject *parent) : QAbstractTableModel(parent) { }

void DepartmentFiguresModel::setFigures(const CatalogueFigures &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

void DepartmentFiguresModel::setFormat(const FigureFormat &format)
{
    beginResetModel();
    m_format = format;
    endResetModel();
}

int DepartmentFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.byDepartment.size());
}

int DepartmentFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DepartmentFiguresModel::ComplianceState DepartmentFiguresModel::complianceOf(const DepartmentFigures &d)
{
    if (d.pastDeadline)
        return PastDeadline;
    if (d.nothingSubmitted)
        return NothingSubmitted;
    return d.outstanding() == 0 ? AllSubmitted : InProgress;
}

QString DepartmentFiguresModel::complianceText(const DepartmentFigures &d) const
{
    switch (complianceOf(d)) {
    case PastDeadline:
        return d.nothingSubmitted
            ? m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Past deadline (%1); nothing submitted")
                  .arg(m_format.days(d.daysPastDeadline))
            : m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Past deadline (%1); %2 to submit")
                  .arg(m_format.days(d.daysPastDeadline), m_format.count(d.outstanding()));
    case NothingSubmitted:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Nothing submitted");
    case AllSubmitted:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "All submitted");
    case InProgress:
        break;
    }
    return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "%1 to submit")
        .arg(m_format.count(d.outstanding()));
}

QVariant DepartmentFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentFigures &d = m_figures.byDepartment.at(index.row());
    const int column = index.column();
    switch (role) {
    case CodeRole:
        return d.code;
    case ComplianceRole:
        return int(complianceOf(d));
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return d.code;
        case Name:
            // In Urdu or Pashto, the department's Urdu name where it has one (the English one in the tooltip).
            return m_format.isTranslated() && !d.nameUr.isEmpty() ? d.nameUr : d.nameEn;
        case Services:
            return m_format.count(d.services);
        case Expected:
            return d.expected ? m_format.count(*d.expected) : u"–"_s;
        case Completeness:
            return m_format.percent(d.completeness);
        case Online:
            return m_format.percent(d.onlineShare);
        case Draft:
            return m_format.count(d.draft);
        case Submitted:
            return m_format.count(d.submitted);
        case Approved:
            return m_format.count(d.approved);
        case Returned:
            return m_format.count(d.returned);
        case Deadline:
            return m_format.date(d.deadline);
        case Compliance:
            return complianceText(d);
        }
        break;
    case SortRole:
        switch (column) {
        case Code:
            return d.code;
        case Name:
            return d.nameEn;
        case Services:
            return d.services;
        case Expected:
            return d.expected ? QVariant(*d.expected) : QVariant(qint64(-1));
        case Completeness:
            return d.completeness.value_or(-1.0);
        case Online:
            return d.onlineShare;
        case Draft:
            return d.draft;
        case Submitted:
            return d.submitted;
        case Approved:
            return d.approved;
        case Returned:
            return d.returned;
        case Deadline:
            return d.deadline.isValid() ? d.deadline.toString(Qt::ISODate) : u"9999"_s;
        case Compliance:
            // Most urgent first when sorted descending: past deadline, then nothing submitted.
            return int(complianceOf(d)) * 100000 + int(std::min<qint64>(d.daysPastDeadline, 99999));
        }
        break;
    case Qt::ToolTipRole:
        if (column == Name && !d.nameUr.isEmpty())
            return m_format.isTranslated() ? d.nameEn : d.nameUr;
        if (column == Online)
            return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "%1 of %2 active services at %3")
                .arg(m_format.count(d.online), m_format.count(d.activeServices),
                     m_format.atOrAbove(m_figures.threshold));
        if (column == Compliance)
            return m_format
                .translate("Fehrist::Models::DepartmentFiguresModel",
                           "%1 catalogued, %2 declared, %3 submitted or approved")
                .arg(m_format.count(d.services), d.expected ? m_format.count(*d.expected) : u"–"_s,
                     m_format.count(d.submitted + d.approved));
        break;
    case Qt::ForegroundRole:
        if (column == Compliance || column == Deadline) {
            switch (complianceOf(d)) {
            case PastDeadline:
                return QColor(0xB0, 0x30, 0x00);
            case NothingSubmitted:
                return column == Compliance ? QVariant(QColor(0x8A, 0x5A, 0x00)) : QVariant();
            default:
                break;
            }
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != Code && column != Name && column != Compliance)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DepartmentFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Online)
        return m_format
            .translate("Fehrist::Models::DepartmentFiguresModel", "Share of the department's active services at %1")
            .arg(m_format.atOrAbove(m_figures.threshold));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Code");
    case Name:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Department");
    case Services:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Services");
    case Expected:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Declared");
    case Completeness:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Complete");
    case Online:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Online ≥ L%1").arg(m_figures.threshold);
    case Draft:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Draft");
    case Submitted:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Submitted");
    case Approved:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Approved");
    case Returned:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Returned");
    case Deadline:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Deadline");
    case Compliance:
        return m_format.translate("Fehrist::Models::DepartmentFiguresModel", "Compliance");
    }
    return {};
}

QString DepartmentFiguresModel::toCsv() const
{
    QString out = Csv::row({u"code"_s, u"name_en"_s, u"name_ur"_s, u"services"_s, u"expected"_s, u"completeness"_s,
                            u"active_services"_s, u"online_services"_s, u"online_share"_s, u"threshold"_s, u"draft"_s,
                            u"submitted"_s, u"approved"_s, u"returned"_s, u"submission_deadline"_s, u"outstanding"_s,
                            u"nothing_submitted"_s, u"past_deadline"_s, u"days_past_deadline"_s});
    for (const DepartmentFigures &d : m_figures.byDepartment) {
        out += Csv::row(
            {d.code, d.nameEn, d.nameUr, QString::number(d.services),
             d.expected ? QString::number(*d.expected) : QString(),
             d.completeness ? FigureFormat::exact(*d.completeness) : QString(), QString::number(d.activeServices),
             QString::number(d.online), FigureFormat::exact(d.onlineShare), u"L%1"_s.arg(m_figures.threshold),
             QString::number(d.draft), QString::number(d.submitted), QString::number(d.approved),
             QString::number(d.returned), d.deadline.isValid() ? d.deadline.toString(Qt::ISODate) : QString(),
             QString::number(d.outstanding()), d.nothingSubmitted ? u"yes"_s : u"no"_s,
             d.pastDeadline ? u"yes"_s : u"no"_s, QString::number(d.daysPastDeadline)});
    }
    return out;
}

} // namespace Fehrist::Models
