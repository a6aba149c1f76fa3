#include "ui/dashboardwidget.h"

#include "core/domain/referencedata.h"
#include "core/sample/samplecatalogue.h"
#include "models/departmentfiguresmodel.h"
#include "models/figuretext.h"
#include "report/reportwriter.h"
#include "ui/chartwidget.h"
#include "ui/icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using namespace Fehrist::Report;
using Fehrist::Models::DepartmentFiguresModel;
using Fehrist::Models::FigureFormat;
using Fehrist::Models::Headline;

namespace Fehrist::Ui {

namespace {

/// The share bar of a headline card (filled to the share, the target marked) or its sparkline.
class CardGraphic final : public QWidget
{
public:
    enum Mode { Bar, Sparkline };
    CardGraphic(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
    {
        setMinimumHeight(mode == Bar ? 8 : 26);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setHeadline(const Headline &headline)
    {
        m_headline = headline;
        update();
    }
    QSize sizeHint() const override { return {120, m_mode == Bar ? 8 : 26}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        ChartStyle style;
        style.direction = layoutDirection();
        style.grid = palette().color(QPalette::Midlight);
        style.text = palette().color(QPalette::Text);
        const QColor colour = Charts::seriesColour(m_headline.kind);
        if (m_mode == Bar)
            Charts::paintShareBar(p, QRectF(rect()).adjusted(2, 2, -2, -2), m_headline.share, m_headline.targetShare,
                                  colour, style);
        else
            Charts::paintSparkline(p, QRectF(rect()).adjusted(3, 3, -3, -3), m_headline.series, colour, style);
    }

private:
    Mode m_mode;
    Headline m_headline;
};

QLabel *label(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (scale != 1.0 || bold) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setBold(bold);
        l->setFont(f);
    }
    return l;
}

} // namespace

/// One headline figure: title, value, detail, share bar with the target, trend and target.
class HeadlineCard final : public QFrame
{
public:
    HeadlineCard(const QString &key, QWidget *parent) : QFrame(parent)
    {
        setObjectName(u"card_"_s + key);
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
        auto *layout = new QGridLayout(this);
        layout->setVerticalSpacing(2);
        m_title = label(objectName() + u"_title"_s, this, 1.0, true);
        m_value = label(objectName() + u"_value"_s, this, 2.0, true);
        m_detail = label(objectName() + u"_detail"_s, this);
        m_trend = label(objectName() + u"_trend"_s, this, 0.9);
        m_target = label(objectName() + u"_target"_s, this, 0.9);
        m_trend->setWordWrap(true);
        m_bar = new CardGraphic(CardGraphic::Bar, this);
        m_spark = new CardGraphic(CardGraphic::Sparkline, this);
        layout->addWidget(m_title, 0, 0, 1, 2);
        layout->addWidget(m_value, 1, 0);
        layout->addWidget(m_spark, 1, 1);
        layout->addWidget(m_detail, 2, 0, 1, 2);
        layout->addWidget(m_bar, 3, 0, 1, 2);
        layout->addWidget(m_trend, 4, 0, 1, 2);
        layout->addWidget(m_target, 5, 0, 1, 2);
        layout->setColumnStretch(0, 3);
        layout->setColumnStretch(1, 2);
        layout->setRowStretch(6, 1);
    }

    void setHeadline(const Headline &h)
    {
        m_title->setText(h.title);
        m_value->setText(h.value);
        QPalette p = m_value->palette();
        p.setColor(QPalette::WindowText, Charts::seriesColour(h.kind).darker(115));
        m_value->setPalette(p);
        m_detail->setText(h.detail);
        m_trend->setText(h.trend);
        m_target->setText(h.target);
        m_bar->setHeadline(h);
        m_spark->setHeadline(h);
        setAccessibleName(h.title + u": "_s + h.value);
        setToolTip(h.title + u"\n"_s + h.value + u" — "_s + h.detail + u"\n"_s + h.trend + u"\n"_s + h.target);
    }

    void clear()
    {
        for (QLabel *l : {m_value, m_detail, m_trend, m_target})
            l->setText(u"–"_s);
        m_bar->setHeadline({});
        m_spark->setHeadline({});
    }

private:
    QLabel *m_title, *m_value, *m_detail, *m_trend, *m_target;
    CardGraphic *m_bar, *m_spark;
};

DashboardWidget::DashboardWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"dashboard"_s);
    m_model = new DepartmentFiguresModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DepartmentFiguresModel::SortRole);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DashboardWidget::computed);
    buildWidgets();
}

