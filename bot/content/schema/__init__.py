"""Siyu's content directory: which YAML files it holds and what each must say, read into `Content`.

One module per file (brand.yaml -> `brand.py`, ...), on the kinds of value in `fields.py` and the
generic reader in `bot.content.yaml_reader`; this module reads them in order and checks what they
say about each other. A new file gets a module here and one line in `_read`.
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz, process

from bot.content.model import Content, TutorialSeries
from bot.content.schema.brand import BRAND_FILE, read_brand
from bot.content.schema.campaigns import CAMPAIGNS_FILE, read_campaigns
from bot.content.schema.channels import CHANNELS_FILE, read_channels
from bot.content.schema.community import COMMUNITY_FILE, read_community
from bot.content.schema.faq import FAQ_FILE, read_faq
from bot.content.schema.groups import GROUPS_FILE, read_groups_file
from bot.content.schema.handoff import HANDOFF_FILE, read_handoff
from bot.content.schema.jobs import JOBS_FILE, read_jobs
from bot.content.schema.menu import MENU_FILE, read_menu
from bot.content.schema.products import PRODUCTS_FILE, read_products
from bot.content.schema.routines import ROUTINES_FILE, read_routines
from bot.content.schema.sequences import SEQUENCES_FILE, read_sequences
from bot.content.schema.tutorials import TUTORIALS_FILE, read_tutorials
from bot.content.sequences import SEND_LESSON, Sequence
from bot.content.yaml_reader import ContentProblem, DirectoryReader
from bot.errors import ContentError

FILES = (BRAND_FILE, FAQ_FILE, TUTORIALS_FILE, PRODUCTS_FILE, JOBS_FILE, GROUPS_FILE, HANDOFF_FILE, SEQUENCES_FILE,
         COMMUNITY_FILE, CHANNELS_FILE, CAMPAIGNS_FILE, MENU_FILE, ROUTINES_FILE)


def load_content(directory: Path) -> Content:
    """Validated content from `directory`; ContentError lists every problem, one per line."""
    content, problems = _read(Path(directory))
    if problems or content is None:
        lines = "\n".join(str(problem) for problem in problems)
        raise ContentError(f"{len(problems)} problem(s) in {directory}:\n{lines}")
    return content


def validate_directory(directory: Path) -> list[ContentProblem]:
    """Every problem in `directory`, in file order; [] when it loads cleanly."""
    return _read(Path(directory))[1]


def content_directory(config_dir: Path, brand: str, *, default_brand: str) -> Path:
    """Where a brand's content lives: the default brand's is `config_dir` itself, brand `acme`'s is
    `config_dir/brands/acme/` (config/README.md tells community managers the same)."""
    return Path(config_dir) if brand == default_brand else Path(config_dir) / "brands" / brand


def _read(directory: Path) -> tuple[Content | None, list[ContentProblem]]:
    run = DirectoryReader(directory)
    if not directory.is_dir():
        return None, [ContentProblem(str(directory), None, "", "not a directory")]
    _check_file_names(run)
    brand = read_brand(run)
    appid = brand.miniprogram_appid if brand else ""
    faq, synonyms = read_faq(run)
    tutorials = read_tutorials(run, appid)
    products = read_products(run, appid)
    cities, jobs = read_jobs(run, appid)
    groups, catchup_words = read_groups_file(run)
    handoff = read_handoff(run, brand.opt_out_words if brand else (), {g.robot_key_env: g.id for g in groups})
    sequence_defaults, sequences = read_sequences(run)
    community = read_community(run)
    channels = read_channels(run)
    campaigns = read_campaigns(run)
    menu = read_menu(run, appid)
    routines = read_routines(run)
    run.check_references()
    _check_lessons(run, sequences, tutorials)
    # Reading order differs from line order (references are checked last): sort for the reader.
    order = {name: i for i, name in enumerate(FILES)}
    run.problems.sort(key=lambda p: (order.get(p.file, -1), p.file, p.line or 0))
    if brand is None or run.problems:
        return None, run.problems
    return Content(brand=brand, faq=tuple(faq), synonyms=synonyms, tutorials=tuple(tutorials),
                   products=tuple(products), cities=tuple(cities), jobs=tuple(jobs),
                   groups=tuple(groups), handoff=handoff, sequences=tuple(sequences),
                   sequence_defaults=sequence_defaults, community=community, channels=tuple(channels),
                   catchup_words=catchup_words, campaigns=tuple(campaigns), menu=menu, routines=routines), run.problems


def _check_lessons(run: DirectoryReader, sequences: list[Sequence], tutorials: list[TutorialSeries]) -> None:
    """A step's lesson number must exist in its series (the series id itself is a checked reference)."""
    sizes = {series.id: len(series.lessons) for series in tutorials}
    for sequence in sequences:
        for step in sequence.steps:
            for send in [step.send] if step.send else [v.send for v in step.variants]:
                if send.kind == SEND_LESSON and send.ref in sizes and send.number > sizes[send.ref]:
                    run.problems.append(ContentProblem(SEQUENCES_FILE, None, f"{sequence.id}.{step.id}",
                                                       f"lesson {send.number} of {send.ref!r}: the series has "
                                                       f"{sizes[send.ref]} lessons"))


def _check_file_names(run: DirectoryReader) -> None:
    """A misspelt file name would silently drop its content; unrelated files are left alone."""
    for path in sorted(run.directory.iterdir()):
        if not path.is_file() or path.name in FILES:
            continue
        stem, _dot, suffix = path.name.rpartition(".")
        if suffix not in ("yaml", "yml"):
            continue
        close = process.extractOne(f"{stem}.yaml", FILES, scorer=fuzz.ratio, score_cutoff=80)
        if close:
            run.problems.append(ContentProblem(path.name, None, "",
                                               f"not read; did you mean {close[0]!r}?"))
