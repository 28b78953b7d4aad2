// noticectl campaign list | show | recall | correct: the history of this account's
// campaigns (journals in the profile's campaigns folder and any used elsewhere) and the
// follow-ups of one (app/campaign: CampaignDriver, CampaignReport).
#include "campaign_run.h"
#include "commands_admin.h"
#include "terminal_text.h"

#include "admin/markdown.h"
#include "campaign/campaign_library.h"
#include "campaign/campaign_report.h"
#include "campaign/campaign_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {

using json = nlohmann::json;
using namespace nb::campaign;

std::string s(const QString& text)
{
    return text.toStdString();
}

json countOrNull(int count)
{
    return count < 0 ? json(nullptr) : json(count);
}

QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
}

// Reads the journal and asks the server for the recipients' side. nullopt: printed why.
std::optional<CampaignReport> reportOf(NoticeService& service, const QString& path, QString* why)
{
    QString error;
    const auto journal = CampaignJournal::open(path, &error);
    if (!journal || !journal->hasHeader()) {
        *why = journal ? QCoreApplication::translate("noticectl", "%1 is not a campaign journal.").arg(path) : error;
        return std::nullopt;
    }
    CampaignReport report = CampaignReport::fromJournal(*journal);
    if (journal->header().sender != service.userId()) {
        report.joined = report.read = report.replied = report.archived = -1;
        // English, like the campaign's own notes: it goes into --json (server_note); shown
        // through shownCampaignText, which knows this sentence too.
        report.serverNote = QString::fromUtf8(
            QT_TRANSLATE_NOOP("noticectl", "Sent by %1: log in as that account to see who joined, read or replied."))
                                .arg(journal->header().sender);
        return report;
    }
    CampaignReporter reporter(service.api(), service.userId());
    std::optional<CampaignReport> asked;
    QEventLoop loop;
    reporter.ask(std::move(report), [&](CampaignReport done) {
        asked = std::move(done);
        loop.quit();
    });
    if (!asked)
        loop.exec();
    return asked;
}

json reportJson(const CampaignReport& report, bool withRows)
{
    json document = {{"journal", s(report.path)}, {"campaign", s(report.header.id)},
        {"created_ms", report.header.createdMs}, {"sender", s(report.header.sender)},
        {"route", s(routeName(report.header.spec.route))}, {"audience", s(report.header.spec.audience)},
        {"text", s(report.header.spec.text)}, {"current_text", s(report.currentText)},
        {"recipients", report.rows.size()}, {"delivered", report.delivered}, {"failed", report.failed},
        {"skipped", report.skipped}, {"pending", report.pending}, {"recalled", report.recalled},
        {"corrected", report.corrected}, {"joined", countOrNull(report.joined)}, {"read", countOrNull(report.read)},
        {"replied", countOrNull(report.replied)}, {"archived", countOrNull(report.archived)},
        {"rate_limits_lifted", report.rateLimitLifted}};
    if (!report.serverNote.isEmpty())
        document["server_note"] = s(report.serverNote);
    if (withRows) {
        json rows = json::array();
        for (const RecipientReport& row : report.rows) {
            json entry = {{"user", s(row.user)}, {"status", s(statusName(row.status))}, {"detail", s(row.detail)},
                {"room", s(row.room)}, {"event_id", s(row.eventId)}, {"recalled", row.recalled},
                {"corrected", row.corrected}};
            if (report.joined >= 0 && row.status == Status::Sent)
                entry.update({{"membership", s(row.membership)}, {"read", row.read}, {"replied", row.replied}});
            rows.push_back(entry);
        }
        document["rows"] = rows;
    }
    return document;
}

QString countText(int count)
{
    return count < 0 ? QStringLiteral("-") : QString::number(count);
}

