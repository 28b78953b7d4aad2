#pragma once
// Running one CampaignDriver run to its end from the command line (notify, campaign
// recall, campaign correct): progress and the estimate on stderr, SIGINT/SIGTERM stop it
// cleanly (requests in flight finish and are recorded), the summary on stdout.
#include "cli.h"

#include "admin/admin_service.h"
#include "campaign/campaign_driver.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace nb::cli {

struct DriverRun {
    std::optional<campaign::RunRefusal> refusal;
    campaign::RunInfo info;
    campaign::RunOutcome outcome;
    int signal = 0; // the stop signal caught, 0 if none
};

// What the driver needs to know about this session (admin API, server, room version).
campaign::DriverContext driverContext(NoticeService& service, AdminService& admin);

// `label` prefixes the progress lines ("notify", "recall", "correct").
DriverRun driveToEnd(campaign::CampaignDriver& driver, campaign::RunRequest request, const char* label);

// Prints a refusal (and {"error", "rejected"} with --json); returns its exit code.
int printRefusal(const campaign::RunRefusal& refusal, const Invocation& call);

// The exit code of a finished run (README: 0, 1 journal, 4 refused, 5 unreachable,
// 128+signal).
int exitCodeFor(const DriverRun& run);

// The summary as JSON (the keys notify has always printed, plus the run's own).
nlohmann::json summaryJson(const DriverRun& run, const QString& journalPath);

} // namespace nb::cli
