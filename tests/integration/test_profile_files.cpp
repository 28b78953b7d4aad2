// The profile folder under attack and decay, through the real noticectl against a real
// Synapse: links planted in place of the profile's files are refused and their targets
// left alone; damaged files (truncated, garbage, wrong types, a folder in a file's place,
// one bad entry among good ones) are said in words, the saved notices are fetched again,
// and the session and token stay wherever they can still be read; a login as another
// user, and a logout, leave no token behind.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

int modeOf(const QString& path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Copies the files of a logged-in profile into `to`, so each row starts from the same
// session without logging in again (the rows never log out).
void copyProfile(const QString& from, const QString& to)
{
    for (const char* name : {"session.json", "token.json", "settings.json", "store.json"}) {
        const QString source = from + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(source))
            QVERIFY(QFile::copy(source, to + QLatin1Char('/') + QLatin1String(name)));
    }
}

// Every file under `dir` whose bytes contain one of `secrets`.
QStringList filesHolding(const QString& dir, const QList<QByteArray>& secrets)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        for (const QByteArray& secret : secrets)
            if (!secret.isEmpty() && bytes.contains(secret))
                found << path;
    }
    return found;
}

} // namespace

class TestProfileFiles : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<ApiSession> admin;
    testsupport::SynapseInstance::User alice, bob;
    std::unique_ptr<CliProfile> loggedIn; // alice, with two notice rooms in store.json
    QString legacyRoom, msc4279Room;

    CliRun login(const CliProfile& cli, const testsupport::SynapseInstance::User& user)
    {
        return cli.run(
            {QStringLiteral("login"), QStringLiteral("--user"), user.userId, QStringLiteral("--password-stdin")},
            user.password.toUtf8() + '\n');
    }

    QStringList roomIds(const json& inbox)
    {
        QStringList ids;
        if (inbox.is_object() && inbox.contains("notice_rooms"))
            for (const auto& room : inbox["notice_rooms"])
                ids << QString::fromStdString(room.value("room_id", std::string()));
        return ids;
    }

