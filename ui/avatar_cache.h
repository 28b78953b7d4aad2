#pragma once
// Avatars (of rooms and senders), fetched once per session through the homeserver's
// authenticated media API and kept in memory, decoded. A picture comes from a room or a
// member, so it may be hostile: only mxc:// URIs are fetched (never http), the download
// is capped (MatrixApi::maxThumbnailBytes), and decodeAvatar refuses formats other than
// PNG, JPEG, GIF and WebP, and images whose header claims more than maxAvatarPixels
// before anything is allocated for them.
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

namespace nb {

class MatrixApi;

// Bytes -> an image at most `size` x `size`, cropped square; null when refused.
inline constexpr qint64 maxAvatarPixels = 2048LL * 2048LL;
QImage decodeAvatar(const QByteArray& bytes, int size);

class AvatarCache : public QObject {
    Q_OBJECT
public:
    // Device pixels fetched and kept per avatar: sharp at 48 logical pixels on a 2x screen.
    static constexpr int fetchSize = 96;
    static constexpr int maxEntries = 512;

    explicit AvatarCache(MatrixApi& api, QObject* parent = nullptr);

    // The avatar for `mxcUri`, or a null image while it is being fetched, or when there is
    // none (a failure is remembered for the session: no retry storm). The first call fetches.
    QImage avatar(const QString& mxcUri);

signals:
    void avatarReady(const QString& mxcUri);

private:
    MatrixApi& m_api;
    QHash<QString, QImage> m_images; // null: fetched and refused
    QSet<QString> m_pending;
};

} // namespace nb
