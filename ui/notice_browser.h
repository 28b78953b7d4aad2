#pragma once
// Shows the notices of one room as rich text. Notices come from a server and may be
// hostile: nothing is ever fetched (no remote images, stylesheets or anything else),
// and a clicked link is opened only when its scheme is safe (and, where its text is
// not its target, after the user saw the real target and said yes).
#include <QTextBrowser>

namespace nb {

class AvatarCache;
class NoticeListModel;
struct NoticeRoom;

// What the page says around the notices themselves.
struct NoticePage {
    QString emptyText; // shown when there is nothing to show
    bool official = false; // the room is verified as the server's: "Withdrawn by your server"
    bool hasOlder = false; // a "Load older notices" link heads the page
    bool loadingHistory = false; // notices are still being fetched from the server
    // Names the senders (sender_label.h); null: by their Matrix IDs.
    const NoticeRoom* room = nullptr;
};

class NoticeBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit NoticeBrowser(QWidget* parent = nullptr);

    // Senders' avatars beside their names, from the app's cache (only what the cache fetched
    // from the user's own homeserver; nothing is fetched by the page). Null: names only.
    void setAvatarCache(AvatarCache* avatars);

    // Renders the model's notices, oldest first; HtmlRole is already sanitised. Replies
    // (anyone but the room's notice senders) are set in under their sender.
    void showNotices(const NoticeListModel& notices, const NoticePage& page);
    // Scrolls so that the notice with this event ID starts at the top of the view (a
    // clicked desktop notification). False when it is not among the notices shown.
    bool scrollToNotice(const QString& eventId);

    // Every resource request is refused; counted so tests can see one was attempted.
    QVariant loadResource(int type, const QUrl& name) override;
    int refusedResourceCount() const { return m_refusedResources; }

    // The visible text of every link in the view whose target is `url` (a link may appear more
    // than once); what the link confirmation compares with the target.
    QStringList anchorTexts(const QUrl& url) const;

signals:
    void linkRefused(const QUrl& url);
    void olderNoticesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The page's own colours, from the palette (theme_colors.h): a new palette re-renders.
    void applyPalette();

    void onAvatarReady(const QString& mxcUri);

    AvatarCache* m_avatars = nullptr;
    // The avatars the page shows, by index: the page names them "nb-avatar:N", never by the
    // server's mxc:// text, so nothing a sender wrote becomes an address the page asks for.
    QStringList m_avatarUris;
    int m_refusedResources = 0;
    QString m_html; // the page as last shown
    QStringList m_eventIds; // of the notices shown, by row; row N's anchor is "notice-N"
};

} // namespace nb
