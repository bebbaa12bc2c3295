"""Everyday phrasings that are not in the interaction model must still reach the right intent
(or a free-speech intent whose words the reader reads as that intent would mean).

People do not say the model's samples word for word: they add "actually", "really" or "then",
swap "can you" for "could you", or answer "yes it is" to "Is it ...?". Each phrasing below is
checked, through the simulator's NLU (`Simulator.resolve`, nothing sent to the skill), to
resolve to its intent and, where the intent has one, its slot value id (or normalised value).

Each phrasing must also *not* be a sample: not a model sample (with any value or synonym of its
custom slot types filled in) and not one of Alexa's common phrasings of a built-in intent. A
phrasing that becomes a sample is no longer a test of tolerance and should be replaced here.
"""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from alexa_simulator import Simulator
from alexa_simulator.builtins import BUILTIN_INTENT_SAMPLES
from alexa_simulator.model import placeholders
from alexa_simulator.normalise import tokens
from skill.alexa.intents import FREE_SPEECH, SLOT_SPEECH, free_speech
from skill.screening.answers import duration_from_iso
from skill.screening.knowledge import default_knowledge
from skill.understanding.context import condition_named
from skill.understanding.reader import default_reader
from skill.understanding.vocabulary import default_vocabulary

YES, NO, NOT_SURE = "AMAZON.YesIntent", "AMAZON.NoIntent", "NotSureIntent"
SIDE, DURATION, ONSET = "SideAnswerIntent", "DurationAnswerIntent", "OnsetAnswerIntent"
VOLUNTEER, CAUSE, TREATMENT = "VolunteerSymptomIntent", "CauseInfoIntent", "TreatmentIntent"

