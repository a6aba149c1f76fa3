#pragma once

#include "core/error.h"
#include "core/metrics/metrics.h"

#include <QDateTime>

class QPagedPaintDevice;

namespace Fehrist::Report {

struct ReportOptions
{
    QString catalogue; ///< the catalogue's display name (never a password)
    QString sampleLabel; ///< shown on every page when the catalogue holds the sample
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
};

/// The dated digitization report: the headline figures with their trend and targets, the charts, the
/// departments' table and the compliance list, on A4 pages. Painted with QPainter (Qt Gui, no widgets)
/// from the same figures, charts and table model as the dashboard, so that `fehrist-cli report`, the
/// desktop's File → Export Report and its printing all produce the same pages.
class ReportWriter
{
public:
    /// Writes a PDF; returns the number of pages. An error names the file.
    static Core::Result<int> writePdf(const QString &path, const Core::CatalogueFigures &figures,
                                      const ReportOptions &options);
    /// Paints the report on a paged device (a QPdfWriter, or a QPrinter from the print dialog) that
    /// has not been painted on yet; returns the number of pages, or 0 if the device cannot be painted.
    static int render(QPagedPaintDevice &device, const Core::CatalogueFigures &figures, const ReportOptions &options);
    /// The report's title with its date: "Digitization report, 2026-11-27".
    static QString title(const Core::CatalogueFigures &figures);
};

} // namespace Fehrist::Report
