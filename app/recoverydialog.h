#pragma once

#include "autosave.h"

#include <QMessageBox>

namespace hierarch {

// Asks what to do with one recovery copy found at start: Restore, Discard or Decide Later. A
// message box is enough; it exists as a class so the wording lives in one place and the file
// name, plan name and time reach the screen as plain text.
class RecoveryDialog : public QMessageBox
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const RecoveryCandidate &candidate, QWidget *parent = nullptr);

    RecoveryChoice choice() const;

    // Shows the dialog modally and returns the answer (closing it means Decide Later).
    static RecoveryChoice ask(const RecoveryCandidate &candidate, QWidget *parent = nullptr);

private:
    QAbstractButton *mRestore;
    QAbstractButton *mDiscard;
};

} // namespace hierarch
