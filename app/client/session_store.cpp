#include "session_store.h"

#include "bounded_json.h"
#include "client_logging.h"
#include "matrix/json_access.h"
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

std::optional<Session> SessionStore::load() const
{
    QFile file(sessionFile());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto parsed = parseBoundedJson(file.read(1024 * 1024));
    if (!parsed || !parsed->is_object()) {
        qCWarning(lcSession) << "ignoring unreadable session file" << sessionFile();
        return std::nullopt;
    }
    Session session;
    session.homeserver = QUrl(qstring(*parsed, "homeserver"), QUrl::StrictMode);
    session.serverName = qstring(*parsed, "server_name");
    session.userId = qstring(*parsed, "user_id");
    session.deviceId = qstring(*parsed, "device_id");
    if (!session.homeserver.isValid() || session.homeserver.host().isEmpty() || session.userId.isEmpty())
        return std::nullopt;
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

void SessionStore::clear() const
{
    QFile::remove(sessionFile());
}

} // namespace nb
