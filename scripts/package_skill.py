"""Build the skill package the ASK CLI deploys, filled in from the operator's configuration.

    python scripts/package_skill.py [--out build/skill-package] [--no-bundle]

Copies interaction_model/ (skill.json, the interaction models, the icons) to build/skill-package,
which ask-resources.json points the ASK CLI at, and fills in:
- the privacy policy and terms of use URLs of every locale (LEGCHECK_PUBLIC_URL + /privacy and
  /terms, as the web service serves them; or LEGCHECK_PRIVACY_URL / LEGCHECK_TERMS_URL);
- the endpoint (LEGCHECK_ENDPOINT): `lambda` leaves it to `ask deploy`, which creates the
  function and writes its ARN in; an ARN or an https:// address is written in (with
  LEGCHECK_SSL_CERTIFICATE_TYPE for https);
- the testing instructions, from interaction_model/testing_instructions.yaml;
- the skill id (LEGCHECK_SKILL_ID, optional) into .ask/ask-states.json, so `ask deploy` updates
  that skill rather than creating another.
Settings come from the environment, then from deploy.env (see deploy.env.example). The package
is checked as the tests check the source, and refused, with nothing written, while a placeholder
(example.org, .invalid, the made-up account 123456789012) or a missing setting is left. The
privacy policy and terms of use are also written to build/legal/ for hosting elsewhere. Unless
--no-bundle or the endpoint is https, the Lambda bundle is built too (build/lambda).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from alexa_simulator import model_check as check  # noqa: E402
from scripts import check_interaction_model as leg_check  # noqa: E402

SOURCE = REPO / "interaction_model"
OUT = REPO / "build" / "skill-package"
CONFIG_FILE = REPO / "deploy.env"
ASK_STATES = REPO / ".ask" / "ask-states.json"
INSTRUCTIONS = SOURCE / "testing_instructions.yaml"
PACKAGE_PARTS = ("skill.json", "interactionModels", "assets")
# Anything that marks a value nobody filled in.
PLACEHOLDERS = re.compile(r"example\.(?:org|com|net)|\.invalid\b|123456789012|\{\{", re.IGNORECASE)
CERTIFICATE_TYPES = ("Trusted", "Wildcard", "SelfSigned")
MAX_TESTING_INSTRUCTIONS = 4000


class PackageError(Exception):
    """The configuration cannot make a package fit to deploy."""


def read_config(path: Path = CONFIG_FILE, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """KEY=value lines of `path` (if it exists), overridden by the environment."""
    env = os.environ if env is None else env
    config: dict[str, str] = {}
    if path.is_file():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            key, sep, value = text.partition("=")
            if not sep:
                raise PackageError(f"{path.name}:{number}: expected KEY=value")
            config[key.strip()] = value.strip().strip("'\"")
    config.update({key: value for key, value in env.items() if key.startswith("LEGCHECK_")})
    return config


def testing_instructions(path: Path = INSTRUCTIONS) -> str:
    """The reviewer's instructions: the intro, then each step's text, numbered."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts = [" ".join(doc["intro"].split())]
    for number, step in enumerate(doc["steps"], 1):
        parts.append(f"{number}. {' '.join(step['text'].split())}")
    return "\n".join(parts)


def _https(value: str, name: str) -> str:
    if not check.is_https_url(value):
        raise PackageError(f"{name}={value!r}: must be an https:// address")
    return value


def policy_urls(config: Mapping[str, str]) -> tuple[str, str]:
    base = config.get("LEGCHECK_PUBLIC_URL", "").rstrip("/")
    privacy = config.get("LEGCHECK_PRIVACY_URL") or (base and f"{base}/privacy")
    terms = config.get("LEGCHECK_TERMS_URL") or (base and f"{base}/terms")
    if not privacy or not terms:
        raise PackageError(
            "no privacy policy or terms of use address: set LEGCHECK_PUBLIC_URL to where the "
            "web service answers (it serves /privacy and /terms), or LEGCHECK_PRIVACY_URL and "
            "LEGCHECK_TERMS_URL (in deploy.env, see deploy.env.example)"
        )
    return _https(privacy, "LEGCHECK_PRIVACY_URL"), _https(terms, "LEGCHECK_TERMS_URL")


def endpoint(config: Mapping[str, str]) -> dict[str, str] | None:
    """The manifest's endpoint, or None when `ask deploy` creates the Lambda function."""
    value = config.get("LEGCHECK_ENDPOINT", "lambda").strip() or "lambda"
    if value == "lambda":
        return None
    if re.fullmatch(r"arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[\w$-]+)?", value):
        return {"uri": value}
    if value.startswith("https://"):
        kind = config.get("LEGCHECK_SSL_CERTIFICATE_TYPE", "Trusted")
        if kind not in CERTIFICATE_TYPES:
            raise PackageError(
                f"LEGCHECK_SSL_CERTIFICATE_TYPE={kind!r}: use one of {', '.join(CERTIFICATE_TYPES)}"
            )
        return {"uri": _https(value, "LEGCHECK_ENDPOINT"), "sslCertificateType": kind}
    raise PackageError(
        f"LEGCHECK_ENDPOINT={value!r}: use lambda, a Lambda function ARN, or an https:// address"
    )


