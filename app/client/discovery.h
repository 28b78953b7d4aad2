#pragma once
// Finding the homeserver behind what a person typed, and the server's published
// support contacts. Never sends an access token: these requests may go to hosts other
// than the homeserver.
#include "http_transport.h"
#include "notice/support_info.h"
#include "request_failure.h"

#include <QString>
#include <QUrl>
#include <functional>

namespace nb {

// `serverNameOrUrl`:
//  - "https://matrix.example.org[:port][/prefix]" or http://...: used as the base URL (the only
//    way to use plain http: the user typed it);
//  - "example.org[:port]" or a user ID "@me:example.org": the base URL comes from
//    https://NAME/.well-known/matrix/client (m.homeserver.base_url), or is https://NAME
//    when that file does not exist (404).
//    A discovery file naming an http:// base URL is refused (BadResponse, with the reason).
// Either way the base URL must answer /_matrix/client/versions. Failures tell apart
// UnknownServer (no such host / no Matrix server there), Unreachable and Tls.
void discoverHomeserver(
    HttpTransport& transport, const QString& serverNameOrUrl, std::function<void(Result<QUrl>)> done);

// Tries https://SERVER_NAME/.well-known/matrix/support, then <base>/.well-known/matrix/support.
// `serverName` may be empty (only the base URL is tried).
void fetchSupportInfo(HttpTransport& transport, const QString& serverName, const QUrl& homeserverBaseUrl,
    std::function<void(Result<SupportInfo>)> done);

} // namespace nb
