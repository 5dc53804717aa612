"""Content: the demo community, validation messages with file and line, JSON round-trip, publishing."""

from __future__ import annotations

import dataclasses
import json
import shutil
import textwrap
from decimal import Decimal
from pathlib import Path

import fakeredis
import pytest
import redis as redis_lib

from bot.content import (
    EN,
    ZH,
    Content,
    ContentStore,
    LocalizedList,
    LocalizedText,
    content_directory,
    decode,
    encode,
    from_data,
    load_content,
    publish,
    published_version,
    to_data,
    validate_directory,
)
from bot.content.publish import VERSIONS_KEPT
from bot.errors import ContentError
from bot.store import keys
from handlers.shop import ShopHandler
from tests.support.factories import make_inbound

DEMO = Path(__file__).resolve().parents[2] / "config"

BRAND = """\
name: {zh: 测试, en: Test}
default_locale: zh
help: {zh: 帮助, en: Help}
welcome:
  oa_follow: 欢迎
  contact_added: {zh: 你好, en: Hello}
  group_join: {en: Welcome to the group}
templates:
  no_answer: {zh: "{brand}还不知道", en: "{brand} does not know yet"}
  did_you_mean: 你是想问
  opted_out: {zh: "已退订，回复{resume_word}恢复", en: "Unsubscribed; reply {resume_word}"}
  resumed: 已恢复
"""

FAQ = """\
faq:
  - id: shipping-time
    questions:
      zh: [寄到多伦多要几天]
      en: ["How long does shipping take?"]
    answers: {zh: 三到六天, en: Three to six days}
    products: [cream]
"""

PRODUCTS = """\
products:
  - id: cream
    name: {zh: 面霜, en: Cream}
    miniprogram: {appid: wx1234567890abcdef, page: "pages/product/detail?id=1"}
    image: https://example.com/cream.jpg
    price: {amount: "42.00", currency: CAD}
    url: https://example.com/cream
"""


