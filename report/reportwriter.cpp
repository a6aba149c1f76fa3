#include "report/reportwriter.h"

#include "models/departmentfiguresmodel.h"
#include "models/palette.h"
#include "report/charts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Models::DepartmentFiguresModel;
using Fehrist::Models::FigureFormat;
using Fehrist::Models::Headline;

namespace Fehrist::Report {

namespace {

// The report is in English with the figures formatted the same way wherever it is made: from the
// desktop in Urdu or Pashto too (an English format translates nothing).
const QLocale kLocale(QLocale::English, QLocale::Pakistan);
const FigureFormat kFormat(kLocale);

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return kFormat.translate("Fehrist::Report::ReportWriter", text, comment, n);
}

// Everything on a page is measured in points (1/72 inch); fonts are sized in pixels of that space.
QFont font(qreal points, bool bold = false)
{
    QFont f(u"Noto Sans"_s);
    f.setFamilies({u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"DejaVu Sans"_s});
    f.setPixelSize(std::max(1, int(std::lround(points))));
    f.setBold(bold);
    // Any letter spacing makes Qt shape Latin text without ligatures, so that the PDF's text reads,
    // searches and copies as "official" rather than with an "ﬃ" glyph. Urdu is still joined.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

/// Lays the report out page by page. Run twice: once without a painter to count the pages (for
/// "page 1 of N"), then to paint.
class Pages
{
public:
    Pages(QPainter *painter, QPagedPaintDevice *device, const QSizeF &size, const CatalogueFigures &figures,
          const ReportOptions &options, int total)
        : m_painter(painter), m_device(device), m_size(size), m_figures(figures), m_options(options), m_total(total)
    {
        m_body = QRectF(0, 0, size.width(), size.height() - 24);
        m_y = m_body.top();
    }

    QPainter *painter() const { return m_painter; }
    const QRectF &body() const { return m_body; }
    qreal y() const { return m_y; }
    int page() const { return m_page; }
    qreal left() const { return m_body.bottom() - m_y; }

    void advance(qreal h) { m_y += h; }
    /// Starts a new page unless `h` points fit on this one.
    void need(qreal h)
    {
        if (m_y + h > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    void newPage()
    {
        footer();
        if (m_painter)
            m_device->newPage();
        ++m_page;
        m_y = m_body.top();
    }
    void finish() { footer(); }

    void text(const QString &text, const QFont &f, const QColor &colour = QColor(0x20, 0x20, 0x20),
              qreal spaceAfter = 2)
    {
        const QFontMetricsF fm(f);
        const QRectF r(m_body.left(), m_y, m_body.width(), 1e6);
        const QRectF needed = fm.boundingRect(r, Qt::TextWordWrap, text);
        need(needed.height());
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), needed.height()), Qt::TextWordWrap, text);
        }
        m_y += needed.height() + spaceAfter;
    }

    void heading(const QString &text)
    {
        need(60); // never a heading alone at the foot of a page
        m_y += 8;
        this->text(text, font(12, true), QColor(0x10, 0x10, 0x10), 4);
    }

private:
    void footer()
    {
        if (!m_painter)
            return;
        m_painter->setFont(font(7));
        m_painter->setPen(QColor(0x60, 0x60, 0x60));
        const QRectF r(m_body.left(), m_size.height() - 12, m_body.width(), 12);
        QString left = tr("Fehrist · %1 · figures as of %2").arg(m_options.catalogue, kFormat.date(m_figures.asOf));
        if (!m_options.sampleLabel.isEmpty())
            left += u" · "_s + m_options.sampleLabel;
        m_painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, left);
        m_painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(m_page).arg(m_total));
    }

    QPainter *m_painter;
    QPagedPaintDevice *m_device;
    QSizeF m_size;
    QRectF m_body;
    const CatalogueFigures &m_figures;
    const ReportOptions &m_options;
    int m_total;
    qreal m_y = 0;
    int m_page = 1;
};

ChartStyle chartStyle()
{
    ChartStyle style;
    style.font = font(7.5);
    style.format = FigureFormat(kLocale);
    return style;
}

