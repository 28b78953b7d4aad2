// NoticeService: construction, session (login, restore, logout), server context
// (versions, support contacts), settings and persistence.
#include "service/service_private.h"

#include <QCoreApplication>

#include "client/base_url.h"
#include "client/discovery.h"
#include "client/file_token_vault.h"
#include "client/private_file.h"
#include "matrix/user_id.h"

#include <QDir>
#include <QFileInfo>

Q_LOGGING_CATEGORY(lcService, "noticeboard.service")

namespace nb {

namespace {
TransportOptions transportOptionsFor(const ServiceOptions& options)
{
    TransportOptions transport;
    transport.extraCaFile =
        options.extraCaFile.isEmpty() ? qEnvironmentVariable("NOTICEBOARD_CA_FILE") : options.extraCaFile;
    return transport;
}

QString profileDirFor(const ServiceOptions& options)
{
    return options.profileDir.isEmpty() ? SessionStore::defaultProfileDir() : options.profileDir;
}
} // namespace

NoticeService::Private::Private(NoticeService* service, ServiceOptions opts)
    : q(service)
    , options(std::move(opts))
    , transport(transportOptionsFor(options))
    , api(transport)
    , sessions(profileDirFor(options))
    , account(sessions.profileDir())
    , backfill(api, service->store())
    , persistence(sessions.profileDir())
{
    options.profileDir = sessions.profileDir();
    loopTimer.setSingleShot(true);
}

NoticeService::NoticeService(ServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<NoticeStore>())
{
    d = std::make_unique<Private>(this, std::move(options));
    connect(&d->loopTimer, &QTimer::timeout, this, [this] { startSync(); });
    connect(m_store.get(), &NoticeStore::changed, this, [this] {
        const auto limit = usageLimit();
        if (limit != d->lastReportedLimit) {
            d->lastReportedLimit = limit;
            emit usageLimitChanged();
        }
    });
}

NoticeService::~NoticeService()
{
    // Cancel what is in flight while every member is still alive; the callbacks see
    // `destroying` and stop there.
    d->destroying = true;
    d->loopRunning = false;
    d->loopTimer.stop();
    d->transport.abortAll();
    // The next start then reads one file instead of a snapshot and its change log.
    d->persistence.compact(*m_store);
}

bool NoticeService::isLoggedIn() const
{
    return d->session.has_value();
}
QString NoticeService::userId() const
{
    return d->session ? d->session->userId : QString();
}
QUrl NoticeService::homeserver() const
{
    return d->session ? d->session->homeserver : QUrl();
}
QString NoticeService::tokenStorageDescription() const
{
    return d->vault ? d->vault->storageDescription() : QString();
}
bool NoticeService::serverSupportsMsc4279() const
{
    return d->account.serverAdvertisesMsc4279();
}
QStringList NoticeService::trustedSenders() const
{
    return d->account.trustedSenders();
}
QStringList NoticeService::supportAdmins() const
{
    return d->account.supportAdmins();
}
MatrixApi& NoticeService::api()
{
    return d->api;
}
HttpTransport& NoticeService::transport()
{
    return d->transport;
}
std::optional<ServerVersions> NoticeService::serverVersions() const
{
    return d->account.versions();
}
QString NoticeService::profileDir() const
{
    return d->sessions.profileDir();
}

void NoticeService::setTrustedSenders(const QStringList& senders)
{
    d->account.setTrustedSenders(senders);
    d->saveSettings();
    d->applyTrustContext();
}

bool NoticeService::opensOfficialInvites() const
{
    return d->account.opensOfficialInvites();
}

void NoticeService::setOpensOfficialInvites(bool open)
{
    d->account.setOpensOfficialInvites(open);
    d->saveSettings();
    if (open)
        d->openOfficialInvites();
}

std::optional<AccountState> NoticeService::accountState() const
{
    return d->account.accountState();
}

void NoticeService::Private::setAccountState(std::optional<AccountState> state)
{
    if (!session || state == account.accountState())
        return;
    account.setAccountState(std::move(state));
    saveSettings();
    emit q->accountStateChanged();
}

void NoticeService::Private::liftAccountState(ProofOfService proof)
{
    const auto state = account.accountState();
    if (state && isLiftedBy(state->kind, proof))
        setAccountState(std::nullopt);
}

bool NoticeService::sendsPublicReadReceipts() const
{
    return d->account.sendsPublicReadReceipts();
}

void NoticeService::setSendsPublicReadReceipts(bool sendPublic)
{
    d->account.setSendsPublicReadReceipts(sendPublic);
    d->saveSettings();
}

std::optional<UsageLimit> NoticeService::usageLimit() const
{
    if (auto pinned = m_store->pinnedUsageLimit())
        return pinned;
    return d->errorLimit;
}

void NoticeService::Private::setErrorLimit(std::optional<UsageLimit> limit)
{
    errorLimit = std::move(limit);
    const auto current = q->usageLimit();
    if (current != lastReportedLimit) {
        lastReportedLimit = current;
        emit q->usageLimitChanged();
    }
}

ActionResult NoticeService::Private::resultFromFailure(
    const RequestFailure& failure, const QString& context, bool ofThisSession)
{
    using Outcome = ActionResult::Outcome;
    QString message = failure.describe(TextLanguage::User); // shown: the GUI, noticectl's messages
    if (!context.isEmpty())
        message = context + QLatin1Char(' ') + message;
    Outcome outcome = Outcome::ServerRefused;
    switch (failure.kind) {
    case RequestFailure::Kind::Unreachable:
    case RequestFailure::Kind::Tls:
    case RequestFailure::Kind::Timeout:
    case RequestFailure::Kind::UnknownServer:
    case RequestFailure::Kind::Cancelled:
        outcome = Outcome::Unreachable;
        break;
    default:
        break;
    }
    ActionResult result = ActionResult::fail(outcome, message);
    result.error = failure.matrix;
    if (failure.kind == RequestFailure::Kind::ServerRefused) {
        if (auto limit = usageLimitFromError(failure.matrix)) {
            result.message = (context.isEmpty() ? QString() : context + QLatin1Char(' '))
                + describeUsageLimit(limit->limitType, TextLanguage::User)
                + (limit->adminContact.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("nb::NoticeService", " Contact: %1").arg(limit->adminContact));
            setErrorLimit(limit);
        }
        if (auto state = accountStateFromError(failure.matrix)) {
            // The account, not the request, is what the server refuses: say so, and what to do.
            // The address last, on its own, so that no full stop is read as part of it.
            QString words = describeAccountState(*state, TextLanguage::User) + QLatin1Char(' ')
                + accountStateAdvice(*state, TextLanguage::User);
            const QUrl terms = safeConsentUrl(state->consentUri, account.homeserver());
            if (!terms.isEmpty())
                words += QCoreApplication::translate("nb::NoticeService", " Terms of service: %1")
                             .arg(terms.toString(QUrl::FullyEncoded));
            result.message = (context.isEmpty() ? QString() : context + QLatin1Char(' ')) + words;
            if (ofThisSession)
                setAccountState(state);
        }
        if (failure.matrix.errcode == QStringLiteral("M_UNKNOWN_TOKEN") && session) {
            emit q->sessionEnded(QCoreApplication::translate(
                "nb::NoticeService", "The server ended this session. Please log in again."));
        }
    }
    return result;
}

void NoticeService::Private::applyTrustContext()
{
    TrustContext context;
    context.ownUserId = session ? session->userId : QString();
    context.serverAdvertisesMsc4279 = account.serverAdvertisesMsc4279();
    context.supportAdmins = account.supportAdmins();
    context.userTrustedSenders = account.trustedSenders();
    q->store().setTrustContext(context);
    allInvitesLookedAt = false; // an invite may be official now that was not before
}

void NoticeService::Private::loadServerContext(std::function<void()> done)
{
    // Both requests are best effort: without them notice rooms are still shown, only
    // fewer MSC4279 rooms can be verified as official.
    // The answers belong to the account that asked: one that logged out or changed
    // meanwhile must not receive them.
    const QString askedFor = account.userId();
    const QUrl askedAt = account.homeserver();
    auto stillSame = [this, askedFor, askedAt] {
        return account.userId() == askedFor && account.homeserver() == askedAt;
    };
    auto pending = std::make_shared<int>(2);
    auto finishOne = [this, pending, done, stillSame] {
        if (--*pending == 0) {
            if (stillSame()) {
                applyTrustContext();
                saveSettings();
            }
            done();
        }
    };
    // Without an answer, the account keeps what it learned from this same server before
    // (AccountContext never holds another account's or another server's facts).
    api.versions([this, finishOne, stillSame](Result<ServerVersions> result) {
        if (result.ok() && stillSame())
            account.setVersions(*result.value);
        finishOne();
    });
    fetchSupportInfo(
        transport, session->serverName, session->homeserver, [this, finishOne, stillSame](Result<SupportInfo> result) {
            if (stillSame()) {
                if (result.ok())
                    account.setSupportAdmins(result.value->adminUserIds);
                else if (result.failure.kind == RequestFailure::Kind::ServerRefused
                    || result.failure.kind == RequestFailure::Kind::BadResponse)
                    account.setSupportAdmins({}); // the server answered: it publishes no admins (now)
            }
            finishOne();
        });
}

void NoticeService::restoreSession(Done done)
{
    done = d->guarded(std::move(done));
    d->profileProblems.clear();
    QString problem;
    auto saved = d->sessions.load(&problem);
    if (!saved) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError,
            problem.isEmpty() ? QCoreApplication::translate("nb::NoticeService", "Not logged in. Log in first.")
                              : problem));
        return;
    }
    makeTokenVault(d->sessions.profileDir(), [this, saved, done](std::unique_ptr<TokenVault> vault) {
        d->vault = std::move(vault);
        d->vault->load(saved->userId, [this, saved, done](std::optional<QString> token, QString error) {
            if (!token || token->isEmpty()) {
                done(ActionResult::fail(ActionResult::Outcome::UsageError,
                    error.isEmpty() ? QCoreApplication::translate(
                        "nb::NoticeService", "The saved session of %1 has no access token. Log in again.")
                                          .arg(saved->userId)
                                    : QCoreApplication::translate(
                                        "nb::NoticeService", "The access token of %1 cannot be read: %2 Log in again.")
                                          .arg(saved->userId, error)));
                return;
            }
            d->session = *saved;
            d->session->accessToken = *token;
            d->api.setHomeserver(d->session->homeserver);
            d->api.setAccessToken(*token);
            d->account.resume(saved->userId, saved->homeserver);
            emit accountStateChanged(); // what the server said last time, until it says otherwise
            if (!d->account.problem().isEmpty())
                d->profileProblems << d->account.problem();
            d->applyTrustContext();
            d->loadSnapshot();
            d->loadServerContext([this, done] {
                // Restored: what was wrong with the profile is said, but does not stop anything.
                done(ActionResult::done({}, d->profileProblems.join(QLatin1Char(' '))));
            });
        });
    });
}

