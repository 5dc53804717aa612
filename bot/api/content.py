"""Admin API: content (the version in force, validate the brand's content folder, publish it)."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import BOOL, INT, STR, array, obj
from bot.api.spec import Call, Endpoint
from bot.manager import content

CURRENT = obj(("brand", "published"), brand=STR, version={"type": "integer", "nullable": True}, published=BOOL,
              summary=STR, directory=STR)
CHECKED = obj(("valid", "problems"), valid=BOOL, directory=STR, problems=array(STR))
APPLIED = obj(("brand", "version"), brand=STR, version=INT, summary=STR)


def current_content(call: Call) -> dict[str, Any]:
    return content.current(call.svc, call.brand)


def validate_content(call: Call) -> dict[str, Any]:
    return content.validate(call.svc, call.brand)


def apply_content(call: Call) -> dict[str, Any]:
    return content.apply(call.svc, call.brand)


ENDPOINTS = (
    Endpoint("GET", "/content", current_content, "The content version in force", CURRENT, tag="content"),
    Endpoint("POST", "/content/validate", validate_content,
             "Check the brand's content folder (SIYU_CONFIG_DIR): every problem with file and line", CHECKED,
             tag="content"),
    Endpoint("POST", "/content/apply", apply_content,
             "Validate, then publish the folder as the next version (409 with the problems when invalid)",
             APPLIED, write=True, tag="content"),
)