def write(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def minimal(tmp_path: Path, **overrides: str) -> Path:
    files = {"brand.yaml": BRAND, "faq.yaml": FAQ, "products.yaml": PRODUCTS}
    files.update({f"{name}.yaml": text for name, text in overrides.items()})
    return write(tmp_path / "content", files)


def problems_of(directory: Path) -> list[str]:
    return [str(problem) for problem in validate_directory(directory)]


# --- the demo community --------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> Content:
    return load_content(DEMO)


def test_demo_community_is_valid_and_complete(demo: Content) -> None:
    assert validate_directory(DEMO) == []
    assert len(demo.faq) >= 40
    assert len(demo.tutorials) == 3
    assert all(4 <= len(series.lessons) <= 6 for series in demo.tutorials)
    assert len(demo.products) == 10
    assert len(demo.jobs) == 8
    assert len({job.city for job in demo.jobs}) == 3
    assert len(demo.groups) == 3  # Toronto has no robot: its drops are confirm tasks for its owner


def test_demo_is_bilingual_everywhere(demo: Content) -> None:
    for entry in demo.faq:
        assert entry.questions.zh and entry.questions.en, entry.id
        assert entry.answers.zh and entry.answers.en, entry.id
    for product in demo.products:
        assert product.name.zh and product.name.en
        assert product.miniprogram.page.startswith("pages/product/detail?id=")
        assert product.miniprogram.appid == "wx1234567890abcdef"
    for series in demo.tutorials:
        assert all(lesson.title.zh and lesson.body.en for lesson in series.lessons)


def test_lookups_by_id(demo: Content) -> None:
    entry = demo.faq_entry("sensitive-skin")
    assert entry is not None and "ceramide-cream" in entry.products
    assert demo.product("ceramide-cream") is not None
    assert demo.tutorial("winter-barrier") is not None
    assert demo.faq_entry("no-such-entry") is None
    group = demo.groups[0]
    assert demo.group_for_chat(group.chat_id) == group
    assert demo.group_for_chat("unknown-chat") is None
    assert {job.city for job in demo.jobs_in("sydney")} == {"sydney"}
    city = demo.city("vancouver")
    assert city is not None and "温哥华" in city.all_names


def test_brand_words_and_templates(demo: Content) -> None:
    brand = demo.brand
    assert {"退订", "TD", "unsubscribe", "stop"} <= set(brand.opt_out_words)  # always honoured
    assert "不要再发了" in brand.opt_out_words  # and the brand's own
    assert brand.render("opted_out", EN, brand="Lumi", resume_word="resume").startswith("You've unsubscribed")
    assert "{resume_word}" not in brand.render("opted_out", ZH, brand="露米", resume_word="恢复订阅")
    assert brand.placeholders("lesson") == {"series", "number", "total", "title"}
    assert brand.render("product", EN, name="Cream", price="CAD 42.00").startswith("Cream | CAD 42.00")
    with pytest.raises(KeyError, match="no template 'nope'"):
        brand.render("nope", ZH)
    # the after-the-48-h handoff text is the brand's to word too (it was the handler's only)
    assert "48 hours" in brand.render("handoff_after_window", EN, brand="Lumi", when="on Monday at 09:00",
                                      zone="Vancouver time")


def test_localized_text_falls_back_to_the_other_language() -> None:
    assert LocalizedText(zh="你好", en="").get(EN) == "你好"
    assert LocalizedText(zh="", en="Hi").get(ZH) == "Hi"
    assert LocalizedText(zh="你好", en="Hi").get(EN) == "Hi"
    assert not LocalizedText()
    assert LocalizedList(zh=("a",), en=()).get(EN) == ("a",)


def test_content_directory_for_the_default_and_other_brands(tmp_path: Path) -> None:
    assert content_directory(tmp_path, "lumi", default_brand="lumi") == tmp_path
    assert content_directory(tmp_path, "acme", default_brand="lumi") == tmp_path / "brands" / "acme"


def test_another_brand_reads_its_own_folder(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    acme = write(root / "brands" / "acme", {"brand.yaml": BRAND.replace("测试", "阿克米"), "faq.yaml": "faq: []\n"})
    content = load_content(content_directory(root, "acme", default_brand="default"))
    assert content.brand.name.zh == "阿克米"
    assert content.faq == ()
    assert acme.is_dir()


# --- JSON round-trip -----------------------------------------------------------------------


def test_content_round_trips_through_json_exactly(demo: Content) -> None:
    blob = encode(demo)
    again = decode(blob)
    assert again == demo
    assert encode(again) == blob
    assert from_data(json.loads(json.dumps(to_data(demo)))) == demo
    prices = {product.price.amount for product in again.products}
    assert Decimal("42.00") in prices and all(isinstance(p, Decimal) for p in prices)


def test_decode_refuses_other_schemas_and_garbage(demo: Content) -> None:
    data = to_data(demo)
    with pytest.raises(ValueError, match="schema 99"):
        from_data({**data, "schema": 99})
    with pytest.raises(ValueError, match="not JSON"):
        decode(b"{not json")
    broken = json.loads(encode(demo))
    broken["content"]["faq"][0]["surprise"] = 1
    with pytest.raises(ValueError, match="does not fit"):
        decode(json.dumps(broken))


# --- validation: every problem, with file and line -------------------------------------------


def test_minimal_directory_is_valid(tmp_path: Path) -> None:
    content = load_content(minimal(tmp_path))
    assert [entry.id for entry in content.faq] == ["shipping-time"]
    assert content.brand.welcome.oa_follow == LocalizedText(zh="欢迎", en="欢迎")
    assert content.tutorials == () and content.groups == ()  # absent files are empty


def test_problem_format_names_file_line_path_and_expectation(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: ok-entry
            questions: [hello]
            answers: hi
          - id: no-answer
            questions: [where]
            answers: {}
        """)
    assert problems_of(directory) == [
        "faq.yaml:7: faq[1].answers: expected an answer in zh and/or en, got none",
    ]


def test_per_product_is_true_or_false(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: pregnancy
            questions: [safe in pregnancy?]
            answers: everything but the serum
            per_product: true
          - id: vegan
            questions: [vegan?]
            answers: all of it
            per_product: maybe
        """)
    assert problems_of(directory) == ["faq.yaml:9: faq[1].per_product: expected true or false, got 'maybe'"]
    (directory / "faq.yaml").write_text((directory / "faq.yaml").read_text("utf-8").replace("maybe", "no"), "utf-8")
    assert [entry.per_product for entry in load_content(directory).faq] == [True, False]


def test_follow_ups_name_an_aspect_and_an_entry(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: where
            questions: [do you ship to australia?]
            answers: yes
            follow_ups: {cost: costs, time: how-long}
          - id: costs
            questions: [how much is shipping?]
            answers: CAD 8
            follow_ups: {price: where}
        """)
    assert problems_of(directory) == [
        "faq.yaml:5: faq[0].follow_ups.time: unknown faq id 'how-long' (expected one of: costs, where)",
        "faq.yaml:9: faq[1].follow_ups.price: unknown key 'price' "
        "(expected one of: cost, time, hours, where, how, instead, opened, send, balance, expire, get, use, try)",
    ]
    (directory / "faq.yaml").write_text((directory / "faq.yaml").read_text("utf-8")
                                        .replace(", time: how-long", "").replace("price", "time"), "utf-8")
    assert [entry.follow_ups for entry in load_content(directory).faq] == [(("cost", "costs"),), (("time", "where"),)]


def test_an_entry_goes_before_entries_that_exist(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: reaction
            questions: [my face is red after the serum]
            answers: stop using it
            matter: ['\\bred\\b']
            before: [return-polcy]
          - id: return-policy
            questions: [can i return it?]
            answers: within 30 days
        """)
    assert problems_of(directory) == [
        "faq.yaml:6: faq[0].before: unknown faq id 'return-polcy'; did you mean 'return-policy'? (expected one of: "
        "reaction, return-policy)"]


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: first
            questions: [one]
            answer: typo in the key
          - id: first
            questions: [two]
            answers: fine
            products: [cream, nope]
          - id: Bad Id
            questions: three
            answers: fine
            tags: ["has space"]
        """)
    found = problems_of(directory)
    assert found == [
        "faq.yaml:2: faq[0]: missing required key 'answers'",
        "faq.yaml:4: faq[0].answer: unknown key 'answer'; did you mean 'answers'? (expected one of: id, "
        "questions, answers, keywords, patterns, tags, products, tutorials, tones, per_product, follow_ups, matter,"
        " before)",
        "faq.yaml:5: faq[1].id: duplicate faq id 'first' (first at line 2)",
        "faq.yaml:8: faq[1].products: unknown product id 'nope' (expected one of: cream)",
        "faq.yaml:9: faq[2].id: id 'Bad Id': use lower-case letters, digits, '-' and '_' (at most 64, "
        "e.g. shipping-time)",
        "faq.yaml:12: faq[2].tags[0]: tag 'has space': no spaces or commas, at most 64 characters",
    ]
    with pytest.raises(ContentError) as raised:
        load_content(directory)
    message = str(raised.value)
    assert "6 problem(s)" in message
    assert all(line in message for line in found)


def test_wrong_types_and_missing_files(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", {"faq.yaml": "faq:\n  id: not-a-list\n", "products.yaml": "products:\n  - 3\n"})
    assert problems_of(directory) == [
        "brand.yaml: file not found in " + str(directory),
        "faq.yaml:2: faq: expected a list (lines starting with '- '), got a mapping",
        "products.yaml:2: products[0]: expected a mapping (key: value lines), got the text '3'",
    ]


def test_yaml_syntax_errors_carry_the_line_and_a_hint(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: a
            questions:
              en: [Do you ship to Canada, Do you ship to the US
            answers: yes
        """)
    [problem] = problems_of(directory)
    assert problem.startswith("faq.yaml:5: not valid YAML")
    assert "put texts containing ? : , [ ] { } in quotes" in problem


def test_a_file_that_is_not_yaml_is_the_only_problem_it_causes(tmp_path: Path) -> None:
    """A tab in faq.yaml (a manager's editor): the validator said the file was not valid YAML ("found character that
    cannot start any token"), and then, in handoff.yaml, "unknown faq id 'human-agent' (none are defined)", an id
    faq.yaml does define: one mistake read as two, the second sending the manager to the wrong file. The problem
    now names the tab, and references into a file that could not be read are not checked."""
    directory = Path(shutil.copytree(DEMO, tmp_path / "c"))
    faq = (directory / "faq.yaml").read_text(encoding="utf-8")
    (directory / "faq.yaml").write_text(faq + "  - id: new-one\n    questions:\n      zh: [测试]\n    answers:\n"
                                        "\tzh: 答案\n", encoding="utf-8")
    [problem] = problems_of(directory)
    assert problem.startswith("faq.yaml:") and "not valid YAML" in problem
    assert "a tab" in problem and "indent with spaces" in problem


def test_duplicate_yaml_keys_are_not_silently_dropped(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: a
            questions: [hello]
            answers: first
            answers: second
        """)
    assert problems_of(directory) == [
        "faq.yaml:5: faq[0].answers: duplicate key (first at line 4); YAML would keep only the last",
    ]


def test_yes_and_numbers_stay_text(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: a
            questions: [yes, 2024]
            keywords: [on, "no"]
            answers: yes
        """)
    [entry] = load_content(directory).faq
    assert entry.questions.en == ("yes", "2024")
    assert entry.answers.zh == "yes"


def test_mini_program_pages_and_appids(tmp_path: Path) -> None:
    directory = minimal(tmp_path, products="""\
        products:
          - id: a
            name: A
            miniprogram: {appid: wx123, page: "/pages/product/detail?id=1"}
            image: https://example.com/a.jpg
            price: {amount: "1.00", currency: CAD}
            url: https://example.com/a
          - id: b
            name: B
            miniprogram: {page: "pages/product detail"}
            image: not a url
            price: {amount: "1.005", currency: cad}
            url: ftp://example.com/b
        """)
    assert problems_of(directory) == [
        "faq.yaml:7: faq[0].products: unknown product id 'cream' (expected one of: a, b)",
        "products.yaml:4: products[0].miniprogram.appid: 'wx123' is not a Mini Program appid "
        "(wx followed by 16 hex digits)",
        "products.yaml:4: products[0].miniprogram.page: write the page without the leading '/': "
        "'pages/product/detail?id=1'",
        "products.yaml:10: products[1].miniprogram: missing appid (or set miniprogram_appid in brand.yaml)",
        "products.yaml:10: products[1].miniprogram.page: 'pages/product detail' is not a Mini Program page path; "
        "expected e.g. 'pages/product/detail?id=1001' (letters, digits, '_', '-', '/', then ?query)",
        "products.yaml:11: products[1].image: expected an http(s) URL or media:<media_id>, got 'not a url'",
        "products.yaml:12: products[1].price.amount: 1.005 has more than 2 decimals",
        "products.yaml:12: products[1].price.currency: expected an ISO 4217 code like CAD, got 'cad'",
        "products.yaml:13: products[1].url: expected an http(s) URL, got 'ftp://example.com/b'",
    ]


def test_brand_default_appid_fills_in_pages(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", {
        "brand.yaml": BRAND + "miniprogram_appid: wx00000000000000aa\n",
        "products.yaml": PRODUCTS.replace("appid: wx1234567890abcdef, ", ""),
        "faq.yaml": FAQ,
    })
    [product] = load_content(directory).products
    assert product.miniprogram.appid == "wx00000000000000aa"


