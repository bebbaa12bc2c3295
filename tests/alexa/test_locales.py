"""Every English locale through the simulator: its own emergency number, first and whenever a red
flag is raised, its own words on the card, the same handling everywhere, and a safe fallback for a
locale the skill does not know.

The expected numbers are written out here on purpose, not read from skill/data/locales: they are
what the people of each country dial.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import Reply, Simulator
from scripts.vignette_runner import patient_answer
from skill.screening.knowledge import RedFlag, default_knowledge
from skill.screening.locale import default_lines, load_locale, supported_locales, wording_for
from skill.screening.yaml_loading import DATA_DIR, KnowledgeError
from tests.alexa.conftest import finish_screening

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = ROOT / "interaction_model" / "interactionModels" / "custom"

EMERGENCY = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "000", "en-IN": "112"}
LOCALES = sorted(EMERGENCY)
NEUTRAL = "your local emergency number"

# Words of each locale's own that an urgent result's card must use (besides the number), and the
# word for the doctor a routine result sends people to.
URGENT_CARD_WORDS = {
    "en-US": ["urgent care"],
    "en-CA": ["walk-in clinic", "811"],  # numbers are written on the card
    "en-GB": ["GP", "NHS 111"],
    "en-AU": ["GP", "healthdirect", "1800 022 222"],
    "en-IN": ["doctor"],
}
ROUTINE_DOCTOR = {"en-US": "doctor", "en-CA": "family doctor", "en-GB": "GP", "en-AU": "GP",
                  "en-IN": "doctor"}

KB = default_knowledge()
LINES = default_lines()
FLAGS = KB.red_flags
WORD = {"yes": "yes", "no": "no", "unsure": "not sure", "sudden": "suddenly", "gradual": "slowly",
        "one_leg": "one leg", "both_legs": "both", "hours": "hours", "days": "days",
        "weeks": "weeks", "months": "months"}


# How each number is said: digit by digit, except where people say it otherwise ("triple zero").
SAID_AS = {"000": "triple zero"}


def spoken(number: str) -> str:
    return SAID_AS.get(number, " ".join(number))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def other_numbers(locale: str) -> set[str]:
    return {number for number in EMERGENCY.values() if number != EMERGENCY[locale]}


def raised(reply: Reply) -> list[str]:
    return list(reply.session_attributes.get("screening", {}).get("red_flags", []))


def raise_flag(sim: Simulator, flag: RedFlag) -> Reply:
    """Launch and answer the questions as a patient with the flag's findings would (a plain
    answer to the rest); if the screening ends before the flag is raised, volunteer the findings
    still missing. Returns the first reply after which the flag is raised."""
    wanted = {finding: "yes" if "yes" in answers else sorted(answers)[0]
              for finding, answers in flag.when[0].items()}
    opened_by_sudden = any("sudden" in pattern.get("onset", ())
                           for f in wanted for pattern in KB.question(f).ask_if)
    facts = {"onset": "sudden" if opened_by_sudden else "gradual", "side": "both_legs",
             "duration": "weeks", **wanted}
    reply = sim.launch()
    for _ in range(40):
        if flag.id in raised(reply) or "assessment" in reply.session_attributes:
            break
        question = KB.question(reply.session_attributes["screening"]["current"])
        reply = sim.say(WORD[patient_answer(question, facts)])
    for finding in wanted:
        if flag.id in raised(reply):
            break
        reply = sim.intent("VolunteerSymptomIntent", symptom=finding)
    assert flag.id in raised(reply), f"could not raise {flag.id}: {raised(reply)}"
    return reply


@pytest.fixture(scope="module")
def flag_runs(handler) -> Callable[[str, RedFlag], tuple[Reply, Reply]]:
    """(the reply that raises the flag, the reply to a later "help"), once per locale and flag."""
    runs: dict[tuple[str, str], tuple[Reply, Reply]] = {}

    def run(locale: str, flag: RedFlag) -> tuple[Reply, Reply]:
        if (locale, flag.id) not in runs:
            sim = Simulator(locale=locale, handler=handler)
            warned = raise_flag(sim, flag)
            runs[(locale, flag.id)] = (warned, sim.say("help"))
        return runs[(locale, flag.id)]

    return run


def with_request_locale(handler: Any, locale: str | None) -> Callable[..., dict[str, Any]]:
    """The skill, sent requests whose locale is `locale` (None: no locale at all), whatever
    model the simulator resolves with."""

    def send(event: dict[str, Any], context: Any = None) -> dict[str, Any]:
        request = dict(event["request"])
        if locale is None:
            request.pop("locale", None)
        else:
            request["locale"] = locale
        return handler({**event, "request": request}, context)

    return send


# ---------------------------------------------------------------- the locales line up


def test_every_locale_has_wording_a_model_and_a_number_here():
    assert set(supported_locales()) == set(EMERGENCY)
    assert {path.stem for path in MODEL_DIR.glob("*.json")} == set(EMERGENCY)
    for locale, number in EMERGENCY.items():
        assert wording_for(locale).services.emergency_number == number, locale


# ---------------------------------------------------------------- launch


@pytest.mark.parametrize("locale", LOCALES)
def test_launch_names_the_locale_number_first(handler, locale: str):
    reply = Simulator(locale=locale, handler=handler).launch()
    first = sentences(reply.speech)[0]
    assert f"call {spoken(EMERGENCY[locale])}" in first.lower(), (
        f"{locale}: the first sentence does not name {spoken(EMERGENCY[locale])}: {first!r}"
    )
    for number in other_numbers(locale):
        assert spoken(number) not in reply.speech and number not in reply.speech


# ---------------------------------------------------------------- every red flag


flag_params = pytest.mark.parametrize("flag", FLAGS, ids=[flag.id for flag in FLAGS])
locale_params = pytest.mark.parametrize("locale", LOCALES)


@flag_params
@locale_params
def test_red_flag_is_warned_about_with_the_locale_number(flag_runs, locale: str, flag: RedFlag):
    warned, later = flag_runs(locale, flag)
    number = spoken(EMERGENCY[locale])
    speech = warned.speech
    assert speech.startswith(LINES["warning_intro"]), speech
    spoken_warnings = [f.warning for f in FLAGS if f.id in raised(warned) and f.warning in speech]
    assert spoken_warnings, f"no raised flag's warning is said: {speech!r}"
    assert number in speech.split("?")[0], f"{number} is not named before anything is asked"
    assert number in (warned.reprompt or ""), "the reprompt names the number too"
    for other in other_numbers(locale):
        assert spoken(other) not in speech
    assert later.speech.startswith(LINES["warning_again"]), later.speech
    assert number in later.speech, later.speech


@locale_params
def test_red_flag_warnings_name_the_number_in_their_first_two_sentences(flag_runs, locale: str):
    """The number within the first two sentences after the opening "Warning.", so that
    someone who stops listening early still hears whom to call. One failure per locale,
    listing every flag where the number comes later."""
    number = spoken(EMERGENCY[locale])
    late = []
    for flag in FLAGS:
        said = sentences(flag_runs(locale, flag)[0].speech)
        assert said[0] == "Warning.", said[0]
        said = said[1:]
        where = next((i + 1 for i, s in enumerate(said) if number in s), None)
        if where is None or where > 2:
            late.append(f"  {flag.id}: sentence {where}: " + " / ".join(said[: where or 4]))
    assert not late, (
        f"{locale}: {number} is not named in the first two sentences of "
        f"{len(late)} of {len(FLAGS)} red-flag warnings:\n" + "\n".join(late)
    )


# ---------------------------------------------------------------- results and cards


@pytest.mark.parametrize("locale", LOCALES)
def test_urgent_result_card_uses_the_locale_words(handler, locale: str):
    sim = Simulator(locale=locale, handler=handler)
    result = finish_screening(sim, sim.launch(), answers={"duration": "a few days",
                                                               "severe_pain": "yes"})
    assert result.session_attributes["assessment"]["triage"] == "urgent"
    assert result.card is not None, "a result comes with a card"
    content = result.card.content
    assert EMERGENCY[locale] in content, content  # written, not spoken digit by digit
    assert spoken(EMERGENCY[locale]) not in content, content
    for word in URGENT_CARD_WORDS[locale]:
        assert word in content, f"{locale}: {word!r} not on the card:\n{content}"
    for number in other_numbers(locale):
        assert number not in content, f"{locale}: card names {number}:\n{content}"


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_result_card_names_the_locale_number(handler, locale: str):
    sim = Simulator(locale=locale, handler=handler)
    sim.launch()
    result = sim.intent("VolunteerSymptomIntent", symptom="bladder_bowel_new")
    assert result.session_attributes["assessment"]["triage"] == "emergency"
    content = result.card.content
    assert f"Call {EMERGENCY[locale]}" in content, content
    assert wording_for(locale).services.emergency_place in content, content
    if locale == "en-GB":
        assert "A and E" in content


@pytest.mark.parametrize("locale", LOCALES)
def test_routine_result_sends_people_to_the_locale_doctor(handler, locale: str):
    sim = Simulator(locale=locale, handler=handler)
    result = finish_screening(sim, sim.launch())
    assert result.session_attributes["assessment"]["triage"] == "routine"
    doctor = ROUTINE_DOCTOR[locale]
    assert f"your {doctor}" in result.speech, result.speech
    assert f"your {doctor}" in result.card.content, result.card.content


def test_the_same_answers_get_the_same_handling_in_every_locale(handler):
    """Ids are the same in every model, so the screening goes the same way."""
    answers = {"back_pain": "yes", "diabetes": "yes", "side": "one leg", "duration": "months"}
    outcomes = {}
    for locale in LOCALES:
        sim = Simulator(locale=locale, handler=handler)
        result = finish_screening(sim, sim.launch(), answers=answers)
        outcomes[locale] = (result.session_attributes["screening"]["history"],
                            result.session_attributes["assessment"])
    assert all(outcome == outcomes["en-US"] for outcome in outcomes.values()), outcomes


# ---------------------------------------------------------------- the locales' own words


LOCAL_PHRASES = [
    ("en-GB", "should i go to a and e", "WhenToSeeDoctorIntent", None, None),
    ("en-GB", "should i ring nine nine nine", "WhenToSeeDoctorIntent", None, None),
    ("en-GB", "should i see my g. p.", "WhenToSeeDoctorIntent", None, None),
    ("en-GB", "a fortnight or so", "DurationAnswerIntent", "period", "weeks"),
    ("en-GB", "i've got diabetes", "VolunteerSymptomIntent", "symptom", "diabetes"),
    ("en-GB", "my foot has changed colour", "VolunteerSymptomIntent", "symptom", "foot_wound"),
    ("en-GB", "aye", "AMAZON.YesIntent", None, None),
    ("en-AU", "should i call triple zero", "WhenToSeeDoctorIntent", None, None),
    ("en-AU", "yeah nah", "AMAZON.NoIntent", None, None),
    ("en-AU", "since this arvo", "DurationAnswerIntent", "period", "hours"),
    ("en-AU", "i'm a mum to be", "VolunteerSymptomIntent", "symptom", "pregnant"),
    ("en-IN", "should i call one one two", "WhenToSeeDoctorIntent", None, None),
    ("en-IN", "since months", "DurationAnswerIntent", "period", "months"),
    ("en-IN", "i have sugar", "VolunteerSymptomIntent", "symptom", "diabetes"),
    ("en-CA", "should i see my family doctor", "WhenToSeeDoctorIntent", None, None),
    ("en-CA", "should i call nine one one", "WhenToSeeDoctorIntent", None, None),
]


@pytest.mark.parametrize(("locale", "utterance", "intent", "slot", "value_id"), LOCAL_PHRASES)
def test_local_phrase_resolves(handler, locale, utterance, intent, slot, value_id):
    match = Simulator(locale=locale, handler=handler).resolve(utterance)
    assert match is not None and match.name == intent, (locale, utterance, match)
    if slot is not None:
        assert match.slots[slot].id == value_id, match.slots[slot]


def test_in_india_since_two_days_is_a_duration(handler):
    match = Simulator(locale="en-IN", handler=handler).resolve("since two days")
    assert match is not None and match.name == "DurationAnswerIntent"
    assert match.slots["duration"].value == "P2D"


# ---------------------------------------------------------------- a locale we do not know


UNKNOWN = ["fr-FR", "en-NZ", None]


@pytest.mark.parametrize("request_locale", UNKNOWN, ids=[str(x) for x in UNKNOWN])
def test_unknown_locale_gets_en_us_wording_with_a_neutral_number(handler, request_locale):
    sim = Simulator(locale="en-US", handler=with_request_locale(handler, request_locale))
    launch = sim.launch()
    assert launch.request["request"].get("locale") == "en-US"  # what the simulator sent ...
    assert NEUTRAL in launch.speech, launch.speech  # ... the skill heard request_locale
    us_launch = Simulator(locale="en-US", handler=handler).launch().speech
    assert launch.speech == us_launch.replace(spoken(EMERGENCY["en-US"]), NEUTRAL)
    for number in EMERGENCY.values():
        assert spoken(number) not in launch.speech and number not in launch.speech

    warned = sim.intent("VolunteerSymptomIntent", symptom="bladder_bowel_new")
    assert warned.speech.startswith(LINES["warning_intro"]), warned.speech
    assert f"Call {NEUTRAL} now" in warned.speech, warned.speech
    assert LINES["error"] not in warned.speech
    assert NEUTRAL in warned.card.content, warned.card.content
    later = sim.say("help")
    assert later.speech.startswith(LINES["warning_again"]) and NEUTRAL in later.speech
    assert len(later.speech.split(".")[0].split()) <= 12  # the short reminder

    sim.new_session()
    result = finish_screening(sim, sim.launch(), answers={"duration": "a few days",
                                                               "severe_pain": "yes"})
    assert f"call {NEUTRAL}" in result.speech, result.speech
    assert LINES["error"] not in result.speech
    assert sim.say("stop").session_ended


@pytest.mark.parametrize("number", ["nine one one", "9-1-1", "", "911 or 112"])
def test_a_locale_file_whose_emergency_number_is_not_digits_is_refused(
    tmp_path: Path, number: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("__compiled__"))
    path = data / "locales" / "en-GB.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'emergency_number: "999"' in text
    path.write_text(re.sub(r"emergency_number: .*", f"emergency_number: \"{number}\"", text),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match="emergency_number"):
        load_locale("en-GB", data)