void headlineCard(QPainter *p, const QRectF &r, const Headline &h, const ChartStyle &style)
{
    if (!p)
        return;
    const QColor colour = Charts::seriesColour(h.kind);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(QColor(0xC8, 0xC8, 0xC8), 0.8));
    p->setBrush(QColor(0xFA, 0xFA, 0xFA));
    p->drawRoundedRect(r, 5, 5);
    const QRectF in = r.adjusted(9, 7, -9, -7);
    qreal y = in.top();
    auto line = [&](const QString &text, const QFont &f, const QColor &c, qreal h, qreal width = -1) {
        p->setFont(f);
        p->setPen(c);
        p->drawText(QRectF(in.left(), y, width < 0 ? in.width() : width, h), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(text, Qt::ElideRight, width < 0 ? in.width() : width));
        y += h;
    };
    line(h.title, font(8.5, true), QColor(0x20, 0x20, 0x20), 12);
    const QRectF spark(in.left() + in.width() * 0.55, y + 3, in.width() * 0.45, 20);
    line(h.value, font(20, true), colour.darker(115), 27, in.width() * 0.55);
    Charts::paintSparkline(*p, spark, h.series, colour, style);
    line(h.detail, font(7.5), QColor(0x40, 0x40, 0x40), 11);
    y += 3;
    Charts::paintShareBar(*p, QRectF(in.left(), y, in.width(), 5), h.share, h.targetShare, colour, style);
    y += 9;
    line(h.trend, font(7.5), QColor(0x40, 0x40, 0x40), 10);
    line(h.target, font(7.5), QColor(0x40, 0x40, 0x40), 10);
    p->restore();
}

void chart(Pages &pages, ChartKind kind, const CatalogueFigures &f, const ChartStyle &base)
{
    const qreal width = pages.body().width();
    const qreal headingHeight = 28;
    if (Charts::rows(kind, f) == 0) {
        const qreal h = Charts::height(kind, f, base, width);
        pages.need(headingHeight + h);
        pages.heading(Charts::title(kind, f, kFormat));
        if (pages.painter())
            Charts::paint(kind, *pages.painter(), QRectF(pages.body().left(), pages.y(), width, h), f, base);
        pages.advance(h + 6);
        return;
    }
    // A long bar chart continues on the next page, with its legend once and the same scale throughout.
    ChartStyle style = base;
    const int all = Charts::rows(kind, f);
    // A chart that fits a page is kept whole; a longer one starts here with at least three bars.
    const qreal whole = headingHeight + Charts::height(kind, f, base, width);
    style.rowCount = std::min(all, 3);
    pages.need(whole <= pages.body().height() ? whole : headingHeight + Charts::height(kind, f, style, width));
    pages.heading(Charts::title(kind, f, kFormat));
    int first = 0;
    while (first < all) {
        style.firstRow = first;
        style.legend = first == 0;
        int n = all - first;
        style.rowCount = n;
        while (n > 1 && Charts::height(kind, f, style, width) > pages.left())
            style.rowCount = --n;
        const bool tooFew = n < std::min(3, all - first) || Charts::height(kind, f, style, width) > pages.left();
        if (tooFew && pages.y() > pages.body().top()) {
            pages.newPage();
            continue;
        }
        const qreal h = Charts::height(kind, f, style, width);
        if (pages.painter())
            Charts::paint(kind, *pages.painter(), QRectF(pages.body().left(), pages.y(), width, h), f, style);
        pages.advance(h + 6);
        first += n;
        if (first < all)
            pages.newPage();
    }
}

