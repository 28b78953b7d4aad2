// No downgrade, against a real Synapse behind the harness's nginx: a homeserver found over
// https (the client well-known file, served by nginx from the test's www dir) that names an
// http:// base URL is refused with the reason in words, before anything is sent to it; plain
// http is used only when the user typed an http:// address.
#include "synapse_instance.h"

#include "client/blocking.h"
#include "client/discovery.h"
#include "client/http_transport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTest>

using namespace nb;
using Kind = RequestFailure::Kind;

class TestDiscoveryDowngrade : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_synapse.start(&error), qPrintable(error));
    }

    void homeserverAddress_data()
    {
        QTest::addColumn<QString>("typed"); // what the user typed; SERVER / BASE / HTTP are replaced
        QTest::addColumn<QString>("wellKnownBase"); // empty: the file is left as the harness wrote it
        QTest::addColumn<QString>("expected"); // the base URL, or "refused"
        QTest::newRow("well-known https names http") << "SERVER"
                                                     << "HTTP"
                                                     << "refused";
        QTest::newRow("user ID, well-known names http") << "@alice:SERVER"
                                                        << "HTTP"
                                                        << "refused";
        QTest::newRow("well-known https names https") << "SERVER"
                                                      << "BASE"
                                                      << "BASE";
        QTest::newRow("typed http address") << "HTTP"
                                            << ""
                                            << "HTTP";
        QTest::newRow("typed https address") << "BASE"
                                             << ""
                                             << "BASE";
    }
    void homeserverAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, wellKnownBase);
        QFETCH(QString, expected);
        auto fill = [this](QString text) {
            return text.replace(QStringLiteral("SERVER"), m_synapse.serverName())
                .replace(QStringLiteral("BASE"), m_synapse.baseUrl().toString())
                .replace(QStringLiteral("HTTP"), m_synapse.httpUrl().toString());
        };
        if (!wellKnownBase.isEmpty())
            writeClientWellKnown(fill(wellKnownBase));
        TransportOptions options;
        options.extraCaFile = m_synapse.caFile();
        HttpTransport transport(options);
        const auto found =
            waitFor<QUrl>([&](auto done) { discoverHomeserver(transport, fill(typed), std::move(done)); });
        if (expected != QLatin1String("refused")) {
            QVERIFY2(found.ok(), qPrintable(found.failure.describe()));
            QCOMPARE(found.value->toString(), QUrl(fill(expected)).adjusted(QUrl::StripTrailingSlash).toString());
            return;
        }
        QVERIFY(!found.ok());
        QCOMPARE(found.failure.kind, Kind::BadResponse);
        const QString why = found.failure.describe();
        // In words: which address, that it is unencrypted, and what the user can do.
        QVERIFY2(why.contains(m_synapse.httpUrl().toDisplayString()), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("unencrypted")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Type that address yourself")), qPrintable(why));
    }

    // Red-team note: an address with a user name and password in it was accepted, typed or
    // named by the discovery file.
    void addressesWithCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("fromWellKnown");
        QTest::newRow("typed") << "CREDS" << false;
        QTest::newRow("named by the discovery file") << "SERVER" << true;
    }
    void addressesWithCredentialsAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(bool, fromWellKnown);
        QUrl withCredentials = m_synapse.baseUrl();
        withCredentials.setUserInfo(QStringLiteral("alice:hunter2"));
        if (fromWellKnown)
            writeClientWellKnown(withCredentials.toString());
        typed.replace(QStringLiteral("CREDS"), withCredentials.toString())
            .replace(QStringLiteral("SERVER"), m_synapse.serverName());
        TransportOptions options;
        options.extraCaFile = m_synapse.caFile();
        HttpTransport transport(options);
        const auto found = waitFor<QUrl>([&](auto done) { discoverHomeserver(transport, typed, std::move(done)); });
        QVERIFY2(!found.ok(), qPrintable(found.ok() ? found.value->toString() : QString()));
        writeClientWellKnown(m_synapse.baseUrl().toString());
    }

    void cleanupTestCase() { m_synapse.stop(); }

private:
    void writeClientWellKnown(const QString& baseUrl)
    {
        const QString path = m_synapse.wwwDir() + QStringLiteral("/.well-known/matrix/client");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"m.homeserver":{"base_url":"%1"}})").arg(baseUrl).toUtf8());
        QVERIFY(file.commit());
    }

    testsupport::SynapseInstance m_synapse;
};

QTEST_GUILESS_MAIN(TestDiscoveryDowngrade)
#include "test_discovery_downgrade.moc"
