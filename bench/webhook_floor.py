"""Floors for bench/webhook.py: the least an encrypted Official Account callback can cost under the same gunicorn.

Why: the ratio Siyu / bare Flask mixes two things, Siyu's own overhead and the work the webhook contract
itself requires (verify, decrypt, parse, encrypt the reply, claim the callback before the handlers and store
its reply after them: two Redis round trips). These apps do only that required work, written as directly as
possible with the same libraries (Siyu's CallbackCipher and safe XML reader, redis-py pipelines holding
Siyu's own commands), and no routing, member model or logging. Served next to Siyu in the same run, they
show how far Siyu is from what its contract allows, and what ratio the contract itself leaves.

    gunicorn 'bench.webhook_floor:crypto_only()'        # verify, decrypt, parse, answer `pong` encrypted
    gunicorn 'bench.webhook_floor:two_round_trips()'    # the same plus Siyu's two Redis round trips
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import redis
from flask import Flask, Response, request

from bot.settings import Settings
from bot.webhook.cipher import CallbackCipher, new_nonce, reply_envelope_xml
from bot.webhook.xmlsafe import parse_xml

REPLY = json.dumps({"reply": {"type": "text", "text": "pong"}})


def crypto_only() -> Flask:
    return _app(round_trips=False)


def two_round_trips() -> Flask:
    return _app(round_trips=True)


def _app(*, round_trips: bool) -> Flask:
    oa = Settings.from_env().brands["default"].oa
    assert oa is not None and oa.aes_keys, "the floor needs SIYU_OA_* with an AES key (bench/webhook.py sets them)"
    cipher = CallbackCipher(token=oa.token, aes_keys=oa.aes_keys, receive_id=oa.appid)
    client = redis.Redis.from_url(os.environ["SIYU_REDIS_URL"]) if round_trips else None
    app = Flask("floor")

    @app.post("/wechat/<brand>/oa")
    def callback(brand: str) -> Response:
        query = request.args
        envelope = parse_xml(request.get_data())
        plaintext, key_index = cipher.open(signature=query["msg_signature"], timestamp=query["timestamp"],
                                           nonce=query["nonce"], encrypt=envelope["Encrypt"])
        fields = parse_xml(plaintext)
        if client is not None:
            _claim_and_touch(client, brand, fields)
            _record(client, brand, fields)
        xml = (f"<xml><ToUserName><![CDATA[{fields['FromUserName']}]]></ToUserName>"
               f"<FromUserName><![CDATA[{fields['ToUserName']}]]></FromUserName>"
               f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
               "<Content><![CDATA[pong]]></Content></xml>")
        sealed = cipher.seal(xml, nonce=new_nonce(), key_index=key_index)
        return Response(reply_envelope_xml(sealed).encode(), content_type="application/xml; charset=utf-8")

    return app


def _claim_and_touch(client: redis.Redis, brand: str, fields: dict[str, Any]) -> None:
    """Siyu's first round trip: the dedupe claim, the member touch and read, the parked check."""
    member = f"floor:{brand}:m:{fields['FromUserName']}"
    pipe = client.pipeline(transaction=False)
    pipe.set(f"floor:{brand}:dedupe:{fields['MsgId']}", b"\x00pending", nx=True, ex=30)
    pipe.hset(member, mapping={"l:oa": fields["CreateTime"], "lm:oa": fields["CreateTime"]})
    pipe.hgetall(member)
    pipe.smembers(f"floor:{brand}:mt:{fields['FromUserName']}")
    pipe.exists(f"floor:{brand}:parked:{fields['FromUserName']}")
    pipe.execute()


def _record(client: redis.Redis, brand: str, fields: dict[str, Any]) -> None:
    """Siyu's second round trip: the event, its daily counter, and the reply kept for retries."""
    pipe = client.pipeline(transaction=False)
    pipe.xadd(f"floor:{brand}:events", {"type": "in.text", "at": fields["CreateTime"]}, maxlen=100_000,
              approximate=True)
    pipe.hincrby(f"floor:{brand}:count:events", "in.text", 1)
    pipe.expire(f"floor:{brand}:count:events", 3600)
    pipe.set(f"floor:{brand}:dedupe:{fields['MsgId']}", REPLY, ex=600)
    pipe.execute()
