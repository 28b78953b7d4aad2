// NoticeService: construction, session (login, restore, logout), server context
// (versions, support contacts), settings and persistence.
#include "service/service_private.h"

#include "client/discovery.h"
#include "client/private_file.h"
#include "matrix/user_id.h"

#include <QDir>
#include <QFile>

#include "matrix/json_access.h"

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
{
    options.profileDir = sessions.profileDir();
    loopTimer.setSingleShot(true);
}

NoticeService::NoticeService(ServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<NoticeStore>())
{
    d = std::make_unique<Private>(this, std::move(options));
    d->loadSettings();
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
    return d->versions && d->versions->advertisesMsc4279();
}
QStringList NoticeService::trustedSenders() const
{
    return d->trustedSenders;
}
QStringList NoticeService::supportAdmins() const
{
    return d->supportAdmins;
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
    return d->versions;
}
QString NoticeService::profileDir() const
{
    return d->sessions.profileDir();
}

void NoticeService::setTrustedSenders(const QStringList& senders)
{
    d->trustedSenders = senders;
    d->saveSettings();
    d->applyTrustContext();
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

ActionResult NoticeService::Private::resultFromFailure(const RequestFailure& failure, const QString& context)
{
    using Outcome = ActionResult::Outcome;
    QString message = failure.describe();
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
                + describeUsageLimit(limit->limitType)
                + (limit->adminContact.isEmpty() ? QString() : QStringLiteral(" Contact: %1").arg(limit->adminContact));
            setErrorLimit(limit);
        }
        if (failure.matrix.errcode == QStringLiteral("M_UNKNOWN_TOKEN") && session) {
            emit q->sessionEnded(QStringLiteral("The server ended this session. Please log in again."));
        }
    }
    return result;
}

void NoticeService::Private::applyTrustContext()
{
    TrustContext context;
    context.ownUserId = session ? session->userId : QString();
    context.serverAdvertisesMsc4279 = versions && versions->advertisesMsc4279();
    context.supportAdmins = supportAdmins;
    context.userTrustedSenders = trustedSenders;
    q->store().setTrustContext(context);
}

void NoticeService::Private::loadServerContext(std::function<void()> done)
{
    // Both requests are best effort: without them notice rooms are still shown, only
    // fewer MSC4279 rooms can be verified as official.
    auto pending = std::make_shared<int>(2);
    auto finishOne = [this, pending, done] {
        if (--*pending == 0) {
            applyTrustContext();
            saveSettings();
            done();
        }
    };
    api.versions([this, finishOne](Result<ServerVersions> result) {
        if (result.ok())
            versions = *result.value;
        finishOne();
    });
    fetchSupportInfo(
        transport, session->serverName, session->homeserver, [this, finishOne](Result<SupportInfo> result) {
            if (result.ok())
                supportAdmins = result.value->adminUserIds;
            finishOne();
        });
}

void NoticeService::restoreSession(Done done)
{
    done = d->guarded(std::move(done));
    auto saved = d->sessions.load();
    if (!saved) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError, QStringLiteral("Not logged in. Log in first.")));
        return;
    }
    makeTokenVault(d->sessions.profileDir(), [this, saved, done](std::unique_ptr<TokenVault> vault) {
        d->vault = std::move(vault);
        d->vault->load(saved->userId, [this, saved, done](std::optional<QString> token, QString error) {
            if (!token || token->isEmpty()) {
                done(ActionResult::fail(ActionResult::Outcome::UsageError,
                    QStringLiteral("The saved session has no access token (%1). Log in again.")
                        .arg(error.isEmpty() ? QStringLiteral("not found") : error)));
                return;
            }
            d->session = *saved;
            d->session->accessToken = *token;
            d->api.setHomeserver(d->session->homeserver);
            d->api.setAccessToken(*token);
            d->applyTrustContext();
            d->loadSnapshot();
            d->loadServerContext([done] { done(ActionResult::done()); });
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
            QStringLiteral("Enter a Matrix ID (@name:example.org), or a homeserver address and a user name.")));
        return;
    }
    if (password.isEmpty()) {
        done(ActionResult::fail(Outcome::UsageError, QStringLiteral("Enter your password.")));
        return;
    }
    discoverHomeserver(d->transport, where, [this, trimmedUser, where, password, done](Result<QUrl> base) {
        if (!base.ok()) {
            done(d->resultFromFailure(
                base.failure, QStringLiteral("Could not find the homeserver for \u201c%1\u201d.").arg(where)));
            return;
        }
        d->api.setHomeserver(*base.value);
        d->api.setAccessToken({});
        d->api.loginPassword(
            trimmedUser, password, d->options.deviceDisplayName, [this, base, done](Result<LoginResponse> login) {
                if (!login.ok()) {
                    ActionResult result = d->resultFromFailure(login.failure, QStringLiteral("Login failed."));
                    if (login.failure.matrix.errcode == QStringLiteral("M_FORBIDDEN"))
                        result.message = QStringLiteral("Login failed: the user name or password is wrong.");
                    done(result);
                    return;
                }
                Session session;
                session.homeserver =
                    login.value->wellKnownHomeserver.isValid() ? login.value->wellKnownHomeserver : *base.value;
                session.userId = login.value->userId;
                session.serverName = serverNameOf(session.userId);
                session.deviceId = login.value->deviceId;
                session.accessToken = login.value->accessToken;
                d->api.setHomeserver(session.homeserver);
                d->api.setAccessToken(session.accessToken);
                d->session = session;
                d->setErrorLimit(std::nullopt);
                // A new login starts from a fresh store: the old snapshot belongs to an old token.
                QFile::remove(QDir(d->sessions.profileDir()).filePath(QStringLiteral("store.json")));
                store().clear();
                d->sessions.save(session);
                makeTokenVault(d->sessions.profileDir(), [this, session, done](std::unique_ptr<TokenVault> vault) {
                    d->vault = std::move(vault);
                    d->vault->store(session.userId, session.accessToken, [this, session, done](bool ok, QString error) {
                        if (!ok) {
                            done(ActionResult::fail(ActionResult::Outcome::UsageError,
                                QStringLiteral("Logged in, but the access token could not be saved: %1").arg(error)));
                            return;
                        }
                        d->loadServerContext([this, session, done] {
                            done(ActionResult::done(session.userId,
                                QStringLiteral("Logged in as %1. Your access token is stored in %2.")
                                    .arg(session.userId, d->vault->storageDescription())));
                        });
                    });
                });
            });
    });
}

