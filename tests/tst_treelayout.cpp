// The tidy tree layout on its own (layoutTree, free of scene and document): boxes never overlap,
// children sit below their parents, subtrees never interleave, and the line a connector draws
// from a parent to each child (down from the parent's centre to half a gap above the child,
// across, down) crosses no box. Small trees keep one row per depth; many leaves stack in a grid;
// a large plan's wide levels wrap into bands so the whole tree fits a screen's shape.
#include "canvas/canvasstyle.h"
#include "canvas/hierarchyscene.h"
#include "canvas/siteitem.h"
#include "canvas/treelayout.h"
#include "document/document.h"
#include "io/planloader.h"
#include "selection.h"

#include <QDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

QRectF box(const QList<TreeLayoutNode> &nodes, const QList<QPointF> &pos, int i)
{
    return QRectF(pos.at(i), nodes.at(i).size);
}

QRectF bounds(const QList<TreeLayoutNode> &nodes, const QList<QPointF> &pos)
{
    QRectF all;
    for (int i = 0; i < nodes.size(); ++i)
        all |= box(nodes, pos, i);
    return all;
}

// What every layout keeps, as a failure message (empty when all hold): no two boxes overlap,
// each child is at least a gap below its parent, the subtrees of siblings (and of roots) have
// disjoint bounding boxes, and each connector's path crosses no box but its own ends.
QString tidyTreeProblem(const QList<TreeLayoutNode> &nodes, const QList<QPointF> &pos,
                        const TreeLayoutSpacing &spacing)
{
    const int count = int(nodes.size());
    auto rect = [&](int i) {
        return box(nodes, pos, i);
    };
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            if (rect(i).intersects(rect(j)))
                return u"nodes %1 and %2 overlap"_s.arg(i).arg(j);
        }
    }
    // Tree edges: the test trees have no cycles, so every valid link is one.
    QList<QList<int>> children(count);
    QList<int> roots;
    for (int i = 0; i < count; ++i) {
        const int p = nodes.at(i).parent;
        if (p >= 0 && p < count)
            children[p] << i;
        else
            roots << i;
    }
    for (int i = 0; i < count; ++i) {
        const int p = nodes.at(i).parent;
        if (p < 0 || p >= count)
            continue;
        const QRectF parent = rect(p);
        const QRectF child = rect(i);
        if (child.top() < parent.bottom() + spacing.vertical - 1e-9)
            return u"node %1 is not a gap below its parent %2"_s.arg(i).arg(p);
        // As ConnectorItem draws it: the horizontal run half a gap above the child.
        const double x = parent.center().x();
        const double run = child.top() - spacing.vertical / 2;
        const QList<QRectF> path{
            QRectF(x - 0.5, parent.bottom() + 0.5, 1, run - parent.bottom() - 0.5),
            QRectF(std::min(x, child.center().x()), run - 0.5, std::abs(x - child.center().x()), 1),
            QRectF(child.center().x() - 0.5, run, 1, child.top() - run - 0.5)};
        for (int j = 0; j < count; ++j) {
            for (const QRectF &segment : path) {
                if (j != p && j != i && segment.intersects(rect(j)))
                    return u"the connector from %1 to %2 crosses %3"_s.arg(p).arg(i).arg(j);
            }
        }
    }
    // Each subtree's bounding box, children before parents (indices here are parents first
    // only in some trees, so repeat until nothing grows).
    QList<QRectF> subtree(count);
    for (int i = 0; i < count; ++i)
        subtree[i] = rect(i);
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < count; ++i) {
            for (int c : std::as_const(children.at(i))) {
                const QRectF joined = subtree.at(i) | subtree.at(c);
                if (joined != subtree.at(i)) {
                    subtree[i] = joined;
                    grew = true;
                }
            }
        }
    }
    children << roots; // roots are siblings too
    for (const QList<int> &siblings : std::as_const(children)) {
        for (qsizetype a = 0; a < siblings.size(); ++a) {
            for (qsizetype b = a + 1; b < siblings.size(); ++b) {
                if (subtree.at(siblings.at(a)).intersects(subtree.at(siblings.at(b))))
                    return u"the subtrees of %1 and %2 interleave"_s.arg(siblings.at(a))
                        .arg(siblings.at(b));
            }
        }
    }
    return {};
}

