// The delivery engine against a scripted server, for what a real Synapse will not do on
// demand: act on a request and then lose the answer, refuse, rate-limit, fail twice. The
// fake keeps the notices it "delivered", so each case checks what really arrived.
#include "campaign/campaign.h"
#include "campaign/campaign_table_model.h"
#include "client/http_transport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::campaign;
using json = nlohmann::json;

namespace {

// Just enough of Synapse's server-notices API: the PUT (with its in-memory txn cache,
// which `restarted` empties), the user's memberships and their room's messages.
class ScriptedServer : public QObject {
public:
    QHash<QString, QList<json>> delivered; // user -> events
    QHash<QString, QString> txnCache; // txn -> event ID
    QSet<QString> loseAnswer, refuse; // users
    QHash<QString, int> rateLimit, gatewayErrors; // user -> times left
    QStringList txnsSeen;
    int puts = 0;
    std::function<void(const QString& txn)> onPut; // called as each notice PUT arrives
    // GET /_synapse/admin/v2/users/{id}: application services' accounts (appservice_id
    // "bridge"), answers that fail (502) so many times, and how often each was asked.
    QSet<QString> bridged;
    QHash<QString, int> accountErrors, accountGets;
    qint64 downUntil = 0; // after a lost answer: "restarting", every connection is cut

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    static void reply(QTcpSocket* socket, int status, const json& body)
    {
        const QByteArray data = QByteArray::fromStdString(body.dump());
        socket->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
              "Content-Length: "
            + QByteArray::number(data.size()) + "\r\n\r\n" + data);
        socket->flush();
        socket->disconnectFromHost();
    }

    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> line = buffer.left(buffer.indexOf('\r')).split(' ');
        const QUrl target = QUrl::fromEncoded(line.value(1));
        const json body = json::parse(buffer.mid(end + 4, length).toStdString(), nullptr, false);
        m_buffers.remove(socket);
        if (QDateTime::currentMSecsSinceEpoch() < downUntil) {
            // Down: Qt repeats a request once by itself when the connection closes before
            // any answer, so a server that acted and died must stay unreachable a moment.
            socket->abort();
            return;
        }
        handle(line.value(0), target.path(QUrl::FullyDecoded), socket, body);
    }

    void handle(const QByteArray& verb, const QString& path, QTcpSocket* socket, const json& body)
    {
        const QString noticePrefix = QStringLiteral("/_synapse/admin/v1/send_server_notice/");
        if (verb == "PUT" && path.startsWith(noticePrefix)) {
            ++puts;
            const QString txn = path.mid(noticePrefix.size());
            const QString user = QString::fromStdString(body.value("user_id", std::string()));
            txnsSeen << txn;
            if (onPut)
                onPut(txn);
            if (rateLimit.value(user) > 0) {
                --rateLimit[user];
                reply(socket, 429,
                    {{"errcode", "M_LIMIT_EXCEEDED"}, {"error", "Too many requests"}, {"retry_after_ms", 300}});
            } else if (gatewayErrors.value(user) > 0) {
                --gatewayErrors[user];
                reply(socket, 502, json::object());
            } else if (refuse.contains(user)) {
                reply(socket, 403, {{"errcode", "M_FORBIDDEN"}, {"error", "Not today"}});
            } else {
                QString eventId = txnCache.value(txn);
                if (eventId.isEmpty()) {
                    eventId = QStringLiteral("$e%1").arg(delivered[user].size() + 1) + user;
                    txnCache.insert(txn, eventId);
                    delivered[user].append(json {{"event_id", eventId.toStdString()}, {"type", "m.room.message"},
                        {"origin_server_ts", QDateTime::currentMSecsSinceEpoch()}, {"content", body["content"]}});
                }
                if (loseAnswer.remove(user)) {
                    txnCache.clear(); // Synapse dies before answering; its txn cache with it
                    downUntil = QDateTime::currentMSecsSinceEpoch() + 400;
                    socket->abort();
                    return;
                }
                reply(socket, 200, {{"event_id", eventId.toStdString()}});
            }
        } else if (verb == "GET" && path.startsWith(QLatin1String("/_synapse/admin/v2/users/"))) {
            const QString user = path.section(QLatin1Char('/'), 5, 5);
            ++accountGets[user];
            if (accountErrors.value(user) > 0) {
                --accountErrors[user];
                reply(socket, 502, json::object());
                return;
            }
            reply(socket, 200,
                {{"name", user.toStdString()}, {"deactivated", false}, {"user_type", nullptr},
                    {"appservice_id", bridged.contains(user) ? json("bridge") : json(nullptr)}});
        } else if (path.endsWith(QLatin1String("/memberships"))) {
            const QString user = path.section(QLatin1Char('/'), 5, 5);
            reply(socket, 200, {{"memberships", {{(QStringLiteral("!notices-") + user).toStdString(), "invite"}}}});
        } else if (path.endsWith(QLatin1String("/messages"))) {
            const QString user = path.section(QLatin1Char('/'), 5, 5).mid(QStringLiteral("!notices-").size());
            json chunk = json::array();
            for (auto it = delivered.value(user).crbegin(); it != delivered.value(user).crend(); ++it)
                chunk.push_back(*it);
            reply(socket, 200, {{"chunk", chunk}});
        } else {
            reply(socket, 404, {{"errcode", "M_UNRECOGNIZED"}});
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestCampaignEngine : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    int journals = 0;

    std::unique_ptr<CampaignJournal> journalFor(
        const QStringList& users, const QList<json>& records = {}, const QString& audience = QStringLiteral("list"))
    {
        QString error;
        auto journal = CampaignJournal::open(dir.filePath(QStringLiteral("j%1").arg(++journals)), &error);
        JournalHeader header;
        header.id = QStringLiteral("ctest");
        header.createdMs = QDateTime::currentMSecsSinceEpoch();
        header.sender = QStringLiteral("@admin:hs");
        header.spec.route = Route::ServerNotices;
        header.spec.text = QStringLiteral("Hello");
        header.spec.audience = audience;
        header.recipients = users;
        journal->writeHeader(header, &error);
        for (const json& record : records)
            journal->append(record);
        return journal;
    }

    Summary run(ScriptedServer& server, CampaignJournal& journal, int concurrency = 4,
        std::function<void(Campaign&)> during = {}, CampaignTableModel* model = nullptr)
    {
        HttpTransport transport;
        MatrixApi api(transport);
        api.setHomeserver(server.url());
        api.setAccessToken(QStringLiteral("token"));
        CampaignOptions options;
        options.concurrency = concurrency;
        options.retry.firstBackoffMs = 50;
        Campaign campaign(api, journal, options);
        if (model)
            model->setCampaign(&campaign);
        std::optional<Summary> result;
        connect(&campaign, &Campaign::finished, this, [&](const Summary& summary) { result = summary; });
        if (during)
            connect(&campaign, &Campaign::recipientChanged, this, [&] { during(campaign); });
        campaign.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {};
        return *result;
    }

    static QStringList users(int n)
    {
        QStringList list;
        for (int i = 1; i <= n; ++i)
            list << QStringLiteral("@u%1:hs").arg(i);
        return list;
    }

private slots:
    void lostAnswerIsFoundNotRepeated()
    {
        ScriptedServer server;
        server.loseAnswer = {QStringLiteral("@u2:hs")};
        auto journal = journalFor(users(3));
        const Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, 3);
        for (const QString& user : users(3))
            QCOMPARE(server.delivered.value(user).size(), 1);
        QCOMPARE(server.puts, 3); // the lost one was looked for, not sent again
        QVERIFY(journal->progressOf(QStringLiteral("@u2:hs")).status == Status::Sent);
    }

    // Announcements made together share one write and one fsync (group commit), and each
    // request still leaves only after its announcement is in the journal file. With one
    // fsync per announcement (before) the count equals the notices.
    void announcementsShareAnFsyncAndLeadTheirRequests()
    {
        ScriptedServer server;
        auto journal = journalFor(users(24));
        int announcedFirst = 0;
        server.onPut = [&](const QString& txn) {
            QFile file(journal->path());
            file.open(QIODevice::ReadOnly);
            announcedFirst += file.readAll().contains("\"txn\":\"" + txn.toUtf8() + "\"") ? 1 : 0;
        };
        const qint64 syncs = journal->syncCount();
        const Summary summary = run(server, *journal, 8);
        QCOMPARE(summary.sent, 24);
        QCOMPARE(server.puts, 24);
        QCOMPARE(announcedFirst, 24);
        QVERIFY2(journal->syncCount() - syncs < 24, qPrintable(QString::number(journal->syncCount() - syncs)));
    }

    void resumeChecksAnnouncedSendsAndKeepsTheirTxn()
    {
        ScriptedServer server;
        // A previous run announced both and died; only u1's notice had arrived.
        const json marker = {{"msgtype", "m.text"}, {"body", "Hello"}, {"io.noticeboard.delivery", "ctest/@u1:hs"}};
        server.delivered[QStringLiteral("@u1:hs")].append(json {
            {"event_id", "$old"}, {"origin_server_ts", QDateTime::currentMSecsSinceEpoch()}, {"content", marker}});
        auto journal = journalFor(users(2),
            {{{"t", "sending"}, {"user", "@u1:hs"}, {"txn", "T1"}},
                {{"t", "sending"}, {"user", "@u2:hs"}, {"txn", "T2"}}});
        const Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, 2);
        QCOMPARE(server.delivered.value(QStringLiteral("@u1:hs")).size(), 1);
        QCOMPARE(journal->progressOf(QStringLiteral("@u1:hs")).eventId, QStringLiteral("$old"));
        QCOMPARE(server.txnsSeen, QStringList {QStringLiteral("T2")});
    }

    void rateLimitIsWaitedOut()
    {
        ScriptedServer server;
        server.rateLimit[QStringLiteral("@u1:hs")] = 2;
        auto journal = journalFor(users(1));
        QElapsedTimer timer;
        timer.start();
        const Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, 1);
        QVERIFY2(timer.elapsed() >= 600, "retry_after_ms was not honoured");
        QCOMPARE(server.delivered.value(QStringLiteral("@u1:hs")).size(), 1);
    }

    void gatewayErrorsAreRetried()
    {
        ScriptedServer server;
        server.gatewayErrors[QStringLiteral("@u1:hs")] = 2;
        auto journal = journalFor(users(2));
        const Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, 2);
        QCOMPARE(server.delivered.value(QStringLiteral("@u1:hs")).size(), 1);
    }

    void refusalIsRecordedAndRetriedOnResume()
    {
        ScriptedServer server;
        server.refuse = {QStringLiteral("@u2:hs")};
        auto journal = journalFor(users(3));
        Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, 2);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.refusedFailures, 1);
        QCOMPARE(summary.failures.value(0).user, QStringLiteral("@u2:hs"));
        QVERIFY2(summary.failures.value(0).reason.contains(QStringLiteral("M_FORBIDDEN")),
            qPrintable(summary.failures.value(0).reason));
        server.refuse.clear();
        summary = run(server, *journal);
        QCOMPARE(summary.sent, 3);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(server.puts, 4);
    }

    void tableModelFollowsTheCampaign()
    {
        ScriptedServer server;
        server.refuse = {QStringLiteral("@u2:hs")};
        auto journal = journalFor(users(3));
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(server, *journal, 4, {}, &model);
        QCOMPARE(model.rowCount(), 0); // the campaign is gone
        HttpTransport transport;
        MatrixApi api(transport);
        api.setHomeserver(server.url());
        Campaign campaign(api, *journal, CampaignOptions {});
        model.setCampaign(&campaign);
        campaign.start(); // everything but @u2 is done; its refusal is retried
        QTRY_VERIFY(!campaign.isRunning());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, CampaignTableModel::UserColumn).data().toString(), QStringLiteral("@u1:hs"));
        QCOMPARE(model.index(0, CampaignTableModel::StatusColumn).data().toString(), QStringLiteral("sent"));
        QCOMPARE(model.index(1, 0).data(CampaignTableModel::StatusRole).toInt(), int(Status::Failed));
        QVERIFY(
            model.index(1, CampaignTableModel::DetailColumn).data().toString().contains(QStringLiteral("M_FORBIDDEN")));
    }

    void cancelLeavesNothingHalfDone()
    {
        ScriptedServer server;
        auto journal = journalFor(users(20));
        const Summary summary = run(server, *journal, 2, [](Campaign& campaign) { campaign.cancel(); });
        QVERIFY(summary.cancelled);
        QVERIFY(summary.pending > 0);
        QCOMPARE(summary.sent + summary.pending, 20);
        // Every announced send got its outcome recorded before the run ended.
        for (const QString& user : users(20)) {
            const RecipientProgress p = journal->progressOf(user);
            QVERIFY2(!p.sendUncertain, qPrintable(user));
            QCOMPARE(server.delivered.value(user).size(), p.status == Status::Sent ? 1 : 0);
        }
        const Summary rest = run(server, *journal);
        QCOMPARE(rest.sent, 20);
        for (const QString& user : users(20))
            QCOMPARE(server.delivered.value(user).size(), 1);
    }

    void destroyedMidRunIsSafe()
    {
        ScriptedServer server;
        auto journal = journalFor(users(10));
        HttpTransport transport;
        MatrixApi api(transport);
        api.setHomeserver(server.url());
        api.setAccessToken(QStringLiteral("token"));
        auto* campaign = new Campaign(api, *journal, CampaignOptions {});
        connect(campaign, &Campaign::recipientChanged, campaign, &QObject::deleteLater);
        campaign->start();
        QTest::qWait(500); // answers to the requests still in flight arrive to nobody
        QVERIFY(server.puts > 0);
        // What was sent is in the journal or findable: nothing uncertain is lost.
        for (const QString& user : users(10)) {
            const RecipientProgress p = journal->progressOf(user);
            QVERIFY(p.status == Status::Sent || p.sendUncertain || server.delivered.value(user).isEmpty());
        }
    }

    // Issue 8 (red team): "all local users" reached a bridge's puppets. Each account is
    // asked about before its first request; a named list is not (the admin chose them).
    void everyoneLeavesBridgeAccountsOut_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<int>("checkErrors"); // 502 answers to the check of @u1
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("checks"); // GETs of the accounts
        const QString everyone = QStringLiteral("all-local-users");
        QTest::newRow("puppet skipped") << everyone << 0 << 2 << 1 << 0 << 3;
        QTest::newRow("named users not asked") << QStringLiteral("list") << 0 << 3 << 0 << 0 << 0;
        QTest::newRow("check retried after 502") << everyone << 2 << 2 << 1 << 0 << 5;
        QTest::newRow("check never answers: failed, not sent") << everyone << 1000 << 1 << 1 << 1 << -1;
    }

    void everyoneLeavesBridgeAccountsOut()
    {
        QFETCH(QString, audience);
        QFETCH(int, checkErrors);
        QFETCH(int, sent);
        QFETCH(int, skipped);
        QFETCH(int, failed);
        QFETCH(int, checks);
        ScriptedServer server;
        const QString puppet = QStringLiteral("@u2:hs");
        server.bridged = {puppet};
        server.accountErrors[QStringLiteral("@u1:hs")] = checkErrors;
        auto journal = journalFor(users(3), {}, audience);
        const Summary summary = run(server, *journal);
        QCOMPARE(summary.sent, sent);
        QCOMPARE(summary.skipped, skipped);
        QCOMPARE(summary.failed, failed);
        int asked = 0;
        for (int n : std::as_const(server.accountGets))
            asked += n;
        if (checks >= 0)
            QCOMPARE(asked, checks);
        QCOMPARE(server.delivered.value(puppet).size(), audience == QLatin1String("list") ? 1 : 0);
        if (failed) // the check kept failing: nothing went to that account
            QCOMPARE(server.delivered.value(QStringLiteral("@u1:hs")).size(), 0);
        if (skipped) {
            QCOMPARE(summary.skips.value(0).user, puppet);
            QCOMPARE(summary.skips.value(0).reason, QStringLiteral("an application service's account (bridge)"));
            QCOMPARE(journal->progressOf(puppet).status, Status::Skipped);
        }
        // A resume asks again only about accounts not finished: never about the puppet.
        server.accountErrors.clear();
        const int puppetAsked = server.accountGets.value(puppet);
        const Summary again = run(server, *journal);
        QCOMPARE(again.sent, audience == QLatin1String("list") ? 3 : 2);
        QCOMPARE(server.accountGets.value(puppet), puppetAsked);
        QCOMPARE(server.delivered.value(puppet).size(), audience == QLatin1String("list") ? 1 : 0);
    }

    void oneRunPerJournal()
    {
        auto journal = journalFor(users(1));
        QString error;
        QVERIFY(!CampaignJournal::open(journal->path(), &error));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCampaignEngine)
#include "test_campaign_engine.moc"
