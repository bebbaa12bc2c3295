"""Properties of resolution: every sample with any listed value comes back to its intent, and
case, punctuation and filler never change the outcome."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alexa_simulator.model import placeholders
from alexa_simulator.nlu import fill_sample
from alexa_simulator.simulator import load_nlu

from .conftest import MODEL_DIR

NLU = load_nlu(MODEL_DIR, "en-US")
SPOKEN = {
    "AMAZON.NUMBER": [("two", "2"), ("twenty one", "21"), ("7", "7")],
    "AMAZON.DURATION": [("three days", "P3D"), ("an hour", "PT1H"), ("about two weeks", "P2W")],
}
SAMPLES = [(intent.name, sample) for intent in NLU.model.intents for sample in intent.samples]


def _choices(type_name: str) -> list[tuple[str, str]]:
    """(words to say, the id or value the slot must end up with)."""
    if type_name in SPOKEN:
        return SPOKEN[type_name]
    return [(phrase, value.id) for value in NLU.model.types[type_name].values
            for phrase in (value.name, *value.synonyms)]


@st.composite
def filled_samples(draw: st.DrawFn) -> tuple[str, str, dict[str, str]]:
    intent_name, sample = draw(st.sampled_from(SAMPLES))
    intent = NLU.model.intent(intent_name)
    assert intent is not None
    words, wanted = {}, {}
    for name in placeholders(sample):
        slot = intent.slot(name)
        assert slot is not None
        said, expected = draw(st.sampled_from(_choices(slot.type)))
        words[name], wanted[name] = said, expected
    return intent_name, fill_sample(sample, words), wanted


@settings(max_examples=150, deadline=None)
@given(filled_samples())
def test_every_sample_resolves_to_its_intent_and_values(case: tuple[str, str, dict]) -> None:
    intent_name, text, wanted = case
    match = NLU.match(text)
    assert match is not None and match.name == intent_name, (text, match)
    for name, expected in wanted.items():
        fill = match.slots[name]
        assert expected in (fill.id, fill.value), (text, name, fill)


@settings(max_examples=100, deadline=None)
@given(
    filled_samples(),
    st.sampled_from(["", "um ", "Alexa, ", "uh, "]),
    st.sampled_from(["", ".", "!", " please", "?"]),
    st.booleans(),
)
def test_case_punctuation_and_filler_do_not_matter(
    case: tuple[str, str, dict], prefix: str, suffix: str, upper: bool
) -> None:
    _, text, _ = case
    plain = NLU.match(text)
    noisy = NLU.match(prefix + (text.upper() if upper else text.capitalize()) + suffix)
    assert plain is not None and noisy is not None
    assert (noisy.name, {k: v.value for k, v in noisy.slots.items()}) == (
        plain.name, {k: v.value for k, v in plain.slots.items()})
