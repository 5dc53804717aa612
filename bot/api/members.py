"""Admin API: members (search, profile, timeline, tag, untag, opt out, enrol, exit, open a handoff)."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import HANDOFF, PROFILE, STR, array, obj
from bot.api.spec import Call, Endpoint, limit_param, path, query
from bot.manager import members, sequences

TAGS_BODY = {"type": "object", "required": ["tags"], "additionalProperties": False, "properties": {
    "tags": {"type": "array", "minItems": 1, "maxItems": 20,
             "items": {"type": "string", "minLength": 1, "maxLength": 64}}}}
SEQUENCE_BODY = {"type": "object", "required": ["sequence"], "additionalProperties": False, "properties": {
    "sequence": {"type": "string", "minLength": 1, "maxLength": 200}}}
HANDOFF_BODY = {"type": "object", "additionalProperties": False, "properties": {
    "note": {"type": "string", "maxLength": 200}}}
ENROLMENT = obj(("sequence", "member", "outcome"), sequence=STR, member=STR, outcome=STR, step=STR)
EVENT = obj(("type", "at", "details"), type=STR, at=STR, details={"type": "object"})
MEMBER = path("member_id", "A member id (m + 16 hex digits), as lists and tracking show it.")
SHORT = {"type": "string", "maxLength": 200}


def search_members(call: Call) -> list[dict[str, Any]]:
    return members.search(call.svc, call.brand, tag=call.args.get("tag", ""), name=call.args.get("name", ""),
                          channel_id=call.args.get("channel_id", ""), limit=call.args["limit"])


def get_member(call: Call) -> dict[str, Any]:
    return members.profile(call.svc, call.brand, call.args["member_id"])


def member_timeline(call: Call) -> list[dict[str, Any]]:
    return members.timeline(call.svc, call.brand, call.args["member_id"], limit=call.args["limit"])


def tag_member(call: Call) -> dict[str, Any]:
    return members.tag(call.svc, call.brand, call.args["member_id"], list(call.body["tags"]))


def untag_member(call: Call) -> dict[str, Any]:
    return members.untag(call.svc, call.brand, call.args["member_id"], list(call.body["tags"]))


def opt_out_member(call: Call) -> dict[str, Any]:
    return members.opt_out(call.svc, call.brand, call.args["member_id"])


def enrol_member(call: Call) -> dict[str, Any]:
    return sequences.enrol(call.svc, call.brand, call.body["sequence"], call.args["member_id"])


def exit_member(call: Call) -> dict[str, Any]:
    return sequences.exit_member(call.svc, call.brand, call.body["sequence"], call.args["member_id"])


def open_member_handoff(call: Call) -> dict[str, Any]:
    return members.open_handoff(call.svc, call.brand, call.args["member_id"], note=call.body.get("note", ""))


ENDPOINTS = (
    Endpoint("GET", "/members", search_members, "Search members by tag, name or channel id", array(PROFILE),
             tag="members", params=(query("tag", SHORT, "Members carrying this tag."),
                                    query("name", SHORT, "Part of the nickname (the newest 5,000 members)."),
                                    query("channel_id", SHORT, "An openid / external userid, or a member id."),
                                    limit_param()),
             description="At least one of tag, name, channel_id; all given must match. Newest first."),
    Endpoint("GET", "/members/{member_id}", get_member, "A member's profile", PROFILE, tag="members",
             params=(MEMBER,)),
    Endpoint("GET", "/members/{member_id}/timeline", member_timeline,
             "What the member did and received, newest first", array(EVENT), tag="members",
             params=(MEMBER, limit_param())),
    Endpoint("POST", "/members/{member_id}/tags", tag_member, "Add tags", PROFILE, write=True, tag="members",
             params=(MEMBER,), body=TAGS_BODY),
    Endpoint("POST", "/members/{member_id}/tags/remove", untag_member, "Remove tags", PROFILE, write=True,
             tag="members", params=(MEMBER,), body=TAGS_BODY),
    Endpoint("POST", "/members/{member_id}/optout", opt_out_member, "Opt the member out (as if they sent 退订)",
             PROFILE, write=True, tag="members", params=(MEMBER,)),
    Endpoint("POST", "/members/{member_id}/enrol", enrol_member, "Enrol in a sequence (entry rules apply)",
             ENROLMENT, write=True, tag="members", params=(MEMBER,), body=SEQUENCE_BODY),
    Endpoint("POST", "/members/{member_id}/exit", exit_member, "End the member's enrolment in a sequence",
             ENROLMENT, write=True, tag="members", params=(MEMBER,), body=SEQUENCE_BODY),
    Endpoint("POST", "/members/{member_id}/handoff", open_member_handoff,
             "Open a handoff: a person takes over, the bot stays quiet on this member", HANDOFF, write=True,
             tag="members", params=(MEMBER,), body=HANDOFF_BODY),
)
