"""Check the ASK CLI skill package (interaction_model/) against Alexa's rules and our contracts.

    python scripts/check_interaction_model.py        # problems, then sample counts per intent

Exit code 0 when every check passes, 1 otherwise. tests/test_interaction_model.py runs the same
checks one by one (and also checks the intents the code handles, which needs the skill package).

Each `check_*` function returns a list of problems, one readable line each; an empty list passes.
The contract (intents, slots, slot type ids) is docs/ARCHITECTURE.md, "Intents and slots".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = ROOT / "interaction_model"
MODELS_DIR = PACKAGE_DIR / "interactionModels" / "custom"
SKILL_JSON = PACKAGE_DIR / "skill.json"
ASK_RESOURCES = ROOT / "ask-resources.json"
DATA_DIR = ROOT / "skill" / "data"

# docs/ARCHITECTURE.md: every locale's interaction model has exactly these intents and slots.
CONTRACT: dict[str, dict[str, str]] = {
    "AMAZON.YesIntent": {},
    "AMAZON.NoIntent": {},
    "NotSureIntent": {},
    "SideAnswerIntent": {"side": "LegSide"},
    "DurationAnswerIntent": {"duration": "AMAZON.DURATION", "period": "DurationPeriod"},
    "OnsetAnswerIntent": {"onset": "OnsetSpeed"},
    "VolunteerSymptomIntent": {"symptom": "SymptomType"},
    "CausesOverviewIntent": {},
    "CauseInfoIntent": {"condition": "ConditionName"},
    "TreatmentIntent": {"condition": "ConditionName"},
    "WhenToSeeDoctorIntent": {},
    "SelfCareIntent": {},
    "GoBackIntent": {},
    "SkipIntent": {},
    "SpeakSlowerIntent": {},
    "SpeakFasterIntent": {},
    "NormalSpeedIntent": {},
    "ForgetMeIntent": {},
    "LastResultIntent": {},
    "AMAZON.HelpIntent": {},
    "AMAZON.RepeatIntent": {},
    "AMAZON.StartOverIntent": {},
    "AMAZON.StopIntent": {},
    "AMAZON.CancelIntent": {},
    "AMAZON.PauseIntent": {},
    "AMAZON.ResumeIntent": {},
    "AMAZON.MoreIntent": {},
    "AMAZON.NextIntent": {},
    "AMAZON.NavigateHomeIntent": {},
    "AMAZON.FallbackIntent": {},
}
# The free-speech intents: the skill's own list (skill/alexa/intents.py), each with one phrase slot.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from skill.alexa.intents import FREE_SPEECH, SLOT_SPEECH  # noqa: E402

CONTRACT.update({name: {SLOT_SPEECH: "AMAZON.SearchQuery"} for name in FREE_SPEECH})
PHRASE_SLOT_TYPES = frozenset({"AMAZON.SearchQuery"})

# Fixed slot value ids (SymptomType and ConditionName ids come from skill/data).
FIXED_IDS: dict[str, set[str]] = {
    "LegSide": {"one_leg", "both_legs"},
    "OnsetSpeed": {"sudden", "gradual"},
    "DurationPeriod": {"minutes", "hours", "days", "weeks", "months", "years"},
}

# Intents people use all the time, in many phrasings: they need the most samples.
MAIN_INTENTS = frozenset({
    "NotSureIntent", "SideAnswerIntent", "DurationAnswerIntent", "OnsetAnswerIntent",
    "VolunteerSymptomIntent", "CauseInfoIntent", "TreatmentIntent", "CausesOverviewIntent",
    "WhenToSeeDoctorIntent", "SelfCareIntent", "GoBackIntent", "SkipIntent",
})
MIN_MAIN_SAMPLES = 20
MIN_OTHER_CUSTOM_SAMPLES = 8

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

# What a built-in slot's words must look like to hold a value (others take any words here).
_QUANTITY = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|hundred|half|and|couple|of|few|several)"
)
_BUILTIN_SLOT_WORDS = {
    "AMAZON.DURATION": re.compile(
        rf"^(?:{_QUANTITY} )+(?:second|minute|hour|day|week|fortnight|month|year)s?"
        rf"(?: and (?:a half|{_QUANTITY}(?: {_QUANTITY})*)(?: [a-z]+s?)?)?$"
    ),
}

_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


# ---------------------------------------------------------------- loading


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def model_files() -> list[Path]:
    """Every locale's interaction model, e.g. interactionModels/custom/en-US.json."""
    return sorted(MODELS_DIR.glob("*.json"))


def language_model(doc: Mapping[str, Any]) -> dict[str, Any]:
    return doc["interactionModel"]["languageModel"]