// A root over `branches` children, each over `leaves` leaves; boxes of 100 × 50.
QList<TreeLayoutNode> fan(int branches, int leaves)
{
    const QSizeF size(100, 50);
    QList<TreeLayoutNode> nodes{{size, -1}};
    for (int b = 0; b < branches; ++b) {
        const int branch = int(nodes.size());
        nodes.append({size, 0});
        for (int l = 0; l < leaves; ++l)
            nodes.append({size, branch});
    }
    return nodes;
}

Plan examplePlan(const QString &name)
{
    LoadResult result = loadPlanFile(QStringLiteral(HIERARCH_EXAMPLES_DIR "/") + name);
    if (!result.plan)
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(result.error.toString()));
    return *result.plan;
}

} // namespace

class TestTreeLayout : public QObject
{
    Q_OBJECT

private slots:
    void treeLayout_data();
    void treeLayout();
    void cycleAndRoots();
    void wrapsWideLevels_data();
    void wrapsWideLevels();
    void wrapsOnlyWhatIsTooWide();
    void examplesKeepTheirLook_data();
    void examplesKeepTheirLook();
};

void TestTreeLayout::treeLayout_data()
{
    QTest::addColumn<QList<TreeLayoutNode>>("nodes");
    const QSizeF box(100, 50);
    QTest::newRow("single") << QList<TreeLayoutNode>{{box, -1}};
    QTest::newRow("chain") << QList<TreeLayoutNode>{{box, -1}, {box, 0}, {box, 1}};
    QTest::newRow("fan") << QList<TreeLayoutNode>{{box, -1}, {box, 0}, {box, 0}, {box, 0}};
    QTest::newRow("uneven") << QList<TreeLayoutNode>{{QSizeF(300, 80), -1},
                                                     {QSizeF(50, 200), 0},
                                                     {box, 0},
                                                     {QSizeF(400, 40), 2},
                                                     {box, 2},
                                                     {box, 1}};
    QTest::newRow("wide parent") << QList<TreeLayoutNode>{
        {QSizeF(800, 50), -1}, {box, 0}, {box, 0}};
    QTest::newRow("children listed first")
        << QList<TreeLayoutNode>{{box, 2}, {box, 2}, {box, -1}, {box, 0}};
    auto leaves = [&](int n, QSizeF parentSize) {
        QList<TreeLayoutNode> nodes{{parentSize, -1}};
        for (int i = 0; i < n; ++i)
            nodes.append({QSizeF(80 + 17 * (i % 4), 40 + 13 * (i % 3)), 0});
        return nodes;
    };
    QTest::newRow("six leaves stacked") << leaves(6, box);
    QTest::newRow("eleven leaves stacked") << leaves(11, box);
    QTest::newRow("stacked under a wide parent") << leaves(5, QSizeF(900, 50));
    QList<TreeLayoutNode> mixed = leaves(5, box);
    mixed.append({box, 3}); // one child has a child: one row, not stacked
    QTest::newRow("mixed") << mixed;
    QList<TreeLayoutNode> deep{{box, -1}, {box, 0}, {box, 0}};
    for (int i = 0; i < 7; ++i)
        deep.append({box, 1 + i % 2});
    QTest::newRow("stacked at depth two") << deep;
    // Eight primaries with two branches each: 2,200 units wide, under the wrapping width.
    QTest::newRow("eight primaries") << fan(8, 2);
}

