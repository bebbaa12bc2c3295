"""Every emergency red flag, said in varied everyday ways (hedged, said late, a carer speaking,
long-standing mixed with new, found only in an answer, said at an unrelated question), ends in
an emergency: scripts/emergency_probe.py's probes, through the simulator."""

from __future__ import annotations

import pytest

from scripts.emergency_probe import PROBES, play
from skill.screening.knowledge import default_knowledge

KB = default_knowledge()


def test_every_emergency_red_flag_is_probed() -> None:
    emergencies = {f.id for f in KB.red_flags if f.level.value == "emergency"}
    assert emergencies <= {p.flag for p in PROBES}


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_an_emergency_said_in_everyday_ways_is_an_emergency(probe) -> None:
    triage, flags, log = play(KB, probe)
    assert triage == "emergency", "\n".join(log)
    assert flags
