"""Play the phrasings corpus through the offline simulator, in context, and score what users get.

Each phrasing is said at the point of a real conversation named by its `context`: the skill is
launched and given plain answers ("slowly", "no", "both legs", "for months") until the session's
current question is the one wanted (read from the session attributes), or, for `causes_offered`,
until the screening is over and the likely causes have been read out. The phrasing is then said
once, in every locale listed for it, and judged only by what a user would get:

- the reply's speech (is a red flag's warning the first thing said? is it "didn't catch that"?);
- the screening state in the session attributes, read with the skill's own state reader
  (`skill.screening.state.restore_state`) and the skill's own red-flag rule
  (`skill.screening.assessment.raised_flags`).

Expected outcomes (the `expect` of each phrasing, see tests/phrasings/README.md):

- flags: the red flags a certain statement must raise; the reply must open with a warning.
- hedged_flags: warned at once, or asked a yes/no question that, answered "yes", gives the warning.
- answers: finding -> value the screening must record. Finer values than the skill knows are
  accepted as themselves or as the coarse value they map to: onset hours/days -> sudden, onset
  weeks/months -> gradual, side left/right -> one_leg.
- same_as: an intent (with slots) that a user could have used instead; the reply must carry that
  intent's speech and leave the same screening state (and end the session when it does).

Outside the red-flag categories, any red flag raised that is not expected is a false flag
("no, but my legs are weak" may raise new_leg_weakness, and nothing else).

Requests carry a fixed date (REQUEST_DATE) so that "since Tuesday" and "since Christmas" have one
right answer. To keep a full run short, a conversation is driven to each (locale, context) once and
copied for each phrasing (`--replay` drives a fresh conversation for every phrasing instead; both
give the same results, and a test checks that on a sample).

Parts: `tuning` and `held_back` are the fixed split of the corpus written before tuning;
`supplement` (tuning/supplement_*.yaml) is tuning material written later, outside the split;
`held_back_2` is the held-back 30% of supplement batch 8, split on its own, `held_back_3` that
of supplement batch 9, `held_back_4` that of batch 10, `held_back_5` that of batch 11,
`held_back_6` that of supplement batch 12, `held_back_7` that of supplement batch 13,
`held_back_8` that of supplement batch 14, `held_back_9` that of supplement batch 15,
`held_back_10` that of supplement batch 16, `held_back_11` that of supplement batch 17,
`held_back_12` that of supplement batch 18, `held_back_13` that of supplement batch 19,
`held_back_14` that of supplement batch 20, `held_back_15` that of supplement batch 21,
`held_back_16` that of supplement batch 22, `held_back_17` that of supplement batch 23,
`held_back_18` that of supplement batch 24, `held_back_19` that of supplement batch 25,
`held_back_20` that of supplement batch 26, `held_back_21` that of supplement batch 27,
`held_back_22` that of supplement batch 28, `held_back_23` that of supplement batch 29,
`held_back_24` that of supplement batch 30, `held_back_25` that of supplement batch 31,
`held_back_26` that of supplement batch 32, `held_back_27` that of supplement batch 33,
`held_back_28` that of supplement batch 34, `held_back_29` that of supplement batch 35,
`held_back_30` that of supplement batch 36, `held_back_31` that of supplement batch 37,
`held_back_32` that of supplement batch 38, `held_back_33` that of supplement batch 39,
`held_back_34` that of supplement batch 40, `held_back_35` that of supplement batch 41,
`held_back_36` that of supplement batch 42, `held_back_37` that of supplement batch 43,
`held_back_38` that of supplement batch 44 and `held_back_39` that of supplement batch 45, each
with its own seed (BATCH_SPLITS). A batch in UNTUNED_BATCHES is a round's untuned measure: its
tuning half stays in the supplement but is reported as a row of figures only.

Usage: python -m tests.phrasings.runner [--part tuning|supplement|held_back|held_back_2|...|all]
[--failures] [--replay]. Failures are listed for the tuning and supplement parts only: the
held-back parts and untuned batches are reported as figures.
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from alexa_simulator import Simulator
from skill.alexa.skill_builder import storeless_handler
from skill.screening.assessment import raised_flags
from skill.screening.knowledge import RECENT, default_knowledge
from skill.screening.locale import default_lines
from skill.screening.state import ScreeningState, restore_state

HERE = Path(__file__).resolve().parent
# The two parts of the fixed split (HELD_BACK_SHARE of each category held back, SPLIT_SEED).
SPLIT_PARTS = ("tuning", "held_back")
# Supplementary tuning material written after the split (tuning/supplement_*.yaml): read and tuned
# on like the tuning part, outside the split, and reported as a part of its own.
SUPPLEMENT = "supplement"
SUPPLEMENT_FILES = "supplement_*.yaml"
LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")
HELD_BACK_SHARE = 0.30
SPLIT_SEED = 20261201
# Supplement batches split on their own, by the rule of the first split with their own seed: batch
# n's ids are sx-b{n}-…, its tuning 70% is supplement material (tuning/supplement_b{n}_*.yaml), its
# held-back 30% a part of its own. Batch 8's is held_back_2/ (seed 20261202), batch 9's held_back_3/
# and so on, one seed a batch. Rounds 6 and 7 tuned on neither half of batches 11 and 12 while
# they measured those rounds.
HELD_BACK_2, HELD_BACK_3, HELD_BACK_4 = "held_back_2", "held_back_3", "held_back_4"
HELD_BACK_5, HELD_BACK_6, HELD_BACK_7 = "held_back_5", "held_back_6", "held_back_7"
HELD_BACK_8, HELD_BACK_9, HELD_BACK_10 = "held_back_8", "held_back_9", "held_back_10"
HELD_BACK_11, HELD_BACK_12, HELD_BACK_13 = "held_back_11", "held_back_12", "held_back_13"
HELD_BACK_14, HELD_BACK_15, HELD_BACK_16 = "held_back_14", "held_back_15", "held_back_16"
HELD_BACK_17, HELD_BACK_18, HELD_BACK_19 = "held_back_17", "held_back_18", "held_back_19"
HELD_BACK_20, HELD_BACK_21, HELD_BACK_22 = "held_back_20", "held_back_21", "held_back_22"
HELD_BACK_23, HELD_BACK_24, HELD_BACK_25 = "held_back_23", "held_back_24", "held_back_25"
HELD_BACK_26, HELD_BACK_27 = "held_back_26", "held_back_27"
HELD_BACK_28, HELD_BACK_29, HELD_BACK_30 = "held_back_28", "held_back_29", "held_back_30"
HELD_BACK_31, HELD_BACK_32, HELD_BACK_33 = "held_back_31", "held_back_32", "held_back_33"
HELD_BACK_34, HELD_BACK_35, HELD_BACK_36 = "held_back_34", "held_back_35", "held_back_36"
HELD_BACK_37, HELD_BACK_38, HELD_BACK_39 = "held_back_37", "held_back_38", "held_back_39"
# The one home of the batch splits: batch number -> (seed, held-back part).
BATCH_SPLITS = {8: (20261202, HELD_BACK_2), 9: (20261203, HELD_BACK_3),
                10: (20261204, HELD_BACK_4), 11: (20261205, HELD_BACK_5),
                12: (20261206, HELD_BACK_6), 13: (20261207, HELD_BACK_7),
                14: (20261208, HELD_BACK_8), 15: (20261209, HELD_BACK_9),
                16: (20261210, HELD_BACK_10), 17: (20261211, HELD_BACK_11),
                18: (20261212, HELD_BACK_12), 19: (20261213, HELD_BACK_13),
                20: (20261214, HELD_BACK_14), 21: (20261215, HELD_BACK_15),
                22: (20261216, HELD_BACK_16), 23: (20261217, HELD_BACK_17),
                24: (20261218, HELD_BACK_18), 25: (20261219, HELD_BACK_19),
                26: (20261220, HELD_BACK_20), 27: (20261221, HELD_BACK_21),
                28: (20261222, HELD_BACK_22), 29: (20261223, HELD_BACK_23),
                30: (20261224, HELD_BACK_24), 31: (20261225, HELD_BACK_25),
                32: (20261226, HELD_BACK_26), 33: (20261227, HELD_BACK_27),
                34: (20261228, HELD_BACK_28), 35: (20261229, HELD_BACK_29),
                36: (20261230, HELD_BACK_30), 37: (20261231, HELD_BACK_31),
                38: (20261232, HELD_BACK_32), 39: (20261233, HELD_BACK_33),
                 40: (20261234, HELD_BACK_34), 41: (20261235, HELD_BACK_35),
                 42: (20261236, HELD_BACK_36), 43: (20261237, HELD_BACK_37),
                 44: (20261238, HELD_BACK_38), 45: (20261239, HELD_BACK_39)}
# Batches that are a round's untuned measure: written before the round changed anything and read
# by their evaluator only. Their tuning half is reported as figures, gated on ceilings of its own
# and never listed as failures (like a held-back part), so that `--part supplement --failures`
# can be run while tuning. Take a batch out when a later round makes its tuning half ordinary
# tuning material (its missed runs then join the supplement's ceiling). Round 8: batch 13; round 9
# makes batch 13's tuning half tuning material, and batch 14 is its untuned measure; round 10 makes
# batch 14's tuning half tuning material, and batch 15 is its untuned measure; round 11 makes
# batch 15's tuning half tuning material, and batch 16 is its untuned measure; round 12 makes
# batch 16's tuning half tuning material, and batch 17 is its untuned measure; round 13 makes
# batch 17's tuning half tuning material, and batch 18 is its untuned measure; round 14 makes
# batch 18's tuning half tuning material, and batch 19 is its untuned measure; round 15 makes
# batch 19's tuning half tuning material, and batch 20 is its untuned measure; round 16 makes
# batch 20's tuning half tuning material, and batch 21 is its untuned measure. Round 16's tuning
# on batch 20 did not land (its branches were lost at the session's end), so round 17 tunes on
# batch 20 again and batch 21 stays the untuned measure of round 17's changes; round 18 makes
# batch 21's tuning half tuning material, and batch 22 is its untuned measure; round 19 makes
# batch 22's tuning half tuning material, and batch 23 is its untuned measure; round 20 makes
# batch 23's tuning half tuning material, and batch 24 is its untuned measure; round 21 makes
# batch 24's tuning half tuning material, and batch 25 is its untuned measure; round 22 makes
# batch 25's tuning half tuning material, and batch 26 is its untuned measure; round 23 makes
# batch 26's tuning half tuning material, and batch 27 is its untuned measure; round 24 makes
# batch 27's tuning half tuning material, and batch 28 is its untuned measure; round 25 makes
# batch 28's tuning half tuning material, and batch 29 is its untuned measure; round 26 makes
# batch 29's tuning half tuning material, and batch 30 is its untuned measure; round 27 makes
# batch 30's tuning half tuning material, and batch 31 is its untuned measure; round 28 makes
# batch 31's tuning half tuning material, and batch 32 is its untuned measure; round 29 makes
# batch 32's tuning half tuning material, and batch 33 is its untuned measure; round 30 makes
# batch 33's tuning half tuning material, and batch 34 is its untuned measure; round 31 makes
# batch 34's tuning half tuning material, and batch 35 is its untuned measure; round 32 makes
# batch 35's tuning half tuning material, and batch 36 is its untuned measure; round 33 makes
# batch 36's tuning half tuning material, and batch 37 is its untuned measure; round 34 makes
# batch 37's tuning half tuning material, and batch 38 is its untuned measure; round 35 makes
# batch 38's tuning half tuning material, and batch 39 is its untuned measure; round 36 makes
# batch 39's tuning half tuning material, and batch 40 is its untuned measure; round 37 makes
# batch 40's tuning half tuning material, and batch 41 is its untuned measure; round 38 makes
# batch 41's tuning half tuning material, and batch 42 is its untuned measure; round 39 makes
# batch 42's tuning half tuning material, and batch 43 is its untuned measure; round 40 makes
# batch 43's tuning half tuning material, and batch 44 is its untuned measure; round 41 makes
# batch 44's tuning half tuning material, and batch 45 is its untuned measure.
UNTUNED_BATCHES: frozenset[int] = frozenset({45})


def batch_prefix(number: int) -> str:
    return f"sx-b{number}-"


# Supplement batches split on their own: id prefix -> (seed, held-back part).
SPLIT_BATCHES = {batch_prefix(n): split for n, split in BATCH_SPLITS.items()}
PARTS = ("tuning", SUPPLEMENT, "held_back", *(part for _, part in BATCH_SPLITS.values()))
# Parts never read while tuning: reported as figures, their failures never listed.
HELD_BACK_PARTS = frozenset({"held_back", *(part for _, part in BATCH_SPLITS.values())})
PART_LABELS = {part: f"held back {part.rsplit('_', 1)[1]} (batch {n})"
               for n, (_, part) in BATCH_SPLITS.items()}
# The supplement rows of those batches, shown on their own beside the parts.
BATCH_LABELS = {batch_prefix(n): f"batch {n} (supplement)" for n in BATCH_SPLITS}
UNTUNED_PREFIXES = tuple(batch_prefix(n) for n in sorted(UNTUNED_BATCHES))
# A Thursday: "since Tuesday" is two days, "since Christmas" about eleven weeks.
REQUEST_DATE = "2026-03-12T15:00:00Z"
CAUSES_OFFERED = "causes_offered"
# Phrasings that volunteer red flags; in every other category a flag not expected is a false flag.
# The `_added` categories hold the phrasings of the flags issue 12 added (`_added_2`: the two
# back-pain flags added after them), written later as categories of their own so that the fixed
# split of the first ones stays as it was.
# `red_flags_idioms` (batch 8): red flags said as everyday idioms ("my legs went from under me").
RED_FLAG_CATEGORIES = frozenset({"red_flags", "red_flags_hedged",
                                 "red_flags_added", "red_flags_added_hedged",
                                 "red_flags_added_2", "red_flags_added_2_hedged",
                                 "red_flags_idioms"})
# Red flags said with certainty (the counts of issue 11: at least 20 ways for every flag).
CERTAIN_RED_FLAG_CATEGORIES = frozenset({"red_flags", "red_flags_added", "red_flags_added_2",
                                         "red_flags_idioms"})
# Denials of a finding: recorded as "no", never a flag.
DENIAL_CATEGORIES = frozenset({"denials", "denials_added", "denials_added_2"})
ANSWER_KINDS = {"onset": "onset", "side": "side", "duration": "duration"}
# Finer values a reader may record, and the coarse values the skill's questions take.
ACCEPTED_AS = {
    ("onset", "hours"): {"hours", "sudden"},
    ("onset", "days"): {"days", "sudden"},
    ("onset", "weeks"): {"weeks", "gradual"},
    ("onset", "months"): {"months", "gradual"},
    ("side", "left"): {"left", "one_leg"},
    ("side", "right"): {"right", "one_leg"},
}
# Plain answers used to move a conversation on; overrides open questions asked only after a "yes".
PLAIN_WORDS = {"onset": "slowly", "side": "both legs", "duration": "for months", "yes": "yes",
               "no": "no"}
# Questions opened only by an earlier answer: the answers that open them (a grouped question's yes
# opens the questions it covers; a sudden start opens the sudden signs and the injury question).
ROUTES: dict[str, dict[str, str]] = {
    "fever": {"back_pain": "yes", "back_signs": "yes"},
    "cancer_history": {"back_pain": "yes", "history_group": "yes"},
    "diabetes": {"history_group": "yes"},
    "chemotherapy": {"history_group": "yes", "cancer_history": "yes"},
    "foot_wound": {"history_group": "yes", "diabetes": "yes"},
    "face_arm_speech": {"onset": "suddenly", "sudden_signs": "yes"},
    "cold_pale_leg": {"onset": "suddenly", "sudden_signs": "yes"},
    "leg_weakness": {"cauda_equina_signs": "yes"},
    "bladder_bowel": {"cauda_equina_signs": "yes"},
    "saddle_numbness": {"cauda_equina_signs": "yes"},
    "injury": {"onset": "suddenly", "injury_or_pain": "yes"},
    "severe_pain": {"onset": "suddenly", "injury_or_pain": "yes"},
    "spreading_up": {"duration": "a few days"},
    "thyroid": {"common_causes": "yes"},
    "alcohol": {"common_causes": "yes"},
    "b12_risk": {"common_causes": "yes"},
    "kidney": {"common_causes": "yes"},
}
MAX_TURNS = 40
# Findings that time or place a sign rather than state it (a flag may need them: new weakness is
# weakness that started suddenly or in the last few days); a hedge said at these is not the sign.
TIMING_FINDINGS = frozenset({"onset", "side", "duration", "recent"})
# A warning counts as first when no more than this many characters come before its sentence
# (room for the intro, "Warning." or "Remember:", and nothing else).
WARNING_LEAD = 24


# -- the corpus -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Phrasing:
    id: str
    category: str
    part: str
    text: str
    locales: tuple[str, ...]
    context: str
    expect: Mapping[str, Any]
    source: str = ""  # the file's name

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(self.expect.get("flags", ()))

    @property
    def hedged_flags(self) -> tuple[str, ...]:
        return tuple(self.expect.get("hedged_flags", ()))

    @property
    def is_red_flag(self) -> bool:
        return bool(self.flags or self.hedged_flags)

    @property
    def untuned(self) -> bool:
        """Of the tuning half of a batch that is this round's untuned measure."""
        return self.part == SUPPLEMENT and self.id.startswith(UNTUNED_PREFIXES)

    @property
    def unread(self) -> bool:
        """Never shown while tuning: a held-back part, or an untuned batch's tuning half."""
        return self.part in HELD_BACK_PARTS or self.untuned


