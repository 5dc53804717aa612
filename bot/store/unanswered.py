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


# Count one asking and keep its wording; past the cap, the least asked leave the index AND the wordings
# together (trimming only the index left the wordings hash growing without bound: issue 16, item 6).
_COUNT = """
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
if over > 0 then
  local gone = redis.call('ZRANGE', KEYS[1], 0, over - 1)
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, over - 1)
  redis.call('HDEL', KEYS[2], unpack(gone))
end
"""


class UnansweredQuestions:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    @staticmethod
    def count(pipe: redis.client.Pipeline, brand: str, question: str, key: str = "") -> None:
        """Count one asking into `pipe` (the caller executes it); `key` defaults to the folded question."""
        question = question.strip()[:QUESTION_MAX_CHARS]
        key = (key or fold(question))[:QUESTION_MAX_CHARS]
        pipe.eval(_COUNT, 2, keys.unanswered(brand), keys.unanswered_samples(brand), key, question, UNANSWERED_MAX)

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