DashboardWidget::~DashboardWidget()
{
    // The computation holds nothing of ours (only the catalogue's address), but its connection is
    // better closed before the application goes.
    m_watcher.waitForFinished();
}

QWidget *DashboardWidget::panel(const QString &objectName, QLabel **title, QWidget *content, QToolButton *exportButton)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *header = new QHBoxLayout;
    *title = label(objectName + u"Title"_s, frame, 1.05, true);
    header->addWidget(*title, 1);
    if (exportButton)
        header->addWidget(exportButton);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    return frame;
}

QToolButton *DashboardWidget::exportButton(const QString &objectName, ChartWidget *chart)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setIcon(Icons::get(u"document-export"_s));
    button->setText(tr("Export"));
    button->setToolTip(chart ? tr("Save this chart as an image (PNG) or its numbers (CSV)")
                             : tr("Save this table's numbers (CSV)"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    auto *menu = new QMenu(button);
    if (chart) {
        QAction *png = menu->addAction(tr("Save as &PNG…"), this, [this, chart] { exportChart(chart, u"png"_s); });
        png->setObjectName(u"exportPng"_s);
        QAction *csv = menu->addAction(tr("Save as &CSV…"), this, [this, chart] { exportChart(chart, u"csv"_s); });
        csv->setObjectName(u"exportCsv"_s);
        QAction *copy = menu->addAction(Icons::get(u"edit-copy"_s), tr("&Copy Image"), this,
                                        [chart] { QApplication::clipboard()->setImage(chart->image()); });
        copy->setObjectName(u"copyImage"_s);
    } else {
        QAction *csv = menu->addAction(tr("Save as &CSV…"), this, &DashboardWidget::exportTable);
        csv->setObjectName(u"exportCsv"_s);
    }
    button->setMenu(menu);
    return button;
}

void DashboardWidget::buildWidgets()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);

    // The bar: what and when, the threshold, and the actions.
    auto *bar = new QHBoxLayout;
    auto *heading = label(u"dashboardHeading"_s, content, 1.3, true);
    heading->setText(tr("Digitization dashboard"));
    bar->addWidget(heading);
    m_asOf = label(u"asOfLabel"_s, content);
    bar->addWidget(m_asOf);
    m_sample = label(u"sampleBanner"_s, content);
    m_sample->setStyleSheet(u"QLabel { background: #F0E442; color: black; padding: 1px 6px; border-radius: 3px; }"_s);
    m_sample->hide();
    bar->addWidget(m_sample);
    m_busy = new QProgressBar(content);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the figures…"));
    m_busy->hide();
    bar->addWidget(m_busy);
    bar->addStretch(1);
    auto *thresholdLabel = new QLabel(tr("&Digitized from:"), content);
    m_threshold = new QComboBox(content);
    m_threshold->setObjectName(u"thresholdCombo"_s);
    m_threshold->setToolTip(tr("The level from which a service counts as digitized in every figure marked so. It is "
                               "kept in the catalogue, so reports and fehrist-cli use it too."));
    for (const ReferenceItem &level : ReferenceData::builtIn().items(u"level"_s)) {
        const int rank = ReferenceData::levelRank(level.code);
        if (rank >= 1)
            m_threshold->addItem(level.code + u" — "_s + level.label(), rank);
    }
    thresholdLabel->setBuddy(m_threshold);
    connect(m_threshold, &QComboBox::currentIndexChanged, this, &DashboardWidget::setThreshold);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    auto button = [&](const QString &name, const QString &text, const QString &icon, const QString &tip, auto slot) {
        auto *b = new QToolButton(content);
        b->setObjectName(name);
        b->setText(text);
        b->setIcon(Icons::get(icon));
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(u"targetsButton"_s, tr("Targets…"), u"configure"_s, tr("Set the programme's targets"),
           &DashboardWidget::editTargets);
    button(u"refreshButton"_s, tr("Refresh"), u"view-refresh"_s, tr("Compute the figures again"),
           &DashboardWidget::refresh);
    button(u"exportReportButton"_s, tr("Report…"), u"document-export"_s, tr("Save the report as a PDF"),
           &DashboardWidget::exportReport);
    button(u"printButton"_s, tr("Print…"), u"document-print"_s, tr("Print the report"), &DashboardWidget::print);
    grid->addLayout(bar, 0, 0, 1, 2);

    m_error = label(u"dashboardError"_s, content);
    m_error->setStyleSheet(u"QLabel { color: #B03000; }"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    grid->addWidget(m_error, 1, 0, 1, 2);

    auto *cards = new QHBoxLayout;
    for (const QString &key : {u"online"_s, u"fully_digital"_s, u"volume_weighted"_s, u"catalogued"_s}) {
        auto *card = new HeadlineCard(key, content);
        card->clear();
        m_cards.append(card);
        cards->addWidget(card, 1);
    }
    grid->addLayout(cards, 2, 0, 1, 2);

    auto addChart = [&](ChartKind kind, QWidget *extra = nullptr) {
        auto *chart = new ChartWidget(kind, content);
        m_charts.append(chart);
        QLabel *title = nullptr;
        auto *exportBtn = exportButton(u"export_"_s + Charts::fileStem(kind), chart);
        QWidget *box = panel(u"panel_"_s + Charts::fileStem(kind), &title, chart, exportBtn);
        if (extra)
            static_cast<QHBoxLayout *>(static_cast<QVBoxLayout *>(box->layout())->itemAt(0)->layout())
                ->insertWidget(1, extra);
        m_chartTitles.append({chart, title});
        return std::pair {chart, box};
    };

    m_order = new QComboBox(content);
    m_order->setObjectName(u"departmentOrder"_s);
    m_order->setToolTip(tr("Order of the departments' bars"));
    const std::tuple<QString, DepartmentOrder, bool> orders[] = {
        {tr("By code"), DepartmentOrder::Code, false},
        {tr("Most services first"), DepartmentOrder::Services, true},
        {tr("Highest online share first"), DepartmentOrder::OnlineShare, true},
        {tr("Lowest online share first"), DepartmentOrder::OnlineShare, false},
        {tr("Most complete first"), DepartmentOrder::Completeness, true},
        {tr("Least complete first"), DepartmentOrder::Completeness, false},
    };
    for (const auto &[text, order, descending] : orders)
        m_order->addItem(text, QVariantList {int(order), descending});
    auto [departments, departmentsBox] = addChart(ChartKind::Departments, m_order);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this, departments = departments] {
        const QVariantList v = m_order->currentData().toList();
        departments->setOrder(DepartmentOrder(v.value(0).toInt()), v.value(1).toBool());
    });
    connect(departments, &ChartWidget::activated, this, &DashboardWidget::departmentActivated);
    departments->setToolTip(tr("Click a department to see its services"));
    auto [levels, levelsBox] = addChart(ChartKind::Levels);
    auto [trend, trendBox] = addChart(ChartKind::Trend);
    auto [categories, categoriesBox] = addChart(ChartKind::Categories);
    Q_UNUSED(levels)
    Q_UNUSED(trend)
    Q_UNUSED(categories)
    grid->addWidget(departmentsBox, 3, 0, 2, 1);
    grid->addWidget(levelsBox, 3, 1);
    grid->addWidget(trendBox, 4, 1);
    grid->addWidget(categoriesBox, 5, 0, 1, 2);

    m_table = new QTableView(content);
    m_table->setObjectName(u"complianceTable"_s);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Compliance by department"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DepartmentFiguresModel::Compliance, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DepartmentFiguresModel::Name, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT departmentActivated(index.data(DepartmentFiguresModel::CodeRole).toString());
    });
    QWidget *tableBox
        = panel(u"panel_compliance"_s, &m_tableTitle, m_table, exportButton(u"export_compliance"_s, nullptr));
    m_tableTitle->setText(tr("Compliance by department"));
    grid->addWidget(tableBox, 6, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(7, 1);
}

