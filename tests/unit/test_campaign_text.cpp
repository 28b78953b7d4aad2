// campaign::shownCampaignText (issue 9): a campaign's English sentences, as the journal and
// --json record them, shown in the user's language (German here, as noticectl and the admin
// console load it from the locale). The arguments are taken back out of the English and put
// into the translation as text: a "%2" inside one (a server's message, a user's ID) is never
// read as a placeholder, and words the campaign did not write stay as they are.
#include "campaign/campaign_text.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace nb::campaign;

class TestCampaignText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("LC_ALL");
        qunsetenv("LC_MESSAGES");
        qputenv("LANG", "de_DE.UTF-8");
        qputenv("LANGUAGE", "de");
        QCOMPARE(nb::installTranslations(*QCoreApplication::instance()), QStringLiteral("de"));
    }

    void shown_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("a reason without arguments")
            << QStringLiteral("the account is deactivated") << QStringLiteral("das Konto ist deaktiviert");
        QTest::newRow("a refusal with a count")
            << QStringLiteral("1 of the recipients cannot get a notice from this server; nothing was sent.")
            << QString::fromUtf8(
                   "1 der Empfänger können von diesem Server keine Mitteilung erhalten; es wurde nichts gesendet.");
        QTest::newRow("a request failure inside a halt")
            << QStringLiteral("Stopped: The request was cancelled. Run the same command again to resume.")
            << QString::fromUtf8("Angehalten: Die Anfrage wurde abgebrochen. Führen Sie denselben Befehl erneut aus, "
                                 "um fortzusetzen.");
        QTest::newRow("the same placeholder twice")
            << QStringLiteral("This campaign was sent by @a:x; log in as @a:x to recall it.")
            << QString::fromUtf8("Diese Kampagne wurde von @a:x gesendet; melden Sie sich als @a:x an, um sie "
                                 "zurückzurufen.");
        QTest::newRow("the server's words in a reason stay as sent")
            << QStringLiteral("The server refused the request (HTTP 500). [M_UNKNOWN: it broke]")
            << QStringLiteral("Der Server hat die Anfrage abgelehnt (HTTP 500). [M_UNKNOWN: it broke]");
        QTest::newRow("placeholders inside an argument stay text")
            << QStringLiteral("Could not check the recipients: %2 and %1 [M_X: %1%2]")
            << QString::fromUtf8("Die Empfänger konnten nicht geprüft werden: %2 and %1 [M_X: %1%2]");
        QTest::newRow("words the campaign did not write")
            << QStringLiteral("@bob:example.org") << QStringLiteral("@bob:example.org");
        QTest::newRow("empty") << QString() << QString();
    }

    void shown()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(shownCampaignText(english), german);
    }

    void statusesAreShownInGerman()
    {
        QCOMPARE(shownStatus(Status::Skipped), QString::fromUtf8("übersprungen"));
        QCOMPARE(statusName(Status::Skipped), QStringLiteral("skipped")); // the journal's word
    }
};

QTEST_GUILESS_MAIN(TestCampaignText)
#include "test_campaign_text.moc"
