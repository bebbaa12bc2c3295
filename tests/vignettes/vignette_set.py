"""The second vignette set (issue 12): where its two parts live, how they load, how they were split.

The cases were written from public guidance before any tuning, then divided once by a seeded shuffle
within each expected triage level: a third is held back and is never read while the skill is being
changed. Runners load each part by name so that tuning never has to open the held-back file.

    python -m tests.vignettes.vignette_set SOURCE.yaml   # (re)writes tuning.yaml and held_back.yaml
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
TUNING_PATH = HERE / "tuning.yaml"
HELD_BACK_PATH = HERE / "held_back.yaml"
NEW_IDS_PATH = HERE / "new_ids.yaml"
PARTS = {"tuning": TUNING_PATH, "held_back": HELD_BACK_PATH}

SPLIT_SEED = 20261201
HELD_BACK_SHARE = 1 / 3
# Sections in the order the files list them (most urgent first).
TRIAGE_ORDER = ("emergency", "urgent", "routine", "self_care")
# Findings whose "yes" may be new or long-standing; `recent` says which.
TIMED_FINDINGS = ("leg_weakness", "bladder_bowel", "cold_pale_leg")

_HEADER = """\
# Second clinical vignette set (issue 12), {part} part. See tests/vignettes/README.md.
#
# Written from public sources (NHS, NICE, Mayo Clinic, NINDS, CDC, the seed article) before any
# tuning, in the format of tests/screening/vignettes.yaml, plus:
#   locale:    the Alexa locale the person speaks from (en-US, en-GB, en-CA, en-AU, en-IN).
#   says:      the person's opening words, as they would say them to a speaker.
#   recent:    (a fact) whether a "yes" to weakness, walking, bladder or a cold leg started in the
#              last few days; set explicitly whenever one of those is "yes".
# Fact and cause ids are existing ids from skill/data/ or new ids from tests/vignettes/new_ids.yaml.
# expected_red_flags names only flags that exist in red_flags.yaml; new flags are described in
# `description` and will get ids later.
{warning}vignettes:
"""
_HELD_BACK_WARNING = """\
#
# HELD BACK: do not open, read, print or tune on this file while changing the skill. Run it only
# to report its figures, separately from the tuning part.
"""


def load_part(part: str) -> list[dict[str, Any]]:
    """The cases of one part ("tuning" or "held_back"), as written."""
    return load_cases(PARTS[part])


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return list(yaml.safe_load(handle)["vignettes"])


def load_new_ids() -> Mapping[str, tuple[str, ...]]:
    """The finding and condition ids issue 12 adds (new_ids.yaml)."""
    with NEW_IDS_PATH.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return {"findings": tuple(raw["findings"]), "conditions": tuple(raw["conditions"])}


def written_triage(case: Mapping[str, Any]) -> str:
    """The triage level a case was written with, which the split reads. An expectation found
    wrong by its own source later is corrected in `expected_triage`, with the level as written
    kept, frozen, in `written_triage` and the reason and source in `correction`: the split, and
    so what is held back, never moves."""
    return case.get("written_triage", case["expected_triage"])


def held_back_ids(cases: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """Which cases are held back: a seeded shuffle of each triage level's ids, first third kept.

    Depends only on the ids and their triage as written, so it can be checked again at any time.
    """
    by_level: dict[str, list[str]] = {}
    for case in cases:
        by_level.setdefault(written_triage(case), []).append(case["id"])
    held: set[str] = set()
    for level, ids in sorted(by_level.items()):
        ordered = sorted(ids)
        random.Random(f"{SPLIT_SEED}:{level}").shuffle(ordered)
        held.update(ordered[: round(len(ordered) * HELD_BACK_SHARE)])
    return frozenset(held)


def _case_blocks(text: str) -> dict[str, str]:
    """Each case's YAML text, keyed by id, without section comments."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("  - id:"):
            current = blocks.setdefault(line.split(":", 1)[1].strip(), [])
            current.append(line)
        elif current is not None and line.strip() and not line.lstrip().startswith("#"):
            current.append(line)
    return {case_id: "\n".join(lines) for case_id, lines in blocks.items()}


def _write_part(
    path: Path, part: str, cases: list[Mapping[str, Any]], blocks: Mapping[str, str]
) -> None:
    warning = _HELD_BACK_WARNING if part == "held_back" else ""
    out = [_HEADER.format(part=part.replace("_", "-"), warning=warning)]
    for level in TRIAGE_ORDER:
        ids = [c["id"] for c in cases if written_triage(c) == level]
        if not ids:
            continue
        out.append(f"  # ----- {level} {'-' * (92 - len(level))}\n")
        out.extend(blocks[case_id] + "\n\n" for case_id in ids)
    path.write_text("".join(out).rstrip("\n") + "\n", encoding="utf-8")


def split(source: Path) -> None:
    """Write tuning.yaml and held_back.yaml from one file holding every case."""
    text = source.read_text(encoding="utf-8")
    cases = list(yaml.safe_load(text)["vignettes"])
    blocks = _case_blocks(text)
    held = held_back_ids(cases)
    _write_part(TUNING_PATH, "tuning", [c for c in cases if c["id"] not in held], blocks)
    _write_part(HELD_BACK_PATH, "held_back", [c for c in cases if c["id"] in held], blocks)


if __name__ == "__main__":
    split(Path(sys.argv[1]))
