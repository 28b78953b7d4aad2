// Client library pieces that need no server: failure texts, Result, transaction IDs,
// URL building, bounded JSON, session and token files (real files, real permissions).
#include "client/blocking.h"
#include "client/bounded_json.h"
#include "client/file_token_vault.h"
#include "client/matrix_api.h"
#include "client/request_failure.h"
#include "client/session_store.h"
#include "client/token_vault.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <sys/stat.h>

using namespace nb;
using Kind = RequestFailure::Kind;

namespace {

constexpr QFileDevice::Permissions kOwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The permission bits as the OS reports them (QFileInfo adds ReadUser etc. on top).
int modeOf(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestClientFailure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describeUnreachable()
    {
        const auto f = RequestFailure::make(Kind::Unreachable, QStringLiteral("connection refused"),
            QUrl(QStringLiteral("https://x.example:8448/_matrix/client/v3/sync?since=SECRET")));
        const QString text = f.describe();
        QCOMPARE(text,
            QStringLiteral("Could not reach the server at https://x.example:8448 (connection refused). Check the "
                           "address and your network."));
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
    }
    void describeTls()
    {
        const auto f = RequestFailure::make(Kind::Tls, QStringLiteral("The certificate is self-signed, and untrusted"),
            QUrl(QStringLiteral("https://localhost:9999/_matrix/client/versions")));
        QCOMPARE(f.describe(),
            QStringLiteral("The server's TLS certificate is not valid for localhost: The certificate is self-signed, "
                           "and untrusted. The connection was refused for your safety."));
    }
    void describeServerRefusedUsesMatrixWords()
    {
        RequestFailure f = RequestFailure::make(Kind::ServerRefused);
        f.matrix = parseMatrixError(403, R"({"errcode":"M_FORBIDDEN","error":"Invalid username or password"})");
        QCOMPARE(f.describe(), describeMatrixError(f.matrix));
        QVERIFY(f.describe().contains(QStringLiteral("password is wrong")));
    }
    void describeOtherKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("timeout") << int(Kind::Timeout) << QStringLiteral("did not answer in time");
        QTest::newRow("bad") << int(Kind::BadResponse) << QStringLiteral("cannot use (why)");
        QTest::newRow("large") << int(Kind::TooLarge) << QStringLiteral("too large (why)");
        QTest::newRow("cancel") << int(Kind::Cancelled) << QStringLiteral("cancelled");
        QTest::newRow("unknown") << int(Kind::UnknownServer)
                                 << QStringLiteral("No Matrix server could be found at h.example (why)");
    }
    void describeOtherKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, mustContain);
        const auto f =
            RequestFailure::make(Kind(kind), QStringLiteral("why"), QUrl(QStringLiteral("https://h.example/p")));
        QVERIFY2(f.describe().contains(mustContain), qPrintable(f.describe()));
        QVERIFY(f.describe().endsWith(QLatin1Char('.')));
    }

    void resultSemantics()
    {
        Result<int> none;
        QVERIFY(!none.ok());
        auto good = Result<int>::success(0); // a falsy value is still a value
        QVERIFY(good.ok());
        QCOMPARE(*good.value, 0);
        QCOMPARE(good.failure.kind, Kind::None);
        auto bad = Result<int>::fail(RequestFailure::make(Kind::Timeout));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.failure.kind, Kind::Timeout);
        // A "failure" without a kind must not read as success-without-value.
        QCOMPARE(Result<Empty>::fail(RequestFailure {}).failure.kind, Kind::BadResponse);
        QVERIFY(Result<Empty>::success({}).ok());
    }

    void transactionIds()
    {
        const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9.-]{16,64}$"));
        QSet<QString> seen;
        for (int i = 0; i < 5000; ++i) {
            const QString id = MatrixApi::generateTransactionId();
            QVERIFY2(safe.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 5000);
    }

    void endpointUrlsAreEncoded()
    {
        HttpTransport transport;
        MatrixApi api(transport);
        api.setHomeserver(QUrl(QStringLiteral("https://hs.example:8448/prefix/")));
        const QUrl url =
            api.endpointUrl("/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(QStringLiteral("!r/x?:hs")) + "/send",
                {{"filter", QStringLiteral("{\"a\":\"b+c&d\"}")}, {"since", QStringLiteral("s1_2")}});
        QCOMPARE(url.toEncoded(),
            QByteArray("https://hs.example:8448/prefix/_matrix/client/v3/rooms/%21r%2Fx%3F%3Ahs/send"
                       "?filter=%7B%22a%22%3A%22b%2Bc%26d%22%7D&since=s1_2"));
        // A base typed with a trailing slash (or query) must not produce "//_matrix".
        api.setHomeserver(QUrl(QStringLiteral("https://hs.example/?q#f")));
        QCOMPARE(api.endpointUrl("/_matrix/client/versions", {}).toEncoded(),
            QByteArray("https://hs.example/_matrix/client/versions"));
        QCOMPARE(api.homeserver(), QUrl(QStringLiteral("https://hs.example")));
    }

    void boundedJson()
    {
        QVERIFY(parseBoundedJson(nested(64)).has_value());
        QString why;
        QVERIFY(!parseBoundedJson(nested(65), &why).has_value());
        QVERIFY(why.contains(QStringLiteral("nested")));
        QVERIFY(!parseBoundedJson(nested(100000), &why).has_value());
        QVERIFY(!parseBoundedJson("{\"a\":", &why).has_value());
        QVERIFY(why.contains(QStringLiteral("not valid JSON")));
        const auto ok = parseBoundedJson(R"({"next_batch":"s1"})");
        QVERIFY(ok && ok->is_object());
    }

    void sessionRoundTripWithoutToken()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile/deeper"));
        SessionStore store(profile);
        QVERIFY(!store.load());
        Session s {QUrl(QStringLiteral("https://localhost:8448")), QStringLiteral("localhost:8448"),
            QStringLiteral("@alice:localhost:8448"), QStringLiteral("DEVICE1"), QStringLiteral("syt_SECRET_TOKEN")};
        const mode_t old = ::umask(0); // the file must be private whatever the umask
        QString error;
        const bool saved = store.save(s, &error);
        ::umask(old);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(modeOf(store.sessionFile()), 0600);
        QCOMPARE(modeOf(profile), 0700);
        QFile file(store.sessionFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("SECRET"));
        const auto loaded = store.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->homeserver, s.homeserver);
        QCOMPARE(loaded->serverName, s.serverName);
        QCOMPARE(loaded->userId, s.userId);
        QCOMPARE(loaded->deviceId, s.deviceId);
        QVERIFY(loaded->accessToken.isEmpty());
        // Rewriting keeps it private even if someone loosened it.
        QVERIFY(QFile::setPermissions(store.sessionFile(), kOwnerRw | QFileDevice::ReadOther));
        QVERIFY(store.save(s));
        QCOMPARE(modeOf(store.sessionFile()), 0600);
        store.clear();
        QVERIFY(!QFileInfo::exists(store.sessionFile()));
        QVERIFY(!store.load());
    }

    void sessionStoreRejectsGarbage()
    {
        QTemporaryDir dir;
        SessionStore store(dir.path());
        for (const QByteArray& junk : {QByteArray("not json"), QByteArray("[]"), QByteArray(R"({"user_id":5})"),
                 QByteArray(R"({"homeserver":"x","user_id":"@a:b"})"), nested(500)}) {
            QFile f(store.sessionFile());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(junk);
            f.close();
            QVERIFY2(!store.load(), junk.left(40).constData());
        }
    }

    void defaultProfileDirFollowsEnvironment()
    {
        qputenv("NOTICEBOARD_PROFILE", "/tmp/nb-profile-test");
        QCOMPARE(SessionStore::defaultProfileDir(), QStringLiteral("/tmp/nb-profile-test"));
        qunsetenv("NOTICEBOARD_PROFILE");
        QVERIFY(SessionStore::defaultProfileDir().endsWith(QStringLiteral("/Noticeboard/noticeboard")));
    }

    void fileTokenVault()
    {
        QTemporaryDir dir;
        FileTokenVault vault(dir.path());
        QVERIFY(vault.storageDescription().contains(vault.filePath()));
        bool calledNow = false;
        vault.store(QStringLiteral("@a:hs"), QStringLiteral("tok-A"), [&](bool, QString) { calledNow = true; });
        QVERIFY(!calledNow); // always asynchronous, like the keychain
        QTRY_VERIFY(calledNow);
        QCOMPARE(modeOf(vault.filePath()), 0600);

        auto store = [&](const QString& user, const QString& token) {
            return waitFor<bool>([&](auto done) {
                vault.store(user, token, [done](bool ok, QString error) {
                    done(ok ? Result<bool>::success(true)
                            : Result<bool>::fail(RequestFailure::make(Kind::BadResponse, error)));
                });
            });
        };
        auto load = [&](const QString& user) {
            return waitFor<std::optional<QString>>([&](auto done) {
                vault.load(user, [done](std::optional<QString> token, QString) {
                    done(Result<std::optional<QString>>::success(token));
                });
            });
        };
        QVERIFY(store(QStringLiteral("@b:hs"), QStringLiteral("tok-B")).ok());
        QCOMPARE(load(QStringLiteral("@a:hs")).value->value_or(QString()), QStringLiteral("tok-A"));
        QCOMPARE(load(QStringLiteral("@b:hs")).value->value_or(QString()), QStringLiteral("tok-B"));
        QVERIFY(!load(QStringLiteral("@c:hs")).value->has_value());

        // A file someone made readable to others is tightened on the next read.
        QVERIFY(QFile::setPermissions(vault.filePath(), kOwnerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(load(QStringLiteral("@a:hs")).value->has_value());
        QCOMPARE(modeOf(vault.filePath()), 0600);

        bool removed = false;
        vault.remove(QStringLiteral("@a:hs"), [&](bool ok, QString) { removed = ok; });
        QTRY_VERIFY(removed);
        QVERIFY(!load(QStringLiteral("@a:hs")).value->has_value());
        QCOMPARE(load(QStringLiteral("@b:hs")).value->value_or(QString()), QStringLiteral("tok-B"));
    }

    void vaultSelectionHonoursEnvironment()
    {
        QTemporaryDir dir;
        qputenv("NOTICEBOARD_TOKEN_STORE", "file");
        std::unique_ptr<TokenVault> vault;
        makeTokenVault(dir.path(), [&](std::unique_ptr<TokenVault> v) { vault = std::move(v); });
        QTRY_VERIFY(vault != nullptr);
        QVERIFY(vault->storageDescription().startsWith(QStringLiteral("a file readable only by you: ")));
        QVERIFY(vault->storageDescription().contains(dir.path()));

        // Not forced, but no D-Bus session (CI): the keychain cannot work, the file is used.
        qunsetenv("NOTICEBOARD_TOKEN_STORE");
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        vault.reset();
        makeTokenVault(dir.path(), [&](std::unique_ptr<TokenVault> v) { vault = std::move(v); });
        QTRY_VERIFY(vault != nullptr);
        QVERIFY(vault->storageDescription().startsWith(QStringLiteral("a file readable only by you: ")));
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }

    void waitForSurvivesLateCallbacks()
    {
        const auto r =
            waitFor<int>([](auto done) { QTimer::singleShot(10, [done] { done(Result<int>::success(7)); }); });
        QVERIFY(r.ok());
        QCOMPARE(*r.value, 7);
        const auto immediate = waitFor<int>([](auto done) { done(Result<int>::success(8)); });
        QCOMPARE(*immediate.value, 8);
    }
};

QTEST_GUILESS_MAIN(TestClientFailure)
#include "test_client_failure.moc"
