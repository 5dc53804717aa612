"""`python -m bot.sandbox.fake_wechat`: serve the fake API alone until Ctrl-C."""

from bot.sandbox.fake_wechat.server import main

if __name__ == "__main__":
    raise SystemExit(main())
