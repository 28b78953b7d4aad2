// HttpTransport and MatrixApi against a scripted local HTTP server: the failure modes a
// real Synapse will not produce on demand (oversized, stalled, hostile JSON shapes,
// redirects to another host).
#include "client/blocking.h"
#include "client/http_transport.h"
#include "client/matrix_api.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <functional>

using namespace nb;
using Kind = RequestFailure::Kind;
using json = nlohmann::json;

namespace {

// Answers each request with whatever the test's handler writes to the socket; a handler
// that writes nothing leaves the client waiting (for timeouts).
class ScriptedServer : public QObject {
public:
    struct Request {
        QByteArray verb, path, head, body;
    };
    std::function<void(const Request&, QTcpSocket*)> handler;
    QList<Request> requests;

    ScriptedServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    static void reply(QTcpSocket* s, int status, const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        // One request per connection: replaying a 307 POST on the kept-alive socket failed
        // now and then inside Qt ("Unknown error"), which is not what these tests are about.
        s->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
        s->flush();
        s->disconnectFromHost();
    }

private:
    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        r.head = buffer.left(end);
        const QList<QByteArray> first = r.head.split('\n').value(0).split(' ');
        r.verb = first.value(0);
        r.path = first.value(1);
        qsizetype length = 0;
        for (const QByteArray& line : r.head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests << r;
        handler(r, socket);
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

HttpResponse sendAndWait(
    HttpTransport& t, const QUrl& url, const QString& token = {}, int timeoutMs = -1, int* calls = nullptr)
{
    return waitFor<HttpResponse>([&](auto done) {
        t.send(
            "GET", url, {}, token,
            [done, calls](HttpResponse r) {
                if (calls)
                    ++*calls;
                done(Result<HttpResponse>::success(std::move(r)));
            },
            timeoutMs);
    }).value.value();
}

// Not a raw string: moc would read the "//" of the URL as a comment.
const QByteArray kLoginAnswer = "{\"user_id\":\"@a:b\",\"access_token\":\"SECRET\",\"device_id\":\"D\","
                                "\"well_known\":{\"m.homeserver\":{\"base_url\":\"https://hs.example/\"}}}";

} // namespace

class TestClientTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void successAndBearerHeader()
    {
        ScriptedServer server;
        server.handler = [](const auto&, QTcpSocket* s) { ScriptedServer::reply(s, 200, R"({"ok":true})"); };
        HttpTransport t;
        int calls = 0;
        auto r =
            sendAndWait(t, server.url().resolved(QUrl(QStringLiteral("/a"))), QStringLiteral("tok123"), -1, &calls);
        QVERIFY(r.ok());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"ok":true})"));
        QVERIFY(server.requests.value(0).head.contains("Authorization: Bearer tok123"));
        r = sendAndWait(t, server.url().resolved(QUrl(QStringLiteral("/b"))));
        QVERIFY(!server.requests.value(1).head.toLower().contains("authorization"));
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QCOMPARE(t.pendingCount(), 0);
    }

    // The redirect rule on its own (HttpTransport asks it before following any redirect).
    void redirectRule_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<bool>("follows");
        QTest::newRow("anonymous, other host") << "https://a.example/x"
                                               << "https://b.example/y" << false << true;
        QTest::newRow("anonymous, https to http") << "https://a.example/x"
                                                  << "http://a.example/x" << false << false;
        QTest::newRow("anonymous, http to https") << "http://a.example/x"
                                                  << "https://a.example/x" << false << true;
        QTest::newRow("anonymous, to ftp") << "https://a.example/x"
                                           << "ftp://a.example/x" << false << false;
        QTest::newRow("secret, same origin") << "https://a.example/x"
                                             << "https://a.example/y" << true << true;
        QTest::newRow("secret, default port spelt out") << "https://a.example/x"
                                                        << "https://a.example:443/y" << true << true;
        QTest::newRow("secret, other host") << "https://a.example/x"
                                            << "https://b.example/x" << true << false;
        QTest::newRow("secret, subdomain") << "https://a.example/x"
                                           << "https://evil.a.example/x" << true << false;
        QTest::newRow("secret, other port") << "https://a.example/x"
                                            << "https://a.example:8448/x" << true << false;
        QTest::newRow("secret, https to http same host") << "https://a.example/x"
                                                         << "http://a.example/x" << true << false;
        QTest::newRow("secret, http to https same host") << "http://a.example/x"
                                                         << "https://a.example/x" << true << false;
    }
    void redirectRule()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, secret);
        QFETCH(bool, follows);
        QCOMPARE(mayFollowRedirect(QUrl(from), QUrl(to), secret), follows);
    }

    // A MOCK server (two, on two ports: two origins) because a real Synapse cannot be made to
    // redirect on demand. The first answers every request with a redirect to the second (or
    // to itself); the second records what reaches it.
    void redirectsNeverCarrySecretsElsewhere_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("sameOrigin");
        QTest::addColumn<bool>("followed");
        QTest::newRow("token GET 302 to another host") << QByteArray("GET") << true << 302 << false << false;
        QTest::newRow("token GET 301 to another host") << QByteArray("GET") << true << 301 << false << false;
        QTest::newRow("token GET 307 to another host") << QByteArray("GET") << true << 307 << false << false;
        QTest::newRow("token PUT 308 to another host") << QByteArray("PUT") << true << 308 << false << false;
        QTest::newRow("login POST 307 to another host") << QByteArray("POST") << false << 307 << false << false;
        QTest::newRow("login POST 308 to another host") << QByteArray("POST") << false << 308 << false << false;
        QTest::newRow("login POST 302 to another host") << QByteArray("POST") << false << 302 << false << false;
        QTest::newRow("token GET 302 same origin") << QByteArray("GET") << true << 302 << true << true;
        QTest::newRow("login POST 307 same origin") << QByteArray("POST") << false << 307 << true << true;
        QTest::newRow("anonymous GET 302 to another host") << QByteArray("GET") << false << 302 << false << true;
    }
    void redirectsNeverCarrySecretsElsewhere()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        QFETCH(bool, sameOrigin);
        QFETCH(bool, followed);
        const QByteArray password = "hunter2-the-password";
        const QString token = withToken ? QStringLiteral("syt_the_access_token") : QString();
        ScriptedServer other;
        other.handler = [](const auto&, QTcpSocket* s) { ScriptedServer::reply(s, 200, R"({"landed":true})"); };
        ScriptedServer first;
        first.handler = [&](const ScriptedServer::Request& r, QTcpSocket* s) {
            if (r.path == "/landed") {
                ScriptedServer::reply(s, 200, R"({"landed":true})");
                return;
            }
            const QUrl target = (sameOrigin ? first.url() : other.url()).resolved(QUrl(QStringLiteral("/landed")));
            ScriptedServer::reply(s, status, "{}", "Location: " + target.toEncoded() + "\r\n");
        };
        HttpTransport t;
        const QByteArray body = verb == "GET" ? QByteArray() : "{\"password\":\"" + password + "\"}";
        const auto r = waitFor<HttpResponse>([&](auto done) {
            t.send(verb, first.url().resolved(QUrl(QStringLiteral("/_matrix/client/v3/login"))), body, token,
                [done](HttpResponse response) { done(Result<HttpResponse>::success(std::move(response))); });
        }).value.value();

        auto landedAt = [](const ScriptedServer& server) {
            return std::count_if(server.requests.cbegin(), server.requests.cend(),
                [](const ScriptedServer::Request& q) { return q.path == "/landed"; });
        };
        if (!followed) {
            QCOMPARE(r.failure.kind, Kind::BadResponse);
            // Named after the server that was asked, with the reason in words.
            QVERIFY2(r.failure.describe().contains(first.url().toDisplayString()), qPrintable(r.failure.describe()));
            QVERIFY2(r.failure.describe().contains(QStringLiteral("never sends those to another server")),
                qPrintable(r.failure.describe()));
            QTest::qWait(100); // anything Qt might still send would arrive by now
            QCOMPARE(other.requests.size(), 0); // neither the token nor the password, nor anything
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.failure.describe()));
        QCOMPARE(landedAt(sameOrigin ? first : other), 1);
        const ScriptedServer::Request& landed = (sameOrigin ? first : other).requests.last();
        QCOMPARE(landed.path, QByteArray("/landed"));
        // Followed within the origin: the token goes along (it is the same server), and a
        // 307 replays the body there.
        if (sameOrigin && withToken)
            QVERIFY(landed.head.contains("Authorization: Bearer syt_the_access_token"));
        if (sameOrigin && status == 307)
            QVERIFY(landed.body.contains(password));
        if (!sameOrigin) // only anonymous requests get here
            QVERIFY(!landed.head.toLower().contains("authorization"));
    }

    // The real login call: a 307 from the homeserver to another host. The password must
    // never reach it, and the user is told why the login failed.
    void loginIsNeverReplayedToAnotherHost()
    {
        ScriptedServer other;
        other.handler = [](const auto&, QTcpSocket* s) { ScriptedServer::reply(s, 200, kLoginAnswer); };
        ScriptedServer homeserver;
        homeserver.handler = [&other](const auto&, QTcpSocket* s) {
            ScriptedServer::reply(
                s, 307, "{}", "Location: " + other.url().toEncoded() + "/_matrix/client/v3/login\r\n");
        };
        HttpTransport t;
        MatrixApi api(t);
        api.setHomeserver(homeserver.url());
        const auto login = waitFor<LoginResponse>([&](auto done) {
            api.loginPassword(QStringLiteral("@alice:example.org"), QStringLiteral("hunter2"), {}, done);
        });
        QVERIFY(!login.ok());
        QCOMPARE(login.failure.kind, Kind::BadResponse);
        QVERIFY(homeserver.requests.value(0).body.contains("hunter2")); // it was sent where it was meant to go
        QTest::qWait(100);
        QCOMPARE(other.requests.size(), 0);
    }

    void refusalIsParsed()
    {
        ScriptedServer server;
        server.handler = [](const auto&, QTcpSocket* s) {
            ScriptedServer::reply(s, 403,
                R"({"errcode":"M_RESOURCE_LIMIT_EXCEEDED","error":"Monthly Active User Limit Exceeded","admin_contact":"mailto:a@b","limit_type":"monthly_active_user"})");
        };
        HttpTransport t;
        const auto r = sendAndWait(t, server.url());
        QCOMPARE(r.failure.kind, Kind::ServerRefused);
        QCOMPARE(r.failure.matrix.httpStatus, 403);
        QVERIFY(r.failure.matrix.isResourceLimit());
        QCOMPARE(r.failure.matrix.adminContact.value_or(QString()), QStringLiteral("mailto:a@b"));
    }

    void rateLimitWaitFromHeaderOrBody()
    {
        // Matrix 1.10 deprecates retry_after_ms for the Retry-After header; a server may
        // send either or both (Synapse sends both). The body's milliseconds win when present.
        ScriptedServer server;
        server.handler = [](const ScriptedServer::Request& r, QTcpSocket* s) {
            const QByteArray limited = R"({"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests")";
            if (r.path == "/header-only")
                ScriptedServer::reply(s, 429, limited + "}", "Retry-After: 7\r\n");
            else if (r.path == "/both")
                ScriptedServer::reply(s, 429, limited + R"(,"retry_after_ms":1250})", "Retry-After: 2\r\n");
            else
                ScriptedServer::reply(s, 429, limited + "}");
        };
        HttpTransport t;
        auto waitFor = [&](const char* path) {
            const auto r = sendAndWait(t, server.url().resolved(QUrl(QLatin1String(path))));
            return r.failure.matrix.retryAfterMs.value_or(-1);
        };
        QCOMPARE(waitFor("/header-only"), qint64(7000));
        QCOMPARE(waitFor("/both"), qint64(1250));
        QCOMPARE(waitFor("/neither"), qint64(-1)); // the retry policy's default applies
    }

    void announcedTooLargeStopsEarly()
    {
        ScriptedServer server;
        // Promises 100 MB, sends only the headers: the client must not wait for the body.
        server.handler = [](const auto&, QTcpSocket* s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{");
        };
        HttpTransport t(TransportOptions {1000, {}, 5000});
        QElapsedTimer clock;
        clock.start();
        const auto r = sendAndWait(t, server.url());
        QCOMPARE(r.failure.kind, Kind::TooLarge);
        QVERIFY2(clock.elapsed() < 4000, "must stop on the header, not on the timeout");
        QVERIFY(r.failure.describe().contains(QStringLiteral("too large")));
    }

    void streamedTooLarge()
    {
        ScriptedServer server;
        // No Content-Length: the body ends with the connection, and it is far over the cap.
        server.handler = [](const auto&, QTcpSocket* s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            s->write(QByteArray(200000, '1'));
        };
        HttpTransport t(TransportOptions {10000, {}, 5000});
        QElapsedTimer clock;
        clock.start();
        const auto r = sendAndWait(t, server.url());
        QCOMPARE(r.failure.kind, Kind::TooLarge);
        QVERIFY2(clock.elapsed() < 4000, "must stop while streaming, not on the timeout");
    }

    void stalledServerTimesOut()
    {
        ScriptedServer server;
        server.handler = [](const auto&, QTcpSocket*) {};
        HttpTransport t(TransportOptions {1000, {}, 60000});
        const auto r = sendAndWait(t, server.url(), {}, 300);
        QCOMPARE(r.failure.kind, Kind::Timeout);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        HttpTransport t;
        const auto r = sendAndWait(t, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(r.failure.kind, Kind::Unreachable);
        QCOMPARE(r.failure.detail, QStringLiteral("connection refused"));
    }

    void cancelAndDestroy()
    {
        ScriptedServer server;
        server.handler = [](const auto&, QTcpSocket*) {};
        HttpTransport t;
        int calls = 0;
        Kind kind = Kind::None;
        QPointer<QNetworkReply> reply = t.send("GET", server.url(), {}, {}, [&](HttpResponse r) {
            ++calls;
            kind = r.failure.kind;
        });
        QTRY_COMPARE(server.requests.size(), 1);
        reply->abort();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, Kind::Cancelled);

        calls = 0;
        auto doomed = std::make_unique<HttpTransport>();
        doomed->send("GET", server.url(), {}, {}, [&](HttpResponse r) {
            ++calls;
            kind = r.failure.kind;
        });
        QTRY_COMPARE(server.requests.size(), 2);
        doomed.reset();
        QCOMPARE(calls, 1);
        QCOMPARE(kind, Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    // Each endpoint turns an unexpected shape into BadResponse, never a crash or a value.
    void hostileShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("endpoint");
        const QByteArray deep =
            QByteArray(R"({"next_batch":"s","x":)") + QByteArray(200, '[') + QByteArray(200, ']') + '}';
        QTest::newRow("sync too deep") << deep << QStringLiteral("sync");
        QTest::newRow("sync no next_batch") << QByteArray(R"({"rooms":{}})") << QStringLiteral("sync");
        QTest::newRow("sync array") << QByteArray(R"([1])") << QStringLiteral("sync");
        QTest::newRow("sync html") << QByteArray("<html>hi</html>") << QStringLiteral("sync");
        QTest::newRow("whoami number") << QByteArray(R"({"user_id":5})") << QStringLiteral("whoami");
        QTest::newRow("tags array") << QByteArray(R"({"tags":[]})") << QStringLiteral("tags");
        QTest::newRow("state object") << QByteArray(R"({"a":1})") << QStringLiteral("state");
        QTest::newRow("admin string") << QByteArray(R"({"admin":"yes"})") << QStringLiteral("admin");
        QTest::newRow("users missing") << QByteArray(R"({"user":[]})") << QStringLiteral("users");
        QTest::newRow("login no token") << QByteArray(R"({"user_id":"@a:b","device_id":"D"})")
                                        << QStringLiteral("login");
    }
    void hostileShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, endpoint);
        ScriptedServer server;
        server.handler = [body](const auto&, QTcpSocket* s) { ScriptedServer::reply(s, 200, body); };
        HttpTransport t;
        MatrixApi api(t);
        api.setHomeserver(server.url());
        api.setAccessToken(QStringLiteral("t"));
        RequestFailure failure;
        bool gotValue = false;
        int calls = 0;
        auto note = [&](const auto& r) {
            ++calls;
            gotValue = r.ok();
            failure = r.failure;
        };
        if (endpoint == QStringLiteral("sync"))
            api.sync({}, {}, 0, false, note);
        else if (endpoint == QStringLiteral("whoami"))
            api.whoami(note);
        else if (endpoint == QStringLiteral("tags"))
            api.roomTags(QStringLiteral("@a:b"), QStringLiteral("!r:b"), note);
        else if (endpoint == QStringLiteral("state"))
            api.roomState(QStringLiteral("!r:b"), note);
        else if (endpoint == QStringLiteral("admin"))
            api.isServerAdmin(QStringLiteral("@a:b"), note);
        else if (endpoint == QStringLiteral("users"))
            api.listUsers({}, 10, note);
        else
            api.loginPassword(QStringLiteral("a"), QStringLiteral("pw"), {}, note);
        QTRY_COMPARE(calls, 1);
        QVERIFY(!gotValue);
        QCOMPARE(failure.kind, Kind::BadResponse);
        QVERIFY(!failure.describe().isEmpty());
    }

    void parsesTolerantShapes()
    {
        ScriptedServer server;
        server.handler = [](const ScriptedServer::Request& r, QTcpSocket* s) {
            if (r.path.startsWith("/_synapse/admin/v2/users"))
                ScriptedServer::reply(s, 200,
                    R"({"users":[{"name":"@a:b","admin":1,"deactivated":0},{"name":7},"junk",)"
                    R"({"name":"@c:b","admin":false,"is_guest":false,"user_type":"bot"}],"next_token":"100","total":3})");
            else
                ScriptedServer::reply(s, 200, kLoginAnswer);
        };
        HttpTransport t;
        MatrixApi api(t);
        api.setHomeserver(server.url());
        const auto page = waitFor<AdminUserPage>([&](auto done) { api.listUsers(QStringLiteral("50"), 10, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value->users.size(), 2);
        QVERIFY(page.value->users[0].admin);
        QCOMPARE(page.value->users[1].userType, QStringLiteral("bot"));
        QCOMPARE(page.value->nextToken, QStringLiteral("100"));
        QVERIFY(server.requests.last().path.contains("from=50&limit=10&guests=false&deactivated=false"));
        const auto login = waitFor<LoginResponse>([&](auto done) {
            api.loginPassword(QStringLiteral("@a:b"), QStringLiteral("p&w\"d"), QStringLiteral("dev"), done);
        });
        QVERIFY(login.ok());
        QCOMPARE(login.value->wellKnownHomeserver, QUrl(QStringLiteral("https://hs.example/")));
        const json sent = json::parse(server.requests.last().body.toStdString());
        QCOMPARE(sent.at("password").get<std::string>(), std::string("p&w\"d"));
        QCOMPARE(sent.at("identifier").at("user").get<std::string>(), std::string("@a:b"));
        QVERIFY(!server.requests.last().head.toLower().contains("authorization"));
    }

    void noHomeserverFailsAsynchronously()
    {
        HttpTransport t;
        MatrixApi api(t);
        bool called = false;
        api.versions([&](Result<ServerVersions> r) {
            called = true;
            QVERIFY(!r.ok());
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }
};

QTEST_GUILESS_MAIN(TestClientTransport)
#include "test_client_transport.moc"
