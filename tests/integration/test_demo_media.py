"""The demo shows what it says (issue 10 report 5): every image the demo content names is served locally,
so its cards reach the fake WeChat API with their thumbnails and no external URL is fetched."""

from __future__ import annotations

import fakeredis

from bot.channels import RouteContext
from bot.channels.oa_custom import payload
from bot.clock import ManualClock
from bot.gateway import Gateway, oa_app
from bot.gateway.http import new_session
from bot.gateway.media import load_image
from bot.outbound import MiniProgram
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.local_media import serve_demo_media
from bot.store.budget import BudgetStore
from tests.support.factories import demo_content, make_settings

CONTENT = demo_content()


def content_images() -> list[str]:
    images = [p.image for p in CONTENT.products if p.image]
    images += [lesson.image for series in CONTENT.tutorials for lesson in series.lessons if lesson.image]
    return [i for i in images if i.startswith("https://")]


def test_every_image_of_the_demo_content_is_served_locally() -> None:
    session = new_session()
    assert serve_demo_media(session) == ["cdn.lumi-skin.example"]
    images = content_images()
    assert len(images) >= 10
    for url in images:
        _, data = load_image(url, http=session, http_hosts=frozenset())
        assert data.startswith(b"\x89PNG"), url


def test_a_demo_product_card_is_uploaded_with_its_local_thumbnail(fake: FakeWeChatServer,
                                                                   fake_redis: fakeredis.FakeRedis,
                                                                   clock: ManualClock) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret")
    gateway = Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    serve_demo_media(gateway.http)
    ctx = RouteContext(gateway=gateway, budget=BudgetStore(fake_redis))
    product = CONTENT.product("ceramide-cream")
    assert product is not None and product.image
    card = MiniProgram(title="Ceramide", appid="wx1234567890abcdef", page="pages/p", image=product.image,
                       fallback_url="https://lumi-skin.example/p")
    body = payload(ctx, oa_app(settings, "default"), "o_follower_1", card)
    assert body["msgtype"] == "miniprogrampage" and body["miniprogrampage"]["thumb_media_id"]
    assert len(fake.requests("/cgi-bin/media/upload")) == 1
