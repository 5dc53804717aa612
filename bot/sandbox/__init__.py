"""The embedded default and the stand-ins: `siyu demo` (demo.py), the simulator that signs and encrypts
callbacks exactly as WeChat does (simulator.py), and the fake WeChat API (fake_wechat/, which imports
nothing from bot). Nothing here is mounted or imported by `siyu serve` or the worker in production.
"""
