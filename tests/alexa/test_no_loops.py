"""No conversation can go round for ever (review4 R2-R4): a person who gives each question the
same answer every time it comes back, whatever it is, reaches a result within a bounded number of
turns, and hears no prompt more than three times.

The sequences are the safety reviewer's, driven the way the reviewer drove them: an answer for
each question id, the same words every time that question is asked; "no" to anything else."""

from __future__ import annotations

from collections import Counter

import pytest

from alexa_simulator import Simulator

from .conftest import Handler

# Far more turns than any screening takes (every question the knowledge base has, and the three
# tries the no-loops rule allows each): reaching it means going round in a loop.
MAX_TURNS = 60
MOST_TIMES_ONE_PROMPT = 3

# (name, locale, opening words, answers by question id)
SEQUENCES = [
    ("R2 a fall last year, no at the check", "en-GB",
     ["suddenly", "my right leg", "since this morning"],
     {"injury_or_pain": "I had a fall last year", "injury": "no, that was ages ago"}),
    ("R2 a fall last year, not recently", "en-US",
     ["suddenly", "my right leg", "since this morning"],
     {"injury_or_pain": "I fell last year", "injury": "no not recently"}),
    ("R2 the old fall said at every injury or pain question", "en-US",
     ["suddenly", "my right leg", "since this morning"],
     {"injury_or_pain": "I had a fall last year", "injury": "no, that was ages ago",
      "severe_pain": "I had a fall last year"}),
    ("R3 a hedged sore on the toe, hedged at the check", "en-US",
     ["slowly", "my left foot", "months"],
     {"history_group": "yes diabetes", "diabetes": "yes", "cancer_history": "no",
      "circulation_signs": "could be, there's a little sore on my toe", "foot_sore": "could be",
      "foot_wound": "could be"}),
    ("R3 a hedged blister said again", "en-US",
     ["slowly", "my left foot", "months"],
     {"history_group": "yes diabetes", "cancer_history": "no",
      "circulation_signs": "could be, there's a blister on my foot", "foot_wound": "could be"}),
    ("R4 a sore on the toe said plainly", "en-GB",
     ["slowly", "my left foot", "months"],
     {"history_group": "yes I'm diabetic", "cancer_history": "no",
      "circulation_signs": "there's a sore on my toe",
      "foot_wound": "no I felt it when it happened", "fever": "no"}),
    ("R4 a sore, I think so at the check", "en-US",
     ["slowly", "my left foot", "months"],
     {"history_group": "yes diabetes", "cancer_history": "no",
      "circulation_signs": "there's a sore on my toe", "foot_wound": "I think so",
      "fever": "no"}),
    ("R1 maybe to the spinal group", "en-US",
     ["slowly", "both legs", "a week"],
     {"cauda_equina_signs": "maybe", "bladder_bowel": "maybe",
      "hands_clumsy": "yes my hands are clumsy and I'm unsteady"}),
]


def _current(reply: object) -> str | None:
    screening = (reply.session_attributes or {}).get("screening") or {}  # type: ignore[attr-defined]
    return screening.get("current")


@pytest.mark.parametrize(("locale", "opening", "answers"),
                         [pytest.param(*s[1:], id=s[0]) for s in SEQUENCES])
def test_the_same_answer_every_time_still_reaches_a_result(
        handler: Handler, locale: str, opening: list[str], answers: dict[str, str]) -> None:
    sim = Simulator(locale=locale, handler=handler)
    reply = sim.launch()
    spoken = Counter([reply.speech])
    for words in opening:
        reply = sim.say(words)
        spoken[reply.speech] += 1
    for _ in range(MAX_TURNS):
        if reply.should_end_session or "assessment" in (reply.session_attributes or {}):
            break
        reply = sim.say(answers.get(_current(reply) or "", "no"))
        spoken[reply.speech] += 1
    assert "assessment" in (reply.session_attributes or {}), \
        f"no result after {MAX_TURNS} turns; last said: {reply.speech}"
    prompt, times = spoken.most_common(1)[0]
    assert times <= MOST_TIMES_ONE_PROMPT, f"said {times} times: {prompt}"
