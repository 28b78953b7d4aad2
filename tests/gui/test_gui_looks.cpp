// How the inbox looks and what a screen reader hears, against a real Synapse (issue 9,
// "Looks like a notice app" and "Accessibility"):
// - senders by display name: the server notices user as "Server Notices", an administrator
//   by the name and avatar of their profile, the room's own avatar painted in the inbox,
//   the full Matrix ID in a tooltip;
// - an imposter who calls herself "Server Notices" in a room of her own stays unverified
//   and her real ID is shown next to the name;
// - every focusable control has an accessible name; each inbox row's accessible
//   description says official or unverified (and why) and how many are unread;
// - the usage-limit banner is announced (QAccessible::Alert) when it appears;
// - the keyboard moves between notices (Alt+Down / Alt+Up) and opens the reply box (Ctrl+R),
//   through actions listed in the menus;
// - screenshots under a dark palette (and at 2x when run with QT_SCALE_FACTOR=2).
#include "accessibility_checks.h"
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/accessible_alert.h"
#include "ui/app_windows.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/notice_browser.h"
#include "ui/notice_view.h"
#include "ui/usage_limit_banner.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslConfiguration>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUuid>

using namespace nb;
using Group = NoticeRoomListModel::Group;

namespace {

// The accessibility events the app raises while a test runs.
std::vector<std::pair<QAccessible::Event, QObject*>> g_events;
void recordEvent(QAccessibleEvent* event)
{
    g_events.emplace_back(event->type(), event->object());
}

QByteArray solidPng(const QColor& color)
{
    QImage image(96, 96, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Pixels of `image` within `tolerance` of `color` on every channel.
int pixelsNear(const QImage& image, const QColor& color, int tolerance = 24)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestGuiLooks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void serverNoticesUserShownByName();
    void adminNameAndRoomAvatarInInbox();
    void imposterNamedServerNoticesShowsRealId();
    void rowsDescribeTrustAndUnread();
    void everyFocusableControlHasAName();
    void keyboardMovesBetweenNoticesAndOpensReply();
    void usageLimitBannerIsAnnounced();
    void darkPaletteScreenshots();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    InboxView* inbox() const { return main()->inbox(); }
    NoticeRoomListModel* model() const { return inbox()->roomModel(); }
    template<class T> T* child(const char* name) const { return main()->findChild<T*>(QLatin1String(name)); }
    int groupOf(const QString& roomId) const
    {
        const QModelIndex index = model()->indexOfRoom(roomId);
        return index.isValid() ? index.parent().row() : -1;
    }
    QString roleOf(const QString& roomId, int role) const { return model()->indexOfRoom(roomId).data(role).toString(); }
    void clickRoom(const QString& roomId)
    {
        const QModelIndex index = inbox()->viewIndexOfRoom(roomId);
        QVERIFY(index.isValid());
        inbox()->scrollTo(index);
        QTest::mouseClick(inbox()->viewport(), Qt::LeftButton, {}, inbox()->visualRect(index).center());
        QTRY_COMPARE(main()->noticeView()->roomId(), roomId);
    }
    // At QT_SCALE_FACTOR=2 (the test_gui_looks_2x run) the pictures get an @2x name.
    QString shotName(const QString& name) const
    {
        return name + (main()->devicePixelRatioF() > 1.5 ? QStringLiteral("@2x.png") : QStringLiteral(".png"));
    }
    NoticeBrowser* browser() const { return child<NoticeBrowser>("noticeBrowser"); }
    // The text as read, without the invisible bidi isolates around names (display_text.h).
    QString noticeText() const { return browser()->toPlainText().remove(QChar(0x2068)).remove(QChar(0x2069)); }
    // The tooltip of the text where `needle` first appears in the notice view.
    QString toolTipAt(const QString& needle) const
    {
        QTextCursor found = browser()->document()->find(needle);
        if (found.isNull())
            return {};
        QTextCursor at(browser()->document());
        at.setPosition(found.selectionStart() + 1);
        return at.charFormat().toolTip();
    }
    QString upload(const QString& token, const QByteArray& png);
    bool put(const QByteArray& path, const QString& token, const QJsonObject& body);
    QString accessibleDescriptionOf(const QString& roomId) const;

    testsupport::SynapseInstance m_synapse {[] {
        auto options = testsupport::SynapseOptions::stockRateLimits();
        options.relaxRateLimitsBecause.clear(); // one login, three rooms, a handful of messages
        return options;
    }()};
    QTemporaryDir m_profile;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_dana, m_mallory;
    QString m_legacyRoom, m_officialRoom, m_imposterRoom;
    const QColor m_roomAvatarColor {0x1c, 0xa3, 0x4f};
};

QString TestGuiLooks::upload(const QString& token, const QByteArray& png)
{
    QNetworkAccessManager nam;
    QUrl url = m_synapse.baseUrl();
    url.setPath(QStringLiteral("/_matrix/media/v3/upload"));
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_synapse.caFile());
    request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    QNetworkReply* reply = nam.post(request, png);
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const QString uri = QJsonDocument::fromJson(answer).object().value(QStringLiteral("content_uri")).toString();
    if (uri.isEmpty())
        qWarning("upload failed: %s", answer.constData());
    return uri;
}

bool TestGuiLooks::put(const QByteArray& path, const QString& token, const QJsonObject& body)
{
    const auto reply = m_http->call("PUT", path, token, body);
    if (!reply.ok())
        qWarning("PUT %s failed: %s", path.constData(), qPrintable(reply.error));
    return reply.ok();
}

QString TestGuiLooks::accessibleDescriptionOf(const QString& roomId) const
{
    // As a screen reader finds it: the inbox's accessible table, the cell of the room's row.
    QAccessibleInterface* view = QAccessible::queryAccessibleInterface(inbox());
    if (!view)
        return QStringLiteral("(no accessible interface)");
    const QString name = roleOf(roomId, Qt::DisplayRole);
    for (int i = 0; i < view->childCount(); ++i) {
        QAccessibleInterface* cell = view->child(i);
        if (cell && cell->text(QAccessible::Name) == name)
            return cell->text(QAccessible::Description);
    }
    return QStringLiteral("(no row named %1)").arg(name);
}

void TestGuiLooks::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_dana = m_synapse.registerUser(QStringLiteral("dana"), QStringLiteral("dana-password"));
    m_mallory = m_synapse.registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-password"));
    QVERIFY2(!m_dana.accessToken.isEmpty() && !m_mallory.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    m_synapse.writeSupportFile(QStringLiteral(R"({"contacts":[{"matrix_id":"%1","role":"m.role.admin"}]})")
                                   .arg(m_synapse.adminUserId())
                                   .toUtf8());
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    // Where a screen reader runs, Qt hands the app's accessibility events to this handler;
    // on the offscreen platform it drops them (no assistive technology is ever active), so
    // the alerts are also observed where the app raises them (accessible_alert.h).
    QAccessible::installUpdateHandler(recordEvent);
    setAlertObserver(recordEvent);
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_dana.userId, m_dana.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    main()->resize(1040, 660);
}

void TestGuiLooks::serverNoticesUserShownByName()
{
    const QJsonObject content {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
        {QStringLiteral("body"), QStringLiteral("Maintenance tonight from 22:00 to 23:00 UTC.")}};
    QVERIFY(!guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_dana.userId, content).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount(model()->index(int(Group::Active), 0)) == 1, 30000);
    m_legacyRoom =
        model()->index(0, 0, model()->index(int(Group::Active), 0)).data(NoticeRoomListModel::RoomIdRole).toString();
    clickRoom(m_legacyRoom);
    QTest::mouseClick(child<QPushButton>("openNoticeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("Maintenance tonight")), 30000);

    // Synapse's server_notices.system_mxid_display_name, as its member event in the room says.
    const QString noticesUser = QStringLiteral("@notices:%1").arg(m_synapse.serverName());
    QTRY_VERIFY2_WITH_TIMEOUT(
        noticeText().contains(QStringLiteral("Server Notices \u00b7")), qPrintable(noticeText()), 30000);
    QVERIFY2(!noticeText().contains(noticesUser), qPrintable(noticeText()));
    // The full ID is one hover away.
    QCOMPARE(toolTipAt(QStringLiteral("Server Notices")), noticesUser);
    // The inbox row names the sender too (its tooltip), by name and full ID.
    const QString tip = roleOf(m_legacyRoom, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("Server Notices")) && tip.contains(noticesUser), qPrintable(tip));
}

void TestGuiLooks::adminNameAndRoomAvatarInInbox()
{
    // The administrator has a profile: a name and an avatar (magenta); the room has its
    // own avatar (green), which the inbox shows.
    const QColor adminAvatarColor(0xc8, 0x1e, 0x8c);
    const QString adminAvatar = upload(m_synapse.adminToken(), solidPng(adminAvatarColor));
    const QString roomAvatar = upload(m_synapse.adminToken(), solidPng(m_roomAvatarColor));
    QVERIFY(adminAvatar.startsWith(QStringLiteral("mxc://")) && roomAvatar.startsWith(QStringLiteral("mxc://")));
    const QByteArray profile = "/_matrix/client/v3/profile/" + guitest::enc(m_synapse.adminUserId());
    QVERIFY(put(profile + "/displayname", m_synapse.adminToken(),
        {{QStringLiteral("displayname"), QStringLiteral("Example Support Team")}}));
    QVERIFY(put(profile + "/avatar_url", m_synapse.adminToken(), {{QStringLiteral("avatar_url"), adminAvatar}}));

    m_officialRoom = guitest::createNoticeRoom(*m_http, m_synapse.adminToken(), m_synapse.adminUserId(), m_dana.userId,
        QStringLiteral("Terms of Service update"), QStringLiteral("New terms from 1 January"), QStringLiteral("allow"),
        0);
    QVERIFY(!m_officialRoom.isEmpty());
    QVERIFY(put("/_matrix/client/v3/rooms/" + guitest::enc(m_officialRoom) + "/state/m.room.avatar/",
        m_synapse.adminToken(), {{QStringLiteral("url"), roomAvatar}}));
    QVERIFY(!guitest::sendText(
        *m_http, m_synapse.adminToken(), m_officialRoom, QStringLiteral("Our terms change on 1 January."))
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_officialRoom), int(Group::Active), 30000);
    clickRoom(m_officialRoom);
    QTest::mouseClick(child<QPushButton>("openNoticeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("Our terms change")), 30000);

    QTRY_VERIFY2_WITH_TIMEOUT(
        noticeText().contains(QStringLiteral("Example Support Team")), qPrintable(noticeText()), 30000);
    QVERIFY(!noticeText().contains(m_synapse.adminUserId())); // official: the name alone
    QCOMPARE(toolTipAt(QStringLiteral("Example Support Team")), m_synapse.adminUserId());
    // The sender's magenta avatar beside the name, as painted in the notice view (a 20 px
    // square: about 400 pixels at 1x), asked for by index, never by its mxc:// address.
    const int refusedBefore = browser()->refusedResourceCount();
    QTRY_VERIFY2_WITH_TIMEOUT(pixelsNear(browser()->viewport()->grab().toImage(), adminAvatarColor) > 200,
        "the sender's avatar is not painted beside the notice", 30000);
    QVERIFY(!browser()->toHtml().contains(adminAvatar));
    QCOMPARE(browser()->refusedResourceCount(), refusedBefore);
    if (main()->devicePixelRatioF() < 1.5)
        QVERIFY(!guitest::saveScreenshot(main(), shotName(QStringLiteral("sender-avatar"))).isEmpty());
    const QString tip = roleOf(m_officialRoom, Qt::ToolTipRole);
    QVERIFY2(
        tip.contains(QStringLiteral("Example Support Team")) && tip.contains(m_synapse.adminUserId()), qPrintable(tip));

    // The row as painted: the room's green avatar is there (fetched through authenticated
    // media, decoded, drawn).
    clickRoom(m_legacyRoom); // not selected, so the highlight does not tint it
    const QModelIndex index = inbox()->viewIndexOfRoom(m_officialRoom);
    QTRY_VERIFY2_WITH_TIMEOUT(
        pixelsNear(inbox()->viewport()->grab(inbox()->visualRect(index)).toImage(), m_roomAvatarColor) > 200,
        "the room's avatar is not painted in its inbox row", 30000);
    if (main()->devicePixelRatioF() < 1.5) // the light pictures at 1x only; dark ones at both
        QVERIFY(!guitest::saveScreenshot(main(), shotName(QStringLiteral("avatars"))).isEmpty());
}

void TestGuiLooks::imposterNamedServerNoticesShowsRealId()
{
    // Mallory, an ordinary local user, calls herself "Server Notices" and makes a room
    // shaped like a notice room.
    QVERIFY(put("/_matrix/client/v3/profile/" + guitest::enc(m_mallory.userId) + "/displayname", m_mallory.accessToken,
        {{QStringLiteral("displayname"), QStringLiteral("Server Notices")}}));
    m_imposterRoom = guitest::createNoticeRoom(*m_http, m_mallory.accessToken, m_mallory.userId, m_dana.userId,
        QStringLiteral("Account review"), QStringLiteral("Confirm your password to keep your account"),
        QStringLiteral("allow"), 0);
    QVERIFY(!m_imposterRoom.isEmpty());
    QVERIFY(!guitest::sendText(*m_http, m_mallory.accessToken, m_imposterRoom,
        QStringLiteral("Your account is under review. Reply with your password."))
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(m_imposterRoom), int(Group::Unverified), 30000);
    clickRoom(m_imposterRoom);
    QTest::mouseClick(child<QPushButton>("acceptButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(QStringLiteral("under review")), 30000);

    // The name is not what decides trust; and it never stands without her real ID.
    QCOMPARE(roleOf(m_imposterRoom, NoticeRoomListModel::TrustRole), QStringLiteral("unverified"));
    QTRY_VERIFY2_WITH_TIMEOUT(noticeText().contains(QStringLiteral("Server Notices")), qPrintable(noticeText()), 30000);
    QVERIFY2(noticeText().contains(m_mallory.userId), qPrintable(noticeText()));
    const QString tip = roleOf(m_imposterRoom, Qt::ToolTipRole);
    QVERIFY2(tip.contains(m_mallory.userId), qPrintable(tip));
    if (main()->devicePixelRatioF() < 1.5) // the light pictures at 1x only; dark ones at both
        QVERIFY(!guitest::saveScreenshot(main(), shotName(QStringLiteral("imposter"))).isEmpty());
}

void TestGuiLooks::rowsDescribeTrustAndUnread()
{
    // A second notice in the official room, unread while another room is open.
    clickRoom(m_legacyRoom);
    QVERIFY(!guitest::sendText(*m_http, m_synapse.adminToken(), m_officialRoom,
        QStringLiteral("A reminder: the new terms apply from 1 January."))
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        model()->indexOfRoom(m_officialRoom).data(NoticeRoomListModel::UnreadRole).toInt() >= 1, 30000);
    const int unread = model()->indexOfRoom(m_officialRoom).data(NoticeRoomListModel::UnreadRole).toInt();

    const QString official = accessibleDescriptionOf(m_officialRoom);
    QVERIFY2(official.contains(QStringLiteral("Official")), qPrintable(official));
    QVERIFY2(official.contains(QStringLiteral("%1 unread").arg(unread)), qPrintable(official));
    const QString unverified = accessibleDescriptionOf(m_imposterRoom);
    QVERIFY2(unverified.contains(QStringLiteral("Unverified")), qPrintable(unverified));
    QVERIFY2(unverified.contains(m_mallory.userId), qPrintable(unverified)); // why: who made it
    QVERIFY2(!unverified.contains(QStringLiteral("Official")), qPrintable(unverified));
    // Read aloud as sentences: the trust reason's own full stop is not doubled.
    for (const QString& text : {official, unverified})
        QVERIFY2(!text.contains(QStringLiteral("..")), qPrintable(text));
    const QString legacy = accessibleDescriptionOf(m_legacyRoom);
    QVERIFY2(legacy.contains(QStringLiteral("Official")) && legacy.contains(QStringLiteral("no unread")),
        qPrintable(legacy));
}

void TestGuiLooks::everyFocusableControlHasAName()
{
    clickRoom(m_officialRoom); // the reply box and the Archive button are on show
    QTRY_VERIFY(child<QWidget>("replyBox")->isVisible());
    int focusable = 0;
    const QStringList unnamed = guitest::unnamedFocusableControls(main(), &focusable);
    QVERIFY(focusable >= 5);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral(", "))));
}

void TestGuiLooks::keyboardMovesBetweenNoticesAndOpensReply()
{
    // The actions are in a menu, with their shortcuts (that is how people find them).
    QStringList shortcuts;
    for (QAction* menu : main()->menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (!action->shortcut().isEmpty())
                    shortcuts << action->shortcut().toString();
    for (const char* key : {"Alt+Down", "Alt+Up", "Ctrl+R", "Ctrl+Shift+A"})
        QVERIFY2(shortcuts.contains(QLatin1String(key)), qPrintable(shortcuts.join(QLatin1Char(' '))));
    QCOMPARE(shortcuts.removeDuplicates(), 0); // no shortcut does two things

    // Walk the whole inbox with Alt+Down, then back with Alt+Up: every room, in order.
    main()->activateWindow();
    inbox()->setFocus();
    const QModelIndex first = model()->index(0, 0, model()->index(int(Group::Active), 0));
    QVERIFY(inbox()->selectRoom(first.data(NoticeRoomListModel::RoomIdRole).toString()));
    QStringList visited {main()->noticeView()->roomId()};
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(main(), Qt::Key_Down, Qt::AltModifier);
        visited << main()->noticeView()->roomId();
    }
    QSet<QString> expected {m_legacyRoom, m_officialRoom, m_imposterRoom};
    QCOMPARE(QSet<QString>(visited.begin(), visited.begin() + 3), expected);
    QCOMPARE(visited.at(3), visited.at(2)); // the last one stays
    QTest::keyClick(main(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(main()->noticeView()->roomId(), visited.at(1));

    // Ctrl+R: straight into the reply box of a room that allows replies.
    QVERIFY(inbox()->selectRoom(m_officialRoom));
    QTRY_VERIFY(child<QWidget>("replyBox")->isVisible());
    inbox()->setFocus();
    QTest::keyClick(main(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(child<QPlainTextEdit>("replyEdit")->hasFocus());
    // Tab leaves the reply field for its Send button (Tab is not a character in it).
    QTest::keyClicks(child<QPlainTextEdit>("replyEdit"), QStringLiteral("Thanks"));
    QTest::keyClick(child<QPlainTextEdit>("replyEdit"), Qt::Key_Tab);
    QVERIFY(!child<QPlainTextEdit>("replyEdit")->toPlainText().contains(QLatin1Char('\t')));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("sendReplyButton"));
}

void TestGuiLooks::usageLimitBannerIsAnnounced()
{
    g_events.clear();
    const QJsonObject limit {{QStringLiteral("msgtype"), QStringLiteral("m.server_notice")},
        {QStringLiteral("server_notice_type"), QStringLiteral("m.server_notice.usage_limit_reached")},
        {QStringLiteral("limit_type"), QStringLiteral("monthly_active_user")},
        {QStringLiteral("admin_contact"), QStringLiteral("mailto:admin@localhost")},
        {QStringLiteral("body"), QStringLiteral("This server has exceeded its monthly active user limit.")}};
    const QString eventId = guitest::sendLegacyNotice(*m_http, m_synapse.adminToken(), m_dana.userId, limit);
    QVERIFY(!eventId.isEmpty());
    QVERIFY(!guitest::sendLegacyNoticeState(*m_http, m_synapse.adminToken(), m_dana.userId,
        QStringLiteral("m.room.pinned_events"), {{QStringLiteral("pinned"), QJsonArray {eventId}}})
                 .isEmpty());
    auto* banner = main()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    const bool alerted = std::any_of(g_events.begin(), g_events.end(),
        [banner](const auto& e) { return e.first == QAccessible::Alert && e.second == banner; });
    QStringList seen;
    for (const auto& [type, object] : g_events)
        seen << QStringLiteral("%1:%2").arg(int(type)).arg(
            object ? QString::fromLatin1(object->metaObject()->className()) : QString());
    QVERIFY2(alerted,
        qPrintable(QStringLiteral("no QAccessible::Alert for the banner; seen ") + seen.join(QLatin1Char(' '))));
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);
    QVERIFY2(
        iface->text(QAccessible::Name).contains(QStringLiteral("limit")), qPrintable(iface->text(QAccessible::Name)));
}

void TestGuiLooks::darkPaletteScreenshots()
{
    const QPalette before = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    clickRoom(m_officialRoom);
    QVERIFY(!guitest::saveScreenshot(main(), shotName(QStringLiteral("dark-inbox"))).isEmpty());
    clickRoom(m_imposterRoom);
    QVERIFY(!guitest::saveScreenshot(main(), shotName(QStringLiteral("dark-unverified"))).isEmpty());
    // The banner follows the theme: its light-theme blue (#dcebf8) is not its background here.
    const QImage banner = main()->banner()->grab().toImage();
    QVERIFY2(pixelsNear(banner, QColor(0xdc, 0xeb, 0xf8), 6) < banner.width() * banner.height() / 10,
        "the banner stayed light under a dark palette");
    // The notice text is drawn in the palette's colours: light on dark, not black on dark.
    const QImage shot = browser()->viewport()->grab().toImage();
    QVERIFY(pixelsNear(shot, QColor(0xe6, 0xe6, 0xe6), 30) > 50);
    QApplication::setPalette(before);
}

void TestGuiLooks::cleanupTestCase()
{
    QAccessible::installUpdateHandler(nullptr);
    setAlertObserver(nullptr);
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiLooks)
#include "test_gui_looks.moc"
