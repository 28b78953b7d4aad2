#include "file_token_vault.h"

#include <QCoreApplication>

#include "bounded_json.h"
#include "client_logging.h"
#include "matrix/json_access.h"
#include "private_file.h"

#include <QDir>
#include <QTimer>
#include <nlohmann/json.hpp>

namespace nb {

using json = nlohmann::json;

namespace {

constexpr qint64 kMaxTokenFileBytes = 1024 * 1024;

// {"version":1,"tokens":{"@user:server":"token"}}.
struct TokenFile {
    enum class State { Missing, Read, Damaged, Refused };
    State state = State::Missing;
    json tokens = json::object(); // readable entries only
    QString error;
};

TokenFile readTokens(const QString& path)
{
    TokenFile file;
    const PrivateRead read = readPrivateFile(path, kMaxTokenFileBytes);
    if (read.outcome == PrivateRead::Outcome::Missing)
        return file;
    if (read.outcome == PrivateRead::Outcome::Refused) {
        file.state = TokenFile::State::Refused;
        file.error = read.error;
        return file;
    }
    const auto parsed = parseBoundedJson(read.content);
    const json* tokens = parsed ? json_access::objectMember(*parsed, "tokens") : nullptr;
    if (!tokens) {
        file.state = TokenFile::State::Damaged;
        file.error = QCoreApplication::translate("nb::Profile",
            "The token file %1 is damaged, so the saved access token cannot be read. "
            "Log in again.")
                         .arg(QDir::toNativeSeparators(path));
        return file;
    }
    file.state = TokenFile::State::Read;
    // One unreadable entry costs that entry only: the others still sign their users in.
    for (auto it = tokens->begin(); it != tokens->end(); ++it) {
        if (it.value().is_string() && !it.value().get<std::string>().empty())
            file.tokens[it.key()] = it.value();
        else
            qCWarning(lcSession) << "ignoring an unreadable entry in the token file";
    }
    return file;
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
    TokenFile file = readTokens(m_path);
    QString error = file.error;
    bool ok = false;
    if (file.state != TokenFile::State::Refused) { // a link or a folder is never replaced
        if (file.state == TokenFile::State::Damaged)
            qCWarning(lcSession) << "replacing a damaged token file";
        file.tokens[userId.toStdString()] = token.toStdString();
        ok = writeTokens(m_path, file.tokens, &error);
    }
    later([done, ok, error] { done(ok, ok ? QString() : error); });
}

void FileTokenVault::load(const QString& userId, Loaded done)
{
    const TokenFile file = readTokens(m_path);
    std::optional<QString> token;
    const QString value = json_access::qstring(file.tokens, userId.toUtf8().constData());
    if (!value.isEmpty())
        token = value;
    const QString error = file.error;
    later([done, token, error] { done(token, error); });
}

void FileTokenVault::remove(const QString& userId, Done done)
{
    TokenFile file = readTokens(m_path);
    QString error;
    bool ok = true;
    switch (file.state) {
    case TokenFile::State::Missing:
        break;
    case TokenFile::State::Refused:
        ok = false;
        error = file.error;
        break;
    case TokenFile::State::Damaged:
        ok = removePrivateFile(m_path, &error); // nothing in it can be read: nothing worth keeping
        break;
    case TokenFile::State::Read:
        file.tokens.erase(userId.toStdString());
        ok = file.tokens.empty() ? removePrivateFile(m_path, &error) : writeTokens(m_path, file.tokens, &error);
        break;
    }
    later([done, ok, error] { done(ok, ok ? QString() : error); });
}

bool FileTokenVault::removeAll(QString* error)
{
    return removePrivateFile(m_path, error);
}

bool FileTokenVault::retainOnly(const QString& userId, QString* error)
{
    TokenFile file = readTokens(m_path);
    if (file.state == TokenFile::State::Missing)
        return true;
    if (file.state == TokenFile::State::Refused) {
        if (error)
            *error = file.error;
        return false;
    }
    if (file.state == TokenFile::State::Damaged)
        return removePrivateFile(m_path, error);
    const std::string kept = userId.toStdString();
    json tokens = json::object();
    if (file.tokens.contains(kept))
        tokens[kept] = file.tokens[kept];
    if (tokens.size() == file.tokens.size())
        return true;
    return tokens.empty() ? removePrivateFile(m_path, error) : writeTokens(m_path, tokens, error);
}

QString FileTokenVault::storageDescription(TextLanguage language) const
{
    return textIn(language, "nb::Profile", QT_TRANSLATE_NOOP("nb::Profile", "a file readable only by you: %1"))
        .arg(QDir::toNativeSeparators(m_path));
}

} // namespace nb
