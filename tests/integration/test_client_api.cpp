// MatrixApi, HttpTransport and discovery against a real Synapse behind nginx (TLS from
// the harness CA), started by tests/harness/synapse-harness.
#include "client/blocking.h"
#include "client/discovery.h"
#include "client/http_transport.h"
#include "client/matrix_api.h"
#include "synapse_instance.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QtTest>
#include <memory>

using namespace nb;
using Kind = RequestFailure::Kind;
using json = nlohmann::json;
using testsupport::SynapseInstance;

namespace {

QString randomText(const char* prefix)
{
    return QLatin1String(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    return probe.serverPort(); // closed again when `probe` goes
}

template<class T> QByteArray why(const Result<T>& r)
{
    return (kindName(r.failure.kind) + QStringLiteral(": ") + r.failure.describe()).toUtf8();
}

} // namespace

class TestClientApi : public QObject {
    Q_OBJECT

    SynapseInstance m_synapse {testsupport::SynapseOptions {QStringLiteral("default"), 2, {}, false}};
    std::unique_ptr<HttpTransport> m_transport;
    SynapseInstance::User m_alice, m_bob;

    std::unique_ptr<MatrixApi> api(const QString& token, QUrl base = {})
    {
        auto a = std::make_unique<MatrixApi>(*m_transport);
        a->setHomeserver(base.isEmpty() ? m_synapse.baseUrl() : base);
        a->setAccessToken(token);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_synapse.start(&error), qPrintable(error));
        m_transport = std::make_unique<HttpTransport>(TransportOptions {32 * 1024 * 1024, m_synapse.caFile(), 60000});
        QVERIFY(m_transport->caProblem().isEmpty());
        m_alice = m_synapse.registerUser(randomText("alice"), QStringLiteral("alice-pw"));
        m_bob = m_synapse.registerUser(randomText("bob"), QStringLiteral("bob-pw"));
        QVERIFY2(!m_alice.accessToken.isEmpty() && !m_bob.accessToken.isEmpty(), qPrintable(m_synapse.lastError()));
    }

    void versionsHaveNoMsc4279()
    {
        const auto r = waitFor<ServerVersions>([&](auto done) { api({})->versions(done); });
        QVERIFY2(r.ok(), why(r).constData());
        QVERIFY(r.value->versions.contains(QStringLiteral("v1.1")));
        QVERIFY(!r.value->advertisesMsc4279());
        // Plain http reaches the same server.
        const auto plain = waitFor<ServerVersions>([&](auto done) { api({}, m_synapse.httpUrl())->versions(done); });
        QVERIFY2(plain.ok(), why(plain).constData());
    }

