#include "campaign/campaign_library.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <algorithm>

namespace nb::campaign {

namespace {
const char* const elsewhereFile = "elsewhere.txt";
}

CampaignLibrary::CampaignLibrary(QString profileDir)
    : m_profileDir(std::move(profileDir))
{
}

QString CampaignLibrary::directory() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("campaigns"));
}

QString CampaignLibrary::newJournalPath(QString* error) const
{
    QDir dir(directory());
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = QStringLiteral("Cannot make the campaigns folder %1.").arg(dir.path());
        return {};
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
    const QString suffix = QString::number(QRandomGenerator::system()->generate() & 0xffffff, 16);
    return dir.filePath(stamp + QLatin1Char('-') + suffix + QStringLiteral(".journal"));
}

void CampaignLibrary::remember(const QString& journalPath) const
{
    const QString absolute = QFileInfo(journalPath).absoluteFilePath();
    if (QFileInfo(absolute).absolutePath() == QFileInfo(directory()).absoluteFilePath())
        return;
    const QString listPath = QDir(directory()).filePath(QString::fromLatin1(elsewhereFile));
    QStringList known;
    QFile list(listPath);
    if (list.open(QIODevice::ReadOnly))
        known = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    list.close();
    if (known.contains(absolute) || absolute.contains(QLatin1Char('\n')))
        return;
    known << absolute;
    QDir().mkpath(directory());
    QSaveFile save(listPath);
    if (save.open(QIODevice::WriteOnly)) {
        save.write(known.join(QLatin1Char('\n')).toUtf8() + '\n');
        save.commit();
    }
}

QStringList CampaignLibrary::journals() const
{
    QList<QFileInfo> files;
    const QDir dir(directory());
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.journal")}, QDir::Files))
        files << file;
    QFile list(dir.filePath(QString::fromLatin1(elsewhereFile)));
    if (list.open(QIODevice::ReadOnly))
        for (const QString& path : QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (QFileInfo(path).isFile())
                files << QFileInfo(path);
    std::stable_sort(files.begin(), files.end(),
        [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() > b.lastModified(); });
    QStringList paths;
    for (const QFileInfo& file : files)
        if (!paths.contains(file.absoluteFilePath()))
            paths << file.absoluteFilePath();
    return paths;
}

} // namespace nb::campaign
