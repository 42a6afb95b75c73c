#include "propertiesdock.h"

#include "document/document.h"
#include "fieldeditor.h"
#include "theme.h"

#include <QCheckBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringListModel>
#include <QVBoxLayout>

namespace hierarch {

namespace {

// How the Properties dock groups an owner's fields, in display order. FORMAT.md order mixes
// identity, network and hardening facts; a reviewer reads them by topic. Keys missing here still
// show, in a last group, so a new field is never hidden by forgetting this table.
struct GroupSpec
{
    const char *title; // context "hierarch::PropertiesDock"
    QList<const char *> keys;
};

const QList<GroupSpec> &groupsOf(FieldOwner owner)
{
    static const QList<GroupSpec> plan{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Plan"),
         {"name", "product", "release", "author", "description"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Document control"),
         {"document.version", "document.status"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Active Directory"),
         {"dnsDomain", "activeDirectory.forest", "activeDirectory.schemaExtended",
          "activeDirectory.publishing"}},
    };
    static const QList<GroupSpec> site{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Identity"),
         {"code", "name", "type", "parent", "forest", "installation", "release"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Clients"),
         {"clients", "legacyClients", "workgroupClients"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Security"),
         {"securityMode", "clientMode", "secureKeyExchange", "acceptUnsignedData", "httpRoaming"}},
        // PKI (README "PKI")
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "PKI (native mode)"),
         {"pki.signingCertificate", "pki.crlChecking", "pki.crlPublished",
          "pki.certificateTrustList"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Boundaries"), {"boundaries"}},
    };
    static const QList<GroupSpec> server{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Identity"),
         {"name", "fqdn", "forest", "os", "domainController", "clustered"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Network"),
         {"zone", "dualHomed", "staticIp", "ipsec", "siteServerInitiatedTransfers",
          "allowInternetClients", "internetFqdn", "protectedBoundaries"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Hardening"),
         {"fileSystem", "adminShare", "securityConfigurationWizard", "otherWebApplications",
          "otherLocalSystemServices"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "SQL Server"),
         {"sql", "sql.authentication", "sql.serviceAccount", "sql.spnRegistered",
          "sql.otherDatabases"}},
    };
    static const QList<GroupSpec> role{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Role"), {"role", "site", "bits"}},
    };
    static const QList<GroupSpec> account{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Account"), {"name", "type", "sites"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Password"),
         {"generated", "passwordChange", "rotation", "rotationAccount", "domainAdmin", "custodians",
          "sealedCopy"}},
    };
    static const QList<GroupSpec> waiver{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Waiver"),
         {"finding", "justification", "approvedBy", "expires"}},
    };
    static const QList<GroupSpec> attestation{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Attestation"), {"item", "status", "note"}},
    };
    static const QList<GroupSpec> revision{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Revision"),
         {"version", "date", "author", "summary"}},
    };
    switch (owner) {
    case FieldOwner::Plan:
        return plan;
    case FieldOwner::Site:
        return site;
    case FieldOwner::Server:
        return server;
    case FieldOwner::Role:
        return role;
    case FieldOwner::Account:
        return account;
    case FieldOwner::Waiver:
        return waiver;
    case FieldOwner::Attestation:
        return attestation;
    case FieldOwner::ChangeRecord:
        return revision;
    case FieldOwner::Address:
        break; // edited in the Lists dock only
    }
    return plan;
}

FieldOwner ownerOf(Selection::Item::Kind kind)
{
    switch (kind) {
    case Selection::Item::Plan:
        return FieldOwner::Plan;
    case Selection::Item::Site:
        return FieldOwner::Site;
    case Selection::Item::Server:
        return FieldOwner::Server;
    case Selection::Item::Role:
        return FieldOwner::Role;
    case Selection::Item::Account:
        return FieldOwner::Account;
    case Selection::Item::Waiver:
        return FieldOwner::Waiver;
    case Selection::Item::Attestation:
        return FieldOwner::Attestation;
    case Selection::Item::Revision:
        return FieldOwner::ChangeRecord;
    }
    return FieldOwner::Plan;
}

bool is(const FieldInfo &field, const char *key)
{
    return QLatin1String(field.key) == QLatin1String(key);
}

} // namespace

