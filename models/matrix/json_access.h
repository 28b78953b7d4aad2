#pragma once
// Tolerant readers for server JSON. The server is not trusted: every read states the
// type it expects and yields nothing when the value is missing or of another type,
// so one malformed event never takes the rest of a sync down with it.
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace nb::json_access {

using json = nlohmann::json;

// The member `key` of `object` if `object` is an object and has it, else nullptr.
const json* member(const json& object, const char* key);

std::optional<std::string> string(const json& object, const char* key);
std::optional<qint64> integer(const json& object, const char* key);
std::optional<bool> boolean(const json& object, const char* key);
const json* objectMember(const json& object, const char* key);
const json* arrayMember(const json& object, const char* key);
// Mutable forms, for moving events out of a parsed response.
json* objectMember(json& object, const char* key);
json* arrayMember(json& object, const char* key);

// Same as string() but converted to QString ("" when missing).
QString qstring(const json& object, const char* key);
QString toQString(const std::string& utf8);

} // namespace nb::json_access
