// Bad input costs nothing (issue 7): the real noticectl, run as the logged-in server
// admin of a real Synapse (so a command that is not refused really acts), given
// - a --journal that is not a journal: refused with exit 2, the file byte for byte as it was;
// - a --to-file that is not a regular file of sane size: refused with exit 2, never read;
// - misspelt options, missing values, absurd numbers, huge arguments: exit 2, naming
//   the option and the nearest known one;
// and in every row nothing reaches the recipient (their room count on the server is
// unchanged). Then server text that tries to steer the terminal (escape sequences in a
// room's name and topic, a notice's body, a reply) is shown neutralised in the text
// output and exact in the JSON output.
#include "admin_cli_fixture.h"
#include "test_campaign_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Kind, link target and content digest of what is at `path`.
QString fingerprint(const QString& path)
{
    struct stat info { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    if (S_ISLNK(info.st_mode))
        return QStringLiteral("link to ") + QFile::symLinkTarget(path);
    if (!S_ISREG(info.st_mode))
        return QStringLiteral("mode %1").arg(info.st_mode, 0, 8);
    return QStringLiteral("file of %1 bytes, sha1 %2")
        .arg(info.st_size)
        .arg(QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha1).toHex()));
}

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

// Characters a terminal acts on (see app/noticectl/terminal_text.h), line feeds and tabs aside.
bool hasActiveCharacter(const QString& text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\t')
            continue;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

class TestNoticectlInput : public QObject {
    Q_OBJECT
    AdminCliFixture fx;
    AdminCliFixture::User alice;
    std::unique_ptr<ApiSession> admin;
    QTemporaryDir dir;
    int journals = 0;

    // How many rooms alice is invited to or in, read on the server (admin API).
    int aliceRooms()
    {
        auto answer = admin->wait<json>([&](auto cb) {
            admin->api().call("GET",
                "/_synapse/admin/v1/users/" + MatrixApi::pathSegment(alice.account.userId) + "/memberships", {}, {},
                true, [cb](Result<json> r, const QUrl&) { cb(r); });
        });
        return answer.ok() ? int((*answer.value)["memberships"].size()) : -1;
    }

    // notify to alice by the server notices route with `journal`, plus `extra`.
    CliRun notify(const QString& journal, const QStringList& extra = {})
    {
        return fx.admin(
            QStringList {QStringLiteral("notify"), QStringLiteral("--to"), alice.account.userId,
                QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"), journal}
            + extra + QStringList {QStringLiteral("Bad input costs nothing.")});
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        alice = fx.user(QStringLiteral("alice"));
        admin = std::make_unique<ApiSession>(fx.synapse->baseUrl(), fx.synapse->adminToken(), fx.synapse->caFile());
        QCOMPARE(aliceRooms(), 0);
    }

    // --journal FILE where FILE is not a journal: one row per kind of file.
    void journalThatIsNotAJournal_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* kind, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(expected);
        };
        row("one-line JSON file", "json", "not a Noticeboard campaign journal");
        row("text file without final newline", "text-torn", "not a Noticeboard campaign journal");
        row("empty file", "empty", "empty file");
        row("symlink to a text file", "link", "symbolic link");
        row("directory", "directory", "is a directory");
        row("FIFO", "fifo", "named pipe");
        row("/dev/null", "/dev/null", "is a device");
        row("/dev/zero", "/dev/zero", "is a device");
        row("/dev/full", "/dev/full", "is a device");
    }

    void journalThatIsNotAJournal()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString path = dir.filePath(QStringLiteral("journal-%1").arg(++journals));
        if (kind == QLatin1String("json"))
            QVERIFY(writeFile(path, R"({"theme": "dark", "font": 12})"));
        else if (kind == QLatin1String("text-torn"))
            QVERIFY(writeFile(path, "first line\nlast line"));
        else if (kind == QLatin1String("empty"))
            QVERIFY(writeFile(path, {}));
        else if (kind == QLatin1String("link")) {
            QVERIFY(writeFile(path + QStringLiteral(".txt"), "notes\nlast line"));
            QVERIFY(QFile::link(path + QStringLiteral(".txt"), path));
        } else if (kind == QLatin1String("directory"))
            QVERIFY(QDir().mkdir(path));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            path = kind;
        const int roomsBefore = aliceRooms();
        const QString before = fingerprint(path);
        const QString targetBefore =
            kind == QLatin1String("link") ? fingerprint(path + QStringLiteral(".txt")) : QString();

        const CliRun run = notify(path);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.text().contains(expected), run.err.constData());
        QCOMPARE(fingerprint(path), before);
        if (kind == QLatin1String("link"))
            QCOMPARE(fingerprint(path + QStringLiteral(".txt")), targetBefore);
        QCOMPARE(aliceRooms(), roomsBefore);
    }

    // --to-file F where F is not a regular file of sane size.
    // Red-team note (issue 7): a new journal on a full disk exited 2 ("usage error") where
    // the help promises 1 ("journal not writable"). The disk is made full for noticectl
    // alone: RLIMIT_FSIZE in the child (writes past the limit fail with EFBIG, SIGXFSZ
    // ignored), which needs no root and no mount; the kernel's answer differs (EFBIG, not
    // ENOSPC) but the write fails the same way. Nothing reaches alice, and a journal
    // with no header is not left behind as a campaign.
    void journalOnAFullDisk()
    {
        const QString path = dir.filePath(QStringLiteral("full-disk.journal"));
        const int roomsBefore = aliceRooms();
        const CliRun run =
            fx.adminCli->run(QStringList {QStringLiteral("notify"), QStringLiteral("--to"), alice.account.userId,
                                 QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"),
                                 path, QStringLiteral("The disk is full.")},
                {}, [] {
                    ::signal(SIGXFSZ, SIG_IGN);
                    const rlimit limit {200, 200}; // the profile lock fits, the journal header (300+ bytes) does not
                    ::setrlimit(RLIMIT_FSIZE, &limit);
                });
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.text())));
        QVERIFY2(run.text().contains(QStringLiteral("full-disk.journal")), run.err.constData());
        QCOMPARE(aliceRooms(), roomsBefore);
        // The header is written to an unnamed file and linked only when whole: no torn
        // journal stands in the way of the rerun once there is room again.
        QCOMPARE(fingerprint(path), QStringLiteral("missing"));
        const CliRun again = notify(path);
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }

    void recipientListThatIsNotAFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* kind, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(expected);
        };
        row("/dev/zero (aborted with bad_alloc)", "/dev/zero", "is a device");
        row("/dev/full", "/dev/full", "is a device");
        row("/dev/null", "/dev/null", "is a device");
        row("FIFO (would wait for a writer)", "fifo", "named pipe");
        row("directory", "directory", "is a directory");
        row("missing file", "missing", "does not exist");
        row("sparse file of 200 MiB", "huge", "more than the 64.0 MiB");
    }

    void recipientListThatIsNotAFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString path = dir.filePath(QStringLiteral("list-%1").arg(++journals));
        if (kind == QLatin1String("directory"))
            QVERIFY(QDir().mkdir(path));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(alice.account.userId.toUtf8() + '\n');
            QVERIFY(file.resize(200LL << 20));
        } else if (kind != QLatin1String("missing"))
            path = kind;
        const QString journal = dir.filePath(QStringLiteral("unused-%1.jsonl").arg(journals));
        const int roomsBefore = aliceRooms();
        const CliRun run = fx.admin({QStringLiteral("notify"), QStringLiteral("--to-file"), path,
            QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"), journal,
            QStringLiteral("Bad input costs nothing.")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.text().contains(expected), run.err.constData());
        QVERIFY2(!QFile::exists(journal), "a journal was started");
        QCOMPARE(aliceRooms(), roomsBefore);
    }

    // Options a command does not take, missing values, absurd numbers, huge arguments.
    void badCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments"); // JOURNAL and ALICE are filled in
        QTest::addColumn<QString>("expected");
        const QString text = QStringLiteral("Bad input costs nothing.");
        auto notify = [&](std::initializer_list<const char*> extra) {
            return strings({"notify", "--to", "ALICE", "--via", "rooms", "--journal", "JOURNAL"}) + strings(extra)
                + QStringList {text};
        };
        auto row = [](const char* name, const QStringList& arguments, const char* expected) {
            QTest::newRow(name) << arguments << QString::fromUtf8(expected);
        };
        row("notify --alow-leave (went out under deny)", notify({"--alow-leave"}),
            "Unknown option --alow-leave for 'notify'. Did you mean --allow-leave?");
        row("notify --markdwon", notify({"--markdwon"}), "Did you mean --markdown?");
        row("notify --concurency 4", notify({"--concurency", "4"}), "Did you mean --concurrency?");
        row("notify --jurnal", strings({"notify", "--to", "ALICE", "--via", "rooms", "--jurnal", "JOURNAL", "Hi"}),
            "Did you mean --journal?");
        row("notify --Allow-Leave", notify({"--Allow-Leave"}), "Did you mean --allow-leave?");
        row("notify --clear (an option of usage-limit)", notify({"--clear"}), "It is an option of 'usage-limit'");
        row("notify --allow-leave=yes", notify({"--allow-leave=yes"}), "--allow-leave takes no value");
        row("notify --journal --json (missing value)",
            strings({"notify", "--to", "ALICE", "--via", "rooms", "--journal", "--json", "Hi"}),
            "--journal needs a value");
        row("notify ... --concurrency (last, no value)", strings({"notify", "--concurrency"}),
            "--concurrency needs a value");
        row("notify --journal twice", notify({"--journal", "JOURNAL"}), "--journal was given more than once");
        row("notify --concurrency 0", notify({"--concurrency", "0"}), "--concurrency must be a number from 1 to 64");
        row("notify --concurrency -5", notify({"--concurrency", "-5"}), "--concurrency must be a number from 1 to 64");
        row("notify --concurrency 99999999999", notify({"--concurrency", "99999999999"}),
            "--concurrency must be a number from 1 to 64");
        row("notify --concurrency 8x", notify({"--concurrency", "8x"}), "--concurrency must be a number from 1 to 64");
        row("notify with a 100 KiB text",
            strings({"notify", "--to", "ALICE", "--via", "rooms", "--journal", "JOURNAL"})
                << QString(100 * 1024, QLatin1Char('x')),
            "is 102400 bytes long; the most noticectl takes is 65536");
        row("notify --markdown, 42 KiB of text, 170 KiB as an event",
            strings({"notify", "--to", "ALICE", "--via", "rooms", "--markdown", "--journal", "JOURNAL"})
                << QStringLiteral("**a** ").repeated(7000),
            "bytes as a Matrix event");
        row("send --markdwon", strings({"send", "!room:example.org", "Hi", "--markdwon"}), "Did you mean --markdown?");
        row("room create --alow-leave",
            strings({"room", "create", "--preset", "notice", "--invite", "ALICE", "--alow-leave"}),
            "Did you mean --allow-leave?");
        row("inbox --jsn", strings({"inbox", "--jsn"}), "Did you mean --json?");
        row("accept --allow-leave", strings({"accept", "!room:example.org", "--allow-leave"}),
            "It is an option of 'notify', 'room'");
        row("notfy (a misspelt command)", strings({"notfy", "--to", "ALICE"}), "Did you mean 'notify'?");
        row("an option with escape sequences", strings({"inbox", "--\x1b[2Kx"}), "Unknown option --\\x1b[2Kx");
        // Red-team finding 02: one dash, a repeated flag, an argument a command does not take.
        row("notify -allow-leave (was sent as the notice)", notify({"-allow-leave"}),
            "-allow-leave is not an option: options start with two dashes (--allow-leave)");
        row("notify -markdown Hi",
            strings({"notify", "--to", "ALICE", "--via", "rooms", "--journal", "JOURNAL", "-markdown", "Hi"}),
            "(--markdown)");
        row("inbox --json --json", strings({"inbox", "--json", "--json"}), "--json was given more than once");
        row("inbox json", strings({"inbox", "json"}), "'inbox' takes no arguments; 'json' is one too many");
        row("status -json", strings({"status", "-json"}), "(--json)");
    }

    void badCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString journal = dir.filePath(QStringLiteral("typo-%1.jsonl").arg(++journals));
        arguments.replaceInStrings(QStringLiteral("JOURNAL"), journal);
        for (QString& argument : arguments)
            if (argument == QLatin1String("ALICE"))
                argument = alice.account.userId;
        const int roomsBefore = aliceRooms();
        const CliRun run = fx.admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        QVERIFY2(!hasActiveCharacter(QString::fromUtf8(run.err)), run.err.constData());
        QVERIFY2(!QFile::exists(journal), "a campaign was started");
        QCOMPARE(aliceRooms(), roomsBefore);
    }

    // Text after -- is text, even when it starts with --: the notice goes out as written.
    void textAfterDoubleDash()
    {
        const QString journal = dir.filePath(QStringLiteral("dashes.jsonl"));
        const CliRun run = fx.admin({QStringLiteral("notify"), QStringLiteral("--to"), alice.account.userId,
            QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--journal"), journal,
            QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("--allow-leave is not an option here")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("sent", -1), 1);
        const auto counts =
            countReceived(admin->api(), {alice.account.userId}, QStringLiteral("--allow-leave is not an option here"),
                QString::fromStdString(run.json().value("campaign", std::string())));
        QCOMPARE(counts[alice.account.userId].messages, 1);
    }

    // Server text that tries to steer the terminal, in every place noticectl prints it.
    void hostileTextIsNeutralised()
    {
        const QString esc(QChar(0x1b));
        const QString wipe = esc + QStringLiteral("[1A") + esc + QStringLiteral("[2K");
        const QString name =
            QStringLiteral("Billing") + wipe + QStringLiteral("OFFICIAL: verify") + QChar(0x9b) + QStringLiteral("2J");
        const QString topic = QStringLiteral("topic") + QChar(0x202e) + QStringLiteral("lanoitanretni");
        const QString body = QStringLiteral("Hello\r") + wipe + esc + QStringLiteral("]0;title") + QChar(0x07)
            + QStringLiteral("Your password expired: see https://evil.example");
        const CliRun created = fx.admin({QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("notice"), QStringLiteral("--invite"), alice.account.userId, QStringLiteral("--name"), name,
            QStringLiteral("--topic"), topic, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString roomId = QString::fromStdString(created.json().value("room_id", std::string()));
        QCOMPARE(fx.admin({QStringLiteral("send"), roomId, body}).exitCode, 0);
        QCOMPARE(alice.cli->run({QStringLiteral("accept"), roomId}).exitCode, 0);
        const QString reply = QStringLiteral("thanks") + wipe + QStringLiteral("admin: all good") + QChar(0x2067);
        QCOMPARE(alice.cli->run({QStringLiteral("reply"), roomId, reply}).exitCode, 0);

        const CliRun inbox = alice.cli->run({QStringLiteral("inbox")});
        QCOMPARE(inbox.exitCode, 0);
        const QString shown = QString::fromUtf8(inbox.out + inbox.err);
        QVERIFY2(!hasActiveCharacter(shown), inbox.out.constData());
        QVERIFY2(shown.contains(QStringLiteral("\\x1b[1A\\x1b[2K")), inbox.out.constData());

        const CliRun sent = fx.admin({QStringLiteral("admin"), QStringLiteral("sent")});
        QCOMPARE(sent.exitCode, 0);
        const QString sentText = QString::fromUtf8(sent.out + sent.err);
        QVERIFY2(!hasActiveCharacter(sentText), sent.out.constData());
        QVERIFY2(sentText.contains(QStringLiteral("\\x9b2J")), sent.out.constData());
        QVERIFY2(sentText.contains(QStringLiteral("\\u2067")), sent.out.constData());

        // JSON keeps the server's text exactly (its escaping already makes it safe).
        const CliRun asJson = alice.cli->run({QStringLiteral("inbox"), QStringLiteral("--json")});
        const json room = roomIn(asJson.json(), roomId);
        QCOMPARE(QString::fromStdString(room.value("name", std::string())), name);
        QCOMPARE(QString::fromStdString(room.value("topic", std::string())), topic);
        bool found = false;
        for (const auto& notice : room.value("notices", json::array()))
            found = found || QString::fromStdString(notice.value("body", std::string())) == body;
        QVERIFY2(found, asJson.out.constData());
        QVERIFY2(!asJson.out.contains('\x1b'), "raw ESC in JSON output");

        // An error quoting what it was given (here a room ID) is neutralised too.
        const CliRun failed = alice.cli->run({QStringLiteral("read"), QStringLiteral("!nope") + wipe});
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(!hasActiveCharacter(QString::fromUtf8(failed.out + failed.err)), failed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestNoticectlInput)
#include "test_noticectl_input.moc"