PropertiesDock::PropertiesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Properties"), parent), mDocument(document), mSelection(selection),
      mTitle(new QLabel), mScroll(new QScrollArea), mSiteCodes(new QStringListModel(this))
{
    setObjectName(QStringLiteral("PropertiesDock"));

    mTitle->setObjectName(QStringLiteral("propertiesTitle"));
    mTitle->setTextFormat(Qt::PlainText);
    mTitle->setWordWrap(true);
    mTitle->setContentsMargins(8, 6, 8, 2);
    QFont titleFont = mTitle->font();
    titleFont.setBold(true);
    mTitle->setFont(titleFont);

    mScroll->setAccessibleName(tr("Properties"));
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);
    mScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mTitle);
    layout->addWidget(mScroll, 1);
    setWidget(content);

    connect(selection, &Selection::changed, this, [this] {
        if (mSelection->current() != mItem)
            showCurrentItem();
    });
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset)
            showCurrentItem();
        // The positions and the findings are no field the forms show.
        else if (!event.isAboutTo() && event.item != ChangeItem::Diagram &&
                 event.item != ChangeItem::Findings)
            onDocumentChanged();
    });
    showCurrentItem();
}

PropertiesDock::~PropertiesDock()
{
    // The forms not on show have no parent to delete them. The editors of all forms call back
    // into this dock, which is half destroyed once the QWidget destructor deletes the children.
    for (auto &[owner, form] : mForms) {
        for (const Row &row : std::as_const(form.rows)) {
            if (row.editor)
                disconnect(row.editor, nullptr, this, nullptr);
        }
        if (!form.widget->parent())
            delete form.widget;
    }
}

QWidget *PropertiesDock::editorFor(const QString &key) const
{
    for (const Row &row : mForm->rows) {
        if (row.field && QLatin1String(row.field->key) == key)
            return row.widget;
    }
    return nullptr;
}

void PropertiesDock::focusFirstEditor()
{
    for (const Row &row : std::as_const(mForm->rows)) {
        QWidget *widget = row.widget;
        if (widget->isVisibleTo(mForm->widget) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            mScroll->ensureWidgetVisible(widget);
            return;
        }
    }
    mScroll->setFocus(Qt::ShortcutFocusReason);
}

FieldTarget PropertiesDock::target() const
{
    return {ownerOf(mItem.kind), mItem.id, mItem.index};
}

const void *PropertiesDock::object() const
{
    const Plan &plan = mDocument->plan();
    switch (mItem.kind) {
    case Selection::Item::Plan:
        return &plan;
    case Selection::Item::Site:
        return mDocument->site(mItem.id);
    case Selection::Item::Server:
        return mDocument->server(mItem.id);
    case Selection::Item::Role:
        if (const Server *s = mDocument->server(mItem.id);
            s && mItem.index >= 0 && mItem.index < s->roles.size())
            return &s->roles.at(mItem.index);
        return nullptr;
    case Selection::Item::Account:
        return mItem.index >= 0 && mItem.index < plan.accounts.size()
                   ? &plan.accounts.at(mItem.index)
                   : nullptr;
    case Selection::Item::Waiver:
        return mItem.index >= 0 && mItem.index < plan.waivers.size() ? &plan.waivers.at(mItem.index)
                                                                     : nullptr;
    case Selection::Item::Attestation:
        return mItem.index >= 0 && mItem.index < plan.attestations.size()
                   ? &plan.attestations.at(mItem.index)
                   : nullptr;
    case Selection::Item::Revision:
        return mItem.index >= 0 && mItem.index < plan.changeRecord.size()
                   ? &plan.changeRecord.at(mItem.index)
                   : nullptr;
    }
    return nullptr;
}

void PropertiesDock::onDocumentChanged()
{
    // The product decides which fields exist; anything else only changes values.
    if (int(mDocument->plan().product) != mProduct)
        showCurrentItem();
    else
        refresh();
}

void PropertiesDock::addHeading(Form &form, const QString &text)
{
    auto *heading = new QLabel(text);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, form.headings.isEmpty() ? 0 : 10, 0, 2);
    heading->setForegroundRole(QPalette::PlaceholderText);
    form.layout->addRow(heading);
    form.headings << heading;
}

