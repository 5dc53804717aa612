"""Property-based: random bodies, query strings and headers never produce a 5xx on any endpoint."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.webhook.signing import sha1_signature
from tests.support.factories import OA_TOKEN

PATHS = ["/wechat/default/oa", "/wechat/default/wecom", "/wechat/default/group-bot", "/wechat/x/oa"]
PARAM_NAMES = st.sampled_from(["signature", "msg_signature", "timestamp", "nonce", "echostr", "encrypt_type",
                               "openid", "x"])
QUERY = st.dictionaries(PARAM_NAMES, st.text(max_size=60), max_size=6)
XMLISH = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: f"<xml><Encrypt>{t}</Encrypt></xml>".encode()),
    st.text(max_size=500).map(lambda t: f"<xml><MsgType>text</MsgType><Content>{t}</Content></xml>".encode()),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
HEADERS = st.dictionaries(st.sampled_from(["Content-Type", "X-Forwarded-For", "Content-Encoding"]),
                          st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
                          max_size=3)
RELAXED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@RELAXED
@given(path=st.sampled_from(PATHS), query=QUERY, body=XMLISH, headers=HEADERS, method=st.sampled_from(["GET", "POST"]))
def test_random_requests_never_5xx(client, path: str, query: dict, body: bytes, headers: dict,
                                   method: str) -> None:
    response = client.open(path, method=method, query_string=query, data=body, headers=headers)
    assert response.status_code < 500


@RELAXED
@given(body=XMLISH, nonce=st.text(alphabet="0123456789", min_size=1, max_size=10))
def test_correctly_signed_plaintext_garbage_never_5xx(client, clock, body: bytes, nonce: str) -> None:
    timestamp = str(int(clock.now().timestamp()))
    query = {"signature": sha1_signature(OA_TOKEN, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
    response = client.post("/wechat/default/oa", query_string=query, data=body)
    assert response.status_code in (200, 400, 403)
