"""Round 22 (reader22): readings noticed wrong in round 21's final review, taken as mechanisms
and said in words of our own to the offline simulator at a real point of a screening, across the
five locales, with controls beside every rule (docs/clinical-safety.md 5zs).

22a. An inability said with "without" and the legs failing ("I can't take a step without my legs
buckling"): the failing happens at every try, so the sign is affirmed; the "without" was read as
a negation of the buckling and the leg-weakness question recorded a no. Said as an ability ("I
can walk without my legs buckling") it stays a no.

22b. "Neither leg will hold me", "none of my legs will take my weight": both legs unable, an
affirmation of weakness; no phrase read it, so the question was asked again ("didn't catch
that") or passed by. "Neither leg is weak", "no, neither leg has given way" stay a no.

22c. A doubt about feeling at the saddle question ("not sure if I can feel my bum") was already
hedged and warned when measured this round (11 of 11 of our own); pinned here.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 22a. "can't <do> without my legs <failing>": the legs fail, weakness affirmed --------------

OWN_22A = [
    ("leg_weakness", "I can't take a step without my legs buckling", "en-US"),
    ("leg_weakness", "she can't walk without her knees giving way", "en-GB"),
    ("leg_weakness", "I cannot stand up without my legs giving out", "en-AU"),
    ("leg_weakness", "um he can't get up the stairs without his legs collapsing under him",
     "en-CA"),
    ("leg_weakness", "I couldn't walk to the door without my leg giving way", "en-IN"),
    ("leg_weakness", "I can't go anywhere without my legs buckling", "en-GB"),
    ("leg_weakness", "can't take two steps without my leg giving out on me", "en-US"),
    ("leg_weakness", "my dad can't stand without his legs buckling", "en-AU"),
    ("cauda_equina_signs", "I can't take a step without my legs buckling", "en-US"),
    ("cauda_equina_signs", "well I can't walk without my legs giving way", "en-GB"),
    ("side", "both and I can't stand without my knees buckling", "en-IN"),
]
# before: 7 of these 11 read weakness (the four with "take a step", "go anywhere", "take two
# steps" read a no); after: 11 of 11. Said with new words, the emergency at once (below): before
# 1 of 2 ("since this morning ... take a step" asked on), after 2 of 2.


@pytest.mark.parametrize(("context", "text", "locale"), OWN_22A)
def test_an_inability_without_the_legs_failing_affirms_weakness(context: str, text: str,
                                                                locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("leg_weakness") == "yes", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "since this morning and I can't take a step without my legs buckling", "en-US"),
    ("onset", "suddenly and now I can't walk without my legs giving way", "en-CA"),
])
def test_an_inability_without_the_legs_failing_said_new_warns(context: str, text: str,
                                                              locale: str) -> None:
    _warned(context, text, "new_leg_weakness", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: an ability said with "without" is a no
    ("I can walk without my legs buckling", "en-US"),
    ("I can take a step without my legs giving way", "en-GB"),
    ("no I can stand without my knees giving way", "en-AU"),
])
def test_an_ability_without_the_legs_failing_is_still_a_no(text: str, locale: str) -> None:
    _, answers, flags = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "no" and not flags, (answers, flags)


# -- 22b. "neither leg will hold me": both legs unable, weakness affirmed ------------------------

OWN_22B = [
    ("leg_weakness", "neither leg will hold me", "en-US"),
    ("leg_weakness", "neither of my legs will hold me up", "en-GB"),
    ("leg_weakness", "neither leg can hold my weight", "en-AU"),
    ("leg_weakness", "neither of her legs will take her weight", "en-CA"),
    ("leg_weakness", "well neither leg will support me", "en-IN"),
    ("leg_weakness", "neither of his legs can bear his weight now", "en-GB"),
    ("cauda_equina_signs", "neither leg will hold me", "en-US"),
    ("cauda_equina_signs", "neither of my legs will hold me up", "en-AU"),
    ("side", "both and neither leg will hold me", "en-GB"),
]
# before: 0 of 12 of our own read weakness (these 9, and the 3 warned below); after: 12 of 12


@pytest.mark.parametrize(("context", "text", "locale"), OWN_22B)
def test_neither_leg_holding_affirms_weakness(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("leg_weakness") == "yes", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("leg_weakness", "neither leg would hold me this morning", "en-US"),
    ("onset", "suddenly and neither of my legs will hold me", "en-CA"),
    ("duration", "a day and neither leg can take my weight", "en-IN"),
])
def test_neither_leg_holding_said_new_warns(context: str, text: str, locale: str) -> None:
    _warned(context, text, "new_leg_weakness", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: "neither" said of a sign denied, or as the answer, is a no
    ("neither leg is weak", "en-GB"),
    ("neither, they hold me fine", "en-US"),
    ("no, neither leg has given way", "en-CA"),
])
def test_neither_said_of_a_denied_sign_is_still_a_no(text: str, locale: str) -> None:
    _, answers, flags = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "no" and not flags, (answers, flags)


# -- 22c. a doubt about feeling at the saddle question: hedged and warned, never a no -----------

OWN_22C = [
    ("not sure if I can feel my bum", "en-GB"),
    ("I'm not sure I can feel my bottom", "en-US"),
    ("not sure whether I can feel my backside properly", "en-AU"),
    ("um I don't know if I can feel down there", "en-CA"),
    ("I'm not certain I can feel my bum when I wipe", "en-IN"),
    ("she's not sure if she can feel her bottom", "en-GB"),
    ("I'm not sure if I can really feel it when I sit", "en-US"),
    ("not really sure I can feel my private parts", "en-AU"),
    ("I'm not sure if I can feel my bum or not", "en-GB"),
    ("no idea if I can feel my bottom", "en-US"),
    ("hard to say if I can feel my bum", "en-CA"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_22C)
def test_a_doubt_about_feeling_at_the_saddle_question_warns(text: str, locale: str) -> None:
    _, answers, _ = say_at("saddle_numbness", text, locale)
    assert answers.get("saddle_numbness") == "unsure", answers
    _warned("saddle_numbness", text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU", "en-CA", "en-IN"])
def test_a_doubt_about_feeling_said_to_the_grouped_question_is_asked(locale: str) -> None:
    _, answers, _ = say_at("cauda_equina_signs", "not sure if I can feel my bum", locale)
    assert answers.get("cauda_equina_signs") == "unsure", answers
