#pragma once

#include "enums.h"

#include <QDialog>

namespace hierarch {

// Help > Rule Catalog: every rule with its severity, category and scope; selecting one shows its
// rationale, remediation and source. Rules of the other product are listed greyed.
class RuleCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleCatalogDialog(Product product, QWidget *parent = nullptr);
};

} // namespace hierarch
