// Whole-file reads and writes for the suites that put plans on disk and look at what a command
// or a save left there.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace hierarch::testing {

// The file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Replaces the file's content with `bytes`; false when any of it could not be written.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace hierarch::testing
