"""Intent and slot names shared by the handlers and the interaction models.

With the answer ids (`ANSWERS_BY_KIND`, `PERIOD_IDS`) and the knowledge base's findings and
conditions, this is the interaction models' contract: scripts/check_interaction_model.py derives
it from here and alexa_simulator.model_check checks every locale's model against it.
"""

from __future__ import annotations

YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
NOT_SURE = "NotSureIntent"
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

HANDLED_INTENTS: frozenset[str] = frozenset({
    YES, NO, NOT_SURE, SIDE, DURATION, ONSET, VOLUNTEER, CAUSES_OVERVIEW, CAUSE_INFO, TREATMENT,
    WHEN_TO_SEE_DOCTOR, SELF_CARE, GO_BACK, SKIP, SPEAK_SLOWER, SPEAK_FASTER, NORMAL_SPEED,
    FORGET_ME, LAST_RESULT, WHY_ASK, HELP, REPEAT, START_OVER, STOP, CANCEL, PAUSE, RESUME, MORE,
    NEXT, NAVIGATE_HOME, FALLBACK,
})

# Intents that carry a health answer. Logs name them only as "answer": the fixed question order
# would let a sequence of intent names read back the answers (the ninth yes is diabetes).
ANSWER_INTENTS: frozenset[str] = frozenset({YES, NO, NOT_SURE, SIDE, DURATION, ONSET, VOLUNTEER})


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

# Each intent's slots and their types; an intent not listed here has none.
SLOT_TYPES: dict[str, dict[str, str]] = {
    SIDE: {SLOT_SIDE: "LegSide"},
    DURATION: {SLOT_DURATION: "AMAZON.DURATION", SLOT_PERIOD: "DurationPeriod"},
    ONSET: {SLOT_ONSET: "OnsetSpeed"},
    VOLUNTEER: {SLOT_SYMPTOM: "SymptomType"},
    CAUSE_INFO: {SLOT_CONDITION: "ConditionName"},
    TREATMENT: {SLOT_CONDITION: "ConditionName"},
}
