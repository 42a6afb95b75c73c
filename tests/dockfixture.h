#pragma once

// The docks' test fixture: plans with every kind of list entry, lookups by code and name, and a
// shown window holding a document, a selection, the Properties dock and the Lists dock.
#include "document/document.h"
#include "io/planloader.h"
#include "lists/listmodel.h"
#include "lists/listsdock.h"
#include "lists/waiverdialog.h"
#include "properties/propertiesdock.h"
#include "rules/checklist.h"
#include "selection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kConfigMgr = R"(hierarch: 1
name: Docks
product: configmgr2007
dnsDomain: contoso.com
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
      - name: CEN-DP01
        roles: [distribution-point]
  - code: P01
    parent: CEN
    clients: 500
accounts:
  - name: CONTOSO\svc-cm
    type: sms-service
    sites: [CEN]
  - name: CONTOSO\svc-push
    type: client-push-installation
    sites: [P01]
    domainAdmin: true
waivers:
  - finding: mixed-mode@CEN
    justification: Native mode follows the PKI.
attestations:
  - item: physical-security
    status: done
)";

const QByteArray kSms = R"(hierarch: 1
name: Docks SMS
product: sms2003
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
)";

// Document control with a comment the author wrote, to show that adding a revision in the
// Change record table leaves the rest of the file as it was.
const QByteArray kDocumentControl = R"(# Reviewed by the change board
hierarch: 1
name: Contoso
product: configmgr2007
author: A. Architect
document:
  version: 2.1
  status: review
  changeRecord:
    - version: "2.0"   # the Paris split
      date: 2026-10-01
      author: A. Architect
      summary: Moved the Paris database to its own server.
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server]
)";

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, QStringLiteral("test"));
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

[[maybe_unused]] ItemId siteId(const Document &doc, const QString &code)
{
    const int i = doc.siteIndexByCode(code);
    return i >= 0 ? doc.plan().sites.at(i).uid : 0;
}

[[maybe_unused]] ItemId serverId(const Document &doc, const QString &name)
{
    for (const Site &s : doc.plan().sites) {
        for (const Server &server : s.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

// A document, a selection and both docks in one shown window.
struct Fixture
{
    explicit Fixture(const QByteArray &yaml = kConfigMgr)
    {
        doc.reset(load(yaml));
        properties = new PropertiesDock(&doc, &selection, &window);
        lists = new ListsDock(&doc, &selection, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, properties);
        window.addDockWidget(Qt::BottomDockWidgetArea, lists);
        window.resize(1000, 800);
        window.show();
    }

    template<typename W>
    W *editor(const char *key) const
    {
        return properties->findChild<W *>(QLatin1String(key));
    }
    bool shown(const char *key) const
    {
        QWidget *w = properties->findChild<QWidget *>(QLatin1String(key));
        return w && w->isVisibleTo(properties);
    }
    int steps() const { return doc.undoStack()->count(); }

    Document doc;
    Selection selection{&doc};
    QMainWindow window;
    PropertiesDock *properties;
    ListsDock *lists;
};

} // namespace
