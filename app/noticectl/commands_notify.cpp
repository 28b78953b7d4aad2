// noticectl notify: one notice to many users as a campaign with a journal (app/campaign).
// Rerunning the same command with the same --journal resumes it: recipients already
// served count as sent and are not sent to again. Progress goes to stderr, the summary
// to stdout (JSON with --json). SIGINT/SIGTERM stop it cleanly: requests in flight finish
// and are recorded, nothing new starts, and the exit code is 128 + the signal.
#include "commands_admin.h"
#include "terminal_text.h"

#include "admin/admin_result.h"
#include "admin/markdown.h"
#include "campaign/campaign.h"
#include "campaign/campaign_planner.h"
#include "campaign/user_file.h"
#include "matrix/user_id.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <csignal>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {

using json = nlohmann::json;
using namespace nb::campaign;

volatile std::sig_atomic_t caughtSignal = 0;
extern "C" void onStopSignal(int signal)
{
    caughtSignal = signal;
    // A second Ctrl-C ends the process at once; the journal is consistent at any instant.
    std::signal(signal, SIG_DFL);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

json failuresJson(const QList<Failure>& failures)
{
    json list = json::array();
    for (const Failure& failure : failures)
        list.push_back({{"user", s(failure.user)}, {"reason", s(failure.reason)}});
    return list;
}

struct NotifyArgs {
    CampaignSpec spec;
    QStringList users;
    QString journal;
    int concurrency = 8;
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
        return fail(QStringLiteral("notify needs the notice TEXT as one argument (quote it)."));
    args.spec.text = call.positional.first();
    const int audiences = int(call.has(QStringLiteral("to"))) + int(call.has(QStringLiteral("to-file")))
        + int(call.has(QStringLiteral("all-local-users")));
    if (audiences != 1)
        return fail(
            QStringLiteral("notify needs exactly one of --to USER (repeatable), --to-file FILE or --all-local-users."));
    if (!parseRoute(call.value(QStringLiteral("via")), &args.spec.route))
        return fail(QStringLiteral("notify needs --via rooms (a notice room per user) or --via server-notices."));
    args.journal = call.value(QStringLiteral("journal"));
    if (args.journal.isEmpty())
        return fail(QStringLiteral(
            "notify needs --journal FILE: it records the delivery, so a rerun resumes it without repeats."));
    // A journal name that holds anything but a journal is refused now, before the server
    // is asked anything; the file is not touched (CampaignJournal::open checks again).
    if (const QString why = CampaignJournal::refusal(args.journal); !why.isEmpty())
        return fail(why);
    const QString preset = call.value(QStringLiteral("preset"));
    if (args.spec.route == Route::ServerNotices
        && (call.has(QStringLiteral("preset")) || call.has(QStringLiteral("allow-leave"))))
        return fail(QStringLiteral(
            "--preset and --allow-leave are for --via rooms; the server notices room is Synapse's own."));
    if (!preset.isEmpty() && preset != QLatin1String("notice") && preset != QLatin1String("notice_readonly"))
        return fail(QStringLiteral("--preset must be notice (the recipient may reply) or notice_readonly."));
    args.spec.readOnly = preset != QLatin1String("notice");
    args.spec.allowLeave = call.has(QStringLiteral("allow-leave"));
    args.spec.markdown = call.has(QStringLiteral("markdown"));
    if (const QString why = noticeTooLarge(noticeMessageContent(args.spec.text, args.spec.markdown)); !why.isEmpty())
        return fail(why);
    if (call.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        args.concurrency = call.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || args.concurrency < 1 || args.concurrency > 64)
            return fail(QStringLiteral("--concurrency must be a number from 1 to 64."));
    }
    RecipientList list;
    if (call.has(QStringLiteral("all-local-users"))) {
        args.spec.audience = QStringLiteral("all-local-users");
    } else if (call.has(QStringLiteral("to-file"))) {
        QString error;
        const auto content = readUserFile(
            QStringLiteral("The recipient list"), call.value(QStringLiteral("to-file")), maxRecipientFileBytes, &error);
        if (!content)
            return fail(error);
        list = parseRecipientFile(*content);
    } else {
        list = normalizeRecipients(call.options.value(QStringLiteral("to")));
    }
    if (!list.invalid.isEmpty()) {
        for (const Failure& bad : list.invalid.mid(0, 20))
            err() << "noticectl: " << terminalLine(bad.reason) << Qt::endl;
        if (list.invalid.size() > 20)
            err() << "noticectl: ... and " << list.invalid.size() - 20 << " more lines that are not Matrix IDs"
                  << Qt::endl;
        return fail(QStringLiteral("fix the recipient list; nothing was sent."));
    }
    if (!list.duplicates.isEmpty())
        err() << "noticectl: note: named more than once (one notice each): "
              << terminalLine(list.duplicates.join(QStringLiteral(", "))) << Qt::endl;
    args.users = list.users;
    return args;
}

