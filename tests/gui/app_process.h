// The real noticeboard or noticectl started as a separate process for the profile and
// single-instance tests: offscreen, with the token in a file (no keychain on a test box).
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <memory>

namespace nb::guitest {

inline std::unique_ptr<QProcess> startProcess(const QString& program, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("NOTICEBOARD_TOKEN_STORE"), QStringLiteral("file"));
    process->setProcessEnvironment(env);
    process->start(program, arguments);
    return process;
}

} // namespace nb::guitest