void PropertiesDock::addFieldRow(Form &form, const FieldInfo &field, int group)
{
    auto *label = new QLabel(field.displayLabel());
    label->setTextFormat(Qt::PlainText);
    const QString tooltip = FieldEditor::tooltipHtml(field.displayTooltip());
    label->setToolTip(tooltip);

    Row row{&field, nullptr, nullptr, group};
    if (field.owner == FieldOwner::Role && is(field, "role")) {
        // Changing a role's kind would be removing one role and adding another: the palette and
        // the canvas do that. Here the role only names itself.
        auto *name = new QLabel;
        name->setObjectName(QLatin1String(field.key));
        name->setTextFormat(Qt::PlainText);
        name->setAccessibleName(field.displayLabel());
        row.widget = name;
    } else {
        row.editor = new FieldEditor(field, FieldEditor::Context::Form, form.widget,
                                     mDocument->plan().product);
        row.widget = row.editor->widget();
        if (auto *check = qobject_cast<QCheckBox *>(row.widget);
            check && field.owner == FieldOwner::Server && is(field, "sql"))
            check->setText(tr("Runs on this server"));
        // Site references: offer the plan's codes (a code not in the plan is still allowed and
        // shows up as a finding, so the completer only helps).
        if (auto *line = qobject_cast<QLineEdit *>(row.widget);
            line && field.owner == FieldOwner::Site && is(field, "parent")) {
            auto *completer = new QCompleter(mSiteCodes, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        // A form taken out of view can still report, e.g. a text field losing the focus as it
        // goes; that text belonged to the item shown before, not to the target now.
        const FieldInfo *f = &field;
        connect(row.editor, &FieldEditor::edited, this,
                [this, f, widget = form.widget](const QVariant &value, bool merge) {
                    if (mScroll->widget() != widget)
                        return;
                    mDocument->setField(target(), *f, value, merge);
                    // A refused choice (a site the server already serves with the role) must
                    // not stay on show as if it had been taken.
                    if (FieldEditor::takesPlanChoices(*f) &&
                        mDocument->field(target(), *f) != value)
                        refresh();
                });
        connect(row.editor, &FieldEditor::finished, mDocument, &Document::endMergeGroup);
    }
    row.widget->setToolTip(tooltip);
    row.widget->setAccessibleDescription(field.displayTooltip());
    label->setBuddy(row.widget);
    form.layout->addRow(label, row.widget);
    form.rows << row;
}

void PropertiesDock::showCurrentItem()
{
    mItem = mSelection->current();
    if (int(mDocument->plan().product) != mProduct) {
        discardForms();
        mProduct = int(mDocument->plan().product);
    }
    Form &form = formFor(ownerOf(mItem.kind));
    if (&form != mForm) {
        mScroll->takeWidget(); // stays in mForms, hidden and without a parent
        mForm = &form;
        mScroll->setWidget(form.widget);
        // A form joins the end of the window's tab order each time it is put back, behind the
        // other docks; Tab should walk it right after the scroll area, top to bottom.
        QWidget *previous = mScroll;
        for (const Row &row : std::as_const(form.rows)) {
            if (row.widget->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(previous, row.widget);
                previous = row.widget;
            }
        }
    }
    if (ownerOf(mItem.kind) == FieldOwner::Site || ownerOf(mItem.kind) == FieldOwner::Role) {
        QStringList codes;
        codes.reserve(mDocument->plan().sites.size());
        for (const Site &s : mDocument->plan().sites)
            codes << s.code;
        mSiteCodes->setStringList(codes);
    }
    refresh();
}

PropertiesDock::Form &PropertiesDock::formFor(FieldOwner owner)
{
    Form &form = mForms[owner];
    if (form.widget)
        return form;

    form.widget = new QWidget;
    form.widget->setObjectName(QStringLiteral("propertiesForm"));
    // The stretch below keeps a short form at the top instead of spreading its rows apart.
    auto *outer = new QVBoxLayout(form.widget);
    outer->setContentsMargins(0, 0, 0, 0);
    form.layout = new QFormLayout;
    outer->addLayout(form.layout);
    outer->addStretch(1);
    form.layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form.layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form.layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form.layout->setContentsMargins(8, 4, 8, 8);

    const Product product = mDocument->plan().product;
    QList<const FieldInfo *> placed;
    const auto &groups = groupsOf(owner);
    for (int g = 0; g < int(groups.size()); ++g) {
        addHeading(form,
                   QCoreApplication::translate("hierarch::PropertiesDock", groups.at(g).title));
        for (const char *key : groups.at(g).keys) {
            const FieldInfo *field = findField(owner, QString::fromLatin1(key));
            if (field && field->appliesTo(product)) {
                addFieldRow(form, *field, g);
                placed << field;
            }
        }
    }
    for (const FieldInfo &field : fieldsOf(owner)) {
        if (placed.contains(&field) || !field.appliesTo(product))
            continue;
        if (form.headings.size() == int(groups.size()))
            addHeading(form, tr("Other"));
        addFieldRow(form, field, int(form.headings.size()) - 1);
    }

    // The form scrolls only vertically, so the dock must be wide enough for a label and a
    // usable editor side by side; growing only keeps the dock from jumping between kinds.
    const int needed =
        form.widget->minimumSizeHint().width() + mScroll->verticalScrollBar()->sizeHint().width();
    mScroll->setMinimumWidth(std::max(mScroll->minimumWidth(), needed));
    return form;
}

void PropertiesDock::discardForms()
{
    // The forms may be discarded from inside one of their own editors' signals (a product
    // change), so they are detached now and deleted once that signal has returned.
    mScroll->takeWidget();
    for (auto &[owner, form] : mForms) {
        for (const Row &row : std::as_const(form.rows)) {
            if (row.editor)
                disconnect(row.editor, nullptr, this, nullptr);
        }
        form.widget->deleteLater();
    }
    mForms.clear();
    mForm = nullptr;
}

bool PropertiesDock::isRowVisible(const FieldInfo &field, const void *object) const
{
    switch (field.owner) {
    case FieldOwner::Server: {
        const auto *server = static_cast<const Server *>(object);
        // SQL settings matter where SQL Server runs: a stated `sql` map or a site database.
        if (QLatin1String(field.key).startsWith(QLatin1String("sql.")))
            return server->sql || server->hasRole(Role::SiteDatabase);
        return true;
    }
    case FieldOwner::Site:
        if (is(field, "installation")) {
            const auto *site = static_cast<const Site *>(object);
            return site->isSecondary() || site->installation;
        }
        // PKI: the settings of a primary site; a secondary site shows them only when it states
        // them (secondary-site-pki), so they can be removed.
        if (QLatin1String(field.key).startsWith(QLatin1String("pki."))) {
            const auto *site = static_cast<const Site *>(object);
            return !site->isSecondary() || site->pki;
        }
        return true;
    case FieldOwner::Role: {
        const auto *role = static_cast<const RoleAssignment *>(object);
        if (is(field, "site"))
            return role->role == Role::SiteDatabase || role->role == Role::SmsProvider ||
                   role->site;
        if (is(field, "bits"))
            return role->role == Role::DistributionPoint || role->bits;
        return true;
    }
    default:
        return true;
    }
}

QString PropertiesDock::title(const void *object) const
{
    switch (mItem.kind) {
    case Selection::Item::Plan:
        return tr("Plan: %1").arg(mDocument->plan().name);
    case Selection::Item::Site:
        return tr("Site %1").arg(static_cast<const Site *>(object)->code);
    case Selection::Item::Server: {
        const Site *site = mDocument->site(mDocument->siteOfServer(mItem.id));
        return tr("Server %1 in site %2")
            .arg(static_cast<const Server *>(object)->name, site ? site->code : QString());
    }
    case Selection::Item::Role: {
        const Server *server = mDocument->server(mItem.id);
        return tr("Role: %1 on %2")
            .arg(roleDisplayName(static_cast<const RoleAssignment *>(object)->role),
                 server ? server->name : QString());
    }
    case Selection::Item::Account:
        return tr("Account %1").arg(static_cast<const Account *>(object)->name);
    case Selection::Item::Waiver:
        return tr("Waiver of %1").arg(static_cast<const Waiver *>(object)->finding);
    case Selection::Item::Attestation:
        return tr("Attestation of %1").arg(static_cast<const Attestation *>(object)->item);
    case Selection::Item::Revision:
        return tr("Revision %1").arg(static_cast<const ChangeRecordEntry *>(object)->version);
    }
    return QString();
}

void PropertiesDock::refresh()
{
    const void *obj = object();
    if (!obj) {
        // The item is gone; the selection prunes it and the next item is shown.
        mForm->widget->setEnabled(false);
        return;
    }
    mForm->widget->setEnabled(true);
    mTitle->setText(title(obj));

    const Plan &plan = mDocument->plan();
    const FieldTarget t = target();
    QList<bool> groupVisible(mForm->headings.size(), false);
    for (const Row &row : std::as_const(mForm->rows)) {
        const bool visible = isRowVisible(*row.field, obj);
        mForm->layout->setRowVisible(row.widget, visible);
        if (visible)
            groupVisible[row.group] = true;
        if (row.editor && FieldEditor::takesPlanChoices(*row.field)) {
            // A role's served site: one of the plan's sites, by default the server's own.
            QStringList codes;
            codes.reserve(plan.sites.size());
            for (const Site &s : plan.sites)
                codes << s.code;
            row.editor->setChoices(codes);
            const Site *home = mDocument->site(mDocument->siteOfServer(t.id));
            row.editor->setValue(mDocument->field(t, *row.field),
                                 home ? QVariant(home->code) : QVariant());
        } else if (row.editor) {
            row.editor->setValue(mDocument->field(t, *row.field),
                                 row.field->defaultValue(plan, obj));
        } else if (auto *label = qobject_cast<QLabel *>(row.widget)) {
            const Role role = static_cast<const RoleAssignment *>(obj)->role;
            label->setText(tr("%1 (%2)").arg(roleDisplayName(role), enumString(role)));
        }
    }
    for (int g = 0; g < int(mForm->headings.size()); ++g)
        mForm->layout->setRowVisible(mForm->headings.at(g), groupVisible.at(g));
}

} // namespace hierarch
