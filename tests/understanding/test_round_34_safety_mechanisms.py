"""Round 34 (safety34): what round 33's tuners found and left, safety first: a tight, swollen
calf told after a vehicle named ("after the motorbike fell on me the calf is tight and swollen")
was put on the vehicle and lost; the weakness of the legs said increasing with no article
("weakness in legs is increasing") was not read as getting worse. Said in words of our own to the
offline simulator at a real point of a screening (the interaction model included), across the
five locales, with controls (docs/clinical-safety.md 5zzzm). No held-back material was read.

34a. A thing with no body (a motorbike, a car, a truck) named before a part of the body: the
part is the speaker's, so a crushed calf gone tight and swollen is compartment syndrome (NHS
compartment syndrome), warned first; "the car has lost power" stays the car's, a pet's legs
the pet's.

34b. "weakness in legs is increasing", "weakness of both legs is worsening": the weakness got
worse; beside back pain in both legs, both_legs_worsening (NHS sciatica; NICE CKS sciatica red
flags), warned first. One leg stays one leg.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 34a. a thing with no body named before the body ------------------------------------------

OWN_34A = [
    ("onset", "suddenly, my leg got caught under the scooter, the calf is very tight and swollen "
     "now", "en-IN"),
    ("onset", "suddenly, after coming off the motorbike the shin is swollen and tight", "en-AU"),
    ("onset", "suddenly, the leg got jammed under the truck, now the calf is swollen and tight",
     "en-US"),
    ("onset", "it was sudden, the leg was wedged under the boat, the shin is swollen and tight",
     "en-CA"),
    ("onset", "suddenly, the leg got stuck under the van, the calf is rock hard and swollen",
     "en-GB"),
    ("onset", "straight after the motorbike tipped over, the calf is tight and swollen", "en-AU"),
    ("onset", "suddenly, after the car, the calf is swollen and tight and really hurts", "en-US"),
    ("onset", "suddenly, the leg was under the truck wheel, the calf is swollen and tight",
     "en-CA"),
    ("onset", "all at once, the engine fell on the leg, the calf is tight and swollen", "en-GB"),
    ("onset", "sudden, the leg was caught under the scooter, the shin is rock hard", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_34A)
def test_a_calf_told_after_a_vehicle_is_the_speakers(context: str, text: str,
                                                     locale: str) -> None:
    _warned(context, text, "compartment_syndrome", locale)


CONTROLS_34A = [
    ("onset", "my car got stuck in the mud", "en-GB"),
    ("onset", "I got caught in the rain", "en-AU"),
    ("onset", "the car has lost power", "en-US"),
    ("onset", "my phone battery is swollen", "en-IN"),
    ("onset", "slowly, and my car's engine is hard to start", "en-CA"),
    ("onset", "my dog's legs are swollen and tight", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_34A)
def test_a_thing_said_alone_stays_the_things(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


# -- 34b. weakness in legs increasing ----------------------------------------------------------

OWN_34B = [
    ("side", "both legs, back pain is there, weakness in legs is increasing", "en-IN"),
    ("side", "both the legs, with back pain, and weakness of legs is worsening", "en-IN"),
    ("side", "both legs, I have back pain, weakness in both legs is progressing", "en-IN"),
    ("side", "both, bad back too, and the weakness in legs keeps getting worse", "en-GB"),
    ("side", "both legs, my back's sore, weakness of both legs is getting worse", "en-AU"),
    ("side", "both legs, back pain too, weakness in legs has been increasing", "en-US"),
    ("side", "both of them, lower back pain, and weakness of the legs is increasing", "en-CA"),
    ("side", "both legs, back pain also, weakness in legs increasing daily", "en-IN"),
    ("side", "both legs, back pain as well, weakness in feet is increasing", "en-IN"),
    ("side", "both legs, backache as well, weakness of my legs is worsening", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_34B)
def test_weakness_in_legs_increasing_in_both_legs_with_back_pain(context: str, text: str,
                                                                 locale: str) -> None:
    _warned(context, text, "both_legs_worsening", locale)


def test_one_leg_stays_one_leg() -> None:
    speech, answers, flags = say_at(
        "side", "only right leg, back pain also, weakness in leg is increasing", "en-IN")
    assert answers.get("side") == "one_leg" and "both_legs_worsening" not in flags, (
        answers, flags, speech)


# -- controls: plain red flags still warned with their own warning -----------------------------

PLAIN_RED_FLAGS = [
    ("onset", "my legs suddenly gave way this morning", "new_leg_weakness", "en-GB"),
    ("onset", "my leg got trapped under the motorbike and the calf is tight",
     "compartment_syndrome", "en-IN"),
    ("onset", "my cast is far too tight and my calf is swollen", "compartment_syndrome", "en-AU"),
    ("side", "both legs, back pain, and my legs are getting weaker every day",
     "both_legs_worsening", "en-US"),
    ("onset", "suddenly, and I can't control my bladder", "cauda_equina_bladder", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "flag", "locale"), PLAIN_RED_FLAGS)
def test_plain_red_flags_still_warn(context: str, text: str, flag: str, locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)
