"""Build the other English locales' interaction models from en-US.json and their differences,
and every locale's free-speech intents from their carrier templates.

    python scripts/build_locale_models.py            # write interactionModels/custom/<locale>.json
    python scripts/build_locale_models.py --check    # exit 1 if a generated file is out of date

The free-speech intents (one AMAZON.SearchQuery slot behind carrier phrases) are generated into
en-US.json and every other locale from interaction_model/carriers.yaml; the other differences live
in interaction_model/locale_vocabulary.yaml (its header explains the rules);
the emergency number each locale says comes from skill/data/locales/<locale>.yaml. The output is
deterministic: en-US's order, additions after it in the data file's order, JSON with indent 2 and
a trailing newline. Intents, slots and slot value ids are en-US's, so the skill's handling is the
same in every locale.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from alexa_simulator.numbers import digit_words as number_words  # noqa: E402
from skill.screening.locale import load_locale  # noqa: E402
from skill.screening.yaml_loading import KnowledgeError, unique_key_loader  # noqa: E402

MODELS_DIR = ROOT / "interaction_model" / "interactionModels" / "custom"
VOCABULARY = ROOT / "interaction_model" / "locale_vocabulary.yaml"
CARRIERS = ROOT / "interaction_model" / "carriers.yaml"
SPEECH_SLOT = {"name": "speech", "type": "AMAZON.SearchQuery"}
LOCALE_DATA = ROOT / "skill" / "data" / "locales"
BASE_LOCALE = "en-US"

_RULE_KEYS = frozenset({"use", "spelling", "replace", "samples", "synonyms"})


class BuildError(Exception):
    """The vocabulary or a model cannot be built; the message says where and why."""


# ---------------------------------------------------------------- loading


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def load_vocabulary(path: Path = VOCABULARY) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        doc = yaml.load(handle, Loader=unique_key_loader()) or {}
    if not isinstance(doc, dict) or not isinstance(doc.get("locales"), dict):
        raise BuildError(f"{path.name}: needs a 'locales' mapping")
    return doc


def emergency_number(locale: str, data_dir: Path = LOCALE_DATA) -> str:
    """The emergency number the skill's own wording names for `locale` (read and validated by
    the skill's locale reader; `data_dir` is its locales folder)."""
    try:
        return load_locale(locale, data_dir.parent).services.emergency_number
    except KnowledgeError as exc:
        raise BuildError(f"{locale}: {exc} (the skill has no usable wording for it)") from exc


# ---------------------------------------------------------------- rules


def merged_rules(vocabulary: Mapping[str, Any], locale: str) -> dict[str, Any]:
    """The locale's rules with its shared sets applied first (later entries win for mappings;
    lists are concatenated)."""
    own = vocabulary["locales"][locale] or {}
    shared = vocabulary.get("shared") or {}
    layers = []
    for name in own.get("use", []):
        if name not in shared:
            raise BuildError(f"{locale}: uses unknown shared set {name!r}")
        layers.append((f"shared.{name}", shared[name] or {}))
    layers.append((locale, own))
    rules: dict[str, Any] = {"spelling": {}, "replace": {}, "samples": {}, "synonyms": {}}
    for where, layer in layers:
        unknown = sorted(set(layer) - _RULE_KEYS)
        if unknown:
            raise BuildError(f"{where}: unknown keys {unknown}")
        rules["spelling"].update(layer.get("spelling") or {})
        rules["replace"].update(layer.get("replace") or {})
        for intent, samples in (layer.get("samples") or {}).items():
            rules["samples"].setdefault(intent, []).extend(samples)
        for type_name, values in (layer.get("synonyms") or {}).items():
            by_id = rules["synonyms"].setdefault(type_name, {})
            for value_id, synonyms in values.items():
                by_id.setdefault(value_id, []).extend(synonyms)
    return rules


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z']){re.escape(phrase)}(?![a-z'])")


def _rewrite(text: str, rules: Mapping[str, str], used: set[str]) -> str:
    for old, new in rules.items():
        pattern = _phrase_pattern(old)
        if pattern.search(text):
            used.add(old)
            text = pattern.sub(new, text)
    return text


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ---------------------------------------------------------------- free speech

_OPENING = {"(": ")", "[": "]"}


