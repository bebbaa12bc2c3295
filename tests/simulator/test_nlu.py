"""Utterance resolution against the pizza-bot fixture model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alexa_simulator.model import load_model
from alexa_simulator.nlu import Nlu, parse_invocation
from alexa_simulator.normalise import tokens
from alexa_simulator.simulator import load_nlu

from .conftest import MODEL_DIR


@pytest.fixture(scope="module")
def nlu() -> Nlu:
    return load_nlu(MODEL_DIR, "en-US")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i want a pizza", "OrderPizzaIntent"),
        ("what pizzas do you have", "AMAZON.HelpIntent"),  # the model's own sample
        ("help", "AMAZON.HelpIntent"),  # built-in phrasing merged in
        ("yeah", "AMAZON.YesIntent"),
        ("Yep.", "AMAZON.YesIntent"),
        ("um, yes please", "AMAZON.YesIntent"),
        ("that's right", "AMAZON.YesIntent"),
        ("nope", "AMAZON.NoIntent"),
        ("no thank you", "AMAZON.NoIntent"),
        ("say that again", "AMAZON.RepeatIntent"),
        ("stop", "AMAZON.StopIntent"),
        ("never mind", "AMAZON.CancelIntent"),
        ("start over", "AMAZON.StartOverIntent"),
        ("go home", "AMAZON.NavigateHomeIntent"),
        ("see you later", "SeeYouIntent"),
        ("Alexa, see you later!", "SeeYouIntent"),
    ],
)
def test_samples_and_builtins(nlu: Nlu, text: str, intent: str) -> None:
    match = nlu.match(text)
    assert match is not None and match.name == intent


def test_undeclared_builtin_is_not_active(nlu: Nlu) -> None:
    # AMAZON.PauseIntent is not in the model, so "pause" cannot resolve to it.
    match = nlu.match("pause")
    assert match is not None and match.name != "AMAZON.PauseIntent"


def test_synonym_resolves_to_value_id(nlu: Nlu) -> None:
    match = nlu.match("i want a big pizza")
    assert match is not None and match.name == "OrderPizzaIntent"
    size = match.slots["size"]
    assert size.value == "big"
    assert size.resolution is not None
    assert (size.resolution.status, size.resolution.id, size.resolution.name) == (
        "ER_SUCCESS_MATCH", "L", "large")


def test_multi_word_synonym_and_two_slots(nlu: Nlu) -> None:
    match = nlu.match("order a family size pizza with double cheese")
    assert match is not None
    assert match.slots["size"].id == "L"
    assert match.slots["topping"].id == "cheese"
    assert match.slots["topping"].value == "double cheese"


def test_unlisted_value_is_captured_as_no_match(nlu: Nlu) -> None:
    match = nlu.match("tell me about anchovies")
    assert match is not None and match.name == "ToppingInfoIntent"
    topping = match.slots["topping"]
    assert topping.value == "anchovies"
    assert topping.resolution is not None
    assert topping.resolution.status == "ER_SUCCESS_NO_MATCH"
    assert topping.id is None


def test_bare_slot_sample_needs_a_listed_value(nlu: Nlu) -> None:
    assert nlu.match("salami").name == "ToppingInfoIntent"  # type: ignore[union-attr]
    assert nlu.match("purple monkey dishwasher").name == "AMAZON.FallbackIntent"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["purple monkey dishwasher", "my mask makes me cough", "what is the capital of peru"]
)
def test_nonsense_falls_back(nlu: Nlu, text: str) -> None:
    match = nlu.match(text)
    assert match is not None and match.name == "AMAZON.FallbackIntent"


def test_without_fallback_intent_nothing_matches() -> None:
    nlu = load_nlu(MODEL_DIR, "en-GB")
    assert nlu.match("purple monkey dishwasher") is None
    assert nlu.match("yes").name == "AMAZON.YesIntent"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "count", "size"),
    [
        ("twenty three large pizzas", "23", "L"),
        ("i want two small pizzas", "2", "S"),
        ("order 5 pizzas", "5", None),
        ("a hundred and one pizzas", "101", None),
    ],
)
def test_numbers(nlu: Nlu, text: str, count: str, size: str | None) -> None:
    match = nlu.match(text)
    assert match is not None and match.name == "OrderPizzaIntent"
    assert match.slots["count"].value == count
    assert (match.slots["size"].id if "size" in match.slots else None) == size


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("deliver it in about two weeks", "P2W"),
        ("i can wait three days", "P3D"),
        ("in an hour", "PT1H"),
        ("bring it in a couple of months", "P2M"),
        ("how about half an hour", "PT30M"),
        ("deliver it in an hour and a half", "PT1H30M"),
        ("in 45 minutes", "PT45M"),
    ],
)
def test_durations(nlu: Nlu, text: str, iso: str) -> None:
    match = nlu.match(text)
    assert match is not None and match.name == "DeliveryTimeIntent"
    assert match.slots["wait"].value == iso


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'd like a large pizza with pepperoni", "OrderPizzaIntent"),  # contraction
        ("i would like a larg pizza with pepperoni", "OrderPizzaIntent"),  # typo in a value
        ("i want a large pizza please now", "OrderPizzaIntent"),  # extra words
        ("tell me about the mushrooms", "ToppingInfoIntent"),
        ("could you tell me about pineapple", "ToppingInfoIntent"),
    ],
)
def test_tolerant_matching(nlu: Nlu, text: str, intent: str) -> None:
    match = nlu.match(text)
    assert match is not None and match.name == intent, match


def test_typo_in_a_value_still_resolves(nlu: Nlu) -> None:
    match = nlu.match("tell me about pepperonni")
    assert match is not None and match.slots["topping"].id == "pep"


@pytest.mark.parametrize(
    ("text", "kind", "rest"),
    [
        ("open pizza bot", "launch", None),
        ("Alexa, open Pizza Bot", "launch", None),
        ("launch pizza bot", "launch", None),
        ("start pizza bot", "launch", None),
        ("talk to pizza bot", "launch", None),
        ("ask pizza bot", "launch", None),
        ("open the pizza bot skill", "launch", None),
        ("ask pizza bot for a large pizza", "oneshot", "a large pizza"),
        ("tell pizza bot i want a pizza", "oneshot", "i want a pizza"),
        ("open pizza bot and tell me about salami", "oneshot", "tell me about salami"),
        ("get a small pizza from pizza bot", "oneshot", "get a small pizza"),
        ("my mask makes me cough", None, None),
        ("i want to ask pizza bot something", None, None),
        ("start over", None, None),
        ("open the door", None, None),
    ],
)
def test_invocation_is_anchored(text: str, kind: str | None, rest: str | None) -> None:
    found = parse_invocation(tokens(text), tokens("pizza bot"))
    if kind is None:
        assert found is None
        return
    assert found is not None and found.kind == kind
    if rest is not None:
        assert " ".join(found.rest[0]) == rest


def test_ask_leg_check_is_not_a_mask() -> None:
    assert parse_invocation(tokens("my mask makes me cough"), tokens("leg check")) is None
    found = parse_invocation(tokens("ask leg check what causes leg tingling"), tokens("leg check"))
    assert found is not None and found.kind == "oneshot"


def test_elicitation_uses_slot_samples(nlu: Nlu) -> None:
    match = nlu.match_elicitation("a big one", "OrderPizzaIntent", "size")
    assert match is not None and match.slots["size"].id == "L"
    # An unlisted answer to a slot question is still captured (Alexa does the same).
    free = nlu.match_elicitation("gigantic", "OrderPizzaIntent", "size")
    assert free is not None and free.slots["size"].resolution.status == "ER_SUCCESS_NO_MATCH"  # type: ignore[union-attr]


def test_resolve_slot_accepts_ids_and_synonyms(nlu: Nlu) -> None:
    by_id = nlu.resolve_slot("OrderPizzaIntent", "size", "L")
    assert (by_id.value, by_id.id) == ("large", "L")
    by_synonym = nlu.resolve_slot("OrderPizzaIntent", "size", "huge")
    assert (by_synonym.value, by_synonym.id) == ("huge", "L")
    number = nlu.resolve_slot("OrderPizzaIntent", "count", "twelve")
    assert number.value == "12"


def _big_model(tmp_path: Path, intents: int = 40, samples: int = 30) -> Path:
    """A synthetic model the size of a real skill's: 40 intents x 30 samples."""
    words = (
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray"
    )
    model_intents = []
    for i in range(intents):
        verb = words[i % len(words)]
        noun = words[(i * 7 + 3) % len(words)]
        samples_list = []
        for j in range(samples):
            extra = words[(i + j) % len(words)]
            if j % 3 == 0:
                samples_list.append(f"{verb} the {noun} {extra} {{thing}} number {i}")
            else:
                samples_list.append(f"please {verb} my {noun} {extra} {j} for {i}")
        model_intents.append({"name": f"Intent{i}", "slots": [{"name": "thing", "type": "Thing"}],
                              "samples": samples_list})
    model_intents.append({"name": "AMAZON.FallbackIntent", "samples": []})
    model_intents.append({"name": "AMAZON.YesIntent", "samples": []})
    values = [{"id": f"t{k}", "name": {"value": f"thing {words[k]}", "synonyms": [words[k]]}}
              for k in range(20)]
    data = {"interactionModel": {"languageModel": {
        "invocationName": "big skill", "intents": model_intents,
        "types": [{"name": "Thing", "values": values}]}}}
    folder = tmp_path / "custom"
    folder.mkdir()
    (folder / "en-US.json").write_text(json.dumps(data))
    return folder


