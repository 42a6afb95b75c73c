#pragma once

// The Problems, Outline and Palette suites' shared part: the example plan, lookups by code and
// name, and a base class that opens the example in a Document with a Selection for each test.
#include "document/document.h"
#include "document/outlinemodel.h"
#include "document/problemsmodel.h"
#include "io/planloader.h"
#include "outline/outlinedock.h"
#include "outline/outlineproxy.h"
#include "palette/palettedock.h"
#include "palette/palettemodel.h"
#include "problems/explainpanel.h"
#include "problems/findingactions.h"
#include "problems/problemsdock.h"
#include "problems/problemsfilter.h"
#include "problems/waivedialog.h"
#include "selection.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace hierarch;

namespace problemstest {

inline const QString kExample =
    QStringLiteral(HIERARCH_EXAMPLES_DIR "/sms2003-central-hierarchy.hierarchy.yaml");

inline Plan loadExample()
{
    LoadResult result = loadPlanFile(kExample);
    if (!result)
        qFatal("cannot load %s: %s", qPrintable(kExample), qPrintable(result.error.toString()));
    return *result.plan;
}

inline ItemId siteId(const Document &doc, const QString &code)
{
    const int i = doc.siteIndexByCode(code);
    return i >= 0 ? doc.plan().sites.at(i).uid : 0;
}

inline ItemId serverId(const Document &doc, const QString &name)
{
    for (const Site &site : doc.plan().sites) {
        for (const Server &server : site.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

// The proxy rows of a dock's table, as finding ids.
inline QStringList listedIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->index(r, 0).data(FindingIdRole).toString();
    return ids;
}

inline const FieldInfo &field(FieldOwner owner, const char *key)
{
    const FieldInfo *f = findField(owner, QString::fromLatin1(key));
    if (!f)
        qFatal("no field %s", key);
    return *f;
}

} // namespace problemstest

using namespace problemstest;

class DockSuite : public QObject
{
protected:
    void openExample()
    {
        mDoc = new Document;
        mSelection = new Selection(mDoc);
        mDoc->reset(loadExample(), kExample);
    }
    void closeExample()
    {
        delete mSelection;
        delete mDoc;
        mSelection = nullptr;
        mDoc = nullptr;
    }

    Document *mDoc = nullptr;
    Selection *mSelection = nullptr;
};
