"""What Alexa knows without being told: built-in intents' phrasings and built-in slot types.

A model lists AMAZON.YesIntent with no samples and Alexa still hears "yeah" as yes; the simulator
must too, so these phrasings are merged with whatever samples the model adds. Only built-in
intents the model declares are active, as on Alexa.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from alexa_simulator import numbers

BUILTIN_INTENT_SAMPLES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": (
        "yes", "yeah", "yep", "yup", "ya", "yah", "sure", "correct", "that's correct", "right",
        "that's right", "ok", "okay", "absolutely", "of course", "definitely", "affirmative",
        "i do", "i did", "i have", "i am", "it is", "it does", "yes it is", "yes i do",
        "yes i have", "uh huh", "i think so", "indeed", "true", "you bet", "sounds good",
        "go ahead", "do it", "please do", "yes sure", "sure thing", "certainly", "yes indeed",
    ),
    "AMAZON.NoIntent": (
        "no", "nope", "nah", "no thanks", "no thank you", "not really", "i don't", "i didn't",
        "i haven't", "i am not", "it isn't", "it doesn't", "no it isn't", "no i don't",
        "no i haven't", "negative", "incorrect", "wrong", "not at all", "i don't think so",
        "no way", "never", "definitely not", "of course not", "no it's not", "false",
    ),
    "AMAZON.HelpIntent": (
        "help", "help me", "what can i say", "what can i do", "what do i say", "what do i do",
        "how does this work", "how do i use this", "i need help", "can you help me",
        "what are my options", "instructions", "i'm confused", "i'm lost",
    ),
    "AMAZON.RepeatIntent": (
        "repeat", "repeat that", "say that again", "say it again", "come again",
        "what did you say", "pardon", "pardon me", "sorry what", "can you repeat that",
        "please repeat", "one more time", "again", "i didn't catch that", "i didn't hear you",
        "repeat the question", "what was that",
    ),
    "AMAZON.StopIntent": (
        "stop", "stop it", "shut up", "be quiet", "quiet", "off", "enough", "that's enough",
        "stop talking", "i'm done", "goodbye", "bye",
    ),
    "AMAZON.CancelIntent": (
        "cancel", "cancel that", "never mind", "forget it", "cancel it", "abort",
    ),
    "AMAZON.StartOverIntent": (
        "start over", "restart", "start again", "begin again", "from the beginning",
        "start from the beginning", "reset", "start from scratch", "let's start over",
    ),
    "AMAZON.PauseIntent": (
        "pause", "pause that", "hold on", "wait", "wait a minute", "give me a moment",
        "hang on", "one moment",
    ),
    "AMAZON.ResumeIntent": (
        "resume", "continue", "carry on", "keep going", "go on", "let's continue",
    ),
    "AMAZON.MoreIntent": (
        "more", "tell me more", "what else", "more information", "more details", "go on",
        "more please",
    ),
    "AMAZON.NextIntent": ("next", "next one", "go next", "the next one", "skip", "next question"),
    "AMAZON.PreviousIntent": ("previous", "go back", "back", "the previous one", "last one"),
    "AMAZON.NavigateHomeIntent": ("home", "go home", "main menu", "go to the home screen"),
    "AMAZON.FallbackIntent": (),
}

# Utterances Alexa itself acts on while a session is open (the skill gets SessionEndedRequest).
EXIT_PHRASES = frozenset({("exit",), ("exit", "skill"), ("quit", "skill")})

SlotNormaliser = Callable[[Sequence[str]], "str | None"]

# Built-in types whose words must parse; their value is the normalised form.
STRICT_SLOT_TYPES: dict[str, SlotNormaliser] = {
    "AMAZON.NUMBER": numbers.number_value,
    "AMAZON.FOUR_DIGIT_NUMBER": numbers.four_digit_value,
    "AMAZON.Ordinal": numbers.ordinal_value,
    "AMAZON.ORDINAL": numbers.ordinal_value,
    "AMAZON.DURATION": numbers.duration_value,
    "AMAZON.DATE": numbers.date_value,
}

# Built-in types meant for free text: any words are accepted as the value, without resolutions.
PHRASE_SLOT_TYPES = frozenset({"AMAZON.SearchQuery"})


def is_builtin_type(type_name: str) -> bool:
    """True for AMAZON.* slot types (their values come from Alexa, not from the model)."""
    return type_name.startswith("AMAZON.")
