"""Round 29 (clinic29): readings found in the vignettes' tuning parts (the twenty-sixth set's
leftovers), said in words of our own to the offline simulator as the opening of a screening (the
interaction model included), across the five locales, with controls that must keep their
reading (docs/clinical-safety.md 5zzu). No held-back material was read.

29a. "Since" an event named without a date of its own (round 28, 28a) was a word list in code
     (`context._SINCE_AN_EVENT`); it is now understanding.yaml `since_an_event` (owners, events,
     dated_by), validated on load, with one home for the rule. Behaviour unchanged: round 28's
     sentences and the ones below read as before.
29b. A time said of something other than the complaint's own course was read as its length and
     its pace of onset: the spacing of a worsening ("it's got worse every few days") gave an
     onset over days (sudden) and, beside a weakness, a weakness new in the last few days (the
     new-weakness emergency) where the weakness had built up over two weeks; the rest that eases
     the cramp of walking ("if I stand a minute it eases right off") gave a sudden onset and a
     length of hours. Such a time (understanding.yaml `timed_elsewhere`) is now no length and no
     onset pace: both questions are asked unless said elsewhere, and the timing of the weakness
     is asked (rule 3: asked, never answered no for the person).
29c. An opening that names the doctor bare or short first ("Doc says I got peripheral artery
     disease", "doctor told me I have PAD") reached no carrier and was not understood; it is read
     as after "my doctor says" (interaction_model/carriers.yaml).
"""

from __future__ import annotations

import pytest

from skill.screening.yaml_loading import Fields, KnowledgeError
from skill.understanding.vocabulary import _since_an_event, default_vocabulary
from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, opened_with, own_case


def _outcome(locale: str, says: str, facts: dict[str, str], expected: str = "urgent"):
    return own_case(locale, says, facts, expected, ["sciatica"], "nhs_sciatica")


# -- 29a. "since my delivery": the words in data, the reading as before ----------------------

def test_since_an_event_lives_in_the_vocabulary() -> None:
    lists = default_vocabulary().since_an_event
    assert set(lists) == {"owners", "events", "dated_by"}
    assert "delivery" in lists["events"] and "c section" in lists["events"]
    assert "ago" in lists["dated_by"] and "my" in lists["owners"]


@pytest.mark.parametrize("bad", [
    {"owners": ["my"], "events": ["op|surgery"], "dated_by": ["ago"]},
    {"owners": ["my"], "events": ["op"]},
    {"owners": ["my"], "events": [], "dated_by": ["ago"]},
    {"owners": ["my"], "events": ["Op"], "dated_by": ["ago"]},
    {"owners": ["my"], "events": ["op"], "dated_by": ["ago"], "other": ["x"]},
])
def test_a_bad_since_an_event_entry_fails_on_load(bad: dict) -> None:
    with pytest.raises(KnowledgeError):
        _since_an_event(Fields({"since_an_event": bad}, "test"))


SINCE_AN_EVENT_KEPT = [
    # (locale, opening, leak asked not new)
    ("en-GB", "I've always had numb toes, and I've leaked a bit since my second baby", True),
    ("en-US", "my feet have burned for years and I've dribbled since my prostate surgery", True),
    ("en-AU", "me legs have been tingly forever and I leak a bit since the twins", True),
    ("en-IN", "feet tingling since many years, urine leak is there since my operation", True),
    ("en-CA", "I've had cold feet for ages, and a little leak since my hysterectomy", True),
    ("en-GB", "I've always had pins and needles and I've leaked since my caesarean", True),
    ("en-US", "numb toes for years and I leak when I sneeze since my c section", True),
    # dated: a change now, warned as before
    ("en-GB", "my feet have been numb for years and since my operation last week I can't hold "
              "my wee", False),
    ("en-US", "I've always had cold feet and since my surgery on Tuesday I can't control my "
              "bladder", False),
    ("en-AU", "tingly feet for years and since me op three days ago I can't hold me wee", False),
]


@pytest.mark.parametrize(("locale", "opening", "asked"), SINCE_AN_EVENT_KEPT)
def test_since_an_event_reads_as_before(locale: str, opening: str, asked: bool) -> None:
    screening, speech = opened_with(locale, opening)
    history = screening.get("history", "")
    if asked:
        assert not warned_first(speech), (speech, history)
        assert "recent=" not in history, history
    else:
        assert warned_first(speech), (speech, history)
        assert "cauda_equina_bladder" in flags_of(screening), history


