#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

class QLockFile;

namespace hierarch {

class Document;

// A recovery copy left behind by an editor session that did not close cleanly.
struct RecoveryCandidate
{
    QString id;           // the session that wrote it: names the copy, its sidecar and its lock
    QString copyPath;     // the plan as it was when the copy was written
    QString originalPath; // where the plan lives on disk; empty for an untitled plan
    QString planName;
    QDateTime savedAt; // when the copy was written (UTC)
};

enum class RecoveryChoice { Restore, Discard, DecideLater };

// Keeps a recovery copy of the open plan under AppDataLocation/recovery so that a crash or a
// kill -9 loses at most one interval of edits (QUALITY.md, "Reliability and security").
//
// The write is debounced by a single-shot timer started on the first change after a clean state
// or after the last write, and never restarted by later edits: continuous editing still gets
// its copy within one interval. Each editor session owns one copy, named by a random session id,
// and holds a QLockFile beside it; a copy whose lock can be taken belongs to a session that is
// gone, so two running editors never offer (or delete) each other's copies.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultInterval = 30'000; // ms; QUALITY.md asks for at most 60 s

    explicit Autosave(Document *document, QObject *parent = nullptr);
    // Releases the lock but keeps the copy: only a clean close or a save removes it.
    ~Autosave() override;

    // AppDataLocation + "/recovery"; created owner-only (0700) on first write.
    static QString recoveryDir();

    void setInterval(int msec) { mTimer.setInterval(msec); }
    int interval() const { return mTimer.interval(); }
    // Whether a write is scheduled.
    bool isPending() const { return mTimer.isActive(); }
    QString sessionId() const { return mId; }
    QString copyPath() const;
    QString sidecarPath() const;
    bool hasCopy() const { return mHasCopy; }

    // Writes the copy and its sidecar now (cancels a scheduled write).
    bool writeNow(QString *error = nullptr);
    // The document is safe elsewhere (saved, discarded, closed): the copy is no longer needed.
    void removeCopy();

    // Copies from sessions that are no longer running. Each returned candidate stays locked by
    // this session until release() or discard(), so no other editor offers it meanwhile.
    QList<RecoveryCandidate> findOrphans();
    // Decide Later: keeps the copy for the next start and lets other editors see it again.
    void release(const RecoveryCandidate &candidate);
    // Deletes the copy and its sidecar.
    void discard(const RecoveryCandidate &candidate);

signals:
    void copyWritten(const QString &path);
    void writeFailed(const QString &message);

private:
    void documentTouched();
    bool lockSession(QString *error);

    Document *mDocument;
    QTimer mTimer;
    QString mId;
    std::unique_ptr<QLockFile> mLock;
    std::map<QString, std::unique_ptr<QLockFile>> mHeld; // orphans being offered
    bool mHasCopy = false;
};

} // namespace hierarch
