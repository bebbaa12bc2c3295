"""Round 35 (clinic35): the thirty-third vignette set's tuning part. Said in words of our own
to the offline simulator (the interaction model included), across the five locales, with
controls (docs/clinical-safety.md 5zzzw). No held-back material was read.

35v. A foot drop told in everyday words (the foot slapping down, the toes catching, a foot that
will not lift) is also the peroneal pattern the foot-drop question asks about (NHS inform foot
drop, Mayo Clinic foot drop), not only weakness: foot_drop is recorded yes beside the weakness,
which keeps its flags as before. Denied, or said of someone else, nothing is recorded.

35w. "The back of the calf (knee, thigh, leg, heel)" is a place on the leg, not the back: a
kick or a blow "in the back of the calf" is no back or neck injury. A kick or a blow in the
back itself stays the spinal injury, warned first.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with

# -- 35v. a foot drop in everyday words is the foot-drop finding too ----------------------------

OWN_35V = [
    ("en-US", "for a couple of weeks my right foot slaps on the floor when I walk"),
    ("en-GB", "my left foot keeps flopping down and I catch my toes on the kerb"),
    ("en-AU", "me toes keep catching on the carpet, one leg, been a few weeks"),
    ("en-CA", "I can't lift my left foot up properly, it's been like that for a month"),
    ("en-IN", "from one month my right foot is dragging while walking"),
    ("en-GB", "I keep tripping over my own foot, it's just the one leg"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_35V)
def test_a_foot_drop_in_everyday_words_records_the_foot_drop(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    history = history_of(state)
    assert " foot_drop=yes" in history and " leg_weakness=yes" in history, (history, speech)


CONTROLS_35V = [
    # denied: no foot drop recorded
    ("en-US", "my foot doesn't drag and I'm not tripping, it's just tingly"),
    ("en-GB", "no, my foot isn't slapping down, it's only numb on the sole"),
    # someone else's sign, said as theirs
    ("en-AU", "my dad had a dragging foot after his stroke, mine just tingles"),
    # harmless lookalike: a shoe or a thing that drags
    ("en-CA", "my feet tingle when I drag the bins out"),
]


@pytest.mark.parametrize(("locale", "opening"), CONTROLS_35V)
def test_a_foot_drop_denied_or_not_mine_is_not_recorded(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " foot_drop=yes" not in history_of(state), (history_of(state), speech)


def test_a_sudden_foot_drop_still_warns_first() -> None:
    state, speech = opened_with("en-GB",
                                "since this morning my right foot suddenly flops down and drags")
    assert "new_leg_weakness" in flags_of(state) and warned_first(speech), (
        history_of(state), speech)


# -- 35w. the back of the calf is no back ----------------------------------------------------------

OWN_35W = [
    ("en-US", "it felt like someone kicked me in the back of my calf during tennis"),
    ("en-GB", "I took a knock to the back of the knee at football on Saturday"),
    ("en-AU", "copped a kick in the back of the thigh at footy and now the foot's a bit tingly"),
    ("en-CA", "a puck hit me in the back of the leg last night, the foot's tingly"),
    ("en-IN", "somebody hit me in the back of my heel while playing, little tingling"),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_35W)
def test_a_blow_to_the_back_of_the_leg_is_no_back_injury(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " injury=yes" not in history_of(state) and "spinal_injury" not in flags_of(state), (
        history_of(state), speech)


CONTROLS_35W = [
    ("en-US", "a guy kicked me in the back and now my legs are tingling"),
    ("en-GB", "I got punched in the back last night and my legs have gone numb"),
    ("en-AU", "got tackled on my back at footy and now both legs are tingly"),
]


@pytest.mark.parametrize(("locale", "opening"), CONTROLS_35W)
def test_a_blow_to_the_back_itself_stays_the_injury(locale: str, opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert " injury=yes" in history_of(state) or "spinal_injury" in flags_of(state) or \
        "injury" in str(state.get("current")), (history_of(state), speech)
