#pragma once

#include "plan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace hierarch {

class Document;

// Asks for what a new waiver needs before it exists: which finding, and why the risk is accepted.
// A waiver without a real justification is worthless to the reviewer, so OK stays disabled until
// both are given.
class WaiverDialog : public QDialog
{
    Q_OBJECT

public:
    // `findingId` preselects a finding (e.g. the one selected in the Problems dock).
    WaiverDialog(const Document *document, const QString &findingId = QString(),
                 QWidget *parent = nullptr);

    Waiver waiver() const;

private:
    void updateOk();

    QComboBox *mFinding;
    QPlainTextEdit *mJustification;
    QLineEdit *mApprovedBy;
    QLineEdit *mExpires;
    QDialogButtonBox *mButtons;
};

} // namespace hierarch
