#pragma once
// Runs the real noticectl binary for one user profile, as a script would.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

namespace nb::testing {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    nlohmann::json json() const { return nlohmann::json::parse(out.cbegin(), out.cend(), nullptr, false); }
    QString text() const { return QString::fromUtf8(out + err); }
};

class CliProfile {
public:
    explicit CliProfile(QString caFile)
        : m_caFile(std::move(caFile))
    {
    }

    // inChild: runs in the child between fork and exec (e.g. setrlimit for a full disk).
    CliRun run(
        const QStringList& arguments, const QByteArray& input = {}, const std::function<void()>& inChild = {}) const
    {
        QProcess process;
        if (inChild)
            process.setChildProcessModifier(inChild);
        startIn(process, arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = "noticectl did not finish in time";
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Started and left running (a test kills it at a moment of its choosing).
    std::unique_ptr<QProcess> start(const QStringList& arguments) const
    {
        auto process = std::make_unique<QProcess>();
        startIn(*process, arguments);
        process->waitForStarted();
        return process;
    }

    // `noticectl login --user USER --password-stdin` on this profile.
    CliRun login(const QString& userId, const QString& password) const
    {
        return run({QStringLiteral("login"), QStringLiteral("--user"), userId, QStringLiteral("--password-stdin")},
            password.toUtf8() + '\n');
    }

    QString path() const { return m_dir.path(); }

private:
    void startIn(QProcess& process, const QStringList& arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTICEBOARD_CA_FILE"), m_caFile);
        env.insert(QStringLiteral("NOTICEBOARD_TOKEN_STORE"), QStringLiteral("file"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(NB_NOTICECTL), QStringList {QStringLiteral("--profile"), m_dir.path()} + arguments);
    }

    QString m_caFile;
    QTemporaryDir m_dir;
};

// The room of `inbox --json` output with this ID, or null.
inline nlohmann::json roomIn(const nlohmann::json& inbox, const QString& roomId)
{
    if (inbox.is_object() && inbox.contains("notice_rooms"))
        for (const auto& room : inbox["notice_rooms"])
            if (room.value("room_id", std::string()) == roomId.toStdString())
                return room;
    return nullptr;
}

} // namespace nb::testing