int planProblem(const PlanResult& plan, const Invocation& call)
{
    err() << "noticectl: " << terminalText(plan.message) << Qt::endl;
    for (const Failure& bad : plan.rejected)
        err() << "  " << terminalLine(bad.user) << ": " << terminalLine(bad.reason) << Qt::endl;
    if (call.json)
        out() << QString::fromStdString(
            json({{"error", s(plan.message)}, {"rejected", failuresJson(plan.rejected)}}).dump(2))
              << Qt::endl;
    if (plan.problem == PlanResult::Problem::Server && plan.failure)
        return actionFromFailure(*plan.failure, QString()).exitCode();
    return Usage;
}

int exitCodeFor(const Summary& summary)
{
    if (caughtSignal)
        return 128 + int(caughtSignal);
    if (summary.journalFailed)
        return 1;
    if (summary.failed > summary.refusedFailures || summary.halted)
        return summary.refusedFailures > 0 ? Server : Unreachable;
    return summary.failed > 0 ? Server : Ok;
}

// Runs the campaign to its end (or a signal), printing progress; returns its summary.
Summary run(Campaign& campaign)
{
    QEventLoop loop;
    Summary result;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&campaign, &Campaign::progressChanged, &loop, [&](int done, int total) {
        if (sinceLine.elapsed() >= 1000 || done == total) {
            err() << "notify: " << done << "/" << total << " done" << Qt::endl;
            sinceLine.restart();
        }
    });
    QObject::connect(&campaign, &Campaign::recipientChanged, &loop, [](const RecipientStatus& status) {
        if (status.status == Status::Failed)
            err() << "notify: failed " << terminalLine(status.user) << ": " << terminalLine(status.detail) << Qt::endl;
    });
    QElapsedTimer sinceNotice;
    QObject::connect(&campaign, &Campaign::notice, &loop, [&](const QString& message) {
        if (!sinceNotice.isValid() || sinceNotice.elapsed() >= 1000) {
            err() << "notify: " << terminalLine(message) << Qt::endl;
            sinceNotice.restart();
        }
    });
    QObject::connect(&campaign, &Campaign::finished, &loop, [&](const Summary& summary) {
        result = summary;
        loop.quit();
    });
    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &loop, [&] {
        if (caughtSignal && campaign.isRunning()) {
            signalWatch.stop();
            err() << "notify: stopping; requests in flight finish and are recorded (Ctrl-C again to quit at once)"
                  << Qt::endl;
            campaign.cancel();
        }
    });
    caughtSignal = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    signalWatch.start(100);
    campaign.start();
    if (campaign.isRunning())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return result;
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

    PlanRequest request;
    request.spec = args->spec;
    request.users = args->users;
    request.journalPath = args->journal;
    request.sender = service.userId();
    request.localServer = serverNameOf(service.userId());
    request.adminApi = admin.adminApiAvailable() && admin.isAdmin().value_or(false);
    CampaignPlanner planner(service.api());
    std::optional<PlanResult> plan;
    {
        QEventLoop loop;
        planner.plan(request, [&](PlanResult result) {
            plan = std::move(result);
            loop.quit();
        });
        if (!plan)
            loop.exec();
    }
    if (plan->problem != PlanResult::Problem::None)
        return planProblem(*plan, call);
    const JournalHeader header = plan->journal->header();
    err() << "notify: " << (plan->resumed ? "resuming" : "starting") << " campaign " << header.id << " to "
          << header.recipients.size() << " recipient(s) via " << routeName(header.spec.route) << "; journal "
          << terminalLine(args->journal) << Qt::endl;

    CampaignOptions options;
    options.concurrency = args->concurrency;
    options.server = service.serverVersions().value_or(ServerVersions {});
    options.roomVersion = admin.roomVersionForNewRooms();
    Campaign campaign(service.api(), *plan->journal, options);
    const Summary summary = run(campaign);

    err() << "notify: sent " << summary.sent << ", failed " << summary.failed << ", skipped " << summary.skipped;
    if (summary.pending)
        err() << ", not yet sent " << summary.pending << " (run the same command again to resume)";
    err() << Qt::endl;
    if (summary.halted)
        err() << "notify: " << terminalLine(summary.haltReason) << Qt::endl;
    if (call.json) {
        json document = {{"campaign", s(header.id)}, {"journal", s(args->journal)}, {"resumed", plan->resumed},
            {"total", summary.total}, {"sent", summary.sent}, {"failed", summary.failed}, {"skipped", summary.skipped},
            {"pending", summary.pending}, {"cancelled", summary.cancelled}, {"halted", summary.halted},
            {"failures", failuresJson(summary.failures)}, {"skips", failuresJson(summary.skips)}};
        out() << QString::fromStdString(document.dump(2)) << Qt::endl;
    }
    return exitCodeFor(summary);
}

} // namespace nb::cli
