// noticectl: the command-line twin of Noticeboard, on the same libraries and the
// same session store. Wiring only: each command lives in commands_*.cpp.
#include "cli.h"
#include "client/profile_lock.h"
#include "client/session_store.h"
#include "i18n/translations.h"
#include "options.h"
#include "terminal_text.h"

#include <QCoreApplication>
#include <QMap>

using namespace nb;
using namespace nb::cli;

namespace {

// Long enough for another noticectl command to finish; a campaign or the app is named instead.
constexpr int kProfileLockWaitMs = 5000;

// Translated as a whole (context "noticectl"): the command words and options stay as they are.
const char* const helpText = QT_TRANSLATE_NOOP("noticectl",
    "noticectl - server notices from the command line\n"
    "\n"
    "Usage: noticectl [--profile DIR] [--json] COMMAND [ARGS]\n"
    "\n"
    "  login --user USER [--homeserver URL|SERVER_NAME] [--password-stdin]\n"
    "  logout\n"
    "  inbox [--json]             your notice rooms and their notices\n"
    "  status [--json]            the usage limit in force, if any, and what the server says\n"
    "                             about your account (terms to accept, suspended, locked)\n"
    "  accept ROOM                open a notice you were invited to\n"
    "  archive ROOM               leave a notice room (where its leave rule allows)\n"
    "  reject ROOM                decline an unverified notice invitation\n"
    "  forget ROOM                delete an archived notice\n"
    "  read ROOM [--private] [--public]\n"
    "                             mark a notice room as read; --private: a private receipt, the\n"
    "                             sender is not told (default: the app's setting, public unless off)\n"
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
    "         [--preset P] [--allow-leave] [--markdown] [--journal FILE] [--lift-rate-limit]\n"
    "         [--concurrency N] [--json] TEXT\n"
    "                             the journal records the campaign (default: a new one in the\n"
    "                             profile's campaigns folder); the same command with the same\n"
    "                             --journal resumes it, and a campaign to --all-local-users run\n"
    "                             again reaches the accounts made since, only them\n"
    "  campaign list [--json]     past campaigns: delivered, failed, joined, read, replied, archived\n"
    "  campaign show --journal FILE [--json]   one campaign, per recipient\n"
    "  campaign recall --journal FILE --reason TEXT [--lift-rate-limit]\n"
    "                             withdraw every notice the campaign delivered (rooms route)\n"
    "  campaign correct --journal FILE [--markdown] [--lift-rate-limit] TEXT\n"
    "                             edit every delivered notice to TEXT (rooms route)\n"
    "  usage-limit USER --limit-type T [--admin-contact URI] [--clear]\n"
    "\n"
    "Options a command does not take are refused (exit 2) with the nearest one it does take;\n"
    "after -- every argument is text, even one that starts with --.\n"
    "\n"
    "Exit codes: 0 done, 2 usage error (also a named file that is not what it must be),\n"
    "3 refused by the room's rules (or not an admin), 4 refused by the server,\n"
    "5 server unreachable, 6 the profile is in use by the app or another noticectl;\n"
    "notify and campaign also: 1 journal not writable,\n"
    "130/143 stopped by SIGINT/SIGTERM (the journal is consistent; rerun to resume).\n");

struct CommandEntry {
    Command run;
    CommandOptions options;
};

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result << QString::fromLatin1(name);
    return result;
}

// Every command and the options it takes (besides --profile, --json and --help).
const QMap<QString, CommandEntry>& commandTable()
{
    const CommandOptions none;
    CommandOptions noArguments;
    noArguments.arguments = 0;
    static const QMap<QString, CommandEntry> table = {
        {QStringLiteral("help"), {nullptr, none}},
        {QStringLiteral("login"), {runLogin, {names({"user", "homeserver"}), names({"password-stdin"}), {}, 0}}},
        {QStringLiteral("logout"), {runLogout, noArguments}},
        {QStringLiteral("inbox"), {runInbox, noArguments}},
        {QStringLiteral("status"), {runStatus, noArguments}},
        {QStringLiteral("accept"), {runRoomAction, none}},
        {QStringLiteral("archive"), {runRoomAction, none}},
        {QStringLiteral("reject"), {runRoomAction, none}},
        {QStringLiteral("forget"), {runRoomAction, none}},
        {QStringLiteral("read"), {runRoomAction, {{}, names({"private", "public"}), {}}}},
        {QStringLiteral("reply"), {runReply, none}},
        {QStringLiteral("admin"), {runAdmin, none}},
        // --invite may be repeated so that room create can say it takes exactly one.
        {QStringLiteral("room"),
            {runRoom, {names({"preset", "invite", "name", "topic"}), names({"allow-leave"}), names({"invite"})}}},
        {QStringLiteral("send"), {runSend, {{}, names({"markdown"}), {}}}},
        {QStringLiteral("pin"), {runPin, none}},
        {QStringLiteral("unpin"), {runPin, none}},
        {QStringLiteral("leave-rule"), {runLeaveRule, none}},
        {QStringLiteral("usage-limit"),
            {runUsageLimit, {names({"limit-type", "admin-contact"}), names({"clear"}), {}}}},
        {QStringLiteral("notify"),
            {runNotify,
                {names({"to", "to-file", "via", "preset", "journal", "concurrency"}),
                    names({"allow-leave", "markdown", "all-local-users", "lift-rate-limit"}), names({"to"})}}},
        {QStringLiteral("campaign"),
            {runCampaign, {names({"journal", "reason"}), names({"markdown", "lift-rate-limit"}), {}}}},
    };
    return table;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Messages and help in the user's language; --json output and exit codes never change.
    installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("Noticeboard"));
    QCoreApplication::setApplicationName(QStringLiteral("noticeboard"));

    QMap<QString, CommandOptions> accepted;
    for (auto it = commandTable().begin(); it != commandTable().end(); ++it)
        accepted.insert(it.key(), it.value().options);
    QString error;
    const auto call = parseCommandLine(app.arguments(), accepted, &error);
    if (!call)
        return usage(error);
    if (call->command.isEmpty() || call->command == QLatin1String("help") || call->has(QStringLiteral("help"))) {
        out() << QCoreApplication::translate("noticectl", helpText) << Qt::flush;
        return call->command.isEmpty() && !call->has(QStringLiteral("help")) ? Usage : Ok;
    }

    const auto command = commandTable().find(call->command);
    if (command == commandTable().end()) {
        const auto near = closestName(call->command, commandTable().keys());
        return usage(
            QCoreApplication::translate("noticectl", "Unknown command '%1'.%2")
                .arg(terminalLine(call->command.left(60)),
                    near ? QCoreApplication::translate("noticectl", " Did you mean '%1'?").arg(*near) : QString()));
    }

    ServiceOptions options;
    options.profileDir = call->value(QStringLiteral("profile"));
    // One writer per profile (profile_lock.h): wait a little for the app or another
    // noticectl to finish, then say who holds it rather than write under them.
    ProfileLock lock(options.profileDir.isEmpty() ? SessionStore::defaultProfileDir() : options.profileDir);
    if (!lock.acquire(kProfileLockWaitMs)) {
        err() << "noticectl: " << lock.message() << Qt::endl;
        return lock.heldByOther() ? Busy : Usage; // else the folder itself is unusable (not the user's)
    }
    NoticeService service(options);
    return command->run(service, *call);
}