void NoticeService::login(const QString& user, const QString& homeserver, const QString& password, Done done)
{
    done = d->guarded(std::move(done));
    using Outcome = ActionResult::Outcome;
    const QString trimmedUser = user.trimmed();
    QString where = homeserver.trimmed();
    if (trimmedUser.startsWith(QLatin1Char('@'))) {
        if (!isValidUserId(trimmedUser)) {
            done(ActionResult::fail(Outcome::UsageError,
                QStringLiteral("\u201c%1\u201d is not a Matrix ID. It looks like @name:example.org.")
                    .arg(trimmedUser)));
            return;
        }
        if (where.isEmpty())
            where = serverNameOf(trimmedUser);
    }
    if (trimmedUser.isEmpty() || where.isEmpty()) {
        done(ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate("nb::NoticeService",
                "Enter a Matrix ID (@name:example.org), or a homeserver address and a user name.")));
        return;
    }
    if (password.isEmpty()) {
        done(ActionResult::fail(
            Outcome::UsageError, QCoreApplication::translate("nb::NoticeService", "Enter your password.")));
        return;
    }
    // Every file a login writes must be writable before the server creates a device whose
    // token would then have nowhere to go (a link or a folder in a file's place).
    d->profileProblems.clear();
    for (const char* name : {"session.json", "token.json", "settings.json", "store.json", "store.log"}) {
        QString error;
        if (!canWritePrivateFile(d->profileFile(name), &error)) {
            done(ActionResult::fail(
                Outcome::UsageError, QCoreApplication::translate("nb::NoticeService", "Cannot log in: %1").arg(error)));
            return;
        }
    }
    discoverHomeserver(d->transport, where, [this, trimmedUser, where, password, done](Result<QUrl> base) {
        if (!base.ok()) {
            done(d->resultFromFailure(base.failure,
                QCoreApplication::translate("nb::NoticeService", "Could not find the homeserver for \u201c%1\u201d.")
                    .arg(where)));
            return;
        }
        d->api.setHomeserver(*base.value);
        d->api.setAccessToken({});
        d->api.loginPassword(
            trimmedUser, password, d->options.deviceDisplayName, [this, base, done](Result<LoginResponse> login) {
                if (!login.ok()) {
                    ActionResult result = d->resultFromFailure(
                        login.failure, QCoreApplication::translate("nb::NoticeService", "Login failed."), false);
                    if (login.failure.matrix.errcode == QStringLiteral("M_FORBIDDEN"))
                        result.message = QCoreApplication::translate(
                            "nb::NoticeService", "Login failed: the user name or password is wrong.");
                    // Deactivated or locked: the password was right, the account is what is refused.
                    if (auto state = accountStateFromError(login.failure.matrix))
                        result.message = QCoreApplication::translate("nb::NoticeService", "Login failed: %1 %2")
                                             .arg(describeAccountState(*state, TextLanguage::User),
                                                 state->kind == AccountState::Kind::Locked
                                                     ? QCoreApplication::translate("nb::NoticeService",
                                                         "Contact them to ask why, and try again once it is unlocked.")
                                                     : accountStateAdvice(*state, TextLanguage::User));
                    done(result);
                    return;
                }
                Session session;
                session.homeserver = *base.value;
                // The answer may name the server's preferred address: taken, unless it leaves
                // https (the new token would then travel in the clear). The address that just
                // worked, encrypted, is kept instead.
                const QUrl hinted = login.value->wellKnownHomeserver;
                if (hinted.isValid() && !isSchemeDowngrade(*base.value, hinted))
                    session.homeserver = hinted;
                else if (hinted.isValid())
                    qCWarning(lcService).noquote()
                        << "Ignoring the login answer's unencrypted homeserver address" << hinted.toDisplayString()
                        << "; staying on" << base.value->toDisplayString();
                session.userId = login.value->userId;
                session.serverName = serverNameOf(session.userId);
                session.deviceId = login.value->deviceId;
                session.accessToken = login.value->accessToken;
                d->api.setHomeserver(session.homeserver);
                d->api.setAccessToken(session.accessToken);
                // Whoever was logged in here before (possibly someone else) loses their token below.
                const std::optional<Session> previous = d->sessions.load();
                d->session = session;
                d->setErrorLimit(std::nullopt);
                // A new login starts from nothing: a fresh store (the old snapshot belongs to an
                // old token) and no server facts but those this server gives now.
                QString error;
                d->persistence.remove(&error);
                store().clear();
                d->account.beginLogin(session.userId, session.homeserver);
                emit accountStateChanged();
                d->applyTrustContext();
                if (!d->sessions.save(session, &error)) {
                    done(ActionResult::fail(ActionResult::Outcome::UsageError,
                        QCoreApplication::translate(
                            "nb::NoticeService", "Logged in, but the session could not be saved: %1")
                            .arg(error)));
                    return;
                }
                makeTokenVault(
                    d->sessions.profileDir(), [this, session, previous, done](std::unique_ptr<TokenVault> vault) {
                        d->vault = std::move(vault);
                        d->vault->store(session.userId, session.accessToken,
                            [this, session, previous, done](bool ok, QString error) {
                                if (!ok) {
                                    done(ActionResult::fail(ActionResult::Outcome::UsageError,
                                        QCoreApplication::translate("nb::NoticeService",
                                            "Logged in, but the access token could not be saved: %1")
                                            .arg(error)));
                                    return;
                                }
                                auto finish = [this, session, done] {
                                    d->loadServerContext([this, session, done] {
                                        QString message =
                                            QCoreApplication::translate("nb::NoticeService",
                                                "Logged in as %1. Your access token is stored in %2.")
                                                .arg(session.userId, d->vault->storageDescription(TextLanguage::User));
                                        if (!d->account.problem().isEmpty())
                                            message += QLatin1Char(' ') + d->account.problem();
                                        done(ActionResult::done(session.userId, message));
                                    });
                                };
                                // Tokens of whoever was logged in here before go: every other token in the
                                // token file (where they were kept when there was no keychain, and
                                // whoever they were, even when the old session file is unreadable),
                                // and the previous user's entry in this vault (the keychain).
                                QString fileError;
                                if (!FileTokenVault(d->sessions.profileDir()).retainOnly(session.userId, &fileError))
                                    qCWarning(lcService).noquote() << "Cannot clean the token file:" << fileError;
                                if (!previous || previous->userId == session.userId) {
                                    finish();
                                    return;
                                }
                                d->vault->remove(previous->userId, [finish](bool, QString) { finish(); });
                            });
                    });
            });
    });
}

