"""Round 8 (clinic8), played through the skill as Alexa sends them: new told apart from
long-standing, by rules written as constructions (docs/clinical-safety.md, section 8), each with
the cases it must change and the must-warn controls it must not.

- 8a. A sign dated old in its own clause ("wobbly walking for a long time") is timed before any
  emergency, even when other words in the turn are new ("yesterday my foot tingled") or only a
  manner of speaking ("I just wanted to know"); a sign said new is warned as before.
- 8b. The timing question names the signs that opened it (review7 N3) and asks about a clear
  worsening too (review7 O5: a leak much worse this week is the emergency).
- 8c. Over-breathing words said with a panic ("gasping") are confirmed, and the breathing question
  is then asked, never dropped; getting up to pace at night is not numbness rising; "I couldn't
  feel it" of a dead leg is the numbness, not a wound it hid.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.alexa.test_review7_panic_leak_and_ischaemia import NUMBER, WARNING, finish, flags
from tests.alexa.test_safety_review import play, triage

WEAKNESS_TIMED = ("Did the weakness or trouble walking start, or get clearly worse, in the last "
                  "few days?")
BLADDER_TIMED = ("Did the bladder or bowel trouble start, or get clearly worse, in the last few "
                 "days?")


def history(reply) -> str:
    return reply.session_attributes["screening"]["history"]


# -- 8a: a sign dated old in its own clause --------------------------------------------------

WEAKNESS_SAID_OLD = [
    # the seventh set's tuning case, and our own wordings of the same construction
    ("en-US", "I've had diabetic neuropathy in my feet for years, and I've been a bit wobbly "
              "walking for a long time, nothing new, I just wanted to know what else can help."),
    ("en-GB", "My feet have tingled for ages and I've been a bit wobbly walking for a long time, "
              "I just wanted to ask what helps"),
    ("en-AU", "I've been unsteady walking for years, nothing new, just wondering what helps"),
    ("en-IN", "I have been wobbly walking for a long time, nothing new, I just want to know "
              "what helps"),
    ("en-CA", "My legs have been a bit wobbly for years and my toes tingle today, I just wanted "
              "some advice"),
]


@pytest.mark.parametrize(("locale", "text"), WEAKNESS_SAID_OLD)
def test_weakness_dated_old_in_its_own_words_is_timed_before_any_emergency(
        locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    checked = sim.say(text)
    assert not checked.speech.startswith(WARNING), checked.speech
    asked = sim.say("yes")
    assert not asked.speech.startswith(WARNING), asked.speech
    assert "recent=yes" not in history(asked)
    said = {"onset": "slowly", "side": "both legs", "duration": "months"}
    spoken, reply = [asked.speech], asked
    for _ in range(40):
        if "assessment" in reply.session_attributes:
            break
        reply = sim.say(said.get(reply.session_attributes["screening"].get("current"), "no"))
        spoken.append(reply.speech)
    assert any(text.endswith(WEAKNESS_TIMED) for text in spoken), spoken
    # never an emergency on the yes alone; the person's "no" to the timing keeps it routine, or
    # same-day where the yes was to "got worse ... in the last few weeks?" (round 12, 5s)
    assert "recent=no" in history(reply)
    assert triage(reply) in ("routine", "urgent") and "new_leg_weakness" not in flags(reply)


WEAKNESS_SAID_NEW = [
    # must-warn controls: the same old complaint beside a sign said new
    ("en-GB", "I've had numb feet for years but my legs suddenly went weak today", ()),
    ("en-US", "my knees have been bad for years and this week I'm wobbly walking", ("yes",)),
    ("en-AU", "I've been a bit wobbly walking for a long time and it got much worse today",
     ("yes", "slowly", "yes")),
    ("en-IN", "I have had sugar for years and since yesterday my legs are giving way",
     ("yes", "yes", "yes")),
    ("en-CA", "I've had a limp for years, but this morning my legs suddenly started giving way",
     ("yes", "yes", "yes")),
]


@pytest.mark.parametrize(("locale", "text", "answers"), WEAKNESS_SAID_NEW)
def test_weakness_said_new_beside_an_old_complaint_is_still_the_emergency(
        locale: str, text: str, answers: tuple[str, ...]) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    for answer in answers:
        if "assessment" in reply.session_attributes:
            break
        reply = sim.say(answer)
    assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
    assert "new_leg_weakness" in reply.session_attributes["assessment"]["red_flags"]


# -- 8b: the timing question names what it times, and asks about a clear worsening -----------

def test_the_timing_question_names_the_weakness() -> None:
    sim = Simulator(locale="en-GB")
    sim.launch()
    sim.say("slowly")
    reply = sim.say("no, but my legs are weak")
    assert reply.speech.endswith(WEAKNESS_TIMED)
    assert sim.say("yes").speech.startswith(WARNING)


def test_after_a_turn_with_two_signs_the_timing_question_names_both() -> None:
    sim = Simulator(locale="en-US")
    sim.launch()
    reply = sim.say("I've leaked for years and my legs are weak")
    assert reply.speech.endswith(BLADDER_TIMED)
    reply = sim.say("slowly")
    assert reply.speech.endswith("Did the bladder or bowel trouble and the weakness or trouble "
                                 "walking start, or get clearly worse, in the last few days?")
    # a repeat and a plainer rephrase name them too
    assert "bladder or bowel trouble and the weakness" in sim.say("say that again").speech


LEAK_WORSE_THIS_WEEK = [
    ("en-GB", "I've always leaked a bit when I laugh but it's got much worse in the last few "
              "days, and my legs are numb"),
    ("en-US", "I leak when I cough, it started last week, and my legs are numb"),
    ("en-AU", "I've leaked a bit since the kids, but this week it's much worse and my legs are "
              "tingling"),
    ("en-IN", "I have small leak since delivery but now it is much more, and my legs are numb"),
]


@pytest.mark.parametrize(("locale", "text"), LEAK_WORSE_THIS_WEEK)
def test_a_leak_new_or_much_worse_this_week_with_numb_legs_is_the_emergency(
        locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    for _ in range(3):
        if reply.speech.startswith(WARNING):
            break
        assert "bladder" in reply.speech or "pee" in reply.speech, reply.speech
        reply = sim.say("yes")
    assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
    assert "cauda_equina_bladder" in flags(reply)


def test_an_old_stress_leak_unchanged_still_lifts_the_floor_control() -> None:
    """The stress-leak rule (7e) is not widened: an old leak, unchanged, is still not raised."""
    sim = Simulator(locale="en-GB")
    reply = play(sim, {"onset": "slowly", "side": "both legs", "duration": "for months",
                       "positional": "yes", "stress_leak": "yes"},
                 start=("my feet go to sleep when I sit cross-legged and I've leaked a little "
                        "when I laugh for years",))
    assert triage(reply) in ("self_care", "routine") and not flags(reply)


# -- 8c: what a panic brings, getting up at night, a dead leg not felt -------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "I had a panic attack on the train, my heart was pounding and I was gasping, and "
              "my hands and feet went all tingly and my legs felt like jelly, I'm calming down "
              "now."),
    ("en-US", "I had a panic attack and I was gasping for air and my feet went tingly"),
    ("en-AU", "Had a panic attack at work, gulping air, hands and feet all pins and needles"),
])
def test_gasping_in_a_panic_is_confirmed_and_the_breathing_question_is_asked(
        locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert not reply.speech.startswith(WARNING), reply.speech
    reply = finish(sim, reply, {"onset": "suddenly", "side": "both legs",
                                "duration": "an hour"})
    assert "breathing_swallowing=no" in history(reply)  # asked, never dropped
    assert triage(reply) == "self_care"


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: what a panic does not bring, and a yes at the breathing question
    ("en-GB", "I had a panic attack, I was gasping, and now I can't swallow properly"),
    ("en-IN", "I am getting panic, gasping, and my legs are not moving since morning"),
    ("en-US", "I'm having a panic attack, gasping, and my legs suddenly won't hold me up"),
])
def test_a_panic_does_not_soften_signs_it_does_not_bring(locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = finish(sim, sim.say(text), {"onset": "suddenly", "recent": "yes"})
    assert reply.speech.startswith(WARNING) and NUMBER[locale] in reply.speech, reply.speech
    assert triage(reply) == "emergency"


def test_gasping_in_a_panic_then_yes_to_breathing_trouble_is_the_emergency() -> None:
    sim = Simulator(locale="en-US")
    sim.launch()
    assert sim.say("I had a panic attack and I was gasping for air").speech.startswith(
        "Just to check")
    reply = sim.say("yes")
    assert reply.speech.startswith(WARNING) and "breathing_swallowing" in flags(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "Every night when I lie down my legs get this creepy crawly feeling and I have to "
              "get up and pace the hallway, I'm barely sleeping and it's been going on for "
              "months."),
    ("en-GB", "my legs feel fizzy in bed and I have to get up and walk about"),
    ("en-CA", "at night my legs ache and I need to get up and stretch them"),
])
def test_getting_up_to_pace_at_night_is_not_numbness_rising(locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert not reply.speech.startswith(WARNING), reply.speech
    assert "spreading_up" not in history(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "the tingling has got up to my knees"),
    ("en-GB", "the numbness has gone up from my feet to my thighs over the week"),
])
def test_numbness_rising_is_still_warned(locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert reply.speech.startswith(WARNING), reply.speech


def test_a_dead_leg_not_felt_for_minutes_is_not_a_hidden_wound() -> None:
    sim = Simulator(locale="en-US")
    sim.launch()
    reply = sim.say("I fell asleep in the recliner with my legs crossed, and when I woke up my "
                    "whole left leg was dead, I couldn't feel it for a few minutes, but it's "
                    "totally back to normal now.")
    assert "foot_wound" not in history(reply)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "I stood on a pin and didn't feel it"),
    ("en-GB", "there's a blister on my foot and I never felt the blister"),
])
def test_a_wound_not_felt_is_still_read(locale: str, text: str) -> None:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    assert "foot_wound=yes" in history(reply), history(reply)
