"""A stand-in for WeChat's and WeCom's API servers, for the demo, tests and benchmarks.

It imports nothing from the rest of `bot`: it must not share code with the bot it is testing.
"""

from bot.sandbox.fake_wechat.app import create_fake_wechat
from bot.sandbox.fake_wechat.server import FakeWeChatServer
from bot.sandbox.fake_wechat.state import FakeState

__all__ = ["FakeState", "FakeWeChatServer", "create_fake_wechat"]
