#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace hierarch {

// Reading and writing files that may be hostile: a FIFO that never delivers, a device that never
// ends, a full disk. Every program path that reads a plan or writes an output goes through here.

enum class ReadStatus { Read, TooLarge, NotRegular, Failed };

// Reads the regular file at `path` whole. A FIFO, socket, device or directory is refused before
// any open that could block (the path is checked first and opened non-blocking, then the open
// file is checked again), and at most `maxBytes` are read even if the file grows meanwhile.
// On failure `why` says why, for people ("No such file or directory", "it is a FIFO").
ReadStatus readRegularFile(const QString &path, qint64 maxBytes, QByteArray &bytes,
                           QString *why = nullptr);

// Why `path` cannot be read as a plan without opening it: empty when it is a regular file (or
// does not exist: opening it then says why), else "it is a directory", "it is a FIFO", ...
QString nonRegularReason(const QString &path);

// Writes an output file so that it is complete or not written at all.
// - A regular or new file goes through QSaveFile: commit() replaces the file only when every
//   write and the final flush succeeded; otherwise the existing file is untouched.
// - An existing device or FIFO (/dev/null, a pipe to another program) is written directly, never
//   replaced by a regular file; a FIFO nothing reads from is refused instead of waited on.
// - "-" is standard output.
// Every failure keeps the system's reason ("No space left on device") for errorString().
class CheckedWriter
{
public:
    explicit CheckedWriter(const QString &path);
    ~CheckedWriter(); // cancels an uncommitted write
    CheckedWriter(const CheckedWriter &) = delete;
    CheckedWriter &operator=(const CheckedWriter &) = delete;

    bool open();
    // Valid after open(): where to write. Buffered here; write errors are remembered.
    QIODevice *device();
    bool commit();
    void cancel();
    // Cancels after the producer failed (an encoder, a painter): the reason is the failed write
    // when there was one, else `producerReason`. Returns false, for `return w.abandon(...)`.
    bool abandon(const QString &producerReason);
    // "Cannot write PATH: REASON".
    QString errorString() const;
    QString reason() const { return mReason; }

    // The name of standard output for --output.
    static QString standardOutputName() { return QStringLiteral("-"); }

private:
    class Sink;
    bool fail(const QString &reason);

    QString mPath;
    QString mReason;
    std::unique_ptr<Sink> mSink;
    bool mCommitted = false;
};

// One-shot form: writes `bytes` to `path` as CheckedWriter does; on failure fills `error` with
// "Cannot write PATH: REASON".
bool writeFileChecked(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// Removes temporaries that an interrupted save of `path` left beside it (QSaveFile's
// "NAME.XXXXXX" files that hold a complete save but were never renamed).
void removeStaleSaveTemporaries(const QString &path);

} // namespace hierarch