def intents_by_name(lm: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {intent["name"]: intent for intent in lm.get("intents", [])}


def types_by_name(lm: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {slot_type["name"]: slot_type for slot_type in lm.get("types", [])}


def type_ids(lm: Mapping[str, Any], type_name: str) -> set[str]:
    return {value["id"] for value in types_by_name(lm).get(type_name, {}).get("values", [])}


def _load_yaml(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def volunteer_finding_ids() -> set[str]:
    """Findings a person may mention unprompted: the SymptomType ids."""
    return {q["id"] for q in _load_yaml("questions.yaml")["questions"] if q.get("volunteer")}


def conditions() -> list[dict[str, Any]]:
    return list(_load_yaml("conditions.yaml")["conditions"])


def emergency_number(locale: str) -> str | None:
    """The emergency number the skill's own wording uses for `locale`, if it has wording."""
    path = DATA_DIR / "locales" / f"{locale}.yaml"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as handle:
        return str(yaml.safe_load(handle)["services"]["emergency_number"])


# ---------------------------------------------------------------- spoken forms


def _number_words(number: int) -> str:
    if number < 20:
        return _SMALL[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _TENS[tens - 2] + ("" if units == 0 else " " + _SMALL[units])
    return " ".join(_SMALL[int(digit)] for digit in str(number))


def spoken(text: str) -> str:
    """A written name as a slot value: "Low vitamin B12, or X" -> "low vitamin b twelve or x"."""
    text = text.lower().replace("-", " ")
    text = re.sub(r"([a-z])(\d)", r"\1 \2", text)
    text = re.sub(r"\d+", lambda match: " " + _number_words(int(match.group())) + " ", text)
    text = re.sub(r"[^a-z' ]", "", text)
    return " ".join(text.split())


def without_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the) ", "", text)


# ---------------------------------------------------------------- interaction model checks


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


def check_contract_intents(lm: Mapping[str, Any]) -> list[str]:
    """Exactly the intents of docs/ARCHITECTURE.md, each with exactly its slots and types."""
    problems = []
    names = [intent["name"] for intent in lm["intents"]]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        problems.append(f"intents declared twice: {repeated}")
    missing = sorted(CONTRACT.keys() - set(names))
    extra = sorted(set(names) - CONTRACT.keys())
    if missing:
        problems.append(f"intents missing from the model: {missing}")
    if extra:
        problems.append(f"intents not in the contract: {extra}")
    for name, intent in intents_by_name(lm).items():
        if name not in CONTRACT:
            continue
        slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        if slots != CONTRACT[name]:
            problems.append(f"{name}: slots {slots} but the contract says {CONTRACT[name]}")
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


def check_sample_counts(lm: Mapping[str, Any]) -> list[str]:
    """Main intents have >= 20 samples, other custom intents >= 8; FallbackIntent has none."""
    problems = []
    for name, intent in intents_by_name(lm).items():
        count = len(intent.get("samples", []))
        if name == "AMAZON.FallbackIntent":
            if count:
                problems.append("AMAZON.FallbackIntent may not have samples")
        elif name in MAIN_INTENTS and count < MIN_MAIN_SAMPLES:
            problems.append(f"{name}: {count} samples, main intents need {MIN_MAIN_SAMPLES}")
        elif not name.startswith("AMAZON.") and count < MIN_OTHER_CUSTOM_SAMPLES:
            problems.append(f"{name}: {count} samples, custom intents need "
                            f"{MIN_OTHER_CUSTOM_SAMPLES}")
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


def check_fixed_ids(lm: Mapping[str, Any]) -> list[str]:
    """LegSide, OnsetSpeed and DurationPeriod ids are the domain's ids."""
    return [
        f"{type_name}: ids {sorted(type_ids(lm, type_name))}, expected {sorted(expected)}"
        for type_name, expected in FIXED_IDS.items()
        if type_ids(lm, type_name) != expected
    ]


def check_symptom_ids(lm: Mapping[str, Any]) -> list[str]:
    """SymptomType ids are exactly the findings with `volunteer: true` in questions.yaml."""
    got, expected = type_ids(lm, "SymptomType"), volunteer_finding_ids()
    problems = []
    if expected - got:
        problems.append(f"SymptomType lacks volunteer findings {sorted(expected - got)}")
    if got - expected:
        problems.append(f"SymptomType ids that are not volunteer findings {sorted(got - expected)}")
    return problems


def check_condition_values(lm: Mapping[str, Any]) -> list[str]:
    """ConditionName: ids are conditions.yaml's ids, value its name, synonyms include its own."""
    problems = []
    values = {
        value["id"]: value["name"] for value in types_by_name(lm).get("ConditionName", {})
        .get("values", [])
    }
    expected = {condition["id"]: condition for condition in conditions()}
    if expected.keys() - values.keys():
        problems.append(f"ConditionName lacks conditions {sorted(expected.keys() - values.keys())}")
    if values.keys() - expected.keys():
        problems.append(f"ConditionName ids not in conditions.yaml "
                        f"{sorted(values.keys() - expected.keys())}")
    for ident in sorted(expected.keys() & values.keys()):
        condition, name = expected[ident], values[ident]
        want = spoken(without_article(condition["name"].strip()))
        if name["value"] != want:
            problems.append(f"ConditionName.{ident}: value {name['value']!r}, expected {want!r}")
        phrases = {name["value"], *name.get("synonyms", [])}
        missing = sorted({spoken(s) for s in condition.get("synonyms", [])} - phrases)
        if missing:
            problems.append(f"ConditionName.{ident}: lacks conditions.yaml synonyms {missing}")
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
            named = _SLOT.findall(sample)
            if not set(named) & set(phrase):
                continue
            if not _SLOT.sub("", sample).strip():
                problems.append(f"{intent['name']}: {sample!r} has no carrier phrase around its "
                                "AMAZON.SearchQuery slot")
            if len(named) > 1:
                problems.append(f"{intent['name']}: {sample!r} has another slot beside its "
                                "AMAZON.SearchQuery slot")
    return problems


def run_model_checks(doc: Any) -> list[str]:
    """Every check for one locale's model (shape first: the others assume it)."""
    problems = check_shape(doc)
    if problems:
        return problems
    lm = language_model(doc)
    for check in (
        check_contract_intents, check_slot_types, check_sample_text, check_slot_placeholders,
        check_duplicate_samples, check_sample_counts, check_slot_values, check_fixed_ids,
        check_symptom_ids, check_condition_values, check_phrase_slots,
    ):
        problems.extend(check(lm))
    problems.extend(check_invocation_name(lm["invocationName"]))
    return problems


# ---------------------------------------------------------------- example phrases


def _sample_pattern(sample: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[A-Za-z][A-Za-z0-9_]*\})", sample)
    pattern = "".join(
        f"(?P<{part[1:-1]}>.+?)" if _SLOT_TOKEN.match(part) else re.escape(part) for part in parts
    )
    return re.compile(f"^{pattern}$")


def _slot_accepts(type_name: str, words: str, phrases: Mapping[str, set[str]]) -> bool:
    if type_name.startswith("AMAZON."):
        needed = _BUILTIN_SLOT_WORDS.get(type_name)
        return needed is None or needed.match(words) is not None
    return words in phrases.get(type_name, set())


def utterance_matches(lm: Mapping[str, Any], utterance: str) -> list[str]:
    """Intents with a sample that `utterance` fits word for word, the words in a custom slot
    being one of its type's values or synonyms. A rough stand-in for Alexa's NLU, good enough to
    show that a phrase has a home and which one."""
    phrases = {
        name: {
            phrase
            for value in slot_type.get("values", [])
            for phrase in [value["name"]["value"], *value["name"].get("synonyms", [])]
        }
        for name, slot_type in types_by_name(lm).items()
    }
    found, free = [], []
    for intent in lm["intents"]:
        slot_types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            match = _sample_pattern(sample).match(utterance)
            if match and all(
                _slot_accepts(slot_types.get(slot, ""), words, phrases)
                for slot, words in match.groupdict().items()
            ):
                # A phrase slot takes any words: it is where speech goes that no sample fits.
                phrase = any(slot_types.get(slot) in PHRASE_SLOT_TYPES
                             for slot in match.groupdict())
                (free if phrase else found).append(intent["name"])
                break
    return found or free


def check_example_phrases(phrases: Iterable[str], lm: Mapping[str, Any]) -> list[str]:
    """Each example phrase starts "Alexa, ", names the skill, and any request fits a sample."""
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
        elif not utterance_matches(lm, request.group(1)):
            problems.append(f"example phrase {phrase!r}: {request.group(1)!r} fits no sample")
    return problems


# ---------------------------------------------------------------- skill.json and ask-resources


def _is_https_url(value: Any) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", value))


def check_manifest(doc: Any, models: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """skill.json: publishing text with the health disclaimer for every model locale, privacy and
    compliance answers, the custom endpoint and the APL interface. `models`: locale -> lm."""
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
            problems.extend(_check_publishing_locale(locale, info, models.get(locale)))
        urls = privacy_locales.get(locale, {})
        for key in ("privacyPolicyUrl", "termsOfUseUrl"):
            if not _is_https_url(urls.get(key)):
                problems.append(f"{locale}: privacyAndCompliance.locales.{key} must be https")

    if publishing.get("category") != "HEALTH_AND_FITNESS":
        problems.append("publishingInformation.category must be HEALTH_AND_FITNESS")
    if not str(publishing.get("testingInstructions", "")).strip():
        problems.append("publishingInformation.testingInstructions is empty")
    if publishing.get("isAvailableWorldwide") is not False:
        problems.append("publishingInformation.isAvailableWorldwide must be false")
    countries = publishing.get("distributionCountries")
    if not countries or not all(re.fullmatch(r"[A-Z]{2}", str(c)) for c in countries):
        problems.append("distributionCountries must list ISO 3166 alpha-2 codes")

    for key in ("allowsPurchases", "usesPersonalInfo", "isChildDirected", "isExportCompliant",
                "containsAds", "usesHealthInfo"):
        if not isinstance(privacy.get(key), bool):
            problems.append(f"privacyAndCompliance.{key} must be true or false")
    for key, wanted in (("allowsPurchases", False), ("isChildDirected", False),
                        ("containsAds", False), ("isExportCompliant", True)):
        if privacy.get(key) is not wanted:
            problems.append(f"privacyAndCompliance.{key} must be {str(wanted).lower()}")

    custom = manifest.get("apis", {}).get("custom", {})
    if not str(custom.get("endpoint", {}).get("uri", "")).strip():
        problems.append("apis.custom.endpoint.uri is empty")
    interfaces = {item.get("type") for item in custom.get("interfaces", [])}
    if "ALEXA_PRESENTATION_APL" not in interfaces:
        problems.append("apis.custom.interfaces lacks ALEXA_PRESENTATION_APL")
    return problems


def _check_publishing_locale(
    locale: str, info: Mapping[str, Any], lm: Mapping[str, Any] | None
) -> list[str]:
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
    for words in ("not a medical device", "does not diagnose", "in an emergency call"):
        if words not in folded:
            problems.append(f"{locale}: description lacks the disclaimer words {words!r}")
    number = emergency_number(locale)
    if number and f"call {number}" not in folded:
        problems.append(f"{locale}: description must say to call {number} in an emergency")
    keywords = info.get("keywords", [])
    if not keywords or len(keywords) > MAX_KEYWORDS:
        problems.append(f"{locale}: 1 to {MAX_KEYWORDS} keywords")
    if lm is not None:
        problems.extend(f"{locale}: {p}"
                        for p in check_example_phrases(info.get("examplePhrases", []), lm))
    return problems


def check_ask_resources(doc: Any) -> list[str]:
    """ask-resources.json (ASK CLI v2): skill package ./interaction_model, code ./build/lambda
    (lambda/ built into a bundle with the skill package and its dependencies by make bundle)."""
    problems = []
    if not isinstance(doc, dict) or doc.get("askcliResourcesVersion") != "2020-03-31":
        return ["askcliResourcesVersion must be '2020-03-31'"]
    profile = doc.get("profiles", {}).get("default", {})
    package = profile.get("skillMetadata", {}).get("src")
    code = profile.get("code", {}).get("default", {}).get("src")
    if not package or (ROOT / package).resolve() != PACKAGE_DIR:
        problems.append(
            f"profiles.default.skillMetadata.src is {package!r}, not ./interaction_model"
        )
    if not code or (ROOT / code).resolve() != ROOT / "build" / "lambda":
        problems.append(f"profiles.default.code.default.src is {code!r}, not ./build/lambda")
    infrastructure = profile.get("skillInfrastructure", {})
    if infrastructure.get("type") != "@ask-cli/lambda-deployer":
        problems.append("skillInfrastructure.type must be @ask-cli/lambda-deployer")
    config = infrastructure.get("userConfig", {})
    if not str(config.get("runtime", "")).startswith("python3."):
        problems.append("skillInfrastructure.userConfig.runtime must be a python3.x runtime")
    if config.get("handler") != "lambda_function.handler":
        problems.append("skillInfrastructure.userConfig.handler must be lambda_function.handler")
    return problems


# ---------------------------------------------------------------- command line


def sample_counts(lm: Mapping[str, Any]) -> dict[str, int]:
    return {intent["name"]: len(intent.get("samples", [])) for intent in lm["intents"]}


def main() -> int:
    problems: list[str] = []
    models: dict[str, dict[str, Any]] = {}
    files = model_files()
    if not files:
        problems.append(f"no interaction models in {MODELS_DIR}")
    for path in files:
        try:
            doc = load_json(path)
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        found = run_model_checks(doc)
        problems.extend(f"{path.name}: {problem}" for problem in found)
        if not check_shape(doc):
            models[path.stem] = language_model(doc)
    for path, check in ((SKILL_JSON, lambda d: check_manifest(d, models)),
                        (ASK_RESOURCES, check_ask_resources)):
        try:
            problems.extend(f"{path.name}: {problem}" for problem in check(load_json(path)))
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
    for problem in problems:
        print(f"PROBLEM {problem}")
    for locale, lm in models.items():
        print(f"\n{locale}: samples per intent")
        for name, count in sample_counts(lm).items():
            print(f"  {name:28} {count:3}")
    print("\nOK" if not problems else f"\n{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
