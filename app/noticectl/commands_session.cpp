// noticectl login / logout.
#include "cli.h"
#include "terminal_text.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <termios.h>
#include <unistd.h>

namespace nb::cli {

namespace {
// Reads one line from standard input; with `hidden`, without echoing it.
QString readPassword(bool hidden)
{
    termios saved {};
    const bool terminal = hidden && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        err() << QCoreApplication::translate("noticectl", "Password: ") << Qt::flush;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

int runLogin(NoticeService& service, const Invocation& call)
{
    const QString user = call.value(QStringLiteral("user"));
    const QString homeserver = call.value(QStringLiteral("homeserver"));
    if (user.isEmpty())
        return usage(QCoreApplication::translate(
            "noticectl", "login needs --user USER (a Matrix ID, or a user name with --homeserver)."));
    if (!user.startsWith(QLatin1Char('@')) && homeserver.isEmpty())
        return usage(QCoreApplication::translate(
            "noticectl", "login with a bare user name needs --homeserver URL|SERVER_NAME."));
    const QString password = readPassword(!call.has(QStringLiteral("password-stdin")));
    const ActionResult result = await([&](auto done) { service.login(user, homeserver, password, done); });
    if (result.ok() && call.json) {
        const nlohmann::json document = {{"user_id", result.value.toStdString()},
            {"token_storage", service.tokenStorageDescription().toStdString()}};
        out() << QString::fromStdString(document.dump()) << Qt::endl;
        return Ok;
    }
    if (result.ok())
        out() << terminalText(result.message) << Qt::endl; // may name the server or the user
    return finish(result, false);
}

int runLogout(NoticeService& service, const Invocation&)
{
    // Also when the session cannot be restored (damaged, token unreadable): logout then
    // removes what is left of it on disk, so no token stays behind.
    await([&](auto done) { service.restoreSession(done); });
    const ActionResult result = await([&](auto done) { service.logout(done); });
    if (result.ok())
        out() << terminalText(result.message) << Qt::endl;
    return finish(result, false);
}

} // namespace nb::cli