def part_files(root: Path, part: str) -> list[Path]:
    """The corpus files of one part: the supplement lives beside the tuning part it extends."""
    if part == SUPPLEMENT:
        return sorted((root / "tuning").glob(SUPPLEMENT_FILES))
    supplement = set((root / part).glob(SUPPLEMENT_FILES))
    return sorted(path for path in (root / part).glob("*.yaml") if path not in supplement)


def load_corpus(root: Path = HERE, parts: Iterable[str] = PARTS) -> list[Phrasing]:
    """Every phrasing of the given parts, in file order."""
    found: list[Phrasing] = []
    for part in parts:
        for path in part_files(root, part):
            document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            category = document.get("category", path.stem)
            for item in document.get("phrasings", []):
                found.append(Phrasing(
                    id=str(item["id"]), category=category, part=part, text=str(item["text"]),
                    locales=tuple(item["locales"]), context=str(item["context"]),
                    expect=item.get("expect") or {}, source=path.name,
                ))
    return found


def corpus_problems(corpus: list[Phrasing]) -> list[str]:
    """What is wrong with the corpus itself: unknown ids, locales, contexts, values, intents."""
    kb = default_knowledge()
    flags = {flag.id: flag for flag in kb.red_flags}
    questions = kb.questions_by_id
    intents = set(Simulator(locale="en-US").model.intent_names)
    problems = []
    seen: set[str] = set()
    for p in corpus:
        where = f"{p.id}"
        if p.id in seen:
            problems.append(f"{where}: id used twice")
        seen.add(p.id)
        if not p.text.strip():
            problems.append(f"{where}: empty text")
        if not p.locales or set(p.locales) - set(LOCALES):
            problems.append(f"{where}: locales {p.locales}")
        if p.context != CAUSES_OFFERED and p.context not in questions:
            problems.append(f"{where}: unknown context {p.context}")
        if not set(p.expect) <= {"flags", "hedged_flags", "answers", "same_as"} or not p.expect:
            problems.append(f"{where}: expect {sorted(p.expect)}")
        for flag in (*p.flags, *p.hedged_flags):
            if flag not in flags:
                problems.append(f"{where}: unknown red flag {flag}")
        if p.hedged_flags and p.context in questions:
            # Answering "yes" to the question itself must not be able to raise the flag.
            findings = {f for flag in p.hedged_flags for pattern in flags[flag].when
                        for f in pattern} - TIMING_FINDINGS
            if p.context in findings:
                problems.append(f"{where}: hedged flag said at its own question")
        for finding, value in (p.expect.get("answers") or {}).items():
            if finding not in questions:
                problems.append(f"{where}: unknown finding {finding}")
                continue
            allowed = set(questions[finding].answers) | {"hours", "days", "weeks", "months",
                                                         "left", "right"}
            for one in value if isinstance(value, list) else [value]:
                if one not in allowed:
                    problems.append(f"{where}: {finding} has no value {one}")
        same = p.expect.get("same_as")
        if same is not None and same.get("intent") not in intents:
            problems.append(f"{where}: unknown intent {same.get('intent')}")
    return problems


