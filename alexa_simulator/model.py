"""The interaction model as the ASK CLI stores it, loaded and checked the way Alexa's build would.

A mistake in the model file (a slot used in a sample but not declared, a missing type) makes
Alexa's build fail; the simulator says so in one line naming the file rather than matching
against a model Alexa would never accept.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alexa_simulator.builtins import is_builtin_type
from alexa_simulator.errors import ModelError

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL_DIR = REPO_ROOT / "interaction_model" / "interactionModels" / "custom"

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class SlotValue:
    """One value of a custom slot type with its synonyms; `id` is what entity resolution gives."""

    id: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlotType:
    name: str
    values: tuple[SlotValue, ...]


@dataclass(frozen=True)
class Slot:
    """A slot of an intent; `samples` are the model's slot-elicitation answers ("a {size} one")."""

    name: str
    type: str
    samples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Intent:
    name: str
    slots: tuple[Slot, ...]
    samples: tuple[str, ...]

    def slot(self, name: str) -> Slot | None:
        """The slot called `name`, or None."""
        return next((slot for slot in self.slots if slot.name == name), None)


@dataclass(frozen=True)
class DialogSlot:
    name: str
    type: str
    elicitation_required: bool
    confirmation_required: bool
    elicitation_prompt: str | None
    confirmation_prompt: str | None


@dataclass(frozen=True)
class DialogIntent:
    """The dialog model of one intent: which slots Alexa must collect before the skill acts."""

    name: str
    delegation: str  # "ALWAYS" (Alexa runs the dialog) or "SKILL_RESPONSE" (skill delegates)
    confirmation_required: bool
    confirmation_prompt: str | None
    slots: tuple[DialogSlot, ...]


@dataclass(frozen=True)
class InteractionModel:
    """Everything the simulator needs from one locale's model file."""

    locale: str
    path: Path
    invocation_name: str
    intents: tuple[Intent, ...]
    types: dict[str, SlotType]
    dialog: dict[str, DialogIntent] = field(default_factory=dict)
    prompts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def intent(self, name: str) -> Intent | None:
        """The intent called `name`, or None."""
        return next((intent for intent in self.intents if intent.name == name), None)

    @property
    def intent_names(self) -> tuple[str, ...]:
        """Every intent name, in model order (for error messages)."""
        return tuple(intent.name for intent in self.intents)


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is under it: shorter error lines."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def available_locales(model_dir: Path) -> list[str]:
    """Locales that have a model file in `model_dir`, sorted."""
    if not model_dir.is_dir():
        return []
    return sorted(path.stem for path in model_dir.glob("*.json"))


def model_path(model_dir: Path, locale: str) -> Path:
    """The model file for `locale`, or a ModelError listing the locales that do exist."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ModelError(f"{display_path(model_dir)}: no interaction model folder here")
    path = model_dir / f"{locale}.json"
    if not path.is_file():
        have = ", ".join(available_locales(model_dir)) or "none"
        raise ModelError(f"{display_path(path)}: no such locale (have: {have})")
    return path


def load_model(model_dir: Path, locale: str) -> InteractionModel:
    """Read and check `<model_dir>/<locale>.json`; ModelError names file and problem."""
    path = model_path(model_dir, locale)
    where = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{where}: cannot read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"{where}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from exc
    return parse_model(data, locale=locale, path=path)


def _need(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        article = "an" if names[0] in "aeiou" else "a"
        raise ModelError(f"{where}: {what} must be {article} {names}")
    return value


def placeholders(sample: str) -> list[str]:
    """Slot names used in a sample utterance, in order."""
    return _PLACEHOLDER.findall(sample)


def _value_id(name: str) -> str:
    # Alexa generates an opaque id when the model gives none; a stable hash does the same job.
    return hashlib.md5(name.encode("utf-8")).hexdigest()


def parse_model(data: Any, *, locale: str, path: Path) -> InteractionModel:
    """Build an InteractionModel from the decoded JSON, checking what Alexa's build checks."""
    where = display_path(path)
    root = _need(data, dict, where, "the file")
    im = _need(root.get("interactionModel"), dict, where, "interactionModel")
    lm = _need(im.get("languageModel"), dict, where, "interactionModel.languageModel")
    invocation = lm.get("invocationName")
    if not isinstance(invocation, str) or not invocation.strip():
        raise ModelError(f"{where}: languageModel.invocationName is missing")

    types: dict[str, SlotType] = {}
    for t_index, raw_type in enumerate(_need(lm.get("types", []), list, where, "types")):
        t_where = f"{where}: types[{t_index}]"
        _need(raw_type, dict, t_where, "a type")
        t_name = _need(raw_type.get("name"), str, t_where, "name")
        values = []
        for v_index, raw_value in enumerate(
            _need(raw_type.get("values", []), list, t_where, "values")
        ):
            v_where = f"{t_where}.values[{v_index}]"
            name_block = _need(_need(raw_value, dict, v_where, "a value").get("name"), dict,
                               v_where, "name")
            value = _need(name_block.get("value"), str, v_where, "name.value")
            synonyms = _need(name_block.get("synonyms", []), list, v_where, "name.synonyms")
            value_id = raw_value.get("id") or _value_id(value)
            values.append(SlotValue(str(value_id), value, tuple(str(s) for s in synonyms)))
        types[t_name] = SlotType(t_name, tuple(values))

    intents: list[Intent] = []
    seen: set[str] = set()
    for i_index, raw_intent in enumerate(_need(lm.get("intents"), list, where, "intents")):
        i_where = f"{where}: intents[{i_index}]"
        _need(raw_intent, dict, i_where, "an intent")
        name = _need(raw_intent.get("name"), str, i_where, "name")
        i_where = f"{where}: intent {name}"
        if name in seen:
            raise ModelError(f"{i_where}: declared twice")
        seen.add(name)
        slots = []
        for s_index, raw_slot in enumerate(
            _need(raw_intent.get("slots", []), list, i_where, "slots")
        ):
            s_where = f"{i_where}: slots[{s_index}]"
            _need(raw_slot, dict, s_where, "a slot")
            s_name = _need(raw_slot.get("name"), str, s_where, "name")
            s_type = _need(raw_slot.get("type"), str, s_where, "type")
            if not is_builtin_type(s_type) and s_type not in types:
                raise ModelError(
                    f"{i_where}: slot {s_name} has type {s_type}, which is not defined"
                )
            s_samples = tuple(_need(raw_slot.get("samples", []), list, s_where, "samples"))
            slots.append(Slot(s_name, s_type, tuple(str(s) for s in s_samples)))
        slot_names = {slot.name for slot in slots}
        samples = tuple(
            str(s) for s in _need(raw_intent.get("samples", []), list, i_where, "samples")
        )
        for sample in samples + tuple(s for slot in slots for s in slot.samples):
            for used in placeholders(sample):
                if used not in slot_names:
                    raise ModelError(f"{i_where}: sample {sample!r} uses {{{used}}}, not a slot")
        intents.append(Intent(name, tuple(slots), samples))

    prompts = _parse_prompts(im.get("prompts", []), where)
    dialog = _parse_dialog(im.get("dialog"), where, prompts, {i.name: i for i in intents})
    return InteractionModel(
        locale=locale,
        path=path,
        invocation_name=invocation.strip(),
        intents=tuple(intents),
        types=types,
        dialog=dialog,
        prompts=prompts,
    )


