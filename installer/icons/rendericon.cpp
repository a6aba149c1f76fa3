// fehrist-render-icon: renders the application icon (SVG) into the bitmaps the installers need, at
// build time, so that no bitmap is kept in the repository:
//   - PNGs for the freedesktop hicolor theme (Linux),
//   - a multi-size .ico for the Windows executable and its installer,
//   - an .icns for the macOS bundle.
// The SVG is read through Qt's svg image plugin (Debian: libqt6svg6), which the desktop app needs at
// run time anyway, so the tool adds no build dependency.

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <cstdio>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fehrist-render-icon: %s\n", qUtf8Printable(message));
    return 1;
}

class Renderer
{
public:
    explicit Renderer(QString svg) : m_svg(std::move(svg)) { }

    // The icon at size×size, rendered from the vector source (never scaled from another bitmap).
    QImage image(int size, QString *error)
    {
        if (auto it = m_cache.find(size); it != m_cache.end())
            return it->second;
        QImageReader reader(m_svg, "svg");
        reader.setScaledSize(QSize(size, size));
        QImage result = reader.read();
        if (result.isNull()) {
            *error = u"cannot render %1 at %2 px: %3 (is Qt's svg image plugin installed? Debian: libqt6svg6)"_s.arg(
                m_svg, QString::number(size), reader.errorString());
            return {};
        }
        result = result.convertToFormat(QImage::Format_ARGB32);
        m_cache.emplace(size, result);
        return result;
    }

    QByteArray png(int size, QString *error)
    {
        const QImage img = image(size, error);
        if (img.isNull())
            return {};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!img.save(&buffer, "PNG")) {
            *error = u"cannot encode a %1 px PNG"_s.arg(size);
            return {};
        }
        return bytes;
    }

private:
    QString m_svg;
    std::map<int, QImage> m_cache;
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

template<typename T> void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T> void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO with PNG-compressed entries (read by Windows Vista and later, and by NSIS).
QByteArray ico(Renderer &renderer, const QList<int> &sizes, QString *error)
{
    QList<QByteArray> images;
    for (int size : sizes) {
        images.append(renderer.png(size, error));
        if (images.last().isEmpty())
            return {};
    }
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // type: icon
    appendLittle<quint16>(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        out.append(char(side)).append(char(side)).append(char(0)).append(char(0)); // width, height, palette, reserved
        appendLittle<quint16>(out, 1); // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(images[i].size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// ICNS with PNG entries, the element types macOS reads for 16 to 1024 px (@1x and @2x).
QByteArray icns(Renderer &renderer, QString *error)
{
    const std::pair<const char *, int> kinds[]
        = {{"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
           {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto &[type, size] : kinds) {
        const QByteArray png = renderer.png(size, error);
        if (png.isEmpty())
            return {};
        body.append(type, 4);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders the application icon into PNG, ICO and ICNS files."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"svg"_s, u"The icon's SVG source."_s);
    parser.addOption({u"png-dir"_s, u"Write SIZE.png for every size into this folder."_s, u"DIR"_s});
    parser.addOption({u"sizes"_s, u"PNG sizes, comma-separated (default 16,22,24,32,48,64,128,256)."_s, u"LIST"_s,
                      u"16,22,24,32,48,64,128,256"_s});
    parser.addOption({u"ico"_s, u"Write a Windows icon (16 to 256 px) to this file."_s, u"FILE"_s});
    parser.addOption({u"icns"_s, u"Write a macOS icon (16 to 1024 px) to this file."_s, u"FILE"_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(u"give one SVG file (see --help)"_s);

    Renderer renderer(parser.positionalArguments().constFirst());
    QString error;
    if (parser.isSet(u"png-dir"_s)) {
        const QString dir = parser.value(u"png-dir"_s);
        if (!QDir().mkpath(dir))
            return fail(u"cannot create %1"_s.arg(dir));
        for (const QString &word : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int size = word.trimmed().toInt(&ok);
            if (!ok || size < 1 || size > 4096)
                return fail(u"not a size: %1"_s.arg(word));
            const QByteArray png = renderer.png(size, &error);
            if (png.isEmpty() || !writeFile(u"%1/%2.png"_s.arg(dir).arg(size), png, &error))
                return fail(error);
        }
    }
    if (parser.isSet(u"ico"_s)) {
        const QByteArray bytes = ico(renderer, {16, 24, 32, 48, 64, 128, 256}, &error);
        if (bytes.isEmpty() || !writeFile(parser.value(u"ico"_s), bytes, &error))
            return fail(error);
    }
    if (parser.isSet(u"icns"_s)) {
        const QByteArray bytes = icns(renderer, &error);
        if (bytes.isEmpty() || !writeFile(parser.value(u"icns"_s), bytes, &error))
            return fail(error);
    }
    return 0;
}
