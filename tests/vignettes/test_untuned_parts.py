"""A set measured but not tuned on this round is read like a held-back part: the report prints
only its aggregate figures, never a case id or a miss, and tuning loops (`--tuning`) do not run it.

The report is driven with stand-in parts and outcomes, so these checks never play (or name) a case
of a real aggregate-only part.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import vignette_report
from scripts.vignette_runner import Outcome, Vignette, VignetteSet, vignette_sets
from skill.screening.knowledge import Level
from tests.vignettes.vignette_set import SPLITS

OPEN = VignetteSet("open set: tuning", False, (Path("open.yaml"),))
UNTUNED = VignetteSet("untuned set: tuning", False, (Path("untuned.yaml"),), untuned=True)
HELD = VignetteSet("untuned set: held back", True, (Path("held.yaml"),))


def missed_emergency(case_id: str) -> Outcome:
    vignette = Vignette(
        id=case_id,
        description="An emergency the stand-in skill under-triages.",
        facts={"onset": "sudden"},
        volunteer=(),
        expected_triage=Level.EMERGENCY,
        expected_causes=("stroke",),
        expected_red_flags=(),
        source="nhs_stroke",
    )
    return Outcome(vignette, Level.ROUTINE, ("sciatica",), (), ("onset",), 3, 90)


def report(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    ids = {OPEN.name: "open_case_missed", UNTUNED.name: "untuned_case_missed",
           HELD.name: "held_case_missed"}
    monkeypatch.setattr(vignette_report, "vignette_sets", lambda: (OPEN, UNTUNED, HELD))
    monkeypatch.setattr(vignette_report, "load_set", lambda kb, chosen: (ids[chosen.name],))
    monkeypatch.setattr(vignette_report, "run_all",
                        lambda kb, cases: tuple(missed_emergency(c) for c in cases))
    assert vignette_report.main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_report_gives_an_untuned_tuning_part_only_as_aggregate_figures(monkeypatch, capsys):
    out = report(monkeypatch, capsys)
    assert "open_case_missed" in out  # an ordinary tuning part lists its misses
    assert f"| {UNTUNED.name} | 1 | 0% (1) |" in out
    assert f"| {HELD.name} | 1 | 0% (1) |" in out
    assert "untuned_case_missed" not in out and "held_case_missed" not in out
    assert f"{UNTUNED.name}:" not in out  # no miss summary line either


def test_tuning_loops_do_not_run_an_untuned_tuning_part(monkeypatch, capsys):
    out = report(monkeypatch, capsys, "--tuning", "--all")
    assert OPEN.name in out and "open_case_missed" in out
    assert UNTUNED.name not in out and HELD.name not in out


def test_the_untuned_mark_has_one_home_on_the_split_and_reaches_only_its_tuning_part():
    marked = {f"{name} set: tuning" for name, split in SPLITS.items() if split.untuned}
    sets = vignette_sets()
    assert {chosen.name for chosen in sets if chosen.untuned} == marked
    assert all(chosen.aggregate_only for chosen in sets if chosen.untuned or chosen.held_back)
    assert not any(chosen.aggregate_only for chosen in sets
                   if not chosen.untuned and not chosen.held_back)


def test_the_seventh_to_thirty_ninth_sets_are_tuning_material():
    first_tuned_round = {"seventh": 8, "eighth": 9, "ninth": 10, "tenth": 11, "eleventh": 12,
                         "twelfth": 13, "thirteenth": 14, "fourteenth": 15, "fifteenth": 16,
                         "sixteenth": 18, "seventeenth": 19, "eighteenth": 20,
                         "nineteenth": 21, "twentieth": 22,
                         "twenty-first": 23, "twenty-second": 24,
                         "twenty-third": 25, "twenty-fourth": 26,
                         "twenty-fifth": 27, "twenty-sixth": 28,
                         "twenty-seventh": 29, "twenty-eighth": 30,
                         "twenty-ninth": 31, "thirtieth": 32,
                         "thirty-first": 33, "thirty-second": 34,
                         "thirty-third": 35, "thirty-fourth": 36,
                         "thirty-fifth": 37, "thirty-sixth": 38,
                         "thirty-seventh": 39, "thirty-eighth": 40,
                         "thirty-ninth": 41}
    for name, round_number in first_tuned_round.items():
        assert not SPLITS[name].untuned
        assert f"tuned on from round {round_number}" in SPLITS[name].title


def test_the_fortieth_set_is_the_one_untuned_set_of_round_41():
    assert SPLITS["fortieth"].untuned and "not tuned on" in SPLITS["fortieth"].title
    assert [name for name, split in SPLITS.items() if split.untuned] == ["fortieth"]


@pytest.mark.parametrize("argv", [["--help"], ["--tunning"]])
def test_help_or_a_mistyped_option_runs_no_part(monkeypatch, capsys, argv):
    played: list[str] = []
    monkeypatch.setattr(vignette_report, "vignette_sets", lambda: (OPEN, UNTUNED, HELD))
    monkeypatch.setattr(vignette_report, "load_set",
                        lambda kb, chosen: played.append(chosen.name) or ())
    with pytest.raises(SystemExit):
        vignette_report.main(argv)
    assert played == []
    printed = capsys.readouterr()
    assert "--tuning" in printed.out + printed.err  # the usage, which names the safe option
