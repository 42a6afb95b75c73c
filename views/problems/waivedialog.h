#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace hierarch {

// Asks what a waiver needs before a finding may be accepted as a known risk: a justification
// (required, so that a review can see why), and optionally who approved it and when it expires.
// The dialog only collects; waiveFinding() in findingactions.h makes the edit.
class WaiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaiveDialog(const QString &findingId, QWidget *parent = nullptr);

    QString justification() const;
    QString approver() const;
    std::optional<QDate> expires() const;

    void setJustification(const QString &text);
    void setApprover(const QString &text);
    void setExpires(const std::optional<QDate> &date);

private:
    void updateState();

    QPlainTextEdit *mJustification;
    QLineEdit *mApprover;
    QCheckBox *mExpiresCheck;
    QDateEdit *mExpires;
    QDialogButtonBox *mButtons;
};

} // namespace hierarch
