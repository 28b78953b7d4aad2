// What noticectl says about campaigns after things went wrong (issue 8, red team), on a
// real Synapse at stock rate limits:
//  - the Campaigns history (campaigns/elsewhere.txt, `campaign list`) remembers only files
//    that opened as journals: a failed notify, show or recall leaves no entry behind;
//  - `campaign show` and `campaign list` say in words when a journal says the rate limits
//    are still lifted (a run killed while lifted), and what puts them back;
//  - the --json summary of a resumed run reports the rate limits put back under
//    rate_limits.restore, as a run that lifted them itself does, never under "lift".
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"
#include "test_campaign_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestCampaignCliReports : public QObject {
    Q_OBJECT
    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<CliProfile> adminCli;
    std::unique_ptr<ApiSession> admin;
    QTemporaryDir dir;
    QString alice;
    // killedWhileLiftedIsSaid's campaign, resumed by resumedRunReportsTheRestore.
    QString journal;
    QStringList args;

    QString rememberedList() const
    {
        QFile list(adminCli->path() + QStringLiteral("/campaigns/elsewhere.txt"));
        return list.open(QIODevice::ReadOnly) ? QString::fromUtf8(list.readAll()) : QString();
    }

    json overrideOf(const QString& user)
    {
        auto answer = admin->wait<json>([&](auto cb) { admin->api().rateLimitOverride(user, cb); });
        return answer.ok() ? *answer.value : json("unreadable");
    }

