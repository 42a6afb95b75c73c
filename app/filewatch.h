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
//
// The main thread only stats the file. Contents are hashed on a worker thread, one job at a time
// and at most the plan size limit, and only for a regular file: a FIFO or a device put in the
// plan's place counts as a change without being opened, so it can neither freeze nor spin the
// editor.
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

    // What a stat says about the file: any difference means "hash it again".
    struct Signature
    {
        bool exists = false;
        quint64 device = 0, inode = 0, mode = 0;
        qint64 size = 0, modifiedNs = 0, changedNs = 0;
        bool operator==(const Signature &) const = default;
    };
    struct Snapshot
    {
        Signature signature;
        QByteArray digest; // of the content; a marker for a missing or non-regular file
    };

signals:
    // Emitted once per change; not again until the change has been answered.
    void changedOnDisk(const QString &path);
    // Emitted after every look at the file that events on it or its folder caused, whatever it
    // found: a test waits for it instead of for time.
    void checked();
    // Emitted when the hash that setPath() or rememberCurrent() started is known (or found the
    // file already changed): from then on a change of the file is told apart from a touch.
    void remembered();

private:
    void rewatch();
    void check();
    void startJob();
    void jobFinished(const Snapshot &snapshot, quint64 generation);

    QFileSystemWatcher mWatcher;
    QTimer mSettle;
    QString mPath;
    Signature mKnownSignature;
    QByteArray mKnownDigest;
    bool mNeedKnownDigest = false; // a rememberCurrent() waits for its hash
    bool mPending = false;
    bool mJobRunning = false;
    bool mJobWanted = false;
    bool mCheckWanted = false; // a check() waits for a job to answer it
    quint64 mGeneration = 0;   // counts rememberCurrent() and setPath() calls
};

} // namespace hierarch