# -- driving conversations ------------------------------------------------------------------------

_SKILL = storeless_handler()


def dated_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """The skill, keeping nothing between sessions (so concurrent runs share no saved speaking
    rate), with every request stamped REQUEST_DATE."""
    request = event.get("request")
    if isinstance(request, dict):
        request["timestamp"] = REQUEST_DATE
    return _SKILL(event, context)


def new_simulator(locale: str) -> Simulator:
    return Simulator(locale=locale, handler=dated_handler)


def screening(sim: Simulator) -> ScreeningState:
    return restore_state(sim.session_attributes.get("screening"), KB).state


KB = default_knowledge()
QUESTION_KIND = {q.id: q.kind for q in KB.questions}


def plain_answer(question: str, target: str) -> str:
    chosen = ROUTES.get(target, {}).get(question)
    if chosen is not None:
        return chosen
    return PLAIN_WORDS.get(QUESTION_KIND.get(question, "yes_no"), "no")


def drive(locale: str, context: str) -> Simulator:
    """A conversation brought to `context` by plain answers, as a user would."""
    sim = new_simulator(locale)
    sim.launch()
    for _ in range(MAX_TURNS):
        state = screening(sim)
        if state.current == context:
            return sim
        if state.current is None:
            break
        sim.say(plain_answer(state.current, context))
    if context == CAUSES_OFFERED and screening(sim).finished:
        sim.say("yes")  # "Say more to hear the likely causes. Shall I go on?"
        return sim
    raise RuntimeError(f"{locale}: no plain conversation reaches {context}")


