#pragma once

#include "selection.h"

#include <QObject>

class QMimeData;

namespace hierarch {

class Document;

// Copy and paste of sites and servers. What is copied travels as a small plan file, so the system
// clipboard also holds readable YAML for a text editor; a paste inserts copies with fresh names
// where the originals' are taken, as one undo step.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    Clipboard(Document *document, Selection *selection, QObject *parent = nullptr);

    // The MIME type of the plan on the clipboard.
    static QString mimeType();

    // The selected sites (with their servers), else the selected servers, as clipboard data;
    // null when nothing of the kind is selected.
    QMimeData *copyData() const;
    // Puts copyData() on the system clipboard; false when nothing was selected.
    bool copy();
    // Pastes `data` (the system clipboard's when null): sites under the current site, servers
    // into it. Selects what was pasted and returns whether anything was; `problem` says why not
    // when the user has to do something first.
    bool paste(const QMimeData *data = nullptr, QString *problem = nullptr);

private:
    Document *mDocument;
    Selection *mSelection;
};

} // namespace hierarch
