"""The knowledge base: questions, red flags, conditions, evidence weights, triage rules and advice.

Medical knowledge is data with provenance (skill/data/*.yaml) so a clinician can review it without
reading code. Loading checks every cross-reference once, at start-up, and fails with the file and
entry named; nothing later has to defend against a half-valid knowledge base.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from skill.screening.compiled import cached
from skill.screening.yaml_loading import DATA_DIR, Fields, KnowledgeError, load_yaml


class Level(str, Enum):
    """Triage levels, least to most urgent."""

    SELF_CARE = "self_care"
    ROUTINE = "routine"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @staticmethod
    def most_urgent(levels: list[Level]) -> Level:
        return max(levels, key=_RANKS.__getitem__, default=Level.SELF_CARE)


_LEVEL_ORDER = [Level.SELF_CARE, Level.ROUTINE, Level.URGENT, Level.EMERGENCY]
_RANKS = {level: rank for rank, level in enumerate(_LEVEL_ORDER)}
LEVELS = tuple(level.value for level in _LEVEL_ORDER)

UNSURE = "unsure"
# The timing question ("Did that start in the last few days?") asked after a yes to a sign that is
# an emergency only when new; its ask_if names those signs.
RECENT = "recent"
# In a question's words, the place for the names of the signs that opened it (Question.called).
THAT = "{that}"
ANSWERS_BY_KIND: Mapping[str, tuple[str, ...]] = {
    "yes_no": ("yes", "no", UNSURE),
    "side": ("one_leg", "both_legs", UNSURE),
    "onset": ("sudden", "gradual", UNSURE),
    "duration": ("hours", "days", "weeks", "months", UNSURE),
}
PHASES = ("red_flag", "core", "differential")  # the order questions are asked in
TREATMENT_FAMILIES = (
    "underlying",
    "physical_therapy",
    "medicines",
    "nerve_blocks",
    "surgery",
    "emergency_care",
    "lifestyle",
)

# Findings as a condition: each finding id maps to the answers that satisfy it.
Pattern = Mapping[str, frozenset[str]]


class Source(NamedTuple):
    id: str
    title: str
    url: str


# The fields of a question that are spoken: what fills a placeholder or changes its pronouns
# changes all of them.
SPOKEN_FIELDS = ("text", "rephrase", "help", "why")


class Question(NamedTuple):
    id: str
    kind: str
    phase: str
    text: str
    rephrase: str
    help: str
    readback: Mapping[str, str]
    ask_if: tuple[Pattern, ...]  # asked when any one pattern holds (empty: always)
    volunteer: bool
    source: str
    why: str = ""  # one sentence: why this question matters ("why do you ask?")
    covers: tuple[str, ...] = ()  # a grouped question: "no" answers these findings together
    follow_up: bool = False  # asked as soon as it opens, before the rest of its phase
    # Its words say the sign is new ("newly weak", "suddenly"): a yes to it asked to confirm
    # something said loosely answers the timing question (RECENT) too, unless the answers
    # already given hold one of `not_new_if` (a slow start, weeks of it).
    confirm_says_new: bool = False
    not_new_if: tuple[Pattern, ...] = ()
    # A yes-or-no question about when something began ("Did that start in the last few days?"):
    # the lengths (duration answers) that mean yes; any other length said answers no ("for
    # years", "about two weeks ago"), so a length is never "didn't catch that" there.
    within: tuple[str, ...] = ()
    # What this sign is called when a timing question that it opened names it ("Did the
    # weakness or trouble walking start in the last few days?", not "Did that start ...": review7
    # N3); a question whose text holds THAT is filled with the names of the signs that opened it.
    called: str = ""
    # A sign said long-standing in its own words ("a limp for years") is checked with this
    # question, its own timing, not with its own words that say "newly" (docs/clinical-safety.md
    # 5s): a person with an old limp says yes to "Are your legs newly weak?".
    check_if_old: str = ""
    # A question asked only as such a check: each answer records these (finding, answer) pairs
    # too ("no": the weakness is old, so not the new weakness its own question asks about).
    records: Mapping[str, tuple[tuple[str, str], ...]] = {}

    @property
    def answers(self) -> tuple[str, ...]:
        return ANSWERS_BY_KIND[self.kind]


class Treatment(NamedTuple):
    family: str
    text: str


class Condition(NamedTuple):
    id: str
    name: str
    synonyms: tuple[str, ...]
    summary: str
    distinguishing: str
    triage: Level
    prior: float
    treatments: tuple[Treatment, ...]
    self_care: tuple[str, ...]
    see_doctor: str
    sources: tuple[str, ...]
    # A milder level the cause's own source gives when the answers show its later, settled
    # stage (pain that stays where shingles was, after the rash has gone: see a GP).
    milder: tuple[Level, tuple[Pattern, ...]] | None = None

    def level_for(self, answers: Mapping[str, str]) -> Level:
        """The cause's level with these answers: its milder level only when one of that
        level's patterns holds outright (a not-sure answer keeps the more urgent, rule 3)."""
        if self.milder is not None and any(
                all(answers.get(f) in allowed for f, allowed in pattern.items())
                for pattern in self.milder[1]):
            return self.milder[0]
        return self.triage


