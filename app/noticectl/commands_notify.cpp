// noticectl notify: one notice to many users as a campaign with a journal (app/campaign).
// Rerunning the same command with the same --journal resumes it: recipients already
// served count as sent and are not sent to again. Progress goes to stderr, the summary
// to stdout (JSON with --json). SIGINT/SIGTERM stop it cleanly: requests in flight finish
// and are recorded, nothing new starts, and the exit code is 128 + the signal.
#include "campaign_run.h"
#include "commands_admin.h"
#include "terminal_text.h"

#include "admin/admin_result.h"
#include "admin/markdown.h"
#include "campaign/campaign_library.h"
#include "campaign/campaign_text.h"
#include "campaign/user_file.h"
#include "matrix/user_id.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {

using json = nlohmann::json;
using namespace nb::campaign;

std::string s(const QString& text)
{
    return text.toStdString();
}

struct NotifyArgs {
    CampaignSpec spec;
    QStringList users;
    QString journal; // empty: a new one in the profile's campaigns folder
    int concurrency = 8;
    bool liftRateLimit = false;
};

// Checks the command line; on a problem prints it and sets *exitCode.
std::optional<NotifyArgs> parseArgs(const Invocation& call, int* exitCode)
{
    auto fail = [exitCode](const QString& message) {
        *exitCode = usage(message);
        return std::nullopt;
    };
    NotifyArgs args;
    if (call.positional.size() != 1 || call.positional.first().trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("noticectl", "notify needs the notice TEXT as one argument (quote it)."));
    args.spec.text = call.positional.first();
    const int audiences = int(call.has(QStringLiteral("to"))) + int(call.has(QStringLiteral("to-file")))
        + int(call.has(QStringLiteral("all-local-users")));
    if (audiences != 1)
        return fail(QCoreApplication::translate(
            "noticectl", "notify needs exactly one of --to USER (repeatable), --to-file FILE or --all-local-users."));
    if (!parseRoute(call.value(QStringLiteral("via")), &args.spec.route))
        return fail(QCoreApplication::translate(
            "noticectl", "notify needs --via rooms (a notice room per user) or --via server-notices."));
    args.journal = call.value(QStringLiteral("journal"));
    if (call.has(QStringLiteral("journal")) && args.journal.isEmpty())
        return fail(QCoreApplication::translate(
            "noticectl", "--journal needs a FILE: it records the delivery, so a rerun resumes it."));
    args.liftRateLimit = call.has(QStringLiteral("lift-rate-limit"));
    // A journal name that holds anything but a journal is refused now, before the server
    // is asked anything; the file is not touched (CampaignJournal::open checks again).
    if (!args.journal.isEmpty())
        if (const QString why = CampaignJournal::refusal(args.journal); !why.isEmpty())
            return fail(shownCampaignText(why));
    const QString preset = call.value(QStringLiteral("preset"));
    if (args.spec.route == Route::ServerNotices
        && (call.has(QStringLiteral("preset")) || call.has(QStringLiteral("allow-leave"))))
        return fail(QCoreApplication::translate(
            "noticectl", "--preset and --allow-leave are for --via rooms; the server notices room is Synapse's own."));
    if (!preset.isEmpty() && preset != QLatin1String("notice") && preset != QLatin1String("notice_readonly"))
        return fail(QCoreApplication::translate(
            "noticectl", "--preset must be notice (the recipient may reply) or notice_readonly."));
    args.spec.readOnly = preset != QLatin1String("notice");
    args.spec.allowLeave = call.has(QStringLiteral("allow-leave"));
    args.spec.markdown = call.has(QStringLiteral("markdown"));
    if (const QString why = noticeTooLarge(noticeMessageContent(args.spec.text, args.spec.markdown)); !why.isEmpty())
        return fail(why);
    if (call.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        args.concurrency = call.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || args.concurrency < 1 || args.concurrency > 64)
            return fail(QCoreApplication::translate("noticectl", "--concurrency must be a number from 1 to 64."));
    }
    RecipientList list;
    if (call.has(QStringLiteral("all-local-users"))) {
        args.spec.audience = QStringLiteral("all-local-users");
    } else if (call.has(QStringLiteral("to-file"))) {
        QString error;
        const auto content = readUserFile(QCoreApplication::translate("noticectl", "The recipient list"),
            call.value(QStringLiteral("to-file")), maxRecipientFileBytes, &error);
        if (!content)
            return fail(shownCampaignText(error));
        list = parseRecipientFile(*content);
    } else {
        list = normalizeRecipients(call.options.value(QStringLiteral("to")));
    }
    if (!list.invalid.isEmpty()) {
        for (const Failure& bad : list.invalid.mid(0, 20))
            err() << "noticectl: " << terminalLine(shownCampaignText(bad.reason)) << Qt::endl;
        if (list.invalid.size() > 20)
            err() << "noticectl: "
                  << QCoreApplication::translate("noticectl", "... and %1 more lines that are not Matrix IDs")
                         .arg(list.invalid.size() - 20)
                  << Qt::endl;
        return fail(QCoreApplication::translate("noticectl", "fix the recipient list; nothing was sent."));
    }
    if (!list.duplicates.isEmpty())
        err() << "noticectl: "
              << QCoreApplication::translate("noticectl", "note: named more than once (one notice each): %1")
                     .arg(terminalLine(list.duplicates.join(QStringLiteral(", "))))
              << Qt::endl;
    args.users = list.users;
    return args;
}

} // namespace