def _first_group(template: str) -> tuple[int, int, list[str]] | None:
    """The first outermost group of a template, as (start, end, its options): groups nest, and
    a nested group is expanded only inside the option that holds it (expanding the innermost
    first would multiply every sibling's options together)."""
    start = next((at for at, char in enumerate(template) if char in _OPENING), None)
    if start is None:
        return None
    depth, bars = 0, [start]
    for at in range(start, len(template)):
        char = template[at]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0:
                if template[start] == "[":
                    return start, at + 1, [template[start + 1:at], ""]
                bars.append(at)
                return start, at + 1, [template[a + 1:b] for a, b in pairwise(bars)]
        elif char == "|" and depth == 1:
            bars.append(at)
    raise BuildError(f"unbalanced group in carrier template {template!r}")


def expand(template: str) -> list[str]:
    """Every sample a template stands for: (a|b) one of several, [a] optional, nested freely."""
    group = _first_group(template)
    if group is None:
        return [" ".join(template.split())]
    start, end, options = group
    out: list[str] = []
    for option in options:
        out += expand(template[:start] + option + template[end:])
    return _unique(out)


def load_carriers(path: Path = CARRIERS) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        doc = yaml.load(handle, Loader=unique_key_loader()) or {}
    if not isinstance(doc, dict) or not isinstance(doc.get("intents"), dict):
        raise BuildError(f"{path.name}: needs an 'intents' mapping")
    for locale, intents in (doc.get("locales") or {}).items():
        unknown = sorted(set(intents) - set(doc["intents"]))
        if unknown:
            raise BuildError(f"{path.name}: {locale} has carriers for unknown intents {unknown}")
    return doc


def carrier_samples(templates: Iterable[str], where: str) -> list[str]:
    samples = []
    for template in templates:
        for sample in expand(template):
            if "{speech}" not in sample or not sample.replace("{speech}", "").strip():
                raise BuildError(f"{where}: {template!r} gives {sample!r}; each sample needs "
                                 "{speech} and a carrier phrase around it")
            samples.append(sample)
    return _unique(samples)


def with_free_speech(base: Mapping[str, Any], carriers: Mapping[str, Any]) -> dict[str, Any]:
    """en-US with its free-speech intents generated afresh from the carrier templates, placed
    before the built-in intents."""
    doc = copy.deepcopy(dict(base))
    lm = doc["interactionModel"]["languageModel"]
    generated = [{"name": name, "slots": [dict(SPEECH_SLOT)],
                  "samples": carrier_samples(templates, f"carriers.yaml: {name}")}
                 for name, templates in carriers["intents"].items()]
    kept = [intent for intent in lm["intents"] if intent["name"] not in carriers["intents"]]
    answers = carriers.get("answers") or {}
    taken = {s for intent in kept for s in intent.get("samples", [])}
    for intent in kept:
        templates = answers.get(intent["name"]) or []
        new = [s for t in templates for s in expand(t) if s not in taken]
        if new:
            intent["samples"] = _unique([*intent.get("samples", []), *new])
            taken.update(new)
    unknown = sorted(set(answers) - {intent["name"] for intent in kept})
    if unknown:
        raise BuildError(f"carriers.yaml: answers for intents the model lacks: {unknown}")
    at = next((i for i, intent in enumerate(kept)
               if intent["name"].startswith("AMAZON.") and i > 2), len(kept))
    lm["intents"] = kept[:at] + generated + kept[at:]
    return doc


# ---------------------------------------------------------------- building


