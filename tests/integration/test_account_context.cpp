// Cached server facts and trust settings belong to one account on one homeserver, with
// two real Synapse instances: a login as someone else, or on another server, starts from
// nothing, and an unreachable server never lends another one's answers.
#include "admin_session.h"
#include "synapse_instance.h"

#include "client/session.h"
#include "client/session_store.h"
#include "service/notice_service.h"
#include "service/wait_for_action.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestAccountContext : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::SynapseInstance> serverA; // publishes @admin as a support admin
    std::unique_ptr<testsupport::SynapseInstance> serverB; // publishes nobody
    testsupport::SynapseInstance::User alice, bob, mallory, carol;

    static ActionResult await(const std::function<void(NoticeService::Done)>& start) { return waitForAction(start); }

    std::unique_ptr<NoticeService> service(const QTemporaryDir& profile)
    {
        ServiceOptions options;
        options.profileDir = profile.path();
        return std::make_unique<NoticeService>(options);
    }

    ActionResult login(NoticeService& service, const testsupport::SynapseInstance::User& user)
    {
        return await([&](auto done) { service.login(user.userId, {}, user.password, done); });
    }

private slots:
    void initTestCase()
    {
        testsupport::SynapseOptions a;
        a.supportAdmins = {QStringLiteral("@admin:SERVER")};
        serverA = std::make_unique<testsupport::SynapseInstance>(a);
        serverB = std::make_unique<testsupport::SynapseInstance>();
        QString error;
        QVERIFY2(serverA->start(&error), qPrintable(error));
        QVERIFY2(serverB->start(&error), qPrintable(error));
        qputenv("NOTICEBOARD_CA_FILE", serverA->caFile().toUtf8()); // one harness CA signs both
        qputenv("NOTICEBOARD_TOKEN_STORE", "file");
        alice = serverA->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        bob = serverA->registerUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
        mallory = serverA->registerUser(QStringLiteral("mallory"), QStringLiteral("mallory-pw"));
        carol = serverB->registerUser(QStringLiteral("carol"), QStringLiteral("carol-pw"));
        QVERIFY(!alice.accessToken.isEmpty() && !bob.accessToken.isEmpty() && !carol.accessToken.isEmpty());
    }

    // Alice trusts mallory as a notice sender; bob, logging in next on the same profile,
    // must not: mallory's notice room is unverified for him. Alice gets her setting back.
    void trustedSendersStayWithTheirAccount()
    {
        QTemporaryDir profile;
        {
            auto asAlice = service(profile);
            QVERIFY(login(*asAlice, alice).ok());
            asAlice->setTrustedSenders({mallory.userId});
        }
        {
            auto asBob = service(profile);
            QVERIFY(login(*asBob, bob).ok());
            QCOMPARE(asBob->trustedSenders(), QStringList());
            ApiSession mal(serverA->baseUrl(), mallory.accessToken, serverA->caFile());
            const QString roomId =
                mal.createRoom(noticeRoomBody(mallory.userId, bob.userId, true, "deny", "Your account"));
            QVERIFY(!roomId.isEmpty());
            QVERIFY(await([&](auto done) { asBob->syncOnce(done); }).ok());
            const auto room = asBob->store().noticeRoom(roomId);
            QVERIFY(room.has_value());
            QCOMPARE(room->trust, Trust::Unverified);
        }
        {
            auto asAlice = service(profile);
            QVERIFY(login(*asAlice, alice).ok());
            QCOMPARE(asAlice->trustedSenders(), QStringList {mallory.userId});
        }
    }

    // Server A publishes its admin; server B publishes nobody. Carol on B must not see
    // A's admin, whether B answers or is down.
    void serverFactsStayWithTheirServer()
    {
        QTemporaryDir profile;
        {
            auto asAlice = service(profile);
            QVERIFY(login(*asAlice, alice).ok());
            QCOMPARE(asAlice->supportAdmins(), QStringList {serverA->adminUserId()});
        }
        {
            auto asCarol = service(profile);
            QVERIFY(login(*asCarol, carol).ok());
            QCOMPARE(asCarol->supportAdmins(), QStringList());
            QCOMPARE(asCarol->serverSupportsMsc4279(), false);
        }
        QVERIFY(serverB->stopSynapse());
        {
            auto restored = service(profile);
            QVERIFY(await([&](auto done) { restored->restoreSession(done); }).ok());
            QCOMPARE(restored->userId(), carol.userId);
            QCOMPARE(restored->supportAdmins(), QStringList());
            QCOMPARE(restored->serverSupportsMsc4279(), false);
            QVERIFY(!restored->serverVersions().has_value()); // B did not answer
        }
        QVERIFY(serverB->startSynapse());
    }

    // An older version kept one set of facts for whoever was logged in. Whose they were is
    // unknown, so a session restored while its server is unreachable must not use them.
    void unkeyedCacheIsNobodys()
    {
        QTemporaryDir profile;
        Session session;
        session.homeserver = QUrl(QStringLiteral("https://127.0.0.1:9")); // nothing listens there
        session.serverName = QStringLiteral("127.0.0.1:9");
        session.userId = QStringLiteral("@carol:127.0.0.1:9");
        QVERIFY(SessionStore(profile.path()).save(session));
        QFile token(profile.filePath(QStringLiteral("token.json")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(R"({"version":1,"tokens":{"@carol:127.0.0.1:9":"syt_not_a_real_token"}})");
        token.close();
        QFile settings(profile.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QByteArray::fromStdString(json {{"msc4279", true},
            {"support_admins", {serverA->adminUserId().toStdString()}},
            {"trusted_senders",
                {mallory.userId.toStdString()}}}.dump()));
        settings.close();

        auto restored = service(profile);
        QVERIFY(await([&](auto done) { restored->restoreSession(done); }).ok());
        QCOMPARE(restored->serverSupportsMsc4279(), false);
        QCOMPARE(restored->supportAdmins(), QStringList());
        QCOMPARE(restored->trustedSenders(), QStringList());
        QCOMPARE(restored->store().trustContext().serverAdvertisesMsc4279, false);
        QCOMPARE(restored->store().trustContext().userTrustedSenders, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAccountContext)
#include "test_account_context.moc"
