"""The fake WeChat server stands in for WeChat, so it must not share code with the bot it tests.

Reads the imports of every module in bot/sandbox/fake_wechat/ (without running them) and fails on
any that reaches into `bot` outside the package, or into `handlers` or `jobs`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "bot.sandbox.fake_wechat"
PACKAGE_DIR = Path(__file__).resolve().parents[2].joinpath(*PACKAGE.split("."))
GUARDED_ROOTS = frozenset({"bot", "handlers", "jobs"})
MODULES = sorted(PACKAGE_DIR.rglob("*.py"))


def module_name(path: Path) -> str:
    """The dotted name of a file in the package (`__init__.py` is the package itself)."""
    parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
    return ".".join([PACKAGE, *(p for p in parts if p != "__init__")])


def imported_names(source: str, *, module: str, is_package: bool = False) -> list[str]:
    """Every dotted name an import in `source` reaches, relative imports resolved against `module`.

    `from a.b import c` counts as `a.b.c`, so importing the package's own submodules through a parent
    (`from bot.sandbox import fake_wechat`) is allowed while `from bot import clock` is not. Calls of
    importlib.import_module or __import__ with a literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            names += [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names.append(node.args[0].value)
    return names


def reaches_outside(name: str) -> bool:
    """True for a name in bot, handlers or jobs that is not this package or inside it."""
    if name.split(".")[0] not in GUARDED_ROOTS:
        return False
    return not (name == PACKAGE or name.startswith(PACKAGE + "."))


def test_the_package_has_modules_to_check() -> None:
    assert PACKAGE_DIR.joinpath("__init__.py") in MODULES
    assert len(MODULES) > 5


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_imports_nothing_from_the_bot(path: Path) -> None:
    names = imported_names(
        path.read_text(encoding="utf-8"), module=module_name(path), is_package=path.name == "__init__.py"
    )
    outside = sorted(n for n in names if reaches_outside(n))
    assert outside == [], f"{path.name} imports {outside}: the fake must not share code with the bot"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import bot.clock", ["bot.clock"]),
        ("from bot import clock", ["bot.clock"]),
        ("from bot.sandbox import demo", ["bot.sandbox.demo"]),
        ("from handlers import shop", ["handlers.shop"]),
        ("import jobs.deliver as d", ["jobs.deliver"]),
        ("from .. import simulator", ["bot.sandbox.simulator"]),
        ("from ...clock import ManualClock", ["bot.clock.ManualClock"]),
        ("def f():\n    from bot.store import keys", ["bot.store.keys"]),
        ("importlib.import_module('bot.router')", ["bot.router"]),
    ],
)
def test_the_checker_sees_imports_that_reach_outside(source: str, expected: list[str]) -> None:
    names = imported_names(source, module=f"{PACKAGE}.state")
    assert names == expected
    assert all(reaches_outside(n) for n in names)


@pytest.mark.parametrize(
    "source",
    [
        "from bot.sandbox.fake_wechat.state import FakeState",
        "from bot.sandbox.fake_wechat import oa",
        "from bot.sandbox import fake_wechat",
        "from . import oa",
        "from .state import FakeState",
        "import flask",
        "from botocore import x",
    ],
)
def test_the_checker_allows_the_package_itself(source: str) -> None:
    assert not any(reaches_outside(n) for n in imported_names(source, module=f"{PACKAGE}.state"))