def test_matching_on_a_real_sized_model_finds_each_intent_or_falls_back(tmp_path: Path) -> None:
    """How long matching takes is benchmarks/simulator_matching.py's to say, not a timed test's."""
    nlu = Nlu(load_model(_big_model(tmp_path), "en-US"))
    model = nlu.model
    exact = model.intents[2].samples[0].replace("{thing}", "delta")
    reworded = model.intents[5].samples[1].replace("please ", "").replace(" for ", " ")
    typo = model.intents[7].samples[3].replace("{thing}", "thing echo").replace("e", "ee", 1)
    assert nlu.match(exact).name == "Intent2"  # type: ignore[union-attr]
    assert nlu.match(reworded).name == "Intent5"  # type: ignore[union-attr]
    assert nlu.match(typo).name == "Intent7"  # type: ignore[union-attr]
    unrelated = "completely unrelated words here now"
    assert nlu.match(unrelated).name == "AMAZON.FallbackIntent"  # type: ignore[union-attr]


def test_a_carrier_sample_is_not_crowded_out_by_slot_only_samples(tmp_path: Path) -> None:
    """Many slot-only samples share the utterance's words; the one sample whose own words were
    all said must still be tried (Alexa considers every sample)."""
    values = [{"id": f"v{k}", "name": {"value": f"word{k} numb legs"}} for k in range(60)]
    intents = [{"name": f"Slot{i}Intent", "slots": [{"name": "x", "type": "Thing"}],
                "samples": ["{x}", "{x} please"]} for i in range(50)]
    intents.append({"name": "FreeIntent", "slots": [{"name": "q", "type": "AMAZON.SearchQuery"}],
                    "samples": ["i can't {q}"]})
    intents.append({"name": "AMAZON.FallbackIntent", "samples": []})
    data = {"interactionModel": {"languageModel": {
        "invocationName": "big skill", "intents": intents,
        "types": [{"name": "Thing", "values": values}]}}}
    folder = tmp_path / "custom"
    folder.mkdir()
    (folder / "en-US.json").write_text(json.dumps(data))
    match = Nlu(load_model(folder, "en-US")).match("i can't feel my numb legs")
    assert match is not None and match.name == "FreeIntent"
    assert match.slots["q"].value == "feel my numb legs"


@pytest.mark.parametrize(("text", "expected"), [
    ("my foot's gone white", ("my", "foot", "has", "gone", "white")),
    ("the pain's been bad", ("the", "pain", "has", "been", "bad")),
    ("i've got a temperature", ("i", "have", "got", "a", "temperature")),
    ("it's spreading", ("it", "is", "spreading")),
])
def test_contractions_with_has_and_have(text: str, expected: tuple[str, ...]) -> None:
    assert tokens(text) == expected
