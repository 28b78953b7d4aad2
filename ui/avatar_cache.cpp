#include "avatar_cache.h"

#include "client/matrix_api.h"

#include <QBuffer>
#include <QImageReader>
#include <QPointer>

namespace nb {

QImage decodeAvatar(const QByteArray& bytes, int size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true); // never a name's or a header's word for it
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "gif" && format != "webp")
        return {};
    // The header's claimed size, read before anything is allocated for the pixels: a
    // few-kilobyte "decompression bomb" may claim gigapixels.
    const QSize claimed = reader.size();
    if (!claimed.isValid() || qint64(claimed.width()) * claimed.height() > maxAvatarPixels)
        return {};
    // Decoders that can (JPEG) decode straight at the smaller size.
    const QSize scaled = claimed.scaled(size, size, Qt::KeepAspectRatioByExpanding);
    reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.size() != scaled)
        image = image.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRect square((image.width() - size) / 2, (image.height() - size) / 2, size, size);
    return image.copy(square.intersected(image.rect())).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

AvatarCache::AvatarCache(MatrixApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

QImage AvatarCache::avatar(const QString& mxcUri)
{
    if (!mxcUri.startsWith(QLatin1String("mxc://")))
        return {};
    if (const auto it = m_images.constFind(mxcUri); it != m_images.constEnd())
        return *it;
    if (m_pending.contains(mxcUri))
        return {};
    // Bounded: a hostile server naming thousands of avatars cannot grow this without end.
    if (m_images.size() >= maxEntries)
        m_images.clear();
    m_pending.insert(mxcUri);
    QPointer<AvatarCache> self(this);
    m_api.mediaThumbnail(mxcUri, fetchSize, fetchSize, [self, mxcUri](Result<QByteArray> result) {
        if (!self)
            return;
        self->m_pending.remove(mxcUri);
        self->m_images.insert(mxcUri, result.ok() ? decodeAvatar(*result.value, fetchSize) : QImage());
        emit self->avatarReady(mxcUri);
    });
    return {};
}

} // namespace nb