def test_brand_templates_placeholders_and_lengths(tmp_path: Path) -> None:
    brand = BRAND.replace("resumed: 已恢复\n", "lesson: \"{series} {lesson_no}\"\n  product: \"{name\"\n")
    brand = brand.replace("help: {zh: 帮助, en: Help}", "help: {zh: " + "长" * 700 + ", en: Help}")
    directory = write(tmp_path / "c", {"brand.yaml": brand, "faq.yaml": FAQ, "products.yaml": PRODUCTS})
    assert problems_of(directory) == [
        "brand.yaml:3: help.zh: 2100 bytes; WeChat delivers at most 2048 (a Chinese character takes 3): "
        "shorten or split it",
        "brand.yaml:9: templates: missing template 'resumed' (confirms messages are back on)",
        "brand.yaml:12: templates.lesson: unknown placeholder {lesson_no} (this template offers: {number}, "
        "{series}, {title}, {total})",
        "brand.yaml:13: templates.product: bad placeholder (expected '}' before end of string); write {{ and }} "
        "for literal braces",
    ]


def test_groups_take_the_name_of_a_secret_never_the_secret(tmp_path: Path) -> None:
    directory = minimal(tmp_path, groups="""\
        groups:
          - id: van
            name: 温哥华群
            chat_id: wr123
            robot_key_env: 693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa
            tutorial_series: missing-series
          - id: syd
            name: 悉尼群
            chat_id: wr123
            robot_key_env: SIYU_ROBOT_SYD
            locale: fr
        """)
    assert problems_of(directory) == [
        "groups.yaml:5: groups[0].robot_key_env: give the NAME of an environment variable (e.g. "
        "SIYU_ROBOT_KEY_VAN), not the key: secrets never go in config files",
        "groups.yaml:6: groups[0].tutorial_series: unknown tutorial id 'missing-series' (none are defined)",
        "groups.yaml:9: groups[1].chat_id: chat_id already used at line 4",
        "groups.yaml:11: groups[1].locale: unknown locale 'fr' (expected one of: zh, en)",
    ]


