#include "ui/chartwidget.h"

#include <QFile>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using namespace Fehrist::Report;

namespace Fehrist::Ui {

namespace {

constexpr int kMargin = 6;

bool clickable(ChartKind kind)
{
    return kind == ChartKind::Departments;
}

} // namespace

ChartWidget::ChartWidget(ChartKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(u"chart_"_s + Charts::fileStem(kind));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartWidget::setFigures(const CatalogueFigures *figures)
{
    m_figures = figures;
    m_current = -1;
    m_hitsStale = true;
    updateGeometry();
    update();
}

void ChartWidget::setOrder(DepartmentOrder order, bool descending)
{
    m_order = order;
    m_descending = descending;
    m_current = -1;
    m_hitsStale = true;
    update();
}

ChartStyle ChartWidget::style(bool forExport) const
{
    ChartStyle s;
    s.font = font();
    s.direction = layoutDirection();
    s.urduNames = layoutDirection() == Qt::RightToLeft;
    s.order = m_order;
    s.descending = m_descending;
    s.format = Models::FigureFormat(locale());
    if (!forExport) {
        const QPalette &p = palette();
        s.text = p.color(QPalette::Text);
        s.muted = p.color(QPalette::PlaceholderText);
        s.grid = p.color(QPalette::Midlight);
        s.background = p.color(QPalette::Base);
    }
    return s;
}

int ChartWidget::heightForWidth(int width) const
{
    if (!m_figures)
        return fontMetrics().height() * 8;
    return int(std::ceil(Charts::height(m_kind, *m_figures, style(), width - 2 * kMargin, this))) + 2 * kMargin;
}

QSize ChartWidget::sizeHint() const
{
    const int w = fontMetrics().averageCharWidth() * 70;
    return {w, heightForWidth(w)};
}

QSize ChartWidget::minimumSizeHint() const
{
    const int w = fontMetrics().averageCharWidth() * 40;
    return {w, heightForWidth(w)};
}

void ChartWidget::layOut(QPainter &painter) const
{
    m_hits.clear();
    if (m_figures)
        m_hits = Charts::paint(m_kind, painter, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin),
                               *m_figures, style());
    m_hitsStale = false;
}

const QList<HitArea> &ChartWidget::hitAreas() const
{
    if (m_hitsStale) {
        QImage scratch(size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&scratch);
        p.setFont(font());
        layOut(p);
    }
    return m_hits;
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), style().background);
    if (!m_figures) {
        m_hits.clear();
        return;
    }
    if (m_current >= 0 && m_current < m_hits.size()) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(40);
        p.fillRect(m_hits.at(m_current).rect, highlight);
    }
    layOut(p);
    if (hasFocus() && m_current >= 0 && m_current < m_hits.size()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(m_hits.at(m_current).rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

int ChartWidget::hitAt(const QPointF &pos) const
{
    const QList<HitArea> &hits = hitAreas();
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits.at(i).rect.contains(pos))
            return int(i);
    }
    return -1;
}

void ChartWidget::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    setCursor(index >= 0 && clickable(m_kind) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    setCurrent(hitAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int i = hitAt(event->position());
    if (event->button() == Qt::LeftButton && i >= 0 && clickable(m_kind))
        Q_EMIT activated(m_hits.at(i).key);
    QWidget::mouseReleaseEvent(event);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    if (!hasFocus())
        setCurrent(-1);
    QWidget::leaveEvent(event);
}

void ChartWidget::focusOutEvent(QFocusEvent *event)
{
    setCurrent(-1);
    QWidget::focusOutEvent(event);
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (hitAreas().isEmpty())
        return QWidget::keyPressEvent(event);
    const bool horizontal = m_kind == ChartKind::Levels || m_kind == ChartKind::Trend;
    const int last = int(m_hits.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        if ((event->key() == Qt::Key_Down) != horizontal) {
            setCurrent(std::min(last, m_current + 1));
            QToolTip::showText(mapToGlobal(m_hits.at(m_current).rect.center().toPoint()), m_hits.at(m_current).toolTip,
                               this);
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        if ((event->key() == Qt::Key_Up) != horizontal) {
            setCurrent(std::max(0, m_current - 1));
            QToolTip::showText(mapToGlobal(m_hits.at(m_current).rect.center().toPoint()), m_hits.at(m_current).toolTip,
                               this);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && clickable(m_kind)) {
            Q_EMIT activated(m_hits.at(m_current).key);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = hitAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_hits.at(i).toolTip, this, m_hits.at(i).rect.toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LocaleChange:
        m_hitsStale = true;
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    m_hitsStale = true;
    QWidget::resizeEvent(event);
}

QImage ChartWidget::image() const
{
    if (!m_figures)
        return {};
    return Charts::image(m_kind, *m_figures, style(true), std::max(width(), 800));
}

Status ChartWidget::exportPng(const QString &path) const
{
    if (!m_figures)
        return Error {u"no-figures"_s, tr("the figures are not ready yet"), path};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image().save(&file, "PNG") || !file.commit())
        return Error {u"cannot-write"_s, tr("cannot write the image: %1").arg(file.errorString()), path};
    return success();
}

Status ChartWidget::exportCsv(const QString &path) const
{
    if (!m_figures)
        return Error {u"no-figures"_s, tr("the figures are not ready yet"), path};
    QSaveFile file(path);
    // With a byte-order mark, as the catalogue's CSV export: spreadsheets then read the Urdu correctly.
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") != 3
        || file.write(Charts::csv(m_kind, *m_figures, style(true)).toUtf8()) < 0 || !file.commit())
        return Error {u"cannot-write"_s, tr("cannot write the file: %1").arg(file.errorString()), path};
    return success();
}

} // namespace Fehrist::Ui
