// Synapse admin API endpoints of MatrixApi. They need a server admin's token; a normal
// user gets 403 M_FORBIDDEN ("You are not a server admin"), surfaced as ServerRefused.
#include "matrix_api.h"

#include "matrix_api_detail.h"

namespace nb {

using namespace api_detail;
using namespace json_access;
using json = nlohmann::json;

namespace {

// Older Synapse versions answer 0/1 where newer ones answer true/false.
std::optional<bool> flag(const json& object, const char* key)
{
    if (auto b = boolean(object, key))
        return b;
    if (auto i = integer(object, key))
        return *i != 0;
    return std::nullopt;
}

} // namespace

MatrixApi::Pending MatrixApi::isServerAdmin(const QString& userId, Callback<bool> done)
{
    return call("GET", "/_synapse/admin/v1/users/" + pathSegment(userId) + "/admin", {}, {}, true,
        expect<bool>(std::move(done), "an admin flag", [](json& body) { return flag(body, "admin"); }));
}

MatrixApi::Pending MatrixApi::sendServerNotice(const QString& txnId, const QString& userId, const json& content,
    Callback<QString> done, const QString& eventType, const std::optional<QString>& stateKey)
{
    json body = {{"user_id", userId.toStdString()}, {"content", content}};
    if (!eventType.isEmpty())
        body["type"] = eventType.toStdString();
    if (stateKey)
        body["state_key"] = stateKey->toStdString();
    return call("PUT", "/_synapse/admin/v1/send_server_notice/" + pathSegment(txnId), {}, toBody(body), true,
        expectString(std::move(done), "event_id"));
}

MatrixApi::Pending MatrixApi::rateLimitOverride(const QString& userId, Callback<json> done)
{
    return call("GET", "/_synapse/admin/v1/users/" + pathSegment(userId) + "/override_ratelimit", {}, {}, true,
        expect<json>(std::move(done), "a rate-limit override", [](json& body) -> std::optional<json> {
            if (!body.is_object())
                return std::nullopt;
            return body;
        }));
}

MatrixApi::Pending MatrixApi::setRateLimitOverride(
    const QString& userId, qint64 messagesPerSecond, qint64 burstCount, Callback<Empty> done)
{
    const json body = {{"messages_per_second", messagesPerSecond}, {"burst_count", burstCount}};
    return call("POST", "/_synapse/admin/v1/users/" + pathSegment(userId) + "/override_ratelimit", {}, toBody(body),
        true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::deleteRateLimitOverride(const QString& userId, Callback<Empty> done)
{
    return call("DELETE", "/_synapse/admin/v1/users/" + pathSegment(userId) + "/override_ratelimit", {}, {}, true,
        expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::listUsers(const QString& from, int limit, Callback<AdminUserPage> done)
{
    Query query;
    if (!from.isEmpty())
        query.emplace_back("from", from);
    query.emplace_back("limit", QString::number(qMax(1, limit)));
    query.emplace_back("guests", QStringLiteral("false"));
    query.emplace_back("deactivated", QStringLiteral("false"));
    return call("GET", "/_synapse/admin/v2/users", query, {}, true,
        expect<AdminUserPage>(std::move(done), "a list of users", [](json& body) -> std::optional<AdminUserPage> {
            const json* users = arrayMember(body, "users");
            if (!users)
                return std::nullopt;
            AdminUserPage page;
            for (const json& row : *users) {
                AdminUser user;
                user.name = qstring(row, "name");
                if (user.name.isEmpty())
                    continue; // one broken row does not hide the others
                user.admin = flag(row, "admin").value_or(false);
                user.deactivated = flag(row, "deactivated").value_or(false);
                user.isGuest = flag(row, "is_guest").value_or(false);
                user.userType = qstring(row, "user_type");
                page.users.append(user);
            }
            // A string in current Synapse; accept a number too.
            if (auto token = string(body, "next_token"))
                page.nextToken = toQString(*token);
            else if (auto number = integer(body, "next_token"))
                page.nextToken = QString::number(*number);
            page.total = integer(body, "total");
            return page;
        }));
}

} // namespace nb
