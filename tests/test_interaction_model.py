"""The ASK CLI skill package: interaction models, skill.json and ask-resources.json.

The checks live in alexa_simulator.model_check; Leg Check's contract (derived from the code) in
scripts/check_interaction_model.py, also the command operators run. Here each check runs on its
own, for every locale's model in interaction_model/interactionModels/custom/, so a failure names
the rule and every offending sample or value.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import scripts.check_interaction_model as leg_check
from alexa_simulator import model_check as check

ROOT = Path(__file__).resolve().parents[1]
SKILL_JSON = leg_check.PACKAGE_DIR / "skill.json"
ASK_RESOURCES = ROOT / "ask-resources.json"
CONTRACT = leg_check.contract()
MODEL_FILES = check.model_files(leg_check.MODELS_DIR)
MAIN_LOCALE = "en-US"


def _ids(path: Path) -> str:
    return path.stem


def _lm(path: Path) -> dict[str, Any]:
    return check.language_model(check.load_json(path))


def _passes(problems: list[str]) -> None:
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def models() -> dict[str, dict[str, Any]]:
    return {path.stem: _lm(path) for path in MODEL_FILES}


def test_there_is_an_en_us_model():
    assert f"{MAIN_LOCALE}.json" in {path.name for path in MODEL_FILES}


# ---------------------------------------------------------------- every locale's model

locale_files = pytest.mark.parametrize("path", MODEL_FILES, ids=_ids)


@locale_files
def test_model_is_json_in_the_ask_cli_layout(path: Path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    _passes(check.check_shape(doc))


@locale_files
def test_invocation_name_follows_alexa_rules(path: Path):
    name = _lm(path)["invocationName"]
    _passes(check.check_invocation_name(name))


@locale_files
def test_intents_and_slots_are_the_contract(path: Path):
    _passes(check.check_contract_intents(_lm(path), CONTRACT))


@locale_files
def test_model_intents_are_exactly_the_handled_intents(path: Path):
    # No skip: until skill.alexa.intents exists this fails, as it should.
    intents = importlib.import_module("skill.alexa.intents")
    handled = intents.HANDLED_INTENTS
    assert isinstance(handled, frozenset)
    in_model = {intent["name"] for intent in _lm(path)["intents"]}
    assert not in_model - handled, f"in the model, not handled: {sorted(in_model - handled)}"
    assert not handled - in_model, f"handled, not in the model: {sorted(handled - in_model)}"


@locale_files
def test_slot_types_exist_and_are_used(path: Path):
    _passes(check.check_slot_types(_lm(path)))


@locale_files
def test_samples_are_lower_case_words_without_digits_or_punctuation(path: Path):
    _passes(check.check_sample_text(_lm(path)))


@locale_files
def test_slot_placeholders_name_declared_slots(path: Path):
    _passes(check.check_slot_placeholders(_lm(path)))


@locale_files
def test_no_sample_is_shared(path: Path):
    _passes(check.check_duplicate_samples(_lm(path)))


@locale_files
def test_intents_have_enough_samples(path: Path):
    _passes(check.check_sample_counts(_lm(path), CONTRACT))


@locale_files
def test_slot_values_are_lower_case_and_unambiguous(path: Path):
    _passes(check.check_slot_values(_lm(path)))


@locale_files
def test_slot_ids_are_the_code_s_ids_and_condition_names_follow_conditions_yaml(path: Path):
    # LegSide, OnsetSpeed, DurationPeriod: the answer ids; SymptomType: the volunteer findings;
    # ConditionName: conditions.yaml's ids, each heard by its name and its synonyms.
    _passes(check.check_slot_ids(_lm(path), CONTRACT))


@locale_files
def test_answer_intents_take_a_bare_answer(path: Path):
    samples = {intent["name"]: set(intent.get("samples", [])) for intent in _lm(path)["intents"]}
    for intent, sample in (
        ("SideAnswerIntent", "{side}"),
        ("OnsetAnswerIntent", "{onset}"),
        ("DurationAnswerIntent", "{duration}"),
        ("DurationAnswerIntent", "{period}"),
        ("VolunteerSymptomIntent", "{symptom}"),
    ):
        assert sample in samples[intent], f"{intent} lacks {sample!r}"


# ---------------------------------------------------------------- en-US phrasing

# What people say (docs/ARCHITECTURE.md and more), and the one intent each must reach.
EN_US_PHRASES = [
    ("yes i do", "AMAZON.YesIntent"),
    ("no i don't", "AMAZON.NoIntent"),
    ("i'm not sure", "NotSureIntent"),
    ("i don't know", "NotSureIntent"),
    ("maybe", "NotSureIntent"),
    ("both legs", "SideAnswerIntent"),
    ("just my left leg", "SideAnswerIntent"),
    ("one leg", "SideAnswerIntent"),
    ("it's in both of my legs", "SideAnswerIntent"),
    ("about two weeks", "DurationAnswerIntent"),
    ("for months", "DurationAnswerIntent"),
    ("a few days", "DurationAnswerIntent"),
    ("since this morning", "DurationAnswerIntent"),
    ("it came on suddenly", "OnsetAnswerIntent"),
    ("slowly over time", "OnsetAnswerIntent"),
    ("all of a sudden", "OnsetAnswerIntent"),
    ("i can't control my bladder", "VolunteerSymptomIntent"),
    ("my face feels numb too", "VolunteerSymptomIntent"),
    ("i have numbness between my legs", "VolunteerSymptomIntent"),
    ("my legs are giving way", "VolunteerSymptomIntent"),
    ("i'm diabetic", "VolunteerSymptomIntent"),
    ("i'm pregnant", "VolunteerSymptomIntent"),
    ("i fell", "VolunteerSymptomIntent"),
    ("what about slurred speech", "VolunteerSymptomIntent"),
    ("what causes leg tingling", "CausesOverviewIntent"),
    ("why are my legs numb", "CausesOverviewIntent"),
    ("what can cause numbness in my legs", "CausesOverviewIntent"),
    ("tell me about sciatica", "CauseInfoIntent"),
    ("what is multiple sclerosis", "CauseInfoIntent"),
    ("how is it treated", "TreatmentIntent"),
    ("how is sciatica treated", "TreatmentIntent"),
    ("what is the treatment for a slipped disc", "TreatmentIntent"),
    ("how do you treat restless legs", "TreatmentIntent"),
    ("when should i see a doctor", "WhenToSeeDoctorIntent"),
    ("self care tips", "SelfCareIntent"),
    ("what can i do at home", "SelfCareIntent"),
    ("go back", "GoBackIntent"),
    ("change my last answer", "GoBackIntent"),
    # Not bare "skip": Alexa hears that as AMAZON.NextIntent, so it is no SkipIntent sample.
    ("skip this question", "SkipIntent"),
    ("can we skip this", "SkipIntent"),
    ("speak slower", "SpeakSlowerIntent"),
    ("speak faster", "SpeakFasterIntent"),
    ("normal speed", "NormalSpeedIntent"),
    ("forget me", "ForgetMeIntent"),
    ("delete my answers", "ForgetMeIntent"),
    ("what was my last result", "LastResultIntent"),
]


@pytest.fixture(scope="module")
def en_us_nlu(models):
    return check.nlu_for(models[MAIN_LOCALE], MAIN_LOCALE)


@pytest.mark.parametrize(("utterance", "intent"), EN_US_PHRASES)
def test_en_us_phrase_reaches_one_intent(en_us_nlu, utterance: str, intent: str):
    match = en_us_nlu.match(utterance)
    assert match is not None and match.name == intent, match
    assert match.score == 1.0, f"{utterance!r} only roughly fits {intent} ({match.score:.2f})"


def test_en_us_invocation_name(models):
    assert models[MAIN_LOCALE]["invocationName"] == "leg check"


# ---------------------------------------------------------------- skill.json, ask-resources.json


def test_skill_manifest(models):
    _passes(check.check_manifest(check.load_json(SKILL_JSON), models,
                                leg_check.listing(sorted(models))))


def test_en_us_store_listing():
    manifest = check.load_json(SKILL_JSON)["manifest"]
    listing = manifest["publishingInformation"]["locales"][MAIN_LOCALE]
    assert listing["name"] == "Leg Check"
    assert (
        "Leg Check is not a medical device and does not diagnose; in an emergency call 911"
        in listing["description"]
    )
    assert listing["examplePhrases"] == [
        "Alexa, open leg check",
        "Alexa, ask leg check what causes leg tingling",
        "Alexa, ask leg check how is sciatica treated",
    ]
    privacy = manifest["privacyAndCompliance"]
    assert privacy["usesPersonalInfo"] is False
    assert privacy["usesHealthInfo"] is False  # see interaction_model/README.md before changing
    urls = privacy["locales"][MAIN_LOCALE]
    assert urls["privacyPolicyUrl"].startswith("https://")
    assert urls["termsOfUseUrl"].startswith("https://")


def test_ask_resources_points_at_the_package_and_the_lambda_code():
    _passes(check.check_ask_resources(check.load_json(ASK_RESOURCES), ROOT,
                                      leg_check.DEPLOYED_PACKAGE_DIR,
                                      leg_check.CODE_DIR, "lambda_function.handler"))


def test_lambda_handler_named_in_ask_resources_exists():
    doc = check.load_json(ASK_RESOURCES)["profiles"]["default"]
    module, function = doc["skillInfrastructure"]["userConfig"]["handler"].rsplit(".", 1)
    assert doc["code"]["default"]["src"] == "./build/lambda"  # built from lambda/ by make bundle
    source = ROOT / "lambda" / f"{module}.py"
    assert source.is_file(), source
    assert f"def {function}(" in source.read_text(encoding="utf-8")


def test_checker_command_passes(capsys):
    assert leg_check.main() == 0, capsys.readouterr().out


# ---------------------------------------------------------------- the checks catch mistakes


@pytest.fixture
def broken() -> dict[str, Any]:
    return copy.deepcopy(_lm(leg_check.MODELS_DIR / f"{MAIN_LOCALE}.json"))


def _intent(lm: dict[str, Any], name: str) -> dict[str, Any]:
    return check.intents_by_name(lm)[name]


def test_checks_catch_a_shared_sample(broken):
    _intent(broken, "SkipIntent")["samples"].append("go back")
    assert any("also in GoBackIntent" in p for p in check.check_duplicate_samples(broken))


@pytest.mark.parametrize(
    "sample", ["skip question 2", "Skip this", "skip, please", "skip  this", "skip-it", "{side}?"]
)
def test_checks_catch_bad_sample_text(broken, sample: str):
    _intent(broken, "SkipIntent")["samples"].append(sample)
    assert check.check_sample_text(broken)


def test_checks_allow_abbreviations_with_periods(broken):
    _intent(broken, "CauseInfoIntent")["samples"].append("what is t. i. a.")
    assert not check.check_sample_text(broken)


def test_checks_catch_an_undeclared_slot(broken):
    _intent(broken, "SkipIntent")["samples"].append("skip {question}")
    assert check.check_slot_placeholders(broken)


def test_checks_catch_an_undefined_slot_type(broken):
    _intent(broken, "SideAnswerIntent")["slots"][0]["type"] = "LegSides"
    assert check.check_slot_types(broken)
    assert check.check_contract_intents(broken, CONTRACT)


def test_checks_catch_a_synonym_under_two_ids(broken):
    side = check.types_by_name(broken)["LegSide"]["values"]
    side[1]["name"]["synonyms"].append("one leg")
    assert check.check_slot_values(broken)


def test_checks_catch_a_missing_symptom(broken):
    symptoms = check.types_by_name(broken)["SymptomType"]["values"]
    symptoms.pop()
    assert check.check_slot_ids(broken, CONTRACT)


@pytest.mark.parametrize(
    "name", ["legcheck", "Leg Check", "leg check skill", "alexa leg check", "leg check two 2"]
)
def test_checks_catch_bad_invocation_names(name: str):
    assert check.check_invocation_name(name)


def test_spoken_forms():
    assert check.spoken("Vitamin B12 deficiency") == "vitamin b twelve deficiency"
    assert check.spoken("Guillain-Barre syndrome") == "guillain barre syndrome"
    assert check.spoken("peripheral neuropathy, or nerve damage") == (
        "peripheral neuropathy or nerve damage"
    )
    assert check.without_article("a slipped disc") == "slipped disc"


def test_checks_catch_an_example_phrase_no_sample_fits(broken):
    phrases = ["Alexa, open leg check", "Alexa, ask leg check to order me a large pizza"]
    assert check.check_example_phrases(phrases, broken)
    assert not check.check_example_phrases(phrases[:1], broken)


def test_checks_catch_a_condition_heard_by_another_name(broken):
    conditions = check.types_by_name(broken)["ConditionName"]["values"]
    conditions[0]["name"]["value"] = "something else entirely"
    assert check.check_slot_ids(broken, CONTRACT)


def test_checks_catch_too_few_samples(broken):
    _intent(broken, "SkipIntent")["samples"] = _intent(broken, "SkipIntent")["samples"][:3]
    assert check.check_sample_counts(broken, CONTRACT)


def test_a_package_with_a_broken_model_gets_problems_not_a_crash(tmp_path: Path):
    package = tmp_path / "interaction_model"
    models = package / "interactionModels" / "custom"
    models.mkdir(parents=True)
    (package / "skill.json").write_text("{}", encoding="utf-8")
    lm = copy.deepcopy(_lm(leg_check.MODELS_DIR / f"{MAIN_LOCALE}.json"))
    check.intents_by_name(lm)["SideAnswerIntent"]["slots"][0]["type"] = "LegSides"
    (models / "en-US.json").write_text(
        json.dumps({"interactionModel": {"languageModel": lm}}), encoding="utf-8")
    (models / "en-GB.json").write_text("not json", encoding="utf-8")
    problems, read = check.check_package(package, CONTRACT)
    assert any(p.startswith("en-US.json:") and "LegSides" in p for p in problems), problems
    assert any(p.startswith("en-GB.json:") for p in problems), problems
    assert any(p.startswith("skill.json:") for p in problems), problems
    assert set(read) == {"en-US"}
