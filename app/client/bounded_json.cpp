#include "bounded_json.h"

namespace nb {

std::optional<nlohmann::json> parseBoundedJson(const QByteArray& body, QString* why, int maxDepth)
{
    bool tooDeep = false;
    // The callback sees each container as it opens; answering false for one that is too
    // deep makes the parser skip it instead of storing it, so memory stays bounded too.
    const nlohmann::json::parser_callback_t guard = [&](int depth, nlohmann::json::parse_event_t event,
                                                        nlohmann::json&) {
        if ((event == nlohmann::json::parse_event_t::object_start
                || event == nlohmann::json::parse_event_t::array_start)
            && depth >= maxDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    };
    nlohmann::json parsed = nlohmann::json::parse(body.cbegin(), body.cend(), guard, false);
    if (tooDeep) {
        if (why)
            *why = QStringLiteral("the JSON is nested more than %1 levels deep").arg(maxDepth);
        return std::nullopt;
    }
    if (parsed.is_discarded()) {
        if (why)
            *why = QStringLiteral("the response is not valid JSON");
        return std::nullopt;
    }
    return parsed;
}

} // namespace nb
