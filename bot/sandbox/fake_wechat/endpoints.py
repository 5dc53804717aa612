"""The platform paths the fake serves: for each, its method, error-code family, auth and body kind.

A table only; the dispatcher reads it and the endpoint modules do the work.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.sandbox.fake_wechat import contact, groupchat, kf, media, menu, oa, oa_mass, robot, wecom
from bot.sandbox.fake_wechat.call import Handler


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One platform API: its HTTP method, error-code family, whether it needs a token, its body kind."""

    method: str
    family: str  # "oa", "wecom", "shared" (the token decides) or "robot" (WeCom codes, no token)
    auth: bool
    handler: Handler
    body: str = "json"  # "json", "multipart" or "none"


def _get(family: str, handler: Handler, *, auth: bool = True) -> Endpoint:
    """A GET API: its parameters are in the query string, so it has no body to parse."""
    return Endpoint("GET", family, auth, handler, body="none")


def _post(family: str, handler: Handler, *, auth: bool = True, body: str = "json") -> Endpoint:
    """A POST API, with a JSON body unless `body` says otherwise."""
    return Endpoint("POST", family, auth, handler, body=body)


ENDPOINTS: dict[str, Endpoint] = {
    # Official Account / Mini Program (api.weixin.qq.com)
    "/cgi-bin/token": _get("oa", oa.token, auth=False),
    "/cgi-bin/stable_token": _post("oa", oa.stable_token, auth=False),
    "/cgi-bin/message/custom/send": _post("oa", oa.custom_send),
    "/cgi-bin/message/template/send": _post("oa", oa.template_send),
    "/cgi-bin/message/subscribe/bizsend": _post("oa", oa.subscribe_bizsend),
    "/cgi-bin/media/upload": _post("shared", media.upload, body="multipart"),
    "/cgi-bin/user/info": _get("oa", oa.user_info),
    "/cgi-bin/menu/create": _post("oa", menu.create),
    "/cgi-bin/menu/get": _get("oa", menu.get),
    "/cgi-bin/tags/create": _post("oa", oa_mass.tags_create),
    "/cgi-bin/tags/delete": _post("oa", oa_mass.tags_delete),
    "/cgi-bin/tags/members/batchtagging": _post("oa", oa_mass.batchtagging),
    "/cgi-bin/message/mass/sendall": _post("oa", oa_mass.mass_sendall),
    "/cgi-bin/message/mass/get": _post("oa", oa_mass.mass_get),
    "/wxa/generate_urllink": _post("oa", oa.generate_urllink),
    "/wxa/genwxashortlink": _post("oa", oa.genwxashortlink),
    # WeCom (qyapi.weixin.qq.com)
    "/cgi-bin/gettoken": _get("wecom", wecom.gettoken, auth=False),
    "/cgi-bin/message/send": _post("wecom", wecom.message_send),
    "/cgi-bin/externalcontact/send_welcome_msg": _post("wecom", contact.send_welcome_msg),
    "/cgi-bin/externalcontact/add_msg_template": _post("wecom", contact.add_msg_template),
    "/cgi-bin/externalcontact/get_groupmsg_list_v2": _post("wecom", contact.get_groupmsg_list_v2),
    "/cgi-bin/externalcontact/get_groupmsg_task": _post("wecom", contact.get_groupmsg_task),
    "/cgi-bin/externalcontact/get_groupmsg_send_result": _post("wecom", contact.get_groupmsg_send_result),
    "/cgi-bin/externalcontact/remind_groupmsg_send": _post("wecom", contact.remind_groupmsg_send),
    "/cgi-bin/externalcontact/cancel_groupmsg_send": _post("wecom", contact.cancel_groupmsg_send),
    "/cgi-bin/externalcontact/add_contact_way": _post("wecom", groupchat.add_contact_way),
    "/cgi-bin/externalcontact/groupchat/add_join_way": _post("wecom", groupchat.add_join_way),
    "/cgi-bin/externalcontact/groupchat/get_join_way": _post("wecom", groupchat.get_join_way),
    "/cgi-bin/externalcontact/groupchat/get": _post("wecom", groupchat.groupchat_get),
    "/cgi-bin/webhook/send": _post("robot", robot.webhook_send, auth=False),
    "/cgi-bin/kf/send_msg": _post("wecom", kf.send_msg),
    "/cgi-bin/kf/sync_msg": _post("wecom", kf.sync_msg),
    "/cgi-bin/kf/send_msg_on_event": _post("wecom", kf.send_msg_on_event),
    "/cgi-bin/kf/service_state/trans": _post("wecom", kf.trans_service_state),
}
