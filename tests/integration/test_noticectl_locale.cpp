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
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

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

} // namespace

class TestNoticectlLocale : public QObject {
    Q_OBJECT
    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<CliProfile> cli;
    QString serverNoticesRoom; // alice's, opened in initTestCase
    QString alice; // her user ID

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
        const CliRun plain = runIn(*cli, arguments, "C", {});
        const CliRun local = runIn(*cli, arguments, lang, language);
        QVERIFY2(plain.text().contains(english), qPrintable(plain.text()));
        QVERIFY2(local.text().contains(translated), qPrintable(local.text()));
        QVERIFY2(!local.text().contains(english), qPrintable(local.text()));
        QCOMPARE(local.exitCode, plain.exitCode);
    }

    // --json: byte for byte the same output, and the same exit code, whatever the locale.
    void jsonNeverChanges_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("inbox") << QStringList {QStringLiteral("--json"), QStringLiteral("inbox")};
        QTest::newRow("status") << QStringList {QStringLiteral("--json"), QStringLiteral("status")};
        QTest::newRow("admin check") << QStringList {
            QStringLiteral("--json"), QStringLiteral("admin"), QStringLiteral("check")};
        QTest::newRow("campaign list") << QStringList {
            QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("list")};
    }

    void jsonNeverChanges()
    {
        QFETCH(QStringList, arguments);
        const CliRun plain = runIn(*cli, arguments, "C", {});
        QVERIFY2(!plain.json().is_discarded(), plain.out.constData());
        for (const auto& [lang, language] :
            {std::pair {QByteArray("de_DE.UTF-8"), QByteArray("de")}, {QByteArray("fr_FR.UTF-8"), QByteArray("fr")}}) {
            const CliRun local = runIn(*cli, arguments, lang, language);
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