void DashboardWidget::setStore(Store *store)
{
    ++m_generation; // a computation for the previous catalogue is dropped when it ends
    m_store = store;
    m_hasFigures = false;
    m_pending.clear();
    m_figures = CatalogueFigures();
    for (ChartWidget *chart : m_charts)
        chart->setFigures(nullptr);
    for (HeadlineCard *card : m_cards)
        card->clear();
    m_model->setFigures(m_figures);
    m_asOf->clear();
    m_error->hide();
    const QString sample = store ? SampleCatalogue::translated(SampleCatalogue::label(*store)) : QString();
    m_sample->setText(sample);
    m_sample->setVisible(!sample.isEmpty());
    m_stale = true;
    if (m_store && isVisible())
        refresh();
}

ChartWidget *DashboardWidget::chart(ChartKind kind) const
{
    for (ChartWidget *c : m_charts) {
        if (c->kind() == kind)
            return c;
    }
    return nullptr;
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_store)
        refresh();
}

void DashboardWidget::markStale()
{
    m_stale = true;
    if (m_store && isVisible())
        refresh();
}

void DashboardWidget::refresh()
{
    if (!m_store)
        return;
    if (m_watcher.isRunning()) {
        m_again = true; // once this one ends: the catalogue may have changed under it
        return;
    }
    m_stale = false;
    m_busy->show();
    const DatabaseUrl url = m_store->url();
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([url, generation] {
        Outcome out;
        out.generation = generation;
        // A connection of this thread's own: a Store is used by the thread that opened it.
        auto store = Store::open(url, OpenMode::ExistingOnly);
        if (!store) {
            out.error = store.error();
            return out;
        }
        auto figures = Metrics::compute(**store);
        if (!figures) {
            out.error = figures.error();
            return out;
        }
        // The day's snapshot for the trend; a catalogue that cannot take it still shows its figures.
        (void)Metrics::recordSnapshot(**store, *figures);
        out.figures = std::move(*figures);
        return out;
    }));
}

