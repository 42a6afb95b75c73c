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
         {"name", "product", "author", "description"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Active Directory"),
         {"dnsDomain", "activeDirectory.forest", "activeDirectory.schemaExtended",
          "activeDirectory.publishing"}},
    };
    static const QList<GroupSpec> site{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Identity"),
         {"code", "name", "type", "parent", "forest", "installation"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Clients"),
         {"clients", "legacyClients", "workgroupClients"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Security"),
         {"securityMode", "clientMode", "secureKeyExchange", "acceptUnsignedData", "httpRoaming"}},
    };
    static const QList<GroupSpec> server{
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Identity"),
         {"name", "fqdn", "forest", "os", "domainController", "clustered"}},
        {QT_TRANSLATE_NOOP("hierarch::PropertiesDock", "Network"),
         {"zone", "dualHomed", "staticIp", "ipsec", "siteServerInitiatedTransfers",
          "allowInternetClients"}},
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
      mTitle(new QLabel), mScroll(new QScrollArea)
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
            rebuild();
    });
    connect(document, &Document::resetDone, this, &PropertiesDock::rebuild);
    connect(document, &Document::planChanged, this, &PropertiesDock::onDocumentChanged);
    connect(document, &Document::siteChanged, this, &PropertiesDock::onDocumentChanged);
    connect(document, &Document::serverChanged, this, &PropertiesDock::onDocumentChanged);
    connect(document, &Document::accountsChanged, this, &PropertiesDock::onDocumentChanged);
    connect(document, &Document::waiversChanged, this, &PropertiesDock::onDocumentChanged);
    connect(document, &Document::attestationsChanged, this, &PropertiesDock::onDocumentChanged);
    rebuild();
}

QWidget *PropertiesDock::editorFor(const QString &key) const
{
    for (const Row &row : mRows) {
        if (row.field && QLatin1String(row.field->key) == key)
            return row.widget;
    }
    return nullptr;
}

void PropertiesDock::focusFirstEditor()
{
    for (const Row &row : std::as_const(mRows)) {
        QWidget *widget = row.widget;
        if (widget->isVisibleTo(mForm) && widget->isEnabled() &&
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
    }
    return nullptr;
}

void PropertiesDock::onDocumentChanged()
{
    // The product decides which fields exist; anything else only changes values.
    if (int(mDocument->plan().product) != mProduct)
        rebuild();
    else
        refresh();
}

void PropertiesDock::addHeading(const QString &text)
{
    auto *heading = new QLabel(text);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, mHeadings.isEmpty() ? 0 : 10, 0, 2);
    heading->setForegroundRole(QPalette::PlaceholderText);
    mLayout->addRow(heading);
    mHeadings << heading;
}

void PropertiesDock::addFieldRow(const FieldInfo &field, int group)
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
        row.editor = new FieldEditor(field, FieldEditor::Context::Form, mForm);
        row.widget = row.editor->widget();
        if (auto *check = qobject_cast<QCheckBox *>(row.widget);
            check && field.owner == FieldOwner::Server && is(field, "sql"))
            check->setText(tr("Runs on this server"));
        // Site references: offer the plan's codes (a code not in the plan is still allowed and
        // shows up as a finding, so the completer only helps).
        if (auto *line = qobject_cast<QLineEdit *>(row.widget);
            line && ((field.owner == FieldOwner::Site && is(field, "parent")) ||
                     (field.owner == FieldOwner::Role && is(field, "site")))) {
            QStringList codes;
            for (const Site &s : mDocument->plan().sites)
                codes << s.code;
            auto *completer = new QCompleter(codes, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        const FieldInfo *f = &field;
        connect(row.editor, &FieldEditor::edited, this,
                [this, f](const QVariant &value, bool merge) {
                    mDocument->setField(target(), *f, value, merge);
                });
        connect(row.editor, &FieldEditor::finished, mDocument, &Document::endMergeGroup);
    }
    row.widget->setToolTip(tooltip);
    row.widget->setAccessibleDescription(field.displayTooltip());
    label->setBuddy(row.widget);
    mLayout->addRow(label, row.widget);
    mRows << row;
}

