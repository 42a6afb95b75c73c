// The product's icons: every role, severity and command has its SVG in the resources, it renders
// sharp at list, toolbar and high-DPI sizes, a role's icon carries the colour of the role's chip,
// the roles stay distinguishable at 16 px, and the main window's toolbar shows these icons.
#include "mainwindow.h"
#include "theme.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolBar>
#include <QtTest>

using namespace hierarch;

namespace {

// How many pixels are not fully transparent.
int paintedPixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            count += qAlpha(argb.pixel(x, y)) > 0 ? 1 : 0;
    return count;
}

bool sameColor(QRgb pixel, const QColor &color)
{
    return qAbs(qRed(pixel) - color.red()) <= 2 && qAbs(qGreen(pixel) - color.green()) <= 2 &&
           qAbs(qBlue(pixel) - color.blue()) <= 2 && qAlpha(pixel) == 255;
}

// The icon is drawn from its vector file at each size (a bitmap icon would come back at its own
// size, smaller than asked), and at twice the pixels on a 2x screen.
void verifyRenders(const QIcon &icon, const QString &what)
{
    QVERIFY2(!icon.isNull(), qPrintable(what));
    for (int size : {16, 24, 64}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0);
        QCOMPARE(pixmap.size(), QSize(size, size));
        QVERIFY2(paintedPixels(pixmap.toImage()) > size * size / 4, qPrintable(what));
    }
    const QPixmap retina = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(retina.size(), QSize(32, 32));
    QCOMPARE(retina.devicePixelRatio(), 2.0);
    QVERIFY2(paintedPixels(retina.toImage()) > 32 * 32 / 4, qPrintable(what));
}

QImage rendered(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleIcons();
    void roleIconsDistinguishableAtSmallSize();
    void severityIcons();
    void applicationIcon();
    void actionIcons();
    void roleIconOnCanvasIsCrispAndVectorInExports();
    void toolbarShowsProductIcons();
};

void TestIcons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIcons::roleIcons()
{
    for (int i = 0; i < enumCount<Role>(); ++i) {
        const Role role = Role(i);
        const QString path = QStringLiteral(":/icons/roles/%1.svg").arg(enumString(role));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        verifyRenders(roleIcon(role), path);
        // The tile is the role's chip colour, so the icon and the canvas chip agree.
        const QImage image = rendered(roleIcon(role), 64);
        QVERIFY2(sameColor(image.pixel(2, 32), roleColor(role)), qPrintable(path));
        QVERIFY2(sameColor(image.pixel(32, 1), roleColor(role)), qPrintable(path));
    }
}

void TestIcons::roleIconsDistinguishableAtSmallSize()
{
    // Roles that share a colour differ only by their pictogram: at 16 px it must still change
    // a visible number of pixels clearly.
    QList<QImage> images;
    for (int i = 0; i < enumCount<Role>(); ++i)
        images << rendered(roleIcon(Role(i)), 16);
    for (int a = 0; a < images.size(); ++a) {
        for (int b = a + 1; b < images.size(); ++b) {
            int differing = 0;
            for (int y = 0; y < 16; ++y) {
                for (int x = 0; x < 16; ++x) {
                    const QRgb p = images[a].pixel(x, y), q = images[b].pixel(x, y);
                    const int distance = qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) +
                                         qAbs(qBlue(p) - qBlue(q));
                    differing += distance > 120 ? 1 : 0;
                }
            }
            QVERIFY2(differing >= 16, qPrintable(QStringLiteral("%1 and %2 differ in %3 pixels")
                                                     .arg(enumString(Role(a)), enumString(Role(b)))
                                                     .arg(differing)));
        }
    }
}

