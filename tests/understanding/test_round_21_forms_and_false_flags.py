"""Round 21 (forms21): answer forms and false flags read by mechanism, not by sentence. Each class
in words of our own, said to the offline simulator at a real point of a screening (request
envelopes in, replies and session state out), across the five locales. Rules that take away an
answer or a flag have controls beside them said without commas (Alexa sends none).

The classes (docs/clinical-safety.md 5zq):
- a range of a length opening the turn, then a clause with no "and" ("two or three days since
  the kids left"): the length, never the fallback;
- a date said later in a "since" clause that names an event ("since the wedding last summer",
  "since my knee operation in January"): the date dates the event;
- a control request after a "no" ("no cancel the whole thing", "no just stop"): the request;
- not knowing because there is no way to check ("not sure I don't have a thermometer"): not
  sure, never a no.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import (
    same_reply_as,
    say_at,
    warned_at,
)

# -- 1. a range of a length, then a clause with no "and": the length --

@pytest.mark.parametrize(("text", "length", "locale"), [
    ("two or three days since the kids went back to school", "days", "en-US"),
    ("three or four weeks since we moved house", "weeks", "en-CA"),
    ("two or three months it has been like this", "months", "en-GB"),
    ("four or five days my feet have been tingling", "days", "en-AU"),
    ("one or two weeks since the camp finished", "weeks", "en-IN"),
    ("five or six weeks I reckon", "weeks", "en-AU"),
    ("two or three hours since I sat down", "hours", "en-GB"),
    ("two or three years on and off I would say", "months", "en-US"),
])
def test_a_range_then_a_clause_is_the_length(text: str, length: str, locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, answers


def test_a_range_then_a_red_flag_still_warns() -> None:
    # the clause after the range is read, not dropped with its carrier
    warned_at("duration", "two or three days I can't feel my bottom when I sit",
              "cauda_equina_saddle", "en-GB")


# -- 2. a date said later in a "since" clause: the date dates the event --

@pytest.mark.parametrize(("text", "length", "locale"), [
    ("since the wedding last summer", "months", "en-US"),
    ("since my daughter's graduation last spring", "months", "en-CA"),
    ("ever since the holiday in Spain last autumn", "months", "en-GB"),
    ("since my knee operation back in January", "months", "en-AU"),
    ("since my hip operation in January", "months", "en-IN"),
    ("since the big storm in early February", "weeks", "en-GB"),
    ("since we got back from the cruise last winter", "months", "en-US"),
    ("since the funeral in November", "months", "en-CA"),
    ("since my fall on the ice last week", "weeks", "en-CA"),
    ("since the long weekend for the holiday back in January", "months", "en-AU"),
])
def test_a_date_later_in_a_since_clause_dates_it(text: str, length: str, locale: str) -> None:
    # the request date of the simulator is 12 March 2026; a month said is from its first day
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, answers


@pytest.mark.parametrize(("text", "length", "locale"), [
    # a date said straight after "since", and a length said with the event, are as before
    ("since last summer", "months", "en-GB"),
    ("since January", "months", "en-US"),
    ("about three weeks since the fall", "weeks", "en-US"),
    ("since yesterday", "days", "en-AU"),
])
def test_a_date_right_after_since_is_as_before(text: str, length: str, locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, answers


# -- 3. a control request after a "no": the request --

@pytest.mark.parametrize(("text", "intent", "locale"), [
    ("no cancel all of it", "AMAZON.CancelIntent", "en-US"),
    ("no no cancel everything", "AMAZON.CancelIntent", "en-CA"),
    ("nah cancel the lot", "AMAZON.CancelIntent", "en-AU"),
    ("cancel the whole lot", "AMAZON.CancelIntent", "en-GB"),
    ("no just cancel it please", "AMAZON.CancelIntent", "en-IN"),
    ("no stop please", "AMAZON.StopIntent", "en-GB"),
    ("no just stop now", "AMAZON.StopIntent", "en-US"),
    ("nope stop it there", "AMAZON.StopIntent", "en-CA"),
])
def test_a_control_request_after_a_no_is_the_request(text: str, intent: str,
                                                      locale: str) -> None:
    same_reply_as("duration", text, intent, locale)


# -- 4. not knowing because there is no way to check: not sure, never a no --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("fever", "not sure I haven't got a thermometer", "en-GB"),
    ("fever", "I don't know we don't own a thermometer", "en-US"),
    ("fever", "no idea there's no thermometer in the house", "en-CA"),
    ("fever", "couldn't tell you I've got nothing to check it with", "en-AU"),
    ("fever", "not sure I have no thermometer at home", "en-IN"),
    ("fever", "I don't know I haven't taken my temperature", "en-IN"),
    ("fever", "don't know I never checked my temperature", "en-GB"),
])
def test_no_way_to_check_is_not_sure(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "unsure", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # a no beside the thermometer, and a check made and found fine, stay a no
    ("fever", "no I took my temperature and it's normal", "en-GB"),
    ("fever", "no I don't have a fever", "en-US"),
    ("fever", "no the thermometer says I'm normal", "en-AU"),
])
def test_a_no_beside_a_thermometer_is_still_a_no(context: str, text: str, locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "no", answers


def test_a_fever_said_beside_no_thermometer_is_still_a_fever() -> None:
    # must-warn: the fever itself said, the missing thermometer beside it
    _, answers, _ = say_at("fever", "I don't have a thermometer but I'm burning up", "en-GB")
    assert answers.get("fever") == "yes", answers
