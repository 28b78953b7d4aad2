// noticectl's admin verbs on a server whose proxy hides the Synapse admin API (a real
// Synapse; nginx answers a bare 404 for /_synapse/admin/, as many deployments do). The
// rule is the app's (AdminService::mayUseAdminConsole): the administrator the server
// publishes in /.well-known/matrix/support may make MSC4279 notice rooms, and its
// recipient sees them as official; verbs that need the admin API say why they cannot
// run; an account the server does not list is refused before anything is created.
#include "admin_cli_fixture.h"

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestAdminCliWithoutApi : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    AdminCliFixture::User alice, bob;

    CliRun createRoomAs(const CliProfile& who, const QString& invitee) const
    {
        return who.run({QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("notice_readonly"), QStringLiteral("--invite"), invitee, QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(fx.start(&error, true), qPrintable(error));
        alice = fx.user(QStringLiteral("alice"));
        bob = fx.user(QStringLiteral("bob"));
        QVERIFY(!alice.account.accessToken.isEmpty() && !bob.account.accessToken.isEmpty());
    }

    void adminCheckFollowsTheSupportFile()
    {
        const CliRun admin = fx.admin({QStringLiteral("admin"), QStringLiteral("check")});
        QCOMPARE(admin.exitCode, 0);
        QCOMPARE(admin.json(), json({{"admin", true}}));
        QVERIFY2(admin.err.contains("does not offer the Synapse admin API"), admin.err.constData());
        const CliRun user = bob.cli->run({QStringLiteral("admin"), QStringLiteral("check")});
        QCOMPARE(user.exitCode, 0);
        QCOMPARE(user.json(), json({{"admin", false}}));
    }

    void publishedAdministratorCreatesOfficialNoticeRooms()
    {
        const CliRun created = createRoomAs(*fx.adminCli, alice.account.userId);
        QVERIFY2(created.exitCode == 0, qPrintable(created.text()));
        const QString roomId = QString::fromStdString(created.json().value("room_id", std::string()));
        QVERIFY(roomId.startsWith(QLatin1Char('!')));
        QCOMPARE(fx.admin({QStringLiteral("send"), roomId, QStringLiteral("Planned outage tonight.")}).exitCode, 0);
        // alice's own app lists it as official.
        const CliRun inbox = alice.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        bool official = false;
        for (const auto& room : inbox.json().value("notice_rooms", json::array()))
            if (room.value("room_id", std::string()) == roomId.toStdString())
                official = room.value("trust", std::string()) == "official";
        QVERIFY2(official, inbox.out.constData());
    }

    void adminApiVerbsSayWhyTheyCannotRun()
    {
        const CliRun usage = fx.admin({QStringLiteral("usage-limit"), alice.account.userId,
            QStringLiteral("--limit-type"), QStringLiteral("monthly_active_user")});
        QCOMPARE(usage.exitCode, 4);
        QVERIFY2(usage.err.contains("does not offer the Synapse admin API"), usage.err.constData());
        QTemporaryDir dir;
        const CliRun notify = fx.admin({QStringLiteral("notify"), QStringLiteral("--to"), alice.account.userId,
            QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"),
            dir.filePath(QStringLiteral("j.jsonl")), QStringLiteral("Hello")});
        QCOMPARE(notify.exitCode, 4);
        QVERIFY2(notify.err.contains("does not offer the Synapse admin API"), notify.err.constData());
    }

    void unlistedAccountIsRefusedBeforeAnythingIsCreated()
    {
        auto aliceRooms = [&] {
            const CliRun inbox = alice.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
            return inbox.json().value("notice_rooms", json::array()).size();
        };
        const size_t before = aliceRooms();
        const CliRun refused = createRoomAs(*bob.cli, alice.account.userId);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("does not list you as an administrator"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(aliceRooms(), before); // nothing reached alice
    }
};

QTEST_GUILESS_MAIN(TestAdminCliWithoutApi)
#include "test_admin_cli_without_api.moc"
