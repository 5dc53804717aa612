"""The community's content as typed, frozen values: what handlers read, never YAML or Redis.

Every value here is built by `bot.content.schema` (from YAML, after validation) or by
`bot.content.codec` (from a published JSON version); nothing in this module does IO. The zh/en
texts (`bot.content.localized`) and faq.yaml's entries (`bot.content.faq.FaqEntry`, beside the
matcher) live below this module and are imported here, so the matcher needs nothing from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from string import Formatter
from typing import TypeVar

from bot.content.campaigns import Campaign
from bot.content.community import Community
from bot.content.elsewhere import OtherBusinesses
from bot.content.faq import FaqEntry, FaqIndex, FaqMatch
from bot.content.groups import CATCHUP_WORDS, AcqChannel, DropSchedule
from bot.content.localized import LocalizedList, LocalizedText
from bot.content.menu import Menu
from bot.content.sequences import Sequence, SequenceDefaults
from bot.content.variants import LessonTone
from bot.text import ZH, normalize

FAQ_MEMO_SIZE = 1024  # distinct (message, language hint) pairs whose FAQ match a content version remembers
FAQ_INDEXES_KEPT = 4  # distinct FAQs (entries, synonyms, product words) whose built index the process keeps
T = TypeVar("T")
SCAN_MEMO_SIZE = 1024  # distinct messages whose text-only scan (Content.remembered) a content version remembers


@dataclass(frozen=True, slots=True)
class MiniProgramPage:
    """A Mini Program page: `page` is a path without a leading '/', optionally with `?query`."""

    appid: str
    page: str


@dataclass(frozen=True)
class Welcome:
    """First words after each way of joining: following the Official Account, adding a WeCom staff
    member as a contact, joining a customer group (a group's own `welcome` overrides the last)."""

    oa_follow: LocalizedText
    contact_added: LocalizedText
    group_join: LocalizedText


# Always honoured, whatever brand.yaml lists: a brand's opt_out_words / resume_words add to these, so
# the validator, a published version and the opt-out handler all read one list. "TD" and "T" are the
# conventional Chinese SMS replies for 退订. The first word of each language is the one a confirmation
# tells the member to send back.
OPT_OUT_WORDS = ("退订", "TD", "取消订阅", "unsubscribe", "stop", "T", "取消推送", "取消关注", "opt out", "unsub")
RESUME_WORDS = ("恢复订阅", "resume", "订阅", "START", "恢复", "subscribe")


def with_defaults(defaults: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """`defaults` then `words`, each normalised form once (first spelling kept)."""
    seen: dict[str, str] = {}
    for word in (*defaults, *words):
        seen.setdefault(normalize(word), word)
    return tuple(seen.values())


@dataclass(frozen=True)
class Brand:
    """brand.yaml: who the community is and the fixed texts handlers speak with.

    `templates` are `str.format` strings per locale; `render` fills them. The names handlers use,
    and the placeholders each may contain, are listed in `bot.content.schema.brand.TEMPLATES`.
    `opt_out_words` / `resume_words` always include OPT_OUT_WORDS / RESUME_WORDS (merged on
    construction, so a version published before a default was added honours it too).
    """

    name: LocalizedText
    default_locale: str
    help: LocalizedText
    opt_out_words: tuple[str, ...]
    resume_words: tuple[str, ...]
    welcome: Welcome
    templates: Mapping[str, LocalizedText]
    miniprogram_appid: str = ""  # default for products, lessons and jobs that name no appid

    def __post_init__(self) -> None:
        object.__setattr__(self, "opt_out_words", with_defaults(OPT_OUT_WORDS, self.opt_out_words))
        object.__setattr__(self, "resume_words", with_defaults(RESUME_WORDS, self.resume_words))

    def render(self, template: str, locale: str, /, **values: object) -> str:
        """The template in `locale`, filled with `values`; KeyError names a missing template.

        Positional-only, so any placeholder name (`name`, `template`, `locale`) can be a value.
        """
        text = self.templates.get(template)
        if text is None:
            raise KeyError(f"brand.yaml has no template {template!r}; known: {sorted(self.templates)}")
        return text.get(locale).format(**values)

    def placeholders(self, template_name: str) -> frozenset[str]:
        """Placeholder names a template uses, in any locale (for callers that build optional parts)."""
        template = self.templates.get(template_name)
        if template is None:
            return frozenset()
        found: set[str] = set()
        for text in (template.zh, template.en):
            found.update(part[1] for part in Formatter().parse(text) if part[1])
        return frozenset(found)


@dataclass(frozen=True)
class Lesson:
    title: LocalizedText
    body: LocalizedText
    link: str = ""
    image: str = ""  # an http(s) URL or `media:<media_id>`, as in Outbound Image.source
    miniprogram: MiniProgramPage | None = None


@dataclass(frozen=True)
class TutorialSeries:
    """tutorials.yaml: a short course sent one lesson at a time (1:1 on request, or dropped into a
    group on a schedule); `aliases` and `keywords` are what people call it."""

    id: str
    name: LocalizedText
    lessons: tuple[Lesson, ...]
    aliases: LocalizedList = field(default_factory=LocalizedList)
    keywords: tuple[str, ...] = ()
    description: LocalizedText = field(default_factory=LocalizedText)
    tones: tuple[LessonTone, ...] = ()  # the series in another voice per audience (a group, when dropped)


@dataclass(frozen=True, slots=True)
class Price:
    """An exact amount (Decimal, never float) in an ISO 4217 currency."""

    amount: Decimal
    currency: str

    def format(self) -> str:
        return f"{self.currency} {self.amount:.2f}"


@dataclass(frozen=True)
class Product:
    """products.yaml: sold in the brand's Mini Program; `url` is where the card cannot go."""

    id: str
    name: LocalizedText
    miniprogram: MiniProgramPage
    image: str
    price: Price
    url: str
    keywords: tuple[str, ...] = ()
    description: LocalizedText = field(default_factory=LocalizedText)
    # How to use it (when, how much, what with): the answer to "how do I use it" asked just after it was shown
    # (handlers/shop.py PRODUCT_USE_WORDS); without it the description answers.
    usage: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True)
class SkinKind:
    """routines.yaml: a skin type ("dry") or a concern ("acne"), the words members say it in ("干皮", "dry skin"), the
    products it suggests in the order they are used, and a line saying why."""

    id: str
    words: tuple[str, ...]
    products: tuple[str, ...]
    note: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True)