    void discoveryFindsTheHomeserver_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("server name") << m_synapse.serverName();
        QTest::newRow("user id") << m_alice.userId;
        QTest::newRow("url") << m_synapse.baseUrl().toString() + QLatin1Char('/');
    }
    void discoveryFindsTheHomeserver()
    {
        QFETCH(QString, input);
        const auto r = waitFor<QUrl>([&](auto done) { discoverHomeserver(*m_transport, input, done); });
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.value->toString(), m_synapse.baseUrl().toString()); // "https://localhost:PORT", no slash
    }

    void discoveryFailures_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::newRow("no such host") << QStringLiteral("no-such-host.invalid") << int(Kind::UnknownServer);
        QTest::newRow("nothing listening")
            << QStringLiteral("localhost:%1").arg(closedPort()) << int(Kind::Unreachable);
        QTest::newRow("untrusted certificate")
            << QStringLiteral("localhost:%1").arg(m_synapse.badTlsUrl().port()) << int(Kind::Tls);
        QTest::newRow("not a server name") << QStringLiteral("exa mple/x") << int(Kind::UnknownServer);
    }
    void discoveryFailures()
    {
        QFETCH(QString, input);
        QFETCH(int, kind);
        const auto r = waitFor<QUrl>([&](auto done) { discoverHomeserver(*m_transport, input, done); });
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.failure.kind), kindName(Kind(kind)));
        qInfo().noquote() << "shown to the user:" << r.failure.describe(); // for reading the log
    }

    void tlsIsNeverIgnored()
    {
        const auto bad = waitFor<ServerVersions>([&](auto done) { api({}, m_synapse.badTlsUrl())->versions(done); });
        QCOMPARE(bad.failure.kind, Kind::Tls);
        QVERIFY(!bad.failure.detail.isEmpty());
        QVERIFY2(bad.failure.describe().contains(QStringLiteral("refused for your safety")), why(bad).constData());
        // Without the harness CA even the good certificate is refused.
        HttpTransport untrusting(TransportOptions {1024 * 1024, {}, 30000});
        MatrixApi plain(untrusting);
        plain.setHomeserver(m_synapse.baseUrl());
        const auto r = waitFor<ServerVersions>([&](auto done) { plain.versions(done); });
        QCOMPARE(r.failure.kind, Kind::Tls);
    }

    void unreachablePort()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        const auto r = waitFor<ServerVersions>([&](auto done) { api({}, nowhere)->versions(done); });
        QCOMPARE(r.failure.kind, Kind::Unreachable);
        QVERIFY2(r.failure.describe().contains(QStringLiteral("connection refused")), why(r).constData());
    }

    void loginAndWhoami_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("localpart") << m_alice.userId.mid(1).section(QLatin1Char(':'), 0, 0);
        QTest::newRow("full user id") << m_alice.userId;
    }
    void loginAndWhoami()
    {
        QFETCH(QString, user);
        auto anonymous = api({});
        const auto login = waitFor<LoginResponse>(
            [&](auto done) { anonymous->loginPassword(user, m_alice.password, QStringLiteral("test device"), done); });
        QVERIFY2(login.ok(), why(login).constData());
        QCOMPARE(login.value->userId, m_alice.userId);
        QVERIFY(!login.value->accessToken.isEmpty());
        QVERIFY(!login.value->deviceId.isEmpty());
        const auto me = waitFor<QString>([&](auto done) { api(login.value->accessToken)->whoami(done); });
        QVERIFY2(me.ok(), why(me).constData());
        QCOMPARE(*me.value, m_alice.userId);
    }

    void wrongPasswordIsRefused()
    {
        const auto r = waitFor<LoginResponse>(
            [&](auto done) { api({})->loginPassword(m_alice.userId, QStringLiteral("wrong"), {}, done); });
        QCOMPARE(r.failure.kind, Kind::ServerRefused);
        QCOMPARE(r.failure.matrix.httpStatus, 403);
        QCOMPARE(r.failure.matrix.errcode, QStringLiteral("M_FORBIDDEN"));
        QVERIFY2(r.failure.describe().contains(QStringLiteral("password")), why(r).constData());
    }

    void supportInfo()
    {
        const QString admin = QStringLiteral("@%1:%2").arg(randomText("staff"), m_synapse.serverName());
        m_synapse.writeSupportFile(
            QStringLiteral(R"({"contacts":[{"matrix_id":"%1","role":"m.role.admin"},)"
                           R"({"email_address":"x@y","role":"m.role.security"}],"support_page":"%2"})")
                .arg(admin, randomText("page"))
                .toUtf8());
        const auto r = waitFor<SupportInfo>(
            [&](auto done) { fetchSupportInfo(*m_transport, m_synapse.serverName(), m_synapse.baseUrl(), done); });
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.value->adminUserIds, QStringList {admin});
        QVERIFY(r.value->supportPage.startsWith(QStringLiteral("page")));

        m_synapse.writeSupportFile("this is not json");
        const auto broken = waitFor<SupportInfo>(
            [&](auto done) { fetchSupportInfo(*m_transport, m_synapse.serverName(), m_synapse.baseUrl(), done); });
        QCOMPARE(broken.failure.kind, Kind::BadResponse);
    }

    void syncReturnsNextBatch()
    {
        auto alice = api(m_alice.accessToken);
        const auto first = waitFor<json>([&](auto done) { alice->sync({}, {}, 0, false, done); });
        QVERIFY2(first.ok(), why(first).constData());
        const QString since = QString::fromStdString(first.value->at("next_batch").get<std::string>());
        QVERIFY(!since.isEmpty());
        const auto next = waitFor<json>([&](auto done) {
            alice->sync(QStringLiteral(R"({"room":{"timeline":{"limit":1}}})"), since, 100, true, done);
        });
        QVERIFY2(next.ok(), why(next).constData());
    }

    void roomRoundTrip()
    {
        auto alice = api(m_alice.accessToken);
        auto bob = api(m_bob.accessToken);
        const json create = {
            {"preset", "private_chat"}, {"name", "round trip"}, {"invite", {m_bob.userId.toStdString()}}};
        const auto room = waitFor<QString>([&](auto done) { alice->createRoom(create, done); });
        QVERIFY2(room.ok(), why(room).constData());
        const QString roomId = *room.value;
        QVERIFY(roomId.startsWith(QLatin1Char('!')));

        const QString text = randomText("hello ");
        const QString txn = MatrixApi::generateTransactionId();
        const json content = {{"msgtype", "m.text"}, {"body", text.toStdString()}};
        const auto sent = waitFor<QString>([&](auto done) { alice->sendMessage(roomId, txn, content, done); });
        QVERIFY2(sent.ok(), why(sent).constData());
        // Same transaction ID: the server deduplicates and answers the same event.
        const auto again = waitFor<QString>([&](auto done) { alice->sendMessage(roomId, txn, content, done); });
        QCOMPARE(again.value.value_or(QString()), *sent.value);

        const auto event = waitFor<json>([&](auto done) { alice->roomEvent(roomId, *sent.value, done); });
        QVERIFY2(event.ok(), why(event).constData());
        QCOMPARE(QString::fromStdString(event.value->at("content").at("body").get<std::string>()), text);

        const json stateContent = {{"v", randomText("s").toStdString()}};
        const auto stateId = waitFor<QString>(
            [&](auto done) { alice->sendState(roomId, QStringLiteral("org.example.test"), {}, stateContent, done); });
        QVERIFY2(stateId.ok(), why(stateId).constData());
        const auto state =
            waitFor<json>([&](auto done) { alice->stateEvent(roomId, QStringLiteral("org.example.test"), {}, done); });
        QVERIFY2(state.ok(), why(state).constData());
        QCOMPARE(*state.value, stateContent);
        const auto all = waitFor<json>([&](auto done) { alice->roomState(roomId, done); });
        QVERIFY2(all.ok(), why(all).constData());
        bool hasCreate = false;
        for (const json& e : *all.value)
            hasCreate = hasCreate || e.value("type", std::string()) == "m.room.create";
        QVERIFY(hasCreate);
        const auto tags = waitFor<QStringList>([&](auto done) { alice->roomTags(m_alice.userId, roomId, done); });
        QVERIFY2(tags.ok(), why(tags).constData());
        QVERIFY(tags.value->isEmpty());

        QVERIFY(waitFor<Empty>([&](auto done) { bob->joinRoom(roomId, done); }).ok());
        const auto receipt = waitFor<Empty>([&](auto done) { bob->sendReadReceipt(roomId, *sent.value, done); });
        QVERIFY2(receipt.ok(), why(receipt).constData());
        const auto markers =
            waitFor<Empty>([&](auto done) { bob->setReadMarkers(roomId, *sent.value, *sent.value, done); });
        QVERIFY2(markers.ok(), why(markers).constData());
        QVERIFY(waitFor<Empty>([&](auto done) { bob->leaveRoom(roomId, done); }).ok());
        QVERIFY(waitFor<Empty>([&](auto done) { bob->forgetRoom(roomId, done); }).ok());
        const auto gone = waitFor<json>([&](auto done) { bob->roomEvent(roomId, *sent.value, done); });
        QCOMPARE(gone.failure.kind, Kind::ServerRefused);
    }

    void adminApi()
    {
        auto admin = api(m_synapse.adminToken());
        const auto yes = waitFor<bool>([&](auto done) { admin->isServerAdmin(m_synapse.adminUserId(), done); });
        QVERIFY2(yes.ok(), why(yes).constData());
        QCOMPARE(*yes.value, true);
        const auto no = waitFor<bool>([&](auto done) { admin->isServerAdmin(m_alice.userId, done); });
        QCOMPARE(no.value.value_or(true), false);
        // A normal user asking is refused, with words a person can read.
        const auto refused =
            waitFor<bool>([&](auto done) { api(m_alice.accessToken)->isServerAdmin(m_alice.userId, done); });
        QCOMPARE(refused.failure.kind, Kind::ServerRefused);
        QCOMPARE(refused.failure.matrix.httpStatus, 403);
        QVERIFY(!refused.failure.describe().isEmpty());

        // Page through all users one at a time.
        QStringList names;
        QString from;
        for (int page = 0; page < 20; ++page) {
            const auto r = waitFor<AdminUserPage>([&](auto done) { admin->listUsers(from, 1, done); });
            QVERIFY2(r.ok(), why(r).constData());
            QVERIFY(r.value->users.size() <= 1);
            for (const AdminUser& u : r.value->users)
                names << u.name;
            from = r.value->nextToken;
            if (from.isEmpty())
                break;
        }
        QVERIFY(names.contains(m_alice.userId));
        QVERIFY(names.contains(m_bob.userId));
        QVERIFY(names.contains(m_synapse.adminUserId()));
    }

    void serverNoticeReachesTheUser()
    {
        auto admin = api(m_synapse.adminToken());
        const QString text = randomText("notice ");
        const json content = {{"msgtype", "m.text"}, {"body", text.toStdString()}};
        const auto sent = waitFor<QString>([&](auto done) {
            admin->sendServerNotice(MatrixApi::generateTransactionId(), m_bob.userId, content, done);
        });
        QVERIFY2(sent.ok(), why(sent).constData());

        auto bob = api(m_bob.accessToken);
        QString invitedRoom, since;
        for (int attempt = 0; attempt < 20 && invitedRoom.isEmpty(); ++attempt) {
            const auto s = waitFor<json>([&](auto done) { bob->sync({}, since, 1000, false, done); });
            QVERIFY2(s.ok(), why(s).constData());
            since = QString::fromStdString(s.value->at("next_batch").get<std::string>());
            const json invites = s.value->value("rooms", json::object()).value("invite", json::object());
            if (!invites.empty())
                invitedRoom = QString::fromStdString(invites.begin().key());
        }
        QVERIFY2(!invitedRoom.isEmpty(), "the notice invite never arrived");
        const auto tags = waitFor<QStringList>([&](auto done) { bob->roomTags(m_bob.userId, invitedRoom, done); });
        QVERIFY2(tags.ok(), why(tags).constData());
        QVERIFY(tags.value->contains(QStringLiteral("m.server_notice")));
        QVERIFY(waitFor<Empty>([&](auto done) { bob->joinRoom(invitedRoom, done); }).ok());
        const auto event = waitFor<json>([&](auto done) { bob->roomEvent(invitedRoom, *sent.value, done); });
        QVERIFY2(event.ok(), why(event).constData());
        QCOMPARE(QString::fromStdString(event.value->at("content").at("body").get<std::string>()), text);
    }

    void tooLargeResponse()
    {
        HttpTransport tiny(TransportOptions {64, m_synapse.caFile(), 30000});
        MatrixApi a(tiny);
        a.setHomeserver(m_synapse.baseUrl());
        const auto r = waitFor<ServerVersions>([&](auto done) { a.versions(done); });
        QCOMPARE(r.failure.kind, Kind::TooLarge);
    }

    void logoutInvalidatesTheToken()
    {
        const auto login = waitFor<LoginResponse>(
            [&](auto done) { api({})->loginPassword(m_alice.userId, m_alice.password, {}, done); });
        QVERIFY2(login.ok(), why(login).constData());
        auto session = api(login.value->accessToken);
        QVERIFY(waitFor<QString>([&](auto done) { session->whoami(done); }).ok());
        const auto out = waitFor<Empty>([&](auto done) { session->logout(done); });
        QVERIFY2(out.ok(), why(out).constData());
        const auto after = waitFor<QString>([&](auto done) { session->whoami(done); });
        QCOMPARE(after.failure.kind, Kind::ServerRefused);
        QCOMPARE(after.failure.matrix.errcode, QStringLiteral("M_UNKNOWN_TOKEN"));
        QVERIFY(after.failure.describe().contains(QStringLiteral("log in again")));
    }
};

QTEST_GUILESS_MAIN(TestClientApi)
#include "test_client_api.moc"
