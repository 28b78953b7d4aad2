// noticectl: the command-line twin of Noticeboard, on the same libraries and the
// same session store. Wiring only: each command lives in commands_*.cpp.
#include "cli.h"

#include <QCoreApplication>
#include <QMap>

using namespace nb;
using namespace nb::cli;

namespace {

const char* helpText =
    "noticectl - server notices from the command line\n"
    "\n"
    "Usage: noticectl [--profile DIR] [--json] COMMAND [ARGS]\n"
    "\n"
    "  login --user USER [--homeserver URL|SERVER_NAME] [--password-stdin]\n"
    "  logout\n"
    "  inbox [--json]             your notice rooms and their notices\n"
    "  status [--json]            the usage limit in force, if any\n"
    "  accept ROOM                open a notice you were invited to\n"
    "  archive ROOM               leave a notice room (where its leave rule allows)\n"
    "  reject ROOM                decline an unverified notice invitation\n"
    "  forget ROOM                delete an archived notice\n"
    "  read ROOM                  mark a notice room as read\n"
    "  reply ROOM TEXT            answer in a notice room that accepts replies\n"
    "\n"
    "Server administrators:\n"
    "  admin check                whether you are a server admin ({\"admin\": bool})\n"
    "  admin sent [--json]        the notice rooms you created: recipient, membership, read, leave rule\n"
    "  room create --preset notice|notice_readonly --invite USER [--name N] [--topic T] [--allow-leave] [--json]\n"
    "  send ROOM TEXT [--markdown] post a notice; prints the event ID\n"
    "  pin ROOM EVENT, unpin ROOM EVENT\n"
    "  leave-rule ROOM allow|deny\n"
    "  notify (--to USER ... | --to-file F | --all-local-users) --via rooms|server-notices\n"
    "         [--preset P] [--allow-leave] [--markdown] --journal FILE [--concurrency N] [--json] TEXT\n"
    "  usage-limit USER --limit-type T [--admin-contact URI] [--clear]\n"
    "\n"
    "Exit codes: 0 done, 2 usage error, 3 refused by the room's rules (or not an admin),\n"
    "4 refused by the server, 5 server unreachable; notify also: 1 journal not writable,\n"
    "130/143 stopped by SIGINT/SIGTERM (the journal is consistent; rerun to resume).\n";

// Options that take a value; every other --option is a flag.
const QStringList valueOptions = {QStringLiteral("profile"), QStringLiteral("user"), QStringLiteral("homeserver"),
    // admin side
    QStringLiteral("preset"), QStringLiteral("invite"), QStringLiteral("name"), QStringLiteral("topic"),
    QStringLiteral("to"), QStringLiteral("to-file"), QStringLiteral("via"), QStringLiteral("journal"),
    QStringLiteral("concurrency"), QStringLiteral("limit-type"), QStringLiteral("admin-contact")};

std::optional<Invocation> parse(const QStringList& args, QString* error)
{
    Invocation call;
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg.startsWith(QStringLiteral("--"))) {
            const QString name = arg.mid(2);
            if (name == QLatin1String("json")) {
                call.json = true;
            } else if (valueOptions.contains(name)) {
                if (i + 1 >= args.size()) {
                    *error = QStringLiteral("--%1 needs a value.").arg(name);
                    return std::nullopt;
                }
                call.options[name].append(args[++i]);
            } else {
                call.options[name].append(QString());
            }
        } else if (call.command.isEmpty()) {
            call.command = arg;
        } else {
            call.positional.append(arg);
        }
    }
    return call;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Noticeboard"));
    QCoreApplication::setApplicationName(QStringLiteral("noticeboard"));

    QString error;
    const auto call = parse(app.arguments(), &error);
    if (!call)
        return usage(error);
    if (call->command.isEmpty() || call->command == QLatin1String("help") || call->has(QStringLiteral("help"))) {
        out() << helpText << Qt::flush;
        return call->command.isEmpty() && !call->has(QStringLiteral("help")) ? Usage : Ok;
    }

    const QMap<QString, Command> commands = {
        {QStringLiteral("login"), runLogin},
        {QStringLiteral("logout"), runLogout},
        {QStringLiteral("inbox"), runInbox},
        {QStringLiteral("status"), runStatus},
        {QStringLiteral("accept"), runRoomAction},
        {QStringLiteral("archive"), runRoomAction},
        {QStringLiteral("reject"), runRoomAction},
        {QStringLiteral("forget"), runRoomAction},
        {QStringLiteral("read"), runRoomAction},
        {QStringLiteral("reply"), runReply},
        {QStringLiteral("admin"), runAdmin},
        {QStringLiteral("room"), runRoom},
        {QStringLiteral("send"), runSend},
        {QStringLiteral("pin"), runPin},
        {QStringLiteral("unpin"), runPin},
        {QStringLiteral("leave-rule"), runLeaveRule},
        {QStringLiteral("usage-limit"), runUsageLimit},
        {QStringLiteral("notify"), runNotify},
    };
    const auto command = commands.find(call->command);
    if (command == commands.end())
        return usage(QStringLiteral("unknown command '%1'.").arg(call->command));

    ServiceOptions options;
    options.profileDir = call->value(QStringLiteral("profile"));
    NoticeService service(options);
    return (*command)(service, *call);
}
