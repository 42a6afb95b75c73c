#pragma once

#include <QString>

namespace hierarch {

class HierarchyScene;

enum class DiagramFormat { Svg, Png };

// Writes the scene's diagram to `path` as Export Diagram does: checked to the last byte (a full
// disk keeps the old file and says why in `error`), and with the plan name as inert text (the
// SVG title is escaped, so a name holding markup cannot add elements to the image).
bool exportDiagramFile(HierarchyScene *scene, const QString &planName, const QString &path,
                       DiagramFormat format, QString *error);

} // namespace hierarch
