"""parse_xml's one-pass reader (`_flat`) gives what defusedxml's parser gives, or hands the document over."""

from __future__ import annotations

import pytest

from bot.errors import MalformedCallbackError
from bot.webhook.xmlsafe import _FORBIDDEN, _flat, _tree, parse_xml
from tests.conftest import SHARED_TESTDATA

SAMPLES = sorted((SHARED_TESTDATA / "messages").rglob("*.xml"))
TEXT = ("<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n<FromUserName><![CDATA[o_1]]></FromUserName>\n"
        "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        "<Content><![CDATA[可以寄到美国吗？ <b>&amp; ]]></Content><MsgId>1234567890123456</MsgId></xml>")


def test_there_are_samples() -> None:
    assert len(SAMPLES) > 50


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_published_sample_reads_as_the_parser_reads_it(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text("utf-8")
    flat = _flat(text)
    assert flat is None or flat == _tree(text)


def test_the_usual_shape_is_read_without_the_parser() -> None:
    fields = _flat(TEXT)
    assert fields == _tree(TEXT)
    assert fields is not None and fields["Content"] == "可以寄到美国吗？ <b>&amp; "
    assert _flat("\n <xml>\n<A></A>\n<B>x y</B><A>2</A>\n</xml>\n ") == {"A": ["", "2"], "B": "x y"}


# Each is either read the same by both, or left to the parser (never read differently).
HANDED_OVER = [
    '<?xml version="1.0" encoding="utf-8"?><xml><A>1</A></xml>',  # a declaration
    "<xml><A>1&amp;2</A></xml>",  # an entity reference
    "<xml><A>&#20320;</A></xml>",  # a character reference
    "<xml><A>1\r\n2</A></xml>",  # newline normalisation
    "<xml><A><![CDATA[1\r\n2]]></A></xml>",
    "<xml><A>1\x012</A></xml>",  # a character XML forbids
    "<xml><A>\ufffe</A></xml>",
    '<xml><A b="1">1</A></xml>',  # an attribute
    '<xml c="1"><A>1</A></xml>',
    "<xml><A><B>1</B></A></xml>",  # nesting
    "<xml><!-- c --><A>1</A></xml>",  # a comment
    "<xml><A>1</A>text<B>2</B></xml>",  # mixed content
    "<xml><A>1]]>2</A></xml>",  # ']]>' in character data
    "<xml><A><![CDATA[1]]>2</A></xml>",  # CDATA then text
    "<xml><A><![CDATA[1]]><![CDATA[2]]></A></xml>",
    "<xml><A> <![CDATA[1]]></A></xml>",
    "<xml><A><![CDATA[1</A></xml>",  # an unclosed CDATA section
    "<xml><A>1</B></xml>",  # mismatched tags
    "<xml><A>1</A>",  # no end of the root
    "<xml></xml>",  # no fields
    "<xml/>",
    "<xml>",
    "<x:ml><A>1</A></x:ml>",  # a prefix
    "<xml><ä>1</ä></xml>",  # a name beyond ASCII
    "\ufeff<xml><A>1</A></xml>",  # a byte order mark
    '<!DOCTYPE x [<!ENTITY a "b">]><xml><A>&a;</A></xml>',
    "<xml><A>1</A></xml>trailing",
    "<xml><A>1</A></xml><xml><A>2</A></xml>",
    "<xml>\x0b<A>1</A></xml>",  # white space to Python, not to XML
    "<xml>\u3000<A>1</A></xml>",
]


@pytest.mark.parametrize("text", HANDED_OVER)
def test_anything_else_goes_to_the_parser(text: str) -> None:
    assert _flat(text) is None
    try:
        expected = _tree(_FORBIDDEN.sub(" ", text))  # parse_xml reads what XML forbids as spaces first
    except MalformedCallbackError as refused:
        with pytest.raises(MalformedCallbackError) as raised:
            parse_xml(text)
        assert str(raised.value) == str(refused)
    else:
        assert parse_xml(text) == expected


def test_a_long_hostile_body_is_handed_over_in_one_pass() -> None:
    body = "<xml>" + "<A><![CDATA[" * 20_000 + "</xml>"
    assert _flat(body) is None
    body = "<xml>" + "<A>]]" * 20_000 + "</xml>"
    assert _flat(body) is None


@pytest.mark.parametrize("leaf", ["<a/>", "<a></a>", "<a>1</a>"])
def test_a_repeated_tag_is_gathered_in_linear_time(leaf: str) -> None:
    """Each repeat of a tag copied the whole list so far ([*previous, value]): a 64 KiB envelope of 16,000 `<a/>`,
    read before its msg_signature is checked, cost ~0.18 s of CPU (30 times a garbage body of that size); 100,000
    repeats took minutes. Gathered in place now, in both readers."""
    import time

    body = "<xml>" + leaf * 100_000 + "<b><c/>" + "<d/>" * 100_000 + "</b></xml>"
    started = time.process_time()
    fields = parse_xml(body)
    assert time.process_time() - started < 3.0  # ~0.5 s gathered in place; quadratic, minutes
    assert len(fields["a"]) == 100_000 and len(fields["b"]["d"]) == 100_000
    flat = _flat("<xml>" + leaf * 100_000 + "</xml>")
    assert flat is None or len(flat["a"]) == 100_000
