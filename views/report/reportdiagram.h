#pragma once

#include "diff/plandiff.h"
#include "plan.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;

namespace hierarch {

class CompareMarks;
class Comparison;
class Document;
class HierarchyScene;
class PlanReader;
class Selection;

// The hierarchy drawing for the report: a canvas scene of its own over the plan and the findings
// the report computed, so the report draws exactly what the editor's canvas draws (same items,
// same layout) without touching the editor's scene, its selection or its zoom, and without
// validating the plan again.
class ReportDiagram
{
public:
    // `plan` must outlive the diagram (the report's PlanSnapshot, which it validated once).
    explicit ReportDiagram(const PlanReader &plan);
    // The drawing of section 3a: the editor's compare mode against `baseline` (views/compare),
    // which follows a Document of its own (validated as of `asOf`), with its marks on the added,
    // changed, renamed and moved sites and servers and the ghosts of the removed ones.
    ReportDiagram(const Plan &plan, const QDate &asOf, const Plan &baseline);
    ~ReportDiagram();

    bool isEmpty() const;
    // The whole drawing, in scene units (with the marks and ghosts of a comparison).
    QRectF contentRect() const;

    // With a baseline: the mark on a site (empty server name) or server ("+", "~", ">"; empty
    // when it has none); the sites and servers removed since the baseline (drawn as dashed
    // ghosts where they were), in the order of the changes; and the names on the ghosts.
    QString markOf(const QString &siteCode, const QString &serverName = QString()) const;
    QList<ItemChange> removed() const;
    QStringList ghostNames() const;
    // The size of server names in scene units; at a scale of s points per unit they print at
    // s * serverNameSize() points (the canvas uses pixel-sized fonts).
    static double serverNameSize();

    // A primary (or central) site with its secondary sites, or a site that belongs to no such
    // group; the pages of a diagram too large for one page.
    struct Group
    {
        QString code;
        QString name;
        bool secondary = false;     // a secondary site under no primary (a structure finding)
        QStringList secondaryCodes; // the secondary sites drawn with it
        QList<quint64> sites;       // ids in the diagram's own document
        QRectF rect;                // scene units (with the marks and ghosts on its sites)
    };
    QList<Group> groups() const;
    // With a baseline: whether a group's sites or servers carry a mark or a ghost.
    bool hasChanges(const Group &group) const;
    // One site's box with room for its badge, and the tops of its rows of server cards (places
    // where a site too tall for a page can be cut without cutting a card), in scene units.
    QRectF siteRect(quint64 site) const;
    QList<double> cardRowTops(quint64 site) const;

    void render(QPainter *painter, const QRectF &target, const QRectF &source,
                const QList<quint64> &sites = {}) const;

private:
    std::unique_ptr<Document> mDocument; // compare mode's
    const PlanReader *mReader = nullptr; // the report's snapshot, or compare mode's Document
    std::unique_ptr<Selection> mSelection;
    std::unique_ptr<HierarchyScene> mScene;
    std::unique_ptr<Comparison> mComparison;
    std::unique_ptr<CompareMarks> mMarks;
};

} // namespace hierarch
