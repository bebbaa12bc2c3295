"""Round 23 (clinic23): the twenty-first set's tuning misses, by mechanism (docs/clinical-safety.md,
5zw). In words of our own, said to the offline simulator as Alexa sends them (no commas), through
request envelopes, across the five locales.

23a. A new medicine's time and the numbness's own length in one breath, joined by "and" and a
     length ("started levofloxacin a week ago and for the last two days my feet have pins and
     needles"): Alexa sends no comma, so both were one clause and the longer length (the
     medicine's week) was taken as the numbness's: weeks, and the same-day rule for tingling
     within days of a new medicine (`new_medicine_new_numbness`) never fired (the under-triage).
     "and" then a length ("for the last two days", "over the past couple of days") now opens a
     clause of its own, and the numbness's clause gives its length. An antibiotic said new or
     started ("a new antibiotic", "was started on an antibiotic") is a new medicine too.
     Controls: a length said with the numbness in a clause of its own keeps its reading.

23b. A statement with its "I" dropped, opened by what the person did ("did a long bushwalk in
     new boots and the tops of both feet went numb", "went for a walk and my feet went numb"): no
     carrier held "did", "went" or "spent", so Alexa's fallback took the whole opening and nothing
     was read (the answer not understood). Carriers now hold them and put "I did", "I went" back.

23c. A calf tight and swollen under a cast (round 22's review): measured on this round's base, it
     is the compartment warning at once wherever it is said; pinned here.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at


def _opening(locale: str, text: str) -> tuple[str, str, str]:
    """The reply's speech, the screening's history and the intent after `text` is said as the
    opening."""
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    intent = reply.request["request"].get("intent", {}).get("name", "")
    return reply.speech, reply.session_attributes.get("screening", {}).get("history", ""), intent


# -- 23a ------------------------------------------------------------------------------------------

MEDICINE_THEN_OWN_LENGTH = [
    ("en-US", "my doctor started me on levofloxacin a week ago and for the last two days my feet "
              "have had pins and needles"),
    ("en-GB", "the GP put me on ciprofloxacin ten days ago and over the past two days my feet have "
              "been burning"),
    ("en-CA", "I started a new blood pressure pill about three weeks ago and for the past couple "
              "of days both feet are tingling"),
    ("en-AU", "got put on antibiotics for me chest a week back and for the last day or two me feet "
              "have been tingly"),
    ("en-US", "um my mom started cipro for a bladder infection a week ago and for the last three "
              "days her feet are numb"),
    ("en-GB", "I've been on a new antibiotic for ten days and over the last couple of days my toes "
              "have gone numb"),
    ("en-CA", "he began taking a new medication two weeks ago and in the last two days his feet "
              "started tingling"),
    ("en-AU", "started on a new tablet a fortnight ago and for the past two days I've had pins and "
              "needles in both feet"),
    ("en-IN", "I am on levofloxacin from one week and for two days my feet are having burning "
              "sensation"),
    ("en-US", "I got a new prescription a month ago and during the last two days my feet have been "
              "tingling"),
    ("en-GB", "she was started on an antibiotic a week ago and for the last 2 days she's had "
              "tingling in her feet"),
]
# before: 1 of these 11 (with "since two days", en-IN, already its own clause) recorded days;
# after: 11 of 11, each with the new medicine.


@pytest.mark.parametrize(("locale", "opening"), MEDICINE_THEN_OWN_LENGTH)
def test_the_numbness_keeps_its_own_length_beside_a_new_medicine(locale: str,
                                                                  opening: str) -> None:
    speech, history, _ = _opening(locale, opening)
    assert "new_medicine=yes" in history, (speech, history)
    assert "duration=days" in history, (speech, history)


@pytest.mark.parametrize(("locale", "opening", "length"), [
    # controls: a length said with the numbness, another said of something else before it
    ("en-GB", "my back has hurt for years and for the last two days my legs are numb", "days"),
    ("en-CA", "I've had diabetes for ten years and for the past week my feet have been numb",
     "weeks"),
    ("en-GB", "I'm thirty weeks pregnant and for the last two days my feet are tingling", "days"),
    ("en-US", "it started suddenly and for an hour my leg has been numb", "hours"),
    ("en-IN", "my feet tingle and for a week now my toes are burning", "weeks"),
    ("en-US", "I had a fall a week ago and for the last two days my leg is numb", "days"),
])
def test_a_length_said_with_the_numbness_after_and_is_its_length(locale: str, opening: str,
                                                                  length: str) -> None:
    speech, history, _ = _opening(locale, opening)
    assert f"duration={length}" in history, (speech, history)


@pytest.mark.parametrize(("locale", "opening"), [
    # the length of another complaint, in a clause of its own, is not the numbness's (asked)
    ("en-US", "my feet are numb and for the last two weeks I have had back pain"),
])
def test_a_length_of_another_complaint_after_and_times_nothing(locale: str, opening: str) -> None:
    speech, history, _ = _opening(locale, opening)
    assert "duration=" not in history, (speech, history)


# -- 23b ------------------------------------------------------------------------------------------

I_DROPPED = [
    ("en-AU", "did a long bushwalk in new boots and the tops of both feet went numb",
     "side=both_legs"),
    ("en-GB", "did a double shift on my feet yesterday and now my toes are tingling", ""),
    ("en-US", "did some gardening all weekend and my left foot has gone numb", "side=one_leg"),
    ("en-CA", "did a ten k run this morning and my right foot is tingling", "side=one_leg"),
    ("en-IN", "did yoga for two hours and both my feet are numb", "side=both_legs"),
    ("en-GB", "um did a lot of kneeling laying the carpet and my shin is numb", ""),
    ("en-US", "did a long drive yesterday and my right thigh has been numb since", "side=one_leg"),
    ("en-AU", "went for a long walk and my feet went numb", ""),
    ("en-CA", "spent the day skiing and my shins are tingling", ""),
    ("en-US", "went hiking on the weekend and my left foot is numb", "side=one_leg"),
]
# before: 0 of these 10 were understood (Alexa's fallback: "Sorry, I didn't catch that");
# after: 10 of 10 reach the skill's reading, with the side where one was said.


@pytest.mark.parametrize(("locale", "opening", "read"), I_DROPPED)
def test_a_statement_with_its_i_dropped_is_read(locale: str, opening: str, read: str) -> None:
    speech, history, intent = _opening(locale, opening)
    assert intent != "AMAZON.FallbackIntent", (intent, speech)
    assert "catch that" not in speech, speech
    assert read in history, (speech, history)


@pytest.mark.parametrize(("locale", "opening"), [
    # controls: a fall or a weakness said after the dropped "I" still warns at once
    ("en-GB", "did a long walk this morning and suddenly my leg gave way and I can't lift my foot"),
    ("en-US", "went to the gym and now my face is drooping and my leg is numb"),
])
def test_a_red_flag_after_a_dropped_i_still_warns(locale: str, opening: str) -> None:
    speech, history, _ = _opening(locale, opening)
    assert warned_first(speech), (speech, history)


# -- 23c ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "my calf is really tight and swollen under the cast", "en-US"),
    ("side", "my calf is really tight and swollen under the cast", "en-GB"),
    ("duration", "it is tight and swollen under the cast and really painful", "en-AU"),
    ("severe_pain", "my calf is really tight and swollen under the cast", "en-CA"),
    ("cauda_equina_signs", "his shin is tight and swollen under the plaster", "en-IN"),
])
def test_a_calf_tight_and_swollen_under_a_cast_warns_at_once(context: str, text: str,
                                                             locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "compartment_syndrome" in flags and warned_first(speech), (flags, speech)
