#include "checkedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hierarch {

namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::CheckedFile)
};

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// What a non-regular file is, for "it is a FIFO"; empty for a regular file.
QString kindReason(mode_t mode)
{
    if (S_ISREG(mode))
        return QString();
    if (S_ISDIR(mode))
        return FileText::tr("it is a directory");
    if (S_ISFIFO(mode))
        return FileText::tr("it is a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return FileText::tr("it is a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileText::tr("it is a device");
    return FileText::tr("it is not a regular file");
}

constexpr qsizetype kChunk = 64 * 1024;

} // namespace

QString nonRegularReason(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return kindReason(st.st_mode);
}

ReadStatus readRegularFile(const QString &path, qint64 maxBytes, QByteArray &bytes, QString *why)
{
    auto failed = [&](ReadStatus status, const QString &reason) {
        if (why)
            *why = reason;
        return status;
    };
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return failed(ReadStatus::Failed, systemReason(errno));
    if (!S_ISREG(st.st_mode))
        return failed(ReadStatus::NotRegular, kindReason(st.st_mode));
    // Non-blocking, so that a FIFO put in place between the check and the open cannot hang here;
    // the open file is checked again.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failed(ReadStatus::Failed, systemReason(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0)
        return failed(ReadStatus::Failed, systemReason(errno));
    if (!S_ISREG(st.st_mode))
        return failed(ReadStatus::NotRegular, kindReason(st.st_mode));
    if (st.st_size > maxBytes)
        return failed(ReadStatus::TooLarge, QString());
    bytes.clear();
    bytes.reserve(qsizetype(st.st_size));
    char chunk[kChunk];
    for (;;) {
        const qsizetype room = qsizetype(std::min<qint64>(kChunk, maxBytes + 1 - bytes.size()));
        const ssize_t n = ::read(fd, chunk, std::size_t(room));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failed(ReadStatus::Failed, systemReason(errno));
        }
        if (n == 0)
            break;
        bytes.append(chunk, n);
        if (bytes.size() > maxBytes) // it grew while being read
            return failed(ReadStatus::TooLarge, QString());
    }
    return ReadStatus::Read;
}

// Buffers writes and hands them on in large chunks, remembering the first failure with the
// system's reason: QSaveFile alone reports a failed flush at commit() as "Unknown error", or not
// at all when its buffer held the failing bytes.
class CheckedWriter::Sink : public QIODevice
{
public:
    std::unique_ptr<QSaveFile> saveFile;
    int fd = -1;
    bool ownsFd = false;
    QString error;

    ~Sink() override
    {
        if (ownsFd)
            ::close(fd);
    }

    bool isSequential() const override { return true; }

    bool drain()
    {
        if (!error.isEmpty())
            return false;
        if (mBuffer.isEmpty())
            return true;
        if (saveFile) {
            // A short write is retried: the retry fails with the reason (ENOSPC) that the
            // short one does not report.
            qsizetype done = 0;
            while (done < mBuffer.size()) {
                errno = 0;
                const qint64 n = saveFile->write(mBuffer.constData() + done, mBuffer.size() - done);
                if (n <= 0) {
                    const int code = errno;
                    error = saveFile->errorString();
                    if ((error.isEmpty() || error == QLatin1String("Unknown error")) && code != 0)
                        error = systemReason(code);
                    return false;
                }
                done += qsizetype(n);
            }
        } else {
            const char *data = mBuffer.constData();
            qsizetype left = mBuffer.size();
            while (left > 0) {
                const ssize_t n = ::write(fd, data, std::size_t(left));
                if (n < 0) {
                    if (errno == EINTR)
                        continue;
                    error = systemReason(errno);
                    return false;
                }
                data += n;
                left -= n;
            }
        }
        mBuffer.clear();
        return true;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (!error.isEmpty())
            return -1;
        mBuffer.append(data, qsizetype(length));
        if (mBuffer.size() >= kChunk && !drain())
            return -1;
        return length;
    }

private:
    QByteArray mBuffer;
};

CheckedWriter::CheckedWriter(const QString &path) : mPath(path) {}

CheckedWriter::~CheckedWriter()
{
    if (!mCommitted)
        cancel();
}

bool CheckedWriter::fail(const QString &reason)
{
    mReason = reason.isEmpty() ? FileText::tr("unknown error") : reason;
    return false;
}

