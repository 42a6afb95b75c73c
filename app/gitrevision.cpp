#include "gitrevision.h"

#include <QFileInfo>
#include <QProcess>

namespace hierarch {

namespace {

constexpr int kGitTimeoutMs = 30'000;

struct GitRun
{
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

GitRun runGit(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess git;
    if (!workingDirectory.isEmpty())
        git.setWorkingDirectory(workingDirectory);
    git.start(QStringLiteral("git"), arguments);
    GitRun run;
    if (!git.waitForStarted(kGitTimeoutMs)) {
        run.err = "git could not be started: " + git.errorString().toUtf8();
        return run;
    }
    git.closeWriteChannel();
    if (!git.waitForFinished(kGitTimeoutMs)) {
        git.kill();
        git.waitForFinished();
        run.err = "git did not finish";
        return run;
    }
    run.out = git.readAllStandardOutput();
    run.err = git.readAllStandardError();
    run.ok = git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
    return run;
}

} // namespace

GitBlob readGitBlob(const QString &revisionAndPath, const QString &workingDirectory)
{
    const GitRun run = runGit({QStringLiteral("show"), revisionAndPath}, workingDirectory);
    GitBlob blob;
    blob.ok = run.ok;
    if (run.ok)
        blob.bytes = run.out;
    else
        blob.error = QString::fromUtf8(run.err).trimmed();
    return blob;
}

QString gitSpecForFile(const QString &revision, const QString &filePath)
{
    return revision + QStringLiteral(":./") + QFileInfo(filePath).fileName();
}

bool isTrackedByGit(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return false;
    return runGit({QStringLiteral("ls-files"), QStringLiteral("--error-unmatch"),
                   QStringLiteral("--"), info.fileName()},
                  info.absolutePath())
        .ok;
}

} // namespace hierarch
