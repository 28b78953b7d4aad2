// AccountState: what a real Synapse 1.160 says about an account (consent, suspension, lock,
// deactivation), parsed from its own error bodies (tests/fixtures/synapse-1.160, captured by
// capture-account-states.sh), and the consent link that may be shown.
#include "fixture.h"

#include "matrix/matrix_error.h"
#include "notice/account_state.h"

#include <QTest>

using namespace nb;

class TestAccountState : public QObject {
    Q_OBJECT
private slots:
    void parsesRealBodies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind"); // "" = no account state
        QTest::addColumn<bool>("hasConsentUri");
        QTest::newRow("consent not given (send)")
            << QStringLiteral("send-403-consent-not-given.json") << 403 << QStringLiteral("consent_not_given") << true;
        QTest::newRow("suspended (send)")
            << QStringLiteral("send-403-user-suspended.json") << 403 << QStringLiteral("suspended") << false;
        QTest::newRow("suspended (join)")
            << QStringLiteral("join-403-user-suspended.json") << 403 << QStringLiteral("suspended") << false;
        QTest::newRow("locked (sync)") << QStringLiteral("sync-401-user-locked.json") << 401 << QStringLiteral("locked")
                                       << false;
        QTest::newRow("locked (login)") << QStringLiteral("login-401-user-locked.json") << 401
                                        << QStringLiteral("locked") << false;
        QTest::newRow("deactivated (login)")
            << QStringLiteral("login-403-user-deactivated.json") << 403 << QStringLiteral("deactivated") << false;
        // The deactivate API wipes the password: Synapse then answers as for a wrong one.
        QTest::newRow("deactivated, password wiped (login)")
            << QStringLiteral("login-403-deactivated-password-wiped.json") << 403 << QString() << false;
        QTest::newRow("usage limit is not an account state")
            << QStringLiteral("login-403-resource-limit.json") << 403 << QString() << false;
    }
    void parsesRealBodies()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(QString, kind);
        QFETCH(bool, hasConsentUri);
        const MatrixError error = parseMatrixError(status, testing::fixtureBytes(qPrintable(fixture)));
        const auto state = accountStateFromError(error);
        if (kind.isEmpty()) {
            QVERIFY(!state);
            return;
        }
        QVERIFY(state);
        QCOMPARE(accountStateName(state->kind), kind);
        QCOMPARE(!state->consentUri.isEmpty(), hasConsentUri);
        QVERIFY(!state->serverMessage.isEmpty());
        // Plain words, not the code alone, and something the user can do.
        QVERIFY(!describeAccountState(*state).contains(QStringLiteral("M_")));
        QVERIFY(!accountStateAdvice(*state).isEmpty());
        // Round trip through the name (settings.json keeps it).
        QCOMPARE(accountStateKindFromName(kind), std::optional(state->kind));
    }

    void consentUriFromRealBody()
    {
        const auto state =
            accountStateFromError(parseMatrixError(403, testing::fixtureBytes("send-403-consent-not-given.json")));
        QVERIFY(state);
        const QUrl url = nb::safeConsentUrl(state->consentUri, QUrl(QStringLiteral("https://localhost:8448")));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.path(), QStringLiteral("/_matrix/consent"));
        QVERIFY(url.query().contains(QStringLiteral("u=alice")));
    }

    void lockedKeepsTheSession()
    {
        const auto error = parseMatrixError(401, testing::fixtureBytes("sync-401-user-locked.json"));
        QVERIFY(error.softLogout);
        const auto state = accountStateFromError(error);
        QVERIFY(state);
        QVERIFY(describeAccountState(*state).contains(QStringLiteral("locked")));
        QVERIFY(accountStateAdvice(*state).contains(QStringLiteral("signed in")));
    }

    void suspendedSaysRepliesAndAppealsAreBlocked()
    {
        const auto state =
            accountStateFromError(parseMatrixError(403, testing::fixtureBytes("send-403-user-suspended.json")));
        QVERIFY(state);
        const QString words = describeAccountState(*state) + QLatin1Char(' ') + accountStateAdvice(*state);
        QVERIFY2(words.contains(QStringLiteral("appeal")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("read")), qPrintable(words));
    }

    // Only http and https consent pages with a host become links; anything else is shown as text.
    // Plain http only when the homeserver itself was reached over plain http (the user typed an
    // http:// address): a server found over https that links its terms over http would send the
    // user's consent (and the HMAC in the address) where anyone on the path can read and change it.
    void safeConsentUrl_data()
    {
        QTest::addColumn<QString>("homeserver");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected"); // "" = not a link
        const QString tls = QStringLiteral("https://matrix.example.org");
        const QString plain = QStringLiteral("http://127.0.0.1:8008");
        QTest::newRow("https") << tls << QStringLiteral("https://example.org/_matrix/consent?u=a&h=ff")
                               << QStringLiteral("https://example.org/_matrix/consent?u=a&h=ff");
        // Synapse builds the address from public_baseurl, which may name another host than the
        // one the user typed (a delegated server name, a proxy): the session's TLS vouches for it.
        QTest::newRow("https, another host") << tls << QStringLiteral("https://terms.example.net/consent")
                                             << QStringLiteral("https://terms.example.net/consent");
        QTest::newRow("http on an https server") << tls << QStringLiteral("http://example.org/terms") << QString();
        QTest::newRow("http on an http server")
            << plain << QStringLiteral("http://127.0.0.1:8008/_matrix/consent?u=a&h=ff")
            << QStringLiteral("http://127.0.0.1:8008/_matrix/consent?u=a&h=ff");
        QTest::newRow("https on an http server")
            << plain << QStringLiteral("https://example.org/terms") << QStringLiteral("https://example.org/terms");
        QTest::newRow("HTTP in capitals on an https server")
            << tls << QStringLiteral("HTTP://example.org/terms") << QString();
        QTest::newRow("no homeserver known") << QString() << QStringLiteral("http://example.org/terms") << QString();
        QTest::newRow("javascript") << plain << QStringLiteral("javascript:alert(1)") << QString();
        QTest::newRow("file") << plain << QStringLiteral("file:///etc/passwd") << QString();
        QTest::newRow("data") << plain << QStringLiteral("data:text/html,<b>x</b>") << QString();
        QTest::newRow("no host") << tls << QStringLiteral("https:///consent") << QString();
        QTest::newRow("credentials in address")
            << tls << QStringLiteral("https://example.org@evil.example/consent") << QString();
        QTest::newRow("relative") << tls << QStringLiteral("/_matrix/consent") << QString();
        QTest::newRow("empty") << tls << QString() << QString();
        QTest::newRow("line break") << tls << QStringLiteral("https://example.org/\nfake") << QString();
        QTest::newRow("terminal escape") << tls
                                         << QStringLiteral("https://example.org/\x1b]8;;https://evil.example\x07")
                                         << QString();
    }
    void safeConsentUrl()
    {
        QFETCH(QString, homeserver);
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        const QUrl url = nb::safeConsentUrl(uri, QUrl(homeserver));
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    }
};

QTEST_GUILESS_MAIN(TestAccountState)
#include "test_account_state.moc"
