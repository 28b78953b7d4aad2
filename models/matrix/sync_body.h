#pragma once
// Parsing a /sync body, the largest reply a client gets: depth-limited like every
// server reply, but with a plain linear pre-scan instead of nlohmann's callback parser,
// which costs about three times a plain parse on a large initial sync.
#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace nb {

// nullopt with `why` set when the body is not JSON or nests deeper than `maxDepth`.
std::optional<nlohmann::json> parseSyncBody(
    const char* begin, const char* end, QString* why = nullptr, int maxDepth = 64);
std::optional<nlohmann::json> parseSyncBody(const QByteArray& body, QString* why = nullptr, int maxDepth = 64);

} // namespace nb
