// The widgets on their own, without a homeserver: which buttons a room gets, that the
// notice view never fetches a resource, that the inbox keeps its selection across
// model resets, and the words of the inbox rows, the trust badge and the status bar.
// Hostile text (tables of hostile strings and of links): labels, tooltips, the message bar
// and notifications show it literally; links open only as safeLinkTarget() says, and after a
// confirmation naming the real target when their text is not their target.
#include "hostile_strings.h"

#include "notice/html_sanitizer.h"
#include "notice/usage_limit.h"
#include "qtmodels/notice_list_model.h"
#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/display_text.h"
#include "ui/inbox_delegate.h"
#include "ui/inbox_view.h"
#include "ui/message_bar.h"
#include "ui/notice_browser.h"
#include "ui/notice_header.h"
#include "ui/room_actions.h"
#include "ui/safe_links.h"
#include "ui/status_text.h"
#include "ui/tray_notifier.h"
#include "ui/usage_limit_banner.h"

#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace nb;

namespace {
NoticeRoom room(
    const QString& id, Trust trust, Membership membership, LeaveRule rule = LeaveRule::Deny, qint64 activity = 1000)
{
    NoticeRoom r;
    r.roomId = id;
    r.kind = NoticeKind::Msc4279;
    r.trust = trust;
    r.membership = membership;
    r.leaveRule = rule;
    r.name = id.mid(1);
    r.lastActivity = activity;
    if (trust == Trust::Unverified)
        r.trustReason = QStringLiteral("@eve:example.org is not a known administrator of your server.");
    return r;
}

// What the desktop was asked to open (QDesktopServices::setUrlHandler), instead of a browser.
class OpenedUrls : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

// Every anchor and image a piece of rich text would render, after Qt parsed it.
struct Rendered {
    QString plain;
    QStringList anchors;
    QStringList images;
    bool bold = false;
};
Rendered render(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Rendered r;
    r.plain = doc.toPlainText();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                r.anchors << format.anchorHref();
            if (format.isImageFormat())
                r.images << format.toImageFormat().name();
            if (format.fontWeight() >= QFont::Bold)
                r.bold = true;
        }
    return r;
}

QString withLineBreaks(QString text)
{
    return text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

QMessageBox* linkBox(QWidget* parent)
{
    return parent->findChild<QMessageBox*>(QStringLiteral("linkConfirmBox"));
}
} // namespace

