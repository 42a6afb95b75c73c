#include "recoverydialog.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace hierarch {

RecoveryDialog::RecoveryDialog(const RecoveryCandidate &candidate, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("RecoveryDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Recover Unsaved Changes"));
    // File and plan names are user text: plain text only.
    setTextFormat(Qt::PlainText);
    const QString file = candidate.originalPath.isEmpty()
                             ? tr("untitled")
                             : QFileInfo(candidate.originalPath).fileName();
    const QString when = QLocale().toString(candidate.savedAt.toLocalTime(), QLocale::ShortFormat);
    setText(tr("Hierarch did not close cleanly last time. A recovery copy of “%1” from %2 "
               "holds changes that were never saved.")
                .arg(file, when));
    QString details;
    if (!candidate.planName.isEmpty())
        details += tr("Plan: %1").arg(candidate.planName) + QLatin1Char('\n');
    if (!candidate.originalPath.isEmpty())
        details += tr("File: %1").arg(candidate.originalPath) + QLatin1Char('\n');
    details += QLatin1Char('\n');
    details += tr("Restore opens the recovered plan as unsaved changes; Save then writes it to "
                  "the original file. Decide Later keeps the copy for the next start.");
    setInformativeText(details);
    // QMessageBox leaves the informative label on AutoText, which would render a plan named
    // like HTML as markup.
    if (auto *label = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        label->setTextFormat(Qt::PlainText);
    mRestore = addButton(tr("&Restore"), QMessageBox::AcceptRole);
    mDiscard = addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QAbstractButton *later = addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    setDefaultButton(static_cast<QPushButton *>(mRestore));
    setEscapeButton(later);
}

RecoveryChoice RecoveryDialog::choice() const
{
    if (clickedButton() == mRestore)
        return RecoveryChoice::Restore;
    if (clickedButton() == mDiscard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::DecideLater;
}

RecoveryChoice RecoveryDialog::ask(const RecoveryCandidate &candidate, QWidget *parent)
{
    RecoveryDialog dialog(candidate, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace hierarch
