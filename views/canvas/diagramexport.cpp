#include "diagramexport.h"

#include "hierarchyscene.h"
#include "io/checkedfile.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace hierarch {

namespace {
struct DiagramExportText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::MainWindow)
};
} // namespace

bool exportDiagramFile(HierarchyScene *scene, const QString &planName, const QString &path,
                       DiagramFormat format, QString *error)
{
    const QRectF source = scene->diagramRect();
    CheckedWriter file(path);
    auto failed = [&] {
        if (error)
            *error = file.errorString();
        return false;
    };
    if (!file.open())
        return failed();
    if (format == DiagramFormat::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(file.device());
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        // QSvgGenerator writes the title and description into the XML as they are.
        generator.setTitle(planName.toHtmlEscaped());
        generator.setDescription(
            DiagramExportText::tr("Site hierarchy drawn by Hierarch").toHtmlEscaped());
        QPainter painter(&generator);
        scene->renderDiagram(&painter, QRectF(QPointF(0, 0), source.size()));
        painter.end();
    } else {
        // Twice the on-screen size keeps text sharp when the image is scaled in a document.
        const QSize size = (source.size() * 2).toSize().boundedTo(QSize(16000, 16000));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->renderDiagram(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (!image.save(file.device(), "PNG")) {
            file.abandon(DiagramExportText::tr("the image could not be encoded"));
            return failed();
        }
    }
    if (!file.commit())
        return failed();
    return true;
}

} // namespace hierarch
