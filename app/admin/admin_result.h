#pragma once
// Turning request failures of the admin side into ActionResults, and the answer of
// the Synapse "am I an admin" endpoint into a decision. Pure functions, unit-tested.
#include "client/request_failure.h"
#include "service/action_result.h"

#include <QString>
#include <optional>

namespace nb {

// `context` comes first ("Could not pin the notice."), then what happened.
ActionResult actionFromFailure(const RequestFailure& failure, const QString& context);

// What GET /_synapse/admin/v1/users/{me}/admin told us.
struct AdminCheck {
    bool isAdmin = false;
    bool adminApiAvailable = true;
    QString reason; // why not admin / why no admin API, for the person; empty for admins
    // Set when the question could not be answered at all (network, TLS, timeout).
    std::optional<ActionResult> failure;
};

AdminCheck interpretAdminCheck(const Result<bool>& answer, const QString& serverName);

// A 404 without a Matrix error, or M_UNRECOGNIZED with any status: the endpoint does not
// exist on this server (not Synapse, or the admin API is not exposed by its proxy).
bool isMissingEndpoint(const RequestFailure& failure);

// State that is not set answers 404 M_NOT_FOUND; that is "empty", not a failure.
bool isAbsentState(const RequestFailure& failure);

} // namespace nb
