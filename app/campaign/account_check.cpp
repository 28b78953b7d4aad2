#include "campaign/account_check.h"

#include "matrix/json_access.h"

namespace nb::campaign {

QString notForEveryoneReason(const nlohmann::json& account)
{
    // Any string is an application service's ID; null (or absent, on servers that do not
    // say) is an ordinary account.
    const auto appService = account.find("appservice_id");
    if (appService != account.end() && appService->is_string())
        return QStringLiteral("an application service's account (bridge)");
    if (json_access::boolean(account, "deactivated").value_or(false))
        return QStringLiteral("the account is deactivated");
    return QString();
}

MatrixApi::Pending checkAccountForEveryone(
    MatrixApi& api, const QString& user, std::function<void(Result<QString>)> done)
{
    return api.call("GET", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(user), {}, {}, true,
        [done = std::move(done)](Result<nlohmann::json> answer, const QUrl&) {
            if (!answer.ok())
                done(Result<QString>::fail(answer.failure));
            else
                done(Result<QString>::success(notForEveryoneReason(*answer.value)));
        });
}

} // namespace nb::campaign
