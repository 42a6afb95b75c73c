#pragma once

#include "changeevent.h"
#include "fields.h"
#include "finding.h"
#include "plan.h"
#include "planreader.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace hierarch {

class DocumentCommand;
class LiveValidator;
struct PlanSource;
struct PlanText;
class ValidationContext;

// The open plan: owns the Plan, its undo stack and the live findings. Every change goes through
// an undo command that calls the private apply*() mutators below (only the commands may), which
// mutate the plan, bring the live findings up to date and announce exactly what changed with
// changed() (ChangeEvent). Observers (canvas, outline, problems, properties) hold no plan data of
// their own; they look it up here by the ids an event names.
class Document : public QObject, public PlanReader
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // --- lifecycle ---------------------------------------------------------------------------
    // Replaces the plan (File New/Open): assigns ids, clears the undo stack, validates. A plan
    // read from a file comes with its `source`, so that saving changes only what was edited.
    void reset(Plan plan, const QString &filePath = QString(),
               std::shared_ptr<const PlanSource> source = {});
    // Writes the plan through QSaveFile; on success the document is clean and has this path.
    // `notice` tells why a plan read from a file was written in the canonical layout instead
    // of keeping the author's (empty when the layout was kept).
    bool save(const QString &path, QString *error = nullptr, QString *notice = nullptr);
    // The bytes a save would write now (autosave), without saving.
    PlanText text() const;
    // The clipboard text of `clip`, a plan of copies of this plan's sites (or of servers, in
    // its one site): the copied items' own lines while they are unedited (see copyText).
    QByteArray copyText(const Plan &clip, bool serversOnly) const;
    const Plan &plan() const override { return mPlan; }
    QString filePath() const { return mFilePath; }
    bool isModified() const { return !mUndoStack->isClean(); }
    QUndoStack *undoStack() const { return mUndoStack; }

    // --- findings ----------------------------------------------------------------------------
    // Sorted as RULES.md says; assembled on first use after a change.
    const QList<Finding> &findings() const override;
    FindingSummary findingSummary() const;
    // The sites (with their servers) whose findings the last change computed again: views
    // refresh those items only. Every site after a reset or a change that revalidates it all.
    QList<ItemId> sitesWithNewFindings() const;
    // The live findings unit by unit (compare mode follows them without sorting them again).
    const LiveValidator &liveValidator() const { return *mLive; }
    // How the live validator sees the plan (resolved parents, database hosts, ...), kept current.
    const ValidationContext &validationContext() const override;
    QDate validationDate() const { return mValidationDate; }
    void setValidationDate(const QDate &date);
    // Findings whose subject is this site or server (by id), or this account index.
    QList<const Finding *> findingsFor(ItemId id) const override;

    // --- lookup ------------------------------------------------------------------------------
    int siteIndex(ItemId site) const override;
    int siteIndexByCode(const QString &code) const override; // first site with the code, -1 if none
    const Site *site(ItemId site) const override;
    struct ServerLocation
    {
        int site = -1;
        int server = -1;
        bool isValid() const { return site >= 0; }
    };
    ServerLocation serverLocation(ItemId server) const;
    const Server *server(ItemId server) const override;
    ItemId siteOfServer(ItemId server) const override;
    // The sites whose parent resolves to this site, in document order.
    // Reads a field of the addressed object (invalid when unstated or the target is gone).
    QVariant field(const FieldTarget &target, const FieldInfo &field) const;
    bool targetExists(const FieldTarget &target) const;
    // How undo texts name the object: site code, server name, "role on server", account name...
    QString targetName(const FieldTarget &target) const;
    // The stated settings a plan of `product` cannot hold (keys of the other product, a release
    // of the other product, boundaries SMS 2003 lacks), each with the value it takes there
    // (mostly unstated): the loader refuses them, so switching products clears them.
    struct ProductSetting
    {
        FieldTarget target;
        const FieldInfo *field;
        QVariant value;
    };
    QList<ProductSetting> settingsOutsideProduct(Product product) const;

    // Why adding `sites` sites and `servers` servers would take the plan past FORMAT.md's limits
    // (10,000 sites, 100,000 servers), or empty when it would not. The add and insert functions
    // below refuse such an edit (they return 0 and emit editRefused), so that the editor never
    // saves a plan it could not open again.
    QString limitReason(int sites, int servers) const;

    // --- edits: each pushes one undo command ------------------------------------------------
    ItemId addSite(ItemId parent, SiteType type = SiteType::Primary);
    ItemId insertSite(const Site &site, int index = -1); // paste; the site keeps its fields
    void removeSites(const QList<ItemId> &sites);        // with every site below them
    void reparentSite(ItemId site, ItemId newParent);    // 0 makes it a central site
    void renameSite(ItemId site, const QString &code);   // also updates what refers to it
    void moveSites(const QList<std::pair<ItemId, QPointF>> &positions);
    void clearDiagram();

    ItemId addServer(ItemId site);
    ItemId insertServer(ItemId site, const Server &server); // paste
    void removeServers(const QList<ItemId> &servers);
    // Each role keeps the site it serves: one that served the server's own site by default now
    // names that site (FORMAT.md `site`), in the same undo step.
    void moveServer(ItemId server, ItemId toSite);
    // The waivers of the server's findings follow the new name, in the same undo step.
    void renameServer(ItemId server, const QString &name);

    // A role that takes a site (roleTakesSite) is held once per site it serves, any other role
    // once. addRole refuses (returns false) a role outside the plan's product or one the server
    // cannot take again. With `site`, the role serves that site (refused when the server already
    // serves it with the role); without, the site siteForNewRole() names.
    bool addRole(ItemId server, Role role, const std::optional<QString> &site = std::nullopt);
    bool canAddRole(ItemId server, Role role) const;
    // Where a new `role` on the server would go: an empty string for the server's own site (and
    // for roles that take no site); when the server already serves its own site with the role,
    // the first primary site no server serves with it yet, else the first primary site this
    // server does not serve, else any such site; nullopt when it cannot take the role again.
    std::optional<QString> siteForNewRole(ItemId server, Role role) const;
    // Why the role at `roleIndex` (-1: a new one) cannot serve `site` (empty: the server's own
    // site): the server already serves that site with the same role. Empty when it can.
    QString roleSiteProblem(ItemId server, Role role, int roleIndex, const QString &site) const;
    void removeRole(ItemId server, int roleIndex);

    // `merge` lets consecutive edits of the same field fold into one undo step (typing).
    // Setting the plan's `product` goes through changeProduct (one step with what it clears).
    void setField(const FieldTarget &target, const FieldInfo &field, const QVariant &value,
                  bool merge = false);
    // Ends a typing burst: the next merging edit starts a new undo step even on the same field.
    void endMergeGroup() { ++mMergeGroup; }
    int mergeGroup() const { return mMergeGroup; }

    void addAccount(const Account &account);
    void removeAccount(int index);
    void addWaiver(const Waiver &waiver);
    void removeWaiver(int index);
    void addAttestation(const Attestation &attestation);
    void removeAttestation(int index);
    // An entry of the change record (`document.changeRecord`), appended after the others.
    void addRevision(const ChangeRecordEntry &entry);
    void removeRevision(int index);
    // Site addresses and senders: an address of `site`, appended after its others, or removed.
    void addAddress(ItemId site, const SenderAddress &address);
    void removeAddress(ItemId site, int index);

    // A code no site uses yet ("P01", "S02", ...) and a server name no server uses yet.
    QString unusedSiteCode(SiteType type) const;
    QString unusedServerName(const QString &siteCode) const;

    enum class ListKind { Accounts, Waivers, Attestations, ChangeRecord };

