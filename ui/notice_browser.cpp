#include "notice_browser.h"

#include "avatar_cache.h"
#include "display_text.h"
#include "icons.h"
#include "notice/html_sanitizer.h"
#include "qtmodels/notice_list_model.h"
#include "safe_links.h"
#include "store/sender_label.h"
#include "theme_colors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace nb {

namespace {
const QString pinUrl = QStringLiteral("nb-internal:pin");
const QString olderUrl = QStringLiteral("nb-internal:older");
const QString avatarScheme = QStringLiteral("nb-avatar");
constexpr int avatarPx = 20; // beside a name set in small type

// A disc, as the inbox draws avatars (InboxDelegate::paintAvatar), with the same pixels.
QImage disc(const QImage& square)
{
    QImage out(square.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(out.rect()));
    painter.setClipPath(circle);
    painter.drawImage(0, 0, square);
    return out;
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    // Minutes are enough for a notice; seconds (which the C locale's short format adds) are noise.
    return QLocale().toString(when, QStringLiteral("d MMM yyyy, HH:mm"));
}
} // namespace

NoticeBrowser::NoticeBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("noticeBrowser"));
    setAccessibleName(tr("Notices in this room"));
    // Never let QTextBrowser follow a link itself: it would load file: or relative
    // targets into the view. Clicks come to us and pass the scheme check.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    applyPalette();
    // The link opens only after the scheme check, and after the user confirms when its text
    // is not where it leads ("Click here", or an address that is not the real one).
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // Our own link; a notice cannot make one (the sanitiser keeps only safe schemes).
        if (url == QUrl(olderUrl)) {
            emit olderNoticesRequested();
            return;
        }
        if (openCheckedLink(this, url, anchorTexts(url)) == LinkOutcome::Refused)
            emit linkRefused(url);
    });
}

void NoticeBrowser::applyPalette()
{
    const QPalette& pal = palette();
    const QString quiet = theme::secondaryText(pal).name();
    const QString accent = theme::accentText(pal).name();
    document()->setDefaultStyleSheet(
        QStringLiteral(".meta { color: %1; font-size: small; }"
                       ".sender { font-size: small; font-weight: bold; }"
                       // The real ID beside a name that could pass for someone else: not quiet.
                       ".realid { color: %4; font-size: small; font-weight: bold; }"
                       ".empty { color: %1; }"
                       ".pinned { color: %3; font-weight: bold; font-size: small; }"
                       ".mine { color: %2; font-size: small; font-weight: bold; }"
                       ".reply { color: %2; font-size: small; font-weight: bold; }"
                       ".withdrawn { color: %1; font-style: italic; }"
                       ".history { color: %1; font-size: small; }"
                       "a { color: %2; }")
            .arg(quiet, accent, theme::alertText(pal).name(), theme::warningText(pal).name()));
}

void NoticeBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        if (!m_html.isEmpty())
            setHtml(m_html); // the style sheet applies when the page is set
    }
}

void NoticeBrowser::setAvatarCache(AvatarCache* avatars)
{
    m_avatars = avatars;
    if (avatars)
        connect(avatars, &AvatarCache::avatarReady, this, &NoticeBrowser::onAvatarReady);
}

void NoticeBrowser::onAvatarReady(const QString& mxcUri)
{
    if (!m_avatarUris.contains(mxcUri) || m_html.isEmpty())
        return;
    // The page asks again for its images when it is set again; where the reader is stays.
    const int position = verticalScrollBar()->value();
    setHtml(m_html);
    verticalScrollBar()->setValue(position);
}

QVariant NoticeBrowser::loadResource(int type, const QUrl& name)
{
    // The pin marker and the senders' avatars are the only images shown, and they are ours
    // (the sanitiser drops every <img> of a notice, so a notice cannot ask for them).
    if (type == QTextDocument::ImageResource && name == QUrl(pinUrl))
        return icons::pinned().pixmap(14, 14).toImage();
    if (type == QTextDocument::ImageResource && name.scheme() == avatarScheme && m_avatars) {
        bool isIndex = false;
        const int index = name.path().toInt(&isIndex);
        if (isIndex && index >= 0 && index < m_avatarUris.size()) {
            const QImage avatar = m_avatars->avatar(m_avatarUris.at(index));
            if (!avatar.isNull())
                return disc(avatar);
            // Still being fetched (or refused): an empty square, not Qt's "broken image".
            QImage blank(avatarPx, avatarPx, QImage::Format_ARGB32_Premultiplied);
            blank.fill(Qt::transparent);
            return blank;
        }
    }
    // The sanitiser already replaced <img> with its alt text; this is the second wall.
    ++m_refusedResources;
    return {};
}

