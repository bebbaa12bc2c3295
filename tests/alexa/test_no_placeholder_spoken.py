"""No question is ever spoken or shown with a raw placeholder (review8 N0).

A question's text is filled in one place (`Wording.named`); every path that speaks a question
goes through it. This walks every question of the knowledge base on every path a person can take
there, as Alexa sends it: asked, repeated, helped, "why", rephrased after a miss, given up after
three ("put that one down as not sure"), checked after a hedge, checked with a carer ("ask
them"), and the screen, and fails on any "{" or "}" in what is said, reprompted, carded or shown.
"""

from __future__ import annotations

from typing import Any

import pytest

from alexa_simulator import Simulator
from skill.screening.knowledge import load_knowledge

KB = load_knowledge()
# Answers that open the timing question with several signs to name, and most follow-ups.
OPENED = ("onset=gradual side=both_legs duration=months cauda_equina_signs=yes leg_weakness=yes "
          "bladder_bowel=yes back_pain=yes history_group=yes diabetes=yes")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def braces(reply) -> list[str]:
    """What is said, reprompted, carded or put on screen (APL data, not the document's own
    ${...} bindings) that holds a brace."""
    response = reply.response
    said = [reply.speech, reply.reprompt or "", *_strings(response.get("card", {}))]
    for directive in response.get("directives", []):
        said += _strings(directive.get("datasources", {}))
    return [text for text in said if "{" in text or "}" in text]


def at(handler, question: str, locale: str = "en-US", device: str = "voice") -> Simulator:
    sim = Simulator(locale=locale, handler=handler, device=device)
    sim.launch()
    assert sim.session is not None
    sim.session.attributes = {"screening": {"version": 2, "history": OPENED,
                                            "current": question}}
    return sim


PATHS = {
    "repeated": ["repeat that"],
    "helped": ["help"],
    "why": ["why do you ask"],
    "rephrased_then_given_up": ["purple banana", "purple banana", "purple banana"],
    "hedged_then_checked": ["maybe, I think so", "maybe, I think so"],
    "not_sure": ["I'm not sure"],
    "answered_no": ["no"],
    "answered_yes": ["yes"],
}


@pytest.mark.parametrize("path", sorted(PATHS))
@pytest.mark.parametrize("question", [q.id for q in KB.questions])
def test_no_question_is_spoken_with_a_brace_on_any_path(handler, question: str,
                                                         path: str) -> None:
    sim = at(handler, question, device="screen")
    for said in PATHS[path]:
        reply = sim.say(said)
        assert not braces(reply), (question, path, said, braces(reply))


@pytest.mark.parametrize(("locale", "opening", "said"), [
    # the review's paths: a carer's "not that I know of" at the timing question (e01) and three
    # misses at the bladder question, then the timing question (p03)
    ("en-US", "my husband's legs are numb",
     {"sudden_signs": "not that I know of", "face_arm_speech": "not that I know of",
      "cauda_equina_signs": "not that I know of", "recent": "not that I know of"}),
    ("en-AU", "my feet tingle",
     {"cauda_equina_signs": "yes", "leg_weakness": "no", "bladder_bowel": "not like usual"}),
    # our own: a carer unsure of the timing, in other locales and words
    ("en-IN", "my father's legs are numb",
     {"cauda_equina_signs": "yes", "leg_weakness": "yes", "recent": "not that I am aware of"}),
    ("en-GB", "my mum's feet are tingling",
     {"cauda_equina_signs": "yes", "leg_weakness": "no", "bladder_bowel": "yes",
      "recent": "not as far as I know"}),
    ("en-CA", "my wife's legs feel numb",
     {"cauda_equina_signs": "yes", "leg_weakness": "yes", "recent": "no idea, sorry"}),
])
def test_a_conversation_never_speaks_a_brace(handler, locale: str, opening: str,
                                              said: dict[str, str]) -> None:
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    reply = sim.say(opening)
    plain = {"onset": "slowly", "side": "both legs", "duration": "for weeks"}
    for _ in range(40):
        assert not braces(reply), (reply.speech, braces(reply))
        if "assessment" in reply.session_attributes or reply.session_ended:
            break
        current = reply.session_attributes.get("screening", {}).get("current")
        reply = sim.say(said.get(current) or plain.get(current, "no"))


def test_the_timing_question_names_its_signs_when_put_to_a_carer_to_check(handler) -> None:
    sim = Simulator(locale="en-US", handler=handler)
    sim.launch()
    reply = sim.say("my husband's legs are numb")
    said = {"onset": "slowly", "side": "both legs", "duration": "for weeks",
            "cauda_equina_signs": "yes", "leg_weakness": "yes"}
    for _ in range(20):
        current = reply.session_attributes["screening"].get("current")
        if current == "recent":
            break
        reply = sim.say(said.get(current, "no"))
    reply = sim.say("not that I know of")
    assert "ask them" in reply.speech and "weakness" in reply.speech, reply.speech