def test_tutorials_jobs_and_cities(tmp_path: Path) -> None:
    directory = minimal(tmp_path, tutorials="""\
        tutorials:
          - id: empty
            name: 空课程
            lessons: []
        """, jobs="""\
        cities:
          - id: van
            name: {zh: 温哥华, en: Vancouver}
            aliases: [Van]
          - id: richmond
            name: {zh: 列治文, en: Richmond}
            aliases: [van]
        jobs:
          - id: advisor
            title: 顾问
            company: Lumi
            city: vancover
            description: 全职
            apply: {}
        """)
    assert problems_of(directory) == [
        "tutorials.yaml:4: tutorials[0].lessons: 0 lessons; a series has 1 to 12",
        "jobs.yaml:7: cities[1].aliases: 'van' also names city 'van'",
        "jobs.yaml:12: jobs[0].city: unknown city id 'vancover' (expected one of: richmond, van)",
        "jobs.yaml:14: jobs[0].apply: expected a miniprogram page, a url, or both",
    ]


def test_faq_patterns_keywords_synonyms_and_shared_questions(tmp_path: Path) -> None:
    directory = minimal(tmp_path, faq="""\
        faq:
          - id: a
            questions: [运费多少]
            answers: 八块
            patterns: ["(unclosed", ".*"]
            keywords: [费, "！！"]
          - id: b
            questions: [运费 多少？]
            answers: 也是八块
        synonyms:
          - [运费, 邮费]
          - [邮费, postage]
          - [alone]
        """)
    assert problems_of(directory) == [
        "faq.yaml:5: faq[0].patterns[0]: pattern '(unclosed' is not a valid regular expression: missing ), "
        "unterminated subpattern at position 0",
        "faq.yaml:5: faq[0].patterns[1]: pattern '.*' matches an empty message, so it would match everything",
        "faq.yaml:6: faq[0].keywords[0]: keyword '费' is one character; it would match far too often",
        "faq.yaml:6: faq[0].keywords[1]: keyword '！！' is only punctuation; it would match nothing",
        "faq.yaml:8: faq[1].questions: '运费 多少？' is also a question of 'a' (line 3); the matcher could not "
        "tell them apart",
        "faq.yaml:12: synonyms[1]: '邮费' is already in synonyms[0]",
        "faq.yaml:13: synonyms[2]: a synonym group needs at least two words",
    ]


