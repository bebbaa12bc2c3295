"""Round 25 (open25): a safety gap found by round 25's clinic tuner (docs/clinical-safety.md 5zze,
"Left: the two answers not understood"), taken as a mechanism and said in words of our own to the
offline simulator at the opening and at a mid-screening question, across the five locales, with
controls beside the rule (docs/clinical-safety.md 5zzf).

25a. An answer opened by a past verb with its "I" dropped ("woke up can't move either leg",
"stood up and my legs gave way", "slept on me leg funny it's tingly", "sat on the loo and
couldn't feel the paper", "felt my leg give way", "noticed my foot went cold") matched no carrier
phrase, so the model sent AMAZON.FallbackIntent and nothing reached the reader: a red flag told
that way was not warned. Carrier phrases in interaction_model/carriers.yaml (WokeSpeechIntent,
StoodSpeechIntent, SleptSpeechIntent, SatSpeechIntent, FeltSpeechIntent, TriedSpeechIntent, and
"noticed ..." in FreeSpeechIntent) now carry them in every locale's model, with the "I" and the
verb put back, so each is read exactly as it is with "I" before it ("slept on" and "sat on" stay
positional).
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import CONTEXTS, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

LOCALES = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")

# -- 25a. a past verb with its "I" dropped reaches the reader -------------------------------------

OWN_25A_WARNED = [
    ("woke up and my face was drooping", "stroke_signs", "en-AU"),
    ("got up this morning and my face was drooping", "stroke_signs", "en-GB"),
    ("sat on the loo and couldn't feel the paper", "cauda_equina_saddle", "en-GB"),
    ("sat on the toilet and my bum was numb", "cauda_equina_saddle", "en-IN"),
    ("woke up and wet the bed and my bum is numb", "cauda_equina_saddle", "en-GB"),
    ("came home from work and my speech was slurred", "stroke_signs", "en-AU"),
    ("woke up with my speech all slurred", "stroke_signs", "en-US"),
    ("stood up and my face had dropped on one side", "stroke_signs", "en-CA"),
    ("felt my arm go weak and my face droop", "stroke_signs", "en-IN"),
    ("noticed my bum has gone numb", "cauda_equina_saddle", "en-CA"),
    ("tried to talk and my speech was slurred", "stroke_signs", "en-GB"),
]

# findings the screening goes on to ask about (weakness and a cold leg warn once known to be new or
# sudden): read as they are read with "I" before them
OWN_25A_READ = [
    ("woke up can't move either leg both numb", "en-GB"),
    ("woke up couldn't feel my legs", "en-US"),
    ("stood up and my legs gave way", "en-CA"),
    ("slept on me leg funny it's tingly", "en-GB"),
    ("woke up with my leg cold and white", "en-US"),
    ("noticed my foot went cold and pale", "en-AU"),
    ("felt my leg give way on the stairs", "en-CA"),
    ("slept funny on my leg and it's gone dead", "en-CA"),
    ("sat cross legged for ages and my foot went numb", "en-US"),
    ("noticed tingling in my feet a few weeks ago", "en-AU"),
    ("tried to stand and my legs gave way", "en-IN"),
    ("well woke up and my legs were weak", "en-GB"),
]
ALL_25A = [(text, locale) for text, _, locale in OWN_25A_WARNED] + OWN_25A_READ
# before (base bafa7aa), the 23 sentences above at the opening and at "leg_weakness": 8 of 46 read
# as with "I" (those opened by "got", "came": carriers already there), 4 of the 22 red flags warned
# first, 0 of 3 positional; after: 46 of 46, 22 of 22, 3 of 3 (the 85 controls: kept, before and
# after)


@pytest.mark.parametrize("context", ["onset", "leg_weakness"])
@pytest.mark.parametrize(("text", "flag", "locale"), OWN_25A_WARNED)
def test_a_red_flag_told_after_a_past_verb_without_i_is_warned_first(context: str, text: str,
                                                                    flag: str, locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize("context", ["onset", "leg_weakness"])
@pytest.mark.parametrize(("text", "locale"), ALL_25A)
def test_a_past_verb_without_i_is_read_as_with_i(context: str, text: str, locale: str) -> None:
    said = say_at(context, text, locale)
    with_i = say_at(context, "I " + text.removeprefix("well "), locale)
    assert said[1:] == with_i[1:], (said, with_i)
    assert CONTEXTS.open(locale, context).resolve(text).name != "AMAZON.FallbackIntent"


@pytest.mark.parametrize(("text", "locale"), [
    ("slept on me leg funny it's tingly", "en-GB"),
    ("sat on my foot and it went numb", "en-AU"),
    ("slept on my leg and it's dead", "en-IN"),
])
def test_slept_on_and_sat_on_without_i_stay_positional(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("positional") == "yes" and not flags, (answers, flags)


# -- controls: requests and answers keep their intent ---------------------------------------------

CONTROLS = [
    ("stop", "AMAZON.StopIntent"),
    ("cancel", "AMAZON.CancelIntent"),
    ("go back", "GoBackIntent"),
    ("start over", "AMAZON.StartOverIntent"),
    ("repeat that", "AMAZON.RepeatIntent"),
    ("help", "AMAZON.HelpIntent"),
    ("yes", "AMAZON.YesIntent"),
    ("no", "AMAZON.NoIntent"),
    ("not sure", "NotSureIntent"),
    ("what causes leg numbness", "CausesOverviewIntent"),
    ("i woke up and can't move my legs", "ISpeechIntent"),
    ("fell off a ladder", "FellSpeechIntent"),
    ("went for a run and my foot's numb", "WentSpeechIntent"),
    ("came on slowly", "FreeSpeechIntent"),
    ("started last week", "StartedSpeechIntent"),
    ("got pins and needles", "HaveSpeechIntent"),
    ("i feel numb", "FreeSpeechIntent"),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("text", "intent"), CONTROLS)
def test_requests_and_answers_keep_their_intent(text: str, intent: str, locale: str) -> None:
    match = CONTEXTS.open(locale, "leg_weakness").resolve(text)
    assert match is not None and match.name == intent, match
