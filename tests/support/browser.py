"""Headless Chromium for the browser tests (tests/browser/): Debian's `chromium` driven by Selenium through
Debian's `chromium-driver`, so that nothing is downloaded (Selenium Manager is never asked for a browser).

A machine without Chromium skips these tests, except under SIYU_REQUIRE_BROWSER=1 (as in CI, whose
.ci/run installs both packages) where a missing browser is a failure, not a silent pass.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # screenshots; tests/artifacts is git-ignored

# How chromedriver says "the element you found is no longer in the page" when the page was replaced between the find
# and the read: mostly StaleElementReferenceException, but a node read while its document is being torn down comes back
# as a bare WebDriverException "unhandled inspector error: ... Node with given id does not belong to the document"
# (CI, stop 29: a flash message read while the redirect's page replaced the form's).
REPLACED_PAGE_MESSAGES = ("does not belong to the document", "No node with given id found")

T = TypeVar("T")


def replaced_page(error: BaseException) -> bool:
    """Whether `error` only says the element read belonged to a page (or chat) that has since been redrawn, so that
    looking again is right; any other WebDriver failure (a crashed browser, a bad selector) is not this."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    if isinstance(error, StaleElementReferenceException):
        return True
    return isinstance(error, WebDriverException) and any(m in str(error) for m in REPLACED_PAGE_MESSAGES)


def read_again_if_replaced(read: Callable[[], T], replaced: T) -> T:
    """`read()`, or `replaced` when what it read was swept away by a redraw (a wait then looks again)."""
    from selenium.common.exceptions import WebDriverException

    try:
        return read()
    except WebDriverException as error:
        if replaced_page(error):
            return replaced
        raise


def _binaries() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def require_chromium() -> tuple[str, str]:
    """The browser and driver paths, or a skip (a failure under SIYU_REQUIRE_BROWSER=1)."""
    found = _binaries()
    if found is None:
        message = ("headless Chromium needs Debian's chromium and chromium-driver "
                   "(apt-get install chromium chromium-driver)")
        if os.environ.get("SIYU_REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; SIYU_REQUIRE_BROWSER=1 makes this a failure")
        pytest.skip(message)
    return found


def open_chromium(width: int = 1280, height: int = 900, lang: str = "en-US") -> object:
    """A new headless Chromium WebDriver at the given window size and Accept-Language; the caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = require_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 f"--window-size={width},{height}", f"--lang={lang}", "--no-proxy-server"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def screenshot(driver: object, name: str) -> Path:
    """Saves a PNG under tests/artifacts/ (kept by CI as a test artifact) and returns its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path


@pytest.fixture
def chromium() -> Iterator[object]:
    """A desktop-sized headless Chromium, quit after the test."""
    driver = open_chromium()
    try:
        yield driver
    finally:
        driver.quit()  # type: ignore[attr-defined]