QStringList NoticeBrowser::anchorTexts(const QUrl& url) const
{
    QStringList texts;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QString current;
        bool inside = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            // Adjacent fragments (a bold word inside the link) belong to the same link.
            if (format.isAnchor() && QUrl(format.anchorHref()) == url) {
                current += it.fragment().text();
                inside = true;
            } else if (inside) {
                texts << current;
                current.clear();
                inside = false;
            }
        }
        if (inside)
            texts << current;
    }
    return texts;
}

namespace {
// A sender by the name they gave themselves, with their full ID as the tooltip, and next
// to the name wherever the name alone could pass for someone else (sender_label.h). A reply
// is someone other than the room's notice sender speaking: its ID comes first, the name after.
QString senderName(const SenderLabel& label, const QString& userId, const char* cssClass, bool idFirst)
{
    const QString id = escapeHtml(userId);
    const QString name = escapeHtml(quoted(label.name));
    if (label.name == userId)
        return QStringLiteral("<span class=\"%1\" title=\"%2\">%2</span>").arg(QLatin1String(cssClass), id);
    if (idFirst)
        return QStringLiteral("<span class=\"%1\" title=\"%2\">%2</span> <span class=\"meta\" title=\"%2\">(%3)</span>")
            .arg(QLatin1String(cssClass), id, name);
    QString html = QStringLiteral("<span class=\"%1\" title=\"%2\">%3</span>").arg(QLatin1String(cssClass), id, name);
    if (label.showId)
        html += QStringLiteral(" <span class=\"realid\" title=\"%1\">(%1)</span>").arg(id);
    return html;
}

// The sender's avatar, if set, then senderName. `avatars`: where the page's avatars are listed (null: none shown); the
// sender's, if set, goes before the name as "nb-avatar:<its index there>".
QString senderHtml(
    const QString& userId, const NoticeRoom* room, const char* cssClass, bool idFirst, QStringList* avatars)
{
    const SenderLabel label = room ? senderLabel(*room, userId) : SenderLabel {userId, userId, false, {}};
    QString avatar;
    if (avatars && !label.avatarUrl.isEmpty()) {
        qsizetype index = avatars->indexOf(label.avatarUrl);
        if (index < 0) {
            index = avatars->size();
            avatars->append(label.avatarUrl);
        }
        avatar = QStringLiteral("<img src=\"%1:%2\" width=\"%3\" height=\"%3\" style=\"vertical-align: middle\"> ")
                     .arg(avatarScheme, QString::number(index), QString::number(avatarPx));
    }
    return avatar + senderName(label, userId, cssClass, idFirst);
}

// The line above a message: pinned, who wrote it and when, edited.
QString metaLine(const QModelIndex& index, const NoticeRoom* room, QStringList* avatars)
{
    QString meta;
    if (index.data(NoticeListModel::PinnedRole).toBool())
        meta += QCoreApplication::translate("nb::NoticeBrowser",
            "<img src=\"%1\" width=\"14\" height=\"14\"> <span class=\"pinned\">Pinned</span> &nbsp; ")
                    .arg(pinUrl);
    const QString senderId = index.data(NoticeListModel::SenderRole).toString();
    const QString time = escapeHtml(formatTime(index.data(NoticeListModel::TimestampRole).toLongLong()));
    if (index.data(NoticeListModel::FromMeRole).toBool())
        meta += QCoreApplication::translate(
            "nb::NoticeBrowser", "<span class=\"mine\">Your reply</span> &nbsp; <span class=\"meta\">%1</span>")
                    .arg(time);
    else if (!index.data(NoticeListModel::IsNoticeRole).toBool())
        meta += QCoreApplication::translate(
            "nb::NoticeBrowser", "<span class=\"reply\">Reply from</span> %1 &nbsp; <span class=\"meta\">%2</span>")
                    .arg(senderHtml(senderId, room, "reply", true, avatars), time);
    else
        meta += QStringLiteral("%1<span class=\"meta\"> \u00b7 %2</span>")
                    .arg(senderHtml(senderId, room, "sender", false, avatars), time);
    if (index.data(NoticeListModel::EditedRole).toBool() && !index.data(NoticeListModel::RedactedRole).toBool())
        meta += QCoreApplication::translate("nb::NoticeBrowser", " <span class=\"meta\">(edited)</span>");
    return meta;
}

// What stands where a withdrawn message was: who withdrew it, and why when they said.
QString withdrawnText(const QModelIndex& index, bool official)
{
    const bool notice = index.data(NoticeListModel::IsNoticeRole).toBool();
    // Withdrawn by a member given power (an admin's mistake): said with their ID, and their
    // reason left out: it is their words, in a room whose notices speak for the server.
    if (!index.data(NoticeListModel::RedactedByNoticeSenderRole).toBool()) {
        const QString who = index.data(NoticeListModel::RedactedByRole).toString();
        const QString text = notice
            ? QCoreApplication::translate("nb::NoticeBrowser", "Withdrawn by %1").arg(who)
            : QCoreApplication::translate("nb::NoticeBrowser", "Message deleted by %1").arg(who);
        return QStringLiteral("<p class=\"withdrawn\">%1</p>").arg(escapeHtml(text));
    }
    QString text = notice && official ? QCoreApplication::translate("nb::NoticeBrowser", "Withdrawn by your server")
        : notice                      ? QCoreApplication::translate("nb::NoticeBrowser", "Withdrawn by its sender")
                                      : QCoreApplication::translate("nb::NoticeBrowser", "Message deleted");
    const QString reason = index.data(NoticeListModel::RedactionReasonRole).toString().trimmed();
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    return QStringLiteral("<p class=\"withdrawn\">%1</p>").arg(escapeHtml(text));
}
} // namespace

