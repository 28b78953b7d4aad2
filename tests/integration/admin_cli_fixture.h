#pragma once
// Shared set-up of the admin CLI tests: a real Synapse (default profile), the harness
// admin logged in to noticectl, and ordinary users each with their own noticectl profile.
#include "admin_session.h"
#include "cli_runner.h"
#include "synapse_instance.h"

#include <QTest>
#include <map>
#include <memory>

namespace nb::testing {

struct AdminCliFixture {
    std::unique_ptr<testsupport::SynapseInstance> synapse;
    std::unique_ptr<CliProfile> adminCli;
    // Set before start() to run on a Synapse without rate limits (SynapseOptions::
    // relaxRateLimitsBecause): empty, the default, keeps Synapse's stock limits.
    QString relaxRateLimitsBecause;

    // hideAdminApi: the proxy hides /_synapse/admin/ (a server without the admin API).
    // defaultRoomVersion: Synapse's default_room_version (empty: Synapse's own, 11).
    bool start(QString* error, bool hideAdminApi = false, const QString& defaultRoomVersion = {})
    {
        // The admin is the server's published support contact, so the users' apps treat
        // its notice rooms as official (Synapse advertises no MSC4279).
        testsupport::SynapseOptions options;
        options.supportAdmins = {QStringLiteral("@admin:SERVER")};
        options.hideAdminApi = hideAdminApi;
        options.defaultRoomVersion = defaultRoomVersion;
        options.relaxRateLimitsBecause = relaxRateLimitsBecause;
        synapse = std::make_unique<testsupport::SynapseInstance>(options);
        if (!synapse->start(error))
            return false;
        adminCli = std::make_unique<CliProfile>(synapse->caFile());
        const CliRun login = adminCli->run({QStringLiteral("login"), QStringLiteral("--user"), synapse->adminUserId(),
                                               QStringLiteral("--password-stdin")},
            synapse->adminPassword().toUtf8() + '\n');
        if (login.exitCode != 0)
            *error = QStringLiteral("admin login failed: ") + login.text();
        return login.exitCode == 0;
    }

    // A registered user with a logged-in noticectl profile.
    struct User {
        testsupport::SynapseInstance::User account;
        std::unique_ptr<CliProfile> cli;
        std::unique_ptr<ApiSession> api;
    };
    User user(const QString& name)
    {
        User u;
        u.account = synapse->registerUser(name, name + QStringLiteral("-password"));
        u.cli = std::make_unique<CliProfile>(synapse->caFile());
        u.cli->run(
            {QStringLiteral("login"), QStringLiteral("--user"), u.account.userId, QStringLiteral("--password-stdin")},
            (name + QStringLiteral("-password\n")).toUtf8());
        u.api = std::make_unique<ApiSession>(synapse->baseUrl(), u.account.accessToken, synapse->caFile());
        return u;
    }

    CliRun admin(const QStringList& arguments) const { return adminCli->run(arguments); }
};

// GET /rooms/{id}/state as `who`: content by (type, state_key); empty when failed.
struct RoomState {
    std::map<std::pair<std::string, std::string>, nlohmann::json> contents;
    nlohmann::json get(const std::string& type, const std::string& stateKey = {}) const
    {
        const auto it = contents.find({type, stateKey});
        return it == contents.end() ? nlohmann::json::object() : it->second;
    }
};

inline RoomState stateAs(ApiSession& who, const QString& roomId)
{
    RoomState state;
    auto result = who.wait<nlohmann::json>([&](auto cb) { who.api().roomState(roomId, cb); });
    if (!result.ok())
        return state;
    for (const auto& event : *result.value)
        state.contents[{event.value("type", std::string()), event.value("state_key", std::string())}] =
            event.value("content", nlohmann::json::object());
    return state;
}

inline QString firstLine(const CliRun& run)
{
    return QString::fromUtf8(run.out).trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace nb::testing
