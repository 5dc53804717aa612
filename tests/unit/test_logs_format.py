"""TextFormatter writes what logging.Formatter(TEXT_FORMAT) writes: it only remembers the date and time of the
last whole second (bot/observability/logs.py)."""

from __future__ import annotations

import logging
import random

from bot.observability.logs import TEXT_FORMAT, TextFormatter


def record_at(created: float) -> logging.LogRecord:
    record = logging.LogRecord("siyu.webhook", logging.INFO, __file__, 1, "callback brand=%s ms=%.1f",
                               ("default", 0.4), None)
    record.created, record.msecs = created, (created - int(created)) * 1000
    record.request_id = "0123456789abcdef"
    return record


def test_lines_match_the_standard_formatter_across_seconds_in_any_order() -> None:
    ours, standard = TextFormatter(), logging.Formatter(TEXT_FORMAT)
    rng = random.Random(10)
    base = 1_796_000_000.0
    times = [base + i * 0.3 for i in range(40)] + [base + 0.999, base + 1.0, base + 0.0005, base - 86_400.25]
    times += [base + rng.uniform(-5, 5) for _ in range(200)]  # out of order: the remembered second changes back
    for created in times:
        record = record_at(created)
        assert ours.format(record) == standard.format(record)


def test_an_explicit_date_format_is_the_standard_one() -> None:
    record = record_at(1_796_000_000.25)
    assert TextFormatter().formatTime(record, "%H:%M") == logging.Formatter(TEXT_FORMAT).formatTime(record, "%H:%M")
