"""Invariants no example list can cover: any sequence of things a person can do."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.alexa.conversation import Conversation, in_spoken_order
from skill.alexa.dialog import DialogMemory
from skill.screening.assessment import raised_flags
from skill.screening.engine import ScreeningEngine, Step
from skill.screening.knowledge import default_knowledge
from skill.screening.locale import wording_for
from skill.screening.state import SCHEMA_VERSION, restore_state
from skill.screening.wording import Utterance, Wording

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)
WORDING = Wording(KB, wording_for("en-US"))
ALL_VALUES = sorted({a for q in KB.questions for a in q.answers} | {"both", ""})
FINDINGS = sorted(KB.questions_by_id)
# History tokens as stored, valid and not ("onset=gradual", "diabetes=yes+", "onset=purple").
TOKENS = sorted({f"{q.id}={a}" for q in KB.questions for a in q.answers}
                | {"diabetes=yes+", "onset=purple", "onset", "=", "+"})

actions = st.lists(
    st.one_of(
        st.tuples(st.just("answer"), st.sampled_from(ALL_VALUES)),
        st.tuples(st.just("volunteer"), st.sampled_from(FINDINGS)),
        st.tuples(st.just("skip"), st.just("")),
        st.tuples(st.just("back"), st.just("")),
    ),
    max_size=30,
)


def _said(step: Step) -> Utterance:
    """What the conversation says after `step`, as it goes out (through the warning-first rule)."""
    return Conversation(KB, WORDING, step.state, DialogMemory()).after_step(step)


def _apply(step: Step, action: tuple[str, str]) -> Step:
    kind, value = action
    if kind == "answer":
        return ENGINE.answer(step.state, value)
    if kind == "volunteer":
        return ENGINE.volunteer(step.state, value)
    if kind == "skip":
        return ENGINE.skip(step.state)
    return ENGINE.go_back(step.state)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_any_sequence_of_answers_never_raises_and_state_round_trips_through_json(
    sequence: list[tuple[str, str]],
) -> None:
    step = ENGINE.start()
    for action in sequence:
        step = _apply(step, action)
        encoded = json.loads(json.dumps(step.state.to_json()))
        restored = restore_state(encoded, KB)
        assert not restored.repaired
        assert restored.state == step.state


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_once_a_red_flag_is_recorded_every_spoken_step_starts_with_its_warning(
    sequence: list[tuple[str, str]],
) -> None:
    step = ENGINE.start()
    for action in sequence:
        step = _apply(step, action)
        said = _said(step)
        state = step.state
        if state.red_flags or state.unsure_flags:
            flags = in_spoken_order(  # trouble breathing's warning first (5k)
                raised_flags(KB, state.answers, state.red_flags, state.unsure_flags), KB.red_flags)
            # In full when the flag is new (or with the result: the most urgent flag's); otherwise
            # the short reminder, which names the number in at most 12 words.
            full = bool(step.new_red_flags) or step.finished
            new = step.new_red_flags
            warning = (WORDING.warning(flags, first_time=bool(new), new=new,
                                       full=step.finished) if full
                       else WORDING.reminder(flags))
            assert said.text.startswith(warning)
            assert said.reprompt is None or said.reprompt.startswith(warning)
            if said.card is not None:
                assert said.card[1].startswith(WORDING.warning(flags, written=True))
            assert said.screen_warning == WORDING.warning(flags, False, written=True)
            assert "9 1 1" in WORDING.warning(flags, False) and "9 1 1" in warning
            assert len(WORDING.reminder(flags).split()) <= 12


@settings(max_examples=100, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.sampled_from(FINDINGS)
    | st.lists(st.sampled_from(TOKENS), max_size=4).map(" ".join),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["version", "history", "current", "red_flags", "finished",
                         "misses", "x"]), children, max_size=6),
    max_leaves=20,
))
def test_a_tampered_state_is_repaired_never_raised(raw: object) -> None:
    restored = restore_state(raw, KB)
    step = ENGINE.resume(restored.state)
    assert step.state.to_json()["version"] == SCHEMA_VERSION


def test_a_recorded_red_flag_survives_a_state_that_lost_its_answers() -> None:
    raw = {"version": SCHEMA_VERSION, "history": "garbage",
           "red_flags": ["cauda_equina_bladder", 7], "current": "nope"}
    restored = restore_state(raw, KB)
    assert restored.repaired
    assert restored.state.red_flags == ("cauda_equina_bladder",)
    step = ENGINE.resume(restored.state)
    assert step.assessment.level.value == "emergency"
    text = _said(step).text
    assert text.startswith(("Warning.", "Remember:")) and "bladder or bowel" in text[:80]
