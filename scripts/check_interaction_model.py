"""Check the ASK CLI skill package (interaction_model/) against Alexa's rules and Leg Check's code.

    python scripts/check_interaction_model.py        # problems, then sample counts per intent

Exit code 0 when every check passes, 1 otherwise. The checks are alexa_simulator.model_check's;
this wrapper only says what Leg Check's code expects, derived from the code: the intents and slots
of skill/alexa/intents.py, the answer ids of skill/screening, the volunteer findings and the
conditions of the knowledge base, and each locale's emergency number from its validated wording.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from alexa_simulator import model_check  # noqa: E402
from alexa_simulator.model_check import (  # noqa: E402
    Contract,
    Listing,
    check_package,
    sample_counts,
)
from skill.alexa import intents  # noqa: E402
from skill.alexa.conversation import NEW_SUFFIX  # noqa: E402
from skill.screening.answers import PERIOD_IDS  # noqa: E402
from skill.screening.knowledge import (  # noqa: E402
    ANSWERS_BY_KIND,
    RECENT,
    UNSURE,
    KnowledgeBase,
    default_knowledge,
)
from skill.screening.locale import wording_for  # noqa: E402

PACKAGE_DIR = ROOT / "interaction_model"
MODELS_DIR = PACKAGE_DIR / "interactionModels" / "custom"
SKILL_JSON = PACKAGE_DIR / "skill.json"
DEPLOYED_PACKAGE_DIR = ROOT / "build" / "skill-package"  # filled in by make package
CODE_DIR = ROOT / "build" / "lambda"  # lambda/ and skill/ bundled by make bundle

# Intents people use all the time, in many phrasings, need the most samples.
MAIN_INTENTS = (
    intents.NOT_SURE, intents.SIDE, intents.DURATION, intents.ONSET, intents.VOLUNTEER,
    intents.CAUSE_INFO, intents.TREATMENT, intents.CAUSES_OVERVIEW, intents.WHEN_TO_SEE_DOCTOR,
    intents.SELF_CARE, intents.GO_BACK, intents.SKIP,
)
MIN_MAIN_SAMPLES = 20
MIN_OTHER_CUSTOM_SAMPLES = 8
DISCLAIMER_WORDS = ("not a medical device", "does not diagnose", "in an emergency call")


def said_as_new(kb: KnowledgeBase) -> list[str]:
    """Symptoms whose timing question a person can answer in the same breath ("my legs suddenly
    gave way"): the volunteered findings that open the "did that start in the last few days?"
    question, each with a "<finding>_new" value in SymptomType."""
    opened = {finding for pattern in kb.question(RECENT).ask_if for finding in pattern}
    return sorted(f for f in opened if kb.question(f).volunteer)


def contract() -> Contract:
    """What Leg Check's handlers read, as the models must offer it."""
    kb = default_knowledge()

    def answers(kind: str) -> dict[str, tuple[str, ...]]:
        return {answer: () for answer in ANSWERS_BY_KIND[kind] if answer != UNSURE}

    custom = [name for name in intents.HANDLED_INTENTS if not name.startswith("AMAZON.")]
    return Contract(
        intents={name: intents.SLOT_TYPES.get(name, {}) for name in intents.HANDLED_INTENTS},
        slot_ids={
            "LegSide": answers("side"),
            "OnsetSpeed": answers("onset"),
            "DurationPeriod": {period: () for period in PERIOD_IDS},
            "SymptomType": {**{q.id: () for q in kb.questions if q.volunteer},
                            **{f"{finding}{NEW_SUFFIX}": () for finding in said_as_new(kb)}},
            "ConditionName": {c.id: (c.name, *c.synonyms) for c in kb.conditions.values()},
        },
        min_samples={name: MIN_MAIN_SAMPLES if name in MAIN_INTENTS else MIN_OTHER_CUSTOM_SAMPLES
                     for name in custom},
    )


def listing(locales: list[str]) -> Listing:
    """The store listing: health category, the disclaimer and whom to call in every locale."""
    return Listing(
        category="HEALTH_AND_FITNESS",
        description_words={
            locale: (*DISCLAIMER_WORDS,
                     f"call {wording_for(locale).services.emergency_number}")
            for locale in locales if wording_for(locale).known
        },
        privacy={"allowsPurchases": False, "isChildDirected": False, "containsAds": False,
                 "isExportCompliant": True},
        interfaces=("ALEXA_PRESENTATION_APL",),
        available_worldwide=False,
    )


def check_manifest(doc: dict, models: dict[str, dict]) -> list[str]:
    """skill.json held to Alexa's rules and Leg Check's listing."""
    return model_check.check_manifest(doc, models, listing(sorted(models)))


def run() -> tuple[list[str], dict[str, dict]]:
    locales = sorted(path.stem for path in MODELS_DIR.glob("*.json"))
    return check_package(PACKAGE_DIR, contract(), listing(locales), root=ROOT, code_dir=CODE_DIR,
                         deployed_package_dir=DEPLOYED_PACKAGE_DIR)


def main() -> int:
    problems, models = run()
    for problem in problems:
        print(f"PROBLEM {problem}")
    for locale, lm in models.items():
        print(f"\n{locale}: samples per intent")
        for name, count in sample_counts(lm).items():
            print(f"  {name:28} {count:3}")
    print("\nOK" if not problems else f"\n{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
