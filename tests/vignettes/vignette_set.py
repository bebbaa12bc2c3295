"""The later vignette sets (second to fortieth): where their parts live, how they load and
split.

Each set's cases were written from public guidance before any tuning, then divided once by a seeded
shuffle within each expected triage level: a third is held back and is never read while the skill is
being changed. Runners load each part by name so that tuning never has to open a held-back file.

    python -m tests.vignettes.vignette_set SOURCE.yaml          # (re)writes the second set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml third    # (re)writes the third set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml fourth   # (re)writes the fourth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml fifth    # (re)writes the fifth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml sixth    # (re)writes the sixth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml seventh  # (re)writes the seventh set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml eighth   # (re)writes the eighth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml ninth    # (re)writes the ninth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml tenth    # (re)writes the tenth set's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml eleventh # (re)writes the eleventh's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml twelfth  # (re)writes the twelfth's parts
    python -m tests.vignettes.vignette_set SOURCE.yaml thirteenth  # (re)writes the thirteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml fourteenth  # (re)writes the fourteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml fifteenth  # (re)writes the fifteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml sixteenth  # (re)writes the sixteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml seventeenth  # (re)writes the seventeenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml eighteenth  # (re)writes the eighteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml nineteenth  # (re)writes the nineteenth's
    python -m tests.vignettes.vignette_set SOURCE.yaml twentieth  # (re)writes the twentieth's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-first  # (re)writes the 21st's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-second  # (re)writes the 22nd's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-third  # (re)writes the 23rd's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-fourth  # (re)writes the 24th's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-fifth  # (re)writes the 25th's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-sixth  # (re)writes the 26th's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-seventh  # (re)writes the 27th's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-eighth  # (re)writes the 28th's
    python -m tests.vignettes.vignette_set SOURCE.yaml twenty-ninth  # (re)writes the 29th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirtieth  # (re)writes the 30th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-first  # (re)writes the 31st's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-second  # (re)writes the 32nd's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-third  # (re)writes the 33rd's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-fourth  # (re)writes the 34th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-fifth  # (re)writes the 35th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-sixth  # (re)writes the 36th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-seventh  # (re)writes the 37th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-eighth  # (re)writes the 38th's
    python -m tests.vignettes.vignette_set SOURCE.yaml thirty-ninth  # (re)writes the 39th's
    python -m tests.vignettes.vignette_set SOURCE.yaml fortieth  # (re)writes the 40th's
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
NEW_IDS_PATH = HERE / "new_ids.yaml"
HELD_BACK_SHARE = 1 / 3


@dataclass(frozen=True)
class VignetteSplit:
    """One vignette set: its title, its two parts' files and the seed that divided them.

    `untuned` marks a set measured but not tuned on this round: its tuning part is then read
    like a held-back part (aggregate figures only, never run by tuning loops) until the round
    that may tune on it lifts the mark.
    """

    title: str
    tuning: Path
    held_back: Path
    seed: int
    prefix: str  # before "tuning" / "held_back" in a part's name
    untuned: bool = False

    def part_names(self) -> tuple[str, str]:
        return (f"{self.prefix}tuning", f"{self.prefix}held_back")


SECOND = VignetteSplit(
    "Second clinical vignette set (issue 12)",
    HERE / "tuning.yaml", HERE / "held_back.yaml", 20261201, "",
)
THIRD = VignetteSplit(
    "Third clinical vignette set (written before tuning)",
    HERE / "third_tuning.yaml", HERE / "third_held_back.yaml", 20261202, "third_",
)
FOURTH = VignetteSplit(
    "Fourth clinical vignette set (written before tuning)",
    HERE / "fourth_tuning.yaml", HERE / "fourth_held_back.yaml", 20261203, "fourth_",
)
FIFTH = VignetteSplit(
    "Fifth clinical vignette set (written before tuning)",
    HERE / "fifth_tuning.yaml", HERE / "fifth_held_back.yaml", 20261204, "fifth_",
)
SIXTH = VignetteSplit(
    "Sixth clinical vignette set (written before this round's changes, not tuned on)",
    HERE / "sixth_tuning.yaml", HERE / "sixth_held_back.yaml", 20261205, "sixth_",
)
SEVENTH = VignetteSplit(
    "Seventh clinical vignette set (written before round 7's changes; tuned on from round 8)",
    HERE / "seventh_tuning.yaml", HERE / "seventh_held_back.yaml", 20261206, "seventh_",
)
EIGHTH = VignetteSplit(
    "Eighth clinical vignette set (written before round 8's changes; tuned on from round 9)",
    HERE / "eighth_tuning.yaml", HERE / "eighth_held_back.yaml", 20261207, "eighth_",
)
NINTH = VignetteSplit(
    "Ninth clinical vignette set (written before round 9's changes; tuned on from round 10)",
    HERE / "ninth_tuning.yaml", HERE / "ninth_held_back.yaml", 20261208, "ninth_",
)
TENTH = VignetteSplit(
    "Tenth clinical vignette set (written before round 10's changes; tuned on from round 11)",
    HERE / "tenth_tuning.yaml", HERE / "tenth_held_back.yaml", 20261209, "tenth_",
)
ELEVENTH = VignetteSplit(
    "Eleventh clinical vignette set (written before round 11's changes; tuned on from round 12)",
    HERE / "eleventh_tuning.yaml", HERE / "eleventh_held_back.yaml", 20261210, "eleventh_",
)
TWELFTH = VignetteSplit(
    "Twelfth clinical vignette set (written before round 12's changes; tuned on from round 13)",
    HERE / "twelfth_tuning.yaml", HERE / "twelfth_held_back.yaml", 20261211, "twelfth_",
)
THIRTEENTH = VignetteSplit(
    "Thirteenth clinical vignette set (written before round 13's changes; tuned on from round 14)",
    HERE / "thirteenth_tuning.yaml", HERE / "thirteenth_held_back.yaml", 20261212, "thirteenth_",
)
FOURTEENTH = VignetteSplit(
    "Fourteenth clinical vignette set (written before round 14's changes; tuned on from round 15)",
    HERE / "fourteenth_tuning.yaml", HERE / "fourteenth_held_back.yaml", 20261213, "fourteenth_",
)
FIFTEENTH = VignetteSplit(
    "Fifteenth clinical vignette set (written before round 15's changes; tuned on from round 16)",
    HERE / "fifteenth_tuning.yaml", HERE / "fifteenth_held_back.yaml", 20261214, "fifteenth_",
)
SIXTEENTH = VignetteSplit(
    "Sixteenth clinical vignette set (written before round 16's changes; tuned on from round 18)",
    HERE / "sixteenth_tuning.yaml", HERE / "sixteenth_held_back.yaml", 20261215, "sixteenth_",
)
SEVENTEENTH = VignetteSplit(
    "Seventeenth clinical vignette set (written before round 18's changes; tuned on from round 19)",
    HERE / "seventeenth_tuning.yaml", HERE / "seventeenth_held_back.yaml", 20261216,
    "seventeenth_",
)
EIGHTEENTH = VignetteSplit(
    "Eighteenth clinical vignette set (written before round 19's changes; tuned on from round 20)",
    HERE / "eighteenth_tuning.yaml", HERE / "eighteenth_held_back.yaml", 20261217,
    "eighteenth_",
)
NINETEENTH = VignetteSplit(
    "Nineteenth clinical vignette set (written before round 20's changes; tuned on from round 21)",
    HERE / "nineteenth_tuning.yaml", HERE / "nineteenth_held_back.yaml", 20261218,
    "nineteenth_",
)
TWENTIETH = VignetteSplit(
    "Twentieth clinical vignette set (written before round 21's changes; tuned on from round 22)",
    HERE / "twentieth_tuning.yaml", HERE / "twentieth_held_back.yaml", 20261219,
    "twentieth_",
)
TWENTY_FIRST = VignetteSplit(
    "Twenty-first clinical vignette set"
    " (written before round 22's changes; tuned on from round 23)",
    HERE / "twenty_first_tuning.yaml", HERE / "twenty_first_held_back.yaml", 20261220,
    "twenty_first_",
)
TWENTY_SECOND = VignetteSplit(
    "Twenty-second clinical vignette set"
    " (written before round 23's changes; tuned on from round 24)",
    HERE / "twenty_second_tuning.yaml", HERE / "twenty_second_held_back.yaml", 20261221,
    "twenty_second_",
)
TWENTY_THIRD = VignetteSplit(
    "Twenty-third clinical vignette set"
    " (written before round 24's changes; tuned on from round 25)",
    HERE / "twenty_third_tuning.yaml", HERE / "twenty_third_held_back.yaml", 20261222,
    "twenty_third_",
)
TWENTY_FOURTH = VignetteSplit(
    "Twenty-fourth clinical vignette set"
    " (written before round 25's changes; tuned on from round 26)",
    HERE / "twenty_fourth_tuning.yaml", HERE / "twenty_fourth_held_back.yaml", 20261223,
    "twenty_fourth_",
)
TWENTY_FIFTH = VignetteSplit(
    "Twenty-fifth clinical vignette set"
    " (written before round 26's changes; tuned on from round 27)",
    HERE / "twenty_fifth_tuning.yaml", HERE / "twenty_fifth_held_back.yaml", 20261224,
    "twenty_fifth_",
)
TWENTY_SIXTH = VignetteSplit(
    "Twenty-sixth clinical vignette set"
    " (written before round 27's changes; tuned on from round 28)",
    HERE / "twenty_sixth_tuning.yaml", HERE / "twenty_sixth_held_back.yaml", 20261225,
    "twenty_sixth_",
)
TWENTY_SEVENTH = VignetteSplit(
    "Twenty-seventh clinical vignette set"
    " (written before round 28's changes; tuned on from round 29)",
    HERE / "twenty_seventh_tuning.yaml", HERE / "twenty_seventh_held_back.yaml", 20261226,
    "twenty_seventh_",
)
TWENTY_EIGHTH = VignetteSplit(
    "Twenty-eighth clinical vignette set"
    " (written before round 29's changes; tuned on from round 30)",
    HERE / "twenty_eighth_tuning.yaml", HERE / "twenty_eighth_held_back.yaml", 20261227,
    "twenty_eighth_",
)
TWENTY_NINTH = VignetteSplit(
    "Twenty-ninth clinical vignette set"
    " (written before round 30's changes; tuned on from round 31)",
    HERE / "twenty_ninth_tuning.yaml", HERE / "twenty_ninth_held_back.yaml", 20261228,
    "twenty_ninth_",
)
THIRTIETH = VignetteSplit(
    "Thirtieth clinical vignette set"
    " (written before round 31's changes; tuned on from round 32)",
    HERE / "thirtieth_tuning.yaml", HERE / "thirtieth_held_back.yaml", 20261229,
    "thirtieth_",
)
THIRTY_FIRST = VignetteSplit(
    "Thirty-first clinical vignette set"
    " (written before round 32's changes; tuned on from round 33)",
    HERE / "thirty_first_tuning.yaml", HERE / "thirty_first_held_back.yaml", 20261230,
    "thirty_first_",
)
THIRTY_SECOND = VignetteSplit(
    "Thirty-second clinical vignette set"
    " (written before round 33's changes; tuned on from round 34)",
    HERE / "thirty_second_tuning.yaml", HERE / "thirty_second_held_back.yaml", 20261231,
    "thirty_second_",
)
THIRTY_THIRD = VignetteSplit(
    "Thirty-third clinical vignette set"
    " (written before round 34's changes; tuned on from round 35)",
    HERE / "thirty_third_tuning.yaml", HERE / "thirty_third_held_back.yaml", 20261232,
    "thirty_third_",
)
THIRTY_FOURTH = VignetteSplit(
    "Thirty-fourth clinical vignette set"
    " (written before round 35's changes; tuned on from round 36)",
    HERE / "thirty_fourth_tuning.yaml", HERE / "thirty_fourth_held_back.yaml", 20261233,
    "thirty_fourth_",
)
THIRTY_FIFTH = VignetteSplit(
    "Thirty-fifth clinical vignette set"
    " (written before round 36's changes; tuned on from round 37)",
    HERE / "thirty_fifth_tuning.yaml", HERE / "thirty_fifth_held_back.yaml", 20261234,
    "thirty_fifth_",
)
THIRTY_SIXTH = VignetteSplit(
    "Thirty-sixth clinical vignette set"
    " (written before round 37's changes; tuned on from round 38)",
    HERE / "thirty_sixth_tuning.yaml", HERE / "thirty_sixth_held_back.yaml", 20261235,
    "thirty_sixth_",
)
THIRTY_SEVENTH = VignetteSplit(
    "Thirty-seventh clinical vignette set"
    " (written before round 38's changes; tuned on from round 39)",
    HERE / "thirty_seventh_tuning.yaml", HERE / "thirty_seventh_held_back.yaml", 20261236,
    "thirty_seventh_",
)
THIRTY_EIGHTH = VignetteSplit(
    "Thirty-eighth clinical vignette set"
    " (written before round 39's changes; tuned on from round 40)",
    HERE / "thirty_eighth_tuning.yaml", HERE / "thirty_eighth_held_back.yaml", 20261237,
    "thirty_eighth_",
)
THIRTY_NINTH = VignetteSplit(
    "Thirty-ninth clinical vignette set"
    " (written before round 40's changes; tuned on from round 41)",
    HERE / "thirty_ninth_tuning.yaml", HERE / "thirty_ninth_held_back.yaml", 20261238,
    "thirty_ninth_",
)
FORTIETH = VignetteSplit(
    "Fortieth clinical vignette set (written before round 41's changes, not tuned on)",
    HERE / "fortieth_tuning.yaml", HERE / "fortieth_held_back.yaml", 20261239,
    "fortieth_", untuned=True,
)
SPLITS = {
    "second": SECOND, "third": THIRD, "fourth": FOURTH, "fifth": FIFTH, "sixth": SIXTH,
    "seventh": SEVENTH, "eighth": EIGHTH, "ninth": NINTH, "tenth": TENTH, "eleventh": ELEVENTH,
    "twelfth": TWELFTH, "thirteenth": THIRTEENTH, "fourteenth": FOURTEENTH,
    "fifteenth": FIFTEENTH, "sixteenth": SIXTEENTH, "seventeenth": SEVENTEENTH,
    "eighteenth": EIGHTEENTH, "nineteenth": NINETEENTH, "twentieth": TWENTIETH,
    "twenty-first": TWENTY_FIRST, "twenty-second": TWENTY_SECOND,
    "twenty-third": TWENTY_THIRD, "twenty-fourth": TWENTY_FOURTH,
    "twenty-fifth": TWENTY_FIFTH, "twenty-sixth": TWENTY_SIXTH,
    "twenty-seventh": TWENTY_SEVENTH, "twenty-eighth": TWENTY_EIGHTH,
    "twenty-ninth": TWENTY_NINTH, "thirtieth": THIRTIETH, "thirty-first": THIRTY_FIRST,
    "thirty-second": THIRTY_SECOND, "thirty-third": THIRTY_THIRD,
    "thirty-fourth": THIRTY_FOURTH, "thirty-fifth": THIRTY_FIFTH,
    "thirty-sixth": THIRTY_SIXTH, "thirty-seventh": THIRTY_SEVENTH,
    "thirty-eighth": THIRTY_EIGHTH, "thirty-ninth": THIRTY_NINTH,
    "fortieth": FORTIETH,
}
# Every part by name ("tuning", "held_back", "third_tuning", ..., "fortieth_held_back").
PARTS = {
    name: path
    for split_ in SPLITS.values()
    for name, path in zip(split_.part_names(), (split_.tuning, split_.held_back), strict=True)
}

TUNING_PATH = SECOND.tuning
HELD_BACK_PATH = SECOND.held_back
SPLIT_SEED = SECOND.seed
# Sections in the order the files list them (most urgent first).
TRIAGE_ORDER = ("emergency", "urgent", "routine", "self_care")
# Findings whose "yes" may be new or long-standing; `recent` says which.
TIMED_FINDINGS = ("leg_weakness", "bladder_bowel", "cold_pale_leg")

_HEADER = """\
# {title}, {part} part. See tests/vignettes/README.md.
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
    """The cases of one part (a name in PARTS, e.g. "tuning" or "third_held_back"), as written."""
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


