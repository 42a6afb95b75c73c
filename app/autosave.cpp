#include "autosave.h"

#include "document/document.h"
#include "io/plantext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

namespace hierarch {

namespace {

const QLatin1String kCopySuffix(".hierarchy.yaml");
const QLatin1String kSidecarSuffix(".json");
const QLatin1String kLockSuffix(".lock");
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 kMaxSidecarSize = 64 * 1024;

QString pathFor(const QString &id, QLatin1String suffix)
{
    return Autosave::recoveryDir() + QLatin1Char('/') + id + suffix;
}

std::unique_ptr<QLockFile> makeLock(const QString &id)
{
    auto lock = std::make_unique<QLockFile>(pathFor(id, kLockSuffix));
    // A lock is stale only when its process is gone; the default 30 s age limit would let a
    // second editor take the lock of a first one that has simply been running for a while.
    lock->setStaleLockTime(0);
    return lock;
}

bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // The temporary file is created with the umask's permissions; narrow them before any
    // plan data is written into it. The explicit flush reports a full disk with its reason
    // (commit() alone says "Unknown error").
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnly) &&
        file.write(bytes) == bytes.size() && file.flush() && file.commit()) {
        QFile::setPermissions(path, kOwnerOnly);
        return true;
    }
    if (error)
        *error =
            Autosave::tr("Cannot write the recovery copy %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent), mDocument(document), mId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    mTimer.setSingleShot(true);
    mTimer.setInterval(kDefaultInterval);
    connect(&mTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!writeNow(&error))
            emit writeFailed(error);
    });
    // Every edit, undo and redo moves the stack's index (merged typing too); resetClean() after
    // a restore only changes the modification state.
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, this, &Autosave::documentTouched);
    connect(mDocument, &Document::modificationChanged, this, [this](bool modified) {
        if (modified)
            documentTouched();
        else
            removeCopy(); // saved, reset, or undone back to the saved state
    });
}

Autosave::~Autosave() = default; // the QLockFile destructors unlock and delete the lock files

QString Autosave::recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString Autosave::copyPath() const
{
    return pathFor(mId, kCopySuffix);
}

QString Autosave::sidecarPath() const
{
    return pathFor(mId, kSidecarSuffix);
}

void Autosave::documentTouched()
{
    if (mDocument->isModified() && !mTimer.isActive())
        mTimer.start();
}

bool Autosave::lockSession(QString *error)
{
    if (mLock)
        return true;
    const QString dir = recoveryDir();
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner)) {
        if (error)
            *error = tr("Cannot create the recovery folder %1").arg(dir);
        return false;
    }
    auto lock = makeLock(mId);
    if (!lock->tryLock(0)) {
        if (error)
            *error = tr("Cannot lock the recovery copy in %1").arg(dir);
        return false;
    }
    mLock = std::move(lock);
    return true;
}

bool Autosave::writeNow(QString *error)
{
    mTimer.stop();
    if (!lockSession(error))
        return false;
    if (!writeOwnerOnly(copyPath(), mDocument->text().bytes, error))
        return false;
    QJsonObject sidecar;
    sidecar.insert(QStringLiteral("originalPath"),
                   mDocument->filePath().isEmpty()
                       ? QString()
                       : QFileInfo(mDocument->filePath()).absoluteFilePath());
    sidecar.insert(QStringLiteral("planName"), mDocument->plan().name);
    sidecar.insert(QStringLiteral("savedAt"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    sidecar.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    if (!writeOwnerOnly(sidecarPath(), QJsonDocument(sidecar).toJson(), error))
        return false;
    mHasCopy = true;
    emit copyWritten(copyPath());
    return true;
}

void Autosave::removeCopy()
{
    mTimer.stop();
    if (!mHasCopy)
        return;
    QFile::remove(copyPath());
    QFile::remove(sidecarPath());
    mHasCopy = false;
}

QList<RecoveryCandidate> Autosave::findOrphans()
{
    static const QRegularExpression idPattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QList<RecoveryCandidate> out;
    const QDir dir(recoveryDir());
    const QStringList copies = dir.entryList({QStringLiteral("*") + kCopySuffix}, QDir::Files,
                                             QDir::Time | QDir::Reversed);
    for (const QString &name : copies) {
        const QString id = name.chopped(kCopySuffix.size());
        if (id == mId || !idPattern.match(id).hasMatch() || mHeld.count(id))
            continue;
        auto lock = makeLock(id);
        if (!lock->tryLock(0))
            continue; // its editor is still running
        RecoveryCandidate candidate;
        candidate.id = id;
        candidate.copyPath = dir.filePath(name);
        candidate.savedAt = QFileInfo(candidate.copyPath).lastModified().toUTC();
        // The sidecar is a convenience: a copy without one is still offered, as untitled.
        QFile sidecar(pathFor(id, kSidecarSuffix));
        if (sidecar.size() <= kMaxSidecarSize && sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
            const QString original = json.value(QStringLiteral("originalPath")).toString();
            if (QFileInfo(original).isAbsolute())
                candidate.originalPath = original;
            candidate.planName = json.value(QStringLiteral("planName")).toString();
            const QDateTime savedAt = QDateTime::fromString(
                json.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (savedAt.isValid())
                candidate.savedAt = savedAt.toUTC();
        }
        mHeld.emplace(id, std::move(lock));
        out.append(candidate);
    }
    return out;
}

void Autosave::release(const RecoveryCandidate &candidate)
{
    mHeld.erase(candidate.id);
}

void Autosave::discard(const RecoveryCandidate &candidate)
{
    QFile::remove(pathFor(candidate.id, kCopySuffix));
    QFile::remove(pathFor(candidate.id, kSidecarSuffix));
    mHeld.erase(candidate.id);
}

} // namespace hierarch
