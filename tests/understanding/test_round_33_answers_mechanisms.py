"""Round 33 (answers33): whole openings of the thirty-first vignette set's tuning part were not
understood at all (nothing recorded) when a greeting or discourse word of another English stood
first ("kia ora", "gidday", "ag", "abeg"), or when a Jamaican speaker began with "mi" (I, my):
no carrier phrase held the first word, so the turn fell to AMAZON.FallbackIntent, which carries
no words, and every sign said after it, red flags included, was lost. A walking aid or limp said
to be long-standing with "years now" or "years back", or said "nah new", was asked as a possible
new weakness ("Are your legs newly weak ...?") instead of its own check. Said in words of our own
to the offline simulator (the interaction model included), across the five locales, with
controls (docs/clinical-safety.md 5zzzl). No held-back material was read.

33w. A greeting or discourse word of another English said first (New Zealand "kia ora",
Australian "gidday", South African "ag", "eish", "howzit", Nigerian "abeg", Scottish "och",
Indian "namaste", Singapore "aiyo", "alamak"): a word of address, the rest is read.

33x. Jamaican "mi" said first ("mi foot a burn", "mi walk with a stick"): the rest is read.

33y. A walking aid or limp dated long before with "years now" or "years back", or said "nah new":
long-standing, checked with its own timing (or denied), never asked as new weakness; a new aid
or a recent change still warns.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import missed, warned_first
from tests.understanding.openings import flags_of, history_of, opened_with


def _read(locale: str, opening: str) -> tuple[dict, str]:
    """The opening recorded something (or, a long-standing aid, asked its own check) and was not
    met with "Sorry, I didn't catch that"."""
    state, speech = opened_with(locale, opening)
    assert (history_of(state).strip() or state.get("current") == "weakness_new") and not missed(
        speech), (history_of(state), speech)
    return state, speech


# -- 33w. a greeting or discourse word of another English said first -------------------------

OWN_33W = [
    ("en-AU", "Kia ora, my left foot has been tingling for about a week."),
    ("en-AU", "Gidday, both my feet have gone numb over the last few months."),
    ("en-AU", "G'day, my right leg's been pins and needles for three weeks."),
    ("en-GB", "Ag, my feet have been burning at night for a couple of months."),
    ("en-GB", "Abeg, my two feet have been tingling for two months now."),
    ("en-IN", "Namaste, my both feet are tingling since three months."),
    ("en-AU", "Howzit, I've had numb toes on my left foot for a few weeks."),
    ("en-GB", "Och, it's only my left foot that tingles, for a few weeks now."),
    ("en-AU", "Eish, my shins have been numb for about a month."),
    ("en-AU", "Aiyo, my feet feel numb for two weeks already."),
    ("en-CA", "Kia ora. I've got pins and needles in both feet, it's been months."),
    ("en-AU", "Alamak, my right foot has been tingling for a few days."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33W)
def test_a_greeting_of_another_english_said_first_leaves_the_rest_read(locale: str,
                                                                     opening: str) -> None:
    _read(locale, opening)


OWN_33W_FLAGS = [
    ("en-AU", "Kia ora, I can't feel my bum and I've wet myself.", "cauda_equina_"),
    ("en-AU", "Gidday, my foot is ice cold and white since an hour ago.", "limb_ischaemia"),
    ("en-GB", "Ag, my face has dropped on one side and my leg is numb.", "stroke"),
    ("en-GB", "Abeg, my legs gave way this morning and I can't stand.", "new_leg_weakness"),
    ("en-AU", "Eish, I can't control my bladder since this morning.", "cauda_equina_"),
    ("en-AU", "Howzit, my left foot went cold and pale suddenly an hour ago.", "limb_ischaemia"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_33W_FLAGS)
def test_a_red_flag_after_a_greeting_is_warned_first(locale: str, opening: str,
                                                     flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


OWN_33W_DENIED = [
    ("en-AU", "Kia ora, no trouble with my bladder, my feet just tingle."),
    ("en-GB", "Abeg, my legs are strong, it's only the tingling in my feet."),
    ("en-AU", "Gidday, my face and arms are fine, just pins and needles in my toes."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33W_DENIED)
def test_a_denial_after_a_greeting_raises_no_flag(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert not flags_of(state) and not warned_first(speech), (flags_of(state), speech)


# -- 33x. Jamaican "mi" said first --------------------------------------------------------------

OWN_33X = [
    ("en-GB", "Mi foot a burn every night from about two weeks."),
    ("en-CA", "Mi walk with a cane since mi hip operation many years back, nothing new."),
    ("en-GB", "Mi left foot tingle from last month."),
    ("en-US", "Mi toes numb on the left foot for three weeks now."),
    ("en-GB", "Mi smoke from mi was young and mi calf hurt when mi walk."),
    ("en-CA", "Mi right leg feel like pins and needles for months."),
    ("en-GB", "Mi right foot go numb in bed every night this past month."),
    ("en-CA", "Mi have sugar for ten years and mi feet numb now."),
    ("en-US", "Mi back a hurt me and the pain shoot down mi right leg."),
    ("en-GB", "Mi use a walking stick for years, that nah new."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33X)
def test_jamaican_mi_said_first_leaves_the_rest_read(locale: str, opening: str) -> None:
    _read(locale, opening)


OWN_33X_FLAGS = [
    ("en-GB", "Mi can't feel mi bottom and mi wet miself this morning.", "cauda_equina_"),
    ("en-CA", "Mi leg give way this morning and mi cannot stand up.", "new_leg_weakness"),
    ("en-GB", "Mi foot turn ice cold and white an hour ago.", "limb_ischaemia"),
    # "mi" inside what is said is "my" before a part of the body
    ("en-GB", "I can't feel mi bottom since this morning.", "cauda_equina_"),
    ("en-CA", "Since this morning mi face drop on one side and mi arm weak.", "stroke"),
    ("en-US", "This morning mi legs gave way and I wet miself.", "cauda_equina_"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_33X_FLAGS)
def test_a_red_flag_after_mi_is_warned_first(locale: str, opening: str, flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


# -- 33y. a walking aid dated "years now", "years back", or said "nah new" --------------------

OWN_33Y = [
    ("en-CA", "I use a cane since my knee replacement years now, nothing new."),
    ("en-GB", "I've walked with a stick since my hip op years back, it's nah new."),
    ("en-IN", "I am walking with stick from so many years now, nothing new."),
    ("en-US", "I've used a cane going on ten years now, that's nothing new."),
    ("en-AU", "I've had a walking frame since my fall years back, that's nah new."),
    ("en-GB", "I've used a walker a good many years now, no different."),
    ("en-CA", "My wife bought me a cane years back for my balance, nah new."),
    ("en-US", "I've walked with a limp since my accident twenty years back."),
    ("en-IN", "I am using walker since my knee operation six years now."),
    ("en-AU", "I've been on a walking stick since my back op years now, same as ever."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33Y)
def test_a_long_standing_aid_is_not_asked_as_new_weakness(locale: str, opening: str) -> None:
    """Checked with its own timing ("Has your walking ... got worse ... in the last few
    weeks?") or recorded as no new weakness: never warned, never asked as newly weak."""
    state, speech = opened_with(locale, opening)
    assert "new_leg_weakness" not in flags_of(state) and not warned_first(speech), speech
    assert state.get("current") == "weakness_new" or " leg_weakness=no" in history_of(state), (
        history_of(state), state.get("current"), speech)


OWN_33Y_NEW = [
    ("en-GB", "I've needed a stick since Tuesday."),
    ("en-US", "I've had to start using a walker this week."),
    ("en-US", "I've been on a walker for years but this week my legs got much weaker."),
    ("en-CA", "I've used a cane for years now but since yesterday my leg keeps giving way."),
    ("en-AU", "I had a walking stick years back but since this morning I can't lift my foot."),
    ("en-IN", "Since two days I need a walker, before I was walking normally."),
    ("en-US", "I've used a cane for years now, but since yesterday my left leg won't hold me."),
    ("en-GB", "My leg's been weak since my op years back but now it's given way completely since"
              " this morning."),
    ("en-AU", "I've had a walking stick a good while, but since yesterday I can't lift my foot."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_33Y_NEW)
def test_a_new_aid_or_a_recent_change_still_warns(locale: str, opening: str) -> None:
    """Warned first as new weakness, or (words that only touch on it) asked at once as new
    weakness, whose yes warns: never taken as long-standing."""
    state, speech = opened_with(locale, opening)
    if "new_leg_weakness" in flags_of(state) and warned_first(speech):
        return
    assert state.get("current") == "leg_weakness" and (
        " leg_weakness=unsure" in history_of(state)), (flags_of(state), history_of(state), speech)
