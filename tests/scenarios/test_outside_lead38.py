"""The lead's probing as a member in conversation (stop 44, second round), through the webhook. Each ask failed before
its fix; guards beside.

Where one lives, said first as followers say it: "I'm from Toronto" and "hi, I'm from toronto" got the stores, "hey
there, im based in vancouver" the cruelty-free answer ("based" as in plant-based) and "你好，我在多伦多" a did-you-mean.
Each is the city noted, with its openings and its group (handlers/common.py RESIDENCE, after a hello too), so "any
jobs?" next lists that city's. The noted city's English reply had two spaces after each comma. "hi! just followed
you from xiaohongshu" and "I'm here from TikTok" got "I don't know": where one came from, said alone, is welcomed
(handlers/qa.py ARRIVAL)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


@pytest.mark.parametrize(("said", "city"), [
    ("I'm from toronto", "Toronto"),
    ("hi, I'm from toronto", "Toronto"),
    ("hey there, im based in vancouver", "Vancouver"),
    ("hello everyone, we're based out of sydney", "Sydney"),
])
def test_where_one_lives_said_first_is_noted(said: str, city: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_lives", said)
    assert reply.text.startswith(f"📍 Got it, you're in {city}."), reply.text
    assert "  " not in reply.text, reply.text


def test_where_one_lives_after_a_chinese_hello_is_noted(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_lives_zh", "你好，我在多伦多")
    assert reply.text.startswith("📍 收到，已记下你在多伦多。"), reply.text


def test_the_jobs_asked_next_are_that_citys(simulator: Simulator) -> None:
    simulator.oa_message("o_lives_jobs", "hi, I'm from toronto")
    reply = simulator.oa_message("o_lives_jobs", "any jobs?")
    assert "Store Manager" in reply.text and "Beauty Advisor" not in reply.text, reply.text


@pytest.mark.parametrize("said", ["I'm from China", "I'm from toronto, how long does shipping take?",
                                  "hi, im based in vancouver and my order hasn't arrived"])
def test_a_place_that_is_not_ours_or_a_question_after_it_is_not_only_noted(said: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_lives_guard", said)
    assert not reply.text.startswith("📍"), reply.text


@pytest.mark.parametrize("said", ["hi! just followed you from xiaohongshu", "I'm here from TikTok",
                                  "hello, i just came over from rednote"])
def test_where_one_came_from_alone_is_welcomed(said: str, simulator: Simulator) -> None:
    """"hi! just followed you from xiaohongshu" got "I don't know" ("found you on tiktok!" already got the hello)."""
    reply = simulator.oa_message("o_arrived", said)
    assert reply.text.startswith("Hi 👋"), reply.text


def test_the_question_after_where_one_came_from_is_answered(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_arrived_q", "followed you from tiktok, how much is the sunscreen")
    assert "CAD 32.00" in reply.text, reply.text