void TestTreeLayout::treeLayout()
{
    QFETCH(QList<TreeLayoutNode>, nodes);
    const TreeLayoutSpacing spacing{40, 60, 4};
    const QList<QPointF> pos = layoutTree(nodes, spacing);
    QCOMPARE(pos.size(), nodes.size());
    const QString problem = tidyTreeProblem(nodes, pos, spacing);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto rect = [&](int i) {
        return box(nodes, pos, i);
    };
    QList<double> rowTop; // by depth: small trees keep one row per depth
    for (int i = 0; i < nodes.size(); ++i) {
        int depth = 0;
        for (int p = nodes.at(i).parent; p >= 0; p = nodes.at(p).parent)
            ++depth;
        const bool stacked = depth > 0 && [&] {
            int siblings = 0;
            for (const TreeLayoutNode &n : nodes)
                siblings += n.parent == nodes.at(i).parent ? 1 : 0;
            return siblings >= spacing.stackLeavesFrom;
        }();
        if (stacked)
            continue; // checked below
        if (rowTop.size() <= depth)
            rowTop.resize(depth + 1, -1);
        if (rowTop.at(depth) < 0)
            rowTop[depth] = rect(i).top();
        QCOMPARE(rect(i).top(), rowTop.at(depth));
    }
    for (int p = 0; p < nodes.size(); ++p) {
        QList<int> children;
        bool allLeaves = true;
        for (int c = 0; c < nodes.size(); ++c) {
            if (nodes.at(c).parent == p) {
                children << c;
                for (const TreeLayoutNode &n : nodes)
                    allLeaves = allLeaves && n.parent != c;
            }
        }
        if (children.isEmpty())
            continue;
        const double trunk = rect(p).center().x();
        if (allLeaves && children.size() >= spacing.stackLeavesFrom) {
            // Stacked: rows of two (four from nine on), the parent over the middle gap.
            const int columns = children.size() <= 8 ? 2 : 4;
            for (int k = 0; k < children.size(); ++k) {
                QCOMPARE(rect(children.at(k)).top(), rect(children.at(k - k % columns)).top());
                QCOMPARE(rect(children.at(k)).center().x() < trunk, k % columns < columns / 2);
            }
            QVERIFY(rect(children.last()).top() > rect(children.first()).top());
            continue;
        }
        // One row: the parent is centred over its first and last child; siblings keep their
        // order, at least a gap apart.
        const double span =
            (rect(children.first()).center().x() + rect(children.last()).center().x()) / 2;
        QCOMPARE(trunk, span);
        for (int k = 1; k < children.size(); ++k)
            QVERIFY(rect(children.at(k)).left() >=
                    rect(children.at(k - 1)).right() + spacing.horizontal - 1e-9);
    }
}

void TestTreeLayout::cycleAndRoots()
{
    const QSizeF box(100, 50);
    // Two roots, and nodes 2 and 3 naming each other as parents (a cycle no root reaches).
    const QList<TreeLayoutNode> nodes{{box, -1}, {box, -1}, {box, 3}, {box, 2}, {box, 0}};
    const QList<QPointF> pos = layoutTree(nodes);
    QCOMPARE(pos.size(), 5);
    for (int i = 0; i < 5; ++i) {
        for (int j = i + 1; j < 5; ++j)
            QVERIFY(!QRectF(pos.at(i), box).intersects(QRectF(pos.at(j), box)));
    }
    QVERIFY(pos.at(0).x() < pos.at(1).x()); // roots in order
    QCOMPARE(pos.at(0).y(), pos.at(1).y());
    QVERIFY(pos.at(4).y() > pos.at(0).y());
    QVERIFY(layoutTree({}).isEmpty());
}

void TestTreeLayout::wrapsWideLevels_data()
{
    QTest::addColumn<QList<TreeLayoutNode>>("nodes");
    QTest::newRow("30 primaries of 30 branches") << fan(30, 30);
    QTest::newRow("300 primaries of one branch") << fan(300, 1);
    QTest::newRow("300 primaries of three branches") << fan(300, 3);
    QTest::newRow("300 branches under one site") << fan(300, 0);
    QTest::newRow("one primary of 500 branches") << fan(1, 500);
    // Regions over areas over a few branches, boxes of several sizes, and some loose sites.
    QList<TreeLayoutNode> regions{{QSizeF(260, 140), -1}};
    for (int r = 0; r < 19; ++r) {
        const int region = int(regions.size());
        regions.append({QSizeF(220, 110), 0});
        for (int a = 0; a < 17; ++a) {
            const int area = int(regions.size());
            regions.append({QSizeF(180 + 20 * (a % 3), 90 + 15 * (a % 4)), region});
            for (int b = 0; b < (a * 7 + r) % 6; ++b)
                regions.append({QSizeF(150, 60 + 20 * (b % 2)), area});
        }
    }
    for (int loose = 0; loose < 4; ++loose)
        regions.append({QSizeF(150, 60), -1});
    QTest::newRow("regions, areas and branches") << regions;
    QList<TreeLayoutNode> roots;
    for (int r = 0; r < 200; ++r) {
        roots.append({QSizeF(120, 60), -1});
        roots.append({QSizeF(120, 60), 2 * r});
    }
    QTest::newRow("200 unconnected pairs") << roots;
}

