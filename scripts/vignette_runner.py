"""Clinical vignettes run through the screening engine exactly as a spoken conversation would be.

A vignette (tests/screening/vignettes.yaml) describes one patient: what they would answer if asked
about each finding, what they say unprompted at the start, and what a clinician following the cited
source would advise. The runner starts a screening, volunteers what the patient says first, then
answers every question the engine chooses from the patient's facts until the engine stops. Nothing
is taken from the engine's weights: a finding the patient is never asked about stays unknown.

Findings a vignette does not list are answered as a patient without them would: "no" to yes-or-no
questions and "unsure" to which side, how it started and how long it has lasted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any
from urllib.parse import urlparse

from skill.screening.assessment import Assessment
from skill.screening.engine import ScreeningEngine
from skill.screening.knowledge import LEVELS, UNSURE, KnowledgeBase, Level, Question
from skill.screening.yaml_loading import load_yaml

VIGNETTES_PATH = Path(__file__).resolve().parent.parent / "tests" / "screening" / "vignettes.yaml"
# Public clinical sites a vignette may cite by address instead of a sources.yaml id.
TRUSTED_HOSTS = (
    "nhs.uk",
    "nhsinform.scot",
    "nice.org.uk",
    "mayoclinic.org",
    "ninds.nih.gov",
    "cdc.gov",
)
TOP_CAUSES = 3
# A conversation that runs longer than this has lost its way; the engine caps itself at 16.
RUNAWAY_TURNS = 40

_FIELDS = {
    "id",
    "description",
    "facts",
    "volunteer",
    "expected_triage",
    "expected_causes",
    "expected_red_flags",
    "source",
}


class VignetteError(ValueError):
    """A vignette names something the knowledge base does not know, or is missing a field."""


@dataclass(frozen=True)
class Vignette:
    id: str
    description: str
    facts: Mapping[str, str]
    volunteer: tuple[str, ...]
    expected_triage: Level
    expected_causes: tuple[str, ...]
    expected_red_flags: tuple[str, ...]
    source: str

    def answer_to(self, question: Question) -> str:
        """What this patient says when asked `question`."""
        if question.id in self.facts:
            return self.facts[question.id]
        return "no" if question.kind == "yes_no" else UNSURE


@dataclass(frozen=True)
class Outcome:
    """One vignette's conversation: what was asked, and what the skill concluded."""

    vignette: Vignette
    assessment: Assessment
    asked: tuple[str, ...]

    @property
    def questions_asked(self) -> int:
        return len(self.asked)

    @property
    def triage(self) -> Level:
        return self.assessment.level

    @property
    def causes(self) -> tuple[str, ...]:
        return tuple(cause.condition.id for cause in self.assessment.causes)[:TOP_CAUSES]

    @property
    def red_flags(self) -> tuple[str, ...]:
        return tuple(raised.flag.id for raised in self.assessment.red_flags)

    @property
    def triage_correct(self) -> bool:
        return self.triage is self.vignette.expected_triage

    @property
    def under_triaged(self) -> bool:
        return self.triage.rank < self.vignette.expected_triage.rank

    @property
    def over_triaged(self) -> bool:
        return self.triage.rank > self.vignette.expected_triage.rank

    @property
    def cause_in_top3(self) -> bool:
        return any(cause in self.causes for cause in self.vignette.expected_causes)

    @property
    def missing_red_flags(self) -> tuple[str, ...]:
        return tuple(f for f in self.vignette.expected_red_flags if f not in self.red_flags)


@dataclass(frozen=True)
class Metrics:
    cases: int
    emergency_cases: int
    triage_accuracy: float
    emergency_sensitivity: float
    over_triage_rate: float
    under_triage_rate: float
    top3_accuracy: float
    mean_questions: float
    max_questions: int
    misses: tuple[Outcome, ...]


def load_vignettes(kb: KnowledgeBase, path: Path = VIGNETTES_PATH) -> tuple[Vignette, ...]:
    """Read and check every vignette against the knowledge base (raises VignetteError)."""
    document = load_yaml(path)
    raw_cases = document.get("vignettes") if isinstance(document, Mapping) else None
    if not isinstance(raw_cases, list) or not raw_cases:
        raise VignetteError(f"{path.name}: needs a non-empty 'vignettes' list")
    vignettes: list[Vignette] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_cases):
        vignette = _vignette(raw, kb, f"{path.name}: vignettes[{index}]")
        if vignette.id in seen:
            raise VignetteError(f"{path.name}: duplicate vignette id '{vignette.id}'")
        seen.add(vignette.id)
        vignettes.append(vignette)
    return tuple(vignettes)


