"""`python -m bot.sandbox.fake_wechat`: serve the fake WeChat API alone on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from bot.sandbox.fake_wechat.server import FakeWeChatServer

DESCRIPTION = "The fake WeChat + WeCom API over real HTTP for the demo, integration tests and benchmarks."


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the fake alone until Ctrl-C: `python -m bot.sandbox.fake_wechat --port 8081`."""
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox.fake_wechat", description=DESCRIPTION)
    parser.add_argument("--port", type=int, default=8081, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument(
        "--app",
        action="append",
        default=[],
        metavar="ID=SECRET",
        help="accept only these appid/corpid secrets (repeatable); default accepts any",
    )
    args = parser.parse_args(argv)
    apps: dict[str, list[str]] | None = None
    if args.app:
        apps = {}
        for item in args.app:
            app_id, sep, secret = item.partition("=")
            if not sep or not app_id or not secret:
                parser.error(f"--app expects ID=SECRET, got {item!r}")
            apps.setdefault(app_id, []).append(secret)
    server = FakeWeChatServer(apps=apps, port=args.port).start()
    print(f"fake WeChat API on {server.origin} (control API: {server.origin}/_fake/health)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
