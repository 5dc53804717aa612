"""Every capability, registered in one place, in matching order (first match wins).

Handlers are pure (handlers/README.md); tests/unit/test_layout.py fails if one imports IO.
"""

from __future__ import annotations

from bot.router import Router
from handlers.careers import CareersHandler
from handlers.catchup import CatchupHandler
from handlers.community import CommunityHandler
from handlers.handoff import HandoffHandler
from handlers.help import HelpHandler
from handlers.location import LocationHandler
from handlers.media import MediaHandler
from handlers.optout import OptOutHandler
from handlers.ping import PingHandler
from handlers.qa import QaHandler
from handlers.referral import ReferralHandler
from handlers.routine import RoutineHandler
from handlers.shop import ShopHandler
from handlers.tutorials import TutorialsHandler
from handlers.welcome import WelcomeHandler


def register_all(router: Router) -> Router:
    """Fill `router` in order: opt-out first, handoff next, then commands, events, content handlers, FAQ last.

    The FAQ is the catch-all for text, so every handler before it claims only what is clearly its
    own (a whole word, a name, a numbered choice from its own menu).
    """
    router.register(OptOutHandler())
    router.register(HandoffHandler())  # asks for a person; while one is coming, claims the member's messages
    router.register(MediaHandler())  # a photo, an untranscribed voice note...: says the bot reads text
    router.register(LocationHandler())  # a location sent 1:1: the member's city when it is one of ours
    router.register(PingHandler())
    router.register(HelpHandler(router.named_summaries))
    router.register(WelcomeHandler())
    router.register(CatchupHandler())  # 补课: a late joiner's missed group lessons (before tutorials' words)
    router.register(TutorialsHandler())
    router.register(RoutineHandler())  # the skin type and concern an answer just asked for: their products
    router.register(ShopHandler())
    router.register(CareersHandler())
    router.register(ReferralHandler())  # 邀请 / invite: the member's own referral link
    router.register(CommunityHandler())
    router.register(QaHandler())
    return router
