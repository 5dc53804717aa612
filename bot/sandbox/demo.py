"""`siyu demo`: everything in one process, with no Redis server and no WeChat account.

fakeredis, the web app, the fake WeChat API server, an in-process RQ worker, and a cron thread that also
moves RQ's scheduled jobs (retries) onto their queues (a forked RQ scheduler would hold a copy of fakeredis).
It uses the real code path end to end: callbacks are signed and encrypted as WeChat does, and
outbound messages go over HTTP to the fake API. Demo credentials are fixed and public on purpose:
they only ever talk to this process.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Mapping

from werkzeug.serving import make_server

from bot.app import create_app
from bot.clock import ManualClock
from bot.errors import SiyuError
from bot.gateway.tokens import oa_app
from bot.sandbox.clock_api import clock_blueprint, next_due, track_tasks, wait_for_queues
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.local_media import serve_demo_media
from bot.sandbox.page import playground_blueprint
from bot.sandbox.playground import Playground
from bot.sandbox.routes import sandbox_blueprint
from bot.services import Services, build_services
from bot.settings import Settings
from bot.store.tokens import Role, TokenStore
from jobs import context
from jobs.cron import run_cron_thread
from jobs.worker import run_worker

log = logging.getLogger(__name__)

DEMO_TICK_S = 5  # the demo's cron looks for due sequence steps this often (POST /_sandbox/clock runs them at once)
DEMO_ENV = {
    "SIYU_OA_APPID": "wx5iyudem0app1d000",
    "SIYU_OA_TOKEN": "siyudemotoken",
    "SIYU_OA_AES_KEY": "c2l5dWRlbW9zaXl1ZGVtb3NpeXVkZW1vc2l5dWRlbW8",
    "SIYU_OA_SECRET": "siyu-demo-oa-secret",
    "SIYU_WECOM_CORP_ID": "ww5iyudem0c0rp000",
    "SIYU_WECOM_TOKEN": "siyudemowecom",
    "SIYU_WECOM_AES_KEY": "d2Vjb21kZW1vd2Vjb21kZW1vd2Vjb21kZW1vd2Vjb20",
    "SIYU_WECOM_SECRET": "siyu-demo-wecom-secret",
    "SIYU_WECOM_CONTACT_SECRET": "siyu-demo-contact-secret",  # welcomes use the customer-contact app
    "SIYU_WECOM_AGENT_ID": "1000002",
    "SIYU_GROUP_BOT_TOKEN": "siyudemobot",
    "SIYU_GROUP_BOT_AES_KEY": "Ym90ZGVtb2JvdGRlbW9ib3RkZW1vYm90ZGVtb2JvdGQ",
    # the robots config/groups.yaml names (robot_key_env), so the demo's group welcomes reach the fake
    "SIYU_ROBOT_KEY_VAN_SKINCARE": "siyu-demo-robot-van-skincare",
    "SIYU_ROBOT_KEY_SYD_CAREERS": "siyu-demo-robot-syd-careers",
    "SIYU_CONVERSION_SECRET": "siyu-demo-conversion-secret",  # signs POST /api/v1/conversions in the demo
}


# Caller settings the demo never takes: account identities and secrets (the demo prints its own, and must
# never print a production Token or EncodingAESKey found in the shell: issue 16, item 7), the brands file
# (whose brands carry their own), and a real Redis (the embedded default has none).
_NEVER_FROM_CALLER = re.compile(r"^SIYU_(?:.*_(?:TOKEN|AES_KEY|SECRET|APPID|CORP_ID|AGENT_ID|KEY|KEYS)"
                                r"|.*ROBOT_KEY.*|BRANDS_FILE|REDIS_URL|PUBLIC_URL)$")


def demo_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The demo accounts, plus the caller's other SIYU_* settings (content directory, log level, limits...).

    Account credentials always come from DEMO_ENV: the demo runs against its fake WeChat API, and its
    banner shows the credentials it uses, so it must use only ones it made up.
    """
    taken = {k: v for k, v in environ.items() if k.startswith("SIYU_") and not _NEVER_FROM_CALLER.match(k)}
    return {**DEMO_ENV, **taken}


