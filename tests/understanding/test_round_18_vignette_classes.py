"""Round 18 (clinic18): the vignettes' tuning misses, by class (docs/clinical-safety.md, 5zi).
Each class in words of our own, said to the offline simulator as Alexa sends them (no commas),
through request envelopes, across the five locales; every change beside must-warn controls.

18a. The ache said before the ribs or bones beside a back that aches ("an aching back and sore
     ribs", "tender ribs and a bad back") is the lasting bone pain NHS inform gives for
     myeloma, as "my back and ribs ache" already was: with weeks of numbness in both feet,
     myeloma is then among the first three causes. Sore ribs said alone are not read (a past
     cancer's time would then be taken as the numbness's): a cancer had beside them, with or
     without the back, still warns.
18b. A pain or tingling said to go DOWN the leg and then how far it reaches ("the pain is going
     down my left leg up to the knee", Indian English "up to" for "as far as") is the path of
     sciatica, not numbness climbing the legs: one leg, days, walking fine is home care with
     sciatica first. Numbness said to climb ("going up my legs", "now it is up to my thighs"),
     even beside a going-down, still warns; sciatica down both legs is still the emergency.
18c. A walking aid's age said after it as a clause of its own ("a walker since my hip surgery
     that's years now", "it's been years now") dates the aid as "for years" did (5z): pins and
     needles after sitting one way, beside it, are asked about, not warned as new weakness.
     A new giving way said beside it ("this morning", "suddenly", "just gave out"), and "it's
     been years since this happened" (new again), still warn at once.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.screening.test_round9_general_rules import converse, history
from tests.understanding.test_words_in_context import say_at, warned_at


def _causes(reply) -> list[str]:
    return reply.session_attributes["assessment"]["causes"]


def _triage(reply) -> str:
    return reply.session_attributes["assessment"]["triage"]


# -- 18a: the ache said before the bone is bone pain -----------------------------------------------

ACHE_BEFORE_THE_BONE = [
    ("en-GB", "slowly and I have had sore ribs and a bad back for about two months"),
    ("en-US", "gradually and I have a sore back and tender ribs that ache all day"),
    ("en-AU", "slowly and I've got a crook back and achy bones for weeks now"),
    ("en-IN", "slowly and my lower back and aching ribs are troubling since two months"),
    ("en-CA", "gradually and I have an aching back and painful ribs for six weeks"),
]


@pytest.mark.parametrize(("locale", "text"), ACHE_BEFORE_THE_BONE)
def test_the_ache_said_before_the_bone_is_bone_pain(locale: str, text: str) -> None:
    _speech, answers, _flags = say_at("onset", text, locale)
    assert answers.get("bone_pain") == "yes", answers


MYELOMA_OPENINGS = [
    ("en-GB", "I am seventy four and I have had sore ribs and an aching back for two months I'm "
              "worn out and now both my feet are tingling"),
    ("en-US", "I'm sixty eight my back and tender ribs have bothered me for weeks and now my "
              "feet have gone numb"),
    ("en-AU", "I'm seventy and I've had a sore back and achy ribs for a couple of months and now "
              "me feet are tingly"),
    ("en-IN", "I am seventy two my back and aching ribs are troubling since two months and now "
              "both feet are tingling"),
    ("en-CA", "I'm sixty nine with painful ribs and a sore back for weeks and now my feet tingle"),
]
MYELOMA_ANSWERS = {"onset": "slowly", "side": "both legs", "duration": "a few weeks",
                   "back_pain": "yes", "bone_pain": "yes"}


@pytest.mark.parametrize(("locale", "opening"), MYELOMA_OPENINGS)
def test_weeks_of_sore_ribs_with_tingling_feet_rank_myeloma(locale: str, opening: str) -> None:
    _spoken, reply = converse(locale, opening, MYELOMA_ANSWERS)
    assert "bone_pain=yes" in history(reply), history(reply)
    assert "myeloma" in _causes(reply)[:3], (_causes(reply), history(reply))
    assert _triage(reply) in ("routine", "urgent", "emergency"), history(reply)


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: a cancer had beside sore ribs, with or without the back, still warns
    ("en-GB", "since Monday I have an aching back and sore ribs and I had breast cancer three "
              "years ago"),
    ("en-US", "since Tuesday my ribs are sore and I had prostate cancer before"),
    ("en-AU", "since the weekend I've got achy bones and I had bowel cancer last year"),
    ("en-IN", "since three days I have painful ribs and I had cancer two years back"),
    ("en-IN", "since three days I have sore ribs and I had cancer two years back"),
    ("en-CA", "since yesterday I have tender ribs and I had lung cancer a while ago"),
])
def test_sore_ribs_after_a_cancer_still_warn(locale: str, text: str) -> None:
    warned_at("duration", text, "numbness_after_cancer", locale)


# -- 18b: a pain going down the leg, then how far, is not numbness climbing ------------------------

DOWN_THE_LEG_THEN_HOW_FAR = [
    ("en-IN", "suddenly two days back and the pain is going down my right leg up to the knee"),
    ("en-GB", "suddenly and the pain runs down my left leg up to the knee"),
    ("en-US", "all of a sudden and the pain goes down my right leg up to my knee"),
    ("en-AU", "suddenly and the pain's going down me left leg up to the knee"),
    ("en-CA", "suddenly and the pain travels down my left thigh up to my knee"),
]


@pytest.mark.parametrize(("locale", "text"), DOWN_THE_LEG_THEN_HOW_FAR)
def test_a_pain_going_down_the_leg_to_the_knee_is_not_climbing(locale: str, text: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert answers.get("spreading_up") != "yes", answers
    assert "ascending_numbness" not in flags and not warned_first(speech), (flags, speech)


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: numbness climbing the legs is still read beside a going-down
    ("en-GB", "slowly and the tingling is going down both legs and now it is up to my thighs"),
    ("en-US", "gradually and the numbness started in my feet and is going up my legs"),
    ("en-AU", "slowly and the tingles go down both legs and since yesterday they are up to me "
              "hips"),
    ("en-IN", "slowly and numbness is going down both legs and going up to my knees since "
              "yesterday"),
    ("en-CA", "gradually and it runs down my legs and now it's crept up past my knees"),
])
def test_numbness_climbing_beside_a_going_down_still_warns(locale: str, text: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert answers.get("spreading_up") == "yes", answers
    assert flags and warned_first(speech), (flags, speech)


STRAIN_OPENINGS = [
    ("en-IN", "Three days back I lifted a heavy bucket and something caught in my back and the "
              "pain is going down my right leg up to the knee I am walking normally"),
    ("en-GB", "I tweaked my back moving a wardrobe two days ago and now the pain runs down my "
              "left leg up to the knee"),
    ("en-US", "I felt a twinge in my back lifting a box two days ago and the pain goes down my "
              "right leg up to my knee"),
    ("en-AU", "Did my back in carrying the esky two days ago and the pain's going down me left "
              "leg up to the knee"),
    ("en-CA", "I strained my back shovelling snow two days ago and the pain travels down my left "
              "leg up to my knee"),
]
STRAIN_ANSWERS = {"onset": "suddenly", "side": "one leg", "duration": "a couple of days",
                  "back_pain": "yes", "shooting_down_leg": "yes", "severe_pain": "no"}


@pytest.mark.parametrize(("locale", "opening"), STRAIN_OPENINGS)
def test_a_strained_back_with_pain_down_one_leg_to_the_knee_is_home_care(locale: str,
                                                                         opening: str) -> None:
    spoken, reply = converse(locale, opening, STRAIN_ANSWERS)
    assert "spreading_up=yes" not in history(reply), history(reply)
    assert not any(warned_first(s) for s in spoken), history(reply)
    assert _causes(reply)[0] in ("sciatica", "herniated_disc"), (_causes(reply), history(reply))
    assert _triage(reply) == "self_care", history(reply)


@pytest.mark.parametrize(("locale", "opening"), [
    # must-warn controls: the same pain down both legs is sciatica on both sides (NHS: 999/A&E)
    ("en-IN", "Two days back I lifted a heavy bucket and the pain is going down both legs up to "
              "the knees"),
    ("en-GB", "I tweaked my back two days ago and now the pain runs down both legs up to the "
              "knees"),
    ("en-US", "I hurt my back two days ago and the pain goes down both my legs up to my knees"),
])
def test_the_same_pain_down_both_legs_is_still_the_emergency(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**STRAIN_ANSWERS, "side": "both legs"})
    assert any(warned_first(s) for s in spoken), history(reply)
    assert _triage(reply) == "emergency", history(reply)


# -- 18c: an aid's age said after it ("that's years now") dates the aid ----------------------------

AID_AGED_AFTER = [
    ("en-US", "I've used a walker since my hip surgery that's years now and I nodded off in my "
              "chair with my feet crossed and my left foot went to sleep but it came back in a "
              "few minutes"),
    ("en-GB", "I've had a walking frame since my knee op it's been years now and I dozed in the "
              "armchair with my legs crossed and my foot went dead but it was fine a few minutes "
              "later"),
    ("en-AU", "I've used a walker since me hip replacement that's years now and I fell asleep on "
              "the couch with me ankles crossed and me foot went numb but it came good after a "
              "few minutes"),
    ("en-IN", "I am using a walker for my weak hip it is years now and I was sitting long in "
              "the chair with legs crossed and my foot became numb but after few minutes it was "
              "fine"),
    ("en-CA", "I've had a cane since my hip surgery that's years now and I fell asleep in the "
              "recliner with my ankles crossed and my foot went numb but it was fine a few "
              "minutes later"),
]
AID_ANSWERS = {"onset": "suddenly", "side": "one leg", "duration": "a few minutes",
               "weakness_new": "no", "positional": "yes"}


@pytest.mark.parametrize(("locale", "opening"), AID_AGED_AFTER)
def test_an_aid_aged_after_it_is_asked_about_not_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, AID_ANSWERS)
    assert not warned_first(spoken[0]), (spoken[0], history(reply))
    assert _causes(reply)[0] == "positional_compression", (_causes(reply), history(reply))


@pytest.mark.parametrize(("locale", "text"), [
    # must-warn controls: a new giving way beside an aid aged after it still warns at once
    ("en-GB", "my legs gave way this morning and I use a stick that's years now"),
    ("en-US", "I've had a cane since my stroke it's been years now and today my leg suddenly "
              "gave way"),
    ("en-AU", "I've used a walker for ages now and me leg just gave out on me"),
    ("en-IN", "I am using a stick since my operation it is years now and suddenly since morning "
              "my leg is not able to hold me"),
    ("en-CA", "I've had a walker since my hip surgery that's years now and this afternoon my leg "
              "suddenly gave out"),
])
def test_a_new_giving_way_beside_an_aid_aged_after_it_still_warns(locale: str,
                                                                  text: str) -> None:
    warned_at("onset", text, "new_leg_weakness", locale)


def test_an_injury_said_new_beside_an_aid_aged_after_it_still_warns() -> None:
    # must-warn control: the age tag dates the aid, never an injury said with "yesterday"
    warned_at("onset", "I hurt my back lifting yesterday that's years now I have had a stick and "
              "my leg is numb", "spinal_injury", "en-GB")


def test_years_since_this_happened_is_new_again_not_old() -> None:
    _speech, answers, _flags = say_at("onset", "my legs have gone weak it's been years since "
                                      "this happened", "en-US")
    assert answers.get("leg_weakness") == "yes", answers