void printSummaryLine(const CampaignReport& report)
{
    out() << QDateTime::fromMSecsSinceEpoch(report.header.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
          << "  " << routeName(report.header.spec.route) << "  "
          << QCoreApplication::translate("noticectl",
                 "%1 recipients: delivered %2, failed %3, pending %4, joined %5, read %6, replied %7, archived %8")
                 .arg(QString::number(report.rows.size()), QString::number(report.delivered),
                     QString::number(report.failed), QString::number(report.pending), countText(report.joined),
                     countText(report.read), countText(report.replied), countText(report.archived));
    if (report.recalled)
        out() << QCoreApplication::translate("noticectl", ", recalled %1").arg(report.recalled);
    if (report.corrected)
        out() << QCoreApplication::translate("noticectl", ", corrected %1").arg(report.corrected);
    out() << "\n    " << terminalCell(firstLine(report.currentText), 64) << "\n    " << terminalLine(report.path)
          << Qt::endl;
}

// A run killed while the sender's rate limits were lifted leaves them lifted, and the
// journal says so until they are put back: said where the admin looks (red team, issue 8).
void warnIfLifted(const CampaignReport& report)
{
    if (!report.rateLimitLifted)
        return;
    err() << "campaign: "
          << terminalText(QCoreApplication::translate("noticectl",
                 "%1: the server's rate limits for %2 are still lifted: a run of this campaign was stopped before "
                 "putting them back. To put them back, resume it (run the stopped notify, recall or correct command "
                 "again with this --journal), or recall the campaign (campaign recall with this --journal), which "
                 "also withdraws what it delivered.")
                              .arg(report.path, report.header.sender))
          << Qt::endl;
}

int list(NoticeService& service, const Invocation& call)
{
    const CampaignLibrary library(service.profileDir());
    json all = json::array();
    const QStringList paths = library.journals();
    for (const QString& path : paths) {
        QString why;
        const auto report = reportOf(service, path, &why);
        if (!report) {
            err() << "campaign: " << terminalLine(path) << ": " << terminalLine(shownCampaignText(why)) << Qt::endl;
            continue;
        }
        warnIfLifted(*report);
        if (call.json)
            all.push_back(reportJson(*report, false));
        else
            printSummaryLine(*report);
    }
    if (call.json)
        out() << QString::fromStdString(all.dump(2)) << Qt::endl;
    else if (paths.isEmpty())
        out() << QCoreApplication::translate("noticectl", "No campaigns yet (journals are kept in %1).")
                     .arg(terminalLine(library.directory()))
              << Qt::endl;
    return Ok;
}

int show(NoticeService& service, const Invocation& call)
{
    const QString path = call.value(QStringLiteral("journal"));
    if (path.isEmpty())
        return usage(QCoreApplication::translate("noticectl", "campaign show needs --journal FILE."));
    QString why;
    const auto report = reportOf(service, path, &why);
    if (!report)
        return usage(shownCampaignText(why));
    CampaignLibrary(service.profileDir()).remember(path);
    warnIfLifted(*report);
    if (call.json) {
        out() << QString::fromStdString(reportJson(*report, true).dump(2)) << Qt::endl;
        return Ok;
    }
    printSummaryLine(*report);
    if (!report->serverNote.isEmpty())
        out() << "    " << terminalLine(shownCampaignText(report->serverNote)) << Qt::endl;
    for (const RecipientReport& row : report->rows) {
        out() << "  " << terminalCell(row.user, 40) << "  " << shownStatus(row.status);
        if (row.recalled)
            out() << QCoreApplication::translate("noticectl", ", recalled");
        if (row.corrected)
            out() << QCoreApplication::translate("noticectl", ", corrected");
        // The membership is Matrix's own word (join, invite, leave), as in --json.
        if (report->joined >= 0 && row.status == Status::Sent)
            out() << ", "
                  << (row.membership.isEmpty() ? QCoreApplication::translate("noticectl", "no membership")
                                               : row.membership)
                  << (row.read ? QCoreApplication::translate("noticectl", ", read") : QString())
                  << (row.replied ? QCoreApplication::translate("noticectl", ", replied") : QString());
        if (row.status == Status::Failed || row.status == Status::Skipped)
            out() << ": " << terminalCell(shownCampaignText(row.detail), 80);
        out() << Qt::endl;
    }
    return Ok;
}

int followUp(NoticeService& service, const Invocation& call, RunKind kind)
{
    const char* label = kind == RunKind::Recall ? "recall" : "correct";
    const QString path = call.value(QStringLiteral("journal"));
    if (path.isEmpty())
        return usage(
            QCoreApplication::translate("noticectl", "campaign %1 needs --journal FILE (the campaign's journal).")
                .arg(QLatin1String(label)));
    if (const QString why = CampaignJournal::refusal(path); !why.isEmpty())
        return usage(shownCampaignText(why));
    RunRequest request;
    request.kind = kind;
    request.journalPath = path;
    request.liftRateLimit = call.has(QStringLiteral("lift-rate-limit"));
    if (kind == RunKind::Recall) {
        if (call.positional.size() != 1)
            return usage(QCoreApplication::translate(
                "noticectl", "campaign recall takes no TEXT; the reason goes in --reason."));
        request.reason = call.value(QStringLiteral("reason"));
    } else {
        if (call.positional.size() != 2 || call.positional.at(1).trimmed().isEmpty())
            return usage(QCoreApplication::translate(
                "noticectl", "campaign correct needs the corrected TEXT as one argument (quote it)."));
        request.text = call.positional.at(1);
        request.markdown = call.has(QStringLiteral("markdown"));
        if (const QString why = noticeTooLarge(noticeMessageContent(request.text, request.markdown)); !why.isEmpty())
            return usage(why);
    }
    const ActionResult restored = await([&](auto done) { service.restoreSession(done); });
    if (!restored.ok())
        return finish(restored);
    AdminService admin(service);
    if (int refused = requireAdmin(admin, QStringLiteral("campaign"), false))
        return refused;
    CampaignDriver driver(service.api(), driverContext(service, admin));
    QObject::connect(&driver, &CampaignDriver::started, &driver, [label](const RunInfo& info) {
        err() << label << ": "
              << (info.resumed ? QCoreApplication::translate(
                      "noticectl", "resuming for %1 delivered notice(s), %2 done before")
                               : QCoreApplication::translate(
                                   "noticectl", "starting for %1 delivered notice(s), %2 done before"))
                     .arg(info.total)
                     .arg(info.alreadyDone);
        if (info.total > info.alreadyDone && info.estimate.remainingMs >= 0)
            err() << QCoreApplication::translate("noticectl", "; %1 at the server's pace (%2)")
                         .arg(info.estimate.durationText(), info.estimate.source);
        err() << Qt::endl;
        if (!info.liftMessage.isEmpty())
            err() << label << ": " << terminalLine(shownCampaignText(info.liftMessage)) << Qt::endl;
    });
    const DriverRun run = driveToEnd(driver, request, label);
    if (run.refusal)
        return printRefusal(*run.refusal, call);
    const Summary& summary = run.outcome.summary;
    err() << label << ": "
          << (kind == RunKind::Recall ? QCoreApplication::translate("noticectl", "withdrawn %1, failed %2")
                                      : QCoreApplication::translate("noticectl", "corrected %1, failed %2"))
                 .arg(summary.sent)
                 .arg(summary.failed);
    if (summary.pending)
        err() << QCoreApplication::translate("noticectl", ", not yet done %1 (run the same command again to resume)")
                     .arg(summary.pending);
    err() << Qt::endl;
    if (summary.halted)
        err() << label << ": " << terminalLine(shownCampaignText(summary.haltReason)) << Qt::endl;
    if (!run.outcome.restoreMessage.isEmpty())
        err() << label << ": " << terminalLine(shownCampaignText(run.outcome.restoreMessage)) << Qt::endl;
    if (call.json)
        out() << QString::fromStdString(summaryJson(run, path).dump(2)) << Qt::endl;
    return exitCodeFor(run);
}

} // namespace

int runCampaign(NoticeService& service, const Invocation& call)
{
    const QString sub = call.positional.value(0);
    const bool needsSession = sub == QLatin1String("list") || sub == QLatin1String("show");
    if (sub == QLatin1String("recall"))
        return followUp(service, call, RunKind::Recall);
    if (sub == QLatin1String("correct"))
        return followUp(service, call, RunKind::Correct);
    if (!needsSession)
        return usage(QCoreApplication::translate("noticectl", "campaign needs list, show, recall or correct."));
    if (call.positional.size() != 1)
        return usage(QCoreApplication::translate("noticectl", "campaign %1 takes no other arguments.").arg(sub));
    const ActionResult restored = await([&](auto done) { service.restoreSession(done); });
    if (!restored.ok())
        return finish(restored);
    return sub == QLatin1String("list") ? list(service, call) : show(service, call);
}

} // namespace nb::cli
