#pragma once
// Parsing server JSON with a nesting limit: a hostile or broken server must not make us
// build (and later recursively walk) an arbitrarily deep tree.
#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace nb {

constexpr int kMaxJsonDepth = 64;

// nullopt with `why` set when the body is not JSON or nests deeper than `maxDepth`.
std::optional<nlohmann::json> parseBoundedJson(
    const QByteArray& body, QString* why = nullptr, int maxDepth = kMaxJsonDepth);

} // namespace nb
