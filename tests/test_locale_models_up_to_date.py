"""The generated locale models (en-CA, en-GB, en-AU, en-IN) are what scripts/build_locale_models.py
builds from en-US.json and interaction_model/locale_vocabulary.yaml: after editing either, run

    .venv/bin/python scripts/build_locale_models.py
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import scripts.build_locale_models as build

VOCABULARY = build.load_vocabulary()
GENERATED = sorted(VOCABULARY["locales"])
EMERGENCY_WORDS = {"nine one one", "nine nine nine", "zero zero zero", "one one two"}


def _lm(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]


def _shape(lm: dict[str, Any]) -> dict[str, Any]:
    """What the skill's handling depends on: intents, their slots, slot types and value ids."""
    return {
        "invocation": lm["invocationName"],
        "intents": [(i["name"], [(s["name"], s["type"]) for s in i.get("slots", [])])
                    for i in lm["intents"]],
        "types": [(t["name"], [v["id"] for v in t["values"]]) for t in lm.get("types", [])],
    }


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the models folder and the vocabulary, to spoil."""
    models = tmp_path / "custom"
    shutil.copytree(build.MODELS_DIR, models)
    shutil.copy(build.VOCABULARY, tmp_path / "vocabulary.yaml")
    return tmp_path


def _check(package: Path, capsys) -> tuple[int, str]:
    code = build.main(["--check", "--model-dir", str(package / "custom"),
                       "--vocabulary", str(package / "vocabulary.yaml")])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_generated_models_are_up_to_date(capsys):
    code = build.main(["--check"])
    assert code == 0, (
        capsys.readouterr().out
        + "\nrun: .venv/bin/python scripts/build_locale_models.py"
    )


def test_the_four_other_english_locales_are_generated():
    assert GENERATED == ["en-AU", "en-CA", "en-GB", "en-IN"]
    assert build.BASE_LOCALE not in GENERATED


def test_check_notices_a_hand_edit(package: Path, capsys):
    path = package / "custom" / "en-GB.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"aye"', '"ay"'), encoding="utf-8")
    code, out = _check(package, capsys)
    assert code == 1 and "en-GB.json" in out and "en-AU.json" not in out


def test_check_notices_a_missing_model(package: Path, capsys):
    (package / "custom" / "en-IN.json").unlink()
    code, out = _check(package, capsys)
    assert code == 1 and "en-IN.json" in out


def test_check_notices_an_en_us_edit(package: Path, capsys):
    path = package / "custom" / "en-US.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["interactionModel"]["languageModel"]["intents"][0]["samples"].append("yes indeed i do")
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    code, out = _check(package, capsys)
    assert code == 1 and all(f"{locale}.json" in out for locale in GENERATED)


def test_build_writes_what_check_wants(package: Path, capsys):
    (package / "custom" / "en-CA.json").write_text("{}\n", encoding="utf-8")
    args = ["--model-dir", str(package / "custom"), "--vocabulary",
            str(package / "vocabulary.yaml")]
    assert build.main(args) == 0
    assert "wrote en-CA.json" in capsys.readouterr().out
    assert build.main(["--check", *args]) == 0


def test_output_is_deterministic_json_with_indent_2_and_a_trailing_newline():
    first, second = build.build_all(), build.build_all()
    assert first == second
    for text in first.values():
        assert text.endswith("}\n") and not text.endswith("\n\n")
        assert json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n" == text


@pytest.mark.parametrize("locale", GENERATED)
def test_generated_model_keeps_en_us_intents_slots_and_ids(locale: str):
    base = _lm(build.MODELS_DIR / "en-US.json")
    assert _shape(_lm(build.MODELS_DIR / f"{locale}.json")) == _shape(base)


@pytest.mark.parametrize("locale", GENERATED)
def test_generated_model_names_only_its_own_emergency_number(locale: str):
    own = build.number_words(build.emergency_number(locale))
    samples = [s for i in _lm(build.MODELS_DIR / f"{locale}.json")["intents"]
               for s in i.get("samples", [])]
    assert any(own in sample for sample in samples), f"{locale}: no sample says {own!r}"
    for other in EMERGENCY_WORDS - {own}:
        assert not [s for s in samples if other in s], f"{locale}: samples say {other!r}"


def _rules(**changes: Any) -> dict[str, Any]:
    rules: dict[str, Any] = {"spelling": {}, "replace": {}, "samples": {}, "synonyms": {}}
    rules.update(changes)
    return rules


def _base() -> dict[str, Any]:
    return json.loads((build.MODELS_DIR / "en-US.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (_rules(replace={"no such phrase": "x"}), "change nothing"),
        (_rules(spelling={"colr": "colour"}), "change nothing"),
        (_rules(samples={"AMAZON.NoIntent": ["yes i do"]}), "already in AMAZON.YesIntent"),
        (_rules(samples={"NoSuchIntent": ["hello there"]}), "does not have"),
        (_rules(synonyms={"LegSide": {"both_legs": ["one leg"]}}), "already under LegSide.one_leg"),
        (_rules(synonyms={"LegSide": {"three_legs": ["tripod"]}}), "no value id"),
        (_rules(replace={"go back": "skip it"}), "is in GoBackIntent and SkipIntent"),
    ],
)
def test_build_refuses_rules_that_would_go_wrong(rules: dict[str, Any], message: str):
    with pytest.raises(build.BuildError, match=message):
        build.build_model(_base(), rules, "en-XX", "911", "911")


def test_the_emergency_number_is_rewritten_from_the_locale_data():
    doc = build.build_model(_base(), _rules(), "en-XX", "999", "911")
    samples = {s for i in doc["interactionModel"]["languageModel"]["intents"]
               for s in i.get("samples", [])}
    assert "should i call nine nine nine" in samples
    assert not any("nine one one" in sample for sample in samples)


def test_unknown_shared_set_is_refused(tmp_path: Path):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(yaml.safe_dump({"locales": {"en-GB": {"use": ["nowhere"]}}}),
                    encoding="utf-8")
    with pytest.raises(build.BuildError, match="unknown shared set"):
        build.build_all(vocabulary_path=path)


def test_a_carrier_range_expands_to_its_ascending_pairs_only():
    samples = build.expand("(one or (two|three)|two or three) days {speech}")
    assert samples == ["one or two days {speech}", "one or three days {speech}",
                       "two or three days {speech}"]


def test_a_nested_optional_group_expands_inside_its_own_option():
    assert build.expand("[(and|but)] now {speech}") == ["and now {speech}", "but now {speech}",
                                                        "now {speech}"]


def test_an_unbalanced_carrier_group_is_refused():
    with pytest.raises(build.BuildError, match="unbalanced"):
        build.expand("(one or two days {speech}")