bool NoticeBrowser::scrollToNotice(const QString& eventId)
{
    const qsizetype row = eventId.isEmpty() ? -1 : m_eventIds.indexOf(eventId);
    if (row < 0)
        return false;
    scrollToAnchor(QStringLiteral("notice-%1").arg(row));
    return true;
}

void NoticeBrowser::showNotices(const NoticeListModel& notices, const NoticePage& page)
{
    QString html;
    if (page.loadingHistory)
        html += tr("<p class=\"history\">Loading notices from your server\u2026</p>");
    else if (page.hasOlder)
        html += tr("<p class=\"history\"><a href=\"%1\">Load older notices</a></p>").arg(olderUrl);
    const int count = notices.rowCount();
    m_eventIds.clear();
    m_avatarUris.clear();
    if (count == 0)
        html += QStringLiteral("<p class=\"empty\">%1</p>").arg(escapeHtml(page.emptyText));
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = notices.index(row);
        const bool reply = !index.data(NoticeListModel::IsNoticeRole).toBool();
        const QString body = index.data(NoticeListModel::RedactedRole).toBool()
            ? withdrawnText(index, page.official)
            : index.data(NoticeListModel::HtmlRole).toString();
        // Space, not rules, between notices: a <hr> renders as a heavy dark line here.
        // Replies are set in, so they never read as the server's own word.
        const int indent = reply ? 28 : 0;
        // Anchors are named by row: event IDs are the server's text, not safe as names.
        m_eventIds << index.data(NoticeListModel::EventIdRole).toString();
        html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:4px; margin-left:%2px\">"
                               "<a name=\"notice-%3\"></a>%4</p><div style=\"margin-left:%2px\">%5</div>")
                    .arg(QString::number(row > 0 ? 18 : 0), QString::number(indent), QString::number(row),
                        metaLine(index, page.room, m_avatars ? &m_avatarUris : nullptr), body);
    }
    m_html = html;
    setHtml(html);
}

} // namespace nb
