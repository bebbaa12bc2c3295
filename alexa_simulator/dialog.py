"""The dialog model's state between turns: which intent is being filled and what Alexa asked.

Alexa, not the skill, runs the slot-filling conversation when a skill returns Dialog.Delegate (or
the model auto-delegates): it speaks the model's prompts and sends STARTED / IN_PROGRESS /
COMPLETED. The simulator keeps this state so the skill sees the same sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from alexa_simulator.model import DialogIntent, InteractionModel
from alexa_simulator.nlu import Nlu, SlotFill


@dataclass
class DialogState:
    """An intent in the middle of its dialog."""

    intent: str
    slots: dict[str, SlotFill | None] = field(default_factory=dict)
    slot_confirmation: dict[str, str] = field(default_factory=dict)
    confirmation: str = "NONE"
    state: str = "STARTED"
    # What Alexa is waiting for: ("elicit", slot), ("confirm_slot", slot), ("confirm_intent", "").
    pending: tuple[str, str] | None = None
    skill_prompted: bool = False  # the skill (not the model) asked, via Dialog.ElicitSlot etc.

    def merge(self, fills: dict[str, SlotFill]) -> None:
        """Take newly heard slot values; a changed value needs confirming again."""
        for name, fill in fills.items():
            if self.slots.get(name) is None or self.slots[name] != fill:
                self.slots[name] = fill
                self.slot_confirmation[name] = "NONE"

    def merge_json(self, intent: dict[str, Any], nlu: Nlu) -> None:
        """Take slots and confirmation from a directive's updatedIntent."""
        self.confirmation = str(intent.get("confirmationStatus", self.confirmation))
        for name, slot in (intent.get("slots") or {}).items():
            value = slot.get("value") if isinstance(slot, dict) else None
            if value is None or value == "":
                self.slots[name] = None
            else:
                current = self.slots.get(name)
                if current is None or current.value != value:
                    self.slots[name] = nlu.resolve_slot(self.intent, name, str(value))
            if isinstance(slot, dict) and slot.get("confirmationStatus"):
                self.slot_confirmation[name] = str(slot["confirmationStatus"])


def next_step(spec: DialogIntent, state: DialogState) -> tuple[str, str, str | None] | None:
    """What Alexa does next under delegation: (kind, slot, prompt id), or None when complete."""
    for slot in spec.slots:
        filled = state.slots.get(slot.name) is not None
        if slot.elicitation_required and not filled:
            return "elicit", slot.name, slot.elicitation_prompt
        if (
            slot.confirmation_required
            and filled
            and state.slot_confirmation.get(slot.name, "NONE") == "NONE"
        ):
            return "confirm_slot", slot.name, slot.confirmation_prompt
    if spec.confirmation_required and state.confirmation == "NONE":
        return "confirm_intent", "", spec.confirmation_prompt
    return None


def render_prompt(model: InteractionModel, prompt_id: str | None, state: DialogState) -> str:
    """The prompt's first variation as SSML, with {slot} references filled in."""
    if prompt_id is None or prompt_id not in model.prompts:
        return "<speak>Please continue.</speak>"
    text = model.prompts[prompt_id][0]
    is_ssml = text.lstrip().startswith("<speak")
    for name, fill in state.slots.items():
        value = fill.value if fill is not None else ""
        text = text.replace("{" + name + "}", escape(value) if is_ssml else value)
    return text if is_ssml else f"<speak>{escape(text)}</speak>"
