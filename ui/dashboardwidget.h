#pragma once

#include "core/metrics/metrics.h"
#include "core/storage/store.h"
#include "report/charts.h"
#include "report/reportwriter.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Fehrist::Models {
class DepartmentFiguresModel;
}

namespace Fehrist::Ui {

class ChartWidget;
class HeadlineCard;

/// The digitization dashboard: the headline figures with their trend and target, the departments'
/// bars stacked by level (a click shows that department's services), the distributions by level and
/// category, the trend, and the compliance table; the threshold and the targets are set here and kept
/// in the catalogue. Figures are computed by Core::Metrics on a worker thread with a connection of its
/// own, so the window never waits for them; each refresh also keeps the day's snapshot for the trend.
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    /// The catalogue to show (not owned); nullptr shows nothing. Figures follow on the next refresh.
    void setStore(Core::Store *store);
    bool hasFigures() const { return m_hasFigures; }
    /// The figures shown (valid once refreshed() has been emitted).
    const Core::CatalogueFigures &figures() const { return m_figures; }
    /// A computation is running.
    bool isBusy() const { return m_watcher.isRunning(); }
    ChartWidget *chart(Report::ChartKind kind) const;
    Models::DepartmentFiguresModel *departmentModel() const { return m_model; }

    /// Writes the report of the figures shown; an error names the file.
    Core::Status writeReport(const QString &path);

public Q_SLOTS:
    /// Computes the figures again (in the background; refreshed() follows).
    void refresh();
    /// The catalogue changed: refreshes now if the dashboard is on screen, else when it is shown.
    void markStale();
    /// Asks for a file and writes the report there.
    void exportReport();
    /// The system's print dialog, then the report on the chosen printer.
    void print();
    void editTargets();

Q_SIGNALS:
    void refreshed();
    void departmentActivated(const QString &code);
    /// A line for the status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome
    {
        std::optional<Core::CatalogueFigures> figures;
        Core::Error error;
        quint64 generation = 0;
    };

    void buildWidgets();
    void computed();
    void apply();
    void setThreshold(int index);
    void exportChart(ChartWidget *chart, const QString &format);
    void exportTable();
    QWidget *panel(const QString &objectName, QLabel **title, QWidget *content, QToolButton *exportButton);
    QToolButton *exportButton(const QString &objectName, ChartWidget *chart);
    Report::ReportOptions reportOptions() const;
    template<typename F> void whenFigures(F action);

    Core::Store *m_store = nullptr;
    quint64 m_generation = 0;
    bool m_stale = true;
    bool m_again = false;
    bool m_hasFigures = false;
    QFutureWatcher<Outcome> m_watcher;
    Core::CatalogueFigures m_figures;
    QList<std::function<void()>> m_pending; ///< actions waiting for the first figures

    QLabel *m_asOf = nullptr;
    QLabel *m_sample = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_threshold = nullptr;
    QComboBox *m_order = nullptr;
    QList<HeadlineCard *> m_cards;
    QList<ChartWidget *> m_charts;
    QList<std::pair<ChartWidget *, QLabel *>> m_chartTitles;
    Models::DepartmentFiguresModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_tableTitle = nullptr;
};

} // namespace Fehrist::Ui