# (what a person says, the intent it must reach, {slot: value id or normalised value})
PHRASINGS: list[tuple[str, str, dict[str, str]]] = [
    # yes
    ("yeah i think so", YES, {}),
    ("yes i think so", YES, {}),
    ("yeah that's right", YES, {}),
    ("yes absolutely", YES, {}),
    ("yes they are", YES, {}),
    ("yes it has", YES, {}),
    ("yes there is", YES, {}),
    ("yeah i do have that", YES, {}),
    ("yes i did actually", YES, {}),
    ("yes i do actually", YES, {}),
    ("yes it is actually", YES, {}),
    ("yes i am actually", YES, {}),
    ("yes that's right actually", YES, {}),
    # no
    ("nah not really", NO, {}),
    ("nope it hasn't", NO, {}),
    ("no i don't have that", NO, {}),
    ("no i don't think i have", NO, {}),
    ("no i haven't actually", NO, {}),
    ("no it doesn't really", NO, {}),
    ("no i didn't actually", NO, {}),
    ("no it's not really", NO, {}),
    # not sure
    ("honestly no idea", NOT_SURE, {}),
    ("i really don't know", NOT_SURE, {}),
    ("i'm not totally sure", NOT_SURE, {}),
    ("i can't really say", NOT_SURE, {}),
    ("i'm really not sure", NOT_SURE, {}),
    ("i've got no idea", NOT_SURE, {}),
    ("i have absolutely no idea", NOT_SURE, {}),
    # which side
    ("it's only my left one", SIDE, {"side": "one_leg"}),
    ("it's only my left leg really", SIDE, {"side": "one_leg"}),
    ("only in my left leg", SIDE, {"side": "one_leg"}),
    ("mostly in my right leg", SIDE, {"side": "one_leg"}),
    ("it's mainly my left leg", SIDE, {"side": "one_leg"}),
    ("it's in both of my legs really", SIDE, {"side": "both_legs"}),
    ("it's in both legs i think", SIDE, {"side": "both_legs"}),
    # how long
    ("it's been about three weeks", DURATION, {"duration": "P3W"}),
    ("i've had it for about two months", DURATION, {"duration": "P2M"}),
    ("it's been going on for about a year", DURATION, {"duration": "P1Y"}),
    ("for about six months", DURATION, {"duration": "P6M"}),
    ("it started about two weeks ago", DURATION, {"duration": "P2W"}),
    ("roughly a month", DURATION, {"duration": "P1M"}),
    # how it started
    ("it came on all of a sudden really", ONSET, {"onset": "sudden"}),
    ("it started really suddenly", ONSET, {"onset": "sudden"}),
    ("it happened very suddenly", ONSET, {"onset": "sudden"}),
    ("it came on very slowly", ONSET, {"onset": "gradual"}),
    ("it crept up on me slowly", ONSET, {"onset": "gradual"}),
    ("it just came on gradually really", ONSET, {"onset": "gradual"}),
    ("it came on slowly over a few months", ONSET, {"onset": "gradual"}),
    # symptoms said unprompted
    ("my bladder's not working right", VOLUNTEER, {"symptom": "bladder_bowel"}),
    ("i can't control my bladder anymore", VOLUNTEER, {"symptom": "bladder_bowel"}),
    ("i've been wetting myself", VOLUNTEER, {"symptom": "bladder_bowel"}),
    ("i've had some bladder problems", VOLUNTEER, {"symptom": "bladder_bowel"}),
    ("my groin feels numb", VOLUNTEER, {"symptom": "saddle_numbness"}),
    ("i've got a numb groin", VOLUNTEER, {"symptom": "saddle_numbness"}),
    ("my face feels a bit numb too", VOLUNTEER, {"symptom": "face_arm_speech"}),
    ("my leg has gone cold and white", VOLUNTEER, {"symptom": "cold_pale_leg"}),
    ("my left leg is cold and white", VOLUNTEER, {"symptom": "cold_pale_leg"}),
    ("my legs feel really weak", VOLUNTEER, {"symptom": "leg_weakness"}),
    ("i fell down the stairs", VOLUNTEER, {"symptom": "injury"}),
    ("i have a high temperature too", VOLUNTEER, {"symptom": "fever"}),
    ("i'm a type two diabetic", VOLUNTEER, {"symptom": "diabetes"}),
    # causes and treatment
    ("what do you do for sciatica", TREATMENT, {"condition": "sciatica"}),
    ("how is sciatica usually treated", TREATMENT, {"condition": "sciatica"}),
    ("how do you treat sciatica then", TREATMENT, {"condition": "sciatica"}),
    ("how would you treat a slipped disc", TREATMENT, {"condition": "herniated_disc"}),
    ("what's the best treatment for spinal stenosis", TREATMENT,
     {"condition": "spinal_stenosis"}),
    ("what helps with sciatica", TREATMENT, {"condition": "sciatica"}),
    ("can you tell me about restless legs syndrome", CAUSE, {"condition": "restless_legs"}),
    ("tell me all about sciatica", CAUSE, {"condition": "sciatica"}),
    ("could it be sciatica then", CAUSE, {"condition": "sciatica"}),
    ("what could be causing my leg numbness", "CausesOverviewIntent", {}),
    ("what could be causing the tingling", "CausesOverviewIntent", {}),
    ("what causes tingling in my feet", "CausesOverviewIntent", {}),
    ("should i see a doctor about this", "WhenToSeeDoctorIntent", {}),
    ("when should i see a doctor about this", "WhenToSeeDoctorIntent", {}),
    ("do i need to see a doctor about this", "WhenToSeeDoctorIntent", {}),
    ("should i be worried about this", "WhenToSeeDoctorIntent", {}),
    ("is this an emergency then", "WhenToSeeDoctorIntent", {}),
    ("what can i do about it myself", "SelfCareIntent", {}),
    ("how can i help myself at home", "SelfCareIntent", {}),
    ("any self care tips", "SelfCareIntent", {}),
    ("are there any tips", "SelfCareIntent", {}),
    ("what was my last result then", "LastResultIntent", {}),
    ("what was the result last time", "LastResultIntent", {}),
    # steering the conversation
    ("could you say that bit again", "AMAZON.RepeatIntent", {}),
    ("could you repeat that last bit", "AMAZON.RepeatIntent", {}),
    ("would you mind repeating the question", "AMAZON.RepeatIntent", {}),
    ("what was it you just said", "AMAZON.RepeatIntent", {}),
    ("slow down a bit", "SpeakSlowerIntent", {}),
    ("could you slow down", "SpeakSlowerIntent", {}),
    ("could you maybe talk slower", "SpeakSlowerIntent", {}),
    ("could you maybe speak faster", "SpeakFasterIntent", {}),
    ("can you go a tad faster", "SpeakFasterIntent", {}),
    ("speak at your normal speed", "NormalSpeedIntent", {}),
    ("can you speak normally", "NormalSpeedIntent", {}),
    ("i made a mistake there", "GoBackIntent", {}),
    ("let me change that answer", "GoBackIntent", {}),
    ("i gave the wrong answer there", "GoBackIntent", {}),
    ("can i go back", "GoBackIntent", {}),
    ("can we start a new check", "AMAZON.StartOverIntent", {}),
    ("let's start over again", "AMAZON.StartOverIntent", {}),
    ("let's go from the very beginning", "AMAZON.StartOverIntent", {}),
    ("could we maybe skip this one", "SkipIntent", {}),
    ("i'd rather not answer that", "SkipIntent", {}),
    ("what does this skill do exactly", "AMAZON.HelpIntent", {}),
    ("how does this work then", "AMAZON.HelpIntent", {}),
    ("what should i say here", "AMAZON.HelpIntent", {}),
    ("what do you mean", "AMAZON.HelpIntent", {}),
    ("i'm all finished now", "AMAZON.StopIntent", {}),
    ("start a check", "AMAZON.StartOverIntent", {}),
    ("we can finish here", "AMAZON.StopIntent", {}),
]