void DashboardWidget::computed()
{
    const Outcome out = m_watcher.result();
    const bool current = out.generation == m_generation && m_store;
    if (current && out.figures) {
        m_figures = *out.figures;
        m_hasFigures = true;
        m_error->hide();
        apply();
    } else if (current) {
        m_error->setText(tr("The figures could not be computed: %1").arg(out.error.toString()));
        m_error->show();
        Q_EMIT message(m_error->text());
    }
    if (m_again || !current) {
        m_again = false;
        if (m_store) {
            refresh();
            return;
        }
    }
    m_busy->hide();
    if (current && out.figures) {
        const QList<std::function<void()>> pending = std::exchange(m_pending, {});
        for (const auto &action : pending)
            action();
        Q_EMIT refreshed();
    }
}

void DashboardWidget::apply()
{
    const CatalogueFigures &f = m_figures;
    const FigureFormat format(locale());
    m_asOf->setText(tr("as of %1").arg(format.date(f.asOf)));
    {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setCurrentIndex(m_threshold->findData(f.threshold));
    }
    const QList<Headline> headlines = Headline::of(f, format);
    for (qsizetype i = 0; i < m_cards.size() && i < headlines.size(); ++i)
        m_cards.at(i)->setHeadline(headlines.at(i));
    for (const auto &[chart, title] : m_chartTitles) {
        chart->setFigures(&m_figures);
        title->setText(Charts::title(chart->kind(), f, format));
        chart->setAccessibleName(title->text());
    }
    m_model->setFormat(format);
    m_model->setFigures(f);
    m_tableTitle->setText(
        tr("Compliance by department (online: %1; %2 submitted nothing, %3 past the deadline)")
            .arg(format.atOrAbove(f.threshold),
                 format.count(std::count_if(f.byDepartment.begin(), f.byDepartment.end(),
                                            [](const DepartmentFigures &d) { return d.nothingSubmitted; })),
                 format.count(std::count_if(f.byDepartment.begin(), f.byDepartment.end(),
                                            [](const DepartmentFigures &d) { return d.pastDeadline; }))));
    // The whole table shows; the page scrolls, not the table (up to a tall screen's worth).
    const int rows = std::min(m_model->rowCount(), 40);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);
}

void DashboardWidget::setThreshold(int index)
{
    if (!m_store || index < 0)
        return;
    if (Status s = Metrics::setThreshold(*m_store, m_threshold->itemData(index).toInt()); !s) {
        QMessageBox::warning(this, tr("Cannot change the threshold"), s.error().toString());
        return;
    }
    refresh();
}

template<typename F> void DashboardWidget::whenFigures(F action)
{
    if (m_hasFigures && !m_watcher.isRunning()) {
        action();
        return;
    }
    m_pending.append(action);
    refresh();
}

ReportOptions DashboardWidget::reportOptions() const
{
    ReportOptions options;
    if (m_store) {
        options.catalogue = m_store->url().displayName();
        options.sampleLabel = SampleCatalogue::label(*m_store);
    }
    return options;
}

Status DashboardWidget::writeReport(const QString &path)
{
    if (!m_hasFigures)
        return Error {u"no-figures"_s, tr("the figures are not ready yet"), path};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pages = ReportWriter::writePdf(path, m_figures, reportOptions());
    QApplication::restoreOverrideCursor();
    if (!pages)
        return pages.error();
    Q_EMIT message(tr("Saved the report to %1 (%n page(s))", nullptr, *pages).arg(path));
    return success();
}

