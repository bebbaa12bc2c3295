"""Round 25 (clinic25): the twenty-third set's tuning over-triages, by mechanism
(docs/clinical-safety.md, 5zze). In words of our own, said to the offline simulator as Alexa sends
them (no commas), through request envelopes, across the five locales.

25a. A walking aid said as it has long been ("she uses a walker same as always", "he's in a
     wheelchair most of the time", "I use a cane like always", Indian English "he is in
     wheelchair since many years"), told after a numbness dated new or getting worse in a
     sentence of its own ("since this morning his foot has been tingling he uses a stick"): with
     no commas the two sentences were one clause, the numbness's new words dated the aid, and the
     aid was recorded as a weakness not sure at once (with a sudden start, the emergency); a
     wheelchair was not read as an aid at all. The aid now has its own sentence (from the last
     subject before it, when what stands before tells a complaint of its own) and a wheelchair is
     an aid: it is checked with its own timing in weeks ("Has your walking or the weakness got
     worse, or changed at all, in the last few weeks?"); a yes or "not sure" is the new weakness
     at once, a no records it long-standing. Controls: an aid said new, begun, or beside a
     weakness said new keeps the warning at once.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first


def _said(locale: str, *texts: str) -> tuple[str, str]:
    """The last reply's speech and the screening's history after `texts`, the first said as the
    opening."""
    sim = Simulator(locale=locale)
    sim.launch()
    speech = ""
    for text in texts:
        speech = sim.say(text).speech
    return speech, sim.session_attributes.get("screening", {}).get("history", "")


_CHECK = "walking or the weakness got worse"

# -- 25a ------------------------------------------------------------------------------------------

OLD_AID_BESIDE_A_NUMBNESS_OF_ITS_OWN = [
    ("en-GB", "since this morning my dad's left foot has been tingling he uses a stick same as "
              "always"),
    ("en-US", "my wife's thigh has been burning since Tuesday she's used a walker for years"),
    ("en-AU", "me mum's feet have been getting more and more numb over the past few months she "
              "uses a frame but that's nothing new"),
    ("en-CA", "since last night my right calf is numb I use a cane like always"),
    ("en-IN", "since two days my mother's feet are tingling she is using walker since many years"),
    ("en-GB", "his toes have gone numb since yesterday he's in a wheelchair most of the time"),
    ("en-US", "I'm in a wheelchair for years and since Friday my left thigh has been burning"),
    ("en-AU", "over the last few weeks my feet have got more numb and I get about with a walker "
              "same as ever"),
    ("en-IN", "my father is in wheelchair since many years because of his knees since yesterday "
              "his left foot is numb"),
    ("en-CA", "her shin has been tingling since this morning she walks with a rollator that's "
              "nothing new"),
    ("en-GB", "the tingling in my feet is getting worse every month I've used a stick for years"),
    ("en-US", "one of our residents has had a burning patch on her hip since yesterday she uses a "
              "wheelchair same as always"),
]
# before (bafa7aa): 2 of these 12 were checked (the walker "for years" and "same as ever", with
# no new words before them in the clause); 5 were warned at once (3 the emergency: the aid a
# weakness not sure with a sudden start; 2 same-day care: the numbness's "more and more" or
# "getting worse" given to the aid as a weakness got worse); 5 read no aid at all (four
# wheelchairs, a walker with no article: the weakness then asked plainly, and a yes with a
# sudden start is the emergency; the Indian English walker's "since many years" was taken as
# the numbness's length); after: 12 of 12 checked, none warned, no "got worse" recorded.


@pytest.mark.parametrize(("locale", "opening"), OLD_AID_BESIDE_A_NUMBNESS_OF_ITS_OWN)
def test_an_old_aid_beside_a_numbness_of_its_own_is_checked_not_taken_new(
        locale: str, opening: str) -> None:
    speech, history = _said(locale, opening)
    assert not warned_first(speech), (speech, history)
    assert "leg_weakness" not in history and "weakness_worse" not in history, history
    assert _CHECK in speech, speech


@pytest.mark.parametrize(("locale", "opening", "answer", "warned"), [
    ("en-GB", "since this morning my dad's left foot has been tingling he uses a stick same as "
              "always", "yes", True),
    ("en-US", "one of our residents has had a burning patch on her hip since yesterday she uses "
              "a wheelchair same as always", "not sure", True),
    ("en-AU", "me mum's feet have been getting more and more numb over the past few months she "
              "uses a frame but that's nothing new", "no", False),
    ("en-IN", "my father is in wheelchair since many years because of his knees since yesterday "
              "his left foot is numb", "no", False),
])
def test_the_check_of_an_old_aid_decides_it(locale: str, opening: str, answer: str,
                                            warned: bool) -> None:
    """A yes or "not sure" to the check is the new weakness, warned at once (rule 3); a no
    records the weakness as long-standing and no worse, and the screening goes on."""
    speech, history = _said(locale, opening, answer)
    assert warned_first(speech) is warned, (speech, history)


@pytest.mark.parametrize(("locale", "opening"), [
    # controls: an aid said new or begun, or beside a weakness said new, warns at once
    ("en-GB", "since yesterday my legs are weak and I've had to start using a stick"),
    ("en-US", "she's used a walker for years and since yesterday she can't walk at all"),
    ("en-AU", "me feet went numb this morning and I need a frame now"),
    ("en-IN", "since two days he is in wheelchair his legs are not working"),
    ("en-CA", "since Sunday my feet are numb and my walking is getting worse I use a cane"),
    ("en-US", "since this morning my leg is numb and I'm in a wheelchair since yesterday"),
    ("en-GB", "I've used a stick for years but since Tuesday my legs keep giving way"),
    ("en-US", "my feet have been numb since yesterday and she uses a walker now"),
    ("en-IN", "since yesterday my father's foot is numb and he has started using walker"),
    ("en-AU", "since this morning me foot's numb and I've been in a wheelchair since yesterday"),
    ("en-GB", "his foot went numb this morning he's been in a wheelchair since Tuesday"),
])
def test_an_aid_said_new_still_warns_at_once(locale: str, opening: str) -> None:
    # before (bafa7aa): 7 of these 11 warned; the four with a wheelchair or an article-less
    # walker said new read nothing; after: 11 of 11
    speech, history = _said(locale, opening)
    assert warned_first(speech), (speech, history)
