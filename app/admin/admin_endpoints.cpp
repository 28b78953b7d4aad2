#include "admin/admin_endpoints.h"

#include "client/matrix_api_detail.h"
#include "matrix/json_access.h"

namespace nb {

using json = nlohmann::json;
using namespace json_access;
// A wrong shape is a BadResponse that names what was missing, as in MatrixApi's endpoints.
using api_detail::expect;

namespace {

QByteArray adminPath(const QByteArray& rest)
{
    return "/_synapse/admin/v1" + rest;
}

} // namespace

AdminEndpoints::Pending AdminEndpoints::uploadFilter(const QString& userId, const json& filter, Callback<QString> done)
{
    const std::string body = filter.dump(-1, ' ', false, json::error_handler_t::replace);
    return m_api.call("POST", "/_matrix/client/v3/user/" + MatrixApi::pathSegment(userId) + "/filter", {},
        QByteArray::fromStdString(body), true,
        expect<QString>(std::move(done), "a filter_id", [](json& body) -> std::optional<QString> {
            const QString id = qstring(body, "filter_id");
            return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
        }));
}

AdminEndpoints::Pending AdminEndpoints::defaultRoomVersion(Callback<QString> done)
{
    return m_api.call("GET", "/_matrix/client/v3/capabilities", {}, {}, true,
        expect<QString>(std::move(done), "capabilities", [](json& body) -> std::optional<QString> {
            const json* capabilities = objectMember(body, "capabilities");
            if (!capabilities)
                return std::nullopt;
            const json* versions = objectMember(*capabilities, "m.room_versions");
            return versions ? qstring(*versions, "default") : QString();
        }));
}

AdminEndpoints::Pending AdminEndpoints::fetchEvent(const QString& eventId, Callback<json> done)
{
    return m_api.call("GET", adminPath("/fetch_event/" + MatrixApi::pathSegment(eventId)), {}, {}, true,
        expect<json>(std::move(done), "an event", [](json& body) -> std::optional<json> {
            json* event = objectMember(body, "event");
            if (!event || !string(*event, "room_id"))
                return std::nullopt;
            return std::move(*event);
        }));
}

AdminEndpoints::Pending AdminEndpoints::roomState(const QString& roomId, const QString& type, Callback<json> done)
{
    MatrixApi::Query query;
    if (!type.isEmpty())
        query.emplace_back("type", type);
    return m_api.call("GET", adminPath("/rooms/" + MatrixApi::pathSegment(roomId) + "/state"), query, {}, true,
        expect<json>(std::move(done), "the room state", [](json& body) -> std::optional<json> {
            json* state = arrayMember(body, "state");
            if (!state)
                return std::nullopt;
            return std::move(*state);
        }));
}

AdminEndpoints::Pending AdminEndpoints::memberships(const QString& userId, Callback<QHash<QString, QString>> done)
{
    return m_api.call("GET", adminPath("/users/" + MatrixApi::pathSegment(userId) + "/memberships"), {}, {}, true,
        expect<QHash<QString, QString>>(
            std::move(done), "memberships", [](json& body) -> std::optional<QHash<QString, QString>> {
                const json* rooms = objectMember(body, "memberships");
                if (!rooms)
                    return std::nullopt;
                QHash<QString, QString> result;
                for (auto it = rooms->begin(); it != rooms->end(); ++it)
                    if (it.value().is_string())
                        result.insert(toQString(it.key()), toQString(it.value().get<std::string>()));
                return result;
            }));
}

AdminEndpoints::Pending AdminEndpoints::isRegistered(const QString& userId, Callback<bool> done)
{
    return m_api.call("GET", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(userId), {}, {}, true,
        [done = std::move(done)](Result<json> result, const QUrl&) {
            if (result.ok()) {
                done(Result<bool>::success(true));
            } else if (result.failure.kind == RequestFailure::Kind::ServerRefused
                && result.failure.matrix.httpStatus == 404
                && result.failure.matrix.errcode == QStringLiteral("M_NOT_FOUND")) {
                done(Result<bool>::success(false));
            } else {
                done(Result<bool>::fail(result.failure));
            }
        });
}

} // namespace nb