def test_misspelt_file_names_are_reported(tmp_path: Path) -> None:
    directory = minimal(tmp_path)
    (directory / "product.yaml").write_text("products: []\n", encoding="utf-8")
    (directory / "notes.yaml").write_text("anything: goes\n", encoding="utf-8")
    assert problems_of(directory) == ["product.yaml: not read; did you mean 'products.yaml'?"]


def test_not_a_directory(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "missing") == [f"{tmp_path / 'missing'}: not a directory"]


# --- publishing --------------------------------------------------------------------------------


@pytest.fixture
def redis() -> fakeredis.FakeRedis:
    return fakeredis.FakeRedis()


def test_publish_stores_flips_and_announces(redis: fakeredis.FakeRedis, demo: Content) -> None:
    listener = redis.pubsub(ignore_subscribe_messages=True)
    listener.subscribe(keys.content_channel("lumi"))
    assert publish(redis, "lumi", demo) == 1
    assert publish(redis, "lumi", demo) == 2
    assert published_version(redis, "lumi") == 2
    assert decode(redis.get(keys.content_blob("lumi", 2))) == demo
    announced = []
    while (message := listener.get_message(timeout=0.1)) is not None or len(announced) < 2:
        if message is not None:
            announced.append(json.loads(message["data"]))
    assert announced == [{"brand": "lumi", "version": 1}, {"brand": "lumi", "version": 2}]
    assert published_version(redis, "other") is None