class Contexts:
    """Conversations at each context, driven once and copied for each phrasing."""

    def __init__(self, replay: bool = False) -> None:
        self.replay = replay
        self._ready: dict[tuple[str, str], Simulator] = {}

    def open(self, locale: str, context: str) -> Simulator:
        if self.replay:
            return drive(locale, context)
        key = (locale, context)
        if key not in self._ready:
            self._ready[key] = drive(locale, context)
        return fork(self._ready[key])


def fork(sim: Simulator) -> Simulator:
    """An independent copy of a conversation; the compiled model and the skill are shared."""
    return copy.deepcopy(sim, memo={id(sim.nlu): sim.nlu, id(sim.target): sim.target})


# -- judging replies ------------------------------------------------------------------------------

WARNINGS = {flag.id: flag.warning for flag in KB.red_flags}
_LINES = default_lines()
MISS_OPENINGS = tuple(
    _LINES[key].split("{")[0].strip() for key in ("miss_idle", "miss_first", "miss_second")
)


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def warned_first(speech: str) -> bool:
    """Whether a red flag's warning sentence is the first thing said."""
    speech = normal(speech)
    positions = [speech.find(w) for w in WARNINGS.values() if w in speech]
    return bool(positions) and min(positions) <= WARNING_LEAD


def missed(speech: str) -> bool:
    return any(normal(speech).startswith(opening) for opening in MISS_OPENINGS if opening)


