"""tests/published is byte for byte the reference shelf's testdata (skipped where the shelf is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHELF_TESTDATA, VENDORED_TESTDATA


def _files(root: Path) -> dict[Path, bytes]:
    return {path.relative_to(root): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.mark.skipif(not SHELF_TESTDATA.is_dir(), reason="no ../shared/testdata next to the repository")
def test_the_vendored_copy_matches_the_shelf() -> None:
    shelf, vendored = _files(SHELF_TESTDATA), _files(VENDORED_TESTDATA)
    assert sorted(vendored) == sorted(shelf)
    assert [name for name in shelf if shelf[name] != vendored[name]] == []
