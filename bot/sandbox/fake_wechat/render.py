"""How the fake writes JSON: compact UTF-8 with the content type the platform sends.

Shared by the dispatcher and the control API; it knows nothing of either.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Response

JSON_MIMETYPE = "application/json; charset=utf-8"


def json_bytes(payload: Any) -> bytes:
    """Chinese text stays readable (no \\u escapes), as in the platform's own answers."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(payload: Any, status: int = 200) -> Response:
    """A Flask response holding `payload` as json_bytes renders it."""
    return Response(json_bytes(payload), status=status, content_type=JSON_MIMETYPE)
