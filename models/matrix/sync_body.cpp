#include "matrix/sync_body.h"

namespace nb {

namespace {
using json = nlohmann::json;

// The deepest nesting of objects and arrays in the bytes, stopping early once it is
// past `limit`. A plain scan is far cheaper than nlohmann's callback parser, which
// would otherwise be the way to refuse deep documents (it costs ~3x a plain parse).
int nestingDepth(const char* begin, const char* end, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (const char* p = begin; p != end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\' && p + 1 != end)
                ++p;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}
} // namespace

std::optional<json> parseSyncBody(const char* begin, const char* end, QString* why, int maxDepth)
{
    if (nestingDepth(begin, end, maxDepth) > maxDepth) {
        if (why)
            *why = QStringLiteral("the JSON is nested more than %1 levels deep").arg(maxDepth);
        return std::nullopt;
    }
    json parsed = json::parse(begin, end, nullptr, false);
    if (parsed.is_discarded()) {
        if (why)
            *why = QStringLiteral("the response is not valid JSON");
        return std::nullopt;
    }
    return parsed;
}

std::optional<json> parseSyncBody(const QByteArray& body, QString* why, int maxDepth)
{
    return parseSyncBody(body.constData(), body.constData() + body.size(), why, maxDepth);
}

} // namespace nb
