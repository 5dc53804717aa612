"""Callback encryption (WXBizMsgCrypt) on top of wechatpy's PrpCrypto.

wechatpy does the AES-256-CBC work; this module adds what its WeChatCrypto lacks for a public
endpoint: constant-time signature checks, key rotation (current key, then the previous one,
PLATFORM.md §1.2), a receive id of "" for the intelligent bot (§3.1), and one clear error for every
way a forged or corrupted payload can fail (wechatpy raises assorted exceptions).
"""

from __future__ import annotations

import binascii
import secrets
import struct
import time
from dataclasses import dataclass

from wechatpy.crypto import PrpCrypto
from wechatpy.exceptions import InvalidAppIdException

from bot.errors import ForbiddenCallbackError
from bot.settings import Secret
from bot.webhook.signing import check_signature, sha1_signature

_DECRYPT_FAILURES = (ValueError, TypeError, IndexError, struct.error, binascii.Error, UnicodeDecodeError)


class _PrpCrypto(PrpCrypto):
    """wechatpy's PrpCrypto, with the 16 random characters before each plaintext from os.urandom: wechatpy
    draws them with random.sample (~8 µs a reply, not a secret either way: WXBizMsgCrypt only pads with them)."""

    def get_random_string(self) -> str:
        return secrets.token_hex(8)


class _FixedRandomPrpCrypto(PrpCrypto):
    """PrpCrypto with a given 16-byte prefix: only for reproducing published vectors."""

    def __init__(self, key: bytes, random_prefix: str) -> None:
        super().__init__(key)
        self._prefix = random_prefix

    def get_random_string(self) -> str:
        return self._prefix


@dataclass(frozen=True)
class Sealed:
    """An encrypted payload and the fields that sign it."""

    encrypt: str
    signature: str
    timestamp: str
    nonce: str


class CallbackCipher:
    def __init__(self, *, token: Secret, aes_keys: tuple[Secret, ...], receive_id: str) -> None:
        if not aes_keys:
            raise ValueError("CallbackCipher needs at least one EncodingAESKey")
        self._token = token
        self._keys = tuple(binascii.a2b_base64(k.reveal() + "=") for k in aes_keys)
        self._cryptos = tuple(_PrpCrypto(key) for key in self._keys)  # built once: they hold the AES setup
        self.receive_id = receive_id

    def open(self, *, signature: str, timestamp: str, nonce: str, encrypt: str) -> tuple[str, int]:
        """Check `signature` over the ciphertext, decrypt it, check the receive id.

        Returns the plaintext and the index of the key that worked, so the reply is sealed with
        the same key (PLATFORM.md §1.2, key rotation).
        """
        token = self._token.reveal()
        try:
            check_signature(signature, token, timestamp, nonce, encrypt)
        except ForbiddenCallbackError:
            # A pretty-printed envelope puts the ciphertext on a line of its own: the platform signs the bare
            # base64 (which has no white space), so that signature is accepted as well as the exact text's.
            bare = encrypt.strip(" \t\r\n")
            if bare == encrypt:
                raise
            check_signature(signature, token, timestamp, nonce, bare)
            encrypt = bare
        wrong_receiver = False
        for index, crypto in enumerate(self._cryptos):
            try:
                return crypto.decrypt(encrypt, self.receive_id), index
            except InvalidAppIdException:
                wrong_receiver = True
            except _DECRYPT_FAILURES:
                continue
        if wrong_receiver and len(self._keys) == 1:
            raise ForbiddenCallbackError("payload is for another receiver (AppID/CorpID mismatch)")
        raise ForbiddenCallbackError("payload does not decrypt with the configured key")

    def seal(self, plaintext: str, *, nonce: str, timestamp: str | None = None, key_index: int = 0,
             random_prefix: str | None = None) -> Sealed:
        crypto = (self._cryptos[key_index] if random_prefix is None
                  else _FixedRandomPrpCrypto(self._keys[key_index], random_prefix))
        encrypt = crypto.encrypt(plaintext, self.receive_id).decode("ascii")
        stamp = timestamp or str(int(time.time()))
        return Sealed(encrypt=encrypt, signature=sha1_signature(self._token.reveal(), stamp, nonce, encrypt),
                      timestamp=stamp, nonce=nonce)


def new_nonce() -> str:
    """A reply nonce: any unpredictable string will do (WeChat only signs it)."""
    return secrets.token_hex(5)


def reply_envelope_xml(sealed: Sealed) -> str:
    """The encrypted reply envelope WeChat and WeCom expect (PLATFORM.md §1.3)."""
    return (
        "<xml>\n"
        f"<Encrypt><![CDATA[{sealed.encrypt}]]></Encrypt>\n"
        f"<MsgSignature><![CDATA[{sealed.signature}]]></MsgSignature>\n"
        f"<TimeStamp>{sealed.timestamp}</TimeStamp>\n"
        f"<Nonce><![CDATA[{sealed.nonce}]]></Nonce>\n"
        "</xml>"
    )
