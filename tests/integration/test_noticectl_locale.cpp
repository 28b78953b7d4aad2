// noticectl follows the locale (issue 9, translations): under LANG=de_DE.UTF-8 its help and
// its refusals are German, under LANG=fr_FR.UTF-8 French, while --json output and exit codes
// are exactly what they are under LANG=C. Against a real Synapse, so the JSON compared is a
// real inbox and status, not an error. No glibc locale needs to be generated: Qt reads
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG itself.
//
// The user has a usage limit pinned in the server-notices room (what Synapse's resource-limit
// notices send), so status and inbox list real lines: the limit's sentence, its contact, the
// table's headings and words, all translated, while the server's own words (the notice's body,
// the contact address, room IDs) are shown as sent.
//
// The server's administrator (a second profile) sees the admin actions' messages and the
// campaigns' progress, refusals and per-recipient reasons in the locale's language too, while
// `notify --json`, `campaign show --json` and the campaign's journal keep the English.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::testing;

namespace {

// Runs `arguments` with only these locale variables set (CliProfile passes on our environment).
CliRun runIn(const CliProfile& cli, const QStringList& arguments, const QByteArray& lang, const QByteArray& language)
{
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", lang);
    if (language.isEmpty())
        qunsetenv("LANGUAGE");
    else
        qputenv("LANGUAGE", language);
    return cli.run(arguments);
}

// The same command under LANG=C and under the locale: `english` in the one, `translated` and
// not `english` in the other, and the same exit code.
void compareLocales(const CliProfile& cli, const QStringList& arguments, const QByteArray& lang,
    const QByteArray& language, const QString& english, const QString& translated)
{
    const CliRun plain = runIn(cli, arguments, "C", {});
    const CliRun local = runIn(cli, arguments, lang, language);
    QVERIFY2(plain.text().contains(english), qPrintable(plain.text()));
    QVERIFY2(local.text().contains(translated), qPrintable(local.text()));
    QVERIFY2(!local.text().contains(english), qPrintable(local.text()));
    QCOMPARE(local.exitCode, plain.exitCode);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestNoticectlLocale : public QObject {
    Q_OBJECT
    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<CliProfile> cli;
    QString serverNoticesRoom; // alice's, opened in initTestCase
    QString alice; // her user ID
    std::unique_ptr<CliProfile> adminCli; // the harness's server administrator
    QString carol; // deactivated: a campaign skips her
    QTemporaryDir journals;

private slots:
    void initTestCase()
    {
        synapse = std::make_unique<testsupport::SynapseInstance>();
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        const auto aliceUser = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        QVERIFY2(!aliceUser.userId.isEmpty(), qPrintable(synapse->lastError()));
        alice = aliceUser.userId;
        cli = std::make_unique<CliProfile>(synapse->caFile());
        qputenv("LANG", "C");
        const CliRun login =
            cli->run({QStringLiteral("login"), QStringLiteral("--user"), alice, QStringLiteral("--password-stdin")},
                "alice-password\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        // A pinned monthly-active-user limit in the server-notices room, which alice opens.
        ApiSession admin(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        const QString limitId = admin.serverNotice(alice,
            {{"msgtype", "m.server_notice"}, {"body", "This server has exceeded its monthly active user limit."},
                {"server_notice_type", "m.server_notice.usage_limit_reached"}, {"limit_type", "monthly_active_user"},
                {"admin_contact", "mailto:admin@localhost"}});
        QVERIFY(!limitId.isEmpty());
        QVERIFY(!admin
                     .serverNotice(alice, {{"pinned", {limitId.toStdString()}}}, QStringLiteral("m.room.pinned_events"),
                         QString())
                     .isEmpty());
        const CliRun inbox = cli->run({QStringLiteral("--json"), QStringLiteral("inbox")});
        QCOMPARE(inbox.exitCode, 0);
        const auto rooms = inbox.json()["notice_rooms"];
        QVERIFY2(rooms.size() == 1, inbox.out.constData());
        serverNoticesRoom = QString::fromStdString(rooms[0]["room_id"].get<std::string>());
        const CliRun accept = cli->run({QStringLiteral("accept"), serverNoticesRoom});
        QVERIFY2(accept.exitCode == 0, accept.err.constData());

        adminCli = std::make_unique<CliProfile>(synapse->caFile());
        const CliRun adminLogin = adminCli->login(synapse->adminUserId(), synapse->adminPassword());
        QVERIFY2(adminLogin.exitCode == 0, adminLogin.err.constData());
        carol = synapse->registerUser(QStringLiteral("carol"), QStringLiteral("carol-password")).userId;
        QVERIFY(!carol.isEmpty());
        auto deactivated = admin.wait<nlohmann::json>([&](auto cb) {
            admin.api().call("PUT", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(carol), {},
                R"({"deactivated": true})", true, [cb](Result<nlohmann::json> r, const QUrl&) { cb(r); });
        });
        QVERIFY(deactivated.ok());
    }

    // Human output: the same command, English under C and translated under the locale, with
    // the same exit code.
    void humanTextFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("translated");
        const QStringList help {QStringLiteral("--help")};
        const QStringList unknown {QStringLiteral("frobnicate")};
        const QStringList typo {QStringLiteral("inbox"), QStringLiteral("--jsno")};
        const QStringList refused {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("public"), QStringLiteral("--invite"), QStringLiteral("@bob:example.org")};
        QTest::newRow("help, German") << help << QByteArray("de_DE.UTF-8") << QByteArray("de")
                                      << QStringLiteral("Usage: noticectl") << QStringLiteral("Aufruf: noticectl");
        QTest::newRow("help, French") << help << QByteArray("fr_FR.UTF-8") << QByteArray()
                                      << QStringLiteral("Usage: noticectl")
                                      << QStringLiteral("Utilisation : noticectl");
        QTest::newRow("help, LANGUAGE alone")
            << help << QByteArray("C.UTF-8") << QByteArray("de") << QStringLiteral("Usage: noticectl")
            << QStringLiteral("Aufruf: noticectl");
        QTest::newRow("unknown command, German")
            << unknown << QByteArray("de_DE.UTF-8") << QByteArray("de")
            << QStringLiteral("Unknown command 'frobnicate'.") << QStringLiteral("Unbekannter Befehl 'frobnicate'.");
        QTest::newRow("option typo, German")
            << typo << QByteArray("de_DE.UTF-8") << QByteArray() << QStringLiteral("Unknown option --jsno")
            << QStringLiteral("Unbekannte Option --jsno");
        QTest::newRow("refused preset, French")
            << refused << QByteArray("fr_FR.UTF-8") << QByteArray("fr")
            << QStringLiteral("--preset must be notice (the recipient may reply) or notice_readonly.")
            << QStringLiteral("--preset doit être notice (le destinataire peut répondre) ou notice_readonly.");
        // status and inbox with a real pinned usage limit: the sentences and the table are
        // translated; the contact address and the notice's own body are not.
        const QStringList status {QStringLiteral("status")};
        const QStringList inbox {QStringLiteral("inbox")};
        QTest::newRow("status: usage limit, German")
            << status << QByteArray("de_DE.UTF-8") << QByteArray("de")
            << QStringLiteral("Your server has reached its limit of monthly active users.")
            << QStringLiteral("Ihr Server hat seine Höchstzahl monatlich aktiver Nutzer erreicht.");
        QTest::newRow("status: contact, German")
            << status << QByteArray("de_DE.UTF-8") << QByteArray("de")
            << QStringLiteral("Contact: mailto:admin@localhost") << QStringLiteral("Kontakt: mailto:admin@localhost");
        QTest::newRow("status: usage limit, French")
            << status << QByteArray("fr_FR.UTF-8") << QByteArray("fr")
            << QStringLiteral("Your server has reached its limit of monthly active users.")
            << QStringLiteral("Votre serveur a atteint sa limite d’utilisateurs actifs par mois.");
        QTest::newRow("inbox: headings, German") << inbox << QByteArray("de_DE.UTF-8") << QByteArray("de")
                                                 << QStringLiteral("UNREAD") << QStringLiteral("UNGELESEN");
        QTest::newRow("inbox: trust, German") << inbox << QByteArray("de_DE.UTF-8") << QByteArray("de")
                                              << QStringLiteral("official") << QStringLiteral("offiziell");
        QTest::newRow("inbox: state, French") << inbox << QByteArray("fr_FR.UTF-8") << QByteArray("fr")
                                              << QStringLiteral(" open ") << QStringLiteral(" ouvert ");
        // The service's refusals (room rules, an unknown room), on stderr, exit 3 either way.
        QTest::newRow("reply refused, German")
            << QStringList {QStringLiteral("reply"), serverNoticesRoom, QStringLiteral("hallo")}
            << QByteArray("de_DE.UTF-8") << QByteArray("de") << QStringLiteral("This notice does not accept replies.")
            << QStringLiteral("Diese Mitteilung nimmt keine Antworten an.");
        QTest::newRow("unknown room, French")
            << QStringList {QStringLiteral("archive"), QStringLiteral("!nope:localhost")} << QByteArray("fr_FR.UTF-8")
            << QByteArray("fr") << QStringLiteral("There is no notice room !nope:localhost in your inbox.")
            << QStringLiteral("Il n’y a pas de salon d’avis !nope:localhost dans votre boîte de réception.");
        // An admin verb run by someone who is not one: the admin check's answer (app/admin).
        QTest::newRow("send, not an administrator, German")
            << QStringList {QStringLiteral("send"), serverNoticesRoom, QStringLiteral("hallo")}
            << QByteArray("de_DE.UTF-8") << QByteArray("de")
            << QStringLiteral("You are not a server administrator of %1.").arg(synapse->serverName())
            << QStringLiteral("Sie sind kein Serveradministrator von %1.").arg(synapse->serverName());
    }

    // The server's words stay as sent in a translated listing: the notice's body (the inbox's
    // LATEST column) and the contact address.
    void serverWordsAreNotTranslated()
    {
        const CliRun inbox = runIn(*cli, {QStringLiteral("inbox")}, "de_DE.UTF-8", "de");
        QCOMPARE(inbox.exitCode, 0);
        QVERIFY2(inbox.text().contains(QStringLiteral("This server has exceeded its monthly active")),
            qPrintable(inbox.text()));
        const CliRun status = runIn(*cli, {QStringLiteral("status")}, "fr_FR.UTF-8", "fr");
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.text().contains(QStringLiteral("mailto:admin@localhost")), qPrintable(status.text()));
    }

    void humanTextFollowsTheLocale()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, lang);
        QFETCH(QByteArray, language);
        QFETCH(QString, english);
        QFETCH(QString, translated);
        compareLocales(*cli, arguments, lang, language, english, translated);
    }