void DashboardWidget::exportReport()
{
    if (!m_store)
        return;
    whenFigures([this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested
            = folder + u"/digitization-report-"_s + FigureFormat::isoDate(m_figures.asOf) + u".pdf"_s;
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = writeReport(path); !s)
            QMessageBox::critical(this, tr("Cannot save the report"), s.error().toString());
    });
}

void DashboardWidget::print()
{
    if (!m_store)
        return;
    whenFigures([this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(ReportWriter::title(m_figures));
        QPrintDialog dialog(&printer, this);
        dialog.setObjectName(u"printDialog"_s);
        dialog.setWindowTitle(tr("Print the report"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const int pages = ReportWriter::render(printer, m_figures, reportOptions());
        QApplication::restoreOverrideCursor();
        if (pages == 0)
            QMessageBox::critical(this, tr("Cannot print"), tr("The printer could not be used."));
        else
            Q_EMIT message(tr("Sent the report to the printer (%n page(s))", nullptr, pages));
    });
}

void DashboardWidget::exportChart(ChartWidget *chart, const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + u'/' + Charts::fileStem(chart->kind()) + u'-'
        + FigureFormat::isoDate(m_figures.asOf) + u'.' + format;
    const QString filter = format == u"png" ? tr("PNG images (*.png)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), suggested, filter);
    if (path.isEmpty())
        return;
    const Status s = format == u"png" ? chart->exportPng(path) : chart->exportCsv(path);
    if (!s)
        QMessageBox::critical(this, tr("Cannot export"), s.error().toString());
    else
        Q_EMIT message(tr("Saved %1").arg(path));
}

void DashboardWidget::exportTable()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the table"), folder + u"/compliance-"_s + FigureFormat::isoDate(m_figures.asOf) + u".csv"_s,
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") != 3 || file.write(m_model->toCsv().toUtf8()) < 0
        || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot export"), file.errorString());
        return;
    }
    Q_EMIT message(tr("Saved %1").arg(path));
}

void DashboardWidget::editTargets()
{
    if (!m_store)
        return;
    auto current = Metrics::targets(*m_store);
    if (!current) {
        QMessageBox::warning(this, tr("Targets"), current.error().toString());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"targetsDialog"_s);
    dialog.setWindowTitle(tr("Targets"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("The programme's targets, shown with each figure and on the trend. They are kept in "
                                "the catalogue. 0 % means no target."));
    intro->setWordWrap(true);
    form->addRow(intro);
    auto spin = [&](const QString &name, const std::optional<double> &value) {
        auto *s = new QDoubleSpinBox;
        s->setObjectName(name);
        s->setRange(0, 100);
        s->setDecimals(2);
        s->setSuffix(u" %"_s);
        s->setSpecialValueText(tr("No target"));
        s->setValue(value ? *value * 100.0 : 0.0);
        return s;
    };
    auto *online = spin(u"targetOnline"_s, current->onlineShare);
    auto *fully = spin(u"targetFullyDigital"_s, current->fullyDigitalShare);
    auto *volume = spin(u"targetVolumeWeighted"_s, current->volumeWeightedShare);
    const int threshold = m_hasFigures ? m_figures.threshold : kDefaultThreshold;
    const FigureFormat format(locale());
    form->addRow(tr("&Online (%1):").arg(format.atOrAbove(threshold)), online);
    form->addRow(tr("&Fully digital (%1):").arg(format.atOrAbove(kFullyDigitalLevel)), fully);
    form->addRow(tr("&Volume-weighted (%1):").arg(format.atOrAbove(threshold)), volume);
    auto *dated = new QCheckBox(tr("&By:"));
    dated->setObjectName(u"targetDateSet"_s);
    auto *date = new QDateEdit(current->by.isValid() ? current->by : QDate::currentDate().addYears(1));
    date->setObjectName(u"targetDate"_s);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    dated->setChecked(current->by.isValid());
    date->setEnabled(dated->isChecked());
    connect(dated, &QCheckBox::toggled, date, &QWidget::setEnabled);
    form->addRow(dated, date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Targets targets;
    auto read
        = [](QDoubleSpinBox *s) { return s->value() > 0 ? std::optional<double>(s->value() / 100.0) : std::nullopt; };
    targets.onlineShare = read(online);
    targets.fullyDigitalShare = read(fully);
    targets.volumeWeightedShare = read(volume);
    if (dated->isChecked())
        targets.by = date->date();
    if (Status s = Metrics::setTargets(*m_store, targets); !s) {
        QMessageBox::warning(this, tr("Cannot save the targets"), s.error().toString());
        return;
    }
    refresh();
}

} // namespace Fehrist::Ui
