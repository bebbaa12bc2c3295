"""Checks for an ASK CLI skill package: its interaction models, skill.json and ask-resources.json.

Two kinds of check, for any skill. Alexa's own rules (the layout, invocation names, sample and slot
value text, limits, the manifest's required answers), and the skill's contract, given as plain data
in a `Contract`: the intents and slots its code handles, the slot value ids it reads, the names a
value must be heard by, and how many samples each intent needs. Samples and example phrases are
checked with the simulator's own NLU, the one `python -m alexa_simulator` talks through: a sample
that resolves to another intent, or an example phrase that fits no sample, is found here before a
person finds it.

Each `check_*` function returns a list of problems, one readable line each; an empty list passes.
`check_package` runs them all over a package folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from alexa_simulator.builtins import BUILTIN_INTENT_SAMPLES, PHRASE_SLOT_TYPES
from alexa_simulator.errors import ModelError
from alexa_simulator.model import parse_model, placeholders
from alexa_simulator.nlu import Nlu, fill_sample
from alexa_simulator.normalise import tokens
from alexa_simulator.numbers import number_words
from alexa_simulator.simulator import load_nlu

FALLBACK = "AMAZON.FallbackIntent"

# Alexa's limits (custom skill interaction model and skill manifest).
MAX_SAMPLE_CHARS = 200
MAX_SLOT_VALUE_CHARS = 140
MAX_SUMMARY_CHARS = 160
MAX_DESCRIPTION_CHARS = 4000
MAX_NAME_CHARS = 50
MAX_KEYWORDS = 30
MAX_EXAMPLE_PHRASES = 3

# Invocation names may not contain these words (wake words, launch phrases, connecting words).
FORBIDDEN_INVOCATION_WORDS = frozenset({
    "alexa", "amazon", "echo", "computer", "skill", "app", "launch", "ask", "tell", "load",
    "begin", "enable", "open", "start", "play", "to", "from", "by", "if", "and", "whether",
})

_SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")
_SLOT_TOKEN = re.compile(r"^\{[A-Za-z][A-Za-z0-9_]*\}$")
_WORD_TOKEN = re.compile(r"^[a-z]+(?:'[a-z]*)*$")
_ABBREVIATION_TOKEN = re.compile(r"^[a-z]\.$")
_SLOT_VALUE = re.compile(r"^[a-z]+(?:'[a-z]*)*(?: [a-z]+(?:'[a-z]*)*)*$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LOCALE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


@dataclass(frozen=True)
class Contract:
    """What a skill's code expects of its interaction models, as plain data.

    `intents`: every intent the code handles, with its slots (name -> slot type); the model must
    have exactly these. `slot_ids`: for a custom slot type, every value id the code reads, each
    with the written names it must be heard by (the first is the value itself, the rest must be
    among its synonyms, as `spoken` writes them; empty when any wording will do); the model's ids
    must be exactly these. `min_samples`: the fewest samples an intent needs."""

    intents: Mapping[str, Mapping[str, str]]
    slot_ids: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    min_samples: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Listing:
    """What a skill requires of its store listing beyond Alexa's rules: its category, words every
    locale's description must contain (per locale), privacy answers and interfaces."""

    category: str | None = None
    description_words: Mapping[str, Sequence[str]] = field(default_factory=dict)
    privacy: Mapping[str, bool] = field(default_factory=dict)
    interfaces: Sequence[str] = ()
    available_worldwide: bool | None = None


# ---------------------------------------------------------------- loading


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def model_files(models_dir: Path) -> list[Path]:
    """Every locale's interaction model, e.g. interactionModels/custom/en-US.json."""
    return sorted(Path(models_dir).glob("*.json"))


def language_model(doc: Mapping[str, Any]) -> dict[str, Any]:
    return doc["interactionModel"]["languageModel"]