void TestIcons::severityIcons()
{
    // A point inside each mark's shape but off its glyph.
    const QPoint samples[] = {{32, 8}, {14, 52}, {32, 56}};
    for (int i = 0; i < enumCount<Severity>(); ++i) {
        const Severity severity = Severity(i);
        const QString path = QStringLiteral(":/icons/severity/%1.svg").arg(enumString(severity));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        verifyRenders(severityIcon(severity), path);
        QVERIFY2(sameColor(rendered(severityIcon(severity), 64).pixel(samples[i]),
                           severityColor(severity)),
                 qPrintable(path));
    }
    verifyRenders(waivedIcon(), QStringLiteral("waived"));
    // A waived finding must not look like any live severity.
    for (int i = 0; i < enumCount<Severity>(); ++i)
        QVERIFY(rendered(waivedIcon(), 16) != rendered(severityIcon(Severity(i)), 16));
}

void TestIcons::applicationIcon()
{
    QVERIFY(QFile::exists(QStringLiteral(":/icons/app/hierarch.svg")));
    verifyRenders(hierarch::applicationIcon(), QStringLiteral("application"));
    const QPixmap large = hierarch::applicationIcon().pixmap(QSize(256, 256), 1.0);
    QCOMPARE(large.size(), QSize(256, 256));
    // The mark fills its square: opaque in the middle, transparent in the corners.
    const QImage image = large.toImage();
    QCOMPARE(qAlpha(image.pixel(128, 128)), 255);
    QCOMPARE(qAlpha(image.pixel(1, 254)), 0);
}

void TestIcons::actionIcons()
{
    for (int i = 0; i < enumCount<ActionIcon>(); ++i) {
        const QString path =
            QStringLiteral(":/icons/actions/%1.svg").arg(enumString(ActionIcon(i)));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        verifyRenders(actionIcon(ActionIcon(i)), path);
    }
}

void TestIcons::roleIconOnCanvasIsCrispAndVectorInExports()
{
    const Role role = Role::ManagementPoint;
    // On screen the icon lands on whole pixels, exactly as the list shows it, even when the
    // chip sits at a fractional position; on a 2x screen it uses twice the pixels.
    for (double ratio : {1.0, 2.0}) {
        QImage canvas(int(40 * ratio), int(40 * ratio), QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(ratio);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        painter.translate(0.2, 0.1);
        paintRoleIcon(&painter, role, QRectF(10, 10, 16, 16));
        painter.end();

        const int side = int(16 * ratio);
        QImage expected(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::transparent);
        QPainter reference(&expected);
        reference.drawPixmap(int(10 * ratio), int(10 * ratio),
                             roleIcon(role).pixmap(QSize(side, side), 1.0));
        reference.end();
        QImage actual = canvas.convertToFormat(QImage::Format_ARGB32);
        actual.setDevicePixelRatio(1.0);
        QCOMPARE(actual, expected.convertToFormat(QImage::Format_ARGB32));
    }

    // A zoomed canvas asks for a pixmap of the zoomed size, not a scaled-up 16 px one.
    QImage zoomed(80, 80, QImage::Format_ARGB32_Premultiplied);
    zoomed.fill(Qt::transparent);
    QPainter painter(&zoomed);
    painter.scale(4, 4);
    paintRoleIcon(&painter, role, QRectF(2, 2, 16, 16));
    painter.end();
    QCOMPARE(zoomed.copy(8, 8, 64, 64).convertToFormat(QImage::Format_ARGB32),
             rendered(roleIcon(role), 64));

    // Exports keep the drawing as vectors: no embedded bitmap.
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setViewBox(QRectF(0, 0, 40, 40));
    QPainter svg(&generator);
    paintRoleIcon(&svg, role, QRectF(10, 10, 16, 16));
    svg.end();
    const QByteArray out = buffer.data();
    QVERIFY(out.contains("<path"));
    QVERIFY(!out.contains("<image"));
}

void TestIcons::toolbarShowsProductIcons()
{
    QList<QImage> productIcons;
    for (int i = 0; i < enumCount<ActionIcon>(); ++i)
        productIcons << rendered(actionIcon(ActionIcon(i)), 24);

    MainWindow window;
    window.setInteractive(false);
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    int checked = 0;
    for (QToolBar *bar : bars) {
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString name = action->objectName();
            QVERIFY2(!action->icon().isNull(), qPrintable(name));
            QVERIFY2(productIcons.contains(rendered(action->icon(), 24)), qPrintable(name));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
    QVERIFY(!window.windowIcon().isNull());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
