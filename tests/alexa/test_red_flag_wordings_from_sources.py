"""Every red flag said the ways public patient information and carers put it (scripts/
red_flag_probe.py, written from the sources before the reader was tuned for it) is heard through
the simulator, and denials and idioms raise nothing. The ceilings are what the reader reached:
they may only come down."""

from __future__ import annotations

from scripts.red_flag_probe import CONTROLS, PROBES, measure
from skill.screening.knowledge import default_knowledge

KB = default_knowledge()
MAX_MISSED = 0  # of len(PROBES); round 6: 12 of 232 before the reader's change, 3 after; round 7: 0
MAX_FALSE_FLAGS = 0  # of len(CONTROLS); round 6: 2 of 30 before, 1 after; round 7: 0 of 35


def test_every_red_flag_is_probed_in_many_wordings() -> None:
    probed = {p.flag for p in PROBES}
    assert {f.id for f in KB.red_flags} <= probed
    assert all(sum(p.flag == flag for p in PROBES) >= 8 for flag in probed)
    assert len(CONTROLS) >= 25


def test_red_flags_said_in_sourced_wordings_are_heard_and_denials_raise_nothing() -> None:
    _total, missed, false = measure(KB)
    assert sum(missed.values()) <= MAX_MISSED, dict(missed)
    assert false <= MAX_FALSE_FLAGS
