"""Replies in the script a member writes (bot.text): which script a message is written in, Hong Kong or Taiwan forms,
the conversion of an outgoing message's words (never its links, ids or English), and the preference a message keeps
or switches."""

from __future__ import annotations

import pytest

from bot.inbound import Kind
from bot.member import F_SCRIPT, Member
from bot.outbound import (
    Delivery,
    DeliveryContext,
    Image,
    Link,
    Markdown,
    Menu,
    MenuChoice,
    MiniProgram,
    News,
    Template,
    TemplateField,
    Text,
)
from bot.text import (
    HK,
    TW,
    in_script,
    proactive_in_script,
    reply_script,
    typed_script,
    words_in_script,
    written_script,
)
from tests.support.factories import make_inbound


@pytest.mark.parametrize(("text", "script"), [
    ("運費多少", TW), ("請問可以寄到台灣嗎", TW), ("沒關係，請問運費多少", TW),  # 關係 is Taiwan's too
    ("可以用繁體中文回覆嗎", TW), ("你哋可唔可以用繁體回覆", HK), ("佢係邊個", HK), ("寄去新西蘭要幾耐㗎", HK),
    ("買幾多先包郵", HK), ("邊度有得買", HK),
    ("运费多少", ""), ("能用繁体回复吗", ""), ("可以吗", ""),
    ("可以", None), ("教程", None), ("好唔好", None), ("hello", None), ("123", None), ("", None),
])
def test_the_script_a_message_is_written_in(text: str, script: str | None) -> None:
    """Traditional when converting to simplified changes it (Hong Kong's when it reads as Cantonese), simplified when
    it holds characters only simplified writing uses, None for characters common to both scripts (or no Chinese)."""
    assert written_script(text) == script


def test_only_what_the_member_typed_says_their_script() -> None:
    """A msgmenu choice carries Siyu's own words back, a click the content's, a voice message WeChat's recognition."""
    assert typed_script(make_inbound("運費多少")) == TW
    assert typed_script(make_inbound("@露米 運費多少", chat_id="wrGROUP")) == TW
    assert typed_script(make_inbound("運費多少", menu_choice="faq:shipping-costs")) is None
    assert typed_script(make_inbound("運費多少", kind=Kind.VOICE)) is None
    assert typed_script(make_inbound("", kind=Kind.MENU_CLICK, event_key="MENU_JOBS")) is None


def test_a_message_common_to_both_scripts_keeps_the_known_one_and_another_switches() -> None:
    assert reply_script("教程", TW) == TW and reply_script("教程", HK) == HK and reply_script("教程", "") == ""
    assert reply_script("hello", HK) == HK
    assert reply_script("运费多少", TW) == ""  # written in simplified: back to simplified
    assert reply_script("運費多少", "") == TW and reply_script("啲運費幾多", TW) == HK
    assert reply_script("可以", "unknown") == ""


def test_hong_kong_forms_stay_through_a_traditional_message_with_no_cantonese_word() -> None:
    """"幾點開門" after "你哋有冇門市": the same Hong Kong writer, answered in Hong Kong's forms (lead43)."""
    assert reply_script("幾點開門", HK) == HK and reply_script("幾點開門", TW) == TW
    assert reply_script("幾點開門", "") == TW and reply_script("几点开门", HK) == ""


def test_hong_kong_and_taiwan_forms() -> None:
    """s2hk and s2tw: characters only, no vocabulary rewriting (s2twp's 软件 -> 軟體 would rename a product)."""
    assert in_script("在小程序里修改，寄到台湾", TW) == "在小程序裡修改，寄到臺灣"
    assert in_script("在小程序里修改，寄到台湾", HK) == "在小程序裏修改，寄到台灣"
    assert in_script("下载软件看信息", TW) == "下載軟件看信息"
    assert in_script("运费多少", "") == "运费多少"  # simplified: as it is


