#include "filewatch.h"

#include "io/checkedfile.h"
#include "io/yamltree.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>

#include <utility>

namespace hierarch {

namespace {
// Writers often produce several events per save (truncate, write, close, rename); look once
// they have settled.
constexpr int kSettleMs = 150;

FileWatch::Signature signatureOf(const QString &path)
{
    FileWatch::Signature s;
    struct stat st;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.mode = quint64(st.st_mode);
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    return s;
}

QByteArray notRegularMarker(const FileWatch::Signature &s)
{
    return QByteArrayLiteral("not a regular file: ") + QByteArray::number(s.device) + ':' +
           QByteArray::number(s.inode) + ':' + QByteArray::number(s.mode, 8);
}

// Runs on a worker thread. The signature is taken before reading, so a write that races the read
// makes the next stat differ and the file is looked at again.
FileWatch::Snapshot snapshotOf(const QString &path)
{
    FileWatch::Snapshot snapshot;
    snapshot.signature = signatureOf(path);
    if (!snapshot.signature.exists) {
        snapshot.digest = QByteArrayLiteral("missing");
        return snapshot;
    }
    if (!S_ISREG(mode_t(snapshot.signature.mode))) {
        // Never opened, so it has no content to compare: it is known by what it is. A FIFO
        // replaced by a link to a device is a change, not a touch.
        snapshot.digest = notRegularMarker(snapshot.signature);
        return snapshot;
    }
    QByteArray bytes;
    switch (readRegularFile(path, YamlLimits().maxBytes, bytes)) {
    case ReadStatus::Read:
        snapshot.digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        break;
    case ReadStatus::TooLarge:
        snapshot.digest = QByteArrayLiteral("too large");
        break;
    case ReadStatus::NotRegular: // replaced between the stat and the read
        snapshot.digest = notRegularMarker(snapshot.signature);
        break;
    case ReadStatus::Failed:
        snapshot.digest = QByteArrayLiteral("unreadable");
        break;
    }
    return snapshot;
}

} // namespace

FileWatch::FileWatch(QObject *parent) : QObject(parent)
{
    mSettle.setSingleShot(true);
    mSettle.setInterval(kSettleMs);
    connect(&mSettle, &QTimer::timeout, this, &FileWatch::check);
    auto changed = [this] {
        rewatch();
        mSettle.start();
    };
    connect(&mWatcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&mWatcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

void FileWatch::setPath(const QString &path)
{
    const QStringList watched = mWatcher.files() + mWatcher.directories();
    if (!watched.isEmpty())
        mWatcher.removePaths(watched);
    mSettle.stop();
    mPath = path.isEmpty() || path.startsWith(QLatin1Char(':'))
                ? QString()
                : QFileInfo(path).absoluteFilePath();
    rememberCurrent();
    rewatch();
}

void FileWatch::rememberCurrent()
{
    ++mGeneration;
    mPending = false;
    mKnownDigest.clear();
    mKnownSignature = signatureOf(mPath);
    mNeedKnownDigest = !mPath.isEmpty();
    if (mNeedKnownDigest) {
        mJobWanted = true;
        startJob();
    }
    rewatch();
}

void FileWatch::rewatch()
{
    if (mPath.isEmpty())
        return;
    if (!mWatcher.files().contains(mPath) && QFileInfo::exists(mPath))
        mWatcher.addPath(mPath);
    const QString dir = QFileInfo(mPath).absolutePath();
    if (!mWatcher.directories().contains(dir) && QFileInfo(dir).isDir())
        mWatcher.addPath(dir);
}

void FileWatch::check()
{
    if (mPath.isEmpty() || mPending ||
        (!mNeedKnownDigest && signatureOf(mPath) == mKnownSignature)) {
        emit checked(); // nothing to hash: no file, a change already announced, or another file
        return;
    }
    mJobWanted = true;
    mCheckWanted = true;
    startJob();
}

void FileWatch::startJob()
{
    if (mJobRunning || !mJobWanted || mPath.isEmpty())
        return;
    mJobWanted = false;
    mJobRunning = true;
    const quint64 generation = mGeneration;
    // Only a job started after check() asked for one answers that check: an earlier job's
    // snapshot may predate the event.
    const bool answersCheck = std::exchange(mCheckWanted, false);
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this,
            [this, watcher, generation, answersCheck] {
                watcher->deleteLater();
                mJobRunning = false;
                const bool current = generation == mGeneration;
                jobFinished(watcher->result(), generation);
                if (answersCheck && !current)
                    mCheckWanted = true; // the check is answered by the job that runs next
                else if (answersCheck)
                    emit checked();
                startJob();
            });
    watcher->setFuture(QtConcurrent::run(snapshotOf, mPath));
}

void FileWatch::jobFinished(const Snapshot &snapshot, quint64 generation)
{
    if (generation != mGeneration) {
        mJobWanted = true; // remembered again meanwhile: this hash may predate it
        return;
    }
    if (mNeedKnownDigest) {
        mNeedKnownDigest = false;
        mKnownDigest = snapshot.digest;
        const bool unchanged = snapshot.signature == mKnownSignature;
        // Changed between rememberCurrent() and the hash: what the editor knows is unknown.
        if (!unchanged)
            mKnownDigest.clear();
        emit remembered();
        if (unchanged)
            return;
    }
    if (mPending || snapshot.signature == mKnownSignature)
        return;
    if (!mKnownDigest.isEmpty() && snapshot.digest == mKnownDigest) {
        mKnownSignature = snapshot.signature; // a touch, or our own save renamed into place
        return;
    }
    mPending = true;
    emit changedOnDisk(mPath);
}

} // namespace hierarch