class Routines:
    """routines.yaml: what the bot suggests when a member says their skin type and concern just after an answer that
    asked for them (`asked_by`: FAQ entry ids; handlers/routine.py). Empty: nothing asks, nothing is suggested."""

    asked_by: tuple[str, ...] = ()
    skin_types: tuple[SkinKind, ...] = ()
    concerns: tuple[SkinKind, ...] = ()


@dataclass(frozen=True)
class City:
    """jobs.yaml `cities`: how people name a city ('温哥华', '温村', 'Van', 'YVR' ...), and its IANA time zone: a
    member who names the city gets it as their zone (member field `tz`) unless one was set for them, so their
    sequence steps and quiet hours follow their clock, not the brand's default (handlers/careers.py)."""

    id: str
    name: LocalizedText
    aliases: tuple[str, ...] = ()
    timezone: str = ""

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name.zh, self.name.en, *self.aliases) if n)


@dataclass(frozen=True, slots=True)
class ApplyRoute:
    """How to apply for a job: a Mini Program page, a URL, or both (the URL as fallback)."""

    miniprogram: MiniProgramPage | None = None
    url: str = ""


@dataclass(frozen=True)
class Job:
    """jobs.yaml `jobs`: one opening; `city` is a City id; `pay` what it pays in a line ("时薪 CAD 21–24 + 提成"),
    the answer to "工资多少" / "what's the pay" after a list (empty: the posting does not say)."""

    id: str
    title: LocalizedText
    company: LocalizedText
    city: str
    description: LocalizedText
    apply: ApplyRoute
    keywords: tuple[str, ...] = ()
    pay: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True)
