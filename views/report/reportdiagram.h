#pragma once

#include "diff/plandiff.h"
#include "plan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;

namespace hierarch {

class Comparison;
class PlanDiagram;
class PlanReader;
struct CompareDecoration;

// The hierarchy drawing for the report: the plan and the findings the report computed, laid out
// and painted as the editor's canvas does it (PlanDiagram), without a scene, a Document or a
// second validation.
class ReportDiagram
{
public:
    // `plan` must outlive the diagram (the report's PlanSnapshot, which it validated once).
    explicit ReportDiagram(const PlanReader &plan);
    // The drawing of section 3a: the editor's compare mode against `baseline` (views/compare),
    // with its marks on the added, changed, renamed and moved sites and servers and the ghosts of
    // the removed ones; `plan`'s findings are as of `asOf`, and the baseline is validated as of
    // that date too.
    ReportDiagram(const PlanReader &plan, const QDate &asOf, const Plan &baseline);
    ~ReportDiagram();

    const PlanReader &reader() const;

    bool isEmpty() const;
    // The whole drawing, in scene units (with the marks and ghosts of a comparison).
    QRectF contentRect() const;

    // With a baseline: the comparison the marks show (empty without one).
    const PlanDiff &diff() const;
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
        QList<quint64> sites;       // ids in the plan the diagram reads
        QRectF rect;                // scene units (with the marks and ghosts on its sites)
    };
    QList<Group> groups() const;
    // With a baseline: how many marks and ghosts a group's sites and servers carry.
    int changeCount(const Group &group) const;
    // One site's box with room for its badge, and the tops of its rows of server cards (places
    // where a site too tall for a page can be cut without cutting a card), in scene units.
    QRectF siteRect(quint64 site) const;
    QList<double> cardRowTops(quint64 site) const;

    void render(QPainter *painter, const QRectF &target, const QRectF &source,
                const QList<quint64> &sites = {}) const;

private:
    class Marks;
    const PlanReader &mReader;
    std::unique_ptr<PlanDiagram> mDiagram;
    std::unique_ptr<Comparison> mComparison; // with a baseline
    std::unique_ptr<Marks> mMarks;           // the comparison's marks and ghosts
    QHash<ItemId, int> mGhostsBySite;        // the comparison's ghosts by the site they hang on
};

} // namespace hierarch