void PropertiesDock::rebuild()
{
    mItem = mSelection->current();
    mProduct = int(mDocument->plan().product);

    // The old form may be rebuilt from inside one of its own editors' signals (a product
    // change), so it is detached now and deleted once that signal has returned.
    if (QWidget *old = mScroll->takeWidget()) {
        for (const Row &row : std::as_const(mRows)) {
            if (row.editor)
                disconnect(row.editor, nullptr, this, nullptr);
        }
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    mRows.clear();
    mHeadings.clear();

    mForm = new QWidget;
    mForm->setObjectName(QStringLiteral("propertiesForm"));
    // The stretch below keeps a short form at the top instead of spreading its rows apart.
    auto *outer = new QVBoxLayout(mForm);
    outer->setContentsMargins(0, 0, 0, 0);
    mLayout = new QFormLayout;
    outer->addLayout(mLayout);
    outer->addStretch(1);
    mLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    mLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    mLayout->setContentsMargins(8, 4, 8, 8);

    const FieldOwner owner = ownerOf(mItem.kind);
    const Product product = mDocument->plan().product;
    QList<const FieldInfo *> placed;
    const auto &groups = groupsOf(owner);
    for (int g = 0; g < int(groups.size()); ++g) {
        addHeading(QCoreApplication::translate("hierarch::PropertiesDock", groups.at(g).title));
        for (const char *key : groups.at(g).keys) {
            const FieldInfo *field = findField(owner, QString::fromLatin1(key));
            if (field && field->appliesTo(product)) {
                addFieldRow(*field, g);
                placed << field;
            }
        }
    }
    for (const FieldInfo &field : fieldsOf(owner)) {
        if (placed.contains(&field) || !field.appliesTo(product))
            continue;
        if (mHeadings.size() == int(groups.size()))
            addHeading(tr("Other"));
        addFieldRow(field, int(mHeadings.size()) - 1);
    }

    mScroll->setWidget(mForm);
    // A new form's fields join the end of the window's tab order, behind the other docks; Tab
    // should walk them right after the form's scroll area, top to bottom.
    QWidget *previous = mScroll;
    for (const Row &row : std::as_const(mRows)) {
        if (row.widget->focusPolicy() & Qt::TabFocus) {
            QWidget::setTabOrder(previous, row.widget);
            previous = row.widget;
        }
    }
    refresh();
    // The form scrolls only vertically, so the dock must be wide enough for a label and a
    // usable editor side by side; growing only keeps the dock from jumping between selections.
    const int needed =
        mForm->minimumSizeHint().width() + mScroll->verticalScrollBar()->sizeHint().width();
    mScroll->setMinimumWidth(std::max(mScroll->minimumWidth(), needed));
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
    }
    return QString();
}

void PropertiesDock::refresh()
{
    const void *obj = object();
    if (!obj) {
        // The item is gone; the selection prunes it and a rebuild follows.
        mForm->setEnabled(false);
        return;
    }
    mForm->setEnabled(true);
    mTitle->setText(title(obj));

    const Plan &plan = mDocument->plan();
    const FieldTarget t = target();
    QList<bool> groupVisible(mHeadings.size(), false);
    for (const Row &row : std::as_const(mRows)) {
        const bool visible = isRowVisible(*row.field, obj);
        mLayout->setRowVisible(row.widget, visible);
        if (visible)
            groupVisible[row.group] = true;
        if (row.editor) {
            row.editor->setValue(mDocument->field(t, *row.field),
                                 row.field->defaultValue(plan, obj));
        } else if (auto *label = qobject_cast<QLabel *>(row.widget)) {
            const Role role = static_cast<const RoleAssignment *>(obj)->role;
            label->setText(tr("%1 (%2)").arg(roleDisplayName(role), enumString(role)));
        }
    }
    for (int g = 0; g < int(mHeadings.size()); ++g)
        mLayout->setRowVisible(mHeadings.at(g), groupVisible.at(g));
}

} // namespace hierarch
