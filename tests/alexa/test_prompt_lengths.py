"""How long Leg Check talks, in spoken words, and whether every question takes a one-word answer.

Bounds: a question (text or rephrase) at most 25 words; the launch response (launch line plus the
first question) at most 40 words in every locale; in a whole conversation every reply that keeps
the session open ends with a question and has a reprompt of its own. The measurements are those of
scripts/prompt_lengths.py, which prints the figures.
"""

from __future__ import annotations

from typing import Any

import pytest

import scripts.prompt_lengths as measures
from alexa_simulator import Simulator
from skill.screening.answers import duration_from_period
from skill.screening.knowledge import ANSWERS_BY_KIND, default_knowledge
from skill.screening.locale import supported_locales

MAX_QUESTION_WORDS = 25
MAX_LAUNCH_WORDS = 40


words = measures.words
KB = default_knowledge()
LOCALES = supported_locales()
QUESTIONS = measures.question_texts(KB)

# What each one-word answer must resolve to: the intent, and the slot and id that carry it.
ANSWER_RESOLUTION: dict[str, tuple[str, str | None]] = {
    "yes": ("AMAZON.YesIntent", None),
    "no": ("AMAZON.NoIntent", None),
    "unsure": ("NotSureIntent", None),
    "one_leg": ("SideAnswerIntent", "side"),
    "both_legs": ("SideAnswerIntent", "side"),
    "sudden": ("OnsetAnswerIntent", "onset"),
    "gradual": ("OnsetAnswerIntent", "onset"),
    "hours": ("DurationAnswerIntent", "period"),
    "days": ("DurationAnswerIntent", "period"),
    "weeks": ("DurationAnswerIntent", "period"),
    "months": ("DurationAnswerIntent", "period"),
}


def history_of(attributes: dict[str, Any]) -> list[tuple[str, str]]:
    """(finding, answer) pairs from the stored history ("onset=gradual diabetes=yes+")."""
    tokens = attributes["screening"]["history"].split()
    return [tuple(token.rstrip("+").split("=", 1)) for token in tokens]  # type: ignore[misc]


@pytest.fixture(scope="module")
def handler() -> Any:
    return measures.make_handler()


@pytest.fixture(scope="module")
def conversations(handler) -> dict[tuple[str, str], list[Any]]:
    """Each locale's two whole conversations, held once for the module."""
    return {
        (locale, name): run(locale, handler)
        for locale in LOCALES
        for name, run in (("routine", measures.routine_conversation),
                          ("red flag", measures.flag_conversation))
    }


def test_words_counts_spoken_words():
    assert words("Call 9 9 9 now, or go to A and E.") == 11
    assert words("First: Did it come on suddenly, or slowly?") == 8
    assert words(" - ") == 0
    assert words(None) == 0


# ---------------------------------------------------------------- questions


@pytest.mark.parametrize(("question", "field", "text"), QUESTIONS,
                         ids=[f"{q}-{f}" for q, f, _ in QUESTIONS])
def test_question_is_short(question: str, field: str, text: str):
    assert words(text) <= MAX_QUESTION_WORDS, (
        f"{question} {field}: {words(text)} words (at most {MAX_QUESTION_WORDS}): {text!r}"
    )


# ---------------------------------------------------------------- launch


@pytest.mark.parametrize("locale", LOCALES)
def test_launch_response_is_short(handler, locale: str):
    reply = measures.launch(locale, handler)
    first = KB.questions[0].text
    assert first in reply.speech, "the launch response asks the first question"
    assert words(reply.speech) <= MAX_LAUNCH_WORDS, (
        f"{locale}: the launch response is {words(reply.speech)} words "
        f"(at most {MAX_LAUNCH_WORDS}): {reply.speech!r}"
    )


# ---------------------------------------------------------------- whole conversations


@pytest.mark.parametrize("name", ["routine", "red flag"])
@pytest.mark.parametrize("locale", LOCALES)
def test_open_replies_end_in_a_question_with_their_own_reprompt(conversations, locale, name):
    turns = conversations[(locale, name)]
    assert turns[-1].reply.session_ended, "the conversation ends with goodbye"
    problems = []
    for turn in turns:
        reply = turn.reply
        if reply.session_ended:
            continue
        speech, reprompt = reply.speech.strip(), (reply.reprompt or "").strip()
        if not speech.endswith("?"):
            problems.append(f"after {turn.said!r}: does not end with '?': {speech!r}")
        if not reprompt:
            problems.append(f"after {turn.said!r}: no reprompt: {speech!r}")
        elif reprompt == speech:
            problems.append(f"after {turn.said!r}: the reprompt repeats the speech: {speech!r}")
    assert not problems, f"{locale}, {name} conversation:\n" + "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
def test_whole_conversation_is_answered_one_word_at_a_time(conversations, locale):
    turns = conversations[(locale, "routine")]
    result = next(t.reply for t in turns if "assessment" in t.reply.session_attributes)
    history = history_of(result.session_attributes)
    assert len(history) >= 8, history
    for finding, answer in history:
        kind = KB.question(finding).kind
        expected = measures.ROUTINE_ANSWERS.get(finding, "no" if kind == "yes_no" else "unsure")
        assert answer == expected, f"{finding}: answered {measures.ONE_WORD[expected]!r}, " \
                                   f"recorded {answer!r}"
    said = [t.said for t in turns[1:]]
    answered = [s for s in said if s in measures.ONE_WORD.values()]
    assert all(len(s.split()) == 1 for s in answered)


# ---------------------------------------------------------------- one-word answers


def test_every_answer_has_a_one_word_answer():
    for question in KB.questions:
        for answer in question.answers:
            word = measures.ONE_WORD.get(answer)
            assert word and len(word.split()) == 1, f"{question.id}: no one-word {answer!r}"
            assert answer in ANSWER_RESOLUTION, answer


@pytest.mark.parametrize(
    ("kind", "answer"),
    [(kind, answer) for kind, answers in ANSWERS_BY_KIND.items() for answer in answers],
)
@pytest.mark.parametrize("locale", LOCALES)
def test_one_word_answer_resolves(locale: str, kind: str, answer: str):
    sim = Simulator(locale=locale, handler=lambda event, context=None: {})
    word = measures.ONE_WORD[answer]
    match = sim.resolve(word)
    intent, slot = ANSWER_RESOLUTION[answer]
    assert match is not None and match.name == intent, (
        f"{locale}: {word!r} ({kind}) resolves to {match and match.name}, not {intent}"
    )
    if slot is not None:
        resolved = match.slots[slot].id
        if slot == "period":
            resolved = duration_from_period(resolved or "")
        assert resolved == answer, f"{locale}: {word!r} fills {slot} with {resolved!r}"


@pytest.mark.parametrize("kind", sorted(ANSWERS_BY_KIND))
def test_the_skill_takes_one_word_answers_to_every_kind_of_question(handler, kind: str):
    """Through the skill: reach the first question of each kind, answer it with each one word."""
    for answer in ANSWERS_BY_KIND[kind]:
        sim = Simulator(locale="en-GB", handler=handler)
        reply = sim.launch()
        for _ in range(30):
            current = reply.session_attributes["screening"]["current"]
            if KB.question(current).kind == kind:
                break
            reply = sim.say(measures.ONE_WORD[measures.ROUTINE_ANSWERS.get(current, "no")])
        else:
            pytest.fail(f"no {kind} question was asked")
        reply = sim.say(measures.ONE_WORD[answer])
        history = history_of(reply.session_attributes)
        assert history[-1] == (current, answer), (
            f"{current}: {measures.ONE_WORD[answer]!r} recorded as {history[-1]}"
        )
