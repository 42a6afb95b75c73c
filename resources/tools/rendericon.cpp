// rendericon: draws an SVG into a square PNG of a given size. The hicolor theme wants bitmap
// icons beside the scalable one (some panels and older desktops never load SVG), and rendering
// them from the one SVG at build time keeps a single source for every size instead of committed
// bitmaps that drift from it.
//
// Usage: rendericon IN.svg SIZE OUT.png

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting shapes into a QImage needs no platform plugin, so the build
    // machine needs no display. (An icon carries no text; text would need one for its fonts.)
    QCoreApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 4096) {
        std::fputs("usage: rendericon IN.svg SIZE OUT.png\n", stderr);
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        // Keep the aspect ratio: a non-square drawing is centred rather than stretched.
        const QSizeF natural =
            renderer.defaultSize().isEmpty() ? QSizeF(size, size) : QSizeF(renderer.defaultSize());
        const qreal scale = qMin(size / natural.width(), size / natural.height());
        const QSizeF drawn = natural * scale;
        renderer.render(
            &painter,
            QRectF(QPointF((size - drawn.width()) / 2, (size - drawn.height()) / 2), drawn));
    }

    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG")) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
