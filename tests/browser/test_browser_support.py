"""The browser tier's own check: headless Chromium starts offline and renders a page Siyu served."""

from __future__ import annotations

from tests.support.browser import open_chromium, screenshot


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
