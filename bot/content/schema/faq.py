"""faq.yaml: the questions the matcher answers (entries) and the words it treats as one (synonyms)."""

from __future__ import annotations

import re

from yaml.nodes import Node

from bot.content.faq import FOLLOW_UP_ASPECTS, FaqEntry
from bot.content.schema.community import read_tones
from bot.content.schema.fields import (
    define_id,
    id_complaint,
    keyword_complaint,
    read_boolean,
    read_localized,
    read_localized_list,
    tag_complaint,
)
from bot.content.yaml_reader import DirectoryReader, FileReader
from bot.text import has_cjk, normalize

FAQ_FILE = "faq.yaml"


def read_faq(run: DirectoryReader) -> tuple[list[FaqEntry], tuple[tuple[str, ...], ...]]:
    """faq.yaml's entries and synonym groups; two entries may not share a question, since the
    matcher could not tell them apart."""
    r, top = run.top(FAQ_FILE, keys=("faq", "synonyms"), defines=("faq",))
    question_owner: dict[str, tuple[str, int]] = {}

    def entry(node: Node, path: str) -> FaqEntry | None:
        f = r.mapping(node, path, required=("id", "questions", "answers"),
                      optional=("keywords", "patterns", "tags", "products", "tutorials", "tones", "per_product",
                                "follow_ups", "matter", "before"))
        if f is None:
            return None
        entry_id = define_id(r, run, "faq", f, path)
        questions = read_localized_list(r, f["questions"], f"{path}.questions") if "questions" in f else None
        if questions is not None and not questions:
            r.report(f["questions"], f"{path}.questions", "expected at least one question (zh or en)")
        for question in questions.all if questions else ():
            key = normalize(question)
            key = key.replace(" ", "") if has_cjk(key) else key
            owner = question_owner.get(key)
            if owner and owner[0] != entry_id:
                r.report(f["questions"], f"{path}.questions",
                         f"{question!r} is also a question of {owner[0]!r} (line {owner[1]}); "
                         "the matcher could not tell them apart")
            question_owner.setdefault(key, (entry_id or "?", f["questions"].start_mark.line + 1))
        answers = read_localized(r, f["answers"], f"{path}.answers", required=False) if "answers" in f else None
        if answers is not None and not answers:
            r.report(f["answers"], f"{path}.answers", "expected an answer in zh and/or en, got none")
        keywords = r.words(f["keywords"], f"{path}.keywords", check=keyword_complaint) if "keywords" in f else ()
        patterns = r.words(f["patterns"], f"{path}.patterns", check=_pattern_complaint) if "patterns" in f else ()
        tags = r.words(f["tags"], f"{path}.tags", check=tag_complaint) if "tags" in f else ()
        products = r.words(f["products"], f"{path}.products", check=id_complaint) if "products" in f else ()
        tutorials = r.words(f["tutorials"], f"{path}.tutorials", check=id_complaint) if "tutorials" in f else ()
        if products:
            run.refer(r, f["products"], f"{path}.products", "product", products)
        if tutorials:
            run.refer(r, f["tutorials"], f"{path}.tutorials", "tutorial", tutorials)
        tones = read_tones(r, f["tones"], f"{path}.tones") if "tones" in f else ()
        per_product = read_boolean(r, f["per_product"], f"{path}.per_product") if "per_product" in f else False
        follow_ups = _read_follow_ups(r, run, f["follow_ups"], f"{path}.follow_ups") if "follow_ups" in f else ()
        matter = r.words(f["matter"], f"{path}.matter", check=_pattern_complaint) if "matter" in f else ()
        before = r.words(f["before"], f"{path}.before", check=id_complaint) if "before" in f else ()
        if before:
            run.refer(r, f["before"], f"{path}.before", "faq", before)  # a misspelt id would silently do nothing
        if bool(matter) != bool(before):
            r.report(f.get("matter") or f["before"], path, "matter and before go together: what the message is "
                     "about, and the entries this one goes before when it is")
        if not entry_id or not questions or not answers:
            return None
        return FaqEntry(id=entry_id, questions=questions, answers=answers, keywords=keywords,
                        patterns=patterns, tags=tags, products=products, tutorials=tutorials, tones=tones,
                        per_product=bool(per_product), follow_ups=follow_ups, matter=matter, before=before)

    entries = [value for _node, value in r.items(top["faq"], "faq", entry)] if "faq" in top else []
    synonyms = _read_synonyms(r, top["synonyms"]) if "synonyms" in top else ()
    return entries, synonyms


def _read_follow_ups(r: FileReader, run: DirectoryReader, node: Node, path: str) -> tuple[tuple[str, str], ...]:
    """`follow_ups: {cost: shipping-cost, time: shipping-time}`: each aspect one of FOLLOW_UP_ASPECTS, each value an
    entry's id (checked once every entry is read)."""
    f = r.mapping(node, path, optional=FOLLOW_UP_ASPECTS)
    if f is None:
        return ()
    out = []
    for aspect, value in f.items():
        target = r.text(value, f"{path}.{aspect}")
        complaint = id_complaint(target) if target else None
        if complaint:
            r.report(value, f"{path}.{aspect}", complaint)
        elif target:
            run.refer(r, value, f"{path}.{aspect}", "faq", (target,))
            out.append((aspect, target))
    return tuple(out)


def _pattern_complaint(pattern: str) -> str | None:
    """A pattern must compile, and must not match an empty message (it would answer everything)."""
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        return f"pattern {pattern!r} is not a valid regular expression: {exc}"
    if compiled.search(""):
        return f"pattern {pattern!r} matches an empty message, so it would match everything"
    return None


def _read_synonyms(r: FileReader, node: Node) -> tuple[tuple[str, ...], ...]:
    """`synonyms`: groups of words that mean the same to the matcher (the first is canonical)."""
    groups: list[tuple[str, ...]] = []
    owner: dict[str, int] = {}
    for i, item in enumerate(r.seq(node, "synonyms")):
        path = f"synonyms[{i}]"
        words = r.words(item, path)
        if len(words) < 2:
            r.report(item, path, "a synonym group needs at least two words")
            continue
        for word in words:
            key = normalize(word)
            if not key:
                r.report(item, path, f"{word!r} is only punctuation")
            elif key in owner and owner[key] != i:
                r.report(item, path, f"{word!r} is already in synonyms[{owner[key]}]")
            owner.setdefault(key, i)
        groups.append(words)
    return tuple(groups)

