"""Normalisation, spoken numbers and durations, SSML to text."""

from __future__ import annotations

import pytest

from alexa_simulator import ssml
from alexa_simulator.normalise import tokens
from alexa_simulator.numbers import duration_value, number_value, ordinal_value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I can't control my bladder.", "i can not control my bladder"),
        ("Um, Alexa, yes please!", "yes"),
        ("It's been two-weeks", "it has been two weeks"),
        ("I\u2019m not sure", "i am not sure"),
        ("Parkinson's disease", "parkinsons disease"),
        ("it's 2.5 hours", "it is 2.5 hours"),
        ("don't know", "do not know"),
        ("Sí, no sé, café", "si no se cafe"),
    ],
)
def test_tokens(text: str, words: str) -> None:
    assert " ".join(tokens(text)) == words


@pytest.mark.parametrize(
    ("words", "value"),
    [("twenty three", "23"), ("a hundred and five", "105"), ("7", "7"), ("minus four", "-4"),
     ("one thousand two hundred", "1200"), ("two point five", "2.5"), ("three three", None),
     ("a", None), ("banana", None)],
)
def test_numbers(words: str, value: str | None) -> None:
    assert number_value(words.split()) == value


@pytest.mark.parametrize(
    ("words", "iso"),
    [("about two weeks", "P2W"), ("three days", "P3D"), ("an hour", "PT1H"),
     ("a couple of months", "P2M"), ("half an hour", "PT30M"), ("ten minutes", "PT10M"),
     ("two hours and thirty minutes", "PT2H30M"), ("a day and a half", "P1DT12H"),
     ("a fortnight", "P2W"), ("for the last 3 years", "P3Y"), ("months", None),
     ("a few days", None)],
)
def test_durations(words: str, iso: str | None) -> None:
    assert duration_value(words.split()) == iso


def test_ordinals() -> None:
    assert [ordinal_value(w.split()) for w in ("first", "twenty third", "3rd", "tree")] == [
        "1", "23", "3", None]


def test_ssml_to_text() -> None:
    text = ssml.to_text('<speak>If you can, call <say-as interpret-as="digits">911</say-as>.'
                        '<break time="1s"/><p>Then <sub alias="doctor">Dr.</sub></p>'
                        '<amazon:effect name="whispered">rest</amazon:effect> &amp; wait'
                        '<audio src="https://x/y.mp3"/></speak>')
    assert text == "If you can, call 9 1 1. Then doctor rest & wait [audio]"


def test_ssml_check() -> None:
    assert ssml.check("<speak>ok</speak>") is None
    assert ssml.check("plain") == "SSML must start with <speak>"
    assert "not well-formed" in (ssml.check("<speak>a & b</speak>") or "")
    assert ssml.to_text("<speak>broken <b>") == "broken"
