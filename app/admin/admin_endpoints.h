#pragma once
// Endpoints the admin console needs that MatrixApi does not wrap (yet), built on
// MatrixApi::call: a few Synapse admin API reads and filter upload.
// The Synapse ones were checked against Synapse's source (synapse/rest/admin/*.py,
// 1.157) and a running 1.160; all need a server admin's token.
#include "client/matrix_api.h"

#include <QHash>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace nb {

class AdminEndpoints {
public:
    template<class T> using Callback = MatrixApi::Callback<T>;
    using Pending = MatrixApi::Pending;

    explicit AdminEndpoints(MatrixApi& api)
        : m_api(api)
    {
    }

    // POST /_matrix/client/v3/user/{userId}/filter -> a filter ID for /sync. Long filters
    // (hundreds of room IDs) must be uploaded: in the URL they exceed proxies' limits.
    Pending uploadFilter(const QString& userId, const nlohmann::json& filter, Callback<QString> done);

    // GET /_synapse/admin/v1/fetch_event/{eventId} (Synapse 1.141+) -> the event,
    // whichever room it is in and whoever may see it.
    Pending fetchEvent(const QString& eventId, Callback<nlohmann::json> done);

    // GET /_synapse/admin/v1/rooms/{roomId}/state[?type=T] -> array of state events.
    Pending roomState(const QString& roomId, const QString& type, Callback<nlohmann::json> done);

    // GET /_synapse/admin/v1/users/{userId}/memberships -> room ID -> membership.
    Pending memberships(const QString& userId, Callback<QHash<QString, QString>> done);

    // GET /_matrix/client/v3/capabilities -> m.room_versions.default, the room version the
    // server gives rooms created without one (empty when the server does not say).
    Pending defaultRoomVersion(Callback<QString> done);

    // GET /_synapse/admin/v2/users/{userId} -> whether the account exists. Synapse's
    // server notices user is never registered, which sets it apart from every user.
    Pending isRegistered(const QString& userId, Callback<bool> done);

private:
    MatrixApi& m_api;
};

} // namespace nb
