#include "service/account_context.h"

#include <QCoreApplication>

#include "client/bounded_json.h"
#include "client/private_file.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <cstdio>
#include <nlohmann/json.hpp>

Q_LOGGING_CATEGORY(lcAccount, "noticeboard.account")

namespace nb {

using json = nlohmann::json;

namespace {

constexpr qint64 kMaxSettingsBytes = 4 * 1024 * 1024;
constexpr int kFormat = 2;

// settings.json, format 2:
// {"version": 2, "accounts": [{"user_id", "homeserver", "trusted_senders": [...],
//   "support_admins": [...], "msc4279": bool, "open_official_invites": bool,
//   "public_read_receipts": bool, "account_state": {...} or null}, ...]}
struct SettingsFile {
    json accounts = json::array(); // the readable entries only
    QString problem; // for people
};

QString homeserverKey(const QUrl& homeserver)
{
    return homeserver.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

bool isEntryFor(const json& entry, const QString& userId, const QUrl& homeserver)
{
    return json_access::qstring(entry, "user_id") == userId
        && json_access::qstring(entry, "homeserver") == homeserverKey(homeserver);
}

SettingsFile readSettings(const QString& path)
{
    SettingsFile file;
    const PrivateRead read = readPrivateFile(path, kMaxSettingsBytes);
    if (read.outcome == PrivateRead::Outcome::Missing)
        return file;
    if (read.outcome == PrivateRead::Outcome::Refused) {
        // The command goes on with the defaults: say what is wrong and what that costs, not
        // "try again" (nothing failed that trying again would change).
        file.problem = read.problem + QLatin1Char(' ')
            + QCoreApplication::translate("nb::NoticeService", "Your settings are not used until it is removed.");
        return file;
    }
    const auto parsed = parseBoundedJson(read.content);
    if (!parsed || !parsed->is_object()) {
        // Kept beside it, so nothing the user set is destroyed; the next save starts afresh.
        const QString aside = path + QStringLiteral(".damaged");
        std::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData());
        file.problem = QCoreApplication::translate("nb::NoticeService",
            "Your settings in %1 were damaged and could not be read, so Noticeboard uses "
            "its defaults (the damaged file is kept as %2).")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside));
        return file;
    }
    const json* accounts = json_access::arrayMember(*parsed, "accounts");
    if (json_access::integer(*parsed, "version").value_or(0) != kFormat || !accounts) {
        // An older version kept one set of facts for whoever logged in; whose they were is
        // unknown, so they are not used for anyone.
        qCInfo(lcAccount) << "settings without an account (older format) are not used";
        return file;
    }
    int unreadable = 0;
    for (const json& entry : *accounts) {
        if (entry.is_object() && isValidUserId(json_access::qstring(entry, "user_id"))
            && !json_access::qstring(entry, "homeserver").isEmpty())
            file.accounts.push_back(entry);
        else
            ++unreadable;
    }
    if (unreadable > 0)
        file.problem = QCoreApplication::translate(
            "nb::NoticeService", "Part of your settings in %1 could not be read and was left out.")
                           .arg(QDir::toNativeSeparators(path));
    return file;
}

// A list of user IDs; false when the key is there but is not a list (wrong type).
bool readUserIds(const json& entry, const char* key, QStringList* out)
{
    out->clear();
    const json* value = json_access::member(entry, key);
    if (!value)
        return true;
    if (!value->is_array())
        return false;
    bool allRead = true;
    for (const json& item : *value) {
        const QString id = item.is_string() ? json_access::toQString(item.get<std::string>()) : QString();
        if (isValidUserId(id) && !out->contains(id))
            out->append(id);
        else
            allRead = false;
    }
    return allRead;
}

json toArray(const QStringList& list)
{
    json array = json::array();
    for (const QString& item : list)
        array.push_back(item.toStdString());
    return array;
}

// {"kind": "consent_not_given"|"suspended"|"locked"|"deactivated", "consent_uri", "message"} or null.
json accountStateToJson(const std::optional<AccountState>& state)
{
    if (!state)
        return nullptr;
    return {{"kind", accountStateName(state->kind).toStdString()}, {"consent_uri", state->consentUri.toStdString()},
        {"message", state->serverMessage.toStdString()}};
}