void NoticeService::logout(Done done)
{
    done = d->guarded(std::move(done));
    if (!d->session) {
        // Nothing could be restored (a damaged session file, an unreadable token): what is
        // left of it on disk still goes, so a logout never leaves a token behind.
        const std::optional<Session> saved = d->sessions.load();
        const bool leftovers = saved || QFileInfo::exists(d->profileFile("session.json"))
            || QFileInfo::exists(d->profileFile("token.json")) || QFileInfo::exists(d->profileFile("store.json"))
            || QFileInfo::exists(d->profileFile("store.log"));
        if (!leftovers) {
            done(ActionResult::fail(
                ActionResult::Outcome::UsageError, QCoreApplication::translate("nb::NoticeService", "Not logged in.")));
            return;
        }
        makeTokenVault(d->sessions.profileDir(), [this, saved, done](std::unique_ptr<TokenVault> vault) {
            d->vault = std::move(vault);
            d->forgetLocalAccount(saved ? saved->userId : QString(), [done](QString problems) {
                if (!problems.isEmpty())
                    done(ActionResult::fail(ActionResult::Outcome::UsageError, problems));
                else
                    done(ActionResult::done({},
                        QCoreApplication::translate(
                            "nb::NoticeService", "Removed the saved session; you are logged out.")));
            });
        });
        return;
    }
    stopSync();
    d->api.logout([this, done](Result<Empty> result) {
        // The local session goes whatever the server said: a token the server no longer
        // knows is as good as logged out, and an unreachable server must not trap the user.
        const QString userId = d->session->userId;
        ActionResult outcome = result.ok() || result.failure.matrix.errcode == QStringLiteral("M_UNKNOWN_TOKEN")
            ? ActionResult::done({}, QCoreApplication::translate("nb::NoticeService", "Logged out %1.").arg(userId))
            : d->resultFromFailure(result.failure,
                QCoreApplication::translate(
                    "nb::NoticeService", "Logged out locally, but the server could not be told:"));
        d->forgetLocalAccount(userId, [outcome, done](QString problems) mutable {
            if (!problems.isEmpty())
                outcome.message += QLatin1Char(' ') + problems;
            done(outcome);
        });
    });
}

