"""Per-locale wording: who to call, and any spoken lines a locale words differently.

Each supported locale has a file in skill/data/locales/. A locale we do not know still gets a
safe conversation: the en-US wording with a neutral emergency line, never a crash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from skill.screening.compiled import cached
from skill.screening.yaml_loading import DATA_DIR, Fields, KnowledgeError, load_yaml

DEFAULT_LOCALE = "en-US"
# Placeholders any spoken line may use; anything else in braces is a typo caught at load.
PLACEHOLDERS = frozenset({
    "emergency", "emergency_place", "urgent_help", "doctor", "question", "rephrase", "choices",
    "help", "facts", "cause", "reasons", "causes", "hours", "summary", "emergency_short", "signs",
})


class Services(NamedTuple):
    """Who to call where this person lives."""

    emergency_number: str  # as written, "911"
    emergency_place: str
    urgent_help: str
    doctor: str
    source: str
    spoken_as: str = ""  # how people say the number, when not digit by digit ("triple zero")
    ambulance_number: str = ""  # a second number for an ambulance, where one is in wide use

    @property
    def emergency_short(self) -> str:
        """The main number as spoken ("9 1 1", "triple zero")."""
        return self.spoken_as or spoken_digits(self.emergency_number)

    @property
    def emergency_spoken(self) -> str:
        """Every number to call, as spoken ("1 1 2, or 1 0 8 for an ambulance")."""
        if self.ambulance_number:
            ambulance = spoken_digits(self.ambulance_number)
            return f"{self.emergency_short}, or {ambulance} for an ambulance"
        return self.emergency_short

    @property
    def emergency_written(self) -> str:
        if self.ambulance_number:
            return f"{self.emergency_number} (or {self.ambulance_number} for an ambulance)"
        return self.emergency_number


_PHONE_NUMBER = re.compile(r"\d{3,}(?: \d{3,})*")


def spoken_digits(text: str) -> str:
    """Phone numbers digit by digit ("911" -> "9 1 1", "1800 022 222" -> "1 8 0 0, 0 2 2, 2 2 2"),
    so no voice reads them as nine hundred and eleven; the data files keep the written form."""
    return _PHONE_NUMBER.sub(
        lambda m: ", ".join(" ".join(group) for group in m.group().split(" ")), text)


# For a locale we have no file for: name no number we cannot vouch for.
NEUTRAL_SERVICES = Services(
    emergency_number="your local emergency number",
    emergency_place="the nearest emergency department",
    urgent_help="Get medical help today",
    doctor="doctor",
    source="fallback",
)


@dataclass(frozen=True)
class LocaleWording:
    locale: str
    services: Services
    lines: Mapping[str, str]
    known: bool

    def line(self, key: str, **values: str) -> str:
        return self.lines[key].format(**self.fill(values))

    def fill(self, values: Mapping[str, str], written: bool = False) -> dict[str, str]:
        """Placeholder values: the locale's services plus the caller's own."""
        return {**(self._written if written else self._spoken), **values}

    @cached_property
    def _spoken(self) -> dict[str, str]:
        return self._services(written=False)

    @cached_property
    def _written(self) -> dict[str, str]:
        return self._services(written=True)

    def _services(self, written: bool) -> dict[str, str]:
        services = self.services
        emergency = services.emergency_written if written else services.emergency_spoken
        urgent_help = services.urgent_help if written else spoken_digits(services.urgent_help)
        return {
            "emergency": emergency,
            "emergency_short": services.emergency_number if written else services.emergency_short,
            "emergency_place": services.emergency_place,
            "urgent_help": urgent_help,
            "doctor": services.doctor,
        }


def _check_placeholders(where: str, text: str) -> None:
    import string  # only when the YAML is read, not on a cold start from the cache

    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None and name not in PLACEHOLDERS:
            raise KnowledgeError(f"{where}: unknown placeholder {{{name}}}")


def _load_lines(path: Path) -> dict[str, str]:
    fields = Fields(load_yaml(path), path.name)
    lines = {}
    for key in fields.data:
        lines[str(key)] = fields.text(str(key))
        _check_placeholders(f"{path.name}: line '{key}'", lines[str(key)])
    return lines


@cache
def default_lines(data_dir: Path = DATA_DIR) -> Mapping[str, str]:
    return _load_lines(data_dir / "speech.yaml")


def supported_locales(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in (data_dir / "locales").glob("*.yaml")))


def load_locale(locale: str, data_dir: Path = DATA_DIR) -> LocaleWording:
    path = data_dir / "locales" / f"{locale}.yaml"
    base = default_lines(data_dir)
    document = Fields(load_yaml(path), path.name)
    document.reject_unknown({"locale", "services", "speech"})
    if document.data.get("locale") != locale:
        raise document.fail("locale", f"must be {locale!r}, the file's name")
    services = Fields(document.mapping("services"), f"{path.name}: services")
    services.reject_unknown({"emergency_number", "emergency_place", "urgent_help", "doctor",
                             "source", "spoken_as", "ambulance_number"})
    for number in ("emergency_number", "ambulance_number"):
        if number in services.data and not services.text(number).isdigit():
            raise services.fail(number, "must be the digits people dial, like 911")
    overrides = Fields(document.mapping("speech", optional=True), f"{path.name}: speech")
    lines = dict(base)
    for key in overrides.data:
        if key not in base:
            raise KnowledgeError(f"{path.name}: speech line '{key}' does not exist in speech.yaml")
        lines[str(key)] = overrides.text(str(key))
        _check_placeholders(f"{path.name}: speech '{key}'", lines[str(key)])
    return LocaleWording(
        locale=locale,
        services=Services(
            emergency_number=services.text("emergency_number"),
            emergency_place=services.text("emergency_place"),
            urgent_help=services.text("urgent_help"),
            doctor=services.text("doctor"),
            source=services.text("source"),
            spoken_as=str(services.data.get("spoken_as") or ""),
            ambulance_number=str(services.data.get("ambulance_number") or ""),
        ),
        lines=lines,
        known=True,
    )


def load_all_locales(data_dir: Path = DATA_DIR) -> dict[str, LocaleWording]:
    return {locale: load_locale(locale, data_dir) for locale in supported_locales(data_dir)}


@cache
def _all_locales() -> dict[str, LocaleWording]:
    return cached(DATA_DIR, "locales", load_all_locales)


@cache
def wording_for(locale: str | None) -> LocaleWording:
    """The wording for a request's locale; unknown locales get en-US lines, neutral services."""
    locales = _all_locales()
    if locale and locale in locales:
        return locales[locale]
    fallback = locales[DEFAULT_LOCALE]
    return LocaleWording(locale or DEFAULT_LOCALE, NEUTRAL_SERVICES, fallback.lines, known=False)
