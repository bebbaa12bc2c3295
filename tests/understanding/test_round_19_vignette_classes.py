"""Round 19 (clinic19): the vignettes' tuning misses, by class (docs/clinical-safety.md, 5zl).
Each class in words of our own, said to the offline simulator as Alexa sends them (no commas),
through request envelopes, across the five locales; every change beside must-warn controls.

19a. A bladder sign dated old in its own words ("a little leak when I laugh ever since my
     daughter was born years ago") beside a numbness dated today in a clause of its own ("and
     my calf went numb this morning"): the numbness's date does not time the old leak, so "Did
     the bladder trouble start, or get clearly worse, in the last few days?" is asked, not
     answered yes and warned at once as new bladder trouble. A bladder sign said in the clause
     that holds the new words ("since yesterday I can't hold my wee") is still warned at once.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.screening.test_round9_general_rules import converse, history

# -- 19a: an old leak is not timed by the numbness's date -----------------------------------------

OLD_LEAK_NEW_NUMBNESS = [
    ("en-US", "I've had a little leak when I laugh ever since my daughter was born years ago and "
              "my right calf went numb this morning after gardening"),
    ("en-AU", "I've wet meself a bit when I jump on the trampoline since the kids were born ages "
              "ago and me right thigh went numb on the bus today"),
    ("en-IN", "since my deliveries many years back I leak little urine on sneezing and today my "
              "left leg became numb after sitting in the train"),
    ("en-GB", "I've leaked a tiny bit when I cough for years now anyway my left thigh went numb "
              "on a hard chair this afternoon"),
    ("en-CA", "for years I've leaked a little when I sneeze and yesterday my left foot went numb "
              "after a long drive"),
]


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK_NEW_NUMBNESS)
def test_an_old_leak_is_not_timed_by_the_numbness_date(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {"recent": "no", "bladder_weeks": "no",
                                               "stress_leak": "yes", "positional": "yes"})
    assert not warned_first(spoken[0]), (spoken[0], history(reply))
    assert "recent=no" in history(reply), history(reply)
    assert reply.session_attributes["assessment"]["triage"] != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK_NEW_NUMBNESS)
def test_an_old_leak_said_new_at_the_question_still_warns(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {"recent": "yes"})
    assert any(warned_first(s) for s in spoken), history(reply)
    assert reply.session_attributes["assessment"]["triage"] == "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), [
    # controls, must warn at once: the bladder sign is said in the clause that holds the new words
    ("en-GB", "I've leaked a bit when I cough for years and since yesterday I can't hold my wee "
              "at all and my legs are numb"),
    ("en-US", "I've leaked a bit when I sneeze for years but since this morning I have wet myself "
              "without noticing and my legs are numb"),
    ("en-AU", "I've leaked a little when I cough for ages and today me legs went numb and I can't "
              "feel when I need to wee"),
    ("en-IN", "urine leaks on coughing since my deliveries but from yesterday urine is coming "
              "without control and both legs are numb"),
    ("en-CA", "I've dribbled when I laugh for years but now my bladder won't empty since last "
              "night and my legs are numb"),
    ("en-GB", "I've leaked when I sneeze for years and it's much worse this week and my legs are "
              "numb"),
    # ...and a bladder sign said again in a clause of its own that no age dates
    ("en-GB", "I've had an irritable bowel for years and since this morning my legs are numb and "
              "I've been incontinent"),
    ("en-US", "I've had a weak bladder for years and my legs went numb this morning and I wet "
              "myself"),
])
def test_a_bladder_sign_said_with_the_new_words_still_warns_at_once(locale: str,
                                                                    opening: str) -> None:
    spoken, reply = converse(locale, opening, {}, default="yes")
    assert warned_first(spoken[0]) or warned_first(spoken[1]), (spoken[:2], history(reply))
    assert reply.session_attributes["assessment"]["triage"] == "emergency", history(reply)
