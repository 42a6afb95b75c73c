#include "rulecatalogdialog.h"

#include "problems/findingactions.h"
#include "rules/ruleinfo.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hierarch {

namespace {

// Severity, category, scope and products in the reader's language; the rule id stays an id.
QString productsDisplayName(Products products)
{
    switch (products) {
    case Products::Both:
        return RuleCatalogDialog::tr("both products");
    case Products::Sms2003:
        return productDisplayName(Product::Sms2003);
    case Products::ConfigMgr2007:
        return productDisplayName(Product::ConfigMgr2007);
    }
    return QString();
}

} // namespace

RuleCatalogDialog::RuleCatalogDialog(Product product, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Rule Catalog"));
    resize(900, 600);

    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("ruleFilter"));
    filter->setAccessibleName(tr("Filter rules"));
    filter->setPlaceholderText(tr("Filter rules"));
    filter->setClearButtonEnabled(true);

    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("ruleList"));
    list->setAccessibleName(tr("Rules"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Category"), tr("Scope"), tr("Title")});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    for (const RuleInfo &info : ruleCatalog()) {
        auto *item = new QTreeWidgetItem(
            list, {QString::fromLatin1(info.id), severityDisplayName(info.severity),
                   categoryDisplayName(info.category), scopeDisplayName(info.scope),
                   ruleText(info.title)});
        item->setIcon(1, severityIcon(info.severity));
        item->setData(0, Qt::UserRole, int(info.rule));
        if (!productsInclude(info.products, product)) {
            for (int c = 0; c < list->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }

    auto *details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("ruleDetails"));
    details->setAccessibleName(tr("Rule details"));
    details->setOpenLinks(false);
    connect(list, &QTreeWidget::currentItemChanged, this,
            [details, product](QTreeWidgetItem *item) {
                if (!item)
                    return details->clear();
                const RuleInfo &info = ruleInfo(RuleId(item->data(0, Qt::UserRole).toInt()));
                // Catalog texts are the program's own, but escape them anyway: one rule for all
                // text.
                auto esc = [](const QString &s) {
                    return s.toHtmlEscaped();
                };
                details->setHtml(
                    QStringLiteral("<h3>%1</h3><p><tt>%2</tt> · %3 · %4 · %5</p>"
                                   "<h4>%6</h4><p>%7</p><h4>%8</h4><p>%9</p><h4>%10</h4><p>%11</p>")
                        .arg(esc(ruleText(info.title)), esc(QString::fromLatin1(info.id)),
                             esc(severityDisplayName(info.severity)),
                             esc(categoryDisplayName(info.category)),
                             esc(productsDisplayName(info.products)), esc(tr("Why it matters")),
                             esc(ruleText(rationaleFor(info, product))), esc(tr("What to do")),
                             esc(ruleText(remediationFor(info, product))), esc(tr("Source")))
                        .arg(esc(ruleText(info.source))));
            });
    connect(filter, &QLineEdit::textChanged, this, [list](const QString &text) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive) &&
                            !item->text(4).contains(text, Qt::CaseInsensitive));
        }
    });
    list->setCurrentItem(list->topLevelItem(0));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    // Keyboard: type to filter, Enter goes to the list (rather than closing the dialog), Tab
    // walks filter > list > details > Close, and Escape closes.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(filter, &QLineEdit::returnPressed, list,
            [list] { list->setFocus(Qt::OtherFocusReason); });
    setTabOrder(filter, list);
    setTabOrder(list, details);
    setTabOrder(details, close);
    filter->setFocus();
}

} // namespace hierarch