class Group:
    """groups.yaml: a WeCom customer group the bot serves.

    `robot_key_env` is the NAME of the environment variable holding the group robot's webhook key;
    the key itself never enters config files or Redis. `tutorial_series` is dropped into the group.
    `join_url` is where a member joins by themselves (the group's QR code or join page, e.g. from
    WeCom's 「加入群聊」 join way) and `join` says how, in words; a group with neither is not offered
    to members who ask to join (nobody would send them an invite).
    `robot_key_env` is "" for a group without a robot: its drops are confirm tasks for `owner` (a WeCom
    userid), the staff member who owns the customer group (docs/groups.md). `drops`: its schedule, if any.
    """

    id: str
    name: str
    chat_id: str
    robot_key_env: str = ""
    welcome: LocalizedText = field(default_factory=LocalizedText)
    locale: str = ZH
    tutorial_series: str = ""
    join_url: str = ""
    join: LocalizedText = field(default_factory=LocalizedText)
    owner: str = ""
    drops: DropSchedule | None = None
    tags: tuple[str, ...] = ()  # who the group is for (careers, newcomers): the audience its drops' tones read
    # The script its Chinese posts are written in (bot.text.SCRIPTS): "" simplified, as the content is; "hk" or "tw" for
    # a Hong Kong or Taiwan group, whose welcome and lesson drops are converted (a member's own replies follow what
    # they type, and 1:1 sends their own script).
    script: str = ""


# Always honoured, whatever handoff.yaml lists: a brand's `words` add to these (bot.content.schema.handoff).
HANDOFF_WORDS = ("人工", "客服", "真人", "转人工", "agent", "human")


@dataclass(frozen=True)
class Handoff:
    """handoff.yaml: how a member reaches a person. Staff are told by one WeCom app message to `staff`
    (userids), else by the staff group's `robot` (a name from SIYU_GROUP_ROBOT_KEYS or a group's
    robot_key_env); with neither, nobody can be told, and the bot says so instead of promising.

    Office hours are `days` (ISO weekdays, 1 = Monday) from `opens` to `closes` (minutes after
    midnight) in `timezone`; `zone_label` names the zone for members. While a handoff is open (until
    staff send `close_word` + its id, or `timeout_s` passes, counted from the next opening when it opened
    outside office hours) the bot stays `quiet` on the member's free text.
    `on_unanswered`: a question the FAQ cannot answer opens one; `faq`: FAQ entries whose
    match opens one (a member asking for a person in their own words). `kf_servicer`: the WeChat
    customer service servicer a kf session goes to (empty: the kf queue, for whichever servicer is on).
    `waiting_on`: FAQ entries whose answers tell the member to wait (a refund, a delivery); the member saying just
    after one that it is still not done ("it's been 2 weeks", "还没到账") is handed to a person, as after an answer
    that offers one (handlers/handoff.py STILL_WAITING_EN / STILL_WAITING_ZH).
    """

    staff: tuple[str, ...] = ()
    robot: str = ""
    timezone: str = "Asia/Shanghai"
    zone_label: LocalizedText = field(default_factory=LocalizedText)
    days: tuple[int, ...] = (1, 2, 3, 4, 5)
    opens: int = 9 * 60
    closes: int = 18 * 60
    words: tuple[str, ...] = ()
    close_word: str = "结束"
    on_unanswered: bool = False
    quiet: bool = True
    timeout_s: int = 24 * 3600
    faq: tuple[str, ...] = ()
    kf_servicer: str = ""
    waiting_on: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", with_defaults(HANDOFF_WORDS, self.words))

    @property
    def reachable(self) -> bool:
        """Somebody can be told: staff userids or a staff robot are named."""
        return bool(self.staff or self.robot)