def test_publish_keeps_the_last_versions_only(redis: fakeredis.FakeRedis, demo: Content) -> None:
    for _ in range(VERSIONS_KEPT + 3):
        version = publish(redis, "lumi", demo)
    pattern = keys.content_blob("lumi", 0).removesuffix("0") + "[0-9]*"
    kept = sorted(int(key.decode().rsplit(":v", 1)[1]) for key in redis.keys(pattern))
    assert kept == list(range(version - VERSIONS_KEPT + 1, version + 1))


def test_concurrent_applies_take_distinct_versions(demo: Content) -> None:
    server = fakeredis.FakeServer()
    ours, theirs = fakeredis.FakeRedis(server=server), fakeredis.FakeRedis(server=server)

    class Racing(fakeredis.FakeRedis):
        """Another apply lands between our WATCH and EXEC, once."""

        raced = False

        def pipeline(self, transaction: bool = True, shard_hint: object = None) -> redis_lib.client.Pipeline:
            pipe = super().pipeline(transaction, shard_hint)
            real_multi = pipe.multi

            def multi() -> None:
                if not Racing.raced:
                    Racing.raced = True
                    publish(theirs, "lumi", demo)
                real_multi()

            pipe.multi = multi  # type: ignore[method-assign]
            return pipe

    racing = Racing(server=server)
    assert publish(racing, "lumi", demo) == 2  # the other apply took 1; ours retried
    assert published_version(ours, "lumi") == 2


def test_store_serves_the_directory_until_something_is_published(tmp_path: Path, redis: fakeredis.FakeRedis,
                                                                     demo: Content) -> None:
    clock = FakeMonotonic()
    store = ContentStore(redis, "lumi", directory=DEMO, monotonic=clock)
    assert store.current() == demo
    assert not store.is_published and store.version is None
    small = load_content(minimal(tmp_path))
    publish(redis, "lumi", small)
    assert store.current() == demo  # checked less than a second ago
    clock.now += 1.0
    assert store.current() == small
    assert store.is_published and store.version == 1


def test_store_checks_the_version_at_most_once_a_second(redis: fakeredis.FakeRedis, demo: Content) -> None:
    publish(redis, "lumi", demo)
    counting = CountingRedis(redis)
    clock = FakeMonotonic()
    store = ContentStore(counting, "lumi", directory=DEMO, monotonic=clock)  # type: ignore[arg-type]
    first = store.current()
    for _ in range(100):
        assert store.current() is first  # same object: its faq_index is built once per version
        clock.now += 0.005
    assert counting.gets == 2  # the version key, then the blob, once
    clock.now += 1.0
    store.current()
    assert counting.gets == 3  # one cheap GET of the version key; nothing changed


def test_web_and_worker_switch_together(redis: fakeredis.FakeRedis, tmp_path: Path, demo: Content) -> None:
    clock = FakeMonotonic()
    web = ContentStore(redis, "lumi", directory=DEMO, monotonic=clock)
    worker = ContentStore(redis, "lumi", directory=DEMO, monotonic=clock)
    publish(redis, "lumi", demo)
    assert web.current() == worker.current() == demo
    small = load_content(minimal(tmp_path))
    publish(redis, "lumi", small)
    clock.now += 1.0
    assert web.current() == worker.current() == small
    assert web.version == worker.version == 2


def test_store_keeps_serving_when_redis_or_a_blob_fails(redis: fakeredis.FakeRedis, demo: Content,
                                                        tmp_path: Path) -> None:
    clock = FakeMonotonic()
    store = ContentStore(redis, "lumi", directory=tmp_path / "nowhere", monotonic=clock)
    publish(redis, "lumi", demo)
    assert store.current() == demo
    redis.set(keys.content_version("lumi"), 7)  # a version whose blob is missing
    clock.now += 1.0
    assert store.current() == demo and store.version == 1
    redis.set(keys.content_blob("lumi", 8), b"garbage")
    redis.set(keys.content_version("lumi"), 8)
    clock.now += 1.0
    assert store.current() == demo and store.version == 1
    store._redis = BrokenRedis()  # type: ignore[assignment]
    clock.now += 1.0
    assert store.current() == demo


def test_store_without_anything_to_serve_fails_loudly(redis: fakeredis.FakeRedis, tmp_path: Path) -> None:
    broken = minimal(tmp_path, faq="faq:\n  - id: x\n")
    with pytest.raises(ContentError, match=r"faq\.yaml:2"):
        ContentStore(redis, "lumi", directory=broken).current()


