"""Round 26 (dur26): control and information requests and durations, taken as mechanisms and said
in words of our own to the offline simulator at a real point of a screening, across the five
locales, with controls beside each rule (docs/clinical-safety.md 5zzi). No held-back material was
read.

26a. Why a question is asked, said in more words ("why do you need to know about my bowels", "why
are you asking me about cancer", "what has my thyroid got to do with it"): the reason, then the
same question (as WhyAskIntent), never the overview of causes "why" alone asks for. What a word
of the question means ("what do you mean by saddle", "what does saddle mean") is help, and the
word asked about is named, never said of oneself: no saddle numbness heard, no flag. A sign
told beside either ("what do you mean by saddle, my bum is numb", "why are you asking about my
face it is drooping") is read and warned as before (rule 1).

26b. What causes a condition named ("what causes diabetic neuropathy", "why would I be low on
B12"): that condition's own information, not the overview; with none named ("what causes it"),
the overview as before.

26c. A unit written short ("2 wks, give or take", "bout 12 hrs", "roughly 4 mths"): the unit.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import _canonical_speech, screening
from tests.understanding.test_words_in_context import CONTEXTS, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _same_reply_as(context: str, text: str, locale: str, intent: str,
                   slots: dict[str, str] | None = None) -> None:
    """`text` said at `context` gets the reply the intent itself gets there, raises no flag and
    leaves the screening where the intent leaves it."""
    said_sim = CONTEXTS.open(locale, context)
    said = said_sim.say(text)
    wanted_sim = CONTEXTS.open(locale, context)
    wanted = wanted_sim.intent(intent, slots or {})
    assert _canonical_speech(wanted.speech) in _canonical_speech(said.speech), said.speech
    got, want = screening(said_sim), screening(wanted_sim)
    assert (got.history, got.current, got.finished) == (want.history, want.current,
                                                        want.finished)
    assert not (got.red_flags or got.unsure_flags), said.speech


# -- 26a. why a question is asked, and what a word of it means --------------------------------

OWN_26A_WHY = [
    ("bladder_bowel", "why do you need to know about my bowels", "en-GB"),
    ("bladder_bowel", "why are you asking about my bladder", "en-US"),
    ("cancer_history", "why are you asking me about cancer", "en-AU"),
    ("saddle_numbness", "why do you want to know about my bum", "en-AU"),
    ("alcohol", "why do you need to know how much I drink", "en-GB"),
    ("diabetes", "why you are asking about sugar", "en-IN"),
    ("thyroid", "what has my thyroid got to do with it", "en-GB"),
    ("fever", "why do you want to know if I've had a fever", "en-CA"),
    ("back_pain", "why are you asking about my back", "en-US"),
    ("b12_risk", "what's B12 got to do with it", "en-GB"),
    ("diabetes", "what does diabetes have to do with my legs", "en-AU"),
    # a no said first, then why: the reason and the same question again, answered then
    ("alcohol", "no, why do you ask", "en-AU"),
]
OWN_26A_HELP = [
    ("saddle_numbness", "what do you mean by saddle", "en-GB"),
    ("saddle_numbness", "what do you mean by the saddle area", "en-US"),
    ("saddle_numbness", "what is meant by saddle area", "en-IN"),
    ("saddle_numbness", "sorry, what does saddle mean", "en-GB"),
    ("bladder_bowel", "what do you mean by trouble with my bowels", "en-CA"),
    ("cold_pale_leg", "what do you mean by pale", "en-GB"),
    ("leg_weakness", "what do you mean by weak", "en-IN"),
]
# before (base af4b921): 2 of 19 (the why read as "what causes it", the word asked about read as
# said: "what do you mean by saddle" warned of cauda equina); after: 19 of 19


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26A_WHY)
def test_why_a_question_is_asked_in_more_words_gets_the_reason(context: str, text: str,
                                                                locale: str) -> None:
    _same_reply_as(context, text, locale, "WhyAskIntent")


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26A_HELP)
def test_what_a_word_of_the_question_means_is_help_and_no_sign(context: str, text: str,
                                                               locale: str) -> None:
    _same_reply_as(context, text, locale, "AMAZON.HelpIntent")


# a red flag told in the same breath as a control or information request: warned first
OWN_26A_WARNED = [
    ("saddle_numbness", "what do you mean by saddle, my bum is numb", "en-GB",
     "cauda_equina_saddle"),
    ("saddle_numbness", "what do you mean by saddle my bum has gone numb", "en-GB",
     "cauda_equina_saddle"),
    ("saddle_numbness", "what do you mean, my bum is numb", "en-GB", "cauda_equina_saddle"),
    ("face_arm_speech", "say that again, my face has gone droopy", "en-GB", "stroke_signs"),
    ("face_arm_speech", "pardon, my face is drooping", "en-US", "stroke_signs"),
    ("cold_pale_leg", "you what? my leg's gone cold and white", "en-AU", "limb_ischaemia"),
    ("face_arm_speech", "what do you mean, my face is drooping", "en-GB", "stroke_signs"),
    ("face_arm_speech", "why do you ask, my face is drooping", "en-GB", "stroke_signs"),
    ("face_arm_speech", "why are you asking about my face it is drooping", "en-US",
     "stroke_signs"),
    ("cold_pale_leg", "what do you mean by pale my foot is white and cold", "en-AU",
     "limb_ischaemia"),
    ("cold_pale_leg", "what happened was my foot went cold and white", "en-GB",
     "limb_ischaemia"),
    ("saddle_numbness", "what's numb is my bum", "en-AU", "cauda_equina_saddle"),
    # "not sure" said with it: the word is not masked, the sign read as before (a doubt is asked
    # about, never dropped; found by supplement_b2?_*: sx-b27-yn-0020 had read as a yes and
    # warned, and with the mask read as help and not warned)
    ("saddle_numbness", "what do you mean by saddle? I'm not sure", "en-GB",
     "cauda_equina_saddle"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_26A_WARNED)
def test_a_red_flag_beside_a_request_is_still_warned(context: str, text: str, locale: str,
                                                     flag: str) -> None:
    _warned(context, text, flag, locale)


# controls: a sign told after the request is still the answer (bladder trouble is timed first,
# by design), and a question word or "again" inside an answer keeps its reading
OWN_26A_ANSWERS = [
    ("bladder_bowel", "why do you need to know about my bowels, I've wet myself", "en-GB", "yes"),
    ("bladder_bowel", "why are you asking about my bladder I can't pee", "en-US", "yes"),
    ("bladder_bowel", "why do you ask, I've been wetting myself", "en-GB", "yes"),
    ("leg_weakness", "what do you mean by weak, my legs keep giving way", "en-GB", "yes"),
    ("leg_weakness", "what I mean is my legs keep giving way", "en-US", "yes"),
    ("bladder_bowel", "no, why", "en-GB", "no"),
    ("diabetes", "yes, I don't know why", "en-GB", "yes"),
    ("back_pain", "no, I don't know why you'd think that", "en-GB", "no"),
    ("onset", "it came on suddenly again", "en-GB", "sudden"),
]


@pytest.mark.parametrize(("context", "text", "locale", "want"), OWN_26A_ANSWERS)
def test_an_answer_beside_a_question_word_keeps_its_reading(context: str, text: str,
                                                            locale: str, want: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == want, answers


# -- 26b. what causes a condition named --------------------------------------------------------

OWN_26B = [
    ("what causes a B12 deficiency", "en-GB", "b12_deficiency"),
    ("what causes diabetic neuropathy", "en-US", "diabetic_neuropathy"),
    ("so what causes sciatica", "en-AU", "sciatica"),
    ("what causes spinal stenosis", "en-CA", "spinal_stenosis"),
    ("what is the cause of peripheral neuropathy", "en-IN", "peripheral_neuropathy"),
    ("what gives you restless legs", "en-GB", "restless_legs"),
    ("what could cause multiple sclerosis", "en-US", "multiple_sclerosis"),
    ("why would I be low on B12", "en-GB", "b12_deficiency"),
    ("why do people get sciatica", "en-AU", "sciatica"),
    ("what causes an underactive thyroid", "en-GB", "hypothyroidism"),
    ("what is causing the diabetic neuropathy", "en-IN", "diabetic_neuropathy"),
    ("what causes a slipped disc", "en-CA", "herniated_disc"),
]
# before (base af4b921): 2 of 12 (the rest the overview of causes); after: 12 of 12


@pytest.mark.parametrize(("text", "locale", "condition"), OWN_26B)
def test_what_causes_a_condition_named_tells_of_that_condition(text: str, locale: str,
                                                               condition: str) -> None:
    _same_reply_as("causes_offered", text, locale, "CauseInfoIntent", {"condition": condition})


def test_what_causes_a_condition_named_mid_screening_keeps_the_question() -> None:
    _same_reply_as("b12_risk", "why would I be low on B12", "en-GB", "CauseInfoIntent",
                   {"condition": "b12_deficiency"})


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("what causes it", "CausesOverviewIntent", None),
    ("what causes numb legs", "CausesOverviewIntent", None),
    ("how is sciatica treated", "TreatmentIntent", {"condition": "sciatica"}),
    ("tell me about sciatica", "CauseInfoIntent", {"condition": "sciatica"}),
])
def test_causes_with_no_condition_named_stay_the_overview(text: str, intent: str,
                                                          slots: dict[str, str] | None) -> None:
    _same_reply_as("causes_offered", text, "en-GB", intent, slots)


# -- 26c. a unit written short -----------------------------------------------------------------

OWN_26C = [
    ("2 wks, give or take", "en-AU", "weeks"),
    ("about 3 wks now", "en-GB", "weeks"),
    ("48 hrs", "en-US", "days"),
    ("6 hrs only", "en-IN", "hours"),
    ("a couple of yrs", "en-CA", "months"),
    ("maybe 5 wks", "en-AU", "weeks"),
    ("since 2 wks", "en-IN", "weeks"),
    ("it's been 10 days, maybe 2 wks", "en-GB", "weeks"),
    ("bout 12 hrs", "en-US", "hours"),
    ("roughly 4 mths I'd say", "en-GB", "months"),
]
# before (base af4b921): 4 of 13 with the three below; after: 10 of 13. Said bare, with no other
# word ("2 yrs or so", "3 mths", "6 wks"), the simulator's model finds no intent for a typed
# abbreviation (Alexa hears the spoken word): not read either way, a gap left
OWN_26C_BARE = [("2 yrs or so", "en-GB", "months"), ("3 mths", "en-US", "months"),
                ("6 wks", "en-GB", "weeks")]
CONTROLS_26C = [
    ("I'm 48, it's been 2 weeks", "en-GB", "weeks"),
    ("I walk 3 miles a day, it's been a month", "en-US", "weeks"),
    ("2 weeks", "en-GB", "weeks"),
    ("a few hours", "en-AU", "hours"),
]


@pytest.mark.parametrize(("text", "locale", "want"), OWN_26C + CONTROLS_26C)
def test_a_unit_written_short_is_the_unit(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") in ({want, "days", "hours"} if want == "days" else {want}), \
        answers
    assert not flags
