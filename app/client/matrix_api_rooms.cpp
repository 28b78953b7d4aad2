// Room endpoints of MatrixApi (client-server API v3).
#include "matrix_api.h"

#include "matrix_api_detail.h"

namespace nb {

using namespace api_detail;
using namespace json_access;
using json = nlohmann::json;

namespace {

QByteArray roomPath(const QString& roomId, const QByteArray& rest)
{
    return "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(roomId) + rest;
}

} // namespace

MatrixApi::Pending MatrixApi::roomTags(const QString& userId, const QString& roomId, Callback<QStringList> done)
{
    const QByteArray path =
        "/_matrix/client/v3/user/" + pathSegment(userId) + "/rooms/" + pathSegment(roomId) + "/tags";
    return call("GET", path, {}, {}, true,
        expect<QStringList>(std::move(done), "a tags object", [](json& body) -> std::optional<QStringList> {
            const json* tags = objectMember(body, "tags");
            if (!tags)
                return std::nullopt;
            QStringList names;
            for (auto it = tags->begin(); it != tags->end(); ++it)
                names << toQString(it.key());
            return names;
        }));
}

MatrixApi::Pending MatrixApi::roomEvent(const QString& roomId, const QString& eventId, Callback<json> done)
{
    return call("GET", roomPath(roomId, "/event/" + pathSegment(eventId)), {}, {}, true,
        expect<json>(std::move(done), "an event", [](json& body) -> std::optional<json> {
            if (!body.is_object() || !string(body, "type"))
                return std::nullopt;
            return std::move(body);
        }));
}

MatrixApi::Pending MatrixApi::roomMessagesBackwards(
    const QString& roomId, const QString& from, int limit, const QString& filterJson, Callback<MessagesPage> done)
{
    Query query {{"dir", QStringLiteral("b")}, {"from", from}, {"limit", QString::number(limit)}};
    if (!filterJson.isEmpty())
        query.emplace_back("filter", filterJson);
    return call("GET", roomPath(roomId, "/messages"), query, {}, true,
        expect<MessagesPage>(std::move(done), "a page of events", [](json& body) -> std::optional<MessagesPage> {
            json* chunk = arrayMember(body, "chunk");
            if (!chunk)
                return std::nullopt;
            // No "end": the start of the room's history was reached (the spec's rule).
            return MessagesPage {std::move(*chunk), qstring(body, "end")};
        }));
}

MatrixApi::Pending MatrixApi::roomState(const QString& roomId, Callback<json> done)
{
    return call("GET", roomPath(roomId, "/state"), {}, {}, true,
        expect<json>(std::move(done), "a list of state events", [](json& body) -> std::optional<json> {
            if (!body.is_array())
                return std::nullopt;
            return std::move(body);
        }));
}

MatrixApi::Pending MatrixApi::stateEvent(
    const QString& roomId, const QString& type, const QString& stateKey, Callback<json> done)
{
    // An empty state key leaves a trailing slash, which the spec's path template allows.
    return call("GET", roomPath(roomId, "/state/" + pathSegment(type) + '/' + pathSegment(stateKey)), {}, {}, true,
        expect<json>(std::move(done), "a state event content", [](json& body) -> std::optional<json> {
            if (!body.is_object())
                return std::nullopt;
            return std::move(body);
        }));
}

MatrixApi::Pending MatrixApi::joinRoom(const QString& roomId, Callback<Empty> done)
{
    return call("POST", roomPath(roomId, "/join"), {}, "{}", true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::leaveRoom(const QString& roomId, Callback<Empty> done)
{
    return call("POST", roomPath(roomId, "/leave"), {}, "{}", true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::forgetRoom(const QString& roomId, Callback<Empty> done)
{
    return call("POST", roomPath(roomId, "/forget"), {}, "{}", true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::sendMessage(
    const QString& roomId, const QString& txnId, const json& content, Callback<QString> done, const QString& eventType)
{
    const QByteArray path = roomPath(roomId, "/send/" + pathSegment(eventType) + '/' + pathSegment(txnId));
    return call("PUT", path, {}, toBody(content), true, expectString(std::move(done), "event_id"));
}

MatrixApi::Pending MatrixApi::redactEvent(
    const QString& roomId, const QString& eventId, const QString& txnId, const QString& reason, Callback<QString> done)
{
    const QByteArray path = roomPath(roomId, "/redact/" + pathSegment(eventId) + '/' + pathSegment(txnId));
    json body = json::object();
    if (!reason.isEmpty())
        body["reason"] = reason.toStdString();
    return call("PUT", path, {}, toBody(body), true, expectString(std::move(done), "event_id"));
}

MatrixApi::Pending MatrixApi::sendReadReceipt(
    const QString& roomId, const QString& eventId, Callback<Empty> done, const QString& receiptType)
{
    return call("POST", roomPath(roomId, "/receipt/" + pathSegment(receiptType) + '/' + pathSegment(eventId)), {}, "{}",
        true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::setReadMarkers(
    const QString& roomId, const QString& fullyReadEventId, const QString& readEventId, Callback<Empty> done)
{
    json body = {{"m.fully_read", fullyReadEventId.toStdString()}};
    if (!readEventId.isEmpty())
        body["m.read"] = readEventId.toStdString();
    return call("POST", roomPath(roomId, "/read_markers"), {}, toBody(body), true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::sendState(
    const QString& roomId, const QString& type, const QString& stateKey, const json& content, Callback<QString> done)
{
    return call("PUT", roomPath(roomId, "/state/" + pathSegment(type) + '/' + pathSegment(stateKey)), {},
        toBody(content), true, expectString(std::move(done), "event_id"));
}

MatrixApi::Pending MatrixApi::createRoom(const json& body, Callback<QString> done)
{
    return call(
        "POST", "/_matrix/client/v3/createRoom", {}, toBody(body), true, expectString(std::move(done), "room_id"));
}

} // namespace nb