// Anything unreadable is no state: the next refusal from the server says it again.
std::optional<AccountState> accountStateFromJson(const json* value)
{
    if (!value || !value->is_object())
        return std::nullopt;
    const auto kind = accountStateKindFromName(json_access::qstring(*value, "kind"));
    if (!kind)
        return std::nullopt;
    AccountState state;
    state.kind = *kind;
    state.consentUri = json_access::qstring(*value, "consent_uri");
    state.serverMessage = json_access::qstring(*value, "message");
    return state;
}

} // namespace

AccountContext::AccountContext(QString profileDir)
    : m_profileDir(std::move(profileDir))
{
}

QString AccountContext::settingsFile() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("settings.json"));
}

void AccountContext::resume(const QString& userId, const QUrl& homeserver)
{
    load(userId, homeserver, true);
}

void AccountContext::beginLogin(const QString& userId, const QUrl& homeserver)
{
    load(userId, homeserver, false);
}

void AccountContext::reset()
{
    m_userId.clear();
    m_homeserver = QUrl();
    m_versions.reset();
    m_savedMsc4279 = false;
    m_supportAdmins.clear();
    m_trustedSenders.clear();
    m_opensOfficialInvites = true;
    m_sendsPublicReadReceipts = true;
    m_accountState.reset();
    m_problem.clear();
}

void AccountContext::load(const QString& userId, const QUrl& homeserver, bool withServerFacts)
{
    reset();
    m_userId = userId;
    m_homeserver = homeserver;
    const SettingsFile file = readSettings(settingsFile());
    m_problem = file.problem;
    for (const json& entry : file.accounts) {
        if (!isEntryFor(entry, userId, homeserver))
            continue;
        bool readable = readUserIds(entry, "trusted_senders", &m_trustedSenders);
        const json* open = json_access::member(entry, "open_official_invites");
        readable = readable && (!open || open->is_boolean());
        m_opensOfficialInvites = json_access::boolean(entry, "open_official_invites").value_or(true);
        const json* receipts = json_access::member(entry, "public_read_receipts");
        readable = readable && (!receipts || receipts->is_boolean());
        m_sendsPublicReadReceipts = json_access::boolean(entry, "public_read_receipts").value_or(true);
        if (withServerFacts) {
            readable = readUserIds(entry, "support_admins", &m_supportAdmins) && readable;
            const json* flag = json_access::member(entry, "msc4279");
            readable = readable && (!flag || flag->is_boolean());
            m_savedMsc4279 = json_access::boolean(entry, "msc4279").value_or(false);
            m_accountState = accountStateFromJson(json_access::member(entry, "account_state"));
        }
        if (!readable && m_problem.isEmpty())
            m_problem = QCoreApplication::translate(
                "nb::NoticeService", "Part of your settings in %1 could not be read and was left out.")
                            .arg(QDir::toNativeSeparators(settingsFile()));
        break;
    }
}

void AccountContext::setVersions(const ServerVersions& versions)
{
    m_versions = versions;
}

bool AccountContext::serverAdvertisesMsc4279() const
{
    return m_versions ? m_versions->advertisesMsc4279() : m_savedMsc4279;
}

void AccountContext::setSupportAdmins(const QStringList& admins)
{
    m_supportAdmins = admins;
}

void AccountContext::setTrustedSenders(const QStringList& senders)
{
    m_trustedSenders = senders;
}

bool AccountContext::save(QString* error)
{
    if (!hasAccount())
        return true;
    SettingsFile file = readSettings(settingsFile());
    json accounts = json::array();
    for (json& entry : file.accounts)
        if (!isEntryFor(entry, m_userId, m_homeserver))
            accounts.push_back(std::move(entry));
    accounts.push_back({
        {"user_id", m_userId.toStdString()},
        {"homeserver", homeserverKey(m_homeserver).toStdString()},
        {"trusted_senders", toArray(m_trustedSenders)},
        {"open_official_invites", m_opensOfficialInvites},
        {"public_read_receipts", m_sendsPublicReadReceipts},
        {"account_state", accountStateToJson(m_accountState)},
        // Cached so that trust decisions hold while this server is unreachable.
        {"support_admins", toArray(m_supportAdmins)},
        {"msc4279", serverAdvertisesMsc4279()},
    });
    const json body = {{"version", kFormat}, {"accounts", std::move(accounts)}};
    return writePrivateFile(settingsFile(), QByteArray::fromStdString(body.dump(2)) + '\n', error);
}

} // namespace nb
