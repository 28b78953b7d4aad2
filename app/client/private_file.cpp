#include "private_file.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace nb {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions exposedBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool writePrivateFile(const QString& path, const QByteArray& content, QString* error)
{
    if (!ensurePrivateDir(QFileInfo(path).absolutePath(), error))
        return false;
    // QSaveFile writes a temporary file and renames it over `path` on commit. The
    // temporary file starts as 0666 & ~umask (or with the old file's mode); it is
    // narrowed to 0600 while still empty, and the rename keeps that mode.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return fail(error, QStringLiteral("cannot restrict the permissions of %1: %2").arg(path, file.errorString()));
    }
    if (file.write(content) != content.size() || !file.commit())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool ensurePrivateDir(const QString& dir, QString* error)
{
    if (QFileInfo(dir).isDir())
        return true;
    if (!QDir().mkpath(dir))
        return fail(error, QStringLiteral("cannot create the folder %1").arg(dir));
    QFile::setPermissions(dir, ownerOnly | QFileDevice::ExeOwner);
    return true;
}

bool isExposed(const QString& path)
{
    return (QFileInfo(path).permissions() & exposedBits) != 0;
}

} // namespace nb