def test_published_content_builds_one_faq_index_per_version(redis: fakeredis.FakeRedis, demo: Content) -> None:
    clock = FakeMonotonic()
    store = ContentStore(redis, "lumi", directory=DEMO, monotonic=clock)
    publish(redis, "lumi", demo)
    index = store.current().faq_index
    clock.now += 1.0
    assert store.current().faq_index is index
    publish(redis, "lumi", demo)  # a new version with the same FAQ: the index built for it is shared
    clock.now += 1.0
    assert store.current().faq_index is index
    edited = dataclasses.replace(demo, faq=demo.faq[1:])  # a version whose FAQ changed: its own index
    publish(redis, "lumi", edited)
    clock.now += 1.0
    assert store.current().faq_index is not index and store.current().faq == edited.faq


def test_text_scans_are_remembered_per_content_version(demo: Content) -> None:
    seen: list[str] = []

    def scan(text: str, content: Content) -> tuple[str, int]:
        seen.append(text)
        return text, len(content.products)

    assert demo.remembered(scan)("ceramide cream") == ("ceramide cream", len(demo.products))
    assert demo.remembered(scan)("ceramide cream") == ("ceramide cream", len(demo.products))
    assert seen == ["ceramide cream"]  # the second ask is a lookup
    demo.remembered(scan)("sunscreen")
    assert seen == ["ceramide cream", "sunscreen"]
    other = dataclasses.replace(demo, products=demo.products[:1])  # a new content version: an empty memo
    assert other.remembered(scan)("ceramide cream") == ("ceramide cream", 1)
    assert seen == ["ceramide cream", "sunscreen", "ceramide cream"]


def test_a_published_edit_is_scanned_afresh_by_the_handlers(redis: fakeredis.FakeRedis, demo: Content) -> None:
    """The shop's scan of a message is remembered per content version: a product keyword added by a publish
    names the product at once, and one removed no longer does."""
    clock = FakeMonotonic()
    store = ContentStore(redis, "lumi", directory=DEMO, monotonic=clock)
    publish(redis, "lumi", demo)
    shop, asked = ShopHandler(), make_inbound("moonbeam balm")
    assert shop.match(asked, None, store.current()) is None
    assert shop.match(asked, None, store.current()) is None  # remembered
    first = demo.products[0]
    balm = dataclasses.replace(first, keywords=(*first.keywords, "moonbeam balm"))
    edited = dataclasses.replace(demo, products=(balm, *demo.products[1:]))
    publish(redis, "lumi", edited)
    clock.now += 1.0
    found = shop.match(asked, None, store.current())
    assert found is not None and found.data["products"] == (first.id,)
    publish(redis, "lumi", demo)
    clock.now += 1.0
    assert shop.match(asked, None, store.current()) is None


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class CountingRedis:
    def __init__(self, inner: fakeredis.FakeRedis) -> None:
        self.inner = inner
        self.gets = 0

    def get(self, key: str) -> bytes | None:
        self.gets += 1
        return self.inner.get(key)


class BrokenRedis:
    def get(self, key: str) -> bytes | None:
        raise redis_lib.ConnectionError("Redis went away")


def test_demo_copy_with_a_broken_reference_names_it(tmp_path: Path) -> None:
    copy = tmp_path / "config"
    shutil.copytree(DEMO, copy)
    faq = (copy / "faq.yaml").read_text("utf-8").replace("products: [niacinamide-serum, vitamin-c-serum]",
                                                          "products: [niacinamide-serum, vitamin-c]")
    (copy / "faq.yaml").write_text(faq, "utf-8")
    [problem] = problems_of(copy)
    assert "unknown product id 'vitamin-c'; did you mean 'vitamin-c-serum'?" in problem
    assert problem.startswith("faq.yaml:")


def test_faq_match_is_the_index_match_remembered_per_content_version(demo: Content) -> None:
    question = demo.faq[0].questions.get("zh")[0]
    found = demo.faq_match(question, "zh")
    assert found == demo.faq_index.match(question, locale_hint="zh") and found.best == demo.faq[0]
    assert demo.faq_match(question, "zh") is found  # remembered: the second ask costs a lookup
    assert demo.faq_canonical(question) == demo.faq_index.canonical(question)
    other = dataclasses.replace(demo)  # a new content version starts with an empty memo
    assert other.faq_match.cache_info().currsize == 0  # type: ignore[attr-defined]
