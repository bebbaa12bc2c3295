"""People's own words, through the skill as Alexa sends them: free speech and unresolved slot
values are read, red flags are warned first, denials recorded as no, doubt confirmed, context
wins over keywords, a question never loops, and bad input is re-asked without losing anything."""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator

WARNING = "Warning."


def at_question(sim: Simulator, question: str, answers: dict[str, str] | None = None):
    """Launch and answer plainly until `question` is asked."""
    reply = sim.launch()
    plain = {"onset": "slowly", "side": "both legs", "duration": "for months"}
    for _ in range(30):
        current = reply.session_attributes["screening"].get("current")
        if current == question:
            return reply
        reply = sim.say((answers or {}).get(current) or plain.get(current, "no"))
    raise AssertionError(f"{question} never asked")


def answers(reply) -> str:
    return reply.session_attributes["screening"]["history"]


def flags(reply) -> list[str]:
    return reply.session_attributes["screening"].get("red_flags", [])


def every_flag(reply) -> set[str]:
    """Flags recorded for certain or at their not-sure level (both are warned)."""
    screening = reply.session_attributes["screening"]
    return {*screening.get("red_flags", []), *screening.get("unsure_flags", [])}


@pytest.mark.parametrize("text", [
    "my legs just gave way", "I'm slurring my words",
    "I haven't been able to pass water since this morning",
])
def test_a_red_flag_in_everyday_words_is_warned_at_once(sim: Simulator, text: str) -> None:
    at_question(sim, "onset")
    reply = sim.say(text)
    assert reply.speech.startswith(WARNING), reply.speech
    assert flags(reply)


def test_a_sign_said_without_when_it_started_is_timed_before_the_warning(sim: Simulator) -> None:
    """A cold white foot is an emergency when it is new: how it came on is asked first."""
    at_question(sim, "onset")
    reply = sim.say("my foot's gone white and freezing")
    assert not reply.speech.startswith(WARNING) and reply.speech.endswith("or slowly?")
    reply = sim.say("suddenly")
    assert reply.speech.startswith(WARNING) and "limb_ischaemia" in flags(reply)