    // The administrator's side: the admin actions' results (app/admin) and a campaign's
    // refusal with its rejected recipients (app/campaign), on stderr.
    void adminTextFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("translated");
        const QString nobody = QStringLiteral("@nobody:%1").arg(synapse->serverName());
        const QStringList create {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
            QStringLiteral("notice_readonly"), QStringLiteral("--invite"), alice};
        QTest::newRow("room create, German")
            << create << QByteArray("de_DE.UTF-8") << QByteArray("de") << QStringLiteral("Notice room created.")
            << QStringLiteral("Mitteilungsraum erstellt.");
        QTest::newRow("room create for nobody, French")
            << QStringList {QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--preset"),
                   QStringLiteral("notice_readonly"), QStringLiteral("--invite"), nobody}
            << QByteArray("fr_FR.UTF-8") << QByteArray("fr")
            << QStringLiteral("There is no user %1 on this server; nothing was created.").arg(nobody)
            << QStringLiteral("Il n’y a pas d’utilisateur %1 sur ce serveur ; rien n’a été créé.").arg(nobody);
        const QStringList refused {QStringLiteral("notify"), QStringLiteral("--via"), QStringLiteral("server-notices"),
            QStringLiteral("--to"), nobody, QStringLiteral("Maintenance tonight")};
        QTest::newRow("notify refused, German")
            << refused << QByteArray("de_DE.UTF-8") << QByteArray("de")
            << QStringLiteral("1 of the recipients cannot get a notice from this server; nothing was sent.")
            << QStringLiteral("1 der Empfänger können von diesem Server keine Mitteilung erhalten; es wurde nichts "
                              "gesendet.");
        QTest::newRow("notify refused: the recipient's reason, French")
            << refused << QByteArray("fr_FR.UTF-8") << QByteArray("fr")
            << QStringLiteral("%1: no such user on this server").arg(nobody)
            << QStringLiteral("%1: cet utilisateur n’existe pas sur ce serveur").arg(nobody);
    }

    void adminTextFollowsTheLocale()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, lang);
        QFETCH(QByteArray, language);
        QFETCH(QString, english);
        QFETCH(QString, translated);
        compareLocales(*adminCli, arguments, lang, language, english, translated);
    }

    // A campaign run under German: its progress and summary are German, its journal and
    // --json English (they are read by scripts and by later runs under any locale), and
    // `campaign show` reads the journal's English back as German or French.
    void campaignFollowsTheLocaleButItsRecordsDoNot()
    {
        const QString journal = journals.filePath(QStringLiteral("german.journal"));
        const QStringList notify {QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("--via"),
            QStringLiteral("server-notices"), QStringLiteral("--journal"), journal, QStringLiteral("--to"), alice,
            QStringLiteral("--to"), carol, QStringLiteral("Maintenance tonight")};
        const CliRun run = runIn(*adminCli, notify, "de_DE.UTF-8", "de");
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        const QString progress = QString::fromUtf8(run.err);
        QVERIFY2(
            progress.contains(QString::fromUtf8("gesendet 1, fehlgeschlagen 0, übersprungen 1")), qPrintable(progress));
        QVERIFY2(!progress.contains(QStringLiteral("sent 1, failed 0, skipped 1")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("Kampagne")), qPrintable(progress));
        // --json and the journal: the campaign's English.
        const auto summary = run.json();
        QVERIFY2(!summary.is_discarded(), run.out.constData());
        QCOMPARE(summary["skips"][0]["reason"], "the account is deactivated");
        const QByteArray recorded = fileBytes(journal);
        QVERIFY(recorded.contains("the account is deactivated"));
        for (const char* german : {"deaktiviert", "Konto", "gesendet", "\u00fc", "\u00e4", "\u00f6"})
            QVERIFY2(!recorded.contains(german), recorded.constData());
        QVERIFY2(!QString::fromUtf8(recorded).contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7f]"))),
            recorded.constData());

        // campaign show: the English record, shown in each language.
        const QStringList show {
            QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("--journal"), journal};
        compareLocales(*adminCli, show, "de_DE.UTF-8", "de", QStringLiteral("skipped: the account is deactivated"),
            QString::fromUtf8("übersprungen: das Konto ist deaktiviert"));
        compareLocales(*adminCli, show, "fr_FR.UTF-8", "fr", QStringLiteral("skipped: the account is deactivated"),
            QString::fromUtf8("ignoré: le compte est désactivé"));
        // ... and its --json is the same bytes in every language.
        const QStringList showJson = QStringList {QStringLiteral("--json")} + show;
        const CliRun plain = runIn(*adminCli, showJson, "C", {});
        QVERIFY2(plain.exitCode == 0 && !plain.json().is_discarded(), plain.out.constData());
        QCOMPARE(runIn(*adminCli, showJson, "de_DE.UTF-8", "de").out, plain.out);
        QCOMPARE(runIn(*adminCli, showJson, "fr_FR.UTF-8", "fr").out, plain.out);
        // Shown to someone else (alice): --json's server_note (who may see joined/read/replied)
        // is English too; it was translated into the JSON before. Her `campaign list` now
        // lists this journal as well (jsonNeverChanges(campaign list) below).
        const CliRun other = runIn(*cli, showJson, "C", {});
        QVERIFY2(other.exitCode == 0 && other.json().contains("server_note"), other.out.constData());
        QCOMPARE(runIn(*cli, showJson, "de_DE.UTF-8", "de").out, other.out);
        QCOMPARE(runIn(*cli, showJson, "fr_FR.UTF-8", "fr").out, other.out);
    }

    // --json: byte for byte the same output, and the same exit code, whatever the locale.
    void jsonNeverChanges_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("asAdmin");
        QTest::newRow("inbox") << QStringList {QStringLiteral("--json"), QStringLiteral("inbox")} << false;
        QTest::newRow("status") << QStringList {QStringLiteral("--json"), QStringLiteral("status")} << false;
        QTest::newRow("admin check") << QStringList {QStringLiteral("--json"), QStringLiteral("admin"),
            QStringLiteral("check")} << false;
        QTest::newRow("campaign list") << QStringList {QStringLiteral("--json"), QStringLiteral("campaign"),
            QStringLiteral("list")} << false;
        // A refused campaign: its "error" and the rejected recipients' reasons stay English.
        QTest::newRow("notify refused") << QStringList {QStringLiteral("--json"), QStringLiteral("notify"),
            QStringLiteral("--via"), QStringLiteral("server-notices"), QStringLiteral("--to"),
            QStringLiteral("@nobody:%1").arg(synapse->serverName()), QStringLiteral("Maintenance tonight")}
                                        << true;
    }

    void jsonNeverChanges()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, asAdmin);
        const CliProfile& who = asAdmin ? *adminCli : *cli;
        const CliRun plain = runIn(who, arguments, "C", {});
        QVERIFY2(!plain.json().is_discarded(), plain.out.constData());
        for (const auto& [lang, language] :
            {std::pair {QByteArray("de_DE.UTF-8"), QByteArray("de")}, {QByteArray("fr_FR.UTF-8"), QByteArray("fr")}}) {
            const CliRun local = runIn(who, arguments, lang, language);
            QCOMPARE(local.exitCode, plain.exitCode);
            QCOMPARE(local.out, plain.out);
        }
    }

    // Why a room is unverified comes from the models: English in --json (trust_reason), the
    // user's language in the table's warning. bob, an ordinary user, sends alice a notice room.
    void trustReasonIsShownInTheUsersLanguage()
    {
        const auto bob = synapse->registerUser(QStringLiteral("bob"), QStringLiteral("bob-password"));
        QVERIFY2(!bob.accessToken.isEmpty(), qPrintable(synapse->lastError()));
        ApiSession asBob(synapse->baseUrl(), bob.accessToken, synapse->caFile());
        const QString roomId = asBob.createRoom(noticeRoomBody(bob.userId, alice, true, "deny", "Urgent"));
        QVERIFY(!roomId.isEmpty());
        const CliRun json = runIn(*cli, {QStringLiteral("--json"), QStringLiteral("inbox")}, "de_DE.UTF-8", "de");
        QString english;
        const auto document = json.json(); // kept: a loop over a temporary's member would dangle
        for (const auto& room : document["notice_rooms"])
            if (room["room_id"] == roomId.toStdString())
                english = QString::fromStdString(room["trust_reason"].get<std::string>());
        QVERIFY2(
            english.endsWith(QStringLiteral(" is not a known administrator of your server.")), json.out.constData());
        const CliRun german = runIn(*cli, {QStringLiteral("inbox")}, "de_DE.UTF-8", "de");
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.text().contains(QStringLiteral("Warnung: nicht als von Ihrem Server gesendet bestätigt: %1 ist "
                                                       "kein bekannter Administrator Ihres Servers.")
                                            .arg(bob.userId)),
            qPrintable(german.text()));
        QVERIFY2(!german.text().contains(english), qPrintable(german.text()));
    }
};

QTEST_GUILESS_MAIN(TestNoticectlLocale)
#include "test_noticectl_locale.moc"