void departmentTable(Pages &pages, const CatalogueFigures &f)
{
    DepartmentFiguresModel model;
    model.setFormat(FigureFormat(kLocale));
    model.setFigures(f);
    const QList<int> columns {
        DepartmentFiguresModel::Code,     DepartmentFiguresModel::Name,         DepartmentFiguresModel::Services,
        DepartmentFiguresModel::Expected, DepartmentFiguresModel::Completeness, DepartmentFiguresModel::Online,
        DepartmentFiguresModel::Draft,    DepartmentFiguresModel::Submitted,    DepartmentFiguresModel::Approved,
        DepartmentFiguresModel::Returned, DepartmentFiguresModel::Deadline};
    const QFont cellFont = font(7), headFont = font(7, true);
    const QFontMetricsF fm(cellFont), hfm(headFont);
    const qreal pad = 4;
    QList<qreal> widths;
    for (int c : columns) {
        qreal w = hfm.horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model.rowCount(); ++r)
            w = std::max(w, fm.horizontalAdvance(model.index(r, c).data().toString()));
        widths.append(w + 2 * pad);
    }
    // The department's name gives way when the table is wider than the page.
    qreal total = 0;
    for (qreal w : widths)
        total += w;
    const int nameColumn = int(columns.indexOf(DepartmentFiguresModel::Name));
    if (total > pages.body().width())
        widths[nameColumn] = std::max<qreal>(60, widths[nameColumn] - (total - pages.body().width()));
    const qreal rowHeight = fm.height() + 4;

    auto paintRow = [&](int row) {
        QPainter *p = pages.painter();
        const bool header = row < 0;
        if (p) {
            qreal x = pages.body().left();
            if (header)
                p->fillRect(QRectF(x, pages.y(), pages.body().width(), rowHeight), QColor(0xE8, 0xE8, 0xE8));
            else if (row % 2)
                p->fillRect(QRectF(x, pages.y(), pages.body().width(), rowHeight), QColor(0xF6, 0xF6, 0xF6));
            p->setFont(header ? headFont : cellFont);
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const int c = columns.at(i);
                const QModelIndex index = header ? QModelIndex() : model.index(row, c);
                const QString text = header ? model.headerData(c, Qt::Horizontal).toString() : index.data().toString();
                const QVariant colour = header ? QVariant() : index.data(Qt::ForegroundRole);
                p->setPen(colour.isValid() ? colour.value<QColor>() : QColor(0x20, 0x20, 0x20));
                const bool right = !header && (index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
                const QRectF cell(x + pad, pages.y(), widths.at(i) - 2 * pad, rowHeight);
                p->drawText(cell, int((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter),
                            (header ? hfm : fm).elidedText(text, Qt::ElideRight, cell.width()));
                x += widths.at(i);
            }
        }
        pages.advance(rowHeight);
    };
    pages.heading(tr("Departments"));
    pages.need(rowHeight * 3);
    paintRow(-1);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (pages.left() < rowHeight) {
            pages.newPage();
            paintRow(-1); // the header again on each page
        }
        paintRow(r);
    }
    pages.advance(4);
    pages.text(tr("Complete: services catalogued against the total the department declared. Online: share of its "
                  "active services at %1. Deadline: the department's submission deadline.")
                   .arg(kFormat.atOrAbove(f.threshold)),
               font(7), QColor(0x50, 0x50, 0x50));
}

void complianceList(Pages &pages, const CatalogueFigures &f)
{
    const FigureFormat format(kLocale);
    QList<const DepartmentFigures *> nothing, late;
    for (const DepartmentFigures &d : f.byDepartment) {
        if (d.nothingSubmitted)
            nothing.append(&d);
        if (d.pastDeadline)
            late.append(&d);
    }
    pages.heading(tr("Compliance"));
    pages.text(tr("As of %1: %2 of %3 departments have submitted nothing for review; %4 are past their submission "
                  "deadline with services still to submit.")
                   .arg(kFormat.date(f.asOf))
                   .arg(nothing.size())
                   .arg(f.byDepartment.size())
                   .arg(late.size()),
               font(8.5), QColor(0x20, 0x20, 0x20), 6);
    pages.text(tr("Past the submission deadline (%1)").arg(late.size()), font(9, true), QColor(0xB0, 0x30, 0x00));
    if (late.isEmpty())
        pages.text(tr("None."), font(8));
    for (const DepartmentFigures *d : late) {
        pages.text(tr("%1 — %2: deadline %3 (%4 ago); %5 of %6 services submitted or approved, %7 to submit")
                       .arg(d->code, d->nameEn, kFormat.date(d->deadline), kFormat.days(d->daysPastDeadline),
                            format.count(d->submitted + d->approved),
                            format.count(std::max(d->expected.value_or(0), d->services)),
                            format.count(d->outstanding())),
                   font(8));
    }
    pages.advance(4);
    pages.text(tr("Nothing submitted (%1)").arg(nothing.size()), font(9, true), QColor(0x8A, 0x5A, 0x00));
    if (nothing.isEmpty())
        pages.text(tr("None."), font(8));
    for (const DepartmentFigures *d : nothing) {
        pages.text(tr("%1 — %2: %3 catalogued of %4 declared; deadline %5")
                       .arg(d->code, d->nameEn, format.count(d->services),
                            d->expected ? format.count(*d->expected) : tr("none"), kFormat.date(d->deadline)),
                   font(8));
    }
}

