// Text a room or a server controls, through a real Synapse into the real windows: a local
// user (eve) names a notice-looking room, sets its topic, her display name and a message to
// each hostile string (tests/gui/hostile_strings.h), and invites alice. Alice's app shows
// every one literally: labels in Qt::PlainText with the exact text, the message as text
// (nothing bold, no link, no image), the delete confirmation as plain text with the name
// isolated. Then the server itself says something hostile (hs_disabled_message, and an
// admin_contact with attach and cc): the message bar quotes the contact as text and the
// banner links only the address.
#include "gui_helpers.h"
#include "hostile_strings.h"
#include "synapse_instance.h"

#include "qtmodels/notice_room_list_model.h"
#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/display_text.h"
#include "ui/inbox_delegate.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"
#include "ui/notice_browser.h"
#include "ui/notice_header.h"
#include "ui/notice_view.h"
#include "ui/usage_limit_banner.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace nb;
using Group = NoticeRoomListModel::Group;

namespace {
// Anchors and images (other than the app's own pin marker) a document would render.
QStringList linksAndImages(const QTextDocument& doc)
{
    QStringList found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            // A named anchor without a target is where the view scrolls to (a clicked
            // notification), not a link.
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                found << QStringLiteral("link ") + format.anchorHref();
            if (format.isImageFormat() && format.toImageFormat().name() != QLatin1String("nb-internal:pin"))
                found << QStringLiteral("image ") + format.toImageFormat().name();
        }
    return found;
}

QStringList linksIn(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return linksAndImages(doc);
}
} // namespace

class TestGuiHostileText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roomTextIsShownLiterally_data() { guitest::addHostileStringRows(); }
    void roomTextIsShownLiterally();
    void serverErrorTextIsShownLiterally();
    void cleanupTestCase();

private:
    MainWindow* main() const { return m_windows->mainWindow(); }
    NoticeRoomListModel* model() const { return main()->inbox()->roomModel(); }
    template<class T> T* child(const char* name) const { return main()->findChild<T*>(QLatin1String(name)); }
    int groupOf(const QString& roomId) const
    {
        const QModelIndex index = model()->indexOfRoom(roomId);
        return index.isValid() ? index.parent().row() : -1;
    }
    void clickRoom(const QString& roomId)
    {
        const QModelIndex index = main()->inbox()->viewIndexOfRoom(roomId);
        QVERIFY(index.isValid());
        main()->inbox()->scrollTo(index);
        QTest::mouseClick(main()->inbox()->viewport(), Qt::LeftButton, {}, main()->inbox()->visualRect(index).center());
        QTRY_COMPARE(main()->noticeView()->roomId(), roomId);
    }
    void click(const char* button)
    {
        auto* b = child<QPushButton>(button);
        QVERIFY(b);
        QTRY_VERIFY(b->isVisible() && b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    QString eveRoom(const QString& name, const QString& topic, const QString& body);

    // Eve creates a room, names it and renames herself for each hostile string: ~30 events
    // back to back, beyond stock rc_message (10, then 1 per 5 s).
    testsupport::SynapseInstance m_synapse {testsupport::SynapseOptions {
        .relaxRateLimitsBecause = QStringLiteral(
            "eve creates, names and renames ~30 times back to back (stock rc_message: 10, then 1 per 5 s)")}};
    QTemporaryDir m_profile;
    std::unique_ptr<guitest::SeedHttp> m_http;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<AppWindows> m_windows;
    testsupport::SynapseInstance::User m_alice, m_eve;
};

void TestGuiHostileText::initTestCase()
{
    QString error;
    QVERIFY2(m_synapse.start(&error), qPrintable(error));
    m_alice = m_synapse.registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
    m_eve = m_synapse.registerUser(QStringLiteral("eve"), QStringLiteral("eve-password"));
    QVERIFY2(!m_alice.accessToken.isEmpty() && !m_eve.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    m_http = std::make_unique<guitest::SeedHttp>(m_synapse.baseUrl(), m_synapse.caFile());
    qputenv("NOTICEBOARD_CA_FILE", m_synapse.caFile().toUtf8());
    qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    m_service = guitest::newService(m_profile.path(), m_synapse.caFile());
    m_windows = std::make_unique<AppWindows>(*m_service);
    m_windows->start();
    const QString loginError = guitest::logInThroughWindow(*m_windows, m_alice.userId, m_alice.password);
    QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
    main()->resize(1040, 660);
    // The status bar quotes server and network errors.
    QCOMPARE(child<QLabel>("connectionStatus")->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>("signedInUser")->textFormat(), Qt::PlainText);
}

QString TestGuiHostileText::eveRoom(const QString& name, const QString& topic, const QString& body)
{
    // Replies allowed (events_default 0) and leaving allowed, so every control is reachable.
    const QString roomId = guitest::createNoticeRoom(
        *m_http, m_eve.accessToken, m_eve.userId, m_alice.userId, name, topic, QStringLiteral("allow"), 0);
    if (!roomId.isEmpty() && guitest::sendText(*m_http, m_eve.accessToken, roomId, body).isEmpty())
        return {};
    return roomId;
}

void TestGuiHostileText::roomTextIsShownLiterally()
{
    QFETCH(QString, text);
    // Eve's display name too (Synapse caps it at 256 characters). The app shows Matrix IDs,
    // never display names, so this one must not turn up at all, interpreted or not.
    const guitest::HttpReply named =
        m_http->call("PUT", "/_matrix/client/v3/profile/" + guitest::enc(m_eve.userId) + "/displayname",
            m_eve.accessToken, QJsonObject {{QStringLiteral("displayname"), text.left(256)}});
    QVERIFY2(named.ok(), qPrintable(named.error));

    const QString roomId = eveRoom(text, text, text);
    QVERIFY(!roomId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(roomId), int(Group::Unverified), 30000);
    const QModelIndex row = model()->indexOfRoom(roomId);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), text);
    clickRoom(roomId);
    click("acceptButton");
    QTRY_COMPARE_WITH_TIMEOUT(model()->indexOfRoom(roomId).data(NoticeRoomListModel::MembershipRole).toString(),
        QStringLiteral("join"), 30000);
    auto* browser = child<NoticeBrowser>("noticeBrowser");
    QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().simplified().contains(text.simplified()), 30000);

    // The header: plain text, exactly as the room says.
    auto* title = child<QLabel>("noticeTitle");
    auto* topic = child<QLabel>("noticeTopic");
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(topic->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), NoticeHeader::shortened(text, NoticeHeader::maxTitleChars));
    QCOMPARE(topic->text(), NoticeHeader::shortened(text, NoticeHeader::maxTopicChars));
    // However long the name, the warning stays in view.
    auto* badge = child<QWidget>("trustBadge");
    QVERIFY(badge->isVisible());
    QVERIFY(badge->mapTo(main(), QPoint(0, badge->height())).y() < main()->height() * 2 / 3);
    // The inbox row's second line quotes the topic after the warning.
    QVERIFY(InboxDelegate::secondLine(model()->indexOfRoom(roomId)).startsWith(QStringLiteral("Unverified \u00b7 ")));
    // The message (no formatted_body: the plain body fallback) is text, not markup; the
    // sender is named by Matrix ID, so the display name shows nowhere.
    QCOMPARE(linksAndImages(*browser->document()), QStringList {});
    QVERIFY(browser->toPlainText().contains(m_eve.userId));
    if (text.contains(QLatin1Char('<')))
        QVERIFY(browser->toPlainText().contains(QLatin1Char('<')));
    QCOMPARE(main()->windowTitle(), QStringLiteral("Noticeboard"));
    QVERIFY(!guitest::saveScreenshot(main(),
        QStringLiteral("hostile-%1.png")
            .arg(QLatin1String(QTest::currentDataTag()))
            .replace(QLatin1Char(' '), QLatin1Char('-')))
                 .isEmpty());

    // The delete confirmation quotes the name as plain text, isolated from the sentence.
    click("archiveButton");
    // Left, it stays under Unverified (an unverified room never moves to Archived).
    QTRY_COMPARE_WITH_TIMEOUT(model()->indexOfRoom(roomId).data(NoticeRoomListModel::MembershipRole).toString(),
        QStringLiteral("leave"), 30000);
    click("deleteButton");
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = main()->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))) && box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().startsWith(QStringLiteral("Delete \u201c%1\u201d? It is removed").arg(quoted(text))),
        qPrintable(box->text()));
    box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(roomId), -1, 30000);
}

