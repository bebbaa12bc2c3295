"""The skill package loads into the official Skill Management API model classes (ask-smapi-model)
with nothing dropped: every locale's interaction model as `InteractionModelData`, the manifest
as `SkillManifestEnvelope`, both as committed and as `make package` builds them.

Each file is deserialized with the SDK's own serializer, serialized again and compared with the
JSON it came from. A field the SMAPI model does not know (a misspelt key, a property Alexa does
not take) is silently ignored on loading, so it shows up here as dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_model_runtime.serializer import DefaultSerializer
from ask_smapi_model.v1.skill.interaction_model.interaction_model_data import (
    InteractionModelData,
)
from ask_smapi_model.v1.skill.manifest.skill_manifest_envelope import SkillManifestEnvelope

import scripts.package_skill as package

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "interaction_model"
MODELS = sorted((PACKAGE / "interactionModels" / "custom").glob("*.json"))
SERIALIZER = DefaultSerializer()


def lost_in_round_trip(document: Any, model: type) -> list[str]:
    """Where the SMAPI class's copy of `document` differs from it ("/path: dropped")."""
    loaded = SERIALIZER.deserialize(json.dumps(document), model)
    return _differences(document, SERIALIZER.serialize(loaded), "")


def _differences(given: Any, kept: Any, path: str) -> list[str]:
    if isinstance(given, dict) and isinstance(kept, dict):
        out = [f"{path}/{key}: dropped" for key in given if key not in kept]
        out += [f"{path}/{key}: added" for key in kept if key not in given]
        for key in given.keys() & kept.keys():
            out += _differences(given[key], kept[key], f"{path}/{key}")
        return out
    if isinstance(given, list) and isinstance(kept, list):
        if len(given) != len(kept):
            return [f"{path}: {len(given)} items became {len(kept)}"]
        return [d for i, (a, b) in enumerate(zip(given, kept, strict=True))
                for d in _differences(a, b, f"{path}[{i}]")]
    return [] if given == kept else [f"{path}: {given!r} became {kept!r}"]


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_is_a_model_for_every_locale_the_manifest_publishes() -> None:
    locales = set(_json(PACKAGE / "skill.json")["manifest"]["publishingInformation"]["locales"])
    assert {path.stem for path in MODELS} == locales


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_interaction_model_loads_into_the_smapi_classes_with_nothing_dropped(path: Path) -> None:
    assert lost_in_round_trip(_json(path), InteractionModelData) == []


def test_skill_manifest_loads_into_the_smapi_classes_with_nothing_dropped() -> None:
    assert lost_in_round_trip(_json(PACKAGE / "skill.json"), SkillManifestEnvelope) == []


def test_the_built_package_loads_into_the_smapi_classes_with_nothing_dropped(
        tmp_path: Path) -> None:
    out = package.build_package({"LEGCHECK_PUBLIC_URL": "https://legcheck.clinic-a.net"},
                                tmp_path / "pkg")
    assert lost_in_round_trip(_json(out / "skill.json"), SkillManifestEnvelope) == []
    built = sorted((out / "interactionModels" / "custom").glob("*.json"))
    assert [p.name for p in built] == [p.name for p in MODELS]
    for path in built:
        assert lost_in_round_trip(_json(path), InteractionModelData) == [], path.name


def test_a_field_the_smapi_model_does_not_know_is_reported() -> None:
    model = _json(MODELS[0])
    intent = model["interactionModel"]["languageModel"]["intents"][0]
    intent["sampels"] = intent.pop("samples", [])
    model["interactionModel"]["languageModel"]["invocationNam"] = "leg check"
    lost = lost_in_round_trip(model, InteractionModelData)
    assert "/interactionModel/languageModel/intents[0]/sampels: dropped" in lost
    assert "/interactionModel/languageModel/invocationNam: dropped" in lost


def test_a_manifest_field_in_the_wrong_place_is_reported() -> None:
    manifest = _json(PACKAGE / "skill.json")
    manifest["manifest"]["publishingInformation"]["catagory"] = "HEALTH_AND_FITNESS"
    assert lost_in_round_trip(manifest, SkillManifestEnvelope) == [
        "/manifest/publishingInformation/catagory: dropped"]