def run(*, host: str = "127.0.0.1", port: int = 8000, environ: Mapping[str, str] | None = None) -> None:
    clock = ManualClock(offset_from_system=True)
    fake = FakeWeChatServer(clock=clock)  # one clock: skipping ahead also ages tokens and media
    fake.start()
    env = demo_environment(os.environ if environ is None else environ)
    env |= {"SIYU_OA_API_ORIGIN": fake.origin, "SIYU_WECOM_API_ORIGIN": fake.origin}
    if port:  # links the demo sends go through its own /l/<code>, so clicks are counted here
        env["SIYU_PUBLIC_URL"] = f"http://{host}:{port}"
    settings = Settings.from_env(env)
    services = build_services(settings, clock=clock)
    jobs = context.build(settings, core=services)
    context.install(jobs)  # the in-process worker: the demo's settings, not the env
    serve_demo_media(jobs.routes.gateway.http)  # product and lesson images from bot/sandbox/demo_media
    app = create_app(settings, services=services)
    brands = sorted(settings.brands)
    app.register_blueprint(sandbox_blueprint(fake_origin=fake.origin))  # demo only: never under `siyu serve`
    app.register_blueprint(clock_blueprint(clock, jobs, brands))  # demo only: `siyu serve` has no such path
    playground = sandbox_playground(settings, services, jobs, env, fake.origin)
    app.register_blueprint(playground_blueprint(  # demo only: /sandbox and its JSON under /_sandbox/
        playground, next_due=lambda: next_due(jobs, brands), track_tasks=lambda: track_tasks(jobs, brands)))
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per callback from siyu is enough
    server = make_server(host, port, app, threaded=True)
    playground.base_url = f"http://{host}:{server.server_port}"
    stop = threading.Event()
    run_cron_thread(services.redis, brands, interval_s=DEMO_TICK_S, stop=stop)
    threading.Thread(target=server.serve_forever, name="siyu-web", daemon=True).start()
    # the demo's own dashboard token: it lives in the demo's fakeredis and dies with it
    admin_token = TokenStore(services.redis, clock).create(role=Role.WRITE, label="siyu demo")[1]
    print(banner(settings, base_url=f"http://{host}:{server.server_port}", fake_origin=fake.origin,
                 admin_token=admin_token), flush=True)
    try:
        run_worker(services.redis, in_process=True, name="siyu-demo-worker")  # until Ctrl-C
    finally:
        stop.set()
        server.shutdown()
        fake.stop()


def sandbox_playground(settings: Settings, services: Services, jobs: context.JobServices, env: Mapping[str, str],
                       fake_origin: str) -> Playground:
    """The sandbox page's player for the default brand: its accounts, its groups and their robots' keys."""
    brand = settings.brands[settings.default_brand]
    groups = services.content(brand.name).groups
    robot_keys = {env[g.robot_key_env]: g.chat_id for g in groups if env.get(g.robot_key_env)}
    playground = Playground(brand=brand, groups=groups, robot_keys=robot_keys, fake_origin=fake_origin,
                            wait=lambda: wait_for_queues(jobs.redis),
                            set_up=lambda: publish_menu(settings, services, jobs, brand.name))
    playground.set_up()
    return playground


def publish_menu(settings: Settings, services: Services, jobs: context.JobServices, brand: str) -> None:
    """What a brand does once with `siyu menu publish`: config/menu.yaml's menu bar, sent to the (fake) WeChat API
    through the gateway, so the sandbox's Official Account chats show it and their taps post CLICK events."""
    menu = services.content(brand).menu
    if not menu or settings.brands[brand].oa is None:
        return
    try:
        jobs.routes.gateway.publish_menu(oa_app(settings, brand), menu.wechat_body())
    except SiyuError as exc:
        log.warning("the demo's menu bar was not published: %s", exc)


def banner(settings: Settings, *, base_url: str, fake_origin: str, admin_token: str = "") -> str:
    """What a newcomer needs to post a signed message at once. Only demo credentials are shown."""
    brand = settings.brands[settings.default_brand]
    lines = [
        f"Open the sandbox: {base_url}/sandbox   (play followers and groups, move the clock; dashboard: "
        f"{base_url}/admin/)",
        "Siyu demo is running (embedded: fakeredis, in-process worker, fake WeChat API). Ctrl-C stops it.",
        f"  health:              {base_url}/healthz",
    ]
    if brand.oa:
        lines += [
            f"  Official Account:    {base_url}/wechat/{brand.name}/oa",
            f"      AppID {brand.oa.appid}  Token {brand.oa.token.reveal()}  EncodingAESKey "
            f"{brand.oa.aes_keys[0].reveal() if brand.oa.aes_keys else '(plaintext only)'}",
        ]
    if brand.wecom:
        lines += [
            f"  WeCom:               {base_url}/wechat/{brand.name}/wecom",
            f"      CorpID {brand.wecom.corp_id}  Token {brand.wecom.token.reveal()}  EncodingAESKey "
            f"{brand.wecom.aes_keys[0].reveal()}",
        ]
    if brand.group_bot:
        lines += [f"  Group bot:           {base_url}/wechat/{brand.name}/group-bot"]
    if admin_token:
        lines += [f"  dashboard:           {base_url}/admin/  (sign in with the demo's write token below)",
                  f"      token {admin_token}"]
    lines += [
        f"  fake WeChat API:     {fake_origin}/_fake/requests  (everything the bot sent)",
        f"  sandbox clock:       {base_url}/_sandbox/clock  (POST {{\"advance_s\": 86400}} moves a day ahead and "
        "sends the sequence steps that came due)",
        "Try it from another terminal (signed and encrypted exactly as WeChat does):",
        f"  ./dev siyu simulate --url {base_url} '你好'",
        f"  ./dev siyu simulate --url {base_url} --channel wecom help",
        f"  ./dev siyu simulate --url {base_url} --event subscribe     "
        "# follow (also: scan:SCENE, contact-added:STATE, group-join)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level="INFO")
    run()
