#pragma once

#include "core/error.h"
#include "report/charts.h"

#include <QWidget>

namespace Fehrist::Ui {

/// One of the dashboard's charts on screen: painted by Report::Charts (the same code that paints the
/// PDF), with tooltips, a pointer or the keyboard (Up/Down, Enter) to pick a bar, and export of the
/// picture (PNG) or its numbers (CSV). Follows the widget's font, palette and layout direction.
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(Report::ChartKind kind, QWidget *parent = nullptr);

    Report::ChartKind kind() const { return m_kind; }
    /// The figures to draw (not owned; they must outlive the widget or be replaced); nullptr draws nothing.
    void setFigures(const Core::CatalogueFigures *figures);
    void setOrder(Report::DepartmentOrder order, bool descending);
    /// How the chart is painted here; `forExport` gives the printed look (white, dark text).
    Report::ChartStyle style(bool forExport = false) const;
    /// The bars, levels or days where they are drawn, in widget coordinates (laid out now if the chart
    /// has changed since it was last painted, e.g. while scrolled out of sight).
    const QList<Report::HitArea> &hitAreas() const;

    Core::Status exportPng(const QString &path) const;
    Core::Status exportCsv(const QString &path) const;
    QImage image() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A bar was clicked or chosen with Enter: a department code (or category, level, day).
    void activated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int hitAt(const QPointF &pos) const;
    void setCurrent(int index);

    Report::ChartKind m_kind;
    const Core::CatalogueFigures *m_figures = nullptr;
    Report::DepartmentOrder m_order = Report::DepartmentOrder::Code;
    bool m_descending = false;
    void layOut(QPainter &painter) const;

    mutable QList<Report::HitArea> m_hits;
    mutable bool m_hitsStale = true;
    int m_current = -1; ///< the bar under the pointer or chosen with the keyboard
};

} // namespace Fehrist::Ui