def test_links_and_english_are_never_converted() -> None:
    text = "点这里 https://shop.example.com/商品/面霜?sy_m=m1&q=运费 看运费, or read www.example.com/说明 in English"
    converted = in_script(text, TW)
    assert converted == ("點這裡 https://shop.example.com/商品/面霜?sy_m=m1&q=运费 看運費, "
                         "or read www.example.com/说明 in English")
    assert in_script("Free shipping over CAD 59", HK) == "Free shipping over CAD 59"


def test_an_outbound_s_words_are_converted_and_nothing_else() -> None:
    card = MiniProgram(title="面霜试用装", appid="wx1234567890abcdef", page="pages/商品/index?id=面霜",
                       image="media:MEDIA_运费", fallback_url="https://example.com/面霜")
    assert words_in_script(card, TW) == MiniProgram(title="面霜試用裝", appid=card.appid, page=card.page,
                                                    image=card.image, fallback_url=card.fallback_url)
    link = Link(title="运费说明", url="https://example.com/运费", description="满 CAD 59 包邮",
                image_url="https://example.com/图.png")
    assert words_in_script(link, TW) == Link(title="運費說明", url=link.url, description="滿 CAD 59 包郵",
                                             image_url=link.image_url)
    assert words_in_script(News(articles=(link,)), HK) == News(articles=(Link(  # Hong Kong writes 説
        title="運費説明", url=link.url, description="滿 CAD 59 包郵", image_url=link.image_url),))
    menu = Menu(header="你是想问：", choices=(MenuChoice(id="运费", text="运费多少"),), footer="都不是？回复【转人工】")
    assert words_in_script(menu, TW) == Menu(header="你是想問：", choices=(MenuChoice(id="运费", text="運費多少"),),
                                             footer="都不是？回覆【轉人工】")
    template = Template(text="订单已发货", fields=(TemplateField(key="thing1", value="保湿面霜"),),
                        template_id="TPL_运费", url="https://example.com/订单", appid="wxabc", page="pages/订单")
    assert words_in_script(template, TW) == Template(
        text="訂單已發貨", fields=(TemplateField(key="thing1", value="保溼面霜"),), template_id=template.template_id,
        url=template.url, appid=template.appid, page=template.page)
    assert words_in_script(Markdown(text="**运费** [说明](https://example.com/运费)"), TW) == Markdown(
        text="**運費** [說明](https://example.com/运费)")
    assert words_in_script(Image(source="media:运费图"), TW) == Image(source="media:运费图")
    assert words_in_script(Text(text="运费"), "") == Text(text="运费")


def _delivery(purpose: str, *, in_reply_to: str = "") -> Delivery:
    return Delivery(brand="default", channel="oa", account="wx", member_id="m1", user_id="o1",
                    message=Text(text="第 1 课：认识你的肤质"), attachments=(Link(title="运费", url="https://x.cn/运费"),),
                    key=f"{purpose}:1", purpose=purpose, context=DeliveryContext(in_reply_to=in_reply_to))


def test_a_proactive_send_is_written_in_the_member_s_script_when_sent() -> None:
    taiwan = Member(id="m1", brand="default", fields={F_SCRIPT: TW})
    step = proactive_in_script(_delivery("sequence"), taiwan)
    assert step.message == Text(text="第 1 課：認識你的膚質")
    assert step.attachments == (Link(title="運費", url="https://x.cn/运费"),)
    assert proactive_in_script(_delivery("campaign"), Member(id="m1", brand="default", fields={F_SCRIPT: HK})) \
        .message == Text(text="第 1 課：認識你的膚質")
    # as it is: a member who writes simplified, no member, a reply (written in its callback's script), staff's notice
    simplified = Member(id="m1", brand="default")
    assert proactive_in_script(_delivery("sequence"), simplified) == _delivery("sequence")
    assert proactive_in_script(_delivery("sequence"), None) == _delivery("sequence")
    assert proactive_in_script(_delivery("qa", in_reply_to="cb1"), taiwan) == _delivery("qa", in_reply_to="cb1")
    assert proactive_in_script(_delivery("handoff"), taiwan) == _delivery("handoff")
