#include "admin/admin_result.h"
#include <QCoreApplication>

namespace nb {

ActionResult actionFromFailure(const RequestFailure& failure, const QString& context)
{
    using Outcome = ActionResult::Outcome;
    Outcome outcome = Outcome::ServerRefused;
    switch (failure.kind) {
    case RequestFailure::Kind::Unreachable:
    case RequestFailure::Kind::Tls:
    case RequestFailure::Kind::Timeout:
    case RequestFailure::Kind::UnknownServer:
    case RequestFailure::Kind::Cancelled:
        outcome = Outcome::Unreachable;
        break;
    default:
        break;
    }
    // The message is for the person (noticectl's stderr, the admin console), never JSON.
    const QString what = failure.describe(TextLanguage::User);
    ActionResult result = ActionResult::fail(outcome, context.isEmpty() ? what : context + QLatin1Char(' ') + what);
    result.error = failure.matrix;
    return result;
}

bool isMissingEndpoint(const RequestFailure& failure)
{
    if (failure.kind != RequestFailure::Kind::ServerRefused)
        return false;
    if (failure.matrix.errcode == QStringLiteral("M_UNRECOGNIZED"))
        return true;
    // A proxy that does not forward /_synapse answers a bare 404 (or 405) page.
    return failure.matrix.errcode.isEmpty() && (failure.matrix.httpStatus == 404 || failure.matrix.httpStatus == 405);
}

bool isAbsentState(const RequestFailure& failure)
{
    return failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 404
        && failure.matrix.errcode == QStringLiteral("M_NOT_FOUND");
}

AdminCheck interpretAdminCheck(const Result<bool>& answer, const QString& serverName)
{
    AdminCheck check;
    if (answer.ok()) {
        check.isAdmin = *answer.value;
        if (!check.isAdmin)
            check.reason = QCoreApplication::translate("nb::AdminService", "You are not a server administrator of %1.")
                               .arg(serverName);
        return check;
    }
    const RequestFailure& failure = answer.failure;
    if (isMissingEndpoint(failure)) {
        check.adminApiAvailable = false;
        check.reason = QCoreApplication::translate("nb::AdminService",
            "%1 does not offer the Synapse admin API, so whether you are an administrator "
            "cannot be checked and the server notices room cannot be used. Notice rooms "
            "(MSC4279) still work through the ordinary client API.")
                           .arg(serverName);
        return check;
    }
    if (failure.kind == RequestFailure::Kind::ServerRefused
        && (failure.matrix.httpStatus == 403 || failure.matrix.errcode == QStringLiteral("M_FORBIDDEN"))) {
        // Synapse answers 403 "You are not a server admin" to anyone else.
        check.reason = QCoreApplication::translate("nb::AdminService", "You are not a server administrator of %1.")
                           .arg(serverName);
        return check;
    }
    check.failure = actionFromFailure(failure,
        QCoreApplication::translate("nb::AdminService", "Could not check whether you are a server administrator."));
    return check;
}

} // namespace nb
