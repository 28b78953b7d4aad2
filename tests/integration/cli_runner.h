#pragma once
// Runs the real noticectl binary for one user profile, as a script would.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
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
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTICEBOARD_CA_FILE"), m_caFile);
        env.insert(QStringLiteral("NOTICEBOARD_TOKEN_STORE"), QStringLiteral("file"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(NB_NOTICECTL), QStringList {QStringLiteral("--profile"), m_dir.path()} + arguments);
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

    QString path() const { return m_dir.path(); }

private:
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
