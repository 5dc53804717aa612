"""FAQ answers as a phone shows them (bot/content/reflow.py): the line breaks a manager's editor wrapped YAML block
text at are joined, the ones the manager means (list items, labelled lines, paragraphs, a Chinese sentence's end)
stay. Before, every wrapped English answer reached followers cut mid-sentence ("... alcohol or essential oils,
and⏎all are patch-tested ...")."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.content import load_content
from bot.content.reflow import reflowed
from tests.support.faq_checks import ROOT


@pytest.mark.parametrize(("text", "expected"), [
    ("Every formula is made for sensitive skin: no fragrance, alcohol or essential oils, and\nall are patch-tested.",
     "Every formula is made for sensitive skin: no fragrance, alcohol or essential oils, and all are patch-tested."),
    ("收件人需要提供身份证姓名和号码用于清关（与收件人一致），\n按跨境电商个人物品规定，单次订单建议不超过 5000 元。",
     "收件人需要提供身份证姓名和号码用于清关（与收件人一致），按跨境电商个人物品规定，单次订单建议不超过 5000 元。"),
    ("新朋友首单在结算页输入优惠码 HELLOLUMI\n可享 85 折。", "新朋友首单在结算页输入优惠码 HELLOLUMI 可享 85 折。"),
])
def test_wrapped_lines_are_joined(text: str, expected: str) -> None:
    assert reflowed(text) == expected


@pytest.mark.parametrize("text", [
    "Usual times:\n· Canada: 1–3 business days\n· United States: 5–8 business days",
    "Go from thinnest to thickest, every morning and every night of the week, in this order:\n"
    "Morning: cleanser → toner → vitamin C serum → moisturiser → sunscreen (always last)\n"
    "Night: cleanser → toner → niacinamide OR retinal (one, not both) → moisturiser\nWait 30–60 seconds.",
    "晚上：洁面 → 保湿水 → 烟酰胺 或 A醛（二选一）→ 面霜\n每一步等 30 秒再叠加。",
    "露米全系列按敏感肌标准配方：无香精、无酒精、无精油。\n容易泛红刺痛的话，建议从三步开始。",
    "Short line.\nAnother short line.",
    "First paragraph, long enough to have been wrapped by an editor at ninety columns or so.\n\nSecond one.",
    "Steps, one per line, long enough to have been wrapped at ninety columns by the editor:\n1. Open Me\n2. Tap Orders",
])
def test_the_managers_own_breaks_stay(text: str) -> None:
    assert reflowed(text) == text


def test_no_demo_text_reaches_a_follower_cut_mid_sentence() -> None:
    """The demo's answers, lessons and group welcomes, every one read from block text (read_localized reflows)."""
    content = load_content(ROOT / "config")
    texts = [(entry.id, entry.answers) for entry in content.faq]
    texts += [(f"{series.id}/{number}", lesson.body) for series in content.tutorials
              for number, lesson in enumerate(series.lessons, 1)]
    texts += [(group.id, group.welcome) for group in content.groups]
    assert len(texts) > 60
    for name, text in texts:
        for locale in ("zh", "en"):
            lines = text.get(locale).strip().split("\n")
            for line, following in itertools.pairwise(lines):
                cut = re.match(r"[a-z(]", following) is not None if locale == "en" else line.endswith(("，", "、"))
                assert not cut, (name, locale, line, following)
