#pragma once

#include "core/metrics/metrics.h"
#include "models/figuretext.h"

#include <QAbstractTableModel>

namespace Fehrist::Models {

/// The departments' figures and compliance as a table: what the dashboard's compliance table shows,
/// what the report prints and what "Export as CSV" writes. Display text is formatted; SortRole gives
/// the raw value so that a proxy sorts numbers as numbers.
class DepartmentFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentFiguresModel)

public:
    enum Column {
        Code,
        Name,
        Services,
        Expected,
        Completeness,
        Online, ///< online share at the threshold
        Draft,
        Submitted,
        Approved,
        Returned,
        Deadline,
        Compliance,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        CodeRole, ///< the department's code, on every column
        ComplianceRole, ///< a ComplianceState, on every column
    };
    enum ComplianceState { AllSubmitted, InProgress, NothingSubmitted, PastDeadline };
    Q_ENUM(ComplianceState)

    explicit DepartmentFiguresModel(QObject *parent = nullptr);

    void setFigures(const Core::CatalogueFigures &figures);
    const Core::CatalogueFigures &figures() const { return m_figures; }
    void setFormat(const FigureFormat &format);

    /// Every department, every column, raw values (shares as fractions), one header row: RFC 4180.
    QString toCsv() const;
    static ComplianceState complianceOf(const Core::DepartmentFigures &department);
    /// "Past deadline (12 days); nothing submitted" and the like.
    QString complianceText(const Core::DepartmentFigures &department) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::CatalogueFigures m_figures;
    FigureFormat m_format;
};

} // namespace Fehrist::Models