void layout(Pages &pages, const CatalogueFigures &f, const ReportOptions &options)
{
    const ChartStyle style = chartStyle();
    const FigureFormat format(kLocale);
    pages.text(ReportWriter::title(f), font(18, true), QColor(0x10, 0x10, 0x10), 4);
    pages.text(options.catalogue, font(9), QColor(0x40, 0x40, 0x40));
    pages.text(tr("Figures as of %1; made %2 by Fehrist %3. Digitized means %4 (the catalogue's threshold); "
                  "fully digital, %5. Shares are of active services.")
                   .arg(kFormat.date(f.asOf), options.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                        QStringLiteral(FEHRIST_VERSION), kFormat.atOrAbove(f.threshold),
                        kFormat.atOrAbove(kFullyDigitalLevel)),
               font(8), QColor(0x40, 0x40, 0x40), 4);
    if (!options.sampleLabel.isEmpty()) {
        const qreal h = 14;
        if (QPainter *p = pages.painter()) {
            p->fillRect(QRectF(pages.body().left(), pages.y(), pages.body().width(), h), QColor(0xF0, 0xE4, 0x42));
            p->setFont(font(8, true));
            p->setPen(Qt::black);
            p->drawText(QRectF(pages.body().left() + 6, pages.y(), pages.body().width() - 12, h),
                        Qt::AlignLeft | Qt::AlignVCenter, options.sampleLabel);
        }
        pages.advance(h + 4);
    }

    // The headline figures, two by two.
    pages.advance(4);
    const QList<Headline> headlines = Headline::of(f, format);
    const qreal gap = 8, cardHeight = 96;
    const qreal cardWidth = (pages.body().width() - gap) / 2;
    for (qsizetype i = 0; i < headlines.size(); i += 2) {
        pages.need(cardHeight);
        for (qsizetype j = i; j < std::min(i + 2, headlines.size()); ++j) {
            headlineCard(pages.painter(),
                         QRectF(pages.body().left() + (j - i) * (cardWidth + gap), pages.y(), cardWidth, cardHeight),
                         headlines.at(j), style);
        }
        pages.advance(cardHeight + gap);
    }

    chart(pages, ChartKind::Trend, f, style);
    chart(pages, ChartKind::Levels, f, style);
    pages.newPage();
    chart(pages, ChartKind::Departments, f, style);
    chart(pages, ChartKind::Categories, f, style);
    departmentTable(pages, f);
    complianceList(pages, f);
    pages.finish();
}

} // namespace

QString ReportWriter::title(const CatalogueFigures &figures)
{
    return tr("Digitization report, %1").arg(kFormat.date(figures.asOf));
}

int ReportWriter::render(QPagedPaintDevice &device, const CatalogueFigures &figures, const ReportOptions &options)
{
    const QRectF paint = device.pageLayout().paintRectPoints();
    const QSizeF size = paint.size();
    Pages counting(nullptr, &device, size, figures, options, 0);
    layout(counting, figures, options);
    const int total = counting.page();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::TextAntialiasing);
    // An English page, left to right, even when the desktop that makes it is laid out right to left.
    painter.setLayoutDirection(Qt::LeftToRight);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    Pages pages(&painter, &device, size, figures, options, total);
    layout(pages, figures, options);
    painter.end();
    return pages.page();
}

Result<int> ReportWriter::writePdf(const QString &path, const CatalogueFigures &figures, const ReportOptions &options)
{
    if (QFileInfo(path).isDir())
        return Error {u"cannot-write"_s, u"is a folder; give a file name ending in .pdf"_s, path};
    // Written aside and put in place when complete: never a half-written report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"cannot-write"_s, u"cannot write the report: %1"_s.arg(file.errorString()), path};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title(figures));
        writer.setCreator(u"Fehrist %1"_s.arg(QStringLiteral(FEHRIST_VERSION)));
        pages = render(writer, figures, options);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error {u"cannot-write"_s, u"cannot paint the report"_s, path};
    }
    if (!file.commit())
        return Error {u"cannot-write"_s, u"cannot write the report: %1"_s.arg(file.errorString()), path};
    return pages;
}

} // namespace Fehrist::Report
