#pragma once
// Shared by the campaign tests: many users made quickly through the admin API, and
// counting what each recipient really got, read from the server (never from our journal).
#include "admin_session.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTimer>
#include <functional>
#include <memory>

namespace nb::testing {

// Runs `count` asynchronous jobs, `parallel` at a time; job(i, done) must call done().
inline void runParallel(int count, int parallel, const std::function<void(int, std::function<void()>)>& job)
{
    QEventLoop loop;
    auto next = std::make_shared<int>(0);
    auto running = std::make_shared<int>(0);
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [&, next, running] {
        while (*running < parallel && *next < count) {
            ++*running;
            job((*next)++, [&, running] {
                --*running;
                QTimer::singleShot(0, &loop, [&] { (*pump)(); });
            });
        }
        if (*running == 0 && *next >= count)
            loop.quit();
    };
    QTimer::singleShot(0, &loop, [&] { (*pump)(); });
    loop.exec();
    *pump = nullptr;
}

// PUT /_synapse/admin/v2/users/@prefixN:server without a password (no bcrypt: fast).
inline QStringList createUsers(MatrixApi& admin, const QString& server, const QString& prefix, int count, int* failures)
{
    QStringList users;
    for (int i = 1; i <= count; ++i)
        users << QStringLiteral("@%1%2:%3").arg(prefix).arg(i).arg(server);
    *failures = 0;
    runParallel(count, 8, [&](int i, std::function<void()> done) {
        admin.call("PUT", "/_synapse/admin/v2/users/" + MatrixApi::pathSegment(users[i]), {}, "{}", true,
            [&, done](Result<nlohmann::json> answer, const QUrl&) {
                *failures += answer.ok() ? 0 : 1;
                done();
            });
    });
    return users;
}

// What one recipient has, across every room they are invited to or in (admin API):
// messages whose body is the text, and rooms whose m.room.create carries `marker`.
struct Received {
    int messages = 0;
    int markedRooms = 0;
    bool readFailed = false;
};

inline QHash<QString, Received> countReceived(
    MatrixApi& admin, const QStringList& users, const QString& text, const QString& campaignId)
{
    QHash<QString, Received> counts;
    const std::string body = text.toStdString();
    const std::string markerPrefix = campaignId.toStdString() + "/";
    runParallel(int(users.size()), 8, [&](int i, std::function<void()> done) {
        const QString user = users[i];
        counts[user];
        admin.call("GET", "/_synapse/admin/v1/users/" + MatrixApi::pathSegment(user) + "/memberships", {}, {}, true,
            [&, user, done](Result<nlohmann::json> answer, const QUrl&) {
                if (!answer.ok()) {
                    counts[user].readFailed = true;
                    done();
                    return;
                }
                auto rooms = std::make_shared<QStringList>();
                for (auto it = (*answer.value)["memberships"].begin(); it != (*answer.value)["memberships"].end(); ++it)
                    if (it.value() == "invite" || it.value() == "join")
                        *rooms << QString::fromStdString(it.key());
                auto left = std::make_shared<int>(int(rooms->size()));
                if (rooms->isEmpty()) {
                    done();
                    return;
                }
                for (const QString& room : *rooms) {
                    admin.call("GET", "/_synapse/admin/v1/rooms/" + MatrixApi::pathSegment(room) + "/messages",
                        {{"dir", QStringLiteral("b")}, {"limit", QStringLiteral("1000")}}, {}, true,
                        [&, user, left, done](Result<nlohmann::json> page, const QUrl&) {
                            if (!page.ok())
                                counts[user].readFailed = true;
                            else
                                for (const auto& event : (*page.value)["chunk"]) {
                                    const auto content = event.value("content", nlohmann::json::object());
                                    if (event.value("type", std::string()) == "m.room.message"
                                        && content.value("body", std::string()) == body)
                                        ++counts[user].messages;
                                    if (event.value("type", std::string()) == "m.room.create"
                                        && content.value("io.noticeboard.delivery", std::string())
                                                .rfind(markerPrefix, 0)
                                            == 0)
                                        ++counts[user].markedRooms;
                                }
                            if (--*left == 0)
                                done();
                        });
                }
            });
    });
    return counts;
}

// The journal's records (one JSON object a line), for progress figures in the log.
inline QList<nlohmann::json> journalRecords(const QString& path)
{
    QList<nlohmann::json> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            records << nlohmann::json::parse(line.cbegin(), line.cend(), nullptr, false);
    return records;
}

inline int countRecords(const QString& path, const char* type, const char* flag = nullptr)
{
    int n = 0;
    for (const auto& record : journalRecords(path))
        if (record.is_object() && record.value("t", std::string()) == type && (!flag || record.value(flag, false)))
            ++n;
    return n;
}

// The harness script directly, for what SynapseInstance does not wrap (set-config).
inline bool runHarness(const QStringList& arguments, QString* output)
{
    QProcess process;
    const QString script = qEnvironmentVariable("NB_HARNESS_SCRIPT", QStringLiteral(NB_HARNESS_SCRIPT));
    process.start(script, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace nb::testing