def flags_raised(state: ScreeningState) -> set[str]:
    return {raised.flag.id for raised in raised_flags(KB, state.answers, state.red_flags)}


def accepted(finding: str, value: Any) -> set[str]:
    values = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for one in values:
        out |= ACCEPTED_AS.get((finding, one), {one})
    return out


@dataclass
class Result:
    phrasing: Phrasing
    locale: str
    understood: bool
    warned: bool | None = None  # red-flag phrasings only
    false_flags: tuple[str, ...] = ()
    missed: bool = False
    why: str = ""
    speech: str = field(default="", repr=False)


def judge(p: Phrasing, locale: str, contexts: Contexts) -> Result:
    sim = contexts.open(locale, p.context)
    reply = sim.say(p.text)
    speech = reply.speech
    state = screening(sim)
    raised = flags_raised(state)
    result = Result(p, locale, understood=True, missed=missed(speech), speech=speech)
    problems: list[str] = []

    if p.flags:
        ok = warned_first(speech) and set(p.flags) <= raised
        if not ok and not result.missed and not reply.session_ended:
            # A sign that is an emergency only when new may first be timed ("Did that start in
            # the last few days?", or how it came on): answered as new, it gives the warning.
            timed = _answer_timing(sim)
            raised = flags_raised(screening(sim))
            ok = set(p.flags) <= raised and any(warned_first(r.speech) for r in timed)
        result.warned = ok
        if not ok:
            problems.append(f"not warned first (raised {sorted(raised)})")
    elif p.hedged_flags:
        ok = warned_first(speech) and set(p.hedged_flags) <= raised
        if not ok and not result.missed and not reply.session_ended:
            confirm = sim.say("yes")
            replies = [confirm, *_answer_timing(sim)]
            state = screening(sim)
            raised = flags_raised(state)
            ok = set(p.hedged_flags) <= raised and any(warned_first(r.speech) for r in replies)
        result.warned = ok
        if not ok:
            problems.append(f"neither warned nor confirmed (raised {sorted(raised)})")
    if p.category not in RED_FLAG_CATEGORIES:
        extra = raised - set(p.flags) - set(p.hedged_flags)
        if extra:
            result.false_flags = tuple(sorted(extra))
            problems.append(f"false flag {sorted(extra)}")

    for finding, value in (p.expect.get("answers") or {}).items():
        got = state.answers.get(finding)
        if got not in accepted(finding, value):
            problems.append(f"{finding}={got}, wanted {value}")

    same = p.expect.get("same_as")
    if same is not None:
        problem = _compare_same_as(p, locale, contexts, same, reply, state)
        if problem:
            problems.append(problem)

    if result.missed and not problems:
        problems.append("didn't catch that")
    result.understood = not problems
    result.why = "; ".join(problems)
    return result


