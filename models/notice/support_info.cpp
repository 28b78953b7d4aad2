#include "notice/support_info.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"
#include "notice/identifiers.h"

namespace nb {

using namespace json_access;

std::optional<SupportInfo> parseSupportInfo(const QByteArray& body)
{
    const auto parsed = nlohmann::json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (!parsed.is_object())
        return std::nullopt;
    SupportInfo info;
    info.supportPage = qstring(parsed, "support_page");
    if (const json* contacts = arrayMember(parsed, "contacts")) {
        for (const auto& contact : *contacts) {
            if (string(contact, "role").value_or(std::string {}) != ids::supportRoleAdmin)
                continue;
            const QString userId = qstring(contact, "matrix_id");
            if (isValidUserId(userId) && !info.adminUserIds.contains(userId))
                info.adminUserIds.append(userId);
        }
    }
    return info;
}

} // namespace nb
