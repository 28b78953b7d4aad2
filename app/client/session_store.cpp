#include "session_store.h"

#include <QCoreApplication>

#include "bounded_json.h"
#include "client_logging.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"
#include "private_file.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <nlohmann/json.hpp>

namespace nb {

using namespace json_access;

SessionStore::SessionStore(QString profileDir)
    : m_profileDir(std::move(profileDir))
{
}

QString SessionStore::sessionFile() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("session.json"));
}

QString SessionStore::defaultProfileDir()
{
    const QString fromEnv = qEnvironmentVariable("NOTICEBOARD_PROFILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Noticeboard/noticeboard"));
}

std::optional<Session> SessionStore::load(QString* problem) const
{
    auto damaged = [&](const QString& why) -> std::optional<Session> {
        qCWarning(lcSession).noquote() << "unusable session file:" << why;
        if (problem)
            *problem = QCoreApplication::translate("nb::Profile",
                "The saved session in %1 is damaged (%2), so Noticeboard cannot tell who "
                "was logged in. Log in again.")
                           .arg(QDir::toNativeSeparators(sessionFile()), why);
        return std::nullopt;
    };
    const PrivateRead read = readPrivateFile(sessionFile(), 64 * 1024);
    if (read.outcome == PrivateRead::Outcome::Missing)
        return std::nullopt;
    if (read.outcome == PrivateRead::Outcome::Refused) {
        if (problem)
            *problem = read.error;
        return std::nullopt;
    }
    const auto parsed = parseBoundedJson(read.content);
    if (!parsed)
        return damaged(read.content.isEmpty() ? QStringLiteral("it is empty") : QStringLiteral("it is not JSON"));
    if (!parsed->is_object())
        return damaged(QStringLiteral("it is not a JSON object"));
    Session session;
    session.homeserver = QUrl(qstring(*parsed, "homeserver"), QUrl::StrictMode);
    session.serverName = qstring(*parsed, "server_name");
    session.userId = qstring(*parsed, "user_id");
    session.deviceId = qstring(*parsed, "device_id");
    if (!isValidUserId(session.userId))
        return damaged(QStringLiteral("no valid user_id"));
    const QString scheme = session.homeserver.scheme();
    if (!session.homeserver.isValid() || session.homeserver.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return damaged(QStringLiteral("no valid homeserver address"));
    // The server name is only a convenience copy of the user ID's: rebuilt when unreadable.
    if (session.serverName.isEmpty())
        session.serverName = serverNameOf(session.userId);
    return session;
}

bool SessionStore::save(const Session& session, QString* error) const
{
    // Deliberately no access token: it belongs in the TokenVault.
    const nlohmann::json body = {
        {"version", 1},
        {"homeserver", session.homeserver.toString(QUrl::FullyEncoded).toStdString()},
        {"server_name", session.serverName.toStdString()},
        {"user_id", session.userId.toStdString()},
        {"device_id", session.deviceId.toStdString()},
    };
    return writePrivateFile(sessionFile(), QByteArray::fromStdString(body.dump(2)) + '\n', error);
}

bool SessionStore::clear(QString* error) const
{
    return removePrivateFile(sessionFile(), error);
}

} // namespace nb
