#include "document.h"

#include "../boundaries/boundary.h"
#include "addresscommands.h"
#include "io/copytext.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "livevalidator.h"
#include "rules/validationcontext.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QPointF>

namespace hierarch {

namespace {

QString cmdText(const char *text)
{
    return commandText(text);
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent), mUndoStack(new QUndoStack(this)), mValidationDate(QDate::currentDate())
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
    reset(Plan{});
}

Document::~Document() = default;

void Document::reset(Plan plan, const QString &filePath, std::shared_ptr<const PlanSource> source)
{
    emit changed({ChangeEvent::Type::AboutToReset});
    mUndoStack->clear();
    mPlan = std::move(plan);
    for (Site &site : mPlan.sites)
        assignIds(site);
    mSource = std::move(source);
    mSaved = mSource ? mPlan : Plan{};
    rebuildIndex();
    mFilePath = filePath;
    mUndoStack->setClean();
    mLive = std::make_unique<LiveValidator>(mPlan, mValidationDate);
    announceFindings();
    emit changed({ChangeEvent::Type::Reset});
    emit filePathChanged(mFilePath);
    emit modificationChanged(false);
}

PlanText Document::text() const
{
    return planText(mSource, mSaved, mPlan);
}

QByteArray Document::copyText(const Plan &clip, bool serversOnly) const
{
    return hierarch::copyText(mSource.get(), mSaved, clip, serversOnly);
}

bool Document::save(const QString &path, QString *error, QString *notice)
{
    PlanText out = text();
    if (!writePlanBytes(out.bytes, path, error))
        return false;
    if (notice)
        *notice = out.fallbackReason;
    // Every save patches the text the plan was opened from, so the file is a function of that
    // text and the plan: undoing every edit writes the original bytes again, saved or not in
    // between. Only after a save in the canonical layout does that layout become the source.
    if (!out.preserved) {
        mSource = std::move(out.source);
        mSaved = mSource ? mPlan : Plan{};
    }
    mUndoStack->setClean();
    if (mFilePath != path) {
        mFilePath = path;
        emit filePathChanged(path);
    }
    return true;
}

void Document::setValidationDate(const QDate &date)
{
    mValidationDate = date;
    mLive->setValidationDate(date);
    announceFindings();
}

QList<const Finding *> Document::findingsFor(ItemId id) const
{
    if (const int i = siteIndex(id); i >= 0)
        return mLive->findingsAbout(i);
    if (const ServerLocation loc = serverLocation(id); loc.isValid())
        return mLive->findingsAbout(loc.site,
                                    &mPlan.sites.at(loc.site).servers.at(loc.server).name);
    return {};
}

const QList<Finding> &Document::findings() const
{
    return mLive->findings();
}

const ValidationContext &Document::validationContext() const
{
    return mLive->context();
}

FindingSummary Document::findingSummary() const
{
    return mLive->summary();
}

QList<ItemId> Document::sitesWithNewFindings() const
{
    QList<ItemId> out;
    if (mLive->lastChangeWasFull()) {
        for (const Site &s : mPlan.sites)
            out << s.uid;
        return out;
    }
    for (int i : mLive->lastRecomputedSites())
        out << mPlan.sites.at(i).uid;
    return out;
}

int Document::siteIndex(ItemId site) const
{
    return mSiteIndex.value(site, -1);
}

int Document::siteIndexByCode(const QString &code) const
{
    return mLive->context().siteIndex(code);
}

const Site *Document::site(ItemId id) const
{
    const int i = siteIndex(id);
    return i >= 0 ? &mPlan.sites.at(i) : nullptr;
}

Document::ServerLocation Document::serverLocation(ItemId server) const
{
    const auto it = mServerIndex.constFind(server);
    if (it == mServerIndex.cend())
        return {};
    return {siteIndex(it->first), it->second};
}

const Server *Document::server(ItemId id) const
{
    const ServerLocation loc = serverLocation(id);
    return loc.isValid() ? &mPlan.sites.at(loc.site).servers.at(loc.server) : nullptr;
}

ItemId Document::siteOfServer(ItemId server) const
{
    return mServerIndex.value(server, {0, -1}).first;
}

bool Document::targetExists(const FieldTarget &target) const
{
    switch (target.owner) {
    case FieldOwner::Plan:
        return true;
    case FieldOwner::Site:
        return site(target.id);
    case FieldOwner::Server:
        return server(target.id);
    case FieldOwner::Role: {
        const Server *s = server(target.id);
        return s && target.index >= 0 && target.index < s->roles.size();
    }
    case FieldOwner::Account:
        return target.index >= 0 && target.index < mPlan.accounts.size();
    case FieldOwner::Waiver:
        return target.index >= 0 && target.index < mPlan.waivers.size();
    case FieldOwner::Attestation:
        return target.index >= 0 && target.index < mPlan.attestations.size();
    case FieldOwner::ChangeRecord:
        return target.index >= 0 && target.index < mPlan.changeRecord.size();
    case FieldOwner::Address: {
        const Site *s = site(target.id);
        return s && target.index >= 0 && target.index < s->addresses.size();
    }
    }
    return false;
}

QString Document::targetName(const FieldTarget &target) const
{
    if (!targetExists(target))
        return QString();
    switch (target.owner) {
    case FieldOwner::Plan:
        return mPlan.name;
    case FieldOwner::Site:
        return site(target.id)->code;
    case FieldOwner::Server:
        return server(target.id)->name;
    case FieldOwner::Role: {
        const Server *s = server(target.id);
        return cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "%1 on %2"))
            .arg(roleDisplayName(s->roles.at(target.index).role), s->name);
    }
    case FieldOwner::Account:
        return mPlan.accounts.at(target.index).name;
    case FieldOwner::Waiver:
        return mPlan.waivers.at(target.index).finding;
    case FieldOwner::Attestation:
        return mPlan.attestations.at(target.index).item;
    case FieldOwner::ChangeRecord:
        return cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Revision %1"))
            .arg(mPlan.changeRecord.at(target.index).version);
    case FieldOwner::Address: {
        const Site *s = site(target.id);
        return cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Address %1 to %2"))
            .arg(s->code, s->addresses.at(target.index).to);
    }
    }
    return QString();
}

