#pragma once

#include "diff/livediff.h"
#include "diff/plandiff.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>

#include <memory>
#include <optional>

namespace hierarch {

class Document;
class PlanReader;

// The editor's compare mode: the open Document is NEW, a fixed baseline is OLD. After every change
// of the document (its findings are then current) the comparison follows it (LiveDiff): the
// Document's item signals say which sites and servers an edit changed, and only those, and the
// findings the edit changed, are compared again; an edit that adds, removes, renames or moves a
// site or server compares everything again. The baseline was prepared once. Views read the
// result here: which site or server carries which mark, where the removed ones were, and the
// changes and findings delta for the Changes dock and the report.
//
// A plan that is only read (the report's PlanSnapshot) is compared once, as of the date its
// findings are from; such a comparison never changes.
class Comparison : public QObject
{
    Q_OBJECT

public:
    // `label` names the baseline for people: a file name, "HEAD:plans/a.yaml", "last saved".
    Comparison(Document *document, Plan baseline, QString label, QObject *parent = nullptr);
    // `plan` (with findings as of `asOf`) must outlive the comparison.
    Comparison(const PlanReader &plan, const QDate &asOf, Plan baseline, QString label,
               QObject *parent = nullptr);
    ~Comparison() override;

    const QString &label() const { return mLabel; }
    const Plan &baseline() const;
    const PlanDiff &diff() const;

    // The change listed for a site or server of the document, or null when it has none; for a
    // site whose own fields did not change, the first change of its addresses.
    const ItemChange *changeFor(ItemId id) const;
    // The document item a change is about (0 for removed sites and servers and list entries; an
    // address's site).
    ItemId itemFor(const ItemChange &change) const;
    // The document's site or server a finding of the delta is about (0 when it has none there).
    ItemId itemFor(const Finding &finding) const;

    // A site or server of the baseline that NEW no longer has, drawn where it was.
    struct Ghost
    {
        DiffKind kind = DiffKind::Site;
        QString name;          // site code or server name
        QString oldSite;       // a removed server's site in the baseline
        ItemId anchorSite = 0; // the document site it hangs under (its site, or its parent)
        std::optional<QPointF> position; // a removed site's diagram position in the baseline
    };
    QList<Ghost> ghosts() const;

signals:
    // The comparison was computed again.
    void changed();

private:
    void prepareBaseline(const QDate &asOf);
    void recompute();
    void publish();

    const PlanReader *mPlan;
    Document *mDocument = nullptr; // null for a plan that is only read
    QString mLabel;
    std::unique_ptr<PlanComparer> mComparer;
    std::unique_ptr<LiveDiff> mLive; // the Document's
    PlanDiff mFixed;                 // a read plan's
    QDate mBaselineDate;
    // Document item -> index in diff().changes, built on the first changeFor() after a change.
    mutable QHash<ItemId, int> mChangeByItem;
    mutable bool mChangeByItemValid = false;
    // What the edits since the last comparison changed, as the Document's signals said.
    QSet<ItemId> mChangedSites;
    QSet<ItemId> mChangedServers;
    bool mListsChanged = false;
    bool mShapeChanged = false; // a site or server added or removed, the plan's fields
    bool mRestart = false;      // the Document was reset: a new LiveDiff
};

} // namespace hierarch
