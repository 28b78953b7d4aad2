#include "store/trust_evidence.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "store/room_record.h"

namespace nb {

using json = nlohmann::json;
using namespace json_access;

RoomEvidence trustEvidenceOf(const RoomRecord& record)
{
    RoomEvidence evidence;
    evidence.isInvite = record.membership == Membership::Invite;
    evidence.inviter = toQString(record.inviter);
    evidence.hasServerNoticeTag = record.tags && record.tags->count(ids::serverNoticeTag) > 0;

    // The create event never changes: once the user has been a member, the authenticated
    // copy is used even for a later invite; before that, the stripped one (a claim).
    const auto key = stateKeyOf("m.room.create", "");
    const json* create = nullptr;
    if (const auto it = record.state.find(key); it != record.state.end())
        create = &it->second;
    else if (const auto stripped = record.inviteState.find(key); stripped != record.inviteState.end()) {
        create = &stripped->second;
        // Known only from an invite (one since declined, say): judged as the invite was.
        evidence.isInvite = true;
    }
    if (!create)
        return evidence;
    evidence.createSender = qstring(*create, "sender");
    const json* content = objectMember(*create, "content");
    if (!content)
        return evidence;
    evidence.roomType = qstring(*content, "type");
    evidence.roomVersion =
        string(*content, "room_version").has_value() ? qstring(*content, "room_version") : QStringLiteral("1");
    evidence.claimedCreator = qstring(*content, "creator");
    if (const json* federate = member(*content, "m.federate")) {
        if (federate->is_boolean())
            evidence.federate = federate->get<bool>();
        else
            evidence.federateMalformed = true;
    }
    if (const json* creators = arrayMember(*content, "additional_creators"))
        for (const auto& creator : *creators)
            if (creator.is_string())
                evidence.additionalCreators.append(toQString(creator.get<std::string>()));
    return evidence;
}

} // namespace nb