bool CheckedWriter::open()
{
    mSink = std::make_unique<Sink>();
    mCommitted = false;
    mReason.clear();
    if (mPath == standardOutputName()) {
        std::fflush(stdout); // text printed earlier through stdio goes first
        mSink->fd = STDOUT_FILENO;
    } else if (mPath.isEmpty()) {
        return fail(FileText::tr("no file name"));
    } else {
        const QByteArray name = QFile::encodeName(mPath);
        struct stat st;
        if (::stat(name.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
            if (S_ISDIR(st.st_mode) || S_ISSOCK(st.st_mode))
                return fail(kindReason(st.st_mode));
            // A device or FIFO is written in place. Non-blocking open: a FIFO nothing reads
            // from fails at once (ENXIO) instead of waiting forever.
            const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
            if (fd < 0) {
                if (errno == ENXIO && S_ISFIFO(st.st_mode))
                    return fail(FileText::tr("no program is reading from this FIFO"));
                return fail(systemReason(errno));
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            mSink->fd = fd;
            mSink->ownsFd = true;
        } else {
            mSink->saveFile = std::make_unique<QSaveFile>(mPath);
            if (!mSink->saveFile->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                const QString reason = mSink->saveFile->errorString();
                mSink.reset();
                return fail(reason);
            }
        }
    }
    mSink->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return true;
}

QIODevice *CheckedWriter::device()
{
    return mSink.get();
}

bool CheckedWriter::commit()
{
    if (!mSink)
        return mReason.isEmpty() ? fail(FileText::tr("the file was not opened")) : false;
    if (!mSink->drain()) {
        const QString reason = mSink->error;
        cancel();
        return fail(reason);
    }
    if (mSink->saveFile) {
        errno = 0;
        if (!mSink->saveFile->commit()) {
            const int error = errno;
            QString reason = mSink->saveFile->errorString();
            if ((reason.isEmpty() || reason == QLatin1String("Unknown error")) && error != 0)
                reason = systemReason(error);
            mSink.reset();
            return fail(reason);
        }
        removeStaleSaveTemporaries(mPath);
    } else if (mSink->ownsFd) {
        const int fd = mSink->fd;
        mSink->ownsFd = false;
        if (::close(fd) != 0 && errno != EINTR) {
            const QString reason = systemReason(errno);
            mSink.reset();
            return fail(reason);
        }
    }
    mSink.reset();
    mCommitted = true;
    return true;
}

void CheckedWriter::cancel()
{
    if (mSink && mSink->saveFile)
        mSink->saveFile->cancelWriting();
    mSink.reset();
}

bool CheckedWriter::abandon(const QString &producerReason)
{
    const QString writeError = mSink ? mSink->error : QString();
    cancel();
    return fail(writeError.isEmpty() ? producerReason : writeError);
}

QString CheckedWriter::errorString() const
{
    const QString target = mPath == standardOutputName() ? FileText::tr("standard output") : mPath;
    return FileText::tr("Cannot write %1: %2").arg(target, mReason);
}

bool writeFileChecked(const QString &path, const QByteArray &bytes, QString *error)
{
    CheckedWriter writer(path);
    if (writer.open()) {
        if (writer.device()->write(bytes) == bytes.size())
            writer.commit();
        else
            writer.abandon(FileText::tr("the data could not be written"));
    }
    if (writer.reason().isEmpty())
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

void removeStaleSaveTemporaries(const QString &path)
{
    // QSaveFile links its unnamed temporary as "NAME.XXXXXX" (six random ASCII letters) just
    // before renaming it over NAME; a kill in between leaves a whole copy behind. A user's own
    // "NAME.backup" or "NAME.Backup" must survive, so a word-like suffix (all lower case, all
    // upper case, or capitalised) is never taken for one, and the file must start like NAME.
    const QFileInfo info(path);
    QFile saved(info.absoluteFilePath());
    if (!saved.open(QIODevice::ReadOnly))
        return;
    const QByteArray head = saved.read(16);
    saved.close();
    if (head.isEmpty())
        return;
    static const QRegularExpression random(QStringLiteral("^[A-Za-z]{6}$"));
    static const QRegularExpression wordLike(
        QStringLiteral("^(?:[a-z]{6}|[A-Z]{6}|[A-Z][a-z]{5})$"));
    const QString prefix = info.fileName() + QLatin1Char('.');
    const QDir dir = info.absoluteDir();
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (!name.startsWith(prefix) || entry.isSymLink() || !entry.isFile())
            continue;
        const QString suffix = name.mid(prefix.size());
        if (!random.match(suffix).hasMatch() || wordLike.match(suffix).hasMatch())
            continue;
        QFile stray(entry.absoluteFilePath());
        if (!stray.open(QIODevice::ReadOnly) || stray.read(16) != head)
            continue;
        stray.close();
        stray.remove();
    }
}

} // namespace hierarch
