"""Request envelopes: the same JSON Alexa POSTs to a skill, built from the simulator's state.

The skill is exercised through its real entry point, so it must receive what Alexa sends, down to
entity resolution blocks, dialogState and the device's supported interfaces.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from alexa_simulator.nlu import SlotFill

API_ENDPOINT = "https://api.amazonalexa.com"
DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de"
DEFAULT_USER_ID = "amzn1.ask.account.SIMULATOR-USER"


@dataclass(frozen=True)
class Device:
    """A device profile: what it supports decides what the skill may send back."""

    name: str
    screen: bool
    supported_interfaces: dict[str, Any] = field(default_factory=dict)
    viewport: dict[str, Any] | None = None


VOICE = Device("voice", screen=False)
SCREEN = Device(
    "screen",
    screen=True,
    supported_interfaces={"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}},
    viewport={
        "experiences": [{"arcMinuteWidth": 246, "arcMinuteHeight": 144, "canRotate": False,
                         "canResize": False}],
        "mode": "HUB",
        "shape": "RECTANGLE",
        "pixelWidth": 1280,
        "pixelHeight": 800,
        "dpi": 160,
        "currentPixelWidth": 1280,
        "currentPixelHeight": 800,
        "touch": ["SINGLE"],
        "keyboard": [],
        "video": {"codecs": ["H_264_42", "H_264_41"]},
    },
)
DEVICES = {"voice": VOICE, "screen": SCREEN}


def new_id(kind: str) -> str:
    """An id in Alexa's shape, e.g. amzn1.echo-api.request.<uuid>."""
    return f"amzn1.echo-api.{kind}.{uuid.uuid4()}"


def timestamp(now: dt.datetime | None = None) -> str:
    """ISO 8601 UTC with a Z, whole seconds, as Alexa stamps requests."""
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class SessionInfo:
    """What the next envelope needs to know about the conversation so far."""

    session_id: str
    new: bool
    attributes: dict[str, Any]
    apl_token: str | None = None
    apl_document: Any = None  # the document on screen, to complete touch arguments


@dataclass(frozen=True)
class Identity:
    """Who and what is talking: skill id, user, device."""

    skill_id: str = DEFAULT_SKILL_ID
    user_id: str = DEFAULT_USER_ID
    device_id: str = "amzn1.ask.device.SIMULATOR-DEVICE"
    device: Device = VOICE


def envelope(
    identity: Identity, session: SessionInfo | None, request: dict[str, Any]
) -> dict[str, Any]:
    """Wrap a request body in version, session and context as Alexa does."""
    application = {"applicationId": identity.skill_id}
    user = {"userId": identity.user_id}
    system: dict[str, Any] = {
        "application": application,
        "user": user,
        "device": {
            "deviceId": identity.device_id,
            "supportedInterfaces": identity.device.supported_interfaces,
        },
        "apiEndpoint": API_ENDPOINT,
        "apiAccessToken": "simulator-access-token",
    }
    context: dict[str, Any] = {"System": system}
    if identity.device.viewport is not None:
        context["Viewport"] = identity.device.viewport
        context["Viewports"] = [{"type": "APL", "id": "main", "shape": "RECTANGLE",
                                 "dpi": 160, "presentationType": "STANDARD",
                                 "canRotate": False, "configuration": {"current": {
                                     "mode": "HUB", "video": {"codecs": ["H_264_42"]},
                                     "size": {"type": "DISCRETE", "pixelWidth": 1280,
                                              "pixelHeight": 800}}}}]
        if session is not None and session.apl_token:
            context["Alexa.Presentation.APL"] = {
                "token": session.apl_token,
                "version": "AplRenderer-2023.3",
                "componentsVisibleOnScreen": [],
            }
    body: dict[str, Any] = {"version": "1.0"}
    if session is not None:
        body["session"] = {
            "new": session.new,
            "sessionId": session.session_id,
            "application": dict(application),
            "user": dict(user),
            "attributes": copy.deepcopy(session.attributes),
        }
    body["context"] = context
    body["request"] = request
    return body


def _base(kind: str, locale: str) -> dict[str, Any]:
    return {"type": kind, "requestId": new_id("request"), "timestamp": timestamp(),
            "locale": locale}


def launch_request(locale: str) -> dict[str, Any]:
    """"Open <skill>": the request that starts a session without an intent."""
    return _base("LaunchRequest", locale)


def slot_json(name: str, fill: SlotFill | None, skill_id: str, confirmation: str = "NONE") -> dict:
    """One entry of intent.slots, with resolutions for custom types as Alexa sends them."""
    slot: dict[str, Any] = {"name": name, "confirmationStatus": confirmation}
    if fill is None:
        return slot
    slot["value"] = fill.value
    slot["source"] = "USER"
    slot_value: dict[str, Any] = {"type": "Simple", "value": fill.value}
    if fill.resolution is not None:
        authority: dict[str, Any] = {
            "authority": f"amzn1.er-authority.echo-sdk.{skill_id}.{fill.type}",
            "status": {"code": fill.resolution.status},
        }
        if fill.resolution.status == "ER_SUCCESS_MATCH":
            authority["values"] = [
                {"value": {"name": fill.resolution.name, "id": fill.resolution.id}}
            ]
        resolutions = {"resolutionsPerAuthority": [authority]}
        slot["resolutions"] = resolutions
        slot_value["resolutions"] = resolutions
    slot["slotValue"] = slot_value
    return slot


def intent_request(
    locale: str,
    name: str,
    slots: dict[str, dict[str, Any]],
    *,
    confirmation: str = "NONE",
    dialog_state: str | None = None,
) -> dict[str, Any]:
    """An IntentRequest; `slots` are slot_json() entries keyed by slot name."""
    request = _base("IntentRequest", locale)
    request["intent"] = {"name": name, "confirmationStatus": confirmation, "slots": slots}
    if dialog_state is not None:
        request["dialogState"] = dialog_state
    return request


def session_ended_request(locale: str, reason: str, error: str | None = None) -> dict[str, Any]:
    """SessionEndedRequest; reason USER_INITIATED, ERROR or EXCEEDED_MAX_REPROMPTS."""
    request = _base("SessionEndedRequest", locale)
    request["reason"] = reason
    if reason == "ERROR":
        request["error"] = {"type": "INVALID_RESPONSE", "message": error or "invalid response"}
    return request


def apl_user_event(locale: str, token: str | None, arguments: list[Any]) -> dict[str, Any]:
    """Alexa.Presentation.APL.UserEvent as a TouchWrapper's SendEvent produces it."""
    request = _base("Alexa.Presentation.APL.UserEvent", locale)
    request["token"] = token or ""
    request["arguments"] = arguments
    request["source"] = {"type": "TouchWrapper", "handler": "Press", "id": "simulator-touch",
                         "value": False}
    request["components"] = {}
    return request
