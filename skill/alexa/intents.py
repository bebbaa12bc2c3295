"""Intent and slot names shared by the handlers and the interaction models.

With the answer ids (`ANSWERS_BY_KIND`, `PERIOD_IDS`) and the knowledge base's findings and
conditions, this is the interaction models' contract: scripts/check_interaction_model.py derives
it from here and alexa_simulator.model_check checks every locale's model against it.
"""

from __future__ import annotations

YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
NOT_SURE = "NotSureIntent"
# A denial said with a doubt ("probably not", "not that I know of"): read as these words, which
# a red-flag question checks once rather than taking as a firm no (review4 P2).
HEDGED_NO = "HedgedNoIntent"
HEDGED_NO_WORDS = "i do not think so"
# A no that states the limit of what one knows ("not that I know of"): read as these words, a no
# of oneself, checked once at a red-flag question when a carer speaks of someone else.
KNOWN_NO = "KnownNoIntent"
KNOWN_NO_WORDS = "not that i know of"
SIDE = "SideAnswerIntent"
DURATION = "DurationAnswerIntent"
ONSET = "OnsetAnswerIntent"
VOLUNTEER = "VolunteerSymptomIntent"
CAUSES_OVERVIEW = "CausesOverviewIntent"
CAUSE_INFO = "CauseInfoIntent"
TREATMENT = "TreatmentIntent"
WHEN_TO_SEE_DOCTOR = "WhenToSeeDoctorIntent"
SELF_CARE = "SelfCareIntent"
GO_BACK = "GoBackIntent"
SKIP = "SkipIntent"
SPEAK_SLOWER = "SpeakSlowerIntent"
SPEAK_FASTER = "SpeakFasterIntent"
NORMAL_SPEED = "NormalSpeedIntent"
FORGET_ME = "ForgetMeIntent"
LAST_RESULT = "LastResultIntent"
WHY_ASK = "WhyAskIntent"
HELP = "AMAZON.HelpIntent"
REPEAT = "AMAZON.RepeatIntent"
START_OVER = "AMAZON.StartOverIntent"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
PAUSE = "AMAZON.PauseIntent"
RESUME = "AMAZON.ResumeIntent"
MORE = "AMAZON.MoreIntent"
NEXT = "AMAZON.NextIntent"
NAVIGATE_HOME = "AMAZON.NavigateHomeIntent"
FALLBACK = "AMAZON.FallbackIntent"