def _answer_timing(sim: Simulator) -> list[Any]:
    """Issue 12 makes timing part of a finding: a sign that is an emergency only when new is
    timed before its warning ("Did that start in the last few days?", how it came on). Answer
    as someone whose sign is new: yes to the timing question, "suddenly" and "a few hours" to how
    it came on and how long, no to anything else (a "Just to check" included: a plain statement
    that needs confirming was not read with certainty); the replies, in order."""
    replies = []
    for _ in range(6):
        state = screening(sim)
        current = state.current
        if current is None or state.finished:
            break
        if current == RECENT:
            said = "yes"
        elif current == "onset":
            said = "suddenly"
        elif current == "duration":
            said = "a few hours"
        elif QUESTION_KIND.get(current) == "side":
            said = "both legs"
        else:
            said = "no"
        reply = sim.say(said)
        replies.append(reply)
    return replies


def _canonical_speech(text: str) -> str:
    # Acknowledgements ("Okay.", "Got it.") may differ between two routes to the same intent.
    return re.sub(r"^(okay|ok|got it|right|sure|all right)[.,!]\s*", "", normal(text), flags=re.I)


def _compare_same_as(p: Phrasing, locale: str, contexts: Contexts, same: Mapping[str, Any],
                     reply: Any, state: ScreeningState) -> str:
    sim = contexts.open(locale, p.context)
    wanted = sim.intent(same["intent"], dict(same.get("slots") or {}))
    wanted_state = screening(sim)
    if _canonical_speech(wanted.speech) not in _canonical_speech(reply.speech):
        return f"not the reply to {same['intent']}"
    if (wanted_state.history, wanted_state.current, wanted_state.finished) != (
            state.history, state.current, state.finished):
        return f"screening differs from {same['intent']}"
    if wanted.session_ended != reply.session_ended:
        return f"session end differs from {same['intent']}"
    return ""