def run_vignette(engine: ScreeningEngine, vignette: Vignette) -> Outcome:
    """Hold the screening conversation the vignette's patient would have."""
    step = engine.start()
    for finding in vignette.volunteer:
        step = engine.volunteer(step.state, finding, vignette.facts.get(finding, "yes"))
    asked: list[str] = []
    while not step.finished:
        question = step.question
        if question is None or len(asked) >= RUNAWAY_TURNS:
            raise VignetteError(f"{vignette.id}: conversation did not finish")
        asked.append(question.id)
        step = engine.answer(step.state, vignette.answer_to(question))
    return Outcome(vignette, step.assessment, tuple(asked))


def run_all(kb: KnowledgeBase, vignettes: Iterable[Vignette]) -> tuple[Outcome, ...]:
    engine = ScreeningEngine(kb)
    return tuple(run_vignette(engine, vignette) for vignette in vignettes)


def summarise(outcomes: Sequence[Outcome]) -> Metrics:
    """The suite's figures: triage agreement, safety, cause ranking and conversation length."""
    if not outcomes:
        raise ValueError("no outcomes to summarise")
    count = len(outcomes)
    emergencies = [o for o in outcomes if o.vignette.expected_triage is Level.EMERGENCY]
    caught = sum(1 for o in emergencies if o.triage is Level.EMERGENCY)
    questions = [o.questions_asked for o in outcomes]
    return Metrics(
        cases=count,
        emergency_cases=len(emergencies),
        triage_accuracy=_share(o.triage_correct for o in outcomes),
        emergency_sensitivity=caught / len(emergencies) if emergencies else 1.0,
        over_triage_rate=_share(o.over_triaged for o in outcomes),
        under_triage_rate=_share(o.under_triaged for o in outcomes),
        top3_accuracy=_share(o.cause_in_top3 for o in outcomes),
        mean_questions=mean(questions),
        max_questions=max(questions),
        misses=tuple(o for o in outcomes if not (o.triage_correct and o.cause_in_top3)),
    )


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values)


def _vignette(raw: Any, kb: KnowledgeBase, where: str) -> Vignette:
    if not isinstance(raw, Mapping):
        raise VignetteError(f"{where}: must be a mapping")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise VignetteError(f"{where}: unknown field(s) {sorted(unknown)}")
    case_id = _text(raw, "id", where)
    where = f"{where} '{case_id}'"
    facts = _facts(raw.get("facts"), kb, where)
    volunteer = _ids(raw, "volunteer", where, optional=True)
    for finding in volunteer:
        question = kb.questions_by_id.get(finding)
        if question is None or not question.volunteer:
            raise VignetteError(f"{where}: '{finding}' is not something a person can volunteer")
        if facts.get(finding, "yes") == "no":
            raise VignetteError(f"{where}: volunteers '{finding}' but its fact is 'no'")
    triage = _text(raw, "expected_triage", where)
    if triage not in LEVELS:
        raise VignetteError(f"{where}: expected_triage must be one of {LEVELS}")
    causes = _ids(raw, "expected_causes", where)
    for cause in causes:
        if cause not in kb.conditions:
            raise VignetteError(f"{where}: unknown condition '{cause}'")
    flags = _ids(raw, "expected_red_flags", where, optional=True)
    known_flags = {flag.id for flag in kb.red_flags}
    for flag in flags:
        if flag not in known_flags:
            raise VignetteError(f"{where}: unknown red flag '{flag}'")
    source = _text(raw, "source", where)
    if source not in kb.sources and not _trusted_url(source):
        raise VignetteError(
            f"{where}: source must be a sources.yaml id or an address on {TRUSTED_HOSTS}"
        )
    return Vignette(
        id=case_id,
        description=_text(raw, "description", where),
        facts=facts,
        volunteer=volunteer,
        expected_triage=Level(triage),
        expected_causes=causes,
        expected_red_flags=flags,
        source=source,
    )


def _facts(raw: Any, kb: KnowledgeBase, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping) or not raw:
        raise VignetteError(f"{where}: 'facts' must map findings to answers")
    facts: dict[str, str] = {}
    for finding, answer in raw.items():
        question = kb.questions_by_id.get(finding)
        if question is None:
            raise VignetteError(f"{where}: unknown finding '{finding}'")
        if answer not in question.answers:
            raise VignetteError(
                f"{where}: '{answer}' is not an answer to '{finding}' {question.answers}"
            )
        facts[str(finding)] = str(answer)
    return facts


def _text(raw: Mapping[str, Any], name: str, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise VignetteError(f"{where}: field '{name}' must be non-empty text")
    return value.strip()


def _ids(raw: Mapping[str, Any], name: str, where: str, optional: bool = False) -> tuple[str, ...]:
    value = raw.get(name)
    if value is None and optional:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise VignetteError(f"{where}: field '{name}' must be a non-empty list of ids")
    return tuple(value)


def _trusted_url(source: str) -> bool:
    parsed = urlparse(source)
    host = parsed.hostname or ""
    return parsed.scheme == "https" and any(
        host == trusted or host.endswith("." + trusted) for trusted in TRUSTED_HOSTS
    )