void TestGuiHostileText::serverErrorTextIsShownLiterally()
{
    // A room alice is in and may write to, before the server stops taking requests.
    const QString roomId = eveRoom(QStringLiteral("Appeals"), QStringLiteral("Write here"), QStringLiteral("Hello"));
    QVERIFY(!roomId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupOf(roomId), int(Group::Unverified), 30000);
    clickRoom(roomId);
    click("acceptButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("replyBox")->isVisible(), 30000);

    // Synapse's own words, as its operator configured them: every request by a user is
    // refused with M_RESOURCE_LIMIT_EXCEEDED, this message and this contact.
    const QString message =
        QStringLiteral("<img src=https://evil.example/x.png><b>Pay now</b> <a href=https://evil.example>here</a>");
    const QString harness = qEnvironmentVariable("NB_HARNESS_SCRIPT", QStringLiteral(NB_HARNESS_SCRIPT));
    QProcess setConfig;
    setConfig.start(harness,
        {QStringLiteral("set-config"), m_synapse.directory(), QStringLiteral("hs_disabled: true"),
            QStringLiteral("hs_disabled_message: '%1'").arg(message),
            QStringLiteral("admin_contact: 'mailto:admin@localhost?attach=/etc/passwd&cc=eve@evil.example"
                           "&subject=Help'")});
    QVERIFY(setConfig.waitForFinished(60000));
    QVERIFY2(setConfig.exitCode() == 0, setConfig.readAllStandardError().constData());
    QVERIFY(m_synapse.restartSynapse());

    // The banner links the address only, no attachment and no copy to eve.
    auto* banner = main()->findChild<UsageLimitBanner*>(QStringLiteral("usageLimitBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
    auto* bannerText = main()->findChild<QLabel*>(QStringLiteral("usageLimitText"));
    QCOMPARE(linksIn(bannerText->text()), QStringList {QStringLiteral("link mailto:admin@localhost?subject=Help")});

    // A reply is refused; the message bar quotes the server's message as text.
    auto* edit = child<QPlainTextEdit>("replyEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Why?"));
    click("sendReplyButton");
    auto* bar = child<MessageBar>("noticeMessageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
    // The app says what a usage limit means in its own words (so the operator's message is
    // not shown), and quotes the contact as the server sent it: as text, not as a link.
    QVERIFY2(bar->text().contains(
                 QStringLiteral("Contact: mailto:admin@localhost?attach=/etc/passwd&cc=eve@evil.example&subject=Help")),
        qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(QStringLiteral("Pay now")));
    QCOMPARE(linksIn(bar->findChild<QLabel*>(QStringLiteral("messageBarText"))->text()), QStringList {});
    QVERIFY(!guitest::saveScreenshot(main(), QStringLiteral("hostile-server-error.png")).isEmpty());
}

void TestGuiHostileText::cleanupTestCase()
{
    m_windows.reset();
    m_service.reset();
}

QTEST_MAIN(TestGuiHostileText)
#include "test_gui_hostile_text.moc"
