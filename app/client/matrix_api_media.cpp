// Media endpoints of MatrixApi: avatars through the authenticated media API (Matrix 1.11).
#include "matrix_api.h"

#include <QRegularExpression>
#include <QTimer>

namespace nb {

namespace {
// mxc://<server-name>/<media-id>: a server name (host, IPv4, [IPv6], optional port) and a
// media ID of [A-Za-z0-9_-] (the spec's grammar). Anything else is never sent anywhere.
bool parseMxc(const QString& uri, QString* server, QString* mediaId)
{
    static const QRegularExpression mxc(
        QStringLiteral("^mxc://((?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?)/([A-Za-z0-9_-]+)$"));
    const auto match = mxc.match(uri);
    if (!match.hasMatch() || uri.size() > 512)
        return false;
    *server = match.captured(1);
    *mediaId = match.captured(2);
    return true;
}
} // namespace

MatrixApi::Pending MatrixApi::mediaThumbnail(const QString& mxcUri, int width, int height, Callback<QByteArray> done)
{
    QString server, mediaId;
    if (!parseMxc(mxcUri, &server, &mediaId)) {
        const auto failure =
            RequestFailure::make(RequestFailure::Kind::BadResponse, QStringLiteral("not an mxc:// URI"));
        QTimer::singleShot(0, this, [done, failure] { done(Result<QByteArray>::fail(failure)); });
        return {};
    }
    const QByteArray path = "/_matrix/client/v1/media/thumbnail/" + pathSegment(server) + '/' + pathSegment(mediaId);
    const QUrl url = endpointUrl(path,
        {{"width", QString::number(width)}, {"height", QString::number(height)}, {"method", QStringLiteral("crop")}});
    if (!m_homeserver.isValid() || m_homeserver.host().isEmpty() || !url.isValid()) {
        const auto failure = RequestFailure::make(
            RequestFailure::Kind::Unreachable, QStringLiteral("no valid homeserver address is set"), m_homeserver);
        QTimer::singleShot(0, this, [done, failure] { done(Result<QByteArray>::fail(failure)); });
        return {};
    }
    // The body is an image, not JSON: the transport hands it over as bytes, capped here far
    // below the transport's own limit (an avatar thumbnail is a few kilobytes).
    return m_transport.send("GET", url, {}, m_accessToken, [done = std::move(done), url](HttpResponse response) {
        if (!response.ok()) {
            done(Result<QByteArray>::fail(std::move(response.failure)));
            return;
        }
        if (response.body.size() > maxThumbnailBytes) {
            done(Result<QByteArray>::fail(
                RequestFailure::make(RequestFailure::Kind::TooLarge, QStringLiteral("thumbnail too large"), url)));
            return;
        }
        done(Result<QByteArray>::success(std::move(response.body)));
    });
}

} // namespace nb