private slots:
    void initTestCase()
    {
        synapse = std::make_unique<testsupport::SynapseInstance>(testsupport::SynapseOptions::stockRateLimits());
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("pw-alice")).userId;
        QVERIFY(!alice.isEmpty());
        adminCli = std::make_unique<CliProfile>(synapse->caFile());
        const CliRun login = adminCli->login(synapse->adminUserId(), synapse->adminPassword());
        QVERIFY2(login.exitCode == 0, qPrintable(login.text()));
        admin = std::make_unique<ApiSession>(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
    }

    void onlyJournalsAreRemembered_data()
    {
        QTest::addColumn<QString>("file"); // in the test's directory
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QStringList>("command"); // JOURNAL stands for the file's path
        QTest::addColumn<bool>("remembered");
        const QByteArray notes = "shopping list\n";
        const QStringList notify = {QStringLiteral("notify"), QStringLiteral("--via"), QStringLiteral("server-notices"),
            QStringLiteral("--journal"), QStringLiteral("JOURNAL")};
        QTest::newRow("notify into a file that is not a journal")
            << QStringLiteral("notes.txt") << notes
            << notify + QStringList {QStringLiteral("--to"), QStringLiteral("ALICE"), QStringLiteral("hello")} << false;
        QTest::newRow("notify whose recipient is refused")
            << QStringLiteral("refused.journal") << QByteArray()
            << notify + QStringList {QStringLiteral("--to"), QStringLiteral("@nobody:SERVER"), QStringLiteral("hello")}
            << false;
        QTest::newRow("show of a file that is not a journal")
            << QStringLiteral("other-notes.txt") << notes
            << QStringList {QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--journal"),
                   QStringLiteral("JOURNAL")}
            << false;
        QTest::newRow("show of a missing file") << QStringLiteral("missing.journal") << QByteArray()
                                                << QStringList {QStringLiteral("campaign"), QStringLiteral("show"),
                                                       QStringLiteral("--journal"), QStringLiteral("JOURNAL")}
                                                << false;
        QTest::newRow("recall of a missing file")
            << QStringLiteral("never.journal") << QByteArray()
            << QStringList {QStringLiteral("campaign"), QStringLiteral("recall"), QStringLiteral("--journal"),
                   QStringLiteral("JOURNAL"), QStringLiteral("--reason"), QStringLiteral("oops")}
            << false;
        QTest::newRow("notify that delivers")
            << QStringLiteral("kept.journal") << QByteArray()
            << notify + QStringList {QStringLiteral("--to"), QStringLiteral("ALICE"), QStringLiteral("hello")} << true;
    }

    void onlyJournalsAreRemembered()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, command);
        QFETCH(bool, remembered);
        const QString path = dir.filePath(file);
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        for (QString& arg : command)
            arg = arg == QLatin1String("JOURNAL") ? path
                : arg == QLatin1String("ALICE")   ? alice
                                                  : arg.replace(QStringLiteral("SERVER"), synapse->serverName());
        const CliRun run = adminCli->run(command);
        QVERIFY2((run.exitCode == 0) == remembered, qPrintable(run.text()));
        QCOMPARE(rememberedList().contains(path), remembered);
        const CliRun list = adminCli->run({QStringLiteral("campaign"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.text().contains(path), remembered);
        if (!content.isEmpty()) { // left exactly as it was
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content);
        }
    }

    // A run killed while the sender's rate limits were lifted: show and list say so.
    void killedWhileLiftedIsSaid()
    {
        int failures = 0;
        const QStringList users =
            createUsers(admin->api(), synapse->serverName(), QStringLiteral("lift"), 15, &failures);
        QCOMPARE(failures, 0);
        const QString userFile = dir.filePath(QStringLiteral("lift-users.txt"));
        {
            QFile f(userFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(users.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
        journal = dir.filePath(QStringLiteral("lifted.journal"));
        args = QStringList {QStringLiteral("notify"), QStringLiteral("--via"), QStringLiteral("rooms"),
            QStringLiteral("--to-file"), userFile, QStringLiteral("--journal"), journal, QStringLiteral("--json"),
            QStringLiteral("Lifted and killed")};
        {
            auto process = adminCli->start(args + QStringList {QStringLiteral("--lift-rate-limit")});
            QElapsedTimer timer;
            timer.start();
            // The lift is journaled before it is asked for; the first room announced comes
            // after the server made the exemption.
            while (countRecords(journal, "creating") < 1 && process->state() != QProcess::NotRunning
                && timer.elapsed() < 60000)
                QTest::qWait(10);
            QVERIFY2(process->state() != QProcess::NotRunning, "the run ended before it could be killed");
            process->kill();
            process->waitForFinished();
        }
        QCOMPARE(countRecords(journal, "ratelimit_restored"), 0);
        QVERIFY2(overrideOf(synapse->adminUserId()) != json::object(), "the lift should still be in place");

        for (const QStringList& look :
            {QStringList {QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--journal"), journal},
                QStringList {QStringLiteral("campaign"), QStringLiteral("list")}}) {
            const CliRun run = adminCli->run(look);
            QCOMPARE(run.exitCode, 0);
            const QString said = run.text();
            qInfo().noquote() << look.value(1) << "says:" << said;
            QVERIFY2(said.contains(QStringLiteral("still lifted")), qPrintable(said));
            QVERIFY2(
                said.contains(QStringLiteral("resume")) && said.contains(QStringLiteral("recall")), qPrintable(said));
        }
    }

    // The same campaign resumed (and cancelled with SIGTERM, as the red team did): the
    // put-back is reported under "restore", as by a run that lifted the limits itself.
    void resumedRunReportsTheRestore()
    {
        QVERIFY2(countRecords(journal, "ratelimit_lift") == 1, "needs killedWhileLiftedIsSaid's journal");
        // Resumed without --lift-rate-limit: the limits are put back before anything else,
        // then the run meets the stock room pace and is cancelled (SIGTERM).
        auto process = adminCli->start(args);
        QElapsedTimer timer;
        timer.start();
        QByteArray errors;
        while (!errors.contains("resuming") && process->state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            process->waitForReadyRead(100);
            errors += process->readAllStandardError();
        }
        process->terminate();
        QVERIFY(process->waitForFinished(120000));
        errors += process->readAllStandardError();
        const QByteArray output = process->readAllStandardOutput();
        const json summary = json::parse(output.cbegin(), output.cend(), nullptr, false);
        qInfo("resumed run: cancelled %s, sent %d", summary.value("cancelled", false) ? "yes" : "no",
            summary.value("sent", -1));
        QVERIFY2(summary.is_object(), output.constData());
        const json limits = summary.value("rate_limits", json::object());
        QVERIFY2(!limits.value("restore", std::string()).empty(), output.constData());
        QVERIFY2(limits.value("lift", std::string()).empty(), output.constData());
        QCOMPARE(limits.value("restore_failed", true), false);
        QCOMPARE(overrideOf(synapse->adminUserId()), json::object());

        const CliRun show =
            adminCli->run({QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--journal"), journal});
        QVERIFY2(!show.text().contains(QStringLiteral("still lifted")), qPrintable(show.text()));
    }
};

QTEST_GUILESS_MAIN(TestCampaignCliReports)
#include "test_campaign_cli_reports.moc"
