// The canvas shows how sites talk (README "Site addresses and senders"): a label on the tree line
// between parent and child when their addresses are worth a note, a dotted line with a label for
// sites that address each other outside the tree, both following address edits and undo, both
// left out where the view is zoomed too far out to read them, and a tooltip with every setting.
#include "canvas/canvasstyle.h"
#include "canvas/connectoritem.h"
#include "canvas/hierarchyscene.h"
#include "canvas/sitelinks.h"
#include "document/document.h"
#include "io/planloader.h"
#include "selection.h"

#include <QImage>
#include <QPainter>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

// CEN at the top, P01 and P02 under it, S01 a secondary under P01. P01 and CEN address each other
// plainly; P02 has no address back from CEN; S01 and P01 use a rate-limited, scheduled ISDN link
// one way and a plain sender the other; S01 also sends straight to P02 by courier.
const char *const kPlan = R"(hierarch: 1
name: Links
product: configmgr2007
sites:
  - code: CEN
    addresses:
      - to: P01
  - code: P01
    parent: CEN
    addresses:
      - to: CEN
      - to: S01
        type: isdn-ras
        rateLimit: 50
        schedule: ["19:00-07:00"]
  - code: P02
    parent: CEN
    addresses:
      - to: CEN
  - code: S01
    type: secondary
    parent: P01
    addresses:
      - to: P01
      - to: P02
        type: courier
)";

Plan linksPlan()
{
    LoadResult result = loadPlan(QByteArray(kPlan), u"links.hierarchy.yaml"_s);
    if (!result.plan)
        qFatal("cannot load the plan: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

struct Fixture
{
    Document document;
    Selection selection{&document};
    HierarchyScene scene{&document, &selection};

    Fixture() { document.reset(linksPlan()); }
    ItemId siteId(const QString &code) const
    {
        return document.plan().sites.at(document.siteIndexByCode(code)).uid;
    }
    ConnectorItem *connectorTo(const QString &child) const
    {
        for (QGraphicsItem *item : scene.items()) {
            if (auto *connector = qgraphicsitem_cast<ConnectorItem *>(item);
                connector && connector->childSite() == siteId(child))
                return connector;
        }
        return nullptr;
    }
    QList<CrossLinkItem *> crossLinks() const
    {
        QList<CrossLinkItem *> links;
        for (QGraphicsItem *item : scene.items()) {
            if (auto *link = qgraphicsitem_cast<CrossLinkItem *>(item))
                links << link;
        }
        return links;
    }
    const FieldInfo &addressField(const char *key) const
    {
        return *findField(FieldOwner::Address, QString::fromLatin1(key));
    }
    int addressIndex(const QString &from, const QString &to) const
    {
        const Site &site = *document.site(siteId(from));
        for (int i = 0; i < site.addresses.size(); ++i) {
            if (site.addresses.at(i).to == to)
                return i;
        }
        return -1;
    }
};

// Renders a part of the scene at a zoom and counts the pixels that got any ink.
int inkIn(HierarchyScene &scene, const QRectF &sceneArea, double zoom)
{
    QImage image((sceneArea.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(), sceneArea.size() * zoom), sceneArea);
    painter.end();
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qAlpha(image.pixel(x, y)) > 0;
    }
    return ink;
}

} // namespace

class TestSiteLinks : public QObject
{
    Q_OBJECT

private slots:
    void plainLinksCarryNoLabel()
    {
        Fixture f;
        ConnectorItem *p01 = f.connectorTo(u"P01"_s);
        QVERIFY(p01);
        QVERIFY(p01->label().isEmpty());
        QVERIFY(p01->labelRect().isNull());
    }

    void labelsSayWhatDiffersPerDirection()
    {
        Fixture f;
        const LinkLabel s01 = f.connectorTo(u"S01"_s)->label();
        QCOMPARE(s01.lines, QStringList({u"\u2193 ISDN RAS \u00b7 50 % limit \u00b7 19:00-07:00"_s,
                                         u"\u2191 Standard"_s}));
        QVERIFY(!s01.oneWay);
        QVERIFY(!f.connectorTo(u"S01"_s)->labelRect().isNull());
    }

    void everyAddressOfADirectionCounts()
    {
        Fixture f;
        // A courier sender beside the ISDN one, for packages too large for the line.
        SenderAddress courier;
        courier.to = u"S01"_s;
        courier.type = SenderType::Courier;
        f.document.addAddress(f.siteId(u"P01"_s), courier);
        QCOMPARE(f.connectorTo(u"S01"_s)->label().lines.first(),
                 u"\u2193 ISDN RAS \u00b7 50 % limit \u00b7 19:00-07:00 + Courier"_s);
        const QString tip =
            linkToolTip(*f.document.site(f.siteId(u"P01"_s)), *f.document.site(f.siteId(u"S01"_s)));
        QVERIFY(tip.contains(u"P01 \u2192 S01</b>: ISDN RAS"_s));
        QVERIFY(tip.contains(u"P01 \u2192 S01</b>: Courier"_s));
    }

    void aMissingDirectionIsNamed()
    {
        Fixture f;
        const LinkLabel p02 = f.connectorTo(u"P02"_s)->label();
        QVERIFY(p02.oneWay);
        QCOMPARE(p02.lines, QStringList({u"\u2193 no address"_s, u"\u2191 Standard"_s}));
    }

