"""The browser tier's own check: headless Chromium starts offline and renders a page Siyu served."""

from __future__ import annotations

import pytest

from tests.support.browser import open_chromium, read_again_if_replaced, replaced_page, screenshot


def test_chromium_renders_a_page_served_over_loopback(tmp_path) -> None:
    import http.server
    import threading

    (tmp_path / "index.html").write_text("<meta charset=utf-8><title>siyu</title><h1 id=h>私域</h1>", encoding="utf-8")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver = open_chromium(width=390, height=844)
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/index.html")  # type: ignore[attr-defined]
        assert driver.find_element("id", "h").text == "私域"  # type: ignore[attr-defined]
        assert screenshot(driver, "browser-support").stat().st_size > 0
    finally:
        driver.quit()  # type: ignore[attr-defined]
        server.shutdown()


def test_a_read_swept_away_by_a_redraw_is_read_again_and_any_other_failure_is_raised() -> None:
    """Both ways chromedriver reports an element of a replaced page (CI, stop 29 failed on the second), and only
    those: a crashed browser must fail the test, not become a wait's timeout."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    torn_down = WebDriverException("unknown error: unhandled inspector error: "
                                   '{"code":-32000,"message":"Node with given id does not belong to the document"}')
    assert replaced_page(StaleElementReferenceException("stale element reference"))
    assert replaced_page(torn_down)
    assert not replaced_page(WebDriverException("chrome not reachable"))
    assert not replaced_page(ValueError("does not belong to the document"))

    def raising(error: Exception) -> object:
        raise error

    assert read_again_if_replaced(lambda: raising(torn_down), "again") == "again"
    assert read_again_if_replaced(lambda: "read", "again") == "read"
    with pytest.raises(WebDriverException, match="chrome not reachable"):
        read_again_if_replaced(lambda: raising(WebDriverException("chrome not reachable")), "again")