def _parse_prompts(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    prompts: dict[str, tuple[str, ...]] = {}
    for index, prompt in enumerate(_need(raw, list, where, "prompts")):
        p_where = f"{where}: prompts[{index}]"
        _need(prompt, dict, p_where, "a prompt")
        prompt_id = _need(prompt.get("id"), str, p_where, "id")
        variations = _need(prompt.get("variations", []), list, p_where, "variations")
        texts = tuple(
            str(v.get("value", "")) for v in variations if isinstance(v, dict) and v.get("value")
        )
        if not texts:
            raise ModelError(f"{p_where}: prompt {prompt_id} has no variations")
        prompts[prompt_id] = texts
    return prompts


def _parse_dialog(
    raw: Any, where: str, prompts: dict[str, tuple[str, ...]], intents: dict[str, Intent]
) -> dict[str, DialogIntent]:
    if raw is None:
        return {}
    _need(raw, dict, where, "dialog")
    default_strategy = raw.get("delegationStrategy", "ALWAYS")
    dialog: dict[str, DialogIntent] = {}

    def prompt_ref(block: Any, key: str, d_where: str) -> str | None:
        ref = block.get(key) if isinstance(block, dict) else None
        if ref is not None and ref not in prompts:
            raise ModelError(f"{d_where}: prompt {ref} is not in prompts")
        return ref

    raw_intents = _need(raw.get("intents", []), list, where, "dialog.intents")
    for index, raw_intent in enumerate(raw_intents):
        d_where = f"{where}: dialog.intents[{index}]"
        _need(raw_intent, dict, d_where, "a dialog intent")
        name = _need(raw_intent.get("name"), str, d_where, "name")
        if name not in intents:
            raise ModelError(f"{d_where}: intent {name} is not in languageModel.intents")
        slots = []
        for raw_slot in _need(raw_intent.get("slots", []), list, d_where, "slots"):
            _need(raw_slot, dict, d_where, "a slot")
            s_name = _need(raw_slot.get("name"), str, d_where, "name")
            if intents[name].slot(s_name) is None:
                raise ModelError(f"{d_where}: slot {s_name} is not a slot of {name}")
            slot_prompts = raw_slot.get("prompts", {})
            slots.append(
                DialogSlot(
                    name=s_name,
                    type=str(raw_slot.get("type", "")),
                    elicitation_required=bool(raw_slot.get("elicitationRequired", False)),
                    confirmation_required=bool(raw_slot.get("confirmationRequired", False)),
                    elicitation_prompt=prompt_ref(slot_prompts, "elicitation", d_where),
                    confirmation_prompt=prompt_ref(slot_prompts, "confirmation", d_where),
                )
            )
            if slots[-1].elicitation_required and slots[-1].elicitation_prompt is None:
                raise ModelError(f"{d_where}: slot {s_name} is required but has no prompt")
        dialog[name] = DialogIntent(
            name=name,
            delegation=str(raw_intent.get("delegationStrategy", default_strategy)),
            confirmation_required=bool(raw_intent.get("confirmationRequired", False)),
            confirmation_prompt=prompt_ref(raw_intent.get("prompts", {}), "confirmation", d_where),
            slots=tuple(slots),
        )
    return dialog
