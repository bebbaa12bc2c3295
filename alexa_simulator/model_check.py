"""A check for interaction models: every sample must resolve back to its own intent.

Two intents sharing a phrasing, or a sample swallowed by a broader one, make Alexa pick one of
them at random in practice; this finds them before a person does. Each sample is spoken with its
slots filled by a value of their type and sent through the same NLU the simulator uses.
"""

from __future__ import annotations

from pathlib import Path

from alexa_simulator.builtins import BUILTIN_INTENT_SAMPLES
from alexa_simulator.model import placeholders
from alexa_simulator.nlu import Nlu, fill_sample
from alexa_simulator.normalise import tokens
from alexa_simulator.simulator import load_nlu


def check_samples_resolve(model_dir: Path | str, locale: str) -> list[str]:
    """Problems, one line each: samples that resolve to another intent, lose a slot value or
    repeat a phrasing of a built-in intent the model declares."""
    nlu: Nlu = load_nlu(Path(model_dir), locale)
    problems: list[str] = []
    builtin_phrasings = {
        tokens(phrase): name
        for name in nlu.model.intent_names
        for phrase in BUILTIN_INTENT_SAMPLES.get(name, ())
    }
    for intent in nlu.model.intents:
        types = {slot.name: slot.type for slot in intent.slots}
        for sample in intent.samples:
            names = placeholders(sample)
            clash = builtin_phrasings.get(tokens(sample)) if not names else None
            if clash is not None and clash != intent.name:
                problems.append(f"{intent.name}: {sample!r} is also how people say {clash}; "
                                "Alexa may pick either")
            values = {name: nlu.example_value(types[name]) for name in names}
            missing = [name for name, value in values.items() if value is None]
            if missing:
                problems.append(f"{intent.name}: {sample!r}: slot type of "
                                f"{', '.join(missing)} has no values to try")
                continue
            text = fill_sample(sample, {k: v for k, v in values.items() if v is not None})
            match = nlu.match(text)
            if match is None or match.name != intent.name:
                got = match.name if match else "nothing"
                problems.append(f"{intent.name}: {sample!r} said as {text!r} resolves to {got}")
                continue
            for name in names:
                if name not in match.slots:
                    problems.append(f"{intent.name}: {sample!r} said as {text!r} "
                                    f"does not fill {{{name}}}")
    return problems
