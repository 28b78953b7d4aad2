#include "file_token_vault.h"

#include "bounded_json.h"
#include "client_logging.h"
#include "matrix/json_access.h"
#include "private_file.h"

#include <QDir>
#include <QFile>
#include <QTimer>
#include <nlohmann/json.hpp>

namespace nb {

using json = nlohmann::json;

namespace {

// {"version":1,"tokens":{"@user:server":"token"}}; a missing file is an empty vault.
std::optional<json> readTokens(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return json::object();
    if (isExposed(path)) {
        qCWarning(lcSession) << "token file was readable by others; restricting it:" << path;
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto parsed = parseBoundedJson(file.read(4 * 1024 * 1024));
    const json* tokens = parsed ? json_access::objectMember(*parsed, "tokens") : nullptr;
    if (!tokens) {
        *error = QStringLiteral("%1 is damaged; log in again").arg(path);
        return std::nullopt;
    }
    return *tokens;
}

bool writeTokens(const QString& path, const json& tokens, QString* error)
{
    const json body = {{"version", 1}, {"tokens", tokens}};
    return writePrivateFile(path, QByteArray::fromStdString(body.dump(2)) + '\n', error);
}

// The work is done now; only the report waits for the event loop, so callers see the
// same asynchronous behaviour as with the keychain.
template<class F> void later(F report)
{
    QTimer::singleShot(0, std::move(report));
}

} // namespace

FileTokenVault::FileTokenVault(const QString& profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("token.json")))
{
}

void FileTokenVault::store(const QString& userId, const QString& token, Done done)
{
    QString error;
    auto tokens = readTokens(m_path, &error);
    if (!tokens)
        tokens = json::object(); // a damaged file is replaced, not kept
    (*tokens)[userId.toStdString()] = token.toStdString();
    const bool ok = writeTokens(m_path, *tokens, &error);
    later([done, ok, error] { done(ok, ok ? QString() : error); });
}

void FileTokenVault::load(const QString& userId, Loaded done)
{
    QString error;
    std::optional<QString> token;
    if (auto tokens = readTokens(m_path, &error)) {
        const QString value = json_access::qstring(*tokens, userId.toUtf8().constData());
        if (!value.isEmpty())
            token = value;
    }
    later([done, token, error] { done(token, error); });
}

void FileTokenVault::remove(const QString& userId, Done done)
{
    QString error;
    bool ok = true;
    auto tokens = readTokens(m_path, &error);
    if (!tokens) {
        ok = QFile::remove(m_path); // damaged: nothing worth keeping
    } else if (tokens->erase(userId.toStdString()) > 0) {
        ok = tokens->empty() ? QFile::remove(m_path) : writeTokens(m_path, *tokens, &error);
    }
    if (ok)
        error.clear();
    later([done, ok, error] { done(ok, error); });
}

QString FileTokenVault::storageDescription() const
{
    return QStringLiteral("a file readable only by you: %1").arg(QDir::toNativeSeparators(m_path));
}

} // namespace nb
