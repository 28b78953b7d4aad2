#!/usr/bin/env bash
# demo-seed.sh INSTANCE_DIR — gives the demo user "alice" something to look at: a
# legacy server notice, an MSC4279 notice room (built from the notice_readonly preset,
# expanded client-side because Synapse does not know the preset), and an active
# usage-limit notice pinned in her server notices room.
set -euo pipefail
dir=$1
# shellcheck disable=SC1091
. "$dir/instance.env"
harness="$(dirname "${BASH_SOURCE[0]}")/../tests/harness/synapse-harness"

api() {  # api METHOD PATH [JSON] -> response body
    curl -sS --fail-with-body --cacert "$CA_FILE" -X "$1" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' ${3:+--data "$3"} "$BASE_URL$2"
}
field() {  # field NAME < json -> value of a top-level string field
    sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
}

"$harness" register "$dir" alice alice-password >/dev/null
alice="@alice:$SERVER_NAME"
# More people for an admin to deliver notices to (demo.sh --admin).
for name in bob carol; do
    "$harness" register "$dir" "$name" "$name-password" >/dev/null
done
txn() { printf 'demo-%s-%s' "$1" "$(date +%s%N)"; }

api PUT "/_synapse/admin/v1/send_server_notice/$(txn tos)" "{\"user_id\":\"$alice\",\"content\":{\"msgtype\":\"m.text\",\"body\":\"Our terms of service change on 1 December. Read them at https://example.org/terms.\",\"format\":\"org.matrix.custom.html\",\"formatted_body\":\"<p>Our <b>terms of service</b> change on 1 December. Read them at <a href=\\\"https://example.org/terms\\\">example.org/terms</a>.</p>\"}}" >/dev/null

limit_event=$(api PUT "/_synapse/admin/v1/send_server_notice/$(txn limit)" "{\"user_id\":\"$alice\",\"content\":{\"msgtype\":\"m.server_notice\",\"body\":\"This server has exceeded its monthly active user limit.\",\"server_notice_type\":\"m.server_notice.usage_limit_reached\",\"limit_type\":\"monthly_active_user\",\"admin_contact\":\"mailto:admin@localhost\"}}" | field event_id)
api PUT "/_synapse/admin/v1/send_server_notice/$(txn pin)" "{\"user_id\":\"$alice\",\"type\":\"m.room.pinned_events\",\"state_key\":\"\",\"content\":{\"pinned\":[\"$limit_event\"]}}" >/dev/null

room=$(api POST /_matrix/client/v3/createRoom "{
  \"preset\":\"private_chat\",\"is_direct\":true,\"name\":\"Your report about #general\",
  \"topic\":\"Moderation team, case 1042\",\"invite\":[\"$alice\"],
  \"creation_content\":{\"type\":\"org.matrix.msc4279.server_notice\",\"m.federate\":false},
  \"power_level_content_override\":{\"events_default\":0,\"ban\":100,\"kick\":100,\"invite\":100,\"redact\":100,
     \"state_default\":100,\"users_default\":0,\"notifications\":{\"room\":100},\"users\":{\"$ADMIN_USER\":100}},
  \"initial_state\":[
     {\"type\":\"org.matrix.msc4279.leave_rules\",\"state_key\":\"\",\"content\":{\"leave_rule\":\"deny\"}},
     {\"type\":\"m.room.history_visibility\",\"state_key\":\"\",\"content\":{\"history_visibility\":\"shared\"}},
     {\"type\":\"m.room.guest_access\",\"state_key\":\"\",\"content\":{\"guest_access\":\"can_join\"}}]}" | field room_id)
api PUT "/_matrix/client/v3/rooms/$room/send/m.room.message/$(txn report)" \
    '{"msgtype":"m.text","body":"Thank you for your report. We reviewed the messages and removed them. You can reply here if you have more to add."}' >/dev/null
echo "seeded notices for $alice (notice room $room)" >&2
