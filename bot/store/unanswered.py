"""Questions nobody could answer, counted for managers by the matcher's canonical key.

Paraphrases of one question add up under one key; the latest wording is kept to show. Written in
the callback's last pipeline (bot/webhook/effects.py), read by `siyu unanswered`.
"""

from __future__ import annotations

import redis

from bot.store import keys
from bot.text import fold

UNANSWERED_MAX = 5_000  # the list keeps the most asked; a long tail of one-offs is trimmed
QUESTION_MAX_CHARS = 200  # a question (and its key) is cut to this length: the list is for reading


class UnansweredQuestions:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    @staticmethod
    def count(pipe: redis.client.Pipeline, brand: str, question: str, key: str = "") -> None:
        """Count one asking into `pipe` (the caller executes it); `key` defaults to the folded question."""
        question = question.strip()[:QUESTION_MAX_CHARS]
        key = (key or fold(question))[:QUESTION_MAX_CHARS]
        pipe.zincrby(keys.unanswered(brand), 1, key)
        pipe.hset(keys.unanswered_samples(brand), key, question)
        pipe.zremrangebyrank(keys.unanswered(brand), 0, -UNANSWERED_MAX - 1)

    def top(self, brand: str, count: int = 50) -> list[tuple[str, int]]:
        """The most asked questions without an answer (latest wording, times asked), most asked first."""
        rows = self.redis.zrevrange(keys.unanswered(brand), 0, count - 1, withscores=True)
        if not rows:
            return []
        samples = self.redis.hmget(keys.unanswered_samples(brand), [key for key, _ in rows])
        return [(_s(sample) if sample is not None else _s(key), int(score))
                for (key, score), sample in zip(rows, samples, strict=True)]


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
