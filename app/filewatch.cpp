#include "filewatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace hierarch {

namespace {
// Writers often produce several events per save (truncate, write, close, rename); look once
// they have settled.
constexpr int kSettleMs = 150;
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
    mKnownDigest = mPath.isEmpty() ? QByteArray() : currentDigest();
    mPending = false;
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

QByteArray FileWatch::currentDigest() const
{
    QFile file(mPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

void FileWatch::check()
{
    // Not our own save, a touch, or another file in the folder.
    const bool changed = !mPath.isEmpty() && !mPending && currentDigest() != mKnownDigest;
    if (changed) {
        mPending = true;
        emit changedOnDisk(mPath);
    }
    emit checked();
}

} // namespace hierarch