def run(corpus: list[Phrasing], replay: bool = False,
        progress: Callable[[int], None] | None = None) -> list[Result]:
    contexts = Contexts(replay=replay)
    results = []
    for p in corpus:
        for locale in p.locales:
            results.append(judge(p, locale, contexts))
        if progress:
            progress(len(results))
    return results


# -- splitting and reporting ----------------------------------------------------------------------

def held_back_ids(by_category: Mapping[str, list[tuple[str, str]]],
                  seed: int = SPLIT_SEED) -> set[str]:
    """The fixed 30% of each category, from (id, text) pairs: a seeded shuffle of its distinct
    texts, taken in order until 30% of its phrasings are held back. A text said in several
    contexts, or in several categories ("I don't know"), stays on the side where it first fell
    (categories in name order), so tuning never sees a held-back sentence."""
    decided: dict[str, bool] = {}
    held: set[str] = set()
    for category in sorted(by_category):
        groups: dict[str, list[str]] = defaultdict(list)
        for phrasing_id, text in by_category[category]:
            groups[normal(text).lower()].append(phrasing_id)
        target = round(len(by_category[category]) * HELD_BACK_SHARE)
        taken = sum(len(ids) for text, ids in groups.items() if decided.get(text))
        texts = sorted(text for text in groups if text not in decided)
        random.Random(f"{seed}:{category}").shuffle(texts)
        for text in texts:
            decided[text] = taken < target
            taken += len(groups[text]) if decided[text] else 0
        held.update(i for text, ids in groups.items() if decided[text] for i in ids)
    return held


@dataclass
class Figures:
    runs: int = 0
    understood: int = 0
    red_flag_runs: int = 0
    warned: int = 0
    no_flag_runs: int = 0
    false_flags: int = 0
    missed: int = 0

    def add(self, r: Result) -> None:
        self.runs += 1
        self.understood += r.understood
        self.missed += r.missed
        if r.warned is not None:
            self.red_flag_runs += 1
            self.warned += r.warned
        if r.phrasing.category not in RED_FLAG_CATEGORIES:
            self.no_flag_runs += 1
            self.false_flags += bool(r.false_flags)


def figures(results: Iterable[Result], key: Callable[[Result], str]) -> dict[str, Figures]:
    table: dict[str, Figures] = defaultdict(Figures)
    for r in results:
        table[key(r)].add(r)
    return dict(table)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def format_table(title: str, rows: Mapping[str, Figures]) -> str:
    lines = [title, f"{'':22} {'runs':>5} {'understood':>16} {'red-flag recall':>17} "
                    f"{'false flags':>13} {'not caught':>10}"]
    for name, f in rows.items():
        lines.append(
            f"{name:22} {f.runs:5} {pct(f.understood, f.runs):>7} ({f.understood:4}/{f.runs:4})"
            f" {pct(f.warned, f.red_flag_runs):>7} ({f.warned:3}/{f.red_flag_runs:3})"
            f" {f.false_flags:4} of {f.no_flag_runs:4} {f.missed:10}"
        )
    return "\n".join(lines)


