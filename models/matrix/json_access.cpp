#include "matrix/json_access.h"

#include <limits>
#include <utility>

namespace nb::json_access {

const json* member(const json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> string(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value || !value->is_string())
        return std::nullopt;
    return value->get_ref<const std::string&>();
}

std::optional<qint64> integer(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<qint64>();
    if (value->is_number_unsigned()) {
        const auto unsignedValue = value->get<std::uint64_t>();
        if (unsignedValue > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(unsignedValue);
    }
    return std::nullopt;
}

std::optional<bool> boolean(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value || !value->is_boolean())
        return std::nullopt;
    return value->get<bool>();
}

const json* objectMember(const json& object, const char* key)
{
    const json* value = member(object, key);
    return value && value->is_object() ? value : nullptr;
}

const json* arrayMember(const json& object, const char* key)
{
    const json* value = member(object, key);
    return value && value->is_array() ? value : nullptr;
}

json* objectMember(json& object, const char* key)
{
    return const_cast<json*>(objectMember(std::as_const(object), key));
}

json* arrayMember(json& object, const char* key)
{
    return const_cast<json*>(arrayMember(std::as_const(object), key));
}

QString toQString(const std::string& utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString qstring(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value || !value->is_string())
        return {};
    return toQString(value->get_ref<const std::string&>());
}

} // namespace nb::json_access