QString NoticeService::Private::profileFile(const char* name) const
{
    return QDir(sessions.profileDir()).filePath(QLatin1String(name));
}

void NoticeService::Private::forgetLocalAccount(const QString& userId, std::function<void(QString)> done)
{
    auto removeFiles = [this, done](QString vaultError) {
        QStringList problems;
        if (!vaultError.isEmpty())
            problems << QCoreApplication::translate(
                "nb::NoticeService", "The access token could not be removed from %1: %2")
                            .arg(vault ? vault->storageDescription(TextLanguage::User)
                                       : QCoreApplication::translate("nb::NoticeService", "its store"),
                                vaultError);
        QString error;
        // The whole token file: the profile has no account now, and any token in it is a leftover.
        if (!FileTokenVault(sessions.profileDir()).removeAll(&error))
            problems << error;
        if (!sessions.clear(&error))
            problems << error;
        if (!persistence.remove(&error))
            problems << error;
        session.reset();
        account.reset();
        emit q->accountStateChanged();
        q->store().clear();
        setConnectionState(ConnectionState::LoggedOut, {});
        done(problems.join(QLatin1Char(' ')));
    };
    if (!vault || userId.isEmpty()) {
        removeFiles({});
        return;
    }
    // Wait for the vault (the keychain answers asynchronously): noticectl exits right after.
    vault->remove(userId, [this, removeFiles](bool ok, QString error) {
        if (!destroying)
            removeFiles(ok ? QString() : error);
    });
}

void NoticeService::Private::saveSettings()
{
    QString error;
    if (!account.save(&error))
        qCWarning(lcService).noquote() << "Cannot save the settings:" << error;
}

void NoticeService::Private::saveSnapshot()
{
    persistence.save(q->store());
}

void NoticeService::Private::loadSnapshot()
{
    profileProblems << persistence.load(q->store());
}

} // namespace nb
