#include "campaign_run.h"
#include "terminal_text.h"

#include "admin/admin_result.h"
#include "campaign/campaign_text.h"
#include "matrix/user_id.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <csignal>

namespace nb::cli {

using json = nlohmann::json;
using namespace nb::campaign;

namespace {

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

} // namespace

DriverContext driverContext(NoticeService& service, AdminService& admin)
{
    DriverContext context;
    context.sender = service.userId();
    context.localServer = serverNameOf(context.sender);
    context.adminApi = admin.adminApiAvailable() && admin.isAdmin().value_or(false);
    context.server = service.serverVersions().value_or(ServerVersions {});
    context.roomVersion = admin.roomVersionForNewRooms();
    context.profileDir = service.profileDir();
    return context;
}

DriverRun driveToEnd(CampaignDriver& driver, RunRequest request, const char* label)
{
    DriverRun result;
    QEventLoop loop;
    QElapsedTimer sinceLine;
    sinceLine.start();
    PaceEstimate latest;
    QObject::connect(&driver, &CampaignDriver::refused, &loop, [&](const RunRefusal& refusal) {
        result.refusal = refusal;
        loop.quit();
    });
    QObject::connect(&driver, &CampaignDriver::started, &loop, [&](const RunInfo& info) {
        result.info = info;
        latest = info.estimate;
    });
    QObject::connect(&driver, &CampaignDriver::estimateChanged, &loop, [&](const PaceEstimate& e) { latest = e; });
    QObject::connect(&driver, &CampaignDriver::progressChanged, &loop, [&](int done, int total) {
        if (sinceLine.elapsed() >= 1000 || done == total) {
            err() << label << ": " << QCoreApplication::translate("noticectl", "%1/%2 done").arg(done).arg(total);
            if (done < total && !latest.leftText().isEmpty())
                err() << ", " << latest.leftText();
            err() << Qt::endl;
            sinceLine.restart();
        }
    });
    QObject::connect(&driver, &CampaignDriver::recipientChanged, &loop, [label](const RecipientStatus& status) {
        if (status.status == Status::Failed)
            err() << label << ": "
                  << QCoreApplication::translate("noticectl", "failed %1: %2")
                         .arg(terminalLine(status.user), terminalLine(shownCampaignText(status.detail)))
                  << Qt::endl;
    });
    QElapsedTimer sinceNotice;
    QObject::connect(&driver, &CampaignDriver::notice, &loop, [&](const QString& message) {
        if (!sinceNotice.isValid() || sinceNotice.elapsed() >= 1000) {
            err() << label << ": " << terminalLine(shownCampaignText(message)) << Qt::endl;
            sinceNotice.restart();
        }
    });
    QObject::connect(&driver, &CampaignDriver::finished, &loop, [&](const RunOutcome& outcome) {
        result.outcome = outcome;
        loop.quit();
    });
    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &loop, [&] {
        if (caughtSignal && driver.isBusy()) {
            signalWatch.stop();
            err() << label << ": "
                  << QCoreApplication::translate("noticectl",
                         "stopping; requests in flight finish and are recorded (Ctrl-C again to quit at once)")
                  << Qt::endl;
            driver.cancel();
        }
    });
    caughtSignal = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    signalWatch.start(100);
    driver.start(std::move(request));
    if (driver.isBusy())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    result.signal = int(caughtSignal);
    return result;
}

int printRefusal(const RunRefusal& refusal, const Invocation& call)
{
    // Shown in the user's language; the JSON below keeps the campaign's English.
    err() << "noticectl: " << terminalText(shownCampaignText(refusal.message)) << Qt::endl;
    for (const Failure& bad : refusal.rejected)
        err() << "  " << terminalLine(bad.user) << ": " << terminalLine(shownCampaignText(bad.reason)) << Qt::endl;
    if (call.json)
        out() << QString::fromStdString(
            json({{"error", s(refusal.message)}, {"rejected", failuresJson(refusal.rejected)}}).dump(2))
              << Qt::endl;
    if (refusal.problem == PlanResult::Problem::Journal)
        return 1; // "journal not writable" (the help's exit codes)
    if (refusal.problem == PlanResult::Problem::Server && refusal.failure)
        return actionFromFailure(*refusal.failure, QString()).exitCode();
    return refusal.problem == PlanResult::Problem::Server ? Server : Usage;
}

int exitCodeFor(const DriverRun& run)
{
    const Summary& summary = run.outcome.summary;
    if (run.signal)
        return 128 + run.signal;
    if (summary.journalFailed)
        return 1;
    if (summary.failed > summary.refusedFailures || summary.halted)
        return summary.refusedFailures > 0 ? Server : Unreachable;
    if (run.outcome.restoreFailed)
        return Server;
    return summary.failed > 0 ? Server : Ok;
}

json summaryJson(const DriverRun& run, const QString& journalPath)
{
    const Summary& summary = run.outcome.summary;
    json document = {{"journal", s(journalPath)}, {"resumed", run.info.resumed}, {"total", summary.total},
        {"sent", summary.sent}, {"failed", summary.failed}, {"skipped", summary.skipped}, {"pending", summary.pending},
        {"cancelled", summary.cancelled}, {"halted", summary.halted}, {"failures", failuresJson(summary.failures)},
        {"skips", failuresJson(summary.skips)}, {"new_recipients", run.info.newRecipients}};
    if (!run.info.liftMessage.isEmpty() || !run.outcome.restoreMessage.isEmpty())
        document["rate_limits"] = {{"lift", s(run.info.liftMessage)}, {"restore", s(run.outcome.restoreMessage)},
            {"restore_failed", run.outcome.restoreFailed}};
    if (!run.info.operation.isEmpty())
        document["operation"] = s(run.info.operation);
    return document;
}

} // namespace nb::cli