QVariant Document::field(const FieldTarget &target, const FieldInfo &field) const
{
    if (!targetExists(target))
        return {};
    switch (target.owner) {
    case FieldOwner::Plan:
        return field.get(&mPlan);
    case FieldOwner::Site:
        if (const Site *s = site(target.id))
            return field.get(s);
        return {};
    case FieldOwner::Server:
        if (const Server *s = server(target.id))
            return field.get(s);
        return {};
    case FieldOwner::Role:
        return field.get(&server(target.id)->roles.at(target.index));
    case FieldOwner::Account:
        return field.get(&mPlan.accounts.at(target.index));
    case FieldOwner::Waiver:
        return field.get(&mPlan.waivers.at(target.index));
    case FieldOwner::Attestation:
        return field.get(&mPlan.attestations.at(target.index));
    case FieldOwner::ChangeRecord:
        return field.get(&mPlan.changeRecord.at(target.index));
    case FieldOwner::Address:
        return field.get(&site(target.id)->addresses.at(target.index));
    }
    return {};
}

// --- edits ---------------------------------------------------------------------------------

QString Document::limitReason(int sites, int servers) const
{
    const PlanLimits limits;
    if (sites > 0 && mPlan.sites.size() + sites > limits.maxSites) {
        return tr("A plan holds at most %L1 sites (the file format's limit); this one has %L2.")
            .arg(limits.maxSites)
            .arg(mPlan.sites.size());
    }
    if (servers > 0) {
        qsizetype count = 0;
        for (const Site &site : mPlan.sites)
            count += site.servers.size();
        if (count + servers > limits.maxServers) {
            return tr("A plan holds at most %L1 servers (the file format's limit); this one has "
                      "%L2.")
                .arg(limits.maxServers)
                .arg(count);
        }
    }
    return QString();
}

bool Document::refusedByLimits(int sites, int servers)
{
    const QString reason = limitReason(sites, servers);
    if (reason.isEmpty())
        return false;
    emit editRefused(reason);
    return true;
}

ItemId Document::addSite(ItemId parent, SiteType type)
{
    if (refusedByLimits(1, 0))
        return 0;
    Site s;
    s.code = unusedSiteCode(type);
    if (const Site *p = site(parent))
        s.parent = p->code;
    if (type == SiteType::Secondary)
        s.type = type;
    s.uid = newId();
    const ItemId id = s.uid;
    auto *command = new InsertSiteCommand(this, -1, s);
    command->setText(cmdText(type == SiteType::Secondary
                                 ? QT_TRANSLATE_NOOP("hierarch::Commands", "Add Secondary Site %1")
                                 : QT_TRANSLATE_NOOP("hierarch::Commands", "Add Site %1"))
                         .arg(s.code));
    push(command);
    return id;
}