def fill_manifest(doc: dict[str, Any], config: Mapping[str, str]) -> dict[str, Any]:
    """skill.json with the operator's values in."""
    manifest = doc["manifest"]
    privacy, terms = policy_urls(config)
    for urls in manifest["privacyAndCompliance"]["locales"].values():
        urls["privacyPolicyUrl"], urls["termsOfUseUrl"] = privacy, terms
    instructions = testing_instructions()
    if len(instructions) > MAX_TESTING_INSTRUCTIONS:
        raise PackageError(f"testing instructions are {len(instructions)} characters; at most "
                           f"{MAX_TESTING_INSTRUCTIONS}")
    manifest["publishingInformation"]["testingInstructions"] = instructions
    custom = manifest["apis"]["custom"]
    found = endpoint(config)
    if found is None:
        custom.pop("endpoint", None)
    else:
        custom["endpoint"] = found
    return doc


def _strings(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")
    elif isinstance(value, str):
        yield where, value


def problems_in(package: Path) -> list[str]:
    """Everything that would keep the package from deploying or passing certification."""
    doc = check.load_json(package / "skill.json")
    models = {
        path.stem: check.language_model(check.load_json(path))
        for path in sorted((package / "interactionModels" / "custom").glob("*.json"))
    }
    problems = [f"skill.json: {problem}" for problem in leg_check.check_manifest(doc, models)]
    problems += [
        f"skill.json: {where} is a placeholder: {value[:80]!r}"
        for where, value in _strings(doc)
        if PLACEHOLDERS.search(value)
    ]
    problems += [f"skill.json: {problem}" for problem in check.check_icons(doc, package)]
    return problems


def write_skill_id(skill_id: str, states: Path = ASK_STATES) -> None:
    """Record the skill id where the ASK CLI looks for it, keeping whatever else it holds."""
    if not re.fullmatch(r"amzn1\.ask\.skill\.[0-9a-f-]{36}", skill_id):
        raise PackageError(f"LEGCHECK_SKILL_ID={skill_id!r}: expected amzn1.ask.skill.<uuid>")
    doc: dict[str, Any] = {"askcliStatesVersion": "2020-03-31", "profiles": {}}
    if states.is_file():
        doc = json.loads(states.read_text(encoding="utf-8"))
    doc.setdefault("profiles", {}).setdefault("default", {})["skillId"] = skill_id
    states.parent.mkdir(parents=True, exist_ok=True)
    states.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def build_package(config: Mapping[str, str], out: Path = OUT, source: Path = SOURCE) -> Path:
    """Write the filled-in package to `out` (replacing it), or raise PackageError."""
    with tempfile.TemporaryDirectory(prefix="legcheck-package-") as scratch:
        staged = Path(scratch) / "skill-package"
        staged.mkdir()
        for part in PACKAGE_PARTS:
            path = source / part
            if path.is_dir():
                shutil.copytree(path, staged / part)
            else:
                shutil.copyfile(path, staged / part)
        doc = fill_manifest(check.load_json(staged / "skill.json"), config)
        (staged / "skill.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        problems = problems_in(staged)
        if problems:
            raise PackageError("the package is not ready:\n  " + "\n  ".join(problems))
        shutil.rmtree(out, ignore_errors=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staged, out)
    skill_id = config.get("LEGCHECK_SKILL_ID", "").strip()
    if skill_id:
        write_skill_id(skill_id)
    return out


def write_legal_pages(folder: Path = REPO / "build" / "legal") -> Path:
    """The privacy policy and terms of use as the skill runs (Settings from the environment), for
    operators who host them somewhere other than the web service."""
    from skill.config import Settings
    from skill.web.legal import PAGES, render_privacy

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "privacy.html").write_text(render_privacy(Settings.from_env()), encoding="utf-8")
    shutil.copyfile(PAGES / "terms.html", folder / "terms.html")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--config", type=Path, default=CONFIG_FILE)
    parser.add_argument("--no-bundle", action="store_true", help="skip the Lambda bundle")
    args = parser.parse_args(argv)
    try:
        config = read_config(args.config)
        out = build_package(config, args.out)
    except PackageError as exc:
        print(f"make package: refused: {exc}", file=sys.stderr)
        return 1
    where = endpoint(config)
    print(f"wrote {write_legal_pages()}/privacy.html and terms.html (to host them elsewhere)")
    print(f"wrote {out} (endpoint: {where['uri'] if where else 'the function ask deploy makes'})")
    if not args.no_bundle and (where is None or where["uri"].startswith("arn:")):
        from scripts import build_lambda_bundle

        return build_lambda_bundle.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