void TestTreeLayout::wrapsWideLevels()
{
    // Each would be one row many screens wide (or one column as tall); wrapped, the tree's
    // bounding box is within 4:1 of square either way, and still a tidy tree.
    QFETCH(QList<TreeLayoutNode>, nodes);
    const TreeLayoutSpacing spacing;
    const QList<QPointF> pos = layoutTree(nodes, spacing);
    QCOMPARE(pos.size(), nodes.size());
    const QRectF all = bounds(nodes, pos);
    const double ratio = all.width() / all.height();
    QVERIFY2(ratio <= 4 && ratio >= 0.25,
             qPrintable(u"%1 × %2"_s.arg(all.width()).arg(all.height())));
    const QString problem = tidyTreeProblem(nodes, pos, spacing);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Siblings keep their order, read left to right and band by band.
    for (int i = 1; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size() && j < i + 40; ++j) {
            if (nodes.at(i).parent != nodes.at(j).parent || nodes.at(i).parent < 0)
                continue;
            const QRectF a = box(nodes, pos, i);
            const QRectF b = box(nodes, pos, j);
            QVERIFY2(b.top() > a.top() || (b.top() == a.top() && b.left() > a.left()),
                     qPrintable(u"nodes %1 and %2"_s.arg(i).arg(j)));
        }
    }
}

void TestTreeLayout::wrapsOnlyWhatIsTooWide()
{
    // Thirty primaries of two branches: wide enough to wrap. Not every level wraps, only as
    // much as brings the tree nearest the target shape.
    const QList<TreeLayoutNode> nodes = fan(30, 2);
    TreeLayoutSpacing noWrap;
    noWrap.wrapWiderThan = 0;
    const QList<QPointF> row = layoutTree(nodes, noWrap);
    const QList<QPointF> wrapped = layoutTree(nodes);
    const QRectF before = bounds(nodes, row);
    const QRectF after = bounds(nodes, wrapped);
    QVERIFY(before.width() > 4 * before.height());
    // Fitted to a 16:10 window, the wrapped tree shows at least three times as large.
    auto fitted = [](const QRectF &r) {
        return std::min(1600 / r.width(), 1000 / r.height());
    };
    QVERIFY2(fitted(after) >= 3 * fitted(before),
             qPrintable(u"%1 → %2"_s.arg(fitted(before)).arg(fitted(after))));
    // The primaries are in several bands; each band's branches are one row.
    QList<double> tops;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).parent == 0 && !tops.contains(wrapped.at(i).y()))
            tops << wrapped.at(i).y();
    }
    QVERIFY(tops.size() >= 3);
    for (int i = 1; i < nodes.size(); ++i) {
        if (nodes.at(i).parent > 0)
            QCOMPARE(wrapped.at(i).y(), wrapped.at(nodes.at(i).parent).y() + 50 + 64);
    }
    // The trunk: the root's centre runs down a gap of every band.
    const double trunk = wrapped.at(0).x() + 50;
    for (int i = 1; i < nodes.size(); ++i)
        QVERIFY(!QRectF(wrapped.at(i), nodes.at(i).size)
                     .adjusted(-20, 0, 20, 0)
                     .contains(QPointF(trunk, wrapped.at(i).y() + 25)));
}

void TestTreeLayout::examplesKeepTheirLook_data()
{
    QTest::addColumn<QString>("example");
    const QStringList names =
        QDir(QStringLiteral(HIERARCH_EXAMPLES_DIR)).entryList({u"*.hierarchy.yaml"_s});
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestTreeLayout::examplesKeepTheirLook()
{
    // The example plans are small: the canvas lays them out exactly as without wrapping (which
    // treeLayout() checks keeps one row per depth).
    QFETCH(QString, example);
    Document document;
    Selection selection{&document};
    HierarchyScene scene{&document, &selection};
    document.reset(examplePlan(example));
    const QList<Site> &sites = document.plan().sites;
    QList<TreeLayoutNode> nodes;
    QList<QPointF> shown;
    for (const Site &site : sites) {
        const auto *item = static_cast<const SiteItem *>(scene.itemFor(site.uid));
        QVERIFY(item);
        nodes.append({item->size(), site.parent ? document.siteIndexByCode(*site.parent) : -1});
        shown << item->pos();
    }
    TreeLayoutSpacing noWrap{canvas::kTreeHorizontalGap, canvas::kTreeVerticalGap, 4};
    noWrap.wrapWiderThan = 0;
    const QList<QPointF> unwrapped = layoutTree(nodes, noWrap);
    for (int i = 0; i < nodes.size(); ++i) {
        QCOMPARE(shown.at(i).x(), std::round(unwrapped.at(i).x()));
        QCOMPARE(shown.at(i).y(), std::round(unwrapped.at(i).y()));
    }
}

QTEST_MAIN(TestTreeLayout)
#include "tst_treelayout.moc"
