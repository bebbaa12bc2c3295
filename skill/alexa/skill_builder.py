"""Builds the Leg Check skill. The handler list below is the table of contents, in the order the
SDK tries them: specific intents first, the catch-all last."""

from __future__ import annotations

import json
import logging
from functools import cache
from typing import Any

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.alexa.handlers import control, information, screening
from skill.alexa.interceptors import (
    ConversationLoader,
    ConversationSaver,
    RequestLogger,
    ResponseLogger,
    SpokenErrorHandler,
)
from skill.alexa.last_resort import last_resort_response
from skill.alexa.turn import SkillContext
from skill.config import Settings
from skill.screening.knowledge import default_knowledge

log = logging.getLogger("legcheck.skill")

HANDLERS = (
    screening.LaunchRequestHandler,
    screening.YesIntentHandler,
    screening.NoIntentHandler,
    screening.HedgedNoIntentHandler,
    screening.KnownNoIntentHandler,
    screening.NotSureIntentHandler,
    screening.SideAnswerIntentHandler,
    screening.OnsetAnswerIntentHandler,
    screening.DurationAnswerIntentHandler,
    screening.VolunteerSymptomIntentHandler,
    screening.FreeSpeechIntentHandler,
    screening.SkipIntentHandler,
    screening.GoBackIntentHandler,
    screening.StartOverIntentHandler,
    screening.ResumeIntentHandler,
    screening.TouchAnswerHandler,
    information.CausesOverviewIntentHandler,
    information.CauseInfoIntentHandler,
    information.TreatmentIntentHandler,
    information.WhenToSeeDoctorIntentHandler,
    information.SelfCareIntentHandler,
    information.LastResultIntentHandler,
    control.HelpIntentHandler,
    control.WhyAskIntentHandler,
    control.RepeatIntentHandler,
    control.MoreIntentHandler,
    control.NextIntentHandler,
    control.SpeakSlowerIntentHandler,
    control.SpeakFasterIntentHandler,
    control.NormalSpeedIntentHandler,
    control.StopIntentHandler,
    control.PauseIntentHandler,
    control.NavigateHomeIntentHandler,
    control.FallbackIntentHandler,
    control.ForgetMeIntentHandler,
    control.SessionEndedRequestHandler,
    control.UnhandledRequestHandler,
)


def make_store(settings: Settings) -> Any | None:
    """The user store the settings ask for; None when persistence is off or unavailable."""
    if settings.store == "none":
        return None
    from skill.persistence.factory import make_user_store

    return make_user_store(settings)


def build_skill(settings: Settings | None = None, store: Any | None = None,
                use_store: bool = True) -> CustomSkill:
    settings = settings or Settings.from_env()
    if store is None and use_store:
        store = make_store(settings)
    context = SkillContext(default_knowledge(), settings, store)
    builder = CustomSkillBuilder()
    builder.skill_id = settings.skill_id  # the SDK refuses requests for any other skill
    for handler in HANDLERS:
        builder.add_request_handler(handler(context))
    builder.add_global_request_interceptor(RequestLogger())
    builder.add_global_request_interceptor(ConversationLoader(context))
    builder.add_global_response_interceptor(ConversationSaver(context))
    builder.add_global_response_interceptor(ResponseLogger())
    builder.add_exception_handler(SpokenErrorHandler(context))
    return builder.create()


@cache
def _default_skill() -> CustomSkill:
    return build_skill()


def handle_event(skill: CustomSkill, event: Any, context: Any = None) -> dict[str, Any]:
    """Run one Alexa request through the skill. Whatever fails (a request that cannot be read,
    a refused skill id, a session the SDK cannot copy) still gets a spoken answer, with the
    red-flag warning first when one can be read from the request, rather than a crash."""
    try:
        if not isinstance(event, dict) or not isinstance(event.get("request"), dict):
            raise ValueError("not an Alexa request envelope")
        envelope = skill.serializer.deserialize(json.dumps(event), RequestEnvelope)
        if envelope.request is None:
            raise ValueError("request missing")
    except Exception as exc:
        log.warning("unreadable request: %s", type(exc).__name__)
        return last_resort_response(event)
    try:
        response = skill.invoke(envelope, context)
        return skill.serializer.serialize(response)
    except AskSdkException as exc:  # the skill id check, which runs before any handler
        log.warning("request refused: %s", type(exc).__name__)
    except Exception as exc:  # failed before or outside the skill's own exception handler
        log.error("skill failed outside its handlers: %s", type(exc).__name__)
    return last_resort_response(event)


def lambda_handler(event: Any, context: Any = None) -> dict[str, Any]:
    """The AWS Lambda entry point (lambda/lambda_function.py re-exports it as `handler`)."""
    try:
        skill = _default_skill()
    except Exception as exc:  # e.g. the store cannot be reached: answer, and try again next time
        log.error("skill could not be built: %s", type(exc).__name__)
        return last_resort_response(event)
    return handle_event(skill, event, context)


def storeless_handler() -> Any:
    """A Lambda-style handler for the skill in-process that keeps nothing between sessions: what
    measuring tools and test runners talk to, so that two runs never share a saved preference
    (a speaking rate one run set would change the other's replies)."""
    skill = build_skill(Settings(store="none"), use_store=False)
    return lambda event, context=None: handle_event(skill, event, context)
