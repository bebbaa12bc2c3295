"""Measure how long Leg Check's prompts are, in spoken words.

    python scripts/prompt_lengths.py

Prints the words of every question (text and rephrase: longest and mean), of the launch response
in each locale, and of the longest reply in a whole conversation per locale, all through the
offline simulator with the skill in-process and nothing stored. tests/alexa/test_prompt_lengths.py
holds the bounds and uses the same measurements.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from alexa_simulator import Reply, Simulator  # noqa: E402
from skill.screening.knowledge import KnowledgeBase, default_knowledge  # noqa: E402
from skill.screening.locale import supported_locales  # noqa: E402

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]

# One spoken word per answer a question can take: every question can be answered with one word.
ONE_WORD = {
    "yes": "yes", "no": "no", "unsure": "unsure",
    "one_leg": "one", "both_legs": "both",
    "sudden": "suddenly", "gradual": "slowly",
    "hours": "hours", "days": "days", "weeks": "weeks", "months": "months",
}

# The whole conversation: answers by question id (anything else: "no"), chosen to reach a routine
# result with causes to talk about, then what people do with a result.
ROUTINE_ANSWERS = {
    "onset": "gradual", "side": "both_legs", "duration": "months", "back_pain": "yes",
    "history_group": "yes", "diabetes": "yes", "getting_worse": "yes", "feet_first": "yes",
}
# A red flag on the way: sudden onset with a numb face is a possible stroke.
FLAG_ANSWERS = {"onset": "sudden", "side": "one_leg", "duration": "hours", "sudden_signs": "yes",
                "face_arm_speech": "yes"}
# Said once the first question is asked, in this order, before answering it.
DURING_QUESTIONS = ("help", "repeat", "speak slower")
# Said once the result is given, in this order; the last one ends the session.
AFTER_RESULT = ("yes", "self care tips", "yes", "how is it treated", "no")


@dataclass(frozen=True)
class Turn:
    said: str
    reply: Reply


def words(text: str | None) -> int:
    """Spoken words: "Call 9 9 9 now." is five."""
    return sum(1 for token in (text or "").split() if re.search(r"\w", token))


def make_handler() -> Handler:
    """The skill in-process, storing nothing."""
    from skill.alexa.skill_builder import storeless_handler

    return storeless_handler()


def question_texts(kb: KnowledgeBase | None = None) -> list[tuple[str, str, str]]:
    """(question id, "text" or "rephrase", the words) for every question."""
    kb = kb or default_knowledge()
    return [(q.id, name, getattr(q, name)) for q in kb.questions for name in ("text", "rephrase")]


def launch(locale: str, handler: Handler) -> Reply:
    return Simulator(locale=locale, handler=handler).launch()


def whole_conversation(sim: Simulator, answers: Mapping[str, str] = ROUTINE_ANSWERS,
                       during: tuple[str, ...] = DURING_QUESTIONS,
                       after: tuple[str, ...] = AFTER_RESULT, limit: int = 60) -> list[Turn]:
    """Open the skill, answer every question with one word (`answers` by question id, else "no"),
    with `during` said at the first question and `after` once the result is given."""
    kb = default_knowledge()
    turns = [Turn("open leg check", sim.launch())]
    pending_during, pending_after = list(during), list(after)
    for _ in range(limit):
        reply = turns[-1].reply
        if reply.session_ended:
            return turns
        screening = reply.session_attributes.get("screening", {})
        if "assessment" in reply.session_attributes or not screening.get("current"):
            if not pending_after:
                return turns
            said = pending_after.pop(0)
        elif pending_during:
            said = pending_during.pop(0)
        else:
            question = kb.question(screening["current"])
            said = ONE_WORD[answers.get(question.id,
                                        "no" if question.kind == "yes_no" else "unsure")]
        turns.append(Turn(said, sim.say(said)))
    raise AssertionError(f"the conversation did not end within {limit} turns")


def routine_conversation(locale: str, handler: Handler) -> list[Turn]:
    return whole_conversation(Simulator(locale=locale, handler=handler))


def flag_conversation(locale: str, handler: Handler) -> list[Turn]:
    return whole_conversation(Simulator(locale=locale, handler=handler), FLAG_ANSWERS,
                              during=(), after=("yes", "help", "no"))


def longest(turns: list[Turn]) -> Turn:
    return max(turns, key=lambda turn: words(turn.reply.speech))


def main() -> int:
    handler = make_handler()
    texts = question_texts()
    counts = [words(text) for _, _, text in texts]
    top = max(texts, key=lambda item: words(item[2]))
    print(f"Questions ({len(texts) // 2}, text and rephrase): longest {max(counts)} words "
          f"({top[0]} {top[1]}), mean {mean(counts):.1f}")
    for name in ("text", "rephrase"):
        some = [words(text) for _, kind, text in texts if kind == name]
        print(f"  {name}: longest {max(some)}, mean {mean(some):.1f}")
    print("Launch response, words:")
    for locale in supported_locales():
        print(f"  {locale}: {words(launch(locale, handler).speech)}")
    print("Longest reply in a whole conversation, words (routine result / red flag):")
    for locale in supported_locales():
        routine, flag = (longest(run(locale, handler))
                         for run in (routine_conversation, flag_conversation))
        print(f"  {locale}: {words(routine.reply.speech)} (after {routine.said!r}) / "
              f"{words(flag.reply.speech)} (after {flag.said!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