# Free speech: intents whose AMAZON.SearchQuery slot sits behind carrier phrases
# (interaction_model/carriers.yaml). A carrier's words are not in the slot value, so each intent
# groups carriers of one meaning, and the skill reads the meaning with the slot's words in place
# of {}: "I haven't had a fall" arrives as NegatedSpeechIntent "had a fall", read as "not had a
# fall"; "four or five days" arrives as DaysSpeechIntent "four or five", read as "four or five
# days".
FREE_SPEECH: dict[str, str] = {
    "FreeSpeechIntent": "{}",
    "ISpeechIntent": "i {}",
    "IAmSpeechIntent": "i am {}",
    "ArticleSpeechIntent": "a {}",
    "ThatSpeechIntent": "that {}",
    "HaveSpeechIntent": "have {}",
    "NegatedSpeechIntent": "not {}",
    "DenialSpeechIntent": "no {}",
    "NoNotSpeechIntent": "no not {}",
    "CantSpeechIntent": "can not {}",
    "LostSpeechIntent": "lost {}",
    "DidSpeechIntent": "i did {}",
    "WentSpeechIntent": "i went {}",
    # round 25 (open25): a past verb said with its "I" dropped ("woke up can't move my legs")
    "WokeSpeechIntent": "i woke {}",
    "StoodSpeechIntent": "i stood {}",
    "SleptSpeechIntent": "i slept {}",
    "SatSpeechIntent": "i sat {}",
    "FeltSpeechIntent": "i felt {}",
    "TriedSpeechIntent": "i tried {}",
    "KeepSpeechIntent": "keep {}",
    "HedgedSpeechIntent": "i think {}",
    "MaybeSpeechIntent": "maybe {}",
    "AlmostSpeechIntent": "almost {}",
    "SinceSpeechIntent": "since {}",
    "StartedSpeechIntent": "it started {}",
    "TodaySpeechIntent": "today {}",
    "NowSpeechIntent": "now {}",
    "YesterdaySpeechIntent": "yesterday {}",
    "ThisWeekSpeechIntent": "this week {}",
    "LastWeekSpeechIntent": "last week {}",
    "WorseSpeechIntent": "worse {}",
    "RelativeSpeechIntent": "my relative {}",
    "RelativesSpeechIntent": "my relative's {}",
    "AgreedSpeechIntent": "yes {}",
    "UnsureSpeechIntent": "not sure {}",
    "SuddenSpeechIntent": "suddenly {}",
    "GradualSpeechIntent": "slowly {}",
    "BothSpeechIntent": "both legs {}",
    "OneSideSpeechIntent": "one leg {}",
    "LeftSpeechIntent": "the left leg {}",
    "RightSpeechIntent": "the right leg {}",
    "AgoSpeechIntent": "{} ago",
    "HoursSpeechIntent": "{} hours",
    "DaysSpeechIntent": "{} days",
    "WeeksSpeechIntent": "{} weeks",
    "MonthsSpeechIntent": "{} months",
    "YearsSpeechIntent": "{} years",
    "HoursThenSpeechIntent": "a few hours, {}",
    "DaysThenSpeechIntent": "a few days, {}",
    "WeeksThenSpeechIntent": "a few weeks, {}",
    "MonthsThenSpeechIntent": "a few months, {}",
    "NumbSpeechIntent": "numbness {}",
    "BurningSpeechIntent": "burning {}",
    "WeaknessSpeechIntent": "weakness {}",
    "BladderSpeechIntent": "bladder {}",
    "GroinSpeechIntent": "groin {}",
    "LegSpeechIntent": "legs {}",
    "FootSpeechIntent": "foot {}",
    "FaceSpeechIntent": "face {}",
    "ArmSpeechIntent": "arm {}",
    "SpeechSpeechIntent": "speech {}",
    "FellSpeechIntent": "fell {}",
    "AccidentSpeechIntent": "accident {}",
    "WoundSpeechIntent": "ulcer {}",
    "DiabeticSpeechIntent": "diabetic {}",
    "SeverePainSpeechIntent": "worst pain {}",
    "MorePainfulSpeechIntent": "more painful than {}",
    "PainkillersSpeechIntent": "painkillers {}",
    "PrescribedSpeechIntent": "the doctor gave me {}",
    "PanicSpeechIntent": "panic attack {}",  # "panic attack, and I've wet myself": carer8, O2
    "WalkingSpeechIntent": "walking {}",
    "PainSpeechIntent": "pain {}",
    "PainIsSpeechIntent": "pain is {}",
    "BackSpeechIntent": "back pain {}",
    "FeverSpeechIntent": "fever {}",
    "OverSpeechIntent": "over {}",
    "SciaticaSpeechIntent": "sciatica {}",
    "BreathingSpeechIntent": "breathing {}",
    "SwallowingSpeechIntent": "swallowing {}",
    "FoodSpeechIntent": "food {}",
    "SexSpeechIntent": "sex {}",
    "WeightSpeechIntent": "weight {}",
    "CastSpeechIntent": "cast {}",
    "ErectionSpeechIntent": "erections {}",
    "BreathlessSpeechIntent": "short of breath {}",
    "WholeSpeechIntent": "my whole {}",
    "ChokingSpeechIntent": "choking {}",
    "LyingSpeechIntent": "lying down {}",
    "WakesSpeechIntent": "it wakes me {}",
    # clinic30 (round 30, 5zzy 30b): every carrier says when it comes ("every night", "most
    # nights", "the nights"), never how long: "nights" alone was read as a length of days
    "NightsSpeechIntent": "at night {}",
    "SteroidsSpeechIntent": "steroids {}",
    "ChemoSpeechIntent": "chemo {}",
    "OsteoporosisSpeechIntent": "osteoporosis {}",
    "BonesSpeechIntent": "bones {}",
    "ClothesSpeechIntent": "clothes {}",
    "BeltSpeechIntent": "belt {}",
    "ShootingSpeechIntent": "shooting {}",
    "SwollenSpeechIntent": "swollen {}",
    "RestingSpeechIntent": "resting {}",
    "SittingSpeechIntent": "sitting {}",
    "AfterSpeechIntent": "after {}",
    "NoneSpeechIntent": "none of {}",
    "NeitherSpeechIntent": "neither {}",  # "neither, I've always been healthy" (round 15)
    "OnlySpeechIntent": "only {}",
    "SometimesSpeechIntent": "sometimes {}",
    "RarelySpeechIntent": "hardly ever {}",  # "rarely, just a shandy now and then" (round 12)
    "NormalSpeechIntent": "{}",  # "is it normal that ...": asks, and says what it asks about
    "QuestionSpeechIntent": "what {}",  # "what", "how": a question, its own word lost
    "ShouldSpeechIntent": "should i {}",
    "NeedSpeechIntent": "do i need to {}",
    "CanSpeechIntent": "can i {}",
    "WhySpeechIntent": "why {}",
    # a request said in fuller words, its opening word put back (round 12): "sorry, could you
    # say that again slower", "hang on, stop a second", "start the whole thing again"
    "PleaseSpeechIntent": "please {}",
    "SorrySpeechIntent": "sorry {}",
    "HoldOnSpeechIntent": "hold on {}",
    # phr40 (round 40, 5zzzzk 40f): "help" said first, kept ("help, I'm not sure how to answer
    # that"): help asked with its reason; a sign said after it is read as before
    "HelpSpeechIntent": "help {}",
    "IsSpeechIntent": "is {}",
    "YouSpeechIntent": "you {}",
    "YouAreSpeechIntent": "you are {}",
    "SaySpeechIntent": "say {}",
    "RepeatSpeechIntent": "repeat {}",
    "AskSpeechIntent": "ask {}",
    "SpeakSpeechIntent": "speak {}",
    "SlowSpeechIntent": "slow {}",
    "SpeedSpeechIntent": "speed {}",
    "StartSpeechIntent": "start {}",
    "StopSpeechIntent": "stop {}",
    "CancelSpeechIntent": "cancel {}",
    "GoSpeechIntent": "go {}",
    "ComeSpeechIntent": "come {}",
    "TakeSpeechIntent": "take me {}",
    # round 32 (phr32, 5zzzf 32r): whose leg it is said first ("mine's just the left, my
    # husband's is the right"): "mine" kept, so whose each side is can be read
    "MineSpeechIntent": "mine is {}",
    # safety33 (round 33, 5zzzh 33a, 33b, 33d): the legs' power said first ("power is less in
    # the right leg"), "took" with its "I" dropped, "tell me" or "read me", "once more" first
    "PowerSpeechIntent": "power {}",
    "TookSpeechIntent": "i took {}",
    # flags33 (round 33, 5zzzi 33k): sweating said first, its "I'm" dropped ("sweating buckets
    # with a temperature"): the sweat is kept, for the reader to weigh with what follows
    "SweatingSpeechIntent": "i am sweating {}",
    # answers34 (round 34, 5zzzq 34s): a habit of the past said first, its "I" dropped ("used
    # to, not any more, I've been dry six years"): "used to" is kept, for the reader to tell a
    # habit said over (a no) from one still going
    "UsedToSpeechIntent": "i used to {}",
    "TellCausesSpeechIntent": "tell me the causes {}",
    "TellTipsSpeechIntent": "tell me the self-care tips {}",
    "TellWhenSpeechIntent": "tell me when to {}",
    "AgainSpeechIntent": "once more {}",
    # phr34 (round 34, 5zzzo 34j): "never mind" or "forget it" said first, kept with what follows
    # (never "not mind ...", a denial of the sign said after it)
    "NeverMindSpeechIntent": "never mind {}",
    "ForgetSpeechIntent": "forget it {}",
    # phr36 (round 36, 5zzzx 36c): a cause named, then what it means asked, the name kept
    "MeanSpeechIntent": "{} what does that mean",
}


