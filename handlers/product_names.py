"""Which of the brand's products a message names, and what it says besides: read by the shop (a price, a
comparison, a question about one) and by follow-ups ("what about the toner?" after an answer that holds for every
product), so that both read names, plurals and kinds ("精华" names every serum) the same way."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.model import Content
from bot.text import has_cjk
from handlers.common import contains_term, remove_term


def named_products(text: str, content: Content) -> tuple[list[str], str]:
    """The products the message names (a kind word names its kind, unless one of them is named by its own word)
    and what is left of it without their words and their names' words."""
    kinds = content.remembered(kind_index)("")
    spoken = {term: form for p in content.products for term in content.match_terms[("product", p.id)]
              if (form := _spoken(text, term))}
    said = list(spoken)
    rest = text
    for form in sorted(spoken.values(), key=len, reverse=True):  # "10%维c亮肤精华" before the "精华" inside it
        rest = remove_term(rest, form)
    own = {p for t in said if len(kinds.get(t, ())) == 1 for p in kinds[t]}
    named: set[str] = set(own)
    for term in said:
        kind = set(kinds.get(term, ()))
        named |= kind if len(kind) > 1 and not kind & own else set()
    hits = [p.id for p in content.products if p.id in named]
    if hits:
        rest = _without_name_words(rest, [name for p in hits for name in content.match_terms[("product", p)][:2]])
    return hits, rest


def kind_index(_text: str, content: Content) -> dict[str, tuple[str, ...]]:
    """Each product word (a name or keyword, normalised) and the products it names: those it is a name or keyword
    of, and those whose names hold it as a word ("精华" is in "10%维c亮肤精华"; "serum" in "gentle retinal night
    serum"). Built once per content version (remembered under the empty text)."""
    names = {p.id: content.match_terms[("product", p.id)][:2] for p in content.products}
    index: dict[str, tuple[str, ...]] = {}
    for product in content.products:
        for term in content.match_terms[("product", product.id)]:
            if term and term not in index:
                index[term] = tuple(p.id for p in content.products
                                    if term in content.match_terms[("product", p.id)]
                                    or any(contains_term(name, term) for name in names[p.id]))
    return index


def _spoken(text: str, term: str) -> str:
    """How `text` says a product word: the word itself, or its plural ("serums", "cleansers"), else ""."""
    if contains_term(text, term):
        return term
    plural = f"{term}s" if term.isascii() and term[-1:].isalpha() and not term.endswith("s") else ""
    return plural if plural and contains_term(text, plural) else ""


def _without_name_words(rest: str, names: Sequence[str]) -> str:
    """`rest` without the words of the named products' own names: a product called by part of its name and a
    keyword ("氨基酸洁面", "神经酰胺霜", "amino cleanser", "gentle cleanser") names it and says nothing more (they were
    "I don't know"). Latin words as whole words of a name; Chinese, runs of two characters or more found in a name (a
    lone character only as a whole word: 霜)."""
    latin = {word for name in names for word in name.split() if word.isascii()}
    chinese = [name for name in names if has_cjk(name)]
    kept = []
    for word in rest.split():
        if word.isascii():
            if word not in latin:
                kept.append(word)
            continue
        if any(word in name for name in chinese):
            continue
        kept.append(_without_name_runs(word, chinese))
    return " ".join(w for w in kept if w)


def _without_name_runs(word: str, names: Sequence[str]) -> str:
    """`word` without its longest runs of two characters or more that occur in one of `names`, left to right."""
    out, start = [], 0
    while start < len(word):
        end = next((e for e in range(len(word), start + 1, -1) if any(word[start:e] in n for n in names)), start)
        if end > start:
            out.append(" ")
            start = end
        else:
            out.append(word[start])
            start += 1
    return "".join(out).strip()