private slots:
    void initTestCase()
    {
        // noticectl logs in as alice and bob more than 5 times, all from 127.0.0.1: stock
        // rc_login.address allows 5, then 1 per ~333 s (the 429 is reported, not waited out).
        testsupport::SynapseOptions options;
        options.relaxRateLimitsBecause = QStringLiteral(
            "logs in with noticectl more than 5 times from 127.0.0.1 (stock rc_login: 5, then 1 per ~333 s)");
        synapse = std::make_unique<testsupport::SynapseInstance>(options);
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        bob = synapse->registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
        QVERIFY(!alice.accessToken.isEmpty() && !bob.accessToken.isEmpty());
        admin = std::make_unique<ApiSession>(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        QVERIFY(
            !admin->serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "Maintenance on Sunday."}}).isEmpty());
        msc4279Room =
            admin->createRoom(noticeRoomBody(synapse->adminUserId(), alice.userId, true, "deny", "Account review"));
        QVERIFY(!msc4279Room.isEmpty());

        loggedIn = std::make_unique<CliProfile>(synapse->caFile());
        const CliRun in = login(*loggedIn, alice);
        QVERIFY2(in.exitCode == 0, in.err.constData());
        const CliRun inbox = loggedIn->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        QCOMPARE(inbox.exitCode, 0);
        QCOMPARE(roomIds(inbox.json()).size(), 2);
        for (const QString& id : roomIds(inbox.json()))
            if (id != msc4279Room)
                legacyRoom = id;
        QVERIFY(QFileInfo::exists(loggedIn->path() + QStringLiteral("/store.json")));
        QVERIFY(QFileInfo::exists(loggedIn->path() + QStringLiteral("/settings.json")));
    }

    // A link in place of a profile file: never read, written or chmod-ed through.
    void linksAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("loggedInFirst"); // else: the command is a login on a fresh profile
        for (const char* file : {"token.json", "session.json", "settings.json", "store.json"}) {
            QTest::addRow("%s, login", file) << QString::fromLatin1(file) << false;
            QTest::addRow("%s, inbox", file) << QString::fromLatin1(file) << true;
        }
    }

    void linksAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(bool, loggedInFirst);
        CliProfile cli(synapse->caFile());
        if (loggedInFirst)
            copyProfile(loggedIn->path(), cli.path());
        const QString name = cli.path() + QLatin1Char('/') + file;
        // The target is what a link would make us read, chmod or overwrite: a copy of the
        // real file (so following it "works"), world-readable, outside the profile.
        QTemporaryDir elsewhere;
        const QString decoy = elsewhere.filePath(QStringLiteral("decoy"));
        const QByteArray decoyBytes =
            QFileInfo::exists(name) ? readAll(name) : QByteArray("root:$y$j9T$secret:19700:0:99999:7:::\n");
        writeAll(decoy, decoyBytes);
        QVERIFY(QFile::setPermissions(
            decoy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile::remove(name);
        QVERIFY(QFile::link(decoy, name));

        const CliRun run =
            loggedInFirst ? cli.run({QStringLiteral("inbox"), QStringLiteral("--json")}) : login(cli, alice);

        QVERIFY2(run.exitCode >= 0, "noticectl crashed");
        QCOMPARE(readAll(decoy), decoyBytes);
        QCOMPARE(modeOf(decoy), 0644);
        QVERIFY2(QFileInfo(name).isSymLink(), "the link itself is left for the user to look at");
        QVERIFY2(run.err.contains("symbolic link"), run.err.constData());
        // A link where the saved notices or the settings go costs those only: the session works.
        const bool sessionUsable =
            loggedInFirst && (file == QLatin1String("store.json") || file == QLatin1String("settings.json"));
        QCOMPARE(run.exitCode, sessionUsable ? 0 : 2);
        if (sessionUsable) {
            QCOMPARE(roomIds(run.json()).size(), 2);
            // The command worked: noticectl says what the link costs and until when, not "try
            // again" (the log's save warning below it may still say how to save the file).
            QByteArray said;
            for (const QByteArray& line : run.err.split('\n'))
                if (line.startsWith("noticectl: "))
                    said = line;
            QVERIFY2(said.contains("until it is removed"), run.err.constData());
            QVERIFY2(!said.contains("try again"), run.err.constData());
        }
    }

    // A damaged file: said in words, never a crash; the notices come back from the server;
    // the session is kept wherever it can still be read.
    void damagedFilesSayWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // "<dir>": a folder in the file's place; "<half>": truncated
        QTest::addColumn<int>("exitCode"); // of `inbox --json`
        QTest::addColumn<QString>("message"); // on stderr

        const QString store = QStringLiteral("store.json");
        QTest::newRow("store truncated") << store << QByteArray("<half>") << 0 << QStringLiteral("fetched again");
        QTest::newRow("store empty") << store << QByteArray() << 0 << QStringLiteral("fetched again");
        QTest::newRow("store garbage") << store << QByteArray("\x00\xff garbage {[") << 0
                                       << QStringLiteral("fetched again");
        QTest::newRow("store wrong types") << store << QByteArray(R"({"version":"1","rooms":[1,2],"next_batch":7})")
                                           << 0 << QStringLiteral("fetched again");
        QTest::newRow("store folder") << store << QByteArray("<dir>") << 0 << QStringLiteral("is a folder");
        QTest::newRow("store one bad room")
            << store << QByteArray("<bad-room>") << 0 << QStringLiteral("fetched again");

        const QString settings = QStringLiteral("settings.json");
        QTest::newRow("settings truncated") << settings << QByteArray("<half>") << 0 << QStringLiteral("settings");
        QTest::newRow("settings garbage")
            << settings << QByteArray("\x01\x02 not json") << 0 << QStringLiteral("settings");
        QTest::newRow("settings wrong types")
            << settings << QByteArray(R"({"version":2,"accounts":[5,"x",{"user_id":[]}]})") << 0
            << QStringLiteral("settings");
        QTest::newRow("settings folder") << settings << QByteArray("<dir>") << 0 << QStringLiteral("is a folder");

        const QString session = QStringLiteral("session.json");
        QTest::newRow("session truncated") << session << QByteArray("<half>") << 2 << QStringLiteral("damaged");
        QTest::newRow("session empty") << session << QByteArray() << 2 << QStringLiteral("damaged");
        QTest::newRow("session garbage") << session << QByteArray("\xfe\xfe") << 2 << QStringLiteral("damaged");
        QTest::newRow("session wrong types")
            << session << QByteArray(R"({"user_id":5,"homeserver":["x"]})") << 2 << QStringLiteral("damaged");
        QTest::newRow("session folder") << session << QByteArray("<dir>") << 2 << QStringLiteral("is a folder");
        // Only the device ID is unreadable: the session is still good.
        QTest::newRow("session one bad entry") << session << QByteArray("<bad-device>") << 0 << QString();

        const QString token = QStringLiteral("token.json");
        QTest::newRow("token truncated") << token << QByteArray("<half>") << 2 << QStringLiteral("damaged");
        QTest::newRow("token garbage") << token << QByteArray("garbage") << 2 << QStringLiteral("damaged");
        QTest::newRow("token wrong types")
            << token << QByteArray(R"({"version":1,"tokens":["x"]})") << 2 << QStringLiteral("damaged");
        QTest::newRow("token folder") << token << QByteArray("<dir>") << 2 << QStringLiteral("is a folder");
        // Another user's entry is unreadable: alice's token still signs her in.
        QTest::newRow("token one bad entry") << token << QByteArray("<bad-other>") << 0 << QString();
    }

    void damagedFilesSayWhy()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        CliProfile cli(synapse->caFile());
        copyProfile(loggedIn->path(), cli.path());
        const QString path = cli.path() + QLatin1Char('/') + file;
        const QByteArray original = readAll(path);
        json parsed = json::parse(original.cbegin(), original.cend(), nullptr, false);
        if (content == "<half>") {
            content = original.left(original.size() / 2);
        } else if (content == "<bad-room>") {
            parsed["rooms"][legacyRoom.toStdString()] = "unreadable";
            content = QByteArray::fromStdString(parsed.dump());
        } else if (content == "<bad-device>") {
            parsed["device_id"] = json::array({1, 2});
            content = QByteArray::fromStdString(parsed.dump());
        } else if (content == "<bad-other>") {
            parsed["tokens"]["@someone:else.example"] = 42;
            content = QByteArray::fromStdString(parsed.dump());
        }
        const QByteArray tokenBefore = readAll(cli.path() + QStringLiteral("/token.json"));
        if (content == "<dir>") {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkdir(path));
        } else {
            writeAll(path, content);
        }

        const CliRun run = cli.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode >= 0, "noticectl crashed");
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        if (!message.isEmpty())
            QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        if (exitCode == 0) {
            // Every notice room is there: the damaged store was rebuilt from the server.
            const QStringList rooms = roomIds(run.json());
            QVERIFY2(rooms.contains(legacyRoom) && rooms.contains(msc4279Room), run.out.constData());
        } else {
            QVERIFY2(run.err.contains("Log in again") || run.err.contains("try again"), run.err.constData());
        }
        // The token stays where it was unless its own file was the damaged one.
        if (file != QLatin1String("token.json"))
            QCOMPARE(readAll(cli.path() + QStringLiteral("/token.json")), tokenBefore);
    }

    // A login as someone else on the same profile takes the previous user's token away;
    // a logout leaves no token anywhere in the profile.
    void tokensLeaveWithTheirUser()
    {
        CliProfile cli(synapse->caFile());
        QCOMPARE(login(cli, alice).exitCode, 0);
        const QByteArray aliceToken = readAll(cli.path() + QStringLiteral("/token.json"));
        const json aliceFile = json::parse(aliceToken.cbegin(), aliceToken.cend(), nullptr, false);
        const QByteArray aliceSecret =
            QByteArray::fromStdString(aliceFile["tokens"].value(alice.userId.toStdString(), std::string()));
        QVERIFY(!aliceSecret.isEmpty());

        QCOMPARE(login(cli, bob).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("inbox")}).exitCode, 0);
        QVERIFY2(filesHolding(cli.path(), {aliceSecret}).isEmpty(), "alice's token outlived her session");
        const QByteArray bobFile = readAll(cli.path() + QStringLiteral("/token.json"));
        const json bobTokens = json::parse(bobFile.cbegin(), bobFile.cend(), nullptr, false)["tokens"];
        QCOMPARE(bobTokens.size(), 1u);
        const QByteArray bobSecret =
            QByteArray::fromStdString(bobTokens.value(bob.userId.toStdString(), std::string()));
        QVERIFY(!bobSecret.isEmpty());

        const CliRun out = cli.run({QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY2(filesHolding(cli.path(), {aliceSecret, bobSecret}).isEmpty(), "a token stayed on disk");
        for (const char* name : {"token.json", "session.json", "store.json"})
            QVERIFY2(!QFileInfo::exists(cli.path() + QLatin1Char('/') + QLatin1String(name)), name);
    }

    // Logging out when the session cannot be restored still removes the token.
    void logoutWithADamagedSessionLeavesNoToken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("session garbage") << QStringLiteral("session.json") << QByteArray("garbage");
        QTest::newRow("session wrong types") << QStringLiteral("session.json") << QByteArray(R"({"user_id":1})");
        QTest::newRow("token garbage") << QStringLiteral("token.json") << QByteArray("{\"tokens\": 1");
    }

    void logoutWithADamagedSessionLeavesNoToken()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        CliProfile cli(synapse->caFile());
        QCOMPARE(login(cli, alice).exitCode, 0);
        const QByteArray stored = readAll(cli.path() + QStringLiteral("/token.json"));
        const json tokens = json::parse(stored.cbegin(), stored.cend(), nullptr, false)["tokens"];
        const QByteArray secret = QByteArray::fromStdString(tokens.value(alice.userId.toStdString(), std::string()));
        QVERIFY(!secret.isEmpty());
        writeAll(cli.path() + QLatin1Char('/') + file, content);

        const CliRun out = cli.run({QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY2(filesHolding(cli.path(), {secret}).isEmpty(), "the token stayed on disk");
        QVERIFY(!QFileInfo::exists(cli.path() + QStringLiteral("/token.json")));
        QVERIFY(!QFileInfo::exists(cli.path() + QStringLiteral("/session.json")));
        QCOMPARE(cli.run({QStringLiteral("logout")}).exitCode, 2); // now there is nothing to log out
    }
};

QTEST_GUILESS_MAIN(TestProfileFiles)
#include "test_profile_files.moc"