class RedFlag(NamedTuple):
    id: str
    level: Level
    if_unsure: Level
    when: tuple[Pattern, ...]
    warning: str
    source: str
    # the conditions the warning speaks of (sciatica in both legs: cauda equina syndrome): with
    # the flag raised, they are among the causes told, so what is spoken agrees with the warning
    causes: tuple[str, ...] = ()


class Evidence(NamedTuple):
    finding: str
    answer: str
    weights: Mapping[str, float]
    note: str
    source: str


class TriageRule(NamedTuple):
    id: str
    level: Level
    when: tuple[Pattern, ...]
    reason: str
    source: str
    unless: tuple[Pattern, ...] = ()  # answers for which the source says the floor does not apply
    # The level when the answers would hold it but for "not sure" (rule 3); None: they do not.
    if_unsure: Level | None = None
    # Said with the advice when the floor's answers hold but its `unless` lifts it: what the
    # source still advises for the lifted finding ("an old stress leak is worth raising with a
    # GP"), never a change to the level.
    lifted: str = ""


class LevelAdvice(NamedTuple):
    headline: str
    action: str
    source: str


class GeneralAnswer(NamedTuple):
    text: str
    source: str


class Selection(NamedTuple):
    """How questions are chosen and when asking stops (questions.yaml `selection`)."""

    worth_asking: float  # the least chance of changing what is told that is worth a question
    typical_weight: float  # the least weight of an answer that a person with the cause gives
    clear_lead: float  # points by which a leading cause stands clear: the checklist stops
    max_chosen: int  # at most this many differential questions
    max_questions: int  # at most this many answers in all


class KnowledgeBase(NamedTuple):
    sources: Mapping[str, Source]
    questions: tuple[Question, ...]
    conditions: Mapping[str, Condition]
    red_flags: tuple[RedFlag, ...]
    evidence: Mapping[tuple[str, str], Evidence]
    triage_rules: tuple[TriageRule, ...]
    level_advice: Mapping[Level, LevelAdvice]
    general: Mapping[str, GeneralAnswer]
    questions_by_id: Mapping[str, Question]
    selection: Selection

    def question(self, question_id: str) -> Question:
        return self.questions_by_id[question_id]


GENERAL_ANSWERS = ("causes_overview", "treatment_overview", "when_to_see_doctor", "self_care")


