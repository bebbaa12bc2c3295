"""A red flag once heard is never unsaid: a yes, a volunteered finding or a "not sure" that
applied its level. Driven through request envelopes, with the session attributes as Alexa sends
them back, and with those attributes damaged in every way that leaves the flag or the answer."""

from __future__ import annotations

import copy
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alexa_simulator import envelopes as env
from alexa_simulator.ssml import to_text as to_plain
from skill.alexa import intents
from skill.screening.assessment import raised_flags
from skill.screening.knowledge import default_knowledge
from skill.screening.locale import wording_for
from skill.screening.state import SKIPPED, restore_state
from tests.alexa.conftest import Handler, make_handler

KB = default_knowledge()
US = wording_for("en-US")
LEADS = (US.line("warning_intro"), US.line("warning_again"))
EMERGENCY = US.services.emergency_spoken
HANDLER: Handler = make_handler()
# 60 keeps the suite quick; LEGCHECK_PROPERTY_EXAMPLES=1500 for a longer search (passes).
EXAMPLES = int(os.environ.get("LEGCHECK_PROPERTY_EXAMPLES", "60"))


def _slot(name: str, entity: str) -> dict[str, Any]:
    return {name: {"name": name, "value": entity, "confirmationStatus": "NONE",
                   "resolutions": {"resolutionsPerAuthority": [{
                       "authority": f"amzn1.er-authority.echo-sdk.test.{name}",
                       "status": {"code": "ER_SUCCESS_MATCH"},
                       "values": [{"value": {"name": entity, "id": entity}}]}]}}}


def turn(attributes: dict[str, Any] | None, action: tuple[str, ...],
         new: bool = False) -> dict[str, Any]:
    """One request: ("launch",), ("intent", name) or ("intent", name, slot, entity id)."""
    if action[0] == "launch":
        request = env.launch_request("en-US")
    else:
        slots = _slot(action[2], action[3]) if len(action) == 4 else {}
        request = env.intent_request("en-US", action[1], slots)
    session = env.SessionInfo(session_id="amzn1.echo-api.session.flags", new=new, attributes={})
    event = env.envelope(env.Identity(), session, request)
    event["session"]["attributes"] = attributes or {}  # as given: some are too deep to copy
    return HANDLER(event, None)


def speech(response: dict[str, Any]) -> str:
    return to_plain(response["response"]["outputSpeech"]["ssml"])


def warned(response: dict[str, Any]) -> bool:
    text = speech(response)
    reprompt = response["response"].get("reprompt")
    again = to_plain(reprompt["outputSpeech"]["ssml"]) if reprompt else LEADS[0]
    return text.startswith(LEADS) and EMERGENCY in text and again.startswith(LEADS)


YES = ("intent", intents.YES)
NO = ("intent", intents.NO)
NOT_SURE = ("intent", intents.NOT_SURE)
SUDDENLY = ("intent", intents.ONSET, intents.SLOT_ONSET, "sudden")
ONE_LEG = ("intent", intents.SIDE, intents.SLOT_SIDE, "one_leg")
HOURS = ("intent", intents.DURATION, intents.SLOT_PERIOD, "hours")


def _unsure_stroke() -> dict[str, Any]:
    """Open, "suddenly", one leg, hours, "not sure" to the sudden-signs question, then "not
    sure" to the stroke question: the warning is said."""
    attributes: dict[str, Any] = {}
    for action in (("launch",), SUDDENLY, ONE_LEG, HOURS, NOT_SURE):
        attributes = turn(attributes, action)["sessionAttributes"]
    assert attributes["screening"]["current"] == "face_arm_speech"
    response = turn(attributes, NOT_SURE)
    assert warned(response) and "stroke" in speech(response)
    return response["sessionAttributes"]


def test_a_not_sure_that_raised_a_flag_is_recorded_in_the_state() -> None:
    state = _unsure_stroke()["screening"]
    assert state["unsure_flags"] == ["stroke_signs"]


def test_a_not_sure_warning_is_said_after_start_over_forget_me_go_back_and_relaunch() -> None:
    for control in (("intent", intents.START_OVER), ("intent", intents.FORGET_ME),
                    ("intent", intents.GO_BACK), ("launch",), ("intent", intents.HELP)):
        attributes = _unsure_stroke()
        for _ in range(3):  # and on every later turn, whatever is said
            response = turn(attributes, control)
            assert warned(response), (control, speech(response))
            # In full or as the short reminder naming the number; the flag stays recorded.
            assert "stroke_signs" in response["sessionAttributes"]["screening"]["unsure_flags"]
            attributes = response["sessionAttributes"]
            response = turn(attributes, NO)
            assert warned(response), (control, speech(response))
            attributes = response["sessionAttributes"]