signals:
    // Every change of the plan, its findings and the plan as a whole (File New/Open), in the
    // order they happen; see ChangeEvent.
    void changed(const hierarch::ChangeEvent &event);
    // An edit was refused; `reason` says why, for the status bar.
    void editRefused(const QString &reason);
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);

private:
    // --- mutators: only the undo commands call them ------------------------------------------
    friend class InsertSiteCommand;
    friend class RemoveSiteCommand;
    friend class InsertServerCommand;
    friend class RemoveServerCommand;
    friend class InsertRoleCommand;
    friend class RemoveRoleCommand;
    friend class SetFieldCommand;
    friend class RenameSiteCommand;
    friend class RenameServerCommand;
    friend class SetDiagramCommand;
    friend class ListCommand;
    friend class SetAddressesCommand;

    void applyInsertSite(int index, const Site &site);
    Site applyRemoveSite(ItemId site);
    void applyInsertServer(ItemId site, int index, const Server &server);
    Server applyRemoveServer(ItemId server);
    void applyInsertRole(ItemId server, int index, const RoleAssignment &role);
    RoleAssignment applyRemoveRole(ItemId server, int index);
    void applySetField(const FieldTarget &target, const FieldInfo &field, const QVariant &value);
    void applySetDiagram(QList<DiagramPosition> diagram);
    // Undo of an `sql` or `pki` key puts back the whole map; `field` is the key that was edited.
    void applySetServerSql(ItemId server, const std::optional<SqlSettings> &sql,
                           const FieldInfo &field);
    void applySetSitePki(ItemId site, const std::optional<PkiSettings> &pki,
                         const FieldInfo &field);
    // Undo of a `boundaries` edit puts back the list with its source positions.
    void applySetSiteBoundaries(ItemId site, const QList<Boundary> &boundaries,
                                const FieldInfo &field);
    // Replaces the short lists with `change`, which adds the member at `index` (`adds`) or
    // removes the member at `index` of the list of `kind`.
    void applyListChange(ListKind kind, bool adds, int index,
                         const std::function<void(Plan &)> &change);
    // The addresses of a site, after the address at `index` was added (`adds`) or removed.
    void applySetAddresses(ItemId site, const QList<SenderAddress> &addresses, bool adds,
                           int index);
    ItemId newId() { return ++mLastId; }

    // Announces a change: a done change first brings the live findings up to date (so every
    // observer finds the index behind lookups current), then goes out, then the Findings event
    // when the change recomputed findings.
    void announce(const ChangeEvent &event);
    // Feeds a done change to the live validator; false when no finding reads what changed.
    bool updateFindings(const ChangeEvent &event);
    void announceFindings();

    void changeProduct(const FieldInfo &productField, const QVariant &value);
    bool refusedByLimits(int sites, int servers);
    void push(QUndoCommand *command);
    void rebuildIndex();
    // After a site was inserted or removed: the sites from `index` on moved by one.
    void renumberSitesFrom(int index);
    void indexSite(int index);
    void assignIds(Site &site);

    Plan mPlan;
    // The text the plan was opened from and the plan it reads as (with this document's ids):
    // saving patches the difference between mSaved and mPlan into mSource's text.
    std::shared_ptr<const PlanSource> mSource;
    Plan mSaved;
    QString mFilePath;
    QUndoStack *mUndoStack;
    std::unique_ptr<LiveValidator> mLive;
    QDate mValidationDate;
    ItemId mLastId = 0;
    int mMergeGroup = 0;
    mutable int mNextSiteNumber[2] = {1, 1}; // where unusedSiteCode() goes on: primary, secondary
    QHash<ItemId, int> mSiteIndex;
    QHash<ItemId, std::pair<ItemId, int>> mServerIndex; // server -> (site id, index in site)
};

} // namespace hierarch