def build_model(base: Mapping[str, Any], rules: Mapping[str, Any], locale: str,
                number: str, base_number: str) -> dict[str, Any]:
    """One locale's model: en-US's, rewritten and extended by `rules`."""
    doc = copy.deepcopy(dict(base))
    lm = doc["interactionModel"]["languageModel"]
    sample_rules = dict(rules["replace"])
    if number != base_number:
        sample_rules[number_words(base_number)] = number_words(number)
    spelling = dict(rules["spelling"])
    used: set[str] = set()

    intents = {intent["name"]: intent for intent in lm["intents"]}
    owner: dict[str, str] = {}
    for intent in lm["intents"]:
        if "samples" not in intent:
            continue
        rewritten = [_rewrite(_rewrite(s, sample_rules, used), spelling, used)
                     for s in intent["samples"]]
        intent["samples"] = _unique(rewritten)
        for sample in intent["samples"]:
            if sample in owner:
                raise BuildError(f"{locale}: rewritten sample {sample!r} is in {owner[sample]} "
                                 f"and {intent['name']}")
            owner[sample] = intent["name"]
    for name, added in rules["samples"].items():
        if name not in intents:
            raise BuildError(f"{locale}: samples for {name}, which the model does not have")
        for sample in added:
            if sample in owner:
                raise BuildError(f"{locale}: added sample {sample!r} is already in {owner[sample]}")
            owner[sample] = name
            intents[name].setdefault("samples", []).append(sample)

    types = {slot_type["name"]: slot_type for slot_type in lm.get("types", [])}
    for slot_type in lm.get("types", []):
        phrases: dict[str, str] = {}
        for value in slot_type["values"]:
            name = value["name"]
            listed = [name["value"], *name.get("synonyms", [])]
            spelled = []
            for phrase in listed:
                spelled += [phrase, _rewrite(phrase, spelling, used)]
            synonyms = [p for p in _unique(spelled) if p != name["value"]]
            if "synonyms" in name or synonyms:
                name["synonyms"] = synonyms
            for phrase in [name["value"], *synonyms]:
                phrases.setdefault(phrase, value["id"])
        added = rules["synonyms"].get(slot_type["name"], {})
        values = {value["id"]: value for value in slot_type["values"]}
        for value_id, synonyms in added.items():
            if value_id not in values:
                raise BuildError(f"{locale}: {slot_type['name']} has no value id {value_id!r}")
            for synonym in synonyms:
                if synonym in phrases:
                    raise BuildError(f"{locale}: synonym {synonym!r} is already under "
                                     f"{slot_type['name']}.{phrases[synonym]}")
                phrases[synonym] = value_id
                values[value_id]["name"].setdefault("synonyms", []).append(synonym)
    for type_name in rules["synonyms"]:
        if type_name not in types:
            raise BuildError(f"{locale}: synonyms for {type_name}, which the model does not have")

    stale = sorted((set(rules["replace"]) | set(spelling)) - used)
    if stale:
        raise BuildError(f"{locale}: rules that change nothing in en-US.json (stale?): {stale}")
    if number != base_number:
        left = [s for s in owner if _phrase_pattern(number_words(base_number)).search(s)]
        if left:
            raise BuildError(f"{locale}: samples still name {base_number}: {left}")
    return doc


def render(doc: Any) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def build_all(models_dir: Path = MODELS_DIR, vocabulary_path: Path = VOCABULARY,
              locale_data: Path = LOCALE_DATA, carriers_path: Path = CARRIERS) -> dict[Path, str]:
    """Every generated model's path and text (en-US's too: its free-speech intents)."""
    vocabulary = load_vocabulary(vocabulary_path)
    carriers = load_carriers(carriers_path)
    base = with_free_speech(load_json(models_dir / f"{BASE_LOCALE}.json"), carriers)
    base_number = emergency_number(BASE_LOCALE, locale_data)
    outputs = {models_dir / f"{BASE_LOCALE}.json": render(base)}
    for locale in sorted(vocabulary["locales"]):
        if locale == BASE_LOCALE:
            raise BuildError(f"{BASE_LOCALE} is the source, not a generated locale")
        rules = merged_rules(vocabulary, locale)
        local = (carriers.get("locales") or {}).get(locale) or {}
        for name, templates in local.items():
            rules["samples"].setdefault(name, []).extend(
                carrier_samples(templates, f"carriers.yaml: {locale} {name}"))
        doc = build_model(base, rules, locale, emergency_number(locale, locale_data), base_number)
        outputs[models_dir / f"{locale}.json"] = render(doc)
    return outputs


def out_of_date(outputs: Mapping[Path, str]) -> list[Path]:
    return [path for path, text in outputs.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a generated model differs from the build")
    parser.add_argument("--model-dir", type=Path, default=MODELS_DIR)
    parser.add_argument("--vocabulary", type=Path, default=VOCABULARY)
    parser.add_argument("--locale-data", type=Path, default=LOCALE_DATA)
    args = parser.parse_args(argv)
    try:
        outputs = build_all(args.model_dir, args.vocabulary, args.locale_data)
    except (BuildError, OSError, ValueError, yaml.YAMLError) as exc:
        print(f"build_locale_models: {exc}", file=sys.stderr)
        return 2
    stale = out_of_date(outputs)
    if args.check:
        for path in stale:
            print(f"out of date: {path.name} (run python scripts/build_locale_models.py)")
        return 1 if stale else 0
    for path in stale:
        path.write_text(outputs[path], encoding="utf-8")
        print(f"wrote {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