# -- 29b. a time said of something else: no length, no pace of onset ---------------------------

SPACED_WORSENING = [
    ("en-AU", "me right foot's been dragging for a fortnight and it's got worse every few days"),
    ("en-GB", "for two weeks my left foot has been slapping when I walk, a bit worse every couple "
              "of days"),
    ("en-US", "my foot started flopping about three weeks ago and it gets worse every few days"),
    ("en-IN", "since two weeks my right foot is dragging, every few days it is becoming worse"),
    ("en-CA", "my leg has been weak for a couple of weeks, it goes downhill every few days"),
    ("en-GB", "I've been tripping over my left foot for three weeks and it's worse every other "
              "day"),
    ("en-US", "for about two weeks my ankle won't lift properly, seems a little worse every "
              "couple of days"),
    ("en-AU", "been catching me toes on the kerb for three weeks, worse every few days"),
    ("en-IN", "one month my left leg is weak and every two three days it is more"),
    ("en-CA", "my right foot's been dropping for a fortnight and gets a bit worse every few days"),
]
# on the base 86f32fd: 2 of these 10 passed (the other 8 read an onset over days from the spacing,
# and with it the weakness new in the last few days, or the new-weakness emergency); after: 10 of
# 10 with no recent=yes and no onset read from the spacing