def report(results: list[Result]) -> str:
    out = []
    by_part = figures(results, lambda r: r.phrasing.part)
    total = Figures()
    for r in results:
        total.add(r)
    rows = {PART_LABELS.get(p, p): by_part[p] for p in PARTS if p in by_part}
    batch_tables = []
    for prefix, label in BATCH_LABELS.items():
        in_batch = [r for r in results
                    if r.phrasing.part == SUPPLEMENT and r.phrasing.id.startswith(prefix)]
        if in_batch:
            batch = Figures()
            for r in in_batch:
                batch.add(r)
            if prefix in UNTUNED_PREFIXES:  # its aggregate row only
                rows[label.replace("(supplement)", "(untuned)")] = batch
                continue
            rows[label] = batch
            by_category = figures(in_batch, lambda r: r.phrasing.category)
            batch_tables.append(format_table(f"{label}: by category",
                                             dict(sorted(by_category.items()))))
    out.append(format_table("By part", {**rows, "all": total}))
    out.extend(batch_tables)
    for part in PARTS:  # an untuned batch is left out of the tables by locale and category
        part_results = [r for r in results if r.phrasing.part == part and not r.phrasing.untuned]
        if not part_results:
            continue
        by_locale = figures(part_results, lambda r: r.locale)
        label = PART_LABELS.get(part, part)
        out.append(format_table(f"{label}: by locale",
                                {loc: by_locale[loc] for loc in LOCALES if loc in by_locale}))
        by_category = figures(part_results, lambda r: r.phrasing.category)
        out.append(format_table(f"{label}: by category", dict(sorted(by_category.items()))))
    phrasings = Counter((r.phrasing.part, r.phrasing.id) for r in results)
    per_part = Counter(part for part, _ in phrasings)
    out.append("Phrasings: " + ", ".join(f"{part} {per_part[part]}" for part in PARTS)
               + f"; runs (phrasing x locale): {len(results)}; request date {REQUEST_DATE}")
    return "\n\n".join(out)


def failures(results: list[Result]) -> Iterator[str]:
    """Failed runs of the tuning and supplement parts (held-back parts and untuned batches are
    never listed)."""
    for r in results:
        if not r.phrasing.unread and not r.understood:
            yield (f"{r.phrasing.id} [{r.locale} @ {r.phrasing.context}] {r.phrasing.text!r}: "
                   f"{r.why} -> {r.speech[:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--failures", action="store_true",
                        help="list the failed runs of the tuning and supplement parts "
                        "(never those of an untuned batch)")
    parser.add_argument("--replay", action="store_true",
                        help="drive a fresh conversation for every phrasing (slower)")
    parser.add_argument("--files", metavar="GLOB",
                        help="only the tuning and supplement files whose names match "
                        "(e.g. 'supplement_b7_*'): a quick loop while tuning")
    parser.add_argument("--ids", metavar="FILE",
                        help="only the tuning and supplement phrasings whose ids the file "
                        "lists (one a line, or the lines --failures prints)")
    args = parser.parse_args(argv)
    parts = PARTS if args.part == "all" else (args.part,)
    if args.files or args.ids:  # a tuning loop: the held-back part is never opened
        parts = tuple(part for part in parts if part not in HELD_BACK_PARTS)
    corpus = load_corpus(parts=parts)
    if args.files:
        corpus = [p for p in corpus if fnmatch.fnmatch(p.source, args.files)
                  or fnmatch.fnmatch(p.source, f"{args.files}.yaml")]
    if args.ids:
        wanted = set(re.findall(r"^\s*([\w-]+)", Path(args.ids).read_text(), flags=re.M))
        corpus = [p for p in corpus if p.id in wanted]
    started = time.perf_counter()
    results = run(corpus, replay=args.replay)
    print(report(results))
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.failures:
        print("\nTuning and supplement failures:")
        if UNTUNED_BATCHES:
            print("  (untuned this round, figures only: batch "
                  + ", ".join(str(n) for n in sorted(UNTUNED_BATCHES)) + ")")
        for line in failures(results):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
