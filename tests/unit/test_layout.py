"""The layout's rules, read from the imports themselves: handlers stay pure, values stay values, and no
room imports one that imports it back (DESIGN.md §2, handlers/README.md)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers", "jobs")

# handlers/README.md: no IO, no wechatpy, no Redis, no HTTP, no Flask globals, no queue.
HANDLERS_MUST_NOT_IMPORT = ("bot.store", "bot.gateway", "bot.channels", "bot.webhook", "bot.queueing",
                            "bot.services", "bot.app", "bot.views", "bot.cli", "bot.sandbox", "redis", "flask",
                            "wechatpy", "requests", "rq", "fakeredis", "jobs")
# Values cross every room, so they import only other values (and the standard library).
VALUE_MODULES = ("bot.inbound", "bot.outbound", "bot.member", "bot.text", "bot.clock", "bot.errors")


@cache
def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


@cache
def imports_of(module: str) -> frozenset[str]:
    """Every module `module` imports, wherever the import stands (top level, function, TYPE_CHECKING)."""
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules() else base)
    return frozenset(found)


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_handlers_do_no_io() -> None:
    offences = {module: sorted(name for name in imports_of(module) if within(name, HANDLERS_MUST_NOT_IMPORT))
                for module in modules() if within(module, ("handlers",))}
    assert {module: names for module, names in offences.items() if names} == {}


def test_values_import_only_values() -> None:
    offences = {}
    for module in VALUE_MODULES:
        ours = {name for name in imports_of(module) if within(name, PACKAGES)}
        if bad := sorted(name for name in ours if not within(name, VALUE_MODULES)):
            offences[module] = bad
    assert offences == {}


def test_no_import_cycles() -> None:
    graph = {module: {name for name in imports_of(module) if name in modules() and name != module}
             for module in modules()}
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_checker_sees_imports_in_every_position() -> None:
    """The rules above would pass vacuously if the reader missed imports: check it finds known ones."""
    assert "bot.member" in imports_of("handlers.common")
    assert "bot.channels.base" in imports_of("bot.channels.kf")
    assert "bot.text" in imports_of("bot.content.model")


def test_production_rooms_do_not_import_the_sandbox() -> None:
    """Only `siyu demo` (bot.cli) reaches the sandbox; the app, the webhook and the jobs never do."""
    offences = {module: sorted(name for name in imports_of(module) if within(name, ("bot.sandbox",)))
                for module in modules() if not within(module, ("bot.sandbox", "bot.cli"))}
    assert {module: names for module, names in offences.items() if names} == {}
