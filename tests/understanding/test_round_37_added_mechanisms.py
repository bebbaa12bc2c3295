"""Round 37 (added37): red flags said in everyday words, in batch 40's tuning half. An injury to
the back or neck told as an everyday mishap, a calf "puffed up" tight after sport, sciatica in
both legs told as "zingers" or jolts, and breathing or swallowing trouble in Scots. Said in words
of our own to the offline simulator (the interaction model included), across the five locales,
with controls (docs/clinical-safety.md 5zzzzc). No held-back material was read.

37k. An injury told as an everyday mishap: thrown or skidding off a scooter, a bike or a moped,
the back or neck striking a thing ("my lower back slammed into a bollard"), coming down wrong
on the neck or back, and the same in Scots ("cracked ma back aff the step", "aw at once").
Cracking one's back as a stretch, and coming down wrong on a sofa, are no injury.

37l. A calf or shin "puffed up" hard or tight, after sport, is the tight, swollen leg of
compartment syndrome, not breathlessness ("puffed" alone, out of breath, is still read).

37m. Sciatica in both legs told as "zingers", "zaps", jolts or shocks down each leg: the
shooting pain down the leg.

37n. Breathing or swallowing trouble in Scots: "cannae get a breath", a drink "going down the
wrang way" again and again. A drink that went down the wrong way once, while laughing, is none.

37o. Not knowing said last ("..., and maybe at night it is more, not sure") doubts the clause it
ends, not the answer and the sign told plainly before it; a sign only touched on is confirmed
when what the same turn told makes it matter; "I have sugar" is diabetes in British South Asian
English too (sugar in a drink is not).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import flags_raised, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at, screening

# -- 37k. an injury told as an everyday mishap ----------------------------------------------------

OWN_37K = [
    ("en-AU", "all of a sudden, I slid off the scooter in the rain and my back slammed into a "
              "bollard"),
    ("en-IN", "suddenly, I skidded off my bike near the temple and my back hit a pole"),
    ("en-US", "suddenly, I landed wrong on my neck doing a backflip at the pool"),
    ("en-CA", "sudden, I came down awkwardly on my back off the monkey bars"),
    ("en-GB", "aw of a sudden, I slipped on the close and cracked ma spine aff the bannister"),
    ("en-GB", "aw at once, I came aff ma bike and ma neck hit the railings"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37K)
def test_an_everyday_mishap_to_the_back_is_an_injury(locale: str, text: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert "spinal_injury" in flags and warned_first(speech), (flags, speech)


CONTROLS_37K = [
    # coming down wrong on a seat, cracking one's back as a stretch, getting back home: no injury
    ("en-US", "suddenly, I came down wrong on the sofa and spilled my popcorn"),
    ("en-GB", "suddenly, and I like cracking my back in the morning as a stretch"),
    ("en-AU", "suddenly, I crack my neck to stretch it and it feels good"),
    ("en-CA", "suddenly, when I got back home I hit the sack early"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37K)
def test_a_stretch_or_a_seat_is_no_injury(locale: str, text: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "spinal_injury" not in flags and answers.get("injury") != "yes", (answers, speech)


# -- 37l. a calf puffed up tight after sport ------------------------------------------------------

OWN_37L = [
    ("en-AU", "sudden, after netball my shin's swelled up tight and hard and the pain is "
              "unbearable"),
    ("en-GB", "sudden, after the match my calf puffed right up, tight as anything, agony"),
    ("en-US", "suddenly, after the game my calf ballooned up hard and it's killing me"),
    ("en-CA", "suddenly, after hockey my lower leg puffed up tight and really painful"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37L)
def test_a_calf_puffed_up_tight_is_compartment_syndrome(locale: str, text: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert "compartment_syndrome" in flags and warned_first(speech), (flags, speech)
    assert "breathing_swallowing" not in flags, flags


CONTROLS_37L = [
    # a calf tight after stretching: no flag
    ("en-GB", "gradual, my calf feels a bit tight after stretching"),
    ("en-AU", "slowly, the calf's a bit tight after my stretches"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37L)
def test_a_calf_tight_after_stretching_is_no_flag(locale: str, text: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert not flags and not warned_first(speech), (flags, speech)


def test_puffed_alone_is_still_out_of_breath() -> None:
    speech, _, flags = say_at("onset", "suddenly, and I'm puffed after a few steps", "en-AU")
    assert "breathing_swallowing" in flags and warned_first(speech), (flags, speech)


# -- 37m. sciatica in both legs told as zingers, zaps or jolts -------------------------------------

OWN_37M = [
    ("en-AU", "both, electric zaps down each leg from the lower back"),
    ("en-US", "both, jolts of pain down both legs from my low back to my feet"),
    ("en-GB", "both, sharp shocks down each leg, back to heel"),
    ("en-IN", "both, current-like jolts into both legs from the back"),
    ("en-CA", "both of them, zingers running down both legs"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37M)
def test_zingers_down_both_legs_are_sciatica_in_both(locale: str, text: str) -> None:
    speech, _, flags = say_at("side", text, locale)
    assert "bilateral_sciatica" in flags and warned_first(speech), (flags, speech)


CONTROLS_37M = [
    # one leg's zingers, or a jolt awake: not sciatica in both legs
    ("en-GB", "one leg, sharp zingers down the left leg"),
    ("en-US", "both, I jolt awake at night sometimes"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37M)
def test_one_legs_zingers_are_not_sciatica_in_both(locale: str, text: str) -> None:
    _, _, flags = say_at("side", text, locale)
    assert "bilateral_sciatica" not in flags, flags


# -- 37n. breathing or swallowing trouble in Scots ------------------------------------------------

OWN_37N = [
    ("en-GB", "baith, and I cannae catch ma breath"),
    ("en-GB", "both, and I cannae draw a proper breath"),
    ("en-GB", "baith, and my soup keeps going down the wrang way"),
    ("en-GB", "baith, I cannae get a decent breath and the water goes doon the wrang way"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_37N)
def test_scots_breathing_or_swallowing_is_warned(locale: str, text: str) -> None:
    speech, _, flags = say_at("side", text, locale)
    assert "breathing_swallowing" in flags and warned_first(speech), (flags, speech)


CONTROLS_37N = [
    # a drink that went down the wrong way once, while laughing: no flag
    ("en-GB", "both, a sip of tea went down the wrong way once when I was laughing"),
    ("en-US", "both, my coffee went down the wrong way this morning while I was laughing"),
    ("en-AU", "both, had a laugh and me beer went down the wrang way, that's all"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_37N)
def test_a_drink_the_wrong_way_while_laughing_is_no_flag(locale: str, text: str) -> None:
    speech, _, flags = say_at("side", text, locale)
    assert not flags and not warned_first(speech), (flags, speech)


# -- 37o. not knowing said last doubts the clause it ends ----------------------------------------

OWN_37O = [
    ("side", "en-GB", "both, my back hurts, and perhaps it's worse at night, I don't know",
     "back_pain_at_night"),
    # the carrier that kept "no idea" said last where it was said (UnsureLastSpeechIntent) was
    # withdrawn at round 37's merge: it left hedged signs of a held-back part neither warned nor
    # confirmed (figures only); the sentence stays, marked, until a later round reads it safely
    pytest.param("side", "en-AU", "both, got a crook back, and maybe it's worse of a night, "
                 "no idea", "back_pain_at_night", marks=pytest.mark.xfail(
                     strict=True, reason="37o's carrier withdrawn at the merge (5zzzzc)")),
    ("side", "en-US", "both, my back aches and maybe it's worse at night, I'm not sure",
     "back_pain_at_night"),
    ("onset", "en-IN", "gradually, I am a sugar patient, and maybe there is a blister on my heel, "
                       "not sure", "diabetic_foot_wound"),
    ("onset", "en-GB", "slowly, I have diabetes, and possibly a sore on my toe, I'm not sure",
     "diabetic_foot_wound"),
    ("onset", "en-GB", "gradually, I have sugar, and maybe a cut on my foot I never felt, not sure",
     "diabetic_foot_wound"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), OWN_37O)
def test_a_doubt_said_last_is_warned_or_confirmed(context: str, locale: str, text: str,
                                                  flag: str) -> None:
    sim = CONTEXTS.open(locale, context)
    speech = sim.say(text).speech
    if not (warned_first(speech) and flag in flags_raised(screening(sim))):
        speech = sim.say("yes").speech
        assert flag in flags_raised(screening(sim)) and warned_first(speech), speech


CONTROLS_37O = [
    # not knowing said first beside a guess of the side stays not sure (round 13)
    ("side", "en-GB", "not sure, maybe the left, maybe both", "side", "unsure"),
    # sugar in a drink is no diabetes
    ("onset", "en-GB", "slowly, and I have sugar in my tea", "diabetes", None),
    # a denial before "and maybe" stays a denial
    ("side", "en-AU", "both, no back pain, and maybe it's the cold weather, not sure", "back_pain",
     None),
]


@pytest.mark.parametrize(("context", "locale", "text", "finding", "wanted"), CONTROLS_37O)
def test_a_doubt_first_or_sugar_in_tea_is_read_as_before(context: str, locale: str, text: str,
                                                         finding: str, wanted: str | None) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and answers.get(finding) in ({wanted} if wanted else {None, "no"}), (
        answers, speech)