class TestGuiWidgets : public QObject {
    Q_OBJECT

private slots:
    void officialInviteIsOpenedNeverRejected()
    {
        const auto offered = offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Invite));
        QVERIFY(offered.open);
        QVERIFY(!offered.reject);
        QVERIFY(!offered.accept);
        QVERIFY(!offered.archive);
    }
    void unverifiedInviteCanBeAcceptedOrRejected()
    {
        const auto offered = offeredActions(room(QStringLiteral("!a"), Trust::Unverified, Membership::Invite));
        QVERIFY(!offered.open);
        QVERIFY(offered.accept);
        QVERIFY(offered.reject);
        QVERIFY(!offered.archive);
    }
    void archiveFollowsLeaveRuleAndTrust()
    {
        QVERIFY(
            !offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Deny)).archive);
        QVERIFY(
            offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Allow)).archive);
        QVERIFY(
            offeredActions(room(QStringLiteral("!a"), Trust::Unverified, Membership::Join, LeaveRule::Deny)).archive);
        const auto archived =
            offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Leave, LeaveRule::Allow));
        QVERIFY(archived.forget);
        QVERIFY(!archived.archive);
        QVERIFY(!offeredActions(room(QStringLiteral("!a"), Trust::Official, Membership::Join)).forget);
    }
    void replyOnlyWithPowerLevels()
    {
        NoticeRoom r = room(QStringLiteral("!a"), Trust::Official, Membership::Join);
        QVERIFY(!offeredActions(r).reply);
        r.canReply = true;
        QVERIFY(offeredActions(r).reply);
    }

    void browserNeverFetchesResources()
    {
        NoticeBrowser browser;
        NoticeListModel notices;
        Notice n;
        n.eventId = QStringLiteral("$1");
        n.sender = QStringLiteral("@notices:example.org");
        n.body = QStringLiteral("hello");
        // Even if unsanitised HTML got this far, nothing remote is loaded.
        n.html = QStringLiteral("<p>hello <img src=\"https://evil.example.org/x.png\"></p>"
                                "<link rel=\"stylesheet\" href=\"https://evil.example.org/s.css\">");
        n.pinned = true;
        notices.setNotices(QStringLiteral("!a"), {n});
        browser.resize(400, 300);
        browser.showNotices(notices, {});
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const QVariant remote =
            browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://evil.example.org/x.png")));
        QVERIFY(!remote.isValid());
        QVERIFY(browser.refusedResourceCount() >= 1);
        QVERIFY(!browser.openLinks());
        QVERIFY(browser.toPlainText().contains(QStringLiteral("Pinned")));
    }

    void unsafeLinkIsRefused()
    {
        NoticeBrowser browser;
        QSignalSpy refused(&browser, &NoticeBrowser::linkRefused);
        emit browser.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        emit browser.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(refused.count(), 2);
    }

    void inboxKeepsSelectionAcrossResets()
    {
        InboxView view;
        view.resize(300, 400);
        view.show();
        QSignalSpy changed(&view, &InboxView::currentRoomChanged);
        view.setRooms({room(QStringLiteral("!a"), Trust::Official, Membership::Invite, LeaveRule::Deny, 3000),
            room(QStringLiteral("!b"), Trust::Official, Membership::Join, LeaveRule::Deny, 2000)});
        QVERIFY(view.selectRoom(QStringLiteral("!b")));
        QCOMPARE(changed.count(), 1);
        // A sync moves !b to Archived and adds a room: still selected, no spurious signal.
        view.setRooms({room(QStringLiteral("!c"), Trust::Unverified, Membership::Invite, LeaveRule::Deny, 4000),
            room(QStringLiteral("!a"), Trust::Official, Membership::Join, LeaveRule::Deny, 3000),
            room(QStringLiteral("!b"), Trust::Official, Membership::Leave, LeaveRule::Allow, 2000)});
        QCOMPARE(view.currentRoomId(), QStringLiteral("!b"));
        QCOMPARE(view.currentIndex().data(NoticeRoomListModel::RoomIdRole).toString(), QStringLiteral("!b"));
        QCOMPARE(changed.count(), 1);
        // The room is forgotten: the selection goes, and the view says so.
        view.setRooms({room(QStringLiteral("!a"), Trust::Official, Membership::Join)});
        QCOMPARE(view.currentRoomId(), QString());
        QCOMPARE(changed.count(), 2);
        // Empty groups other than Active are hidden; group headers cannot be selected.
        QVERIFY(view.isRowHidden(int(NoticeRoomListModel::Group::Archived), {}));
        QVERIFY(!view.isRowHidden(int(NoticeRoomListModel::Group::Active), {}));
        QVERIFY(!(view.model()->flags(view.model()->index(0, 0)) & Qt::ItemIsSelectable));
    }

    void rowWords()
    {
        NoticeRoomListModel model;
        NoticeRoom unverified = room(QStringLiteral("!u"), Trust::Unverified, Membership::Invite);
        unverified.topic = QStringLiteral("Verify your password");
        NoticeRoom joined = room(QStringLiteral("!j"), Trust::Official, Membership::Join);
        joined.topic = QStringLiteral("Maintenance");
        model.setRooms({room(QStringLiteral("!o"), Trust::Official, Membership::Invite), unverified, joined});
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!o"))),
            QStringLiteral("New notice from your server"));
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!u"))),
            QStringLiteral("Unverified invitation \u00b7 Verify your password"));
        QCOMPARE(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!j"))), QStringLiteral("Maintenance"));
        // No topic: never an empty line under the name.
        NoticeRoom bare = room(QStringLiteral("!b"), Trust::Official, Membership::Join);
        model.setRooms({bare});
        QVERIFY(InboxDelegate::secondLine(model.indexOfRoom(QStringLiteral("!b")))
                    .startsWith(QStringLiteral("From your server")));
    }

    void badgeAndStatusWords()
    {
        QCOMPARE(NoticeHeader::officialText(QStringLiteral("example.org")),
            QStringLiteral("Official notice from your server (example.org)"));
        QCOMPARE(
            NoticeHeader::unverifiedText(QStringLiteral("It was created by @eve:evil.org, who is not on your server.")),
            QStringLiteral("Not verified as sent by your server. It was created by @eve:evil.org, who is not on "
                           "your server. Treat links and requests in it with suspicion."));
        QCOMPARE(describeConnectionState(ConnectionState::Online, {}), QStringLiteral("Connected"));
        QCOMPARE(describeConnectionState(ConnectionState::Connecting, {}), QStringLiteral("Connecting\u2026"));
        QCOMPARE(describeConnectionState(ConnectionState::Reconnecting, QStringLiteral("retrying in 4 s")),
            QStringLiteral("Reconnecting\u2026 (retrying in 4 s)"));
    }

    // --- hostile text (rows: tests/gui/hostile_strings.h)

    void headerShowsNameAndTopicLiterally_data() { guitest::addHostileStringRows(); }
    void headerShowsNameAndTopicLiterally()
    {
        QFETCH(QString, text);
        NoticeHeader header;
        NoticeRoom r = room(QStringLiteral("!h"), Trust::Unverified, Membership::Join);
        r.name = text;
        r.topic = text;
        header.setRoom(r, QStringLiteral("example.org"));
        for (const char* name : {"noticeTitle", "noticeTopic", "trustBadgeText"}) {
            auto* label = header.findChild<QLabel*>(QLatin1String(name));
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        auto* title = header.findChild<QLabel*>(QStringLiteral("noticeTitle"));
        auto* topic = header.findChild<QLabel*>(QStringLiteral("noticeTopic"));
        if (text.size() <= NoticeHeader::maxTitleChars) {
            QCOMPARE(title->text(), text);
            QVERIFY(title->toolTip().isEmpty());
        } else {
            // Cut so the trust badge stays in view; the whole name is in the tooltip.
            QCOMPARE(title->text(), text.left(NoticeHeader::maxTitleChars - 1) + QChar(0x2026));
            QCOMPARE(render(title->toolTip()).plain, text);
        }
        if (text.size() <= NoticeHeader::maxTopicChars)
            QCOMPARE(topic->text(), text);
        else
            QCOMPARE(topic->text(), text.left(NoticeHeader::maxTopicChars - 1) + QChar(0x2026));
    }

    void inboxTooltipIsLiteral_data() { guitest::addHostileStringRows(); }
    void inboxTooltipIsLiteral()
    {
        QFETCH(QString, text);
        InboxView view;
        NoticeRoom r = room(QStringLiteral("!t"), Trust::Official, Membership::Join);
        r.topic = text;
        view.setRooms({r});
        const QString tip = view.viewIndexOfRoom(QStringLiteral("!t")).data(Qt::ToolTipRole).toString();
        // QToolTip renders what Qt::mightBeRichText() calls rich text: the tooltip must be
        // rich text that renders to exactly the topic, with no link, image or bold in it.
        QVERIFY(Qt::mightBeRichText(tip));
        const Rendered shown = render(tip);
        QCOMPARE(withLineBreaks(shown.plain), QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        QVERIFY(shown.anchors.isEmpty());
        QVERIFY(shown.images.isEmpty());
        QVERIFY(!shown.bold);
    }

    void inboxRowIsOneLine_data() { guitest::addHostileStringRows(); }
    void inboxRowIsOneLine()
    {
        QFETCH(QString, text);
        // The delegate paints with QPainter::drawText (never markup); a line break must not
        // draw a second line over the next row.
        QVERIFY(!oneLine(text).contains(QLatin1Char('\n')));
        QVERIFY(!oneLine(text).contains(QLatin1Char('\r')));
        QCOMPARE(oneLine(text).size(), text.size());
    }

    void messageBarShowsServerTextLiterally_data() { guitest::addHostileStringRows(); }
    void messageBarShowsServerTextLiterally()
    {
        QFETCH(QString, text);
        MessageBar bar;
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Server said: %1").arg(text));
        auto* label = bar.findChild<QLabel*>(QStringLiteral("messageBarText"));
        const Rendered shown = render(label->text());
        QCOMPARE(withLineBreaks(shown.plain).remove(QLatin1Char('\r')),
            QStringLiteral("Server said: %1").arg(text).remove(QLatin1Char('\r')));
        QVERIFY(shown.anchors.isEmpty());
        QVERIFY(shown.images.isEmpty());
        QVERIFY(!shown.bold);
    }

    void notificationHasNoMarkup_data() { guitest::addHostileStringRows(); }
    void notificationHasNoMarkup()
    {
        QFETCH(QString, text);
        const auto bubble = TrayNotifier::bubbleFor(text, text);
        for (const QString& part : {bubble.title, bubble.text}) {
            for (const char c : {'<', '>', '&', '\n', '\r'})
                QVERIFY2(!part.contains(QLatin1Char(c)), qPrintable(part));
            // Bidi controls of the sender's are gone ("Pay at \u202egro.elpmaxe" must not read
            // "Pay at example.org"); each part is one isolate of its own.
            for (const char16_t c : {u'\u202a', u'\u202b', u'\u202c', u'\u202d', u'\u202e', u'\u2066', u'\u2067'})
                QVERIFY2(!part.contains(QChar(c)), qPrintable(part));
            if (part.isEmpty() || part == QStringLiteral("New notice from your server"))
                continue; // nothing of the sender's in it
            QVERIFY2(part.startsWith(QChar(0x2068)) && part.endsWith(QChar(0x2069)), qPrintable(part));
            QCOMPARE(part.count(QChar(0x2068)), 1);
        }
        QVERIFY(bubble.text.size() <= 202); // 200 characters and the isolate's two
    }

    void quotedNameCannotReorderTheSentence()
    {
        // A right-to-left override in a name ends at the isolate's end, and a stray "pop
        // isolate" inside the name cannot close it early.
        const QString q = quoted(QStringLiteral("a\u2069\u202Eb\nc"));
        QCOMPARE(q, QStringLiteral("\u2068ab c\u2069"));
    }

    // --- links

    void linkTargets_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("opened"); // empty: refused
        QTest::newRow("mailto plain") << "mailto:admin@example.org"
                                      << "mailto:admin@example.org";
        QTest::newRow("mailto attach dropped") << "mailto:admin@example.org?attach=/home/alice/.ssh/id_rsa"
                                               << "mailto:admin@example.org";
        QTest::newRow("mailto ATTACHMENT dropped")
            << "mailto:admin@example.org?ATTACHMENT=file:///etc/passwd&subject=Hi"
            << "mailto:admin@example.org?subject=Hi";
        QTest::newRow("mailto cc bcc to dropped")
            << "mailto:admin@example.org?cc=eve@evil.example&bcc=eve@evil.example&to=eve@evil.example&subject=Help"
            << "mailto:admin@example.org?subject=Help";
        QTest::newRow("mailto subject and body kept")
            << "mailto:admin@example.org?subject=Account%20locked&body=Line%201%0D%0ALine%202"
            << "mailto:admin@example.org?subject=Account%20locked&body=Line%201%0D%0ALine%202";
        QTest::newRow("mailto subject header injection")
            << "mailto:admin@example.org?subject=Hi%0D%0ABcc:%20eve@evil.example"
            << "mailto:admin@example.org?subject=Hi%20%20Bcc%3A%20eve%40evil.example";
        QTest::newRow("mailto in-reply-to and headers dropped")
            << "mailto:admin@example.org?In-Reply-To=%3Cx@y%3E&X-Header=1&body=b"
            << "mailto:admin@example.org?body=b";
        QTest::newRow("mailto encoded query in address") << "mailto:admin@example.org%3Fattach=/etc/passwd"
                                                         << "";
        QTest::newRow("mailto display name") << "mailto:%22Admin%22%20%3Ceve@evil.example%3E"
                                             << "";
        QTest::newRow("mailto no address") << "mailto:?to=eve@evil.example"
                                           << "";
        QTest::newRow("mailto two addresses") << "mailto:a@example.org,b@example.org"
                                              << "mailto:a@example.org,b@example.org";
        QTest::newRow("https") << "https://status.example.org/x?y=1#z"
                               << "https://status.example.org/x?y=1#z";
        QTest::newRow("http") << "http://status.example.org/"
                              << "http://status.example.org/";
        QTest::newRow("matrix.to") << "https://matrix.to/#/@admin:example.org"
                                   << "https://matrix.to/#/@admin:example.org";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "";
        QTest::newRow("data") << "data:text/html,<b>x</b>"
                              << "";
        QTest::newRow("ftp") << "ftp://files.example.org/x"
                             << "";
        QTest::newRow("smb") << "smb://evil.example/share"
                             << "";
        QTest::newRow("https without host") << "https:relative"
                                            << "";
        QTest::newRow("relative") << "/etc/passwd"
                                  << "";
    }
    void linkTargets()
    {
        QFETCH(QString, link);
        QFETCH(QString, opened);
        const QUrl target = safeLinkTarget(QUrl(link));
        QCOMPARE(target.toString(QUrl::FullyEncoded), opened);
    }

    void linkTextAgainstTarget_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("shows");
        QTest::newRow("same url") << "https://status.example.org/x"
                                  << "https://status.example.org/x" << true;
        QTest::newRow("without scheme") << "status.example.org/x"
                                        << "https://status.example.org/x" << true;
        QTest::newRow("trailing slash") << "https://status.example.org"
                                        << "https://status.example.org/" << true;
        QTest::newRow("click here") << "Click here"
                                    << "https://evil.example/login" << false;
        QTest::newRow("another host") << "https://bank.example/login"
                                      << "https://evil.example/login" << false;
        QTest::newRow("userinfo trick") << "https://bank.example"
                                        << "https://bank.example@evil.example/" << false;
        QTest::newRow("https text, http target") << "https://bank.example/"
                                                 << "http://bank.example/" << false;
        QTest::newRow("other path") << "https://bank.example/help"
                                    << "https://bank.example/login" << false;
        QTest::newRow("lookalike host") << "https://b\u0430nk.example/"
                                        << "https://bank.example/" << false;
        QTest::newRow("mailto address") << "admin@example.org"
                                        << "mailto:admin@example.org" << true;
        QTest::newRow("mailto with prefix") << "mailto:admin@example.org"
                                            << "mailto:admin@example.org?subject=x" << true;
        QTest::newRow("mailto other address") << "admin@example.org"
                                              << "mailto:eve@evil.example" << false;
        QTest::newRow("empty text") << ""
                                    << "https://status.example.org/" << false;
    }
    void linkTextAgainstTarget()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(bool, shows);
        QCOMPARE(linkTextShowsTarget(text, QUrl(target)), shows);
    }

    void clickedLinksOpenOnlyWhatTheySay()
    {
        OpenedUrls opened;
        for (const char* scheme : {"https", "http", "mailto"})
            QDesktopServices::setUrlHandler(QLatin1String(scheme), &opened, "open");
        NoticeBrowser browser;
        NoticeListModel notices;
        Notice n;
        n.eventId = QStringLiteral("$1");
        n.sender = QStringLiteral("@notices:example.org");
        n.html = sanitizeNoticeHtml(QStringLiteral(
            "<p><a href=\"https://status.example.org/\">https://status.example.org/</a> "
            "<a href=\"https://evil.example/login\">https://bank.example/login</a> "
            "<a href=\"mailto:admin@example.org?attach=/etc/passwd&amp;subject=Hi\">admin@example.org</a>"
            " <a href=\"https://evil.example/login\">Log in <b>here</b></a></p>"));
        notices.setNotices(QStringLiteral("!a"), {n});
        browser.showNotices(notices, {});
        browser.resize(500, 300);
        browser.show();

        // Text that is its target: opens at once.
        emit browser.anchorClicked(QUrl(QStringLiteral("https://status.example.org/")));
        QCOMPARE(opened.urls, QList<QUrl> {QUrl(QStringLiteral("https://status.example.org/"))});
        // The mailto opens without its attachment, and at once: its text is its address.
        emit browser.anchorClicked(QUrl(QStringLiteral("mailto:admin@example.org?attach=/etc/passwd&subject=Hi")));
        QCOMPARE(opened.urls.size(), 2);
        QCOMPARE(opened.urls.last().toString(), QStringLiteral("mailto:admin@example.org?subject=Hi"));

        // Text that is another address (both links to evil.example): nothing opens; a box
        // names the real target and what the text said.
        QCOMPARE(browser.anchorTexts(QUrl(QStringLiteral("https://evil.example/login"))),
            (QStringList {QStringLiteral("https://bank.example/login"), QStringLiteral("Log in here")}));
        emit browser.anchorClicked(QUrl(QStringLiteral("https://evil.example/login")));
        QCOMPARE(opened.urls.size(), 2);
        QMessageBox* box = linkBox(&browser);
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(QStringLiteral("It opens a page on:\nevil.example\n")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("https://evil.example/login")));
        QVERIFY(box->text().contains(QStringLiteral("https://bank.example/login")));
        // Cancel (the default): still nothing.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!linkBox(&browser));
        QCOMPARE(opened.urls.size(), 2);
        // Asked again and confirmed: it opens.
        emit browser.anchorClicked(QUrl(QStringLiteral("https://evil.example/login")));
        QVERIFY(linkBox(&browser));
        linkBox(&browser)->findChild<QPushButton*>(QStringLiteral("openLinkButton"))->click();
        QTRY_COMPARE(opened.urls.size(), 3);
        QCOMPARE(opened.urls.last(), QUrl(QStringLiteral("https://evil.example/login")));

        for (const char* scheme : {"https", "http", "mailto"})
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }

    void bannerContactLinksOnlyTheAddress_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("href"); // empty: shown, not linked
        QTest::addColumn<QString>("shown");
        QTest::newRow("mailto") << "mailto:admin@example.org"
                                << "mailto:admin@example.org"
                                << "admin@example.org";
        QTest::newRow("mailto attach and cc") << "mailto:admin@example.org?attach=/etc/passwd&cc=eve@evil.example"
                                              << "mailto:admin@example.org"
                                              << "admin@example.org";
        QTest::newRow("mailto subject kept") << "mailto:admin@example.org?subject=MAU%20limit&bcc=eve@evil.example"
                                             << "mailto:admin@example.org?subject=MAU%20limit"
                                             << "admin@example.org";
        QTest::newRow("https") << "https://example.org/support"
                               << "https://example.org/support"
                               << "https://example.org/support";
        QTest::newRow("markup") << "<a href=\"https://evil.example\">admin</a>"
                                << ""
                                << "<a href=\"https://evil.example\">admin</a>";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << ""
                                    << "javascript:alert(1)";
    }
    void bannerContactLinksOnlyTheAddress()
    {
        QFETCH(QString, contact);
        QFETCH(QString, href);
        QFETCH(QString, shown);
        UsageLimit limit;
        limit.limitType = QStringLiteral("monthly_active_user");
        limit.adminContact = contact;
        const Rendered banner = render(UsageLimitBanner::bannerHtml(limit));
        QCOMPARE(banner.anchors, href.isEmpty() ? QStringList {} : QStringList {href});
        QVERIFY2(banner.plain.endsWith(QStringLiteral("Contact your server administrator: ") + shown),
            qPrintable(banner.plain));
        QVERIFY(banner.images.isEmpty());
        if (!href.isEmpty())
            QVERIFY(linkTextShowsTarget(shown, QUrl(href)));
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "test_gui_widgets.moc"
