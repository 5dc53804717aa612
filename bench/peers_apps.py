"""The peers bench/peers.py serves next to Siyu: what a developer would write with WeRoBot or wechatpy.

Why: a ratio to a bare Flask app that answers `success` measures mostly Redis round trips and AES on this
2-core machine, not Siyu. The fair comparison is a peer doing comparable work for the same callback:
verify the signature, decrypt the safe-mode AES body, parse it, answer a text with a fixed reply, encrypt
the reply, and (WeRoBot with its Redis session storage) read and write the sender's session in Redis, one
GET and one SET per message. Each factory is a WSGI app for gunicorn; all read the same Official Account
settings as Siyu (SIYU_OA_TOKEN, SIYU_OA_AES_KEY, SIYU_OA_APPID) and SIYU_REDIS_URL, so the same
pre-signed requests reach every app.

    gunicorn 'bench.peers_apps:werobot_stateless()'     # WeRoBot 1.13.1, no session
    gunicorn 'bench.peers_apps:werobot_redis()'         # WeRoBot with werobot.session.redisstorage.RedisStorage
    gunicorn 'bench.peers_apps:flask_wechatpy()'        # Flask + wechatpy's crypto and reply rendering, no state

WeRoBot is a benchmark-only extra (`pip install -e '.[bench]'`); Siyu never imports this module.
"""

from __future__ import annotations

import os
from typing import Any

REPLY = "Thanks! We ship to Canada, the US, Australia, New Zealand, mainland China, Hong Kong and Taiwan."


def _oa() -> tuple[str, str, str]:
    """(token, EncodingAESKey, appid) from the environment Siyu reads them from."""
    return os.environ["SIYU_OA_TOKEN"], os.environ["SIYU_OA_AES_KEY"], os.environ["SIYU_OA_APPID"]


def _werobot(session_storage: Any) -> Any:
    import werobot

    token, aes_key, appid = _oa()
    robot = werobot.WeRoBot(token=token, encoding_aes_key=aes_key, app_id=appid)
    # SESSION_STORAGE None (the default) means a SQLite file in the working directory; False means none.
    robot.config["SESSION_STORAGE"] = session_storage if session_storage is not None else False

    @robot.text  # type: ignore[misc]
    def answer(message: Any, session: Any) -> str:
        # WeRoBot reads the session before the handler and writes it back after: the GET and SET the
        # issue's table counts. Touching it keeps the comparison honest (a real bot would).
        if session is not None:
            session["last"] = message.content
        return REPLY

    return robot.wsgi


def werobot_stateless() -> Any:
    return _werobot(None)


def werobot_redis() -> Any:
    import redis
    from werobot.session.redisstorage import RedisStorage

    return _werobot(RedisStorage(redis.Redis.from_url(os.environ["SIYU_REDIS_URL"]), prefix="werobot_bench_"))


def flask_wechatpy() -> Any:
    """Flask + wechatpy, the libraries Siyu builds on, with no state: verify, decrypt, parse, reply, encrypt."""
    from flask import Flask, request
    from wechatpy import parse_message
    from wechatpy.crypto import WeChatCrypto
    from wechatpy.replies import TextReply

    token, aes_key, appid = _oa()
    crypto = WeChatCrypto(token, aes_key, appid)
    app = Flask("flask_wechatpy")

    @app.post("/wechat/<brand>/oa")
    def oa(brand: str) -> str:
        args = request.args
        xml = crypto.decrypt_message(request.get_data(), args["msg_signature"], args["timestamp"], args["nonce"])
        message = parse_message(xml)
        reply = TextReply(content=REPLY, message=message).render()
        return str(crypto.encrypt_message(reply, args["nonce"], args["timestamp"]))

    return app