@pytest.mark.parametrize(("locale", "opening"), SPACED_WORSENING)
def test_a_worsening_every_few_days_is_no_onset_and_no_new_weakness(locale: str,
                                                                     opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = screening.get("history", "")
    assert "recent=yes" not in history, history
    assert "onset=sudden" not in history, history
    assert "new_leg_weakness" not in flags_of(screening), history


SPACED_SIGNS = [
    ("en-US", "my feet tingle every few days"),
    ("en-GB", "my toes go numb every couple of days"),
    ("en-AU", "me foot goes tingly every other day"),
    ("en-IN", "my feet are burning every two or three days"),
    ("en-CA", "my legs get pins and needles every few weeks"),
    ("en-GB", "my thigh goes numb every couple of weeks"),
    ("en-US", "my calves cramp and my feet go numb when I walk, but if I stand a minute it eases"),
    ("en-GB", "my calves ache and my feet tingle when I walk, and when I stop for a couple of "
              "minutes it goes"),
    ("en-AU", "me calves cramp up walking, if I rest a few minutes it settles"),
    ("en-CA", "my feet go numb walking and after a few minutes rest it's gone"),
    ("en-IN", "when I walk my calf is paining and feet numb, if I sit five minutes it is going"),
]
# on the base 86f32fd: 0 of 11 passed (each read a length or an onset from the spacing or the
# rest: an onset over days or sudden, a length of days, weeks or hours); after: 11 of 11


@pytest.mark.parametrize(("locale", "opening"), SPACED_SIGNS)
def test_a_spacing_or_a_rest_is_no_length_and_no_onset(locale: str, opening: str) -> None:
    screening, _ = opened_with(locale, opening)
    history = screening.get("history", "")
    assert "onset=" not in history, history
    assert "duration=" not in history, history


TIMES_KEPT = [
    # (locale, opening, red flag that must still be raised at once)
    ("en-GB", "both my legs are getting weaker every day and my back is killing me",
     "both_legs_worsening"),
    ("en-US", "my leg went weak all of a sudden a few minutes ago", "new_leg_weakness"),
    ("en-AU", "me whole leg went numb in a minute, just like that", "sudden_whole_leg"),
    ("en-IN", "since two days I cannot control urine and my legs are numb",
     "cauda_equina_bladder"),
    ("en-CA", "my foot went cold and white an hour ago and it hurts", "limb_ischaemia"),
    ("en-US", "both my legs have been getting weaker by the day and my back hurts",
     "both_legs_worsening"),
    ("en-GB", "I stood up and within minutes my whole leg was numb", "sudden_whole_leg"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), TIMES_KEPT)
def test_red_flags_with_times_still_warn(locale: str, opening: str, flag: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert warned_first(speech), (speech, screening.get("history"))
    assert flag in flags_of(screening), (flags_of(screening), screening.get("history"))


LENGTHS_KEPT = [
    ("en-US", "my feet have been numb for a few days", "duration=days"),
    ("en-GB", "my toes have tingled for a couple of weeks", "duration=weeks"),
    ("en-AU", "me feet have been tingly for a few months", "duration=months"),
    ("en-IN", "from three days my feet are tingling", "duration=days"),
    ("en-CA", "I stood for a minute and my leg went numb", "duration=hours"),
]


@pytest.mark.parametrize(("locale", "opening", "reading"), LENGTHS_KEPT)
def test_lengths_said_of_the_complaint_are_kept(locale: str, opening: str, reading: str) -> None:
    screening, _ = opened_with(locale, opening)
    assert reading in screening.get("history", ""), screening.get("history")


def test_foot_drop_worse_every_few_days_is_asked_and_urgent_when_not_new() -> None:
    outcome = _outcome("en-AU", "About a fortnight ago me right foot started flopping down when "
                       "I walk, it's got worse every few days, and me back's a bit crook.", {
                           "onset": "gradual", "leg_weakness": "yes", "recent": "no",
                           "weakness_worse": "yes", "foot_drop": "yes", "back_pain": "yes",
                           "bladder_bowel": "no", "saddle_numbness": "no", "injury": "no",
                           "side": "one_leg", "duration": "weeks", "getting_worse": "yes"})
    assert "recent" in outcome.asked, outcome.asked
    assert outcome.triage.value == "urgent", (outcome.triage, outcome.red_flags, outcome.asked)
    assert "weakness_getting_worse" in outcome.red_flags


def test_the_same_weakness_said_new_at_its_timing_question_still_warns() -> None:
    outcome = _outcome("en-AU", "About a fortnight ago me right foot started flopping down when "
                       "I walk, it's got worse every few days.", {
                           "onset": "gradual", "leg_weakness": "yes", "recent": "yes",
                           "weakness_worse": "yes", "side": "one_leg", "duration": "weeks"},
                       expected="emergency")
    assert "new_leg_weakness" in outcome.red_flags, (outcome.red_flags, outcome.asked)
    assert outcome.triage.value == "emergency"


# -- 29c. the doctor named bare or short first ----------------------------------------------

DOCTOR_SAID = [
    ("en-US", "Doc says I got peripheral artery disease", "known_pad=yes"),
    ("en-US", "doc told me I have PAD and my feet go numb walking", "known_pad=yes"),
    ("en-GB", "GP says I've got diabetes and my feet tingle", "diabetes=yes"),
    ("en-AU", "doctor reckons I've got diabetes, me feet are numb", "diabetes=yes"),
    ("en-IN", "doctor told me I have sugar, my feet are burning", "diabetes=yes"),
    ("en-CA", "the doc says my thyroid is low and my feet tingle", "thyroid=yes"),
    ("en-GB", "GP told me I've got diabetes", "diabetes=yes"),
    ("en-US", "doc says I have peripheral artery disease and my calves cramp", "known_pad=yes"),
    ("en-AU", "doc said I've got peripheral arterial disease", "known_pad=yes"),
    ("en-IN", "doctor says I am diabetic since ten years, feet are numb", "diabetes=yes"),
    ("en-GB", "the specialist said I have peripheral arterial disease, my calves ache walking",
     "known_pad=yes"),
]
# on the base 86f32fd: 4 of these 11 read (the other 7 reached no carrier: nothing read, the
# "didn't catch" reprompt); after: 11 of 11 read


@pytest.mark.parametrize(("locale", "opening", "reading"), DOCTOR_SAID)
def test_the_doctor_named_first_is_read(locale: str, opening: str, reading: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert reading in screening.get("history", ""), (screening.get("history"), speech)


DOCTOR_RED_FLAGS = [
    ("en-US", "doc says my whole leg suddenly went numb", "sudden_whole_leg"),
    ("en-GB", "doctor says ring you, I suddenly can't control my bladder and my legs are numb",
     "cauda_equina_bladder"),
    ("en-AU", "GP said to call, me face has dropped and me leg is numb", "stroke_signs"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), DOCTOR_RED_FLAGS)
def test_a_red_flag_after_the_doctor_named_first_still_warns(locale: str, opening: str,
                                                              flag: str) -> None:
    screening, speech = opened_with(locale, opening)
    assert warned_first(speech), (speech, screening.get("history"))
    assert any(flag in f for f in flags_of(screening)), (flags_of(screening),
                                                       screening.get("history"))
