#pragma once

#include "role.h"

#include <QDockWidget>

class QListView;

namespace hierarch {

class Document;
class PaletteModel;
class Selection;

// The Palette dock: the roles of the plan's product, dragged onto server cards (or added to the
// selected server with a double-click or Enter).
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    PaletteDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    PaletteModel *paletteModel() const { return mModel; }
    QListView *listView() const { return mView; }
    // Adds the role to every selected server that lacks it, as one undo step; reports what it
    // could not do through statusMessage(). False when nothing was added.
    bool addRoleToSelection(Role role);

signals:
    void statusMessage(const QString &message);

private:
    Document *mDocument;
    Selection *mSelection;
    PaletteModel *mModel;
    QListView *mView;
};

} // namespace hierarch