    void sitesOutsideTheTreeGetACrossLink()
    {
        Fixture f;
        const QList<CrossLinkItem *> links = f.crossLinks();
        QCOMPARE(links.size(), 1);
        const QSet<ItemId> ends{links.first()->siteA(), links.first()->siteB()};
        QCOMPARE(ends, QSet<ItemId>({f.siteId(u"S01"_s), f.siteId(u"P02"_s)}));
        QCOMPARE(links.first()->label().lines, QStringList({u"S01 \u2192 P02: Courier"_s}));
        // The line runs between the two boxes.
        const QRectF bounds = links.first()->boundingRect();
        QVERIFY(bounds.intersects(f.scene.itemFor(f.siteId(u"S01"_s))->sceneBoundingRect()));
        QVERIFY(bounds.intersects(f.scene.itemFor(f.siteId(u"P02"_s))->sceneBoundingRect()));
    }

    void addressEditsRelabelAndUndoRestores()
    {
        Fixture f;
        const int index = f.addressIndex(u"P01"_s, u"S01"_s);
        f.document.setField({FieldOwner::Address, f.siteId(u"P01"_s), index},
                            f.addressField("rateLimit"), 20, false);
        QCOMPARE(f.connectorTo(u"S01"_s)->label().lines.first(),
                 u"\u2193 ISDN RAS \u00b7 20 % limit \u00b7 19:00-07:00"_s);

        // Adding CEN's address to P02 makes the pair plain both ways: no label any more.
        SenderAddress back;
        back.to = u"P02"_s;
        f.document.addAddress(f.siteId(u"CEN"_s), back);
        QVERIFY(f.connectorTo(u"P02"_s)->label().isEmpty());

        // Removing the courier address removes the cross link.
        f.document.removeAddress(f.siteId(u"S01"_s), f.addressIndex(u"S01"_s, u"P02"_s));
        QVERIFY(f.crossLinks().isEmpty());

        f.document.undoStack()->undo();
        QCOMPARE(f.crossLinks().size(), 1);
        f.document.undoStack()->undo();
        QVERIFY(f.connectorTo(u"P02"_s)->label().oneWay);
        f.document.undoStack()->undo();
        QCOMPARE(f.connectorTo(u"S01"_s)->label().lines.first(),
                 u"\u2193 ISDN RAS \u00b7 50 % limit \u00b7 19:00-07:00"_s);
    }

    void renamingASiteFollowsTheAddressesThatNameIt()
    {
        Fixture f;
        // Renaming P02 renames the addresses that name it, and the label follows.
        f.document.setField({FieldOwner::Site, f.siteId(u"P02"_s), -1},
                            *findField(FieldOwner::Site, u"code"), u"P03"_s, false);
        QCOMPARE(f.crossLinks().size(), 1);
        QCOMPARE(f.crossLinks().first()->label().lines,
                 QStringList({u"S01 \u2192 P03: Courier"_s}));
        f.document.undoStack()->undo();
        QCOMPARE(f.crossLinks().first()->label().lines,
                 QStringList({u"S01 \u2192 P02: Courier"_s}));
        // An address to a code no site has draws nothing.
        f.document.setField(
            {FieldOwner::Address, f.siteId(u"S01"_s), f.addressIndex(u"S01"_s, u"P02"_s)},
            f.addressField("to"), u"ZZZ"_s, false);
        QVERIFY(f.crossLinks().isEmpty());
    }

    void collapsedSitesHideTheirLinks()
    {
        Fixture f;
        f.scene.setCollapsed(f.siteId(u"P01"_s), true);
        QVERIFY(f.crossLinks().isEmpty());
        f.scene.setCollapsed(f.siteId(u"P01"_s), false);
        QCOMPARE(f.crossLinks().size(), 1);
    }

    void labelsAreLeftOutFarOut()
    {
        Fixture f;
        ConnectorItem *connector = f.connectorTo(u"S01"_s);
        const QRectF label = connector->labelRect();
        QVERIFY(!label.isNull());
        // Only this line paints, so the ink in the label's rectangle is the label's.
        for (QGraphicsItem *item : f.scene.items())
            item->setVisible(item == connector);
        const double area = label.width() * label.height();
        QVERIFY(inkIn(f.scene, label, 1.0) > area / 2);
        // Below the chip-text detail nothing is drawn there: the line itself runs beside it.
        const double far = canvas::kChipTextMinDetail / 2;
        QVERIFY(inkIn(f.scene, label, far) < area * far * far / 10);
    }

    void theTooltipListsBothDirections()
    {
        Fixture f;
        const Site &p01 = *f.document.site(f.siteId(u"P01"_s));
        const Site &s01 = *f.document.site(f.siteId(u"S01"_s));
        const QString tip = linkToolTip(p01, s01);
        QVERIFY2(tip.contains(u"P01 \u2192 S01</b>: ISDN RAS"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"limited to 50 % of the link"_s));
        QVERIFY(tip.contains(u"sends 19:00-07:00"_s));
        QVERIFY(tip.contains(u"S01 \u2192 P01</b>: Standard"_s));
        QVERIFY(tip.contains(u"sends at any time"_s));
        const Site &cen = *f.document.site(f.siteId(u"CEN"_s));
        const Site &p02 = *f.document.site(f.siteId(u"P02"_s));
        QVERIFY(linkToolTip(cen, p02).contains(u"CEN \u2192 P02</b>: no address"_s));
    }

    void planTextInTooltipsStaysText()
    {
        Site a;
        a.code = u"A<b>"_s;
        Site b;
        b.code = u"B01"_s;
        SenderAddress address;
        address.to = b.code;
        address.destination = u"<i>x</i>"_s;
        a.addresses << address;
        const QString tip = linkToolTip(a, b);
        QVERIFY(tip.contains(u"A&lt;b&gt;"_s));
        QVERIFY(tip.contains(u"&lt;i&gt;x&lt;/i&gt;"_s));
        QVERIFY(!tip.contains(u"<i>"_s));
    }
};

QTEST_MAIN(TestSiteLinks)
#include "tst_sitelinks.moc"