class _Loader:
    """Builds a KnowledgeBase from a data folder, checking references as it goes."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = data_dir
        self.sources: dict[str, Source] = {}
        self.questions: dict[str, Question] = {}
        self.conditions: dict[str, Condition] = {}

    def entries(self, filename: str, key: str) -> list[tuple[Fields, str]]:
        document = Fields(load_yaml(self.dir / filename), filename)
        raw = document.items(key)
        out = []
        seen: set[str] = set()
        for index, item in enumerate(raw):
            label = f"{filename}: {key}[{index}]"
            fields = Fields(item, label)
            entry_id = item.get("id") if isinstance(item, Mapping) else None
            if entry_id is not None:
                if not isinstance(entry_id, str) or not entry_id.isidentifier():
                    raise KnowledgeError(f"{label}: field 'id' must be a lower_case identifier")
                if entry_id in seen:
                    raise KnowledgeError(f"{label}: duplicate id '{entry_id}'")
                seen.add(entry_id)
                fields = Fields(item, f"{filename}: {key} '{entry_id}'")
            out.append((fields, str(entry_id)))
        return out

    def source(self, fields: Fields, name: str = "source") -> str:
        source_id = fields.text(name)
        if source_id not in self.sources:
            raise fields.fail(name, f"names unknown source '{source_id}' (see sources.yaml)")
        return source_id

    def pattern(self, fields: Fields, raw: Any, name: str) -> Pattern:
        if not isinstance(raw, Mapping) or not raw:
            raise fields.fail(name, "must hold mappings of finding to answers")
        pattern: dict[str, frozenset[str]] = {}
        for finding, answers in raw.items():
            question = self.questions.get(finding)
            if question is None:
                raise fields.fail(name, f"names unknown finding '{finding}'")
            answers = answers if isinstance(answers, list) else [answers]
            bad = [a for a in answers if a not in question.answers]
            if bad or not answers:
                raise fields.fail(name, f"has answer(s) {bad} not allowed for '{finding}'")
            pattern[finding] = frozenset(answers)
        return pattern

    def patterns(self, fields: Fields, name: str = "when") -> tuple[Pattern, ...]:
        return tuple(self.pattern(fields, raw, name) for raw in fields.items(name))

    def level(self, fields: Fields, name: str) -> Level:
        return Level(fields.choice(name, LEVELS))

    def load(self) -> KnowledgeBase:
        self.load_sources()
        self.load_questions()
        self.load_conditions()
        return KnowledgeBase(
            sources=self.sources,
            questions=tuple(self.questions.values()),
            conditions=self.conditions,
            red_flags=self.load_red_flags(),
            evidence=self.load_evidence(),
            triage_rules=self.load_triage_rules(),
            level_advice=self.load_level_advice(),
            general=self.load_general(),
            questions_by_id=dict(self.questions),
            selection=self.load_selection(),
        )

    def load_sources(self) -> None:
        document = Fields(load_yaml(self.dir / "sources.yaml"), "sources.yaml")
        for source_id, raw in document.mapping("sources").items():
            fields = Fields(raw, f"sources.yaml: source '{source_id}'")
            fields.reject_unknown({"title", "url"})
            self.sources[str(source_id)] = Source(
                str(source_id), fields.text("title"), fields.text("url")
            )

    def load_questions(self) -> None:
        known = {"id", "kind", "phase", "ask_if", "volunteer", "text", "rephrase", "help",
                 "readback", "source", "why", "covers", "follow_up", "confirm_says_new",
                 "not_new_if", "within", "called", "check_if_old", "records"}
        pending_ask_if: list[tuple[Fields, str, str, Any]] = []
        for fields, qid in self.entries("questions.yaml", "questions"):
            fields.reject_unknown(known)
            kind = fields.choice("kind", ANSWERS_BY_KIND)
            readback = {str(k): v for k, v in fields.mapping("readback").items()}
            within = fields.texts("within", optional=True)
            lengths = ANSWERS_BY_KIND["duration"]
            if within and (kind != "yes_no" or not set(within) < set(lengths) - {UNSURE}):
                raise fields.fail("within", f"must be lengths among {lengths[:-1]}, "
                                            "for a yes-or-no question")
            bad = [k for k in readback if k not in ANSWERS_BY_KIND[kind] or k == UNSURE]
            if bad or not all(isinstance(v, str) and v for v in readback.values()):
                raise fields.fail("readback", f"keys {bad} are not answers of kind {kind}")
            self.questions[qid] = Question(
                id=qid,
                kind=kind,
                phase=fields.choice("phase", PHASES),
                text=fields.text("text", max_words=25),
                rephrase=fields.text("rephrase", max_words=25),
                help=fields.text("help", max_words=40),
                readback=readback,
                ask_if=(),
                volunteer=fields.flag("volunteer"),
                source=self.source(fields),
                why=fields.text("why", max_words=30),
                covers=fields.texts("covers", optional=True),
                follow_up=fields.flag("follow_up"),
                confirm_says_new=fields.flag("confirm_says_new"),
                within=within,
                called=fields.text("called", max_words=8) if "called" in fields.data else "",
                check_if_old=(fields.text("check_if_old", max_words=1)
                              if "check_if_old" in fields.data else ""),
                records={str(k): tuple((str(f), str(v)) for f, v in (m or {}).items())
                         for k, m in fields.mapping("records").items()}
                if "records" in fields.data else {},
            )
            for key in ("ask_if", "not_new_if"):
                if key in fields.data:
                    pending_ask_if.append((fields, qid, key, fields.data[key]))
        for fields, qid, key, raw in pending_ask_if:
            raws = raw if isinstance(raw, list) else [raw]
            patterns = tuple(self.pattern(fields, one, key) for one in raws)
            if any(qid in pattern for pattern in patterns):
                raise fields.fail(key, "cannot depend on its own answer")
            question = self.questions[qid]
            self.questions[qid] = question._replace(**{key: patterns})
        for qid, question in self.questions.items():
            if THAT not in question.text + question.rephrase:
                continue
            unnamed = sorted({f for pattern in question.ask_if for f in pattern
                              if self.questions[f].kind == "yes_no"
                              and not self.questions[f].called})
            if not question.ask_if or unnamed:
                raise KnowledgeError(f"questions.yaml: question '{qid}' names the signs that "
                                     f"open it ({THAT}): each needs `called` ({unnamed})")
        for qid, question in self.questions.items():
            self._check_records(qid, question)
            for covered in question.covers:
                target = self.questions.get(covered)
                if target is None or target.kind != "yes_no" or question.kind != "yes_no":
                    raise KnowledgeError(f"questions.yaml: questions '{qid}': covers "
                                         f"'{covered}', which is not a yes-or-no question")

    def _check_records(self, qid: str, question: Question) -> None:
        """`check_if_old` names a question asked only as a check (it has `records`); `records`
        maps this question's own answers to answers of other questions."""
        where = f"questions.yaml: question '{qid}'"
        check = self.questions.get(question.check_if_old) if question.check_if_old else None
        if question.check_if_old and (check is None or not check.records):
            raise KnowledgeError(f"{where}: check_if_old '{question.check_if_old}' is not a "
                                 "question with `records`")
        for answer, pairs in question.records.items():
            if answer not in question.answers or not pairs:
                raise KnowledgeError(f"{where}: records '{answer}' is not one of its answers, "
                                     "or records nothing")
            for finding, value in pairs:
                target = self.questions.get(finding)
                if target is None or value not in target.answers or finding == qid:
                    raise KnowledgeError(f"{where}: records '{finding}: {value}', which is not "
                                         "another question's answer")

    def load_selection(self) -> Selection:
        document = Fields(load_yaml(self.dir / "questions.yaml"), "questions.yaml")
        fields = Fields(document.mapping("selection"), "questions.yaml: selection")
        fields.reject_unknown(Selection._fields)
        worth, lead = fields.number("worth_asking"), fields.number("clear_lead")
        typical = fields.number("typical_weight")
        chosen, most = fields.number("max_chosen"), fields.number("max_questions")
        if not 0 < worth < 1:
            raise fields.fail("worth_asking", "must be a chance between 0 and 1")
        for name, points in (("clear_lead", lead), ("typical_weight", typical)):
            if points <= 0:
                raise fields.fail(name, "must be more than 0 points")
        if not (chosen == int(chosen) >= 0 and most == int(most) > chosen):
            raise fields.fail("max_questions", "and max_chosen must be whole numbers, "
                                               "max_questions the larger")
        return Selection(worth, typical, lead, int(chosen), int(most))

    def load_conditions(self) -> None:
        known = {"id", "name", "synonyms", "summary", "distinguishing", "triage", "prior",
                 "treatments", "self_care", "see_doctor", "sources", "milder"}
        for fields, cid in self.entries("conditions.yaml", "conditions"):
            fields.reject_unknown(known)
            triage = self.level(fields, "triage")
            milder = None
            if "milder" in fields.data:
                raw = Fields(fields.mapping("milder"), f"{fields.where} milder")
                raw.reject_unknown({"level", "when"})
                level = self.level(raw, "level")
                if level.rank >= triage.rank:
                    raise fields.fail("milder", "must be a level below the cause's triage")
                milder = (level, self.patterns(raw))
            treatments = []
            for index, raw in enumerate(fields.items("treatments")):
                treatment = Fields(raw, f"{fields.where} treatments[{index}]")
                treatment.reject_unknown({"family", "text"})
                family = treatment.choice("family", TREATMENT_FAMILIES)
                treatments.append(Treatment(family, treatment.text("text")))
            sources = fields.texts("sources")
            for source_id in sources:
                if source_id not in self.sources:
                    raise fields.fail("sources", f"names unknown source '{source_id}'")
            self.conditions[cid] = Condition(
                id=cid,
                name=fields.text("name"),
                synonyms=fields.texts("synonyms", optional=True),
                summary=fields.text("summary", max_words=45),
                distinguishing=fields.text("distinguishing", max_words=35),
                triage=triage,
                prior=fields.number("prior"),
                treatments=tuple(treatments),
                self_care=fields.texts("self_care"),
                see_doctor=fields.text("see_doctor"),
                sources=sources,
                milder=milder,
            )

    def load_red_flags(self) -> tuple[RedFlag, ...]:
        flags = []
        for fields, fid in self.entries("red_flags.yaml", "red_flags"):
            fields.reject_unknown({"id", "level", "if_unsure", "when", "warning", "source",
                                   "causes"})
            level = self.level(fields, "level")
            if_unsure = self.level(fields, "if_unsure")
            if level not in (Level.URGENT, Level.EMERGENCY):
                raise fields.fail("level", "must be urgent or emergency for a red flag")
            if if_unsure.rank < level.rank:
                # Rule 3: a "not sure" never lowers a red flag below its own level.
                raise fields.fail("if_unsure", f"must be at least the flag's level ({level.value})")
            causes = tuple(str(c) for c in fields.items("causes")) if "causes" in fields.data \
                else ()
            unknown = [c for c in causes if c not in self.conditions]
            if unknown:
                raise fields.fail("causes", f"names unknown condition(s) {unknown}")
            flags.append(
                RedFlag(fid, level, if_unsure, self.patterns(fields), fields.text("warning"),
                        self.source(fields), causes)
            )
        return tuple(flags)

    def load_evidence(self) -> dict[tuple[str, str], Evidence]:
        evidence: dict[tuple[str, str], Evidence] = {}
        for fields, _ in self.entries("evidence.yaml", "evidence"):
            fields.reject_unknown({"finding", "answer", "weights", "note", "source"})
            finding = fields.choice("finding", self.questions)
            answer = fields.choice("answer", self.questions[finding].answers)
            if answer == UNSURE:
                raise fields.fail("answer", "'unsure' carries no weight by design")
            weights: dict[str, float] = {}
            for cid, weight in fields.mapping("weights").items():
                if cid not in self.conditions:
                    raise fields.fail("weights", f"names unknown condition '{cid}'")
                if isinstance(weight, bool) or not isinstance(weight, int | float):
                    raise fields.fail("weights", f"weight for '{cid}' must be a number")
                weights[cid] = float(weight)
            if (finding, answer) in evidence:
                raise fields.fail("answer", f"duplicate evidence for {finding}={answer}")
            evidence[(finding, answer)] = Evidence(
                finding, answer, weights, fields.text("note"), self.source(fields)
            )
        return evidence

    def load_triage_rules(self) -> tuple[TriageRule, ...]:
        rules = []
        for fields, rid in self.entries("triage_rules.yaml", "triage_rules"):
            fields.reject_unknown({"id", "level", "if_unsure", "when", "unless", "reason",
                                   "source", "lifted"})
            unless = self.patterns(fields, "unless") if "unless" in fields.data else ()
            if_unsure = None
            if "if_unsure" in fields.data:
                if_unsure = self.level(fields, "if_unsure")
                if if_unsure.rank < Level.URGENT.rank:
                    raise fields.fail("if_unsure", "must be urgent or emergency")
            rules.append(
                TriageRule(rid, self.level(fields, "level"), self.patterns(fields),
                           fields.text("reason"), self.source(fields), unless, if_unsure,
                           fields.text("lifted") if "lifted" in fields.data else "")
            )
            if rules[-1].lifted and not unless:
                raise fields.fail("lifted", "is said only when `unless` lifts the floor")
        return tuple(rules)

    def _advice_document(self) -> Fields:
        return Fields(load_yaml(self.dir / "advice.yaml"), "advice.yaml")

    def load_level_advice(self) -> dict[Level, LevelAdvice]:
        levels = self._advice_document().mapping("levels")
        advice = {}
        for level in Level:
            fields = Fields(levels.get(level.value), f"advice.yaml: levels '{level.value}'")
            fields.reject_unknown({"headline", "action", "source"})
            advice[level] = LevelAdvice(fields.text("headline"), fields.text("action"),
                                        self.source(fields))
        return advice

    def load_general(self) -> dict[str, GeneralAnswer]:
        general = self._advice_document().mapping("general")
        answers = {}
        for key in GENERAL_ANSWERS:
            fields = Fields(general.get(key), f"advice.yaml: general '{key}'")
            fields.reject_unknown({"text", "source"})
            answers[key] = GeneralAnswer(fields.text("text"), self.source(fields))
        return answers


def load_knowledge(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """Load and validate the knowledge base from `data_dir` (raises KnowledgeError)."""
    return _Loader(data_dir).load()


@cache
def default_knowledge() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process (from the compiled cache if fresh)."""
    return cached(DATA_DIR, "knowledge", load_knowledge)