def held_back_ids(cases: Iterable[Mapping[str, Any]], seed: int = SPLIT_SEED) -> frozenset[str]:
    """Which cases are held back: a seeded shuffle of each triage level's ids, first third kept.

    Depends only on the ids, their triage as written and the set's seed, so it can be checked
    again at any time.
    """
    by_level: dict[str, list[str]] = {}
    for case in cases:
        by_level.setdefault(written_triage(case), []).append(case["id"])
    held: set[str] = set()
    for level, ids in sorted(by_level.items()):
        ordered = sorted(ids)
        random.Random(f"{seed}:{level}").shuffle(ordered)
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
    chosen: VignetteSplit,
    held_back: bool,
    cases: list[Mapping[str, Any]],
    blocks: Mapping[str, str],
) -> None:
    part, path = ("held-back", chosen.held_back) if held_back else ("tuning", chosen.tuning)
    warning = _HELD_BACK_WARNING if held_back else ""
    out = [_HEADER.format(title=chosen.title, part=part, warning=warning)]
    for level in TRIAGE_ORDER:
        ids = [c["id"] for c in cases if written_triage(c) == level]
        if not ids:
            continue
        out.append(f"  # ----- {level} {'-' * (92 - len(level))}\n")
        out.extend(blocks[case_id] + "\n\n" for case_id in ids)
    path.write_text("".join(out).rstrip("\n") + "\n", encoding="utf-8")


def split(source: Path, chosen: VignetteSplit = SECOND) -> None:
    """Write a set's tuning and held-back parts from one file holding every case."""
    text = source.read_text(encoding="utf-8")
    cases = list(yaml.safe_load(text)["vignettes"])
    blocks = _case_blocks(text)
    held = held_back_ids(cases, chosen.seed)
    _write_part(chosen, False, [c for c in cases if c["id"] not in held], blocks)
    _write_part(chosen, True, [c for c in cases if c["id"] in held], blocks)


def main(argv: list[str]) -> int:
    """`SOURCE.yaml [SET]`: write SET's parts (a name in SPLITS; the second set by default)."""
    if len(argv) not in (1, 2) or (len(argv) == 2 and argv[1] not in SPLITS):
        print(f"usage: python -m tests.vignettes.vignette_set SOURCE.yaml [{'|'.join(SPLITS)}]",
              file=sys.stderr)
        return 2
    split(Path(argv[0]), SPLITS[argv[1] if len(argv) == 2 else "second"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