def free_speech(intent: str, words: str) -> str:
    """What the person said, as the skill reads it: the intent's meaning around the words.

    A side said of something other than a leg keeps its own part: "my left arm has gone weak"
    (LeftSpeechIntent "arm has gone weak") is the left arm, and "the right side of his face"
    ("of his face ...") the right side, never a leg (carer8: a stroke's side is no leg's side)."""
    meaning = FREE_SPEECH[intent]
    if intent in _SIDES and words:
        first = words.split()[0].lower()
        if first == "of":
            meaning = meaning.replace(" leg ", " side ")
        elif _upper_body(first):
            meaning = meaning.replace(" leg ", " ")
    return meaning.replace("{}", words).strip()


_SIDES = frozenset({"LeftSpeechIntent", "RightSpeechIntent", "OneSideSpeechIntent"})


def _upper_body(word: str) -> bool:
    # imported on first use: a cold start that begins with "open leg check" needs no reader
    from skill.understanding.vocabulary import default_vocabulary

    vocabulary = default_vocabulary()
    return vocabulary.key(word) in vocabulary.upper_body

HANDLED_INTENTS: frozenset[str] = frozenset({
    YES, NO, HEDGED_NO, KNOWN_NO, NOT_SURE, SIDE, DURATION, ONSET, VOLUNTEER, CAUSES_OVERVIEW,
    CAUSE_INFO, TREATMENT, WHEN_TO_SEE_DOCTOR, SELF_CARE, GO_BACK, SKIP, SPEAK_SLOWER, SPEAK_FASTER,
    NORMAL_SPEED, FORGET_ME, LAST_RESULT, WHY_ASK, HELP, REPEAT, START_OVER, STOP, CANCEL, PAUSE,
    RESUME, MORE, NEXT, NAVIGATE_HOME, FALLBACK, *FREE_SPEECH,
})

