#include "autostart.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace nb::autostart {

namespace {
const QString kAppId = QStringLiteral("io.noticeboard.Noticeboard");

QString normalised(const QString& dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

bool isDefault(const QString& profileDir, const QString& defaultProfileDir)
{
    return profileDir.isEmpty() || normalised(profileDir) == normalised(defaultProfileDir);
}
} // namespace

QString directory()
{
    // The XDG Base Directory rule: an unset, empty or relative XDG_CONFIG_HOME is ignored.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("autostart"));
}

QString entryPath(const QString& profileDir, const QString& defaultProfileDir)
{
    QString name = kAppId;
    if (!isDefault(profileDir, defaultProfileDir)) {
        const QByteArray hash =
            QCryptographicHash::hash(QFile::encodeName(normalised(profileDir)), QCryptographicHash::Sha256).toHex();
        name += QStringLiteral(".profile-%1").arg(QString::fromLatin1(hash.left(12)));
    }
    return QDir(directory()).filePath(name + QStringLiteral(".desktop"));
}

QString execArgument(const QString& argument)
{
    if (argument.isEmpty())
        return QStringLiteral("\"\"");
    for (const QChar c : argument)
        if (c.category() == QChar::Other_Control)
            return {}; // a line break would end the Exec line and start another key
    // Reserved characters (the spec's list): the argument must then be quoted.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = false;
    for (const QChar c : argument)
        quote = quote || reserved.contains(c);
    QString out;
    if (quote) {
        // Inside double quotes, " ` $ and \ take a backslash...
        QString quoted;
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        out = QLatin1Char('"') + quoted + QLatin1Char('"');
    } else {
        out = argument;
    }
    // ...and the value is a string, whose own escape rule applies first when read: every
    // backslash is written twice (so a literal backslash in a quoted argument is four).
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    // % starts a field code (%f, %u, ...); a literal one is %%.
    out.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return out;
}

QString entryText(const QString& program, const QString& profileDir, const QString& defaultProfileDir)
{
    QStringList arguments {program, QStringLiteral("--hidden")};
    if (!isDefault(profileDir, defaultProfileDir))
        arguments << QStringLiteral("--profile") << normalised(profileDir);
    QStringList exec;
    for (const QString& argument : arguments) {
        const QString written = execArgument(argument);
        if (written.isEmpty())
            return {};
        exec << written;
    }
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Noticeboard\n"
                          "Comment=Receive the notices your Matrix homeserver sends you\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec.join(QLatin1Char(' ')), kAppId);
}

bool isEnabled(const QString& profileDir, const QString& defaultProfileDir)
{
    return QFileInfo::exists(entryPath(profileDir, defaultProfileDir));
}

bool setEnabled(
    bool enabled, const QString& program, const QString& profileDir, const QString& defaultProfileDir, QString* error)
{
    const QString path = entryPath(profileDir, defaultProfileDir);
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return fail(QCoreApplication::translate("nb::Autostart", "Could not remove %1.").arg(path));
        return true;
    }
    const QString text = entryText(program, profileDir, defaultProfileDir);
    if (text.isEmpty())
        return fail(QCoreApplication::translate("nb::Autostart",
            "The program or profile folder has a line break or control character in its "
            "name, which a start-at-login entry cannot hold."));
    if (!QDir().mkpath(directory()))
        return fail(QCoreApplication::translate("nb::Autostart", "Could not create the folder %1.").arg(directory()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(
            QCoreApplication::translate("nb::Autostart", "Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace nb::autostart
