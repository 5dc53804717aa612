"""routines.yaml: the products the bot suggests for a skin type and a concern, when an answer asked for them."""

from __future__ import annotations

from yaml.nodes import Node

from bot.content.localized import LocalizedText
from bot.content.model import Routines, SkinKind
from bot.content.schema.fields import define_id, keyword_complaint, read_localized
from bot.content.yaml_reader import DirectoryReader

ROUTINES_FILE = "routines.yaml"


def read_routines(run: DirectoryReader) -> Routines:
    """routines.yaml's `asked_by` (FAQ entry ids), `skin_types` and `concerns`; their products and entries are
    checked references, so a misspelt id is reported, never silently suggested."""
    r, top = run.top(ROUTINES_FILE, keys=("asked_by", "skin_types", "concerns"), defines=("skin_kind",))
    asked_by = r.words(top["asked_by"], "asked_by") if "asked_by" in top else ()
    if asked_by:
        run.refer(r, top["asked_by"], "asked_by", "faq", asked_by)

    def kind(node: Node, path: str) -> SkinKind | None:
        f = r.mapping(node, path, required=("id", "words", "products"), optional=("note",))
        if f is None:
            return None
        kind_id = define_id(r, run, "skin_kind", f, path)
        words = r.words(f["words"], f"{path}.words", check=keyword_complaint) if "words" in f else ()
        products = r.words(f["products"], f"{path}.products") if "products" in f else ()
        if products:
            run.refer(r, f["products"], f"{path}.products", "product", products)
        note = read_localized(r, f["note"], f"{path}.note", required=False) if "note" in f else LocalizedText()
        if not (kind_id and words and products):
            return None
        return SkinKind(id=kind_id, words=words, products=products, note=note)

    def kinds(key: str) -> tuple[SkinKind, ...]:
        return tuple(value for _n, value in r.items(top[key], key, kind)) if key in top else ()

    skin_types, concerns = kinds("skin_types"), kinds("concerns")
    if asked_by and not skin_types:
        r.report(top["asked_by"], "asked_by", "entries ask for the member's skin type, but no skin_types say what "
                                              "to suggest for one")
    return Routines(asked_by=asked_by, skin_types=skin_types, concerns=concerns)
