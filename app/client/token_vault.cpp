#include "token_vault.h"

#include "client_logging.h"
#include "file_token_vault.h"

#include <QTimer>

#ifdef NB_HAVE_QTKEYCHAIN
#include "keychain_token_vault.h"
#endif

namespace nb {

namespace {

void useFile(
    const QString& profileDir, const std::function<void(std::unique_ptr<TokenVault>)>& done, const QString& why)
{
    qCDebug(lcSession).noquote() << "storing tokens in a private file:" << why;
    auto vault = std::make_shared<std::unique_ptr<TokenVault>>(std::make_unique<FileTokenVault>(profileDir));
    QTimer::singleShot(0, [done, vault] { done(std::move(*vault)); });
}

#ifdef NB_HAVE_QTKEYCHAIN
// Long enough for a person to answer an "unlock keyring" prompt.
constexpr int kProbeTimeoutMs = 30000;

void probeKeychain(const QString& profileDir, std::function<void(std::unique_ptr<TokenVault>)> done)
{
    auto keychain = std::make_shared<KeychainTokenVault>();
    auto answered = std::make_shared<bool>(false);
    auto finish = [profileDir, done, answered](bool usable, const QString& why) {
        if (*answered)
            return;
        *answered = true;
        if (usable) {
            qCDebug(lcSession) << "storing tokens in the system keychain";
            done(std::make_unique<KeychainTokenVault>());
        } else {
            useFile(profileDir, done, QStringLiteral("no usable keychain (%1)").arg(why));
        }
    };
    const QString probeKey = QStringLiteral("noticeboard-probe");
    keychain->store(probeKey, QStringLiteral("probe"), [keychain, probeKey, finish](bool ok, const QString& error) {
        if (!ok) {
            finish(false, error);
            return;
        }
        keychain->remove(probeKey, [finish](bool, const QString&) { finish(true, {}); });
    });
    QTimer::singleShot(kProbeTimeoutMs, [finish] { finish(false, QStringLiteral("the keychain did not answer")); });
}
#endif

} // namespace

void makeTokenVault(const QString& profileDir, std::function<void(std::unique_ptr<TokenVault>)> done)
{
    const QString forced = qEnvironmentVariable("NOTICEBOARD_TOKEN_STORE");
    if (forced == QStringLiteral("file"))
        return useFile(profileDir, done, QStringLiteral("NOTICEBOARD_TOKEN_STORE=file"));
#ifdef NB_HAVE_QTKEYCHAIN
    if (forced == QStringLiteral("keychain")) {
        QTimer::singleShot(0, [done] { done(std::make_unique<KeychainTokenVault>()); });
        return;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The Secret Service and KWallet are D-Bus services; without a session bus the
    // probe could only fail (or try to autolaunch a bus).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return useFile(profileDir, done, QStringLiteral("no D-Bus session"));
#endif
    probeKeychain(profileDir, std::move(done));
#else
    useFile(profileDir, done, QStringLiteral("built without QtKeychain"));
#endif
}

} // namespace nb
