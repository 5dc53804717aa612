"""Every published crypto vector in ../shared/testdata/crypto, used as published."""

from __future__ import annotations

import json

import pytest

from bot.errors import ForbiddenCallbackError, MalformedCallbackError
from bot.settings import Secret
from bot.webhook.cipher import CallbackCipher, reply_envelope_xml
from bot.webhook.signing import check_signature
from bot.webhook.xmlsafe import parse_xml
from tests.conftest import SHARED_TESTDATA

VECTORS = json.loads((SHARED_TESTDATA / "crypto" / "vectors.json").read_text(encoding="utf-8"))


def by_kind(*kinds: str) -> list[dict]:
    return [v for v in VECTORS if v["kind"] in kinds]


def cipher_for(vector: dict) -> CallbackCipher:
    return CallbackCipher(token=Secret(vector["token"]), aes_keys=(Secret(vector["encoding_aes_key"]),),
                          receive_id=vector["receive_id"])


def test_every_vector_is_covered() -> None:
    covered = by_kind("verify_url", "decrypt", "encrypt_reply", "encrypt_payload", "plain_signature")
    assert len(covered) == len(VECTORS) == 16


@pytest.mark.parametrize("vector", by_kind("verify_url"), ids=lambda v: v["id"])
def test_verify_url(vector: dict) -> None:
    open_echo = lambda: cipher_for(vector).open(  # noqa: E731
        signature=vector["msg_signature"], timestamp=vector["timestamp"], nonce=vector["nonce"],
        encrypt=vector["encrypted_xml_or_echostr"])
    if vector["expect"] == "reject":
        with pytest.raises(ForbiddenCallbackError):
            open_echo()
    else:
        assert open_echo()[0] == vector["expected_plaintext"]


def encrypt_field(vector: dict) -> str:
    body = vector["encrypted_xml_or_echostr"]
    if vector["envelope"] == "json":
        return json.loads(body)["encrypt"]
    return parse_xml(body)["Encrypt"]


@pytest.mark.parametrize("vector", by_kind("decrypt"), ids=lambda v: v["id"])
def test_decrypt(vector: dict) -> None:
    plaintext, key_index = cipher_for(vector).open(
        signature=vector["msg_signature"], timestamp=vector["timestamp"], nonce=vector["nonce"],
        encrypt=encrypt_field(vector))
    assert plaintext == vector["expected_plaintext"]  # byte-exact: never stripped
    assert key_index == 0
    if vector["envelope"] == "xml":
        assert parse_xml(plaintext)
    else:  # the official JSON sample decrypts to malformed JSON: parsing must fail cleanly
        with pytest.raises(json.JSONDecodeError):
            json.loads(plaintext)


@pytest.mark.parametrize("vector", by_kind("encrypt_reply", "encrypt_payload"), ids=lambda v: v["id"])
def test_encrypt_reproduces_published_ciphertext(vector: dict) -> None:
    sealed = cipher_for(vector).seal(vector["plaintext_to_encrypt"], nonce=vector["nonce"],
                                     timestamp=vector["timestamp"], random_prefix=vector["random"])
    if vector["envelope"] == "xml":
        assert reply_envelope_xml(sealed) == vector["encrypted_xml_or_echostr"]
    else:
        assert sealed.encrypt == vector["encrypted_xml_or_echostr"]
    if vector.get("msg_signature") not in (None, "None"):
        assert sealed.signature == vector["msg_signature"]
    # and it opens again to the same bytes
    assert cipher_for(vector).open(signature=sealed.signature, timestamp=sealed.timestamp, nonce=sealed.nonce,
                                   encrypt=sealed.encrypt)[0] == vector["expected_plaintext"]


@pytest.mark.parametrize("vector", by_kind("plain_signature"), ids=lambda v: v["id"])
def test_plain_signature(vector: dict) -> None:
    check = lambda: check_signature(vector["msg_signature"], vector["token"], vector["timestamp"],  # noqa: E731
                                    vector["nonce"])
    if vector["expect"] == "reject":
        with pytest.raises(ForbiddenCallbackError):
            check()
    else:
        check()


def test_decrypt_for_another_receiver_is_refused() -> None:
    vector = next(v for v in VECTORS if v["id"] == "wecom_wechatpy_xml_decrypt")
    other = CallbackCipher(token=Secret(vector["token"]), aes_keys=(Secret(vector["encoding_aes_key"]),),
                           receive_id="wx_someone_else")
    with pytest.raises(ForbiddenCallbackError, match="another receiver"):
        other.open(signature=vector["msg_signature"], timestamp=vector["timestamp"], nonce=vector["nonce"],
                   encrypt=encrypt_field(vector))


def test_previous_key_still_opens_during_rotation() -> None:
    vector = next(v for v in VECTORS if v["id"] == "wecom_wechatpy_xml_decrypt")
    rotating = CallbackCipher(token=Secret(vector["token"]),
                              aes_keys=(Secret("A" * 43), Secret(vector["encoding_aes_key"])),
                              receive_id=vector["receive_id"])
    plaintext, key_index = rotating.open(signature=vector["msg_signature"], timestamp=vector["timestamp"],
                                         nonce=vector["nonce"], encrypt=encrypt_field(vector))
    assert plaintext == vector["expected_plaintext"]
    assert key_index == 1


def test_garbage_ciphertext_is_forbidden_not_a_crash() -> None:
    vector = next(v for v in VECTORS if v["id"] == "wecom_wechatpy_xml_decrypt")
    for garbage in ("", "not base64!!", "QUJD", "A" * 64):
        cipher = cipher_for(vector)
        from bot.webhook.signing import sha1_signature

        signature = sha1_signature(vector["token"], "1", "2", garbage)
        with pytest.raises((ForbiddenCallbackError, MalformedCallbackError)):
            cipher.open(signature=signature, timestamp="1", nonce="2", encrypt=garbage)