void NoticeService::logout(Done done)
{
    done = d->guarded(std::move(done));
    if (!d->session) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError, QStringLiteral("Not logged in.")));
        return;
    }
    stopSync();
    d->api.logout([this, done](Result<Empty> result) {
        // The local session goes whatever the server said: a token the server no longer
        // knows is as good as logged out, and an unreachable server must not trap the user.
        const QString userId = d->session->userId;
        ActionResult outcome = result.ok() || result.failure.matrix.errcode == QStringLiteral("M_UNKNOWN_TOKEN")
            ? ActionResult::done({}, QStringLiteral("Logged out %1.").arg(userId))
            : d->resultFromFailure(
                result.failure, QStringLiteral("Logged out locally, but the server could not be told:"));
        if (d->vault)
            d->vault->remove(userId, [](bool, QString) {});
        d->sessions.clear();
        QFile::remove(QDir(d->sessions.profileDir()).filePath(QStringLiteral("store.json")));
        d->session.reset();
        store().clear();
        d->setConnectionState(ConnectionState::LoggedOut, {});
        done(outcome);
    });
}

void NoticeService::Private::loadSettings()
{
    QFile file(QDir(options.profileDir).filePath(QStringLiteral("settings.json")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    const auto parsed = nlohmann::json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    auto readList = [&](const char* key) {
        QStringList list;
        const auto* array = json_access::arrayMember(parsed, key);
        if (array)
            for (const auto& item : *array)
                if (item.is_string())
                    list.append(json_access::toQString(item.get<std::string>()));
        return list;
    };
    trustedSenders = readList("trusted_senders");
    supportAdmins = readList("support_admins");
    if (json_access::boolean(parsed, "msc4279").value_or(false)) {
        versions = ServerVersions {};
        versions->msc4279Unstable = true;
    }
}

void NoticeService::Private::saveSettings() const
{
    nlohmann::json settings;
    auto toArray = [](const QStringList& list) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& item : list)
            array.push_back(item.toStdString());
        return array;
    };
    settings["trusted_senders"] = toArray(trustedSenders);
    // Cached so that trust decisions hold while the server is unreachable.
    settings["support_admins"] = toArray(supportAdmins);
    settings["msc4279"] = versions && versions->advertisesMsc4279();
    QString error;
    if (!ensurePrivateDir(options.profileDir, &error)
        || !writePrivateFile(QDir(options.profileDir).filePath(QStringLiteral("settings.json")),
            QByteArray::fromStdString(settings.dump(2)), &error))
        qCWarning(lcService).noquote() << "Cannot save the settings:" << error;
}

void NoticeService::Private::saveSnapshot() const
{
    // The notices themselves are the user's private mail: same care as the session.
    QString error;
    if (!ensurePrivateDir(options.profileDir, &error)
        || !writePrivateFile(QDir(options.profileDir).filePath(QStringLiteral("store.json")),
            QByteArray::fromStdString(q->store().toSnapshot().dump()), &error))
        qCWarning(lcService).noquote() << "Cannot save the notice store:" << error;
}

void NoticeService::Private::loadSnapshot()
{
    QFile file(QDir(options.profileDir).filePath(QStringLiteral("store.json")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    const auto parsed = nlohmann::json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (!q->store().loadSnapshot(parsed))
        qCWarning(lcService) << "The saved notice store is unreadable; starting from a full sync";
}

} // namespace nb
