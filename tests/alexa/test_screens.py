"""Screens mirror the conversation: the question with big buttons, the result as a list; a tap
answers exactly as the spoken word would, and voice-only devices get the same speech."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import Simulator
from skill.alexa.apl import DOCUMENTS


def render(reply: Any) -> dict[str, Any]:
    directives = [d for d in reply.directives
                  if d["type"] == "Alexa.Presentation.APL.RenderDocument"]
    assert len(directives) == 1
    return directives[0]


def bind(template: Any, data: dict[str, Any]) -> Any:
    """Resolve ${payload...} and ${data...} references the way the APL runtime would."""
    if isinstance(template, str) and template.startswith("${") and template.endswith("}"):
        path = template[2:-1]
        if not path.replace(".", "").replace("_", "").isalnum():
            return template  # an expression; left to the device
        value: Any = data
        for part in path.split("."):
            value = value[part]
        return value
    if isinstance(template, dict):
        return {k: bind(v, data) for k, v in template.items()}
    if isinstance(template, list):
        return [bind(v, data) for v in template]
    return template


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.json")), ids=lambda p: p.name)
def test_apl_documents_are_valid_json_with_a_main_template(path: Path) -> None:
    document = json.loads(path.read_text())
    assert document["type"] == "APL" and document["mainTemplate"]["parameters"] == ["payload"]


def test_the_question_screen_shows_the_question_and_answer_buttons(screen_sim: Simulator):
    reply = screen_sim.say("open leg check")
    directive = render(reply)
    screen = directive["datasources"]["payload"]["screen"]
    assert screen["question"] == "Did it come on suddenly, or slowly?"
    assert [c["label"] for c in screen["choices"]] == ["Suddenly", "Slowly", "Not sure"]
    text = bind(directive["document"]["mainTemplate"]["items"][0]["item"][1],
                {"payload": directive["datasources"]["payload"]})
    assert text["text"] == screen["question"]


def test_a_touch_answers_the_question_like_the_spoken_word(screen_sim: Simulator, sim: Simulator):
    screen_sim.say("open leg check")
    touched = screen_sim.touch("answer", "gradual")
    sim.say("open leg check")
    spoken = sim.say("slowly")
    assert touched.speech == spoken.speech
    assert touched.session_attributes["screening"] == spoken.session_attributes["screening"]
    assert spoken.directives == [] or all(
        d["type"] != "Alexa.Presentation.APL.RenderDocument" for d in spoken.directives)


def test_every_screen_of_a_conversation_renders_its_data(screen_sim: Simulator) -> None:
    reply = screen_sim.say("open leg check")
    answers = {"onset": "gradual", "side": "one_leg", "duration": "weeks", "back_pain": "yes"}
    for _ in range(30):
        if "assessment" in reply.session_attributes:
            break
        screen = render(reply)["datasources"]["payload"]["screen"]
        assert screen["question"] and screen["choices"]
        current = reply.session_attributes["screening"]["current"]
        reply = screen_sim.touch("answer", answers.get(current, "no"))
    result = render(reply)["datasources"]["payload"]["screen"]
    assert result["title"] == "Leg Check result"
    assert result["lines"][-1]["text"].startswith("This is not a diagnosis")


def test_with_a_red_flag_the_result_screen_starts_with_the_warning(screen_sim: Simulator):
    screen_sim.say("open leg check")
    screen_sim.say("suddenly")
    reply = screen_sim.say("my leg is cold and white")
    lines = render(reply)["datasources"]["payload"]["screen"]["lines"]
    assert lines[0]["warning"] is True and "911" in lines[0]["text"]
