#pragma once
// Drives a real Synapse as some user (often the server admin) to set up what a test
// needs: notices, notice rooms, state. Blocking wrappers over nb::MatrixApi.
#include "client/http_transport.h"
#include "client/matrix_api.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>

namespace nb::testing {

class ApiSession {
public:
    ApiSession(const QUrl& baseUrl, const QString& token, const QString& caFile)
        : m_transport(options(caFile))
        , m_api(m_transport)
    {
        m_api.setHomeserver(baseUrl);
        m_api.setAccessToken(token);
    }

    MatrixApi& api() { return m_api; }

    // Runs one MatrixApi call to completion: wait([&](auto cb) { api().joinRoom(id, cb); })
    template<class T, class Start> Result<T> wait(Start start)
    {
        QEventLoop loop;
        std::optional<Result<T>> outcome;
        start([&](Result<T> result) {
            outcome = std::move(result);
            loop.quit();
        });
        if (!outcome) {
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return outcome ? *outcome : Result<T>::fail(RequestFailure::make(RequestFailure::Kind::Timeout));
    }

    QString createRoom(const nlohmann::json& body)
    {
        auto result = wait<QString>([&](auto cb) { m_api.createRoom(body, cb); });
        return result.ok() ? *result.value : QString();
    }
    // Sends as a client at Synapse's stock rate limits does: a 429 (M_LIMIT_EXCEEDED) is
    // waited out as the server asks and the same transaction sent again (at most 5 times).
    QString send(const QString& roomId, const nlohmann::json& content)
    {
        const QString transaction = MatrixApi::generateTransactionId();
        for (int attempt = 0;; ++attempt) {
            auto result = wait<QString>([&](auto cb) { m_api.sendMessage(roomId, transaction, content, cb); });
            if (result.ok())
                return *result.value;
            if (attempt >= 5 || result.failure.matrix.httpStatus != 429)
                return {};
            QEventLoop pause;
            QTimer::singleShot(int(std::clamp<qint64>(result.failure.matrix.retryAfterMs.value_or(1000), 100, 30000)),
                &pause, &QEventLoop::quit);
            pause.exec();
        }
    }
    QString redact(const QString& roomId, const QString& eventId, const QString& reason = {})
    {
        auto result = wait<QString>(
            [&](auto cb) { m_api.redactEvent(roomId, eventId, MatrixApi::generateTransactionId(), reason, cb); });
        return result.ok() ? *result.value : QString();
    }
    QString sendState(const QString& roomId, const QString& type, const nlohmann::json& content)
    {
        auto result = wait<QString>([&](auto cb) { m_api.sendState(roomId, type, QString(), content, cb); });
        return result.ok() ? *result.value : QString();
    }
    bool join(const QString& roomId)
    {
        return wait<Empty>([&](auto cb) { m_api.joinRoom(roomId, cb); }).ok();
    }
    QString serverNotice(const QString& userId, const nlohmann::json& content, const QString& type = {},
        std::optional<QString> stateKey = std::nullopt)
    {
        auto result = wait<QString>([&](auto cb) {
            m_api.sendServerNotice(MatrixApi::generateTransactionId(), userId, content, cb, type, stateKey);
        });
        return result.ok() ? *result.value : QString();
    }

private:
    static TransportOptions options(const QString& caFile)
    {
        TransportOptions transport;
        transport.extraCaFile = caFile;
        return transport;
    }
    HttpTransport m_transport;
    MatrixApi m_api;
};

// The MSC4279 presets expanded by hand, as an admin tool must do on Synapse today.
inline nlohmann::json noticeRoomBody(const QString& creator, const QString& invitee, bool readOnly,
    const char* leaveRule, const char* name = "Server Notice", const char* topic = nullptr)
{
    nlohmann::json body = {
        {"preset", "private_chat"},
        {"is_direct", true},
        {"name", name},
        {"invite", {invitee.toStdString()}},
        {"creation_content", {{"type", "org.matrix.msc4279.server_notice"}, {"m.federate", false}}},
        {"power_level_content_override",
            {{"events_default", readOnly ? 100 : 0}, {"ban", 100}, {"kick", 100}, {"invite", 100}, {"redact", 100},
                {"state_default", 100}, {"users_default", 0}, {"notifications", {{"room", 100}}},
                {"users", {{creator.toStdString(), 100}}}}},
        {"initial_state",
            {{{"type", "org.matrix.msc4279.leave_rules"}, {"state_key", ""}, {"content", {{"leave_rule", leaveRule}}}},
                {{"type", "m.room.history_visibility"}, {"state_key", ""},
                    {"content", {{"history_visibility", "shared"}}}},
                {{"type", "m.room.guest_access"}, {"state_key", ""}, {"content", {{"guest_access", "can_join"}}}}}},
    };
    if (topic)
        body["topic"] = topic;
    return body;
}

} // namespace nb::testing