# Intents that carry a health answer. Logs name them only as "answer": the fixed question order
# would let a sequence of intent names read back the answers (the ninth yes is diabetes).
ANSWER_INTENTS: frozenset[str] = frozenset({YES, NO, HEDGED_NO, KNOWN_NO, NOT_SURE, SIDE,
                                            DURATION, ONSET, VOLUNTEER, *FREE_SPEECH})


def logged_name(intent: str) -> str:
    """What a log line may say about an intent: "answer", its name, or "unknown"."""
    if intent in ANSWER_INTENTS:
        return "answer"
    return intent if intent in HANDLED_INTENTS else "unknown"


# Slots
SLOT_SIDE = "side"
SLOT_ONSET = "onset"
SLOT_DURATION = "duration"
SLOT_PERIOD = "period"
SLOT_SYMPTOM = "symptom"
SLOT_CONDITION = "condition"
SLOT_SPEECH = "speech"

# Each intent's slots and their types; an intent not listed here has none.
SLOT_TYPES: dict[str, dict[str, str]] = {
    SIDE: {SLOT_SIDE: "LegSide"},
    DURATION: {SLOT_DURATION: "AMAZON.DURATION", SLOT_PERIOD: "DurationPeriod"},
    ONSET: {SLOT_ONSET: "OnsetSpeed"},
    VOLUNTEER: {SLOT_SYMPTOM: "SymptomType"},
    CAUSE_INFO: {SLOT_CONDITION: "ConditionName"},
    TREATMENT: {SLOT_CONDITION: "ConditionName"},
    **{name: {SLOT_SPEECH: "AMAZON.SearchQuery"} for name in FREE_SPEECH},
}
