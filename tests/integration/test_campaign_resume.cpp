// Exactly once, the hard way: `noticectl notify` to 300 users is killed (SIGKILL) at random
// moments, stopped with SIGTERM, and has Synapse restarted under it, then resumed with the
// same journal until it finishes. Every recipient must hold exactly one notice, counted
// on the server in the rooms each recipient is in (admin API) and, for a sample, with the
// recipients' own tokens. The same for notice rooms (rooms route) with 40 users.
// Kill delays come from a seed printed in the log (NB_CAMPAIGN_SEED repeats a run).
#include "admin_cli_fixture.h"
#include "test_campaign_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestCampaignResume : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    std::unique_ptr<ApiSession> admin;
    QTemporaryDir dir;
    QStringList members;
    QRandomGenerator random;

    std::unique_ptr<QProcess> launch(const QStringList& args)
    {
        return fx.adminCli->start(QStringList {QStringLiteral("notify")} + args);
    }

    static void pause(int ms) { QTest::qWait(ms); }
    int between(int low, int high) { return low + int(random.bounded(quint32(high - low))); }

    void killAfter(const QStringList& args, int ms, const QString& journalPath)
    {
        auto process = launch(args);
        pause(ms);
        process->kill();
        process->waitForFinished();
        qInfo("killed after %d ms: journal has %d sent, %d announced sends", ms, countRecords(journalPath, "sent"),
            countRecords(journalPath, "sending"));
    }

    // The last, uninterrupted run; returns its JSON summary.
    json finish(const QStringList& args, const QString& journalPath)
    {
        auto process = launch(args);
        if (!process->waitForFinished(300000)) {
            process->kill();
            process->waitForFinished();
        }
        const QByteArray out = process->readAllStandardOutput();
        const QByteArray err = process->readAllStandardError();
        if (process->exitCode() != 0)
            qWarning("final run exit %d: %s", process->exitCode(), err.right(3000).constData());
        qInfo("final run: %d sent records, %d found by checks, %d abandoned rooms", countRecords(journalPath, "sent"),
            countRecords(journalPath, "sent", "found"), countRecords(journalPath, "abandoned"));
        json summary = json::parse(out.cbegin(), out.cend(), nullptr, false);
        summary["exit"] = process->exitCode();
        return summary;
    }

    QString campaignId(const QString& journalPath)
    {
        return QString::fromStdString(journalRecords(journalPath).value(0).value("id", std::string()));
    }