@dataclass(frozen=True)
class Content:
    """One brand's validated content: what `load_content` returns and `publish` stores.

    Lookups by id return None for an unknown id (ids in published content were all checked, but a
    member's stored state may name an id a later version removed). `faq_index` is built on first
    use and kept with this value, so it is built once per content version.
    """

    brand: Brand
    faq: tuple[FaqEntry, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    tutorials: tuple[TutorialSeries, ...] = ()
    products: tuple[Product, ...] = ()
    cities: tuple[City, ...] = ()
    jobs: tuple[Job, ...] = ()
    groups: tuple[Group, ...] = ()
    handoff: Handoff = field(default_factory=Handoff)
    sequences: tuple[Sequence, ...] = ()
    sequence_defaults: SequenceDefaults = field(default_factory=SequenceDefaults)
    community: Community = field(default_factory=Community)  # community.yaml: leaders, referrals, tone holdout
    channels: tuple[AcqChannel, ...] = ()
    catchup_words: tuple[str, ...] = CATCHUP_WORDS
    campaigns: tuple[Campaign, ...] = ()
    menu: Menu = field(default_factory=Menu)  # menu.yaml: the Official Account's menu bar
    routines: Routines = field(default_factory=Routines)  # routines.yaml: skin types' and concerns' products

    def campaign(self, campaign_id: str) -> Campaign | None:
        return next((c for c in self.campaigns if c.id == campaign_id), None)

    @cached_property
    def faq_index(self) -> FaqIndex:
        return built_faq_index(self.faq, self.synonyms,
                               tuple((p.name.zh, p.name.en, *p.keywords) for p in self.products))

    @cached_property
    def elsewhere(self) -> OtherBusinesses:
        """The other businesses a question may be about instead of this brand (bot/content/elsewhere.py)."""
        return OtherBusinesses.for_content(self)

    @cached_property
    def faq_match(self) -> Callable[[str, str | None], FaqMatch]:
        """`faq_index.match(text, locale_hint)`, remembered for the last FAQ_MEMO_SIZE distinct messages.

        Why: followers ask the same questions in the same words (a menu's text, a keyword the brand
        advertises, "运费多少"), and the answer is a pure function of this content version, which never
        changes once loaded (a new version is a new Content, with an empty memo). A remembered match
        costs a dict lookup instead of ~0.13 ms of matching (bench/peers.py). lru_cache is thread-safe
        and bounded, so a flood of distinct messages costs memory for FAQ_MEMO_SIZE results at most."""
        return lru_cache(maxsize=FAQ_MEMO_SIZE)(self.faq_index.match)

    @cached_property
    def faq_canonical(self) -> Callable[[str], str]:
        """`faq_index.canonical(text)`, remembered like `faq_match` (the FAQ handler asks for both)."""
        return lru_cache(maxsize=FAQ_MEMO_SIZE)(self.faq_index.canonical)

    @cached_property
    def _scans(self) -> dict[Callable[..., object], Callable[[str], object]]:
        return {}

    def remembered(self, scan: Callable[[str, Content], T]) -> Callable[[str], T]:
        """`scan(text, self)`, remembered for the last SCAN_MEMO_SIZE distinct texts of this content version.

        For the handlers' text-only scans (a product, a tutorial series, a city or a job word named in the
        normalised message), which the handlers ahead of the FAQ's ran on every message: ~0.45 M instructions
        of an FAQ callback (bench/peers_instructions.py, issue 10). `scan` must read nothing but the text and
        this content (no member, no clock): then its answer is a pure function of the two, and a new content
        version (a new Content) starts with empty memos, as `faq_match` does. Thread-safe (lru_cache; two
        threads may build a scan's memo at once on first use, one is kept)."""
        memo = self._scans.get(scan)
        if memo is None:
            memo = self._scans.setdefault(scan, lru_cache(maxsize=SCAN_MEMO_SIZE)(lambda text: scan(text, self)))
        return memo  # type: ignore[return-value]

    @cached_property
    def match_terms(self) -> Mapping[tuple[str, str], tuple[str, ...]]:
        """The normalised words the handlers look for in a message, per (kind, id): ("product", id) its
        names and keywords; ("city", id) its names, longest first; ("tutorial", id) its names and aliases;
        ("tutorial_keywords", id) and ("job", id) their keywords. Built once per content version: folding
        them again for every text message cost ~0.1 ms of each FAQ callback (bench/webhook_cpu.py --faq)."""
        table: dict[tuple[str, str], tuple[str, ...]] = {}
        for product in self.products:
            table[("product", product.id)] = tuple(
                normalize(t) for t in (product.name.zh, product.name.en, *product.keywords) if t)
        for city in self.cities:
            table[("city", city.id)] = tuple(sorted((normalize(n) for n in city.all_names), key=len, reverse=True))
        for series in self.tutorials:
            table[("tutorial", series.id)] = tuple(
                normalize(n) for n in (series.name.zh, series.name.en, *series.aliases.all) if n)
            table[("tutorial_keywords", series.id)] = tuple(normalize(k) for k in series.keywords)
        for job in self.jobs:
            table[("job", job.id)] = tuple(normalize(k) for k in job.keywords)
        return table

    @cached_property
    def _by_id(self) -> dict[tuple[str, str], object]:
        table: dict[tuple[str, str], object] = {}
        for kind, items in (("faq", self.faq), ("tutorial", self.tutorials), ("product", self.products),
                            ("city", self.cities), ("job", self.jobs), ("group", self.groups)):
            for item in items:
                table[(kind, item.id)] = item
        for group in self.groups:
            table[("chat", group.chat_id)] = group
        for sequence in self.sequences:
            table[("sequence", sequence.id)] = sequence
        for channel in self.channels:
            table[("channel", channel.id)] = channel
        return table

    def faq_entry(self, entry_id: str) -> FaqEntry | None:
        return self._by_id.get(("faq", entry_id))  # type: ignore[return-value]

    def tutorial(self, series_id: str) -> TutorialSeries | None:
        return self._by_id.get(("tutorial", series_id))  # type: ignore[return-value]

    def product(self, product_id: str) -> Product | None:
        return self._by_id.get(("product", product_id))  # type: ignore[return-value]

    def city(self, city_id: str) -> City | None:
        return self._by_id.get(("city", city_id))  # type: ignore[return-value]

    def job(self, job_id: str) -> Job | None:
        return self._by_id.get(("job", job_id))  # type: ignore[return-value]

    def group(self, group_id: str) -> Group | None:
        return self._by_id.get(("group", group_id))  # type: ignore[return-value]

    def group_for_chat(self, chat_id: str) -> Group | None:
        """The configured group behind a WeCom chat_id, or None for a group we do not serve."""
        return self._by_id.get(("chat", chat_id))  # type: ignore[return-value]

    def sequence(self, sequence_id: str) -> Sequence | None:
        return self._by_id.get(("sequence", sequence_id))  # type: ignore[return-value]

    def channel(self, channel_id: str) -> AcqChannel | None:
        return self._by_id.get(("channel", channel_id))  # type: ignore[return-value]

    def jobs_in(self, city_id: str) -> tuple[Job, ...]:
        return tuple(job for job in self.jobs if job.city == city_id)

    def summary(self) -> str:
        """One line of counts, as `siyu config validate` prints it."""
        lessons = sum(len(series.lessons) for series in self.tutorials)
        return (f"{len(self.faq)} FAQ entries, {len(self.tutorials)} tutorial series ({lessons} lessons), "
                f"{len(self.products)} products, {len(self.jobs)} jobs in {len(self.cities)} cities, "
                f"{len(self.groups)} groups, {len(self.sequences)} sequence(s) "
                f"({sum(len(s.steps) for s in self.sequences)} steps)")


@lru_cache(maxsize=FAQ_INDEXES_KEPT)
def built_faq_index(faq: tuple[FaqEntry, ...], synonyms: tuple[tuple[str, ...], ...],
                    products: tuple[tuple[str, ...], ...]) -> FaqIndex:
    """The FAQ index of these entries, synonyms and product words, built once per process for equal inputs.

    Why: building an index costs ~0.5 s (every question and answer read, stemmed and weighed), and a content
    version whose FAQ did not change (`siyu config apply` of another file, a worker reloading the published
    version, each brand of a process sharing one FAQ, each app the test suite builds) would build the same one
    again. The inputs are frozen values compared by content, and an index never changes once built (`match`
    only reads it), so equal inputs may share one; a changed entry, synonym or product word is a new key."""
    return FaqIndex(faq, synonyms=synonyms, products=products)
