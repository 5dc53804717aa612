"""Content for managers: the version in force, validating the brand's content folder, and publishing it
(as `siyu config validate | apply` do, on the server's SIYU_CONFIG_DIR)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.content import content_directory, load_content, publish, published_version, validate_directory
from bot.content.model import Content
from bot.content.publish import published_content
from bot.errors import ContentError
from bot.manager.errors import ConflictError
from bot.sequences.edits import moved_steps
from bot.services import Services


def folder(svc: Services, brand: str) -> Path:
    return content_directory(svc.settings.config_dir, brand, default_brand=svc.settings.default_brand)


def current(svc: Services, brand: str) -> dict[str, Any]:
    version = published_version(svc.redis, brand)
    try:
        summary = svc.content(brand).summary()
    except ContentError as exc:
        summary = f"no loadable content: {exc}"
    return {"brand": brand, "version": version, "published": version is not None, "summary": summary,
            "directory": str(folder(svc, brand))}


def validate(svc: Services, brand: str) -> dict[str, Any]:
    target = folder(svc, brand)
    if not target.is_dir():
        return {"valid": False, "directory": str(target), "problems": [f"{target}: no such content folder"]}
    problems = [str(p) for p in validate_directory(target)]
    return {"valid": not problems, "directory": str(target), "problems": problems}


def apply(svc: Services, brand: str) -> dict[str, Any]:
    checked = validate(svc, brand)
    if not checked["valid"]:
        raise ConflictError("nothing was published: " + "; ".join(checked["problems"][:5]))
    content = load_content(folder(svc, brand))
    version, _moved = publish_content(svc, brand, content)
    return {"brand": brand, "version": version, "summary": content.summary()}


def publish_content(svc: Services, brand: str, content: Content) -> tuple[int, dict[str, list[str]]]:
    """Publish `content` as the next version; when it moves sequence steps (against the version in force),
    queue the pass that moves their waiting members earlier (jobs.sequences.reschedule). The version and the
    moved steps (sequence id -> step ids)."""
    before = published_content(svc.redis, brand)
    version = publish(svc.redis, brand, content)
    moved = moved_steps(before, content)
    if moved:
        svc.queue.enqueue_reschedule(brand, moved)
    return version, moved
