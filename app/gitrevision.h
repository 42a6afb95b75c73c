#pragma once

#include <QByteArray>
#include <QString>

namespace hierarch {

// A plan as git has it at a revision (`REV:PATH`), for `hierarch diff` and File ▸ Compare With.
struct GitBlob
{
    bool ok = false;
    QByteArray bytes;
    QString error; // git's own message when !ok
};

// Runs `git show REV:PATH` in `workingDirectory` (the current one when empty). PATH is relative
// to the repository's top unless written `./PATH`, as git reads it.
GitBlob readGitBlob(const QString &revisionAndPath, const QString &workingDirectory = QString());

// "REV:./NAME" for a file on disk, read in the file's own directory (so the file may live in any
// repository, at any depth).
QString gitSpecForFile(const QString &revision, const QString &filePath);

// Whether `filePath` is tracked in a git work tree (git is installed and knows the file).
bool isTrackedByGit(const QString &filePath);

} // namespace hierarch
