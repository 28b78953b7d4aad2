#include "matrix/server_versions.h"
#include "matrix/json_access.h"

namespace nb {

using namespace json_access;

std::optional<ServerVersions> parseServerVersions(const QByteArray& body)
{
    const auto parsed = nlohmann::json::parse(body.cbegin(), body.cend(), nullptr, false);
    const json* versions = arrayMember(parsed, "versions");
    if (!versions)
        return std::nullopt;
    ServerVersions result;
    for (const auto& version : *versions)
        if (version.is_string())
            result.versions.append(toQString(version.get_ref<const std::string&>()));
    if (const json* features = objectMember(parsed, "unstable_features")) {
        result.msc4279Unstable = boolean(*features, "org.matrix.msc4279").value_or(false);
        result.msc4279Stable = boolean(*features, "org.matrix.msc4279.stable").value_or(false);
    }
    return result;
}

} // namespace nb
