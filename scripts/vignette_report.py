"""Print how Leg Check does on the clinical vignettes, each played through the simulator.

Run from the repository root:  python scripts/vignette_report.py [--all] [--markdown] [--tuning]

For each set (the original vignettes, and the tuning and held-back parts of each later
set): cases, emergency sensitivity, triage exact, top-3 causes, median answers and spoken seconds
before the advice (words at 150 a minute plus 2 seconds an answer), and the answers not understood.
For the original set and the tuning parts it also lists every miss and every answer the skill did
not understand; held-back parts, and the tuning part of a set not tuned on this round (marked
`untuned` in tests/vignettes/vignette_set.py), are reported only as aggregate figures, so no one
tunes on them. With --all, every case of the sets that are read case by case; with --markdown, only
the table; with --tuning, the aggregate-only parts are not run at all (for tuning loops: not even
their aggregates show).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scripts.vignette_runner import (  # noqa: E402
    Metrics,
    Outcome,
    VignetteError,
    load_set,
    run_all,
    summarise,
    vignette_sets,
)
from skill.screening.knowledge import default_knowledge  # noqa: E402

GOALS = "goals: emergency sensitivity 100%, triage exact >= 90%, top-3 >= 85%, median answers <= 10"


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
    lines = [
        f"  {vignette.id} ({vignette.locale}){label}",
        f"    triage: expected {vignette.expected_triage.value}, got {outcome.triage.value}",
        f"    causes: expected one of {list(vignette.expected_causes)}, got {list(outcome.causes)}",
        f"    asked {outcome.questions_asked}: {', '.join(outcome.asked)}",
    ]
    if outcome.not_understood:
        lines.append(f"    not understood: {'; '.join(outcome.not_understood)}")
    return "\n".join(lines)


def row(name: str, m: Metrics) -> str:
    return (f"| {name} | {m.cases} | {m.emergency_sensitivity:.0%} ({m.emergency_cases}) | "
            f"{m.triage_accuracy:.0%} | {m.top3_accuracy:.0%} | {m.median_answers:g} | "
            f"{m.median_seconds:.0f} | {m.not_understood} |")


def table(results: list[tuple[str, Metrics]]) -> str:
    head = ("| set | cases | emergency sensitivity (cases) | triage exact | top-3 causes | "
            "median answers | median spoken seconds | answers not understood |\n"
            "|---|---|---|---|---|---|---|---|")
    return "\n".join([head] + [row(name, m) for name, m in results])


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Unknown options are refused, not ignored: a mistyped `--tunning` or a `--help` must never
    fall through to a full run that plays the held-back parts."""
    parser = argparse.ArgumentParser(
        prog="vignette_report.py",
        description="Leg Check on the clinical vignettes, each played through the simulator.")
    parser.add_argument("--all", action="store_true",
                        help="every case of the sets read case by case, not only the misses")
    parser.add_argument("--markdown", action="store_true", help="only the table")
    parser.add_argument("--tuning", action="store_true",
                        help="do not run the aggregate-only parts (held back, untuned) at all")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    kb = default_knowledge()
    results: list[tuple[str, Metrics]] = []
    details: list[str] = []
    for chosen in vignette_sets():
        if chosen.aggregate_only and options.tuning:
            continue
        try:
            outcomes = run_all(kb, load_set(kb, chosen))
        except VignetteError as error:
            if not chosen.aggregate_only:
                raise
            # Say that it failed, never which case or why: the part stays unread.
            print(f"{chosen.name}: could not be run ({type(error).__name__})")
            continue
        metrics = summarise(outcomes)
        results.append((chosen.name, metrics))
        if chosen.aggregate_only:
            continue
        shown = outcomes if options.all else [
            o for o in outcomes if o in metrics.misses or o.not_understood]
        details.append(f"{chosen.name}: {len(metrics.misses)} misses; "
                       f"under-triage {metrics.under_triage_rate:.1%}, "
                       f"over-triage {metrics.over_triage_rate:.1%}, "
                       f"mean questions {metrics.mean_questions:.1f}, max {metrics.max_questions}")
        corrected = [o for o in outcomes if o.vignette.written_triage is not None]
        if corrected:
            as_written = sum(o.triage_as_written for o in outcomes) / len(outcomes)
            details.append(
                f"  expectations corrected by their sources since written: "
                f"{', '.join(o.vignette.id for o in corrected)}; triage exact against the "
                f"expectations as written: {as_written:.0%}")
        details += [describe(o) for o in shown]
    print(table(results))
    if not options.markdown:
        print(GOALS)
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
