#include "notice/sync_filter.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"

#include <nlohmann/json.hpp>

namespace nb {

QString noticeSyncFilterJson(int timelineLimit)
{
    using json = nlohmann::json;
    const json stateTypes = {"m.room.create", "m.room.name", "m.room.topic", "m.room.avatar", "m.room.power_levels",
        "m.room.pinned_events", "m.room.member", ids::leaveRulesStable, ids::leaveRulesUnstable};
    json timelineTypes = stateTypes;
    timelineTypes.push_back("m.room.message");
    timelineTypes.push_back("m.room.redaction"); // withdrawn notices
    const json filter = {
        {"presence", {{"types", json::array()}}},
        {"account_data", {{"types", json::array()}}},
        {"room",
            {{"include_leave", true}, {"state", {{"types", stateTypes}, {"lazy_load_members", true}}},
                {"timeline", {{"types", timelineTypes}, {"limit", timelineLimit}, {"lazy_load_members", true}}},
                {"ephemeral", {{"types", {"m.receipt"}}}}, {"account_data", {{"types", {"m.tag"}}}}}},
    };
    return json_access::toQString(filter.dump());
}

QString noticeHistoryFilterJson()
{
    const nlohmann::json filter = {{"types", {"m.room.message", "m.room.redaction"}}, {"lazy_load_members", true}};
    return json_access::toQString(filter.dump());
}

QString noticeRedactionsFilterJson()
{
    const nlohmann::json filter = {{"types", {"m.room.redaction"}}, {"lazy_load_members", true}};
    return json_access::toQString(filter.dump());
}

} // namespace nb