private slots:
    void initTestCase()
    {
        bool ok = false;
        const quint32 seed = qEnvironmentVariableIntValue("NB_CAMPAIGN_SEED", &ok);
        const quint32 used = ok ? seed : QRandomGenerator::global()->generate();
        random.seed(used);
        qInfo("NB_CAMPAIGN_SEED=%u", used);
        // The rooms route makes 40 notice rooms: at stock rc_room_creation (10, then 1 per
        // 62 s) the campaign waits ~31 min, far past the test's timeouts. What this test is
        // about is exactly-once across kills; test_campaign_production runs the rooms route
        // on a stock server (with the limit lifted, as an admin would).
        fx.relaxRateLimitsBecause = QStringLiteral("notify --via rooms to 40 users: 40 rooms at stock rc_room_creation "
                                                   "(10, then 1 per 62 s) take ~31 min");
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        admin = std::make_unique<ApiSession>(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
        int failures = 0;
        QElapsedTimer timer;
        timer.start();
        members = createUsers(admin->api(), fx.synapse->serverName(), QStringLiteral("member"), 300, &failures);
        QCOMPARE(failures, 0);
        qInfo("300 users created in %lld ms", timer.elapsed());
    }

    void serverNoticesTo300SurviveKillsAndARestart()
    {
        QFile list(dir.filePath(QStringLiteral("members.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# everyone\n" + members.join(QLatin1Char('\n')).toUtf8() + "\n");
        list.close();
        const QString journalPath = dir.filePath(QStringLiteral("sn300.jsonl"));
        const QString text = QStringLiteral("Planned maintenance: Saturday 06:00-08:00 UTC.");
        const QStringList args = {QStringLiteral("--to-file"), list.fileName(), QStringLiteral("--via"),
            QStringLiteral("server-notices"), QStringLiteral("--journal"), journalPath, QStringLiteral("--json"), text};
        QElapsedTimer timer;
        timer.start();

        killAfter(args, between(2500, 4500), journalPath);
        {
            // Synapse restarts under a running campaign (nginx answers 502 meanwhile); then killed.
            auto process = launch(args);
            pause(between(800, 1500));
            QVERIFY(fx.synapse->restartSynapse());
            pause(between(1500, 3000));
            process->kill();
            process->waitForFinished();
            qInfo("restart round: journal has %d sent", countRecords(journalPath, "sent"));
        }
        {
            // SIGTERM: a clean stop, requests in flight recorded.
            auto process = launch(args);
            pause(between(1500, 3500));
            process->terminate();
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 128 + 15);
            qInfo("SIGTERM round: journal has %d sent", countRecords(journalPath, "sent"));
        }
        killAfter(args, between(1000, 3000), journalPath);
        killAfter(args, between(300, 1200), journalPath);
        const int sentBeforeFinal = countRecords(journalPath, "sent");
        QVERIFY2(sentBeforeFinal < 300, "the interruptions came too late to interrupt anything");

        const json summary = finish(args, journalPath);
        QCOMPARE(summary.value("exit", -1), 0);
        QCOMPARE(summary.value("sent", -1), 300);
        QCOMPARE(summary.value("failed", -1), 0);
        qInfo("campaign done in %lld ms (including the interruptions)", timer.elapsed());

        const auto counts = countReceived(admin->api(), members, text, campaignId(journalPath));
        int total = 0;
        for (const QString& user : members) {
            QVERIFY2(!counts[user].readFailed, qPrintable(user));
            if (counts[user].messages != 1)
                qWarning("%s has %d copies", qPrintable(user), counts[user].messages);
            total += counts[user].messages;
        }
        QCOMPARE(total, 300);
        for (const QString& user : members)
            QCOMPARE(counts[user].messages, 1);

        // A sample seen with the recipients' own tokens: join the notices room, read it.
        for (int i = 0; i < 300; i += 60) {
            auto login = admin->wait<json>([&](auto cb) {
                admin->api().call("POST", "/_synapse/admin/v1/users/" + MatrixApi::pathSegment(members[i]) + "/login",
                    {}, "{}", true, [cb](Result<json> r, const QUrl&) { cb(r); });
            });
            QVERIFY(login.ok());
            ApiSession user(fx.synapse->baseUrl(),
                QString::fromStdString((*login.value)["access_token"].get<std::string>()), fx.synapse->caFile());
            auto sync = user.wait<json>([&](auto cb) { user.api().sync({}, {}, 0, false, cb); });
            QVERIFY(sync.ok());
            int seen = 0;
            for (auto& [roomId, room] : (*sync.value)["rooms"]["invite"].items()) {
                QVERIFY(user.join(QString::fromStdString(roomId)));
                auto page = user.wait<json>([&](auto cb) {
                    user.api().call("GET",
                        "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(QString::fromStdString(roomId))
                            + "/messages",
                        {{"dir", QStringLiteral("b")}, {"limit", QStringLiteral("100")}}, {}, true,
                        [cb](Result<json> r, const QUrl&) { cb(r); });
                });
                QVERIFY(page.ok());
                for (const auto& event : (*page.value)["chunk"])
                    seen += event.value("content", json::object()).value("body", std::string()) == text.toStdString()
                        ? 1
                        : 0;
            }
            QCOMPARE(seen, 1);
        }
    }

    void noticeRoomsTo40SurviveKillsAndARestart()
    {
        const QStringList forty = members.mid(0, 40);
        QStringList args;
        for (const QString& user : forty)
            args << QStringLiteral("--to") << user;
        const QString journalPath = dir.filePath(QStringLiteral("rooms40.jsonl"));
        const QString text = QStringLiteral("Your account needs attention: please read this notice.");
        args << QStringLiteral("--via") << QStringLiteral("rooms") << QStringLiteral("--preset")
             << QStringLiteral("notice") << QStringLiteral("--journal") << journalPath << QStringLiteral("--json")
             << text;

        killAfter(args, between(1200, 2500), journalPath);
        {
            auto process = launch(args);
            pause(between(300, 1000));
            QVERIFY(fx.synapse->restartSynapse());
            pause(between(500, 2000));
            process->kill();
            process->waitForFinished();
            qInfo("restart round: journal has %d rooms, %d sent", countRecords(journalPath, "room"),
                countRecords(journalPath, "sent"));
        }
        killAfter(args, between(800, 2500), journalPath);
        killAfter(args, between(300, 1500), journalPath);
        QVERIFY2(countRecords(journalPath, "sent") < 40, "the interruptions came too late to interrupt anything");

        const json summary = finish(args, journalPath);
        QCOMPARE(summary.value("exit", -1), 0);
        QCOMPARE(summary.value("sent", -1), 40);

        const QString id = campaignId(journalPath);
        const auto counts = countReceived(admin->api(), forty, text, id);
        int messages = 0, rooms = 0;
        for (const QString& user : forty) {
            QVERIFY2(!counts[user].readFailed, qPrintable(user));
            messages += counts[user].messages;
            rooms += counts[user].markedRooms;
            QCOMPARE(counts[user].messages, 1);
            QCOMPARE(counts[user].markedRooms, 1);
        }
        QCOMPARE(messages, 40);
        QCOMPARE(rooms, 40);
    }
};

QTEST_GUILESS_MAIN(TestCampaignResume)
#include "test_campaign_resume.moc"
