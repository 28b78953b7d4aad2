// The login answer's `well_known` against a real Synapse (it names `public_baseurl`
// there): an https address it names is taken, an http one never is, since the new
// access token would then travel unencrypted. A network attacker who can rewrite that
// answer, or a misconfigured server, must not move the session off https.
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QProcess>
#include <QTest>

using namespace nb;
using namespace nb::testing;

class TestLoginDowngrade : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::SynapseInstance> synapse;
    testsupport::SynapseInstance::User alice;

    bool setPublicBaseUrl(const QUrl& url)
    {
        QProcess process;
        process.start(QStringLiteral(NB_HARNESS_SCRIPT),
            {QStringLiteral("set-config"), synapse->directory(),
                QStringLiteral("public_baseurl: \"%1/\"").arg(url.toString())});
        return process.waitForFinished(180000) && process.exitCode() == 0 && synapse->restartSynapse();
    }

    // Logs alice in over https and gives the homeserver the session kept.
    QString sessionHomeserverAfterLogin()
    {
        CliProfile cli(synapse->caFile());
        const CliRun login =
            cli.run({QStringLiteral("login"), QStringLiteral("--homeserver"), synapse->baseUrl().toString(),
                        QStringLiteral("--user"), alice.userId, QStringLiteral("--password-stdin")},
                "alice-password\n");
        if (login.exitCode != 0) {
            qWarning("login failed: %s", login.err.constData());
            return {};
        }
        const CliRun inbox = cli.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        if (inbox.exitCode != 0)
            qWarning("inbox failed: %s", inbox.err.constData());
        return QString::fromStdString(inbox.json().value("homeserver", std::string()));
    }

private slots:
    void initTestCase()
    {
        synapse = std::make_unique<testsupport::SynapseInstance>();
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-password"));
        QVERIFY(!alice.accessToken.isEmpty());
    }

    void anHttpsAddressInTheAnswerIsTaken()
    {
        // Same server, another https spelling (the certificate names 127.0.0.1 too).
        QUrl other = synapse->baseUrl();
        other.setHost(QStringLiteral("127.0.0.1"));
        QVERIFY(setPublicBaseUrl(other));
        QCOMPARE(QUrl(sessionHomeserverAfterLogin()).host(), QStringLiteral("127.0.0.1"));
    }

    void anHttpAddressInTheAnswerIsIgnored()
    {
        QVERIFY(setPublicBaseUrl(synapse->httpUrl()));
        const QUrl kept(sessionHomeserverAfterLogin());
        QCOMPARE(kept.scheme(), QStringLiteral("https"));
        QCOMPARE(kept.port(), synapse->baseUrl().port());
    }
};

QTEST_GUILESS_MAIN(TestLoginDowngrade)
#include "test_login_downgrade.moc"
