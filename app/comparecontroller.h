#pragma once

#include "plan.h"

#include <QObject>

class QAction;
class QMenu;

namespace hierarch {

class ChangesDock;
class CompareMarks;
class Comparison;
class MainWindow;

// The editor's compare mode (issue 12): File ▸ Compare With (a file, the open file at a git
// revision, or as last saved) and `hierarch --compare OLD NEW`. It holds the Comparison of the
// open document with the chosen baseline, the canvas marks and the Changes dock; opening
// another plan ends the comparison.
class CompareController : public QObject
{
    Q_OBJECT

public:
    explicit CompareController(MainWindow *window);
    ~CompareController() override;

    QMenu *menu() const { return mMenu; }
    ChangesDock *dock() const { return mDock; }
    Comparison *comparison() const { return mComparison; }
    CompareMarks *marks() const { return mMarks; }
    bool isComparing() const { return mComparison != nullptr; }

    // Each starts (or replaces) the comparison; on failure emits failed() and returns false.
    void compareWith(Plan baseline, const QString &label);
    // A plan file; "/dev/null" (git difftool for a new file) is an empty plan.
    bool compareWithFile(const QString &path);
    // The open file as git has it at `revision`.
    bool compareWithRevision(const QString &revision);
    bool compareWithLastSaved();
    void stop();

signals:
    void failed(const QString &message);
    void comparingChanged(bool comparing);

private:
    void chooseFile();
    void chooseRevision();
    void updateActions();

    MainWindow *mWindow;
    QMenu *mMenu;
    QAction *mWithFile;
    QAction *mWithRevision;
    QAction *mWithLastSaved;
    QAction *mStop;
    ChangesDock *mDock;
    Comparison *mComparison = nullptr;
    CompareMarks *mMarks = nullptr;
};

} // namespace hierarch
