#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace hierarch {

// Notices when the open plan file changes on disk behind the editor's back (another editor, a
// version-control checkout), so the editor can offer to reload instead of silently overwriting
// it on the next save.
//
// It compares contents, not notifications: the editor's own saves are remembered with
// rememberCurrent(), so the events they cause (QSaveFile renames a new file over the old one)
// find nothing new. The rename also drops the inotify watch with the old inode, so the path is
// re-added after every event, and the folder is watched too in case the file was missing for
// a moment.
class FileWatch : public QObject
{
    Q_OBJECT

public:
    explicit FileWatch(QObject *parent = nullptr);

    // Watches `path` (nothing when empty) and takes its current content as the editor's.
    void setPath(const QString &path);
    QString path() const { return mPath; }
    // The file on disk is now what the editor knows (after a save, reload or keep).
    void rememberCurrent();
    // Whether a change was announced and not yet answered with rememberCurrent()/setPath().
    bool isChangePending() const { return mPending; }

signals:
    // Emitted once per change; not again until the change has been answered.
    void changedOnDisk(const QString &path);
    // Emitted after every look at the file that events on it or its folder caused, whatever it
    // found: a test waits for it instead of for time.
    void checked();

private:
    void rewatch();
    void check();
    QByteArray currentDigest() const; // empty when the file cannot be read

    QFileSystemWatcher mWatcher;
    QTimer mSettle;
    QString mPath;
    QByteArray mKnownDigest;
    bool mPending = false;
};

} // namespace hierarch