ItemId Document::insertSite(const Site &site, int index)
{
    if (refusedByLimits(1, int(site.servers.size())))
        return 0;
    Site s = site;
    assignIds(s);
    const ItemId id = s.uid;
    auto *command = new InsertSiteCommand(this, index, s);
    command->setText(cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Paste Site %1")).arg(s.code));
    push(command);
    return id;
}

void Document::removeSites(const QList<ItemId> &sites)
{
    QList<ItemId> all;
    QSet<ItemId> removing;
    for (ItemId id : sites) {
        if (!site(id))
            continue;
        for (ItemId s : subtree(id)) {
            if (!removing.contains(s)) {
                removing.insert(s);
                all << s;
            }
        }
    }
    if (all.isEmpty())
        return;
    QStringList removedCodes;
    for (ItemId id : all)
        removedCodes << site(id)->code;
    auto *parent = new QUndoCommand(
        (all.size() == 1 ? cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Site %1"))
                         : cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Sites %1")))
            .arg(removedCodes.join(QLatin1String(", "))));
    // Remove from the back so that undo re-inserts each site at its old index.
    std::sort(all.begin(), all.end(),
              [this](ItemId a, ItemId b) { return siteIndex(a) > siteIndex(b); });
    for (ItemId id : all)
        new RemoveSiteCommand(this, id, parent);
    // A position goes with its code only when no remaining site has that code. (The index
    // finds codes case-insensitively; the diagram keys positions by the code as written.)
    QSet<QString> goneCodes;
    for (const QString &code : std::as_const(removedCodes)) {
        const QList<int> sameCode = mLive->context().sitesWithCode(code);
        const bool kept = std::any_of(sameCode.cbegin(), sameCode.cend(), [&](int i) {
            const Site &s = mPlan.sites.at(i);
            return s.code == code && !removing.contains(s.uid);
        });
        if (!kept)
            goneCodes.insert(code);
    }
    const auto gone = [&goneCodes](const DiagramPosition &p) {
        return goneCodes.contains(p.siteCode);
    };
    if (std::any_of(mPlan.diagram.cbegin(), mPlan.diagram.cend(), gone)) {
        QList<DiagramPosition> diagram = mPlan.diagram;
        diagram.removeIf(gone);
        new SetDiagramCommand(this, diagram, QString(), parent);
    }
    push(parent);
}

void Document::reparentSite(ItemId id, ItemId newParent)
{
    const Site *s = site(id);
    const Site *p = site(newParent);
    if (!s || (newParent && !p) || subtree(id).contains(newParent))
        return;
    auto *command =
        new SetFieldCommand(this, {FieldOwner::Site, id}, *findField(FieldOwner::Site, u"parent"),
                            p ? QVariant(p->code) : QVariant(), false);
    command->setText(cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Move Site %1")).arg(s->code));
    push(command);
}

void Document::renameSite(ItemId id, const QString &code)
{
    const Site *s = site(id);
    if (!s || code.isEmpty() || code == s->code)
        return;
    if (const QString problem = textProblem(code, TextKind::Name); !problem.isEmpty()) {
        emit editRefused(problem);
        return;
    }
    push(new RenameSiteCommand(this, id, code, false));
}

void Document::moveSites(const QList<std::pair<ItemId, QPointF>> &positions)
{
    QList<DiagramPosition> diagram = mPlan.diagram;
    QStringList moved; // named in the undo text: the sites whose position really changed
    for (const auto &[id, point] : positions) {
        const Site *s = site(id);
        if (!s)
            continue;
        const DiagramPosition position{s->code, point.x(), point.y()};
        auto it = std::find_if(diagram.begin(), diagram.end(),
                               [&](const DiagramPosition &p) { return p.siteCode == s->code; });
        if (it == diagram.end()) {
            diagram.append(position);
        } else if (*it != position) {
            *it = position;
            moved << s->code;
        }
    }
    if (diagram == mPlan.diagram)
        return;
    if (moved.isEmpty()) // only positions that were automatic so far became stored
        for (const auto &[id, point] : positions)
            moved << site(id)->code;
    push(new SetDiagramCommand(
        this, diagram,
        (moved.size() == 1 ? cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Move Site %1"))
                           : cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Move Sites %1")))
            .arg(moved.join(QLatin1String(", ")))));
}

void Document::clearDiagram()
{
    if (mPlan.diagram.isEmpty())
        return;
    push(new SetDiagramCommand(this, {},
                               cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Auto Layout"))));
}

void Document::setField(const FieldTarget &target, const FieldInfo &field, const QVariant &value,
                        bool merge)
{
    if (!targetExists(target))
        return;
    // The loader's text rules hold for edits too (a name of 300 characters or with a
    // right-to-left override would make the saved file unreadable).
    if (value.typeId() == QMetaType::QString) {
        const QLatin1String key(field.key);
        const bool findingId = key == QLatin1String("finding");
        const bool freeText = key == QLatin1String("description") ||
                              key == QLatin1String("justification") || key == QLatin1String("note");
        const QString problem = textProblem(value.toString(), freeText    ? TextKind::FreeText
                                                              : findingId ? TextKind::FindingId
                                                                          : TextKind::Name);
        if (!problem.isEmpty()) {
            emit editRefused(problem);
            return;
        }
    }
    if (field.owner == FieldOwner::Plan && QLatin1String(field.key) == QLatin1String("product")) {
        changeProduct(field, value);
        return;
    }
    // --- boundaries (README "Boundaries"): the loader's checks hold for edits too.
    if ((field.owner == FieldOwner::Site && qstrcmp(field.key, "boundaries") == 0) ||
        (field.owner == FieldOwner::Server && qstrcmp(field.key, "protectedBoundaries") == 0)) {
        for (const QString &item : value.toStringList()) {
            Boundary boundary;
            QString problem = textProblem(item, TextKind::Name);
            if (problem.isEmpty())
                problem = parseBoundaryItem(item, mPlan.product, boundary);
            if (!problem.isEmpty()) {
                emit editRefused(problem);
                return;
            }
        }
    }
    // --- end boundaries
    if (field.owner == FieldOwner::Site && QLatin1String(field.key) == QLatin1String("code")) {
        const QString code = value.toString();
        if (!code.isEmpty() && code != site(target.id)->code)
            push(new RenameSiteCommand(this, target.id, code, merge));
        return;
    }
    if (field.owner == FieldOwner::Server && QLatin1String(field.key) == QLatin1String("name")) {
        const QString name = value.toString();
        if (!name.isEmpty() && name != server(target.id)->name)
            push(new RenameServerCommand(this, target.id, name, merge));
        return;
    }
    if (field.owner == FieldOwner::Role && QLatin1String(field.key) == QLatin1String("site")) {
        const QString problem =
            roleSiteProblem(target.id, server(target.id)->roles.at(target.index).role, target.index,
                            value.toString());
        if (!problem.isEmpty()) {
            emit editRefused(problem);
            return;
        }
    }
    if (this->field(target, field) == value)
        return;
    push(new SetFieldCommand(this, target, field, value, merge));
}

void Document::addAccount(const Account &account)
{
    push(new ListCommand(
        this, ListKind::Accounts, true, int(mPlan.accounts.size()),
        cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Account %1")).arg(account.name),
        [account](Plan &p) { p.accounts.append(account); }));
}

void Document::removeAccount(int index)
{
    if (index < 0 || index >= mPlan.accounts.size())
        return;
    push(new ListCommand(this, ListKind::Accounts, false, index,
                         cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Account %1"))
                             .arg(mPlan.accounts.at(index).name),
                         [index](Plan &p) { p.accounts.removeAt(index); }));
}

void Document::addWaiver(const Waiver &waiver)
{
    push(new ListCommand(
        this, ListKind::Waivers, true, int(mPlan.waivers.size()),
        cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Waive %1")).arg(waiver.finding),
        [waiver](Plan &p) { p.waivers.append(waiver); }));
}

void Document::removeWaiver(int index)
{
    if (index < 0 || index >= mPlan.waivers.size())
        return;
    push(new ListCommand(this, ListKind::Waivers, false, index,
                         cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Waiver of %1"))
                             .arg(mPlan.waivers.at(index).finding),
                         [index](Plan &p) { p.waivers.removeAt(index); }));
}

void Document::addAttestation(const Attestation &attestation)
{
    push(new ListCommand(this, ListKind::Attestations, true, int(mPlan.attestations.size()),
                         cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Attestation %1"))
                             .arg(attestation.item),
                         [attestation](Plan &p) { p.attestations.append(attestation); }));
}

void Document::removeAttestation(int index)
{
    if (index < 0 || index >= mPlan.attestations.size())
        return;
    push(new ListCommand(this, ListKind::Attestations, false, index,
                         cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Attestation %1"))
                             .arg(mPlan.attestations.at(index).item),
                         [index](Plan &p) { p.attestations.removeAt(index); }));
}

void Document::addRevision(const ChangeRecordEntry &entry)
{
    push(new ListCommand(
        this, ListKind::ChangeRecord, true, int(mPlan.changeRecord.size()),
        cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Revision %1")).arg(entry.version),
        [entry](Plan &p) { p.changeRecord.append(entry); }));
}

void Document::removeRevision(int index)
{
    if (index < 0 || index >= mPlan.changeRecord.size())
        return;
    push(new ListCommand(this, ListKind::ChangeRecord, false, index,
                         cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Revision %1"))
                             .arg(mPlan.changeRecord.at(index).version),
                         [index](Plan &p) { p.changeRecord.removeAt(index); }));
}

QString Document::unusedSiteCode(SiteType type) const
{
    // Search on from the number given last time, so that adding sites to a large plan does not
    // test every code already taken; an undone addition's code is free again and found first.
    const QChar prefix = type == SiteType::Secondary ? QLatin1Char('S') : QLatin1Char('P');
    int &next = mNextSiteNumber[type == SiteType::Secondary ? 1 : 0];
    for (int k = 0; k < 999; ++k) {
        const int n = (next - 1 + k) % 999 + 1;
        const QString code = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (siteIndexByCode(code) < 0) {
            next = n;
            return code;
        }
    }
    return QStringLiteral("NEW");
}

QString Document::unusedServerName(const QString &siteCode) const
{
    const ValidationContext &context = mLive->context();
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-SRV%2")
                                 .arg(siteCode.left(3).toUpper())
                                 .arg(n, 2, 10, QLatin1Char('0'));
        if (context.firstServerNamed(name).site < 0)
            return name;
    }
}

// --- site addresses and senders ---------------------------------------------------------------

void Document::addAddress(ItemId siteId, const SenderAddress &address)
{
    const Site *s = site(siteId);
    if (!s)
        return;
    QList<SenderAddress> after = s->addresses;
    after.append(address);
    push(new SetAddressesCommand(
        this, siteId, s->addresses, after, true, int(s->addresses.size()),
        cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Add Address %1 to %2"))
            .arg(s->code, address.to)));
}

void Document::removeAddress(ItemId siteId, int index)
{
    const Site *s = site(siteId);
    if (!s || index < 0 || index >= s->addresses.size())
        return;
    QList<SenderAddress> after = s->addresses;
    const SenderAddress removed = after.takeAt(index);
    push(new SetAddressesCommand(
        this, siteId, s->addresses, after, false, index,
        cmdText(QT_TRANSLATE_NOOP("hierarch::Commands", "Remove Address %1 to %2"))
            .arg(s->code, removed.to)));
}

// --- end of site addresses ----------------------------------------------------------------------

void Document::push(QUndoCommand *command)
{
    mUndoStack->push(command);
}

void Document::rebuildIndex()
{
    mSiteIndex.clear();
    mServerIndex.clear();
    for (int i = 0; i < int(mPlan.sites.size()); ++i)
        indexSite(i);
}

void Document::renumberSitesFrom(int index)
{
    for (int i = index; i < int(mPlan.sites.size()); ++i)
        mSiteIndex[mPlan.sites.at(i).uid] = i;
}

void Document::indexSite(int index)
{
    const Site &s = mPlan.sites.at(index);
    mSiteIndex.insert(s.uid, index);
    for (int k = 0; k < int(s.servers.size()); ++k)
        mServerIndex.insert(s.servers.at(k).uid, {s.uid, k});
}

void Document::assignIds(Site &site)
{
    site.uid = newId();
    for (Server &server : site.servers)
        server.uid = newId();
}

} // namespace hierarch
