"""`make package`: the skill package filled from configuration, refused while a placeholder is
left; the store icons; and the testing instructions, each played in the simulator as the
certification reviewer will hear the default (Lambda) configuration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import scripts.check_interaction_model as leg_check
import scripts.package_skill as package
from alexa_simulator import Simulator
from alexa_simulator import model_check as check
from skill.alexa.skill_builder import build_skill, handle_event
from skill.config import Settings

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"LEGCHECK_PUBLIC_URL": "https://legcheck.clinic-a.net"}


def _manifest(out: Path) -> dict[str, Any]:
    return json.loads((out / "skill.json").read_text(encoding="utf-8"))["manifest"]


def test_the_default_configuration_is_refused_and_says_what_to_set(tmp_path: Path) -> None:
    with pytest.raises(package.PackageError, match="LEGCHECK_PUBLIC_URL"):
        package.build_package({}, tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists()


def test_the_example_configuration_is_refused_for_its_placeholders(tmp_path: Path) -> None:
    config = package.read_config(ROOT / "deploy.env.example", env={})
    with pytest.raises(package.PackageError, match=r"privacyPolicyUrl is a placeholder"):
        package.build_package(config, tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists()


def test_a_lambda_deploy_leaves_the_endpoint_to_the_ask_cli(tmp_path: Path) -> None:
    out = package.build_package(GOOD, tmp_path / "pkg")
    manifest = _manifest(out)
    assert "endpoint" not in manifest["apis"]["custom"]
    for urls in manifest["privacyAndCompliance"]["locales"].values():
        assert urls == {
            "privacyPolicyUrl": "https://legcheck.clinic-a.net/privacy",
            "termsOfUseUrl": "https://legcheck.clinic-a.net/terms",
        }
    assert manifest["publishingInformation"]["testingInstructions"] == (
        package.testing_instructions()
    )
    assert package.problems_in(out) == []
    assert sorted(p.name for p in (out / "interactionModels" / "custom").iterdir()) == sorted(
        p.name for p in (ROOT / "interaction_model" / "interactionModels" / "custom").iterdir()
    )


@pytest.mark.parametrize(
    ("endpoint", "expected"),
    [
        (
            "arn:aws:lambda:us-east-1:210987654321:function:leg-check",
            {"uri": "arn:aws:lambda:us-east-1:210987654321:function:leg-check"},
        ),
        (
            "https://legcheck.clinic-a.net/",
            {"uri": "https://legcheck.clinic-a.net/", "sslCertificateType": "Wildcard"},
        ),
    ],
)
def test_an_existing_function_or_a_web_service_is_written_in(
    tmp_path: Path, endpoint: str, expected: dict[str, str]
) -> None:
    config = {**GOOD, "LEGCHECK_ENDPOINT": endpoint, "LEGCHECK_SSL_CERTIFICATE_TYPE": "Wildcard"}
    out = package.build_package(config, tmp_path / "pkg")
    assert _manifest(out)["apis"]["custom"]["endpoint"] == expected


@pytest.mark.parametrize(
    "config",
    [
        {**GOOD, "LEGCHECK_ENDPOINT": "arn:aws:lambda:us-east-1:123456789012:function:leg-check"},
        {**GOOD, "LEGCHECK_ENDPOINT": "http://legcheck.clinic-a.net/"},
        {**GOOD, "LEGCHECK_ENDPOINT": "https://x.clinic-a.net/",
         "LEGCHECK_SSL_CERTIFICATE_TYPE": "?"},
        {"LEGCHECK_PUBLIC_URL": "http://legcheck.clinic-a.net"},
        {"LEGCHECK_PUBLIC_URL": "https://legcheck.invalid"},
    ],
    ids=["made-up account", "plain http", "certificate type", "http policy", "invalid host"],
)
def test_bad_or_placeholder_settings_are_refused(tmp_path: Path, config: dict[str, str]) -> None:
    with pytest.raises(package.PackageError):
        package.build_package(config, tmp_path / "pkg")


def test_the_skill_id_goes_where_the_ask_cli_reads_it(tmp_path: Path) -> None:
    states = tmp_path / ".ask" / "ask-states.json"
    states.parent.mkdir()
    states.write_text(json.dumps({"askcliStatesVersion": "2020-03-31", "profiles": {
        "default": {"skillInfrastructure": {"kept": True}}}}))  # fmt: skip
    skill_id = "amzn1.ask.skill.12345678-1234-1234-1234-123456789abc"
    package.write_skill_id(skill_id, states)
    profile = json.loads(states.read_text())["profiles"]["default"]
    assert profile == {"skillInfrastructure": {"kept": True}, "skillId": skill_id}
    with pytest.raises(package.PackageError):
        package.write_skill_id("my-skill", states)


def test_config_file_values_yield_to_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "deploy.env"
    path.write_text("# comment\nLEGCHECK_PUBLIC_URL=https://a.clinic-a.net\nLEGCHECK_ENDPOINT=lambda\n")
    config = package.read_config(path, env={"LEGCHECK_PUBLIC_URL": "https://b.clinic-a.net"})
    assert config == {
        "LEGCHECK_PUBLIC_URL": "https://b.clinic-a.net",
        "LEGCHECK_ENDPOINT": "lambda",
    }


def test_every_locale_has_both_store_icons_in_the_package() -> None:
    doc = check.load_json(leg_check.SKILL_JSON)
    assert check.check_icons(doc, leg_check.PACKAGE_DIR) == []
    for info in doc["manifest"]["publishingInformation"]["locales"].values():
        assert info["smallIconUri"].startswith("file://assets/images/")


def test_an_icon_of_the_wrong_size_is_caught(tmp_path: Path) -> None:
    doc = check.load_json(leg_check.SKILL_JSON)
    images = tmp_path / "assets" / "images"
    images.mkdir(parents=True)
    source = leg_check.PACKAGE_DIR / "assets" / "images"
    (images / "small_icon.png").write_bytes((source / "large_icon.png").read_bytes())
    (images / "large_icon.png").write_bytes((source / "large_icon.png").read_bytes())
    assert any("must be 108x108" in problem for problem in check.check_icons(doc, tmp_path))


def test_the_testing_instructions_fit_the_manifest() -> None:
    text = package.testing_instructions()
    assert len(text) <= package.MAX_TESTING_INSTRUCTIONS
    assert "what was my last result" not in text  # resuming is off in the default configuration


STEPS = yaml.safe_load(package.INSTRUCTIONS.read_text(encoding="utf-8"))["steps"]
MAX_REPEATS = 16


@pytest.mark.parametrize("step", STEPS, ids=[f"step {n}" for n in range(1, len(STEPS) + 1)])
def test_each_testing_instruction_plays_as_written(step: dict[str, Any]) -> None:
    # the default configuration: the Lambda entry keeps nothing (LEGCHECK_STORE=none), resume off
    settings = Settings.from_env({"LEGCHECK_STORE": "none"})
    assert not settings.resume
    skill = build_skill(settings)
    sim = Simulator(locale="en-US", handler=lambda event, context: handle_event(skill, event,
                                                                               context))
    for turn in step["turns"]:
        reply = sim.say(turn["say"])
        if "until" in turn:
            for _ in range(MAX_REPEATS):
                if turn["until"].lower() in reply.speech.lower():
                    break
                reply = sim.say(turn["say"])
            assert turn["until"].lower() in reply.speech.lower(), (turn, reply.speech)
        for phrase in turn.get("hear", []):
            assert phrase.lower() in reply.speech.lower(), (turn["say"], phrase, reply.speech)


def test_the_committed_icons_are_what_the_drawing_script_draws() -> None:
    from scripts import draw_icons

    for name, size in draw_icons.SIZES.items():
        if size > 128:  # the large one takes seconds to draw; its header is checked above
            continue
        drawn = draw_icons.png(draw_icons.render(size), size)
        committed = (draw_icons.ASSETS / name).read_bytes()
        assert committed == drawn, f"run scripts/draw_icons.py ({name})"
