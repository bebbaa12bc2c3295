"""docs/ARCHITECTURE.md says what the code does: its intent table and slot value ids are checked
against skill/alexa/intents.py and the answer ids, so the document cannot drift from the contract
the interaction models are held to."""

from __future__ import annotations

import re
from pathlib import Path

from skill.alexa.intents import HANDLED_INTENTS, SLOT_TYPES
from skill.screening.answers import PERIOD_IDS
from skill.screening.knowledge import ANSWERS_BY_KIND, UNSURE

DOC = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"


def section(title: str) -> str:
    """The text under the heading that starts with `title`, to the next heading."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start: end if end != -1 else None]


def intent_table() -> dict[str, dict[str, str]]:
    """The table's intents (a row may name several, split by / or ,) and their slots."""
    table: dict[str, dict[str, str]] = {}
    for line in section("Intents and slots").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.match(r"^(AMAZON\.)?[A-Z]\w*Intent", cells[0]):
            continue
        slots = dict(re.findall(r"(\w+): ([\w.]+)", cells[1]))
        for name in re.split(r"\s*[/,]\s*", cells[0]):
            table[name] = slots
    return table


def test_the_intent_table_lists_every_handled_intent_with_its_slots() -> None:
    table = intent_table()
    assert set(table) == set(HANDLED_INTENTS)
    for name, slots in table.items():
        assert slots == SLOT_TYPES.get(name, {}), name


def test_the_listed_slot_value_ids_are_the_answer_ids() -> None:
    listed = dict(re.findall(r"^- `(\w+)`: (`.+)$", section("Intents and slots"), re.MULTILINE))
    ids = {name: set(re.findall(r"`(\w+)`", text)) for name, text in listed.items()}
    assert ids["LegSide"] == set(ANSWERS_BY_KIND["side"]) - {UNSURE}
    assert ids["OnsetSpeed"] == set(ANSWERS_BY_KIND["onset"]) - {UNSURE}
    assert ids["DurationPeriod"] == set(PERIOD_IDS)
