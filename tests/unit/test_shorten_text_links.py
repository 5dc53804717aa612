"""Tracked links a handler writes into a text go through <public>/l/<code> (bot/tracking/shorten.py): exactly the
URL, never the sentence punctuation, Chinese text or Markdown bracket around it; untracked URLs stay as written."""

from __future__ import annotations

from collections.abc import Sequence

from bot.outbound import Markdown, Text
from bot.tracking.shorten import LinkShortener
from tests.support.factories import make_settings

PUBLIC = "https://lumi.example"


class Codes:
    """The LinkStore's one method the shortener calls: a code per (url, member, campaign), remembered."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def codes_for(self, brand: str, items: Sequence[tuple[str, str, str]]) -> list[str]:
        self.seen.extend(url for url, _member, _campaign in items)
        return [f"c{len(self.seen) - len(items) + n}" for n in range(len(items))]


def shorten(*messages: Text | Markdown) -> tuple[tuple[Text | Markdown, ...], list[str]]:
    codes = Codes()
    shortener = LinkShortener(codes, make_settings(SIYU_PUBLIC_URL=PUBLIC))  # type: ignore[arg-type]
    return shortener("default", "m1", messages), codes.seen  # type: ignore[return-value]


def test_only_the_tracked_url_is_swapped_and_the_text_around_it_is_kept() -> None:
    text = ("1. Store Manager\n   Apply: https://x.example/jobs/1?sy_m=m1&sy_s=oa.careers\n"
            "链接：https://x.example/a?sy_s=oa.x看看。Or see https://x.example/b?sy_s=oa.y.\n"
            "Untracked: https://x.example/plain stays.")
    (out,), seen = shorten(Text(text=text))
    assert seen == ["https://x.example/jobs/1?sy_m=m1&sy_s=oa.careers", "https://x.example/a?sy_s=oa.x",
                    "https://x.example/b?sy_s=oa.y"]
    assert out.text == ("1. Store Manager\n   Apply: https://lumi.example/l/c0\n"
                        "链接：https://lumi.example/l/c1看看。Or see https://lumi.example/l/c2.\n"
                        "Untracked: https://x.example/plain stays.")


def test_a_markdown_link_keeps_its_brackets() -> None:
    (out,), _ = shorten(Markdown(text="[洁面乳](https://x.example/p?id=1&sy_s=group_bot.shop)"))
    assert out.text == "[洁面乳](https://lumi.example/l/c0)"


def test_a_text_without_tracked_links_is_left_alone() -> None:
    message = Text(text="运费：满 CAD 59 包邮 https://x.example/shipping")
    (out,), seen = shorten(message)
    assert out is message and seen == []