def test_several_flags_in_one_breath_are_all_recorded_most_urgent_first(sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("I've got a temperature, my back's killing me and my legs have gone weak")
    assert reply.speech.startswith(WARNING)
    assert {"spinal_infection_with_nerve_signs", "back_pain_with_fever",
            "severe_pain"} <= set(flags(reply))
    assert "infection pressing on the spine" in reply.speech.split(".")[1]  # the emergency one


@pytest.mark.parametrize(("text", "first", "timed", "timing", "timing_answer"), [
    ("I can't pee and my bottom is numb", "cauda_equina_saddle", "cauda_equina_bladder",
     "Did the bladder or bowel trouble start, or get clearly worse, in the last few days?", "yes"),
    ("my face is drooping and my leg has gone weak", "stroke_signs", "new_leg_weakness",
     "Did it come on suddenly, or slowly?", "suddenly"),
])
def test_two_signs_in_one_breath_the_one_needing_timing_is_timed_after_the_warning(
        sim: Simulator, text: str, first: str, timed: str, timing: str,
        timing_answer: str) -> None:
    """The sign that needs no timing is warned at once; the timing question then covers the
    other, and its flag is recorded too (it used to be lost)."""
    at_question(sim, "onset")
    reply = sim.say(text)
    assert reply.speech.startswith(WARNING) and first in every_flag(reply)
    assert not reply.session_ended and reply.speech.endswith(timing), reply.speech
    reply = sim.say(timing_answer)
    assert reply.speech.startswith(WARNING), reply.speech
    assert {first, timed} <= every_flag(reply)


def test_two_signs_said_as_new_are_both_recorded_at_once(sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("I suddenly can't pee and my bottom has gone numb")
    assert reply.speech.startswith(WARNING)
    assert {"cauda_equina_saddle", "cauda_equina_bladder"} <= every_flag(reply)


@pytest.mark.parametrize(("text", "finding"), [
    ("I haven't had an accident", "injury"), ("I've never had cancer", "cancer_history"),
])
def test_a_denial_is_recorded_as_no_never_a_flag(sim: Simulator, text: str, finding: str) -> None:
    at_question(sim, "side")
    reply = sim.say(text)
    assert not flags(reply) and not reply.speech.startswith(WARNING)
    assert f"{finding}=no" in answers(reply)


def test_no_but_then_a_flag_records_the_flag(sim: Simulator) -> None:
    at_question(sim, "cauda_equina_signs")
    reply = sim.say("no, but my legs are weak")
    # it came on slowly: timed, and the timing question names the weakness
    assert reply.speech.endswith("Did the weakness or trouble walking "
        "start, or get clearly worse, in the last few days?")
    reply = sim.say("yes")
    assert reply.speech.startswith(WARNING) and flags(reply) == ["new_leg_weakness"]


@pytest.mark.parametrize(("text", "never"), [
    ("my legs get pins and needles after kneeling", "compartment"),
    ("I'm on antibiotics for a chest infection and my feet tingle", "fever"),
    ("I'm being treated for a chest infection and my feet tingle", "foot_wound"),
    ("my foot keeps going dead", "cold_pale_leg"),
    ("my legs feel dead after sitting", "leg_weakness"),
])
def test_an_everyday_idiom_in_the_opening_is_never_taken_as_a_warning_sign(
        sim: Simulator, text: str, never: str) -> None:
    """'Pins and needles' is no pinned leg, an infection being treated is no fever now, a leg
    that 'goes dead' is numb: at most one short question confirms it (issue 12's review)."""
    sim.launch()
    reply = sim.say(text)
    assert not reply.speech.startswith(WARNING), reply.speech
    assert f"{never}=" not in answers(reply) and not every_flag(reply)


def test_a_dead_leg_is_confirmed_as_weakness_in_one_short_question(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("my foot keeps going dead")
    assert reply.speech.startswith("Just to check:") and "newly weak" in reply.speech
    reply = sim.say("no")
    assert "leg_weakness=no" in answers(reply) and not every_flag(reply)


def test_legs_going_to_sleep_ask_nothing_about_back_pain_at_night(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("my legs go to sleep when I sit cross-legged")
    assert "at night" not in reply.speech and "positional=yes" in answers(reply)


def finish(sim: Simulator, reply, plain: dict[str, str] | None = None):
    """Answer plainly ("no", slowly, both legs, weeks) until the result."""
    plain = {"onset": "slowly", "side": "both legs", "duration": "a few weeks", **(plain or {})}
    for _ in range(30):
        if "assessment" in reply.session_attributes:
            return reply.session_attributes["assessment"]
        current = reply.session_attributes["screening"].get("current")
        reply = sim.say(plain.get(current, "no"))
    raise AssertionError("no result")


@pytest.mark.parametrize("text", [
    "I have MS and my legs have been tingling for a few weeks",
    "I was diagnosed with multiple sclerosis years ago and now both feet are numb",
])
def test_a_diagnosis_said_in_the_opening_counts_for_the_causes(sim: Simulator, text: str) -> None:
    """A diagnosis the person already has is taken into account (issue 12's review, class b)."""
    sim.launch()
    reply = sim.say(text)
    assert "known_ms=yes" in answers(reply)
    assessment = finish(sim, reply)
    assert "multiple_sclerosis" in assessment["causes"][:2], assessment


@pytest.mark.parametrize(("text", "finding", "cause"), [
    ("I've been diagnosed with spinal stenosis and my thighs tingle when I'm on my feet",
     "known_stenosis", "spinal_stenosis"),
    ("I have peripheral neuropathy and my toes have been numb for a couple of years",
     "known_neuropathy", "peripheral_neuropathy"),
    ("I've got poor circulation and my calves ache and tingle when I walk to the shops",
     "known_pad", "peripheral_artery_disease"),
    ("I was diagnosed with lupus last year and now my feet are going numb",
     "known_lupus", "vasculitis"),
])
def test_a_long_term_diagnosis_said_in_the_opening_counts_for_its_cause(
        sim: Simulator, text: str, finding: str, cause: str) -> None:
    """Lead C2 (round 5): spinal stenosis, neuropathy, poor circulation and lupus said as one's
    own are read as the diagnosis they are, as MS is, and never as a warning sign."""
    sim.launch()
    reply = sim.say(text)
    assert f"{finding}=yes" in answers(reply)
    assert not reply.speech.startswith(WARNING), reply.speech
    assessment = finish(sim, reply)
    assert cause in assessment["causes"], assessment


def test_burning_where_shingles_was_after_the_rash_went_is_read_as_shingles(
        sim: Simulator) -> None:
    """NHS post-herpetic neuralgia: pain that stays where the shingles rash was. Its page says
    see a GP; with shingles had there and the rash gone, the answers tell it from a new attack
    (round 6, docs/clinical-safety.md 5b, reversing 5a's same day)."""
    sim.launch()
    reply = sim.say("I had shingles on my right thigh in the spring, the rash cleared up but "
                    "that strip still burns and tingles")
    assert "had_shingles=yes" in answers(reply) and "rash=no" in answers(reply)
    assessment = finish(sim, reply)
    assert "shingles" in assessment["causes"], assessment
    assert assessment["triage"] == "routine", assessment


def test_poor_circulation_known_for_years_is_no_cold_leg_now(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("I've had poor circulation in my legs for years")
    assert "cold_pale_leg" not in answers(reply)


def test_a_worry_or_a_question_about_ms_is_no_diagnosis(sim: Simulator) -> None:
    sim.launch()
    for text in ("do I have MS?", "I'm worried it might be MS"):
        reply = sim.say(text)
        assert "known_ms" not in answers(reply)


def test_a_second_warning_of_the_same_level_is_said_in_full_once_not_the_first_again(
        sim: Simulator) -> None:
    """Each warning in full once, then the short reminder naming the number (issue 12)."""
    fever = "Back pain with a fever can be an infection near the spine"
    drugs = "Back pain with weak immunity, steroids or injecting drugs"
    at_question(sim, "cauda_equina_signs")
    reply = sim.say("my back hurts and I have a fever")
    assert reply.speech.startswith(f"{WARNING} {fever}"), reply.speech
    reply = sim.say("I inject drugs")
    assert reply.speech.startswith(f"{WARNING} {drugs}") and fever not in reply.speech
    assert "9 1 1" in reply.speech
    reply = sim.say("repeat")
    assert reply.speech.startswith(f"{WARNING} {drugs}") and fever not in reply.speech
    reply = sim.say("no")
    assert reply.speech.startswith("Remember: if it gets worse, call 9 1 1.")
    assert fever not in reply.speech and drugs not in reply.speech


def test_a_word_that_only_touches_on_a_red_flag_is_confirmed_in_one_short_question(
        sim: Simulator) -> None:
    at_question(sim, "side")
    reply = sim.say("I'm a bit worried about my bladder")
    assert reply.speech.startswith("Just to check:") and "pee or poo" in reply.speech
    reply = sim.say("yes")
    assert reply.speech.endswith("Did the bladder or bowel trouble "
        "start, or get clearly worse, in the last few days?")
    reply = sim.say("yes")
    assert reply.speech.startswith(WARNING) and "cauda_equina_bladder" in flags(reply)


def test_a_hedged_statement_applies_the_flags_not_sure_level_at_once(sim: Simulator) -> None:
    at_question(sim, "side", {"onset": "suddenly"})
    reply = sim.say("I think my legs might be giving way")
    assert reply.speech.startswith(WARNING)
    assert "leg_weakness=unsure" in answers(reply)


def test_context_wins_at_which_cause(sim: Simulator) -> None:
    sim.launch()
    reply = sim.say("tell me about a condition")
    assert "Which cause" in reply.speech
    reply = sim.say("back injury")
    assert not flags(reply) and not reply.speech.startswith(WARNING)
    assert "spinal injury" in reply.speech.lower()


def test_onset_said_over_days_is_understood_first_time(sim: Simulator) -> None:
    at_question(sim, "onset")
    reply = sim.say("over a few days")
    assert "onset=" in answers(reply)
    assert not reply.speech.startswith("Sorry")


def test_a_question_not_understood_three_times_records_not_sure_and_moves_on(
        sim: Simulator) -> None:
    at_question(sim, "onset")
    first = sim.say("purple monkey dishwasher")
    second = sim.say("banana bread")
    third = sim.say("turnips and potatoes")
    assert first.speech.startswith("Sorry") and "You can say" in second.speech
    assert "not sure" in third.speech and "onset=unsure" in answers(third)
    assert third.session_attributes["screening"]["current"] != "onset"


@pytest.mark.parametrize("value", [
    "", "x" * 2000, "😀😀😀", "1234567890" * 20, "je ne sais pas du tout", "   ",
    ("my legs " * 300).strip(),
])
def test_bad_input_re_asks_and_loses_nothing(handler, intent_event, value: str) -> None:
    sim = Simulator(locale="en-US", handler=handler)
    at_question(sim, "onset")
    kept = sim.say("my legs just gave way")  # a flag that must survive anything after it
    attributes = kept.session_attributes
    for intent, slot in (("FreeSpeechIntent", "speech"), ("VolunteerSymptomIntent", "symptom"),
                         ("SideAnswerIntent", "side")):
        event = intent_event(intent, attributes, {slot: {"name": slot, "value": value}})
        response = handler(event)
        speech = response["response"]["outputSpeech"]["ssml"]
        assert "Warning." in speech or "Remember:" in speech
        after = response["sessionAttributes"]["screening"]
        assert after.get("red_flags") == attributes["screening"]["red_flags"]
        assert after["history"].startswith(attributes["screening"]["history"])


@pytest.mark.parametrize("value", ["", "x" * 2000, "😀😀😀", "1234567890" * 20, "¿qué tal?"])
def test_bad_input_at_a_question_re_asks_that_question(handler, intent_event, value: str) -> None:
    sim = Simulator(locale="en-US", handler=handler)
    reply = at_question(sim, "cauda_equina_signs")
    attributes = reply.session_attributes
    event = intent_event("FreeSpeechIntent", attributes, {"speech": {"name": "speech",
                                                                     "value": value}})
    response = handler(event)
    speech = response["response"]["outputSpeech"]["ssml"]
    assert "between your legs" in speech  # the same question, in other words
    assert response["response"]["shouldEndSession"] is False
    after = response["sessionAttributes"]["screening"]
    assert after["current"] == "cauda_equina_signs" and after["history"] == attributes["screening"][
        "history"]
