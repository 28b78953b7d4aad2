#include "admin/usage_limit_notice.h"

#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "notice/usage_limit.h"

namespace nb {

using json = nlohmann::json;
using namespace json_access;

QString usageLimitNoticeBody(const QString& limitType, const QString& adminContact)
{
    QString body = describeUsageLimit(limitType);
    if (!adminContact.isEmpty())
        body += QStringLiteral(" Contact: %1").arg(adminContact);
    return body;
}

json usageLimitNoticeContent(const QString& limitType, const QString& adminContact)
{
    const QString body = usageLimitNoticeBody(limitType, adminContact);
    return {{"msgtype", ids::serverNoticeMsgtype}, {"server_notice_type", ids::usageLimitReached},
        {"limit_type", limitType.toStdString()},
        {"admin_contact", adminContact.isEmpty() ? json(nullptr) : json(adminContact.toStdString())},
        {"body", body.toStdString()}};
}

bool isUsageLimitNotice(const json& event, const QString& limitType)
{
    const json* content = objectMember(event, "content");
    if (!content || string(event, "type").value_or("") != "m.room.message")
        return false;
    if (string(*content, "msgtype").value_or("") != ids::serverNoticeMsgtype
        || string(*content, "server_notice_type").value_or("") != ids::usageLimitReached)
        return false;
    return limitType.isEmpty() || qstring(*content, "limit_type") == limitType;
}

QStringList pinnedIds(const json& pinnedContent)
{
    QStringList ids;
    if (const json* pinned = arrayMember(pinnedContent, "pinned"))
        for (const json& id : *pinned)
            if (id.is_string())
                ids << toQString(id.get<std::string>());
    return ids;
}

namespace {
json withList(const json& pinnedContent, const QStringList& ids)
{
    json content = pinnedContent.is_object() ? pinnedContent : json::object();
    json list = json::array();
    for (const QString& id : ids)
        list.push_back(id.toStdString());
    content["pinned"] = std::move(list);
    return content;
}
} // namespace

json withPin(const json& pinnedContent, const QString& eventId)
{
    QStringList ids = pinnedIds(pinnedContent);
    if (!ids.contains(eventId))
        ids << eventId;
    return withList(pinnedContent, ids);
}

json withoutPins(const json& pinnedContent, const QStringList& eventIds)
{
    QStringList ids = pinnedIds(pinnedContent);
    ids.removeIf([&](const QString& id) { return eventIds.contains(id); });
    return withList(pinnedContent, ids);
}

} // namespace nb
