// The usage-limit flow on a real Synapse with limit_usage_by_mau: a user outside the
// monthly-active set is refused with the contact shown; a user inside gets the pinned
// usage-limit notice (the banner's source); raising the limit removes it.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QProcess>
#include <QTest>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestMauFlow : public QObject {
    Q_OBJECT
    std::unique_ptr<testsupport::SynapseInstance> synapse;

    bool harness(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(NB_HARNESS_SCRIPT), arguments);
        return process.waitForFinished(180000) && process.exitCode() == 0;
    }

    CliRun login(const CliProfile& cli, const QString& user, const QByteArray& password)
    {
        return cli.run({QStringLiteral("login"), QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
            password + '\n');
    }

private slots:
    void initTestCase()
    {
        testsupport::SynapseOptions options;
        options.profile = QStringLiteral("mau");
        options.mauLimit = 2;
        synapse = std::make_unique<testsupport::SynapseInstance>(options);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
    }

    void limitReachedThenLifted()
    {
        // Everyone is registered before the set fills up (see tests/harness/README.md).
        const auto alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        const auto carol = synapse->registerUser(QStringLiteral("carol"), QStringLiteral("carol-pw"));
        const auto bob = synapse->registerUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
        QVERIFY(!alice.accessToken.isEmpty() && !carol.accessToken.isEmpty() && !bob.accessToken.isEmpty());

        CliProfile aliceCli(synapse->caFile());
        QCOMPARE(login(aliceCli, alice.userId, "alice-pw").exitCode, 0);
        QCOMPARE(aliceCli.run({QStringLiteral("inbox")}).exitCode, 0); // alice is now monthly-active
        ApiSession carolApi(synapse->baseUrl(), carol.accessToken, synapse->caFile());
        QVERIFY(carolApi.wait<QString>([&](auto cb) { carolApi.api().whoami(cb); }).ok());

        // The set is full: bob is refused, and told whom to contact.
        CliProfile bobCli(synapse->caFile());
        const CliRun refused = login(bobCli, bob.userId, "bob-pw");
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.text().contains(QStringLiteral("monthly active users")), refused.err.constData());
        QVERIFY2(refused.text().contains(QStringLiteral("mailto:admin@localhost")), refused.err.constData());
        QVERIFY(refused.text().contains(QStringLiteral("M_RESOURCE_LIMIT_EXCEEDED")));

        // alice, inside the set, gets Synapse's own notice: an invite to the notices room.
        QString roomId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const json box = aliceCli.run({QStringLiteral("inbox"), QStringLiteral("--json")}).json();
                for (const auto& room : box.value("notice_rooms", json::array()))
                    if (room["kind"] == "legacy")
                        roomId = QString::fromStdString(room["room_id"].get<std::string>());
                return !roomId.isEmpty();
            }(),
            60000);
        QCOMPARE(aliceCli.run({QStringLiteral("accept"), roomId}).exitCode, 0);
        json limit;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                limit = aliceCli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["usage_limit"];
                return limit.is_object();
            }(),
            60000);
        QCOMPARE(limit["source"], "pinned_notice");
        QCOMPARE(limit["limit_type"], "monthly_active_user");
        QCOMPARE(limit["admin_contact"], "mailto:admin@localhost");
        QCOMPARE(limit["room_id"], roomId.toStdString());

        // The admin raises the limit; Synapse unpins the notice on alice's next syncs.
        QVERIFY(harness({QStringLiteral("set-config"), synapse->directory(), QStringLiteral("max_mau_value: 50")}));
        QVERIFY(synapse->restartSynapse());
        QTRY_VERIFY_WITH_TIMEOUT(
            aliceCli.run({QStringLiteral("status"), QStringLiteral("--json")}).json()["usage_limit"].is_null(), 90000);
        // And bob can log in now.
        QCOMPARE(login(bobCli, bob.userId, "bob-pw").exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestMauFlow)
#include "test_mau_flow.moc"