def intents_by_name(lm: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {intent["name"]: intent for intent in lm.get("intents", [])}


def types_by_name(lm: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {slot_type["name"]: slot_type for slot_type in lm.get("types", [])}


def type_ids(lm: Mapping[str, Any], type_name: str) -> set[str]:
    return {value["id"] for value in types_by_name(lm).get(type_name, {}).get("values", [])}


# ---------------------------------------------------------------- spoken forms


def spoken(text: str) -> str:
    """A written name as a slot value: "Low vitamin B12, or X" -> "low vitamin b twelve or x"."""
    text = text.lower().replace("-", " ")
    text = re.sub(r"([a-z])(\d)", r"\1 \2", text)
    text = re.sub(r"\d+", lambda match: " " + number_words(int(match.group())) + " ", text)
    text = re.sub(r"[^a-z' ]", "", text)
    return " ".join(text.split())


def without_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the) ", "", text)


# ---------------------------------------------------------------- Alexa's rules for a model


def check_shape(doc: Any) -> list[str]:
    """The ASK CLI layout: interactionModel.languageModel with invocationName, intents, types."""
    if not isinstance(doc, dict) or not isinstance(doc.get("interactionModel"), dict):
        return ["top level must be an object with an 'interactionModel' object"]
    lm = doc["interactionModel"].get("languageModel")
    if not isinstance(lm, dict):
        return ["interactionModel.languageModel must be an object"]
    problems = []
    if not isinstance(lm.get("invocationName"), str):
        problems.append("languageModel.invocationName must be a string")
    if not isinstance(lm.get("intents"), list):
        problems.append("languageModel.intents must be a list")
        return problems
    if not isinstance(lm.get("types", []), list):
        problems.append("languageModel.types must be a list")
    for index, intent in enumerate(lm["intents"]):
        where = f"intents[{index}]"
        if not isinstance(intent, dict) or not isinstance(intent.get("name"), str):
            problems.append(f"{where}: must be an object with a string 'name'")
            continue
        samples = intent.get("samples", [])
        if not isinstance(samples, list) or not all(isinstance(s, str) for s in samples):
            problems.append(f"{intent['name']}: samples must be a list of strings")
        for slot in intent.get("slots", []):
            if not isinstance(slot, dict) or not {"name", "type"} <= slot.keys():
                problems.append(f"{intent['name']}: every slot needs a name and a type")
    for index, slot_type in enumerate(lm.get("types", [])):
        if not isinstance(slot_type, dict) or not isinstance(slot_type.get("name"), str):
            problems.append(f"types[{index}]: must be an object with a string 'name'")
            continue
        for value in slot_type.get("values", []):
            name = value.get("name") if isinstance(value, dict) else None
            if not isinstance(name, dict) or not isinstance(name.get("value"), str):
                problems.append(f"{slot_type['name']}: every value needs name.value")
            elif not isinstance(name.get("synonyms", []), list):
                problems.append(f"{slot_type['name']}: {name['value']!r} synonyms must be a list")
    return problems


def check_invocation_name(name: str) -> list[str]:
    """Alexa's rules: two or more words, lower-case letters and spaces, no reserved words."""
    problems = []
    if not re.fullmatch(r"[a-z]+(?: [a-z]+)+", name):
        problems.append(
            f"invocation name {name!r}: two or more words of lower-case letters, single spaces"
        )
    reserved = sorted(set(name.split()) & FORBIDDEN_INVOCATION_WORDS)
    if reserved:
        problems.append(f"invocation name {name!r}: may not contain {', '.join(reserved)}")
    return problems


def check_slot_types(lm: Mapping[str, Any]) -> list[str]:
    """Every slot's type is built in (AMAZON.*) or defined; every defined type is used."""
    problems = []
    defined = types_by_name(lm)
    used: set[str] = set()
    for intent in lm["intents"]:
        for slot in intent.get("slots", []):
            used.add(slot["type"])
            if not slot["type"].startswith("AMAZON.") and slot["type"] not in defined:
                problems.append(f"{intent['name']}.{slot['name']}: type {slot['type']} undefined")
    for name in defined:
        if name.startswith("AMAZON."):
            problems.append(f"custom type {name}: the AMAZON. prefix is reserved")
        if name not in used:
            problems.append(f"custom type {name} is not used by any slot")
    return problems


def check_sample_text(lm: Mapping[str, Any]) -> list[str]:
    """Lower case; words, apostrophes, periods only in abbreviations ("t. v."); no digits."""
    problems = []
    for intent in lm["intents"]:
        for sample in intent.get("samples", []):
            where = f"{intent['name']}: {sample!r}"
            if not sample or sample != sample.strip() or "  " in sample:
                problems.append(f"{where}: words must be separated by single spaces")
                continue
            if len(sample) > MAX_SAMPLE_CHARS:
                problems.append(f"{where}: longer than {MAX_SAMPLE_CHARS} characters")
            if re.search(r"\d", sample):
                problems.append(f"{where}: digits (spell numbers out)")
            bad = [
                token for token in sample.split(" ")
                if not (
                    _SLOT_TOKEN.match(token)
                    or _WORD_TOKEN.match(token)
                    or _ABBREVIATION_TOKEN.match(token)
                )
            ]
            if bad:
                problems.append(f"{where}: not lower-case words or {{slots}}: {bad}")
    return problems


def check_slot_placeholders(lm: Mapping[str, Any]) -> list[str]:
    """{slot} placeholders name declared slots; every declared slot appears in some sample."""
    problems = []
    for intent in lm["intents"]:
        declared = {slot["name"] for slot in intent.get("slots", [])}
        referenced: set[str] = set()
        for sample in intent.get("samples", []):
            names = _SLOT.findall(sample)
            if len(names) != len(set(names)):
                problems.append(f"{intent['name']}: {sample!r} uses a slot twice")
            referenced.update(names)
            unknown = sorted(set(names) - declared)
            if unknown:
                problems.append(f"{intent['name']}: {sample!r} uses undeclared slots {unknown}")
            if re.search(r"[{}]", _SLOT.sub("", sample)):
                problems.append(f"{intent['name']}: {sample!r} has a malformed slot")
        unused = sorted(declared - referenced)
        if unused:
            problems.append(f"{intent['name']}: slots {unused} appear in no sample")
    return problems


def check_duplicate_samples(lm: Mapping[str, Any]) -> list[str]:
    """No sample appears twice, in one intent or in two."""
    problems = []
    owner: dict[str, str] = {}
    for intent in lm["intents"]:
        for sample in intent.get("samples", []):
            key = " ".join(sample.lower().split())
            if key in owner:
                where = "twice" if owner[key] == intent["name"] else f"also in {owner[key]}"
                problems.append(f"{intent['name']}: {sample!r} is {where}")
            else:
                owner[key] = intent["name"]
    return problems


def check_contract_intents(lm: Mapping[str, Any], contract: Contract) -> list[str]:
    """Exactly the contract's intents, each with exactly its slots and types."""
    problems = []
    names = [intent["name"] for intent in lm["intents"]]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        problems.append(f"intents declared twice: {repeated}")
    missing = sorted(contract.intents.keys() - set(names))
    extra = sorted(set(names) - contract.intents.keys())
    if missing:
        problems.append(f"intents missing from the model: {missing}")
    if extra:
        problems.append(f"intents not in the contract: {extra}")
    for name, intent in intents_by_name(lm).items():
        if name not in contract.intents:
            continue
        slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        if slots != dict(contract.intents[name]):
            problems.append(f"{name}: slots {slots} but the contract says "
                            f"{dict(contract.intents[name])}")
    return problems


def check_sample_counts(lm: Mapping[str, Any], contract: Contract) -> list[str]:
    """Each intent has the contract's fewest samples; AMAZON.FallbackIntent has none."""
    problems = []
    for name, intent in intents_by_name(lm).items():
        count = len(intent.get("samples", []))
        if name == FALLBACK:
            if count:
                problems.append(f"{FALLBACK} may not have samples")
        elif count < contract.min_samples.get(name, 0):
            problems.append(f"{name}: {count} samples, the contract asks for "
                            f"{contract.min_samples[name]}")
    return problems


def check_slot_values(lm: Mapping[str, Any]) -> list[str]:
    """Ids are unique snake_case; values and synonyms lower case, unique within their type."""
    problems = []
    for slot_type in lm.get("types", []):
        type_name = slot_type["name"]
        seen_ids: set[str] = set()
        owner: dict[str, str] = {}
        if not slot_type.get("values"):
            problems.append(f"{type_name}: no values")
        for value in slot_type.get("values", []):
            ident = value.get("id")
            if not isinstance(ident, str) or not _ID.match(ident):
                problems.append(f"{type_name}: id {ident!r} must be snake_case")
            elif ident in seen_ids:
                problems.append(f"{type_name}: id {ident!r} twice")
            seen_ids.add(str(ident))
            name = value["name"]
            for phrase in [name["value"], *name.get("synonyms", [])]:
                where = f"{type_name}.{ident}: {phrase!r}"
                if not _SLOT_VALUE.match(phrase):
                    problems.append(f"{where}: lower-case words and apostrophes only")
                if len(phrase) > MAX_SLOT_VALUE_CHARS:
                    problems.append(f"{where}: longer than {MAX_SLOT_VALUE_CHARS} characters")
                if phrase in owner:
                    problems.append(f"{where}: also under {owner[phrase]}")
                owner[phrase] = str(ident)
    return problems


def check_slot_ids(lm: Mapping[str, Any], contract: Contract) -> list[str]:
    """Each contract slot type has exactly the contract's ids, its value and synonyms heard as the
    contract's names say."""
    problems = []
    for type_name, expected in contract.slot_ids.items():
        values = {value["id"]: value["name"]
                  for value in types_by_name(lm).get(type_name, {}).get("values", [])}
        if expected.keys() - values.keys():
            problems.append(f"{type_name} lacks ids {sorted(expected.keys() - values.keys())}")
        if values.keys() - expected.keys():
            problems.append(f"{type_name} ids not in the contract "
                            f"{sorted(values.keys() - expected.keys())}")
        for ident in sorted(expected.keys() & values.keys()):
            names, name = expected[ident], values[ident]
            if not names:
                continue
            want = spoken(without_article(names[0].strip()))
            if name["value"] != want:
                problems.append(f"{type_name}.{ident}: value {name['value']!r}, expected {want!r}")
            phrases = {name["value"], *name.get("synonyms", [])}
            missing = sorted({spoken(s) for s in names[1:]} - phrases)
            if missing:
                problems.append(f"{type_name}.{ident}: lacks synonyms {missing}")
    return problems


def check_phrase_slots(lm: Mapping[str, Any]) -> list[str]:
    """Alexa's rules for AMAZON.SearchQuery: one such slot per intent; every sample that uses it
    has a carrier phrase around it (else MissingCarrierPhraseWithPhraseSlot) and no other slot."""
    problems = []
    for intent in lm["intents"]:
        phrase = [s["name"] for s in intent.get("slots", []) if s["type"] in PHRASE_SLOT_TYPES]
        if len(phrase) > 1:
            problems.append(f"{intent['name']}: {len(phrase)} AMAZON.SearchQuery slots; "
                            "one at most")
        for sample in intent.get("samples", []):
            named = placeholders(sample)
            if not set(named) & set(phrase):
                continue
            if not re.sub(r"\{[^{}]*\}", "", sample).strip():
                problems.append(f"{intent['name']}: {sample!r} has no carrier phrase around its "
                                "AMAZON.SearchQuery slot")
            if len(named) > 1:
                problems.append(f"{intent['name']}: {sample!r} has another slot beside its "
                                "AMAZON.SearchQuery slot")
    return problems


def check_model(doc: Any, contract: Contract) -> list[str]:
    """Every check of one locale's model document (shape first: the others assume it)."""
    problems = check_shape(doc)
    if problems:
        return problems
    lm = language_model(doc)
    problems.extend(check_contract_intents(lm, contract))
    for check in (check_slot_types, check_sample_text, check_slot_placeholders,
                  check_duplicate_samples, check_slot_values, check_phrase_slots):
        problems.extend(check(lm))
    problems.extend(check_sample_counts(lm, contract))
    problems.extend(check_slot_ids(lm, contract))
    problems.extend(check_invocation_name(lm["invocationName"]))
    return problems


# ---------------------------------------------------------------- through the simulator's NLU


def nlu_for(lm: Mapping[str, Any], locale: str = "en-US") -> Nlu:
    """The simulator's NLU over a language model given as data."""
    doc = {"interactionModel": {"languageModel": lm}}
    return Nlu(parse_model(doc, locale=locale, path=Path(f"{locale}.json")))


def check_samples_resolve(model_dir: Path | str, locale: str) -> list[str]:
    """Problems, one line each: samples that resolve to another intent, lose a slot value or
    repeat a phrasing of a built-in intent the model declares."""
    return list(_samples_resolve_problems(load_nlu(Path(model_dir), locale)))


@lru_cache(maxsize=16)
def _samples_resolve_problems(nlu: Nlu) -> tuple[str, ...]:
    """Speaking every sample takes minutes per locale, and the answer depends only on the
    compiled model, which `load_nlu` recompiles when its file changes: so the checker command and
    the per-locale test run in one process speak each model once."""
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
    return tuple(problems)


def check_example_phrases(phrases: Iterable[str], lm: Mapping[str, Any],
                          nlu: Nlu | None = None) -> list[str]:
    """Each example phrase starts "Alexa, ", names the skill, and any request reaches an intent
    other than the fallback in the simulator's NLU."""
    problems = []
    invocation = lm["invocationName"]
    phrases = list(phrases)
    if not 1 <= len(phrases) <= MAX_EXAMPLE_PHRASES:
        problems.append(f"examplePhrases: 1 to {MAX_EXAMPLE_PHRASES}, got {len(phrases)}")
    for phrase in phrases:
        if not phrase.startswith("Alexa, "):
            problems.append(f"example phrase {phrase!r} must start with 'Alexa, '")
            continue
        words = " ".join(re.sub(r"[^a-z' ]", " ", phrase[len("Alexa, "):].lower()).split())
        launch = re.fullmatch(rf"(?:open|launch|start) {re.escape(invocation)}", words)
        request = re.fullmatch(rf"(?:ask|tell) {re.escape(invocation)} (?:to )?(.+)", words)
        if launch:
            continue
        if not request:
            problems.append(f"example phrase {phrase!r}: 'open {invocation}' or "
                            f"'ask {invocation} ...'")
            continue
        match = (nlu or nlu_for(lm)).match(request.group(1))
        if match is None or match.name == FALLBACK:
            problems.append(f"example phrase {phrase!r}: {request.group(1)!r} fits no sample")
    return problems


# ---------------------------------------------------------------- skill.json and ask-resources


def is_https_url(value: Any) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", value))


def check_manifest(doc: Any, models: Mapping[str, Mapping[str, Any]],
                   listing: Listing = Listing()) -> list[str]:
    """skill.json: publishing text for every model locale within Alexa's limits (with the
    listing's words), privacy and compliance answers, the custom endpoint and the listing's
    interfaces. `models`: locale -> language model."""
    problems = []
    manifest = doc.get("manifest", {}) if isinstance(doc, dict) else {}
    if manifest.get("manifestVersion") != "1.0":
        problems.append("manifest.manifestVersion must be '1.0'")
    publishing = manifest.get("publishingInformation", {})
    privacy = manifest.get("privacyAndCompliance", {})
    publishing_locales = publishing.get("locales", {})
    privacy_locales = privacy.get("locales", {})

    for locale in sorted(set(publishing_locales) | set(privacy_locales) | set(models)):
        if not _LOCALE.match(locale):
            problems.append(f"locale {locale!r} is not like en-US")
        if locale not in models:
            problems.append(f"{locale}: in skill.json but has no interaction model")
        info = publishing_locales.get(locale)
        if not isinstance(info, dict):
            problems.append(f"{locale}: no publishingInformation.locales entry")
        else:
            problems.extend(_check_publishing_locale(
                locale, info, models.get(locale), listing.description_words.get(locale, ())))
        urls = privacy_locales.get(locale, {})
        for key in ("privacyPolicyUrl", "termsOfUseUrl"):
            if not is_https_url(urls.get(key)):
                problems.append(f"{locale}: privacyAndCompliance.locales.{key} must be https")

    if listing.category and publishing.get("category") != listing.category:
        problems.append(f"publishingInformation.category must be {listing.category}")
    if not str(publishing.get("testingInstructions", "")).strip():
        problems.append("publishingInformation.testingInstructions is empty")
    if (listing.available_worldwide is not None
            and publishing.get("isAvailableWorldwide") is not listing.available_worldwide):
        problems.append("publishingInformation.isAvailableWorldwide must be "
                        f"{str(listing.available_worldwide).lower()}")
    countries = publishing.get("distributionCountries")
    if not countries or not all(re.fullmatch(r"[A-Z]{2}", str(c)) for c in countries):
        problems.append("distributionCountries must list ISO 3166 alpha-2 codes")

    for key in ("allowsPurchases", "usesPersonalInfo", "isChildDirected", "isExportCompliant",
                "containsAds", "usesHealthInfo"):
        if not isinstance(privacy.get(key), bool):
            problems.append(f"privacyAndCompliance.{key} must be true or false")
    for key, wanted in listing.privacy.items():
        if privacy.get(key) is not wanted:
            problems.append(f"privacyAndCompliance.{key} must be {str(wanted).lower()}")

    custom = manifest.get("apis", {}).get("custom", {})
    uri = str(custom.get("endpoint", {}).get("uri", "")) if "endpoint" in custom else None
    if uri is not None and not (uri.startswith("arn:aws:lambda:") or is_https_url(uri)):
        # no endpoint at all is fine: the ASK CLI's lambda-deployer writes the ARN in
        problems.append("apis.custom.endpoint.uri must be a Lambda ARN or an https:// address")
    interfaces = {item.get("type") for item in custom.get("interfaces", [])}
    for wanted in listing.interfaces:
        if wanted not in interfaces:
            problems.append(f"apis.custom.interfaces lacks {wanted}")
    return problems


ICON_SIZES = {"smallIconUri": 108, "largeIconUri": 512}


def check_icons(doc: Any, package: Path) -> list[str]:
    """Every locale's store icons: PNG files in the package (file://, as the ASK CLI uploads
    them) of 108x108 and 512x512, or https addresses."""
    problems = []
    locales = doc.get("manifest", {}).get("publishingInformation", {}).get("locales", {})
    for locale, info in sorted(locales.items()):
        for key, size in ICON_SIZES.items():
            uri = str(info.get(key, ""))
            if is_https_url(uri):
                continue
            if not uri.startswith("file://"):
                problems.append(f"{locale}: {key} must be file://<path in the package> or https")
                continue
            path = package / uri[len("file://"):]
            data = path.read_bytes()[:24] if path.is_file() else b""
            if data[:8] != b"\x89PNG\r\n\x1a\n":
                problems.append(f"{locale}: {key} {uri} is not a PNG in the package")
            elif (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) != (
                size, size
            ):
                problems.append(f"{locale}: {key} {uri} must be {size}x{size}")
    return problems


def _check_publishing_locale(locale: str, info: Mapping[str, Any], lm: Mapping[str, Any] | None,
                             words: Sequence[str]) -> list[str]:
    problems = []
    name, summary = str(info.get("name", "")), str(info.get("summary", ""))
    description = str(info.get("description", ""))
    if not name or len(name) > MAX_NAME_CHARS:
        problems.append(f"{locale}: name must be 1 to {MAX_NAME_CHARS} characters")
    if not summary or len(summary) > MAX_SUMMARY_CHARS:
        problems.append(f"{locale}: summary must be 1 to {MAX_SUMMARY_CHARS} characters")
    if not description or len(description) > MAX_DESCRIPTION_CHARS:
        problems.append(f"{locale}: description must be 1 to {MAX_DESCRIPTION_CHARS} characters")
    folded = " ".join(description.lower().split())
    for wanted in words:
        if wanted.lower() not in folded:
            problems.append(f"{locale}: description lacks the words {wanted!r}")
    keywords = info.get("keywords", [])
    if not keywords or len(keywords) > MAX_KEYWORDS:
        problems.append(f"{locale}: 1 to {MAX_KEYWORDS} keywords")
    if lm is not None:
        problems.extend(f"{locale}: {p}"
                        for p in check_example_phrases(info.get("examplePhrases", []), lm))
    return problems


def check_ask_resources(doc: Any, root: Path, package_dir: Path, code_dir: Path,
                        handler: str) -> list[str]:
    """ask-resources.json (ASK CLI v2): the skill package and code folders, deployed by the
    Lambda deployer with `handler` on a Python runtime."""
    problems = []
    if not isinstance(doc, dict) or doc.get("askcliResourcesVersion") != "2020-03-31":
        return ["askcliResourcesVersion must be '2020-03-31'"]
    profile = doc.get("profiles", {}).get("default", {})
    package = profile.get("skillMetadata", {}).get("src")
    code = profile.get("code", {}).get("default", {}).get("src")
    if not package or (root / package).resolve() != package_dir.resolve():
        problems.append(f"profiles.default.skillMetadata.src is {package!r}, not "
                        f"./{package_dir.relative_to(root)}")
    if not code or (root / code).resolve() != code_dir.resolve():
        problems.append(f"profiles.default.code.default.src is {code!r}, not "
                        f"./{code_dir.relative_to(root)}")
    infrastructure = profile.get("skillInfrastructure", {})
    if infrastructure.get("type") != "@ask-cli/lambda-deployer":
        problems.append("skillInfrastructure.type must be @ask-cli/lambda-deployer")
    config = infrastructure.get("userConfig", {})
    if not str(config.get("runtime", "")).startswith("python3."):
        problems.append("skillInfrastructure.userConfig.runtime must be a python3.x runtime")
    if config.get("handler") != handler:
        problems.append(f"skillInfrastructure.userConfig.handler must be {handler}")
    return problems


# ---------------------------------------------------------------- a whole package


def sample_counts(lm: Mapping[str, Any]) -> dict[str, int]:
    return {intent["name"]: len(intent.get("samples", [])) for intent in lm["intents"]}


def check_package(package_dir: Path, contract: Contract, listing: Listing = Listing(), *,
                  root: Path | None = None, code_dir: Path | None = None,
                  deployed_package_dir: Path | None = None,
                  handler: str = "lambda_function.handler",
                  ) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """Every check over an ASK CLI package folder (interactionModels/custom/*.json, skill.json
    and its icons, and, given `code_dir`, ask-resources.json in `root`, the package's parent by
    default, pointing at `deployed_package_dir` (the package itself unless a build fills it in
    elsewhere) and `code_dir`): the problems, each naming its file, and the language models read,
    by locale."""
    root = root or package_dir.parent
    models_dir = package_dir / "interactionModels" / "custom"
    problems: list[str] = []
    models: dict[str, dict[str, Any]] = {}
    files = model_files(models_dir)
    if not files:
        problems.append(f"no interaction models in {models_dir}")
    for path in files:
        try:
            doc = load_json(path)
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        problems.extend(f"{path.name}: {problem}" for problem in check_model(doc, contract))
        if check_shape(doc):
            continue
        models[path.stem] = language_model(doc)
        try:
            resolving = check_samples_resolve(models_dir, path.stem)
        except ModelError as exc:  # a model Alexa's build would refuse: said once, as a problem
            resolving = [str(exc)]
        problems.extend(f"{path.name}: {problem}" for problem in resolving)
    checks = [(package_dir / "skill.json",
               lambda d: check_manifest(d, models, listing) + check_icons(d, package_dir))]
    if code_dir is not None:
        deployed = deployed_package_dir or package_dir
        checks.append((root / "ask-resources.json",
                       lambda d: check_ask_resources(d, root, deployed, code_dir, handler)))
    for path, check in checks:
        try:
            problems.extend(f"{path.name}: {problem}" for problem in check(load_json(path)))
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
    return problems, models
