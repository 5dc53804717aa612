"""The FAQ as followers meet it: right entry, wrong entry, did-you-mean and no answer, per language and
style, over tests/data/faq_followers.yaml, through the whole handler chain on the demo content.

Run: .venv/bin/python bench/faq_followers.py [--misses] [--set PATH] [--webhook]
(or ./dev bench faq_followers --misses); --webhook posts each message to the real app's webhook instead.
--set tests/data/faq_followers_holdout.yaml scores the second, held-out set (never tuned against).
Targets (issue 10): right >= 90 %, wrong <= 1 %, no-answer messages answered (menus included) <= 5 %,
every language's right share within 5 points of the others.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.faq_followers import FOLLOWERS, OUTCOMES, Tally, judge, judge_webhook, load, report  # noqa: E402

TARGET_RIGHT, TARGET_WRONG, TARGET_UNANSWERABLE, TARGET_LANG_SPREAD = 0.90, 0.01, 0.05, 0.05


def row(name: str, tally: Tally) -> str:
    shares = "  ".join(f"{tally.share(o) * 100:5.1f}" for o in OUTCOMES)
    return f"{name:<12} {tally.total:>4}  {shares}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every message not answered right")
    parser.add_argument("--set", type=Path, default=FOLLOWERS, help="the follower set (default: %(default)s)")
    parser.add_argument("--webhook", action="store_true",
                        help="post each message to the real webhook and judge its reply, as issue 10's judges do")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the app logs every callback
    judged = (judge_webhook if args.webhook else judge)(load(args.set))
    print(f"set: {args.set.relative_to(ROOT) if args.set.is_relative_to(ROOT) else args.set}")
    rep = report(judged)
    print(f"{'':<12} {'n':>4}  {'right':>5}  {'wrong':>5}  {'menu':>5}  {'none':>5}   (% of answerable messages)")
    print(row("all", rep.answerable))
    for lang, tally in sorted(rep.by_lang.items()):
        print(row(lang, tally))
    for style, tally in sorted(rep.by_style.items()):
        print(row(f"~{style}", tally))
    print(f"no-answer messages answered (answer or menu): {rep.unanswerable.counts['answered']} of "
          f"{rep.unanswerable.total} = {rep.unanswerable_answered * 100:.1f} %")
    by_kind: dict[str, list[int]] = {}
    for j in judged:
        if j.expected is None:
            counts = by_kind.setdefault(j.style, [0, 0])
            counts[0] += j.outcome != "none"
            counts[1] += 1
    print("  by kind: " + ", ".join(f"{kind} {n} of {total}" for kind, (n, total) in sorted(by_kind.items())))
    spread = max(rep.lang_right().values()) - min(rep.lang_right().values())
    checks = [("right", rep.right >= TARGET_RIGHT), ("wrong", rep.wrong <= TARGET_WRONG),
              ("no-answer answered", rep.unanswerable_answered <= TARGET_UNANSWERABLE),
              (f"language spread {spread * 100:.1f} pts", spread <= TARGET_LANG_SPREAD)]
    print("targets: " + ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks))
    if args.misses:
        for j in judged:
            if (j.expected is None and j.outcome != "none") or (j.expected is not None and j.outcome != "right"):
                print(f"  [{j.lang}/{j.style}] {j.q!r}: expected {j.expected}, got {j.got} ({j.outcome})")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
