// A real Synapse homeserver (behind nginx with TLS) for one integration test.
//
// Thin QtCore-only wrapper around tests/harness/synapse-harness: start() runs
// `synapse-harness start DIR` in a fresh temporary directory and reads the
// DIR/instance.env it writes; the destructor stops the instance and removes DIR.
// The harness also watches this process, so a crashed or killed test does not leave
// Synapse/nginx running.  See tests/harness/README.md.
//
// Typical use:
//     nb::testsupport::SynapseInstance synapse;            // starts it
//     QString error;
//     QVERIFY2(synapse.start(&error), qPrintable(error));  // no-op when already up
//     const auto alice = synapse.registerUser(QStringLiteral("alice"), QStringLiteral("pw"));
//     // talk to synapse.baseUrl() trusting synapse.caFile() ...
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace nb::testsupport {

struct SynapseOptions {
    // "default", or "mau": limit_usage_by_mau with max_mau_value = mauLimit.
    QString profile = QStringLiteral("default");
    int mauLimit = 2;
    // Matrix IDs for /.well-known/matrix/support (role m.role.admin); the literal
    // token SERVER is replaced by the server name, e.g. "@admin:SERVER".
    QStringList supportAdmins;
    // Start from the constructor.  start() may still be called (it then only
    // reports the result, or retries after a failure).
    bool autoStart = true;
    // The proxy answers a bare 404 for /_synapse/admin/ (a server without the admin API,
    // as far as clients can tell). registerUser() still works: it uses Synapse's own port.
    bool hideAdminApi = false;
    // Synapse's default_room_version (e.g. "12"); empty: Synapse's own default ("11").
    QString defaultRoomVersion;
    // Serve the federation API and accept peers on loopback with any certificate, so that
    // two instances started with it federate (tests/harness/README.md, "Federation").
    // The federation API goes through nginx on the port in the server name.
    bool federation = false;
    // Host part of the server name: empty or "localhost" (localhost:TLS_PORT), or
    // "127.0.0.1" for a second instance whose name differs in more than the port.
    QString serverHost;
    // Synapse's user_consent (terms of service, version 1.0): events are refused with
    // M_CONSENT_NOT_GIVEN and a consent_uri until the user accepts, and a consent server
    // notice is sent at the user's first sync (harness --user-consent).
    bool userConsent = false;
    // An application service (a bridge) registered with Synapse (harness --appservice):
    // id "bridge", bot @bridgebot, exclusive puppet namespace @bridge_*; url null, so
    // Synapse sends it nothing. registerAppServiceUser() makes its accounts.
    bool appService = false;
    // Empty: Synapse's stock rate limits, as a production server has them. Non-empty: the
    // harness turns them off (--relax-ratelimits) and writes this text next to them in
    // homeserver.yaml, so a test cannot run on an unpaced server without saying why. Say
    // what the test does in bursts (e.g. "logs in 12 times from 127.0.0.1"), and put a
    // comment at the option. Every test was reviewed at stock limits (issue 8); the ones
    // that relax them say why where they set this.
    QString relaxRateLimitsBecause;

    // Synapse's stock rate limits, as on a production server: the default, spelled out by
    // tests whose point is production pace.
    static SynapseOptions stockRateLimits() { return {}; }
};

class SynapseInstance {
public:
    explicit SynapseInstance(SynapseOptions options = {});
    ~SynapseInstance(); // calls stop()

    SynapseInstance(const SynapseInstance&) = delete;
    SynapseInstance& operator=(const SynapseInstance&) = delete;

    // Starts the instance (first use on a machine may build the Synapse chroot, up to
    // a few minutes).  Returns true when it is up; idempotent.
    bool start(QString* errorOut = nullptr);
    // Stops Synapse and nginx, removes all state.  Safe to call more than once.
    void stop();
    bool isRunning() const { return m_running; }

    QString serverName() const; // "localhost:PORT" (or serverHost:PORT) — user IDs are @name:localhost:PORT
    QUrl baseUrl() const; // https://localhost:TLS_PORT (certificate from caFile())
    QUrl httpUrl() const; // http://127.0.0.1:HTTP_PORT (plain http, same server)
    QUrl badTlsUrl() const; // https://localhost:BAD_TLS_PORT (self-signed, untrusted)
    QString caFile() const; // PEM of the test CA that signed baseUrl()'s certificate
    // Accepts the terms of service (userConsent) the way the consent page's form does: POST
    // v, u and h from an M_CONSENT_NOT_GIVEN consent_uri. Returns the HTTP status (200: done).
    int acceptConsent(const QString& consentUri) const;
    QString adminUserId() const;
    QString adminPassword() const;
    QString adminToken() const;
    QString wwwDir() const; // nginx web root; .well-known/matrix/{client,support}
    // Any key of DIR/instance.env (SYNAPSE_URL, SYNAPSE_LOG, SYNAPSE_CONFIG, ...).
    QString value(const QString& key) const;
    QString directory() const; // DIR (empty when not started)
    QString lastError() const { return m_lastError; }

    struct User {
        QString userId;
        QString password;
        QString accessToken;
    };
    // Registers through the shared-secret admin API (~0.3 s).  The returned token is
    // a logged-in device.  On failure userId/accessToken are empty, see lastError().
    // With the MAU limit reached Synapse refuses this (403) after creating the user.
    User registerUser(const QString& localpart, const QString& password, bool admin = false);
    // An account of the appService bridge (a puppet such as "bridge_alice", or its bot
    // "bridgebot"), registered the way a bridge does: POST /register as the application
    // service. Its appservice_id is "bridge". The token is a device of that account.
    User registerAppServiceUser(const QString& localpart);

    // Synapse only (nginx keeps running and answers 502 meanwhile); same ports, same data.
    bool restartSynapse();
    bool stopSynapse();
    bool startSynapse();

    // Atomically replaces /.well-known/matrix/support (nginx serves it uncached).
    void writeSupportFile(const QByteArray& json);

    // A scripted malicious server (tests/harness/malicious-server.py) sends `invitee` a
    // forged notice-room invite over federation; needs SynapseOptions::federation.
    // `scriptOptions` go to the script (--room-version V, --room-type T, ...). Returns its
    // KEY=VALUE answer (ROOM_ID, EVENT_ID, INVITER, SERVER_NAME, ...); empty on failure.
    QHash<QString, QString> sendMaliciousInvite(const QString& invitee, const QStringList& scriptOptions = {});

private:
    bool runHarness(const QStringList& arguments, int timeoutMs, QByteArray* standardOutput);
    bool loadEnvironment();

    SynapseOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_env;
    bool m_running = false;
    QString m_lastError;
};

} // namespace nb::testsupport
