#pragma once
// Reads the real Synapse responses kept in tests/fixtures.
#include <QFile>
#include <QString>
#include <QTest>
#include <nlohmann/json.hpp>

namespace nb::testing {

inline QByteArray fixtureBytes(const char* name)
{
    QFile file(QStringLiteral(NB_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

inline nlohmann::json fixtureJson(const char* name)
{
    const QByteArray bytes = fixtureBytes(name);
    return nlohmann::json::parse(bytes.cbegin(), bytes.cend());
}

} // namespace nb::testing