IDS = [text for text, _, _ in PHRASINGS]


@cache
def simulator() -> Simulator:
    """NLU only: resolve() sends nothing, so no skill is built."""
    return Simulator(locale="en-US")


@cache
def sample_phrasings() -> dict[tuple[str, ...], str]:
    """Every way the model says something word for word, normalised, with its intent."""
    model = simulator().model
    said: dict[tuple[str, ...], str] = {}
    for intent in model.intents:
        types = {slot.name: slot.type for slot in intent.slots}
        for sample in intent.samples:
            names = placeholders(sample)
            options = []
            for name in names:
                slot_type = model.types.get(types[name])
                if slot_type is None:  # a built-in type: the words are not listed
                    options.append(["{" + name + "}"])
                else:
                    options.append([word for value in slot_type.values
                                    for word in (value.name, *value.synonyms)])
            for words in itertools.product(*options):
                text = sample
                for name, word in zip(names, words, strict=True):
                    text = text.replace("{" + name + "}", word, 1)
                said.setdefault(tokens(text), intent.name)
    for name in model.intent_names:
        for phrase in BUILTIN_INTENT_SAMPLES.get(name, ()):
            said.setdefault(tokens(phrase), name)
    return said


def test_there_are_enough_phrasings() -> None:
    assert len(PHRASINGS) >= 50
    assert len(set(IDS)) == len(IDS), "a phrasing is listed twice"


@pytest.mark.parametrize("text", IDS)
def test_phrasing_is_not_a_sample(text: str) -> None:
    same = sample_phrasings().get(tokens(text))
    assert same is None, f"{text!r} is word for word a sample of {same}: pick another phrasing"


def _read_as(match, intent: str, slots: dict[str, str]) -> bool:
    """Whether words routed to a free-speech intent are read as the intent meant: the skill
    reads "<the carrier's meaning> <the slot's words>"."""
    fill = match.slots.get(SLOT_SPEECH)
    reading = default_reader().read(free_speech(match.name, fill.value if fill else ""))
    answers = {YES: "yes", NO: "no", NOT_SURE: "unsure"}
    if intent in answers:
        return reading.answer == answers[intent]
    if intent == SIDE:
        return reading.side == slots["side"]
    if intent == ONSET:
        return reading.onset is not None and (
            default_vocabulary().onset_answers[reading.onset] == slots["onset"])
    if intent == DURATION:
        return reading.duration == duration_from_iso(slots["duration"])
    if intent == VOLUNTEER:
        return any(f.id == slots["symptom"] and f.present for f in reading.findings)
    if intent in (CAUSE, TREATMENT) and "condition" in slots:
        named = condition_named(default_knowledge(), free_speech(match.name, fill.value))
        if named != slots["condition"]:
            return False
        return intent == CAUSE or reading.request == "treatment"
    requests = {"AMAZON.StopIntent": "stop", "AMAZON.RepeatIntent": "repeat",
                "AMAZON.HelpIntent": "help", "GoBackIntent": "go_back",
                "AMAZON.StartOverIntent": "start_over", "SpeakSlowerIntent": "slower",
                "SpeakFasterIntent": "faster", "NormalSpeedIntent": "normal_speed",
                "SkipIntent": "skip", "CausesOverviewIntent": "causes",
                "WhenToSeeDoctorIntent": "when_to_see_doctor", "SelfCareIntent": "self_care",
                "LastResultIntent": "last_result", TREATMENT: "treatment"}
    return requests.get(intent, "-") == reading.request


@pytest.mark.parametrize(("text", "intent", "slots"), PHRASINGS, ids=IDS)
def test_phrasing_resolves(text: str, intent: str, slots: dict[str, str]) -> None:
    match = simulator().resolve(text)
    assert match is not None, f"{text!r} resolves to nothing"
    heard = f"{match.name} (score {match.score:.2f}, sample {match.sample!r})"
    if match.name in FREE_SPEECH:  # free speech: what matters is what the reader makes of it
        assert _read_as(match, intent, slots), f"{text!r} should read as {intent}, got {heard}"
        return
    assert match.name == intent, f"{text!r} should be {intent}, got {heard}"
    for name, expected in slots.items():
        fill = match.slots.get(name)
        assert fill is not None, f"{text!r}: slot {name} is empty ({heard})"
        got = fill.id if fill.id is not None else fill.value
        assert got == expected, (f"{text!r}: slot {name} should be {expected}, got {got} "
                                 f"(heard {fill.heard!r}, {heard})")
