"""Print how the screening engine does on the clinical vignettes (tests/screening/vignettes.yaml).

Run from the repository root:  python scripts/vignette_report.py [--all]

Prints the number of cases, triage accuracy, emergency sensitivity, over- and under-triage rates,
top-3 cause accuracy, the mean and largest number of questions asked, and every miss (a case whose
triage differs from the expected level, or whose expected causes are all outside the top 3).
With --all, prints every case, not just the misses.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scripts.vignette_runner import (  # noqa: E402
    Metrics,
    Outcome,
    load_vignettes,
    run_all,
    summarise,
)
from skill.screening.knowledge import default_knowledge  # noqa: E402


def describe(outcome: Outcome) -> str:
    vignette = outcome.vignette
    marks = []
    if outcome.under_triaged:
        marks.append("UNDER-TRIAGE")
    elif outcome.over_triaged:
        marks.append("over-triage")
    if not outcome.cause_in_top3:
        marks.append("cause missed")
    label = f" [{', '.join(marks)}]" if marks else ""
    return (
        f"  {vignette.id}{label}\n"
        f"    triage: expected {vignette.expected_triage.value}, got {outcome.triage.value}\n"
        f"    causes: expected one of {list(vignette.expected_causes)}, "
        f"got {list(outcome.causes)}\n"
        f"    asked {outcome.questions_asked}: {', '.join(outcome.asked)}"
    )


def report(metrics: Metrics, outcomes: tuple[Outcome, ...], show_all: bool) -> str:
    lines = [
        f"cases:                  {metrics.cases} ({metrics.emergency_cases} emergencies)",
        f"triage accuracy:        {metrics.triage_accuracy:.1%}",
        f"emergency sensitivity:  {metrics.emergency_sensitivity:.1%}",
        f"over-triage rate:       {metrics.over_triage_rate:.1%}",
        f"under-triage rate:      {metrics.under_triage_rate:.1%}",
        f"top-3 cause accuracy:   {metrics.top3_accuracy:.1%}",
        f"questions asked:        mean {metrics.mean_questions:.1f}, max {metrics.max_questions}",
        f"misses:                 {len(metrics.misses)}",
    ]
    lines += [describe(outcome) for outcome in metrics.misses]
    if show_all:
        lines.append("all cases:")
        lines += [describe(outcome) for outcome in outcomes]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    kb = default_knowledge()
    outcomes = run_all(kb, load_vignettes(kb))
    print(report(summarise(outcomes), outcomes, show_all="--all" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
