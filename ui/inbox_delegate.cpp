#include "inbox_delegate.h"

#include "avatar_cache.h"
#include "display_text.h"
#include "icons.h"
#include "qtmodels/notice_room_list_model.h"
#include "theme_colors.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace nb {

namespace {
constexpr int hPad = 10;
constexpr int vPad = 8;
constexpr int iconSize = 20;
constexpr int lineGap = 3;

bool isUnverified(const QModelIndex& index)
{
    return index.data(NoticeRoomListModel::TrustRole).toString() == QStringLiteral("unverified");
}

bool isInvite(const QModelIndex& index)
{
    return index.data(NoticeRoomListModel::MembershipRole).toString() == QStringLiteral("invite");
}

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.12);
    font.setBold(true);
    return font;
}

QFont groupFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    return font;
}
} // namespace

QString InboxDelegate::secondLine(const QModelIndex& index)
{
    const QString topic = index.data(NoticeRoomListModel::TopicRole).toString();
    if (isUnverified(index)) {
        // The warning comes first so it cannot be pushed out of view by a long topic.
        const QString what = isInvite(index) ? tr("Unverified invitation") : tr("Unverified");
        return topic.isEmpty() ? what + tr(": not confirmed as sent by your server")
                               : what + QStringLiteral(" \u00b7 ") + topic;
    }
    // An invite to an official notice room is a notice, not an invitation to decide on.
    if (isInvite(index))
        return tr("New notice from your server");
    if (!topic.isEmpty())
        return topic;
    // No topic (the legacy Server Notices room has none): say where it is from and when,
    // rather than leaving an empty line under the name.
    const qint64 ms = index.data(NoticeRoomListModel::LastActivityRole).toLongLong();
    if (ms <= 0)
        return tr("From your server");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QString date = when.date() == QDate::currentDate()
        ? QLocale().toString(when.time(), QStringLiteral("HH:mm"))
        : QLocale().toString(when.date(), QStringLiteral("d MMM yyyy"));
    return tr("From your server \u00b7 %1").arg(date);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(NoticeRoomListModel::IsGroupRole).toBool()) {
        const QFontMetrics fm(groupFont(option.font));
        return {200, fm.height() + 14};
    }
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    return {240, vPad + title.height() + lineGap + body.height() + vPad};
}

void InboxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(NoticeRoomListModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintRoom(painter, option, index);
    painter->restore();
}

void InboxDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect r = option.rect;
    const QPalette& pal = option.palette;
    painter->setFont(groupFont(option.font));
    QColor text = pal.color(QPalette::Text);
    text.setAlphaF(0.62);
    painter->setPen(text);
    const QRect textRect = r.adjusted(hPad, 6, -hPad, -2);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, index.data(Qt::DisplayRole).toString());
}

void InboxDelegate::paintRoom(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect r = option.rect;
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool unverified = isUnverified(index);
    const bool invite = isInvite(index);
    const bool archived = index.data(NoticeRoomListModel::MembershipRole).toString() == QStringLiteral("leave");

    if (selected)
        painter->fillRect(r, pal.color(QPalette::Highlight));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(r, pal.color(QPalette::AlternateBase));
    // An unverified room gets an amber edge, visible even when the text is cut short.
    if (unverified)
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), theme::warningMark(pal));

    const QColor fg = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = fg;
    dim.setAlphaF(0.7);

    const QFont tFont = titleFont(option.font);
    const QFontMetrics tfm(tFont);
    const QFontMetrics bfm(option.font);

    // Trust marker, vertically centred on the title line.
    const QIcon marker = unverified ? icons::warning() : icons::official();
    const int titleTop = r.top() + vPad;
    const QRect iconRect(r.left() + hPad, titleTop + (tfm.height() - iconSize) / 2, iconSize, iconSize);
    marker.paint(painter, iconRect, Qt::AlignCenter, archived ? QIcon::Disabled : QIcon::Normal);

    // Unread badge on the right.
    int right = r.right() - hPad;
    const int unread = index.data(NoticeRoomListModel::UnreadRole).toInt();
    if (unread > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QFontMetrics bm(badgeFont);
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int h = bm.height() + 4;
        const int w = std::max(h, bm.horizontalAdvance(count) + 12);
        const QRect badge(right - w + 1, titleTop + (tfm.height() - h) / 2, w, h);
        QPainterPath path;
        path.addRoundedRect(badge, h / 2.0, h / 2.0);
        // White on this blue is 6.6:1, and the blue stands out on light and dark bases alike.
        painter->fillPath(path, selected ? pal.color(QPalette::HighlightedText) : QColor(0x1f, 0x5f, 0x99));
        painter->setFont(badgeFont);
        painter->setPen(selected ? pal.color(QPalette::Highlight) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, count);
        right = badge.left() - 8;
    }

    // The avatar spans both lines, right of the trust marker (which stays first: it is the
    // one thing a look-alike room cannot copy).
    const int avatarSize = tfm.height() + lineGap + bfm.height();
    const QRect avatarRect(iconRect.right() + 8, titleTop, avatarSize, avatarSize);
    paintAvatar(painter, avatarRect, index, pal);

    const int textLeft = avatarRect.right() + 10;
    const QRect titleRect(textLeft, titleTop, right - textLeft, tfm.height());
    painter->setFont(tFont);
    painter->setPen(archived ? dim : fg);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(oneLine(index.data(Qt::DisplayRole).toString()), Qt::ElideRight, titleRect.width()));

    const QRect lineRect(textLeft, titleRect.bottom() + 1 + lineGap, r.right() - hPad - textLeft, bfm.height());
    // One line each: a line break in a name or topic must not draw over the next row.
    QString line = oneLine(secondLine(index));
    QFont lineFont = option.font;
    QColor lineColor = dim;
    if (unverified) {
        lineColor = selected ? fg : theme::warningText(pal);
    } else if (invite) {
        lineFont.setBold(true);
        lineColor = selected ? fg : theme::accentText(pal);
    }
    painter->setFont(lineFont);
    painter->setPen(lineColor);
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(lineFont).elidedText(line, Qt::ElideRight, lineRect.width()));
}

void InboxDelegate::paintAvatar(
    QPainter* painter, const QRect& rect, const QModelIndex& index, const QPalette& pal) const
{
    const QString url = index.data(NoticeRoomListModel::AvatarUrlRole).toString();
    const QImage image = m_avatars && !url.isEmpty() ? m_avatars->avatar(url) : QImage();
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    painter->save();
    painter->setClipPath(circle);
    if (!image.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(QRectF(rect), image);
    } else {
        // No picture: the name's first letter on a quiet disc, so rows stay aligned.
        painter->fillRect(rect, theme::secondaryText(pal));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(8, rect.height() / 2));
        painter->setFont(font);
        painter->setPen(pal.color(QPalette::Base));
        const QString name = oneLine(index.data(Qt::DisplayRole).toString()).trimmed();
        const QString initial =
            name.isEmpty() ? QString() : QString(name.at(0).isSurrogate() ? QChar() : name.at(0)).toUpper();
        painter->drawText(rect, Qt::AlignCenter, initial);
    }
    painter->restore();
}

} // namespace nb