int runNotify(NoticeService& service, const Invocation& call)
{
    int code = Ok;
    const auto args = parseArgs(call, &code);
    if (!args)
        return code;
    const ActionResult restored = await([&](auto done) { service.restoreSession(done); });
    if (!restored.ok())
        return finish(restored);
    AdminService admin(service);
    if (int refused = requireAdmin(admin, QStringLiteral("notify"), args->spec.route == Route::ServerNotices))
        return refused;

    CampaignLibrary library(service.profileDir());
    QString journal = args->journal;
    if (journal.isEmpty()) {
        QString error;
        journal = library.newJournalPath(&error);
        if (journal.isEmpty())
            return usage(error);
    }

    RunRequest request;
    request.kind = RunKind::Deliver;
    request.journalPath = journal;
    request.spec = args->spec;
    request.users = args->users;
    request.liftRateLimit = args->liftRateLimit;
    request.concurrency = args->concurrency;
    const DriverContext context = driverContext(service, admin);
    CampaignDriver driver(service.api(), context);
    QObject::connect(&driver, &CampaignDriver::started, &driver, [&](const RunInfo& info) {
        const JournalHeader& header = driver.journal()->header();
        const QString via = routeName(header.spec.route);
        err() << "notify: "
              << (info.resumed ? QCoreApplication::translate(
                      "noticectl", "resuming campaign %1 to %2 recipient(s) via %3; journal %4")
                               : QCoreApplication::translate(
                                   "noticectl", "starting campaign %1 to %2 recipient(s) via %3; journal %4"))
                     .arg(header.id, QString::number(info.total), via, terminalLine(journal))
              << Qt::endl;
        if (info.resumed && header.spec.audience == QLatin1String("all-local-users"))
            err() << "notify: "
                  << QCoreApplication::translate("noticectl", "%1 new account(s) since the last run")
                         .arg(info.newRecipients)
                  << Qt::endl;
        if (!info.liftMessage.isEmpty())
            err() << "notify: " << terminalLine(shownCampaignText(info.liftMessage)) << Qt::endl;
        const int left = info.total - info.alreadyDone;
        if (left > 0 && info.estimate.remainingMs >= 0) {
            err() << "notify: "
                  << QCoreApplication::translate("noticectl", "%1 to go, %2 at the server's pace (%3)")
                         .arg(QString::number(left), info.estimate.durationText(), info.estimate.source)
                  << Qt::endl;
            // Worth a hint only where the server's limits, not the client, set the pace.
            if (!args->liftRateLimit && context.adminApi && info.estimate.remainingMs > 5 * 60 * 1000)
                err() << "notify: "
                      << QCoreApplication::translate("noticectl",
                             "hint: --lift-rate-limit exempts your account from the server's rate limits while "
                             "this runs (your current setting is put back afterwards)")
                      << Qt::endl;
        }
    });
    const DriverRun run = driveToEnd(driver, request, "notify");
    if (run.refusal)
        return printRefusal(*run.refusal, call);
    const Summary& summary = run.outcome.summary;
    err() << "notify: "
          << QCoreApplication::translate("noticectl", "sent %1, failed %2, skipped %3")
                 .arg(summary.sent)
                 .arg(summary.failed)
                 .arg(summary.skipped);
    if (summary.pending)
        err() << QCoreApplication::translate("noticectl", ", not yet sent %1 (run again with --journal %2 to resume)")
                     .arg(QString::number(summary.pending), terminalLine(journal));
    err() << Qt::endl;
    if (summary.halted)
        err() << "notify: " << terminalLine(shownCampaignText(summary.haltReason)) << Qt::endl;
    if (!run.outcome.restoreMessage.isEmpty())
        err() << "notify: " << terminalLine(shownCampaignText(run.outcome.restoreMessage)) << Qt::endl;
    if (call.json) {
        json document = summaryJson(run, journal);
        document["campaign"] = driver.journal() ? s(driver.journal()->header().id) : std::string();
        out() << QString::fromStdString(document.dump(2)) << Qt::endl;
    }
    return exitCodeFor(run);
}

} // namespace nb::cli