def test_a_confirmed_flag_survives_when_the_session_loses_its_record_but_keeps_the_answer() -> None:
    attributes: dict[str, Any] = {}
    for action in (("launch",), SUDDENLY, ONE_LEG, HOURS, YES, YES):
        attributes = turn(attributes, action)["sessionAttributes"]
    assert attributes["screening"]["red_flags"] == ["stroke_signs"]
    del attributes["screening"]["red_flags"]
    response = turn(attributes, ("intent", intents.START_OVER))
    assert warned(response) and "stroke" in speech(response)
    assert response["sessionAttributes"]["screening"]["red_flags"] == ["stroke_signs"]


# The property ------------------------------------------------------------------------------

ANSWERS = [YES, NO, NOT_SURE, SUDDENLY,
           ("intent", intents.ONSET, intents.SLOT_ONSET, "gradual"),
           ("intent", intents.SIDE, intents.SLOT_SIDE, "both_legs"),
           ("intent", intents.DURATION, intents.SLOT_PERIOD, "weeks")]
VOLUNTEERED = [("intent", intents.VOLUNTEER, intents.SLOT_SYMPTOM, finding)
               for finding in ("leg_weakness", "injury", "back_pain", "fever", "feet_first")]
CONTROLS = [("launch",)] + [("intent", name) for name in (
    intents.START_OVER, intents.FORGET_ME, intents.GO_BACK, intents.SKIP, intents.REPEAT,
    intents.HELP, intents.MORE, intents.NEXT, intents.FALLBACK, intents.RESUME,
    intents.SPEAK_SLOWER, intents.CAUSES_OVERVIEW, intents.LAST_RESULT, "UnknownIntent")]
ACTIONS = st.sampled_from(ANSWERS * 3 + VOLUNTEERED + CONTROLS)
DAMAGE = st.sampled_from(["none", "none", "drop_flags", "drop_history", "junk_history",
                          "drop_dialog", "junk_dialog", "junk_fields", "junk_version",
                          "drop_assessment", "junk_attribute", "too_deep_to_copy"])


def _recorded(screening: dict[str, Any]) -> set[str]:
    return set(screening.get("red_flags", [])) | set(screening.get("unsure_flags", []))


def _raised_by_history(screening: dict[str, Any]) -> set[str]:
    history = restore_state({"version": 2, "history": screening.get("history", "")}, KB)
    answers = {a.finding: a.answer for a in history.state.history if a.answer != SKIPPED}
    return {raised.flag.id for raised in raised_flags(KB, answers)}


def damage(attributes: dict[str, Any], kind: str) -> dict[str, Any]:
    """Tamper with the attributes, leaving every flag's record or the answer that raises it."""
    damaged = copy.deepcopy(attributes)
    screening = damaged.get("screening")
    if not isinstance(screening, dict):
        return damaged
    if kind == "drop_flags" and _recorded(screening) <= _raised_by_history(screening):
        screening.pop("red_flags", None)
        screening.pop("unsure_flags", None)
    elif kind == "drop_history":
        screening.pop("history", None)
    elif kind == "junk_history":
        screening["history"] = [["onset", 7, "x"], "face_arm_speech=purple"]
    elif kind == "drop_dialog":
        damaged.pop("dialog", None)
    elif kind == "junk_dialog":
        damaged["dialog"] = {"offer": ["x"], "pages": 5, "rate": "fast", "last_text": {}}
    elif kind == "junk_fields":
        screening.update(current="not_a_question", finished="yes", misses=-3)
    elif kind == "junk_version":
        screening["version"] = "99"
    elif kind == "drop_assessment":
        damaged.pop("assessment", None)
    elif kind == "junk_attribute":
        damaged["extra"] = {"deep": [[[["x"]]]]}
    elif kind == "too_deep_to_copy":  # the SDK fails before any handler: the last resort answers
        deep: list[Any] = []
        for _ in range(600):
            deep = [deep]
        damaged["extra"] = deep
    return damaged


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ACTIONS, DAMAGE), min_size=1, max_size=14))
def test_once_a_warning_is_said_it_leads_every_later_reply(
    steps: list[tuple[tuple[str, ...], str]],
) -> None:
    attributes: dict[str, Any] = {}
    response = turn(attributes, ("launch",), new=True)
    said = warned(response)
    for action, kind in steps:
        if response["response"].get("shouldEndSession"):
            break  # the person left; a new session starts from nothing
        attributes = damage(response["sessionAttributes"], kind)
        response = turn(attributes, action)
        if said:
            assert warned(response), (action, kind, speech(response))
        said = said or warned(response)
