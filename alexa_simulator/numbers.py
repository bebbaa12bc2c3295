"""Spoken numbers, ordinals, durations and dates turned into the values Alexa's built-in slots give.

Alexa never hands a skill "twenty three" in an AMAZON.NUMBER slot, it hands "23"; an
AMAZON.DURATION slot holds ISO 8601 ("P2W"). The skill is written against those values, so the
simulator must produce them from the words a tester types.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_UNITS = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_SAY_UNITS = tuple(word for word, value in sorted(_UNITS.items(), key=lambda item: item[1])
                   if word not in {"oh", "nought"})
_SAY_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$")


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def number_words(number: int) -> str:
    """A whole number the way samples and slot values spell it: 12 -> "twelve", 42 -> "forty
    two"; from 100 on, digit by digit ("112" -> "one one two"), as people say codes and phone
    numbers."""
    if number < 0:
        raise ValueError(f"{number}: only whole numbers from zero up")
    if number < 20:
        return _SAY_UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _SAY_TENS[tens - 2] + ("" if units == 0 else " " + _SAY_UNITS[units])
    return digit_words(str(number))


def digit_words(digits: str) -> str:
    """Digits said one by one: "999" -> "nine nine nine"."""
    return " ".join(_SAY_UNITS[int(digit)] for digit in digits)


def parse_number(words: Sequence[str]) -> float | None:
    """The number spoken in `words` ("twenty three", "a hundred and five", "23"), else None."""
    words = list(words)
    if not words:
        return None
    sign = 1
    if words[0] in {"minus", "negative"}:
        sign, words = -1, words[1:]
        if not words:
            return None
    if len(words) == 1 and _DECIMAL.match(words[0]):
        return sign * float(words[0])
    if "point" in words:
        at = words.index("point")
        whole = parse_number(words[:at]) if at else 0.0
        digits = [_UNITS.get(w) for w in words[at + 1 :]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return sign * float(f"{_fmt(whole)}.{''.join(str(d) for d in digits)}")
    total = 0
    current = 0
    seen = False
    previous: str | None = None
    for word in words:
        if word == "and" and seen:
            previous = word
            continue
        if word in {"a", "an"} and not seen:
            current, seen = 1, True
        elif word in _UNITS:
            if previous in _UNITS or (previous in _TENS and _UNITS[word] >= 10):
                return None
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            if previous in _UNITS or previous in _TENS:
                return None
            current += _TENS[word]
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            if not seen:
                return None
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            seen = True
        elif word.isdigit() and not seen:
            current, seen = int(word), True
        else:
            return None
        previous = word
    if not seen or previous == "and":
        return None
    return float(sign * (total + current))


def number_value(words: Sequence[str]) -> str | None:
    """AMAZON.NUMBER's slot value: digits as a string."""
    if list(words) in (["a"], ["an"]):
        return None
    value = parse_number(words)
    return None if value is None else _fmt(value)


def four_digit_value(words: Sequence[str]) -> str | None:
    """AMAZON.FOUR_DIGIT_NUMBER: four digits, spoken one by one or as a number."""
    digits = [str(_UNITS[w]) if w in _UNITS and _UNITS[w] < 10 else w for w in words]
    joined = "".join(digits)
    if len(joined) == 4 and joined.isdigit():
        return joined
    value = number_value(words)
    return value if value is not None and len(value) == 4 and value.isdigit() else None


def ordinal_value(words: Sequence[str]) -> str | None:
    """AMAZON.Ordinal: "first" -> "1", "twenty third" -> "23", "3rd" -> "3"."""
    if not words:
        return None
    *head, last = words
    match = _ORDINAL_DIGITS.match(last)
    if match and not head:
        return match.group(1)
    if last not in _ORDINAL_UNITS:
        return None
    base = _ORDINAL_UNITS[last]
    if not head:
        return str(base)
    prefix = parse_number(head)
    return None if prefix is None else _fmt(prefix + base)


# Unit word -> (ISO designator, time part?).
_DURATION_UNITS = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "month": ("M", False), "year": ("Y", False), "yr": ("Y", False),
    # a week or a month typed short, as "hr" and "yr" are: Alexa hears the spoken word ("six
    # weeks" is P6W); a typed "6 wks" is that word (round 27, dur27)
    "wk": ("W", False), "mth": ("M", False), "mnth": ("M", False),
}
_SPECIAL_UNITS = {"fortnight": (2, "W", False), "decade": (10, "Y", False)}
_APPROX = frozenset(
    {"about", "around", "roughly", "approximately", "almost", "nearly", "over", "under", "for",
     "maybe", "like", "just", "some", "the", "past", "last", "than", "more", "less", "least",
     "at", "since", "only", "probably", "perhaps", "within", "in", "ago", "now", "already"}
)


def _unit(word: str) -> tuple[str, bool] | None:
    for candidate in (word, word[:-1] if word.endswith("s") else word):
        if candidate in _DURATION_UNITS:
            return _DURATION_UNITS[candidate]
    return None


# Words that make the amount said a bound, not the length: "almost a week" is no P1W. Alexa's
# value could not say so, so the simulator does not fill the slot with them (the model's
# carriers for them keep the words: AlmostSpeechIntent).
_BOUNDS = frozenset({"almost", "nearly", "under", "less"})


def duration_value(words: Sequence[str]) -> str | None:
    """AMAZON.DURATION's ISO 8601 value: "about two weeks" -> "P2W", "an hour" -> "PT1H"."""
    if _BOUNDS.intersection(words):
        return None
    words = [w for w in words if w not in _APPROX]
    if not words:
        return None
    parts: list[tuple[float, str, bool]] = []
    count: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        special = _SPECIAL_UNITS.get(word.rstrip("s")) if word not in _UNITS else None
        unit = _unit(word)
        if word == "half" and not count and i + 2 < len(words) and words[i + 1] in {"a", "an"}:
            unit = _unit(words[i + 2])
            if unit is None:
                return None
            parts.append((0.5, *unit))
            i += 3
            continue
        if unit is not None or special is not None:
            amount = _count(count)
            if amount is None:
                return None
            if special is not None:
                parts.append((amount * special[0], special[1], special[2]))
            else:
                assert unit is not None
                parts.append((amount, *unit))
            count = []
            i += 1
            if words[i : i + 3] == ["and", "a", "half"]:
                value, designator, is_time = parts[-1]
                parts[-1] = (value + 0.5, designator, is_time)
                i += 3
            elif i < len(words) and words[i] == "and":
                i += 1
            continue
        count.append(word)
        i += 1
    if count or not parts:
        return None
    return _iso(parts)


def _count(words: list[str]) -> float | None:
    if not words:
        return None
    if words in (["a", "couple", "of"], ["couple", "of"], ["a", "couple"], ["couple"]):
        return 2.0
    if words[-1] == "of":
        return None
    return parse_number(words)


def _iso(parts: list[tuple[float, str, bool]]) -> str:
    """Join parts into ISO 8601, turning halves into the next smaller unit as Alexa does."""
    date: dict[str, float] = {}
    time: dict[str, float] = {}
    smaller = {"H": ("M", 60), "M": ("S", 60), "D": ("H", 24)}
    for amount, designator, is_time in parts:
        whole = int(amount)
        fraction = amount - whole
        target = time if is_time else date
        target[designator] = target.get(designator, 0) + whole
        if fraction:
            if is_time and designator in smaller:
                sub, factor = smaller[designator]
                time[sub] = time.get(sub, 0) + fraction * factor
            elif designator == "D":
                time["H"] = time.get("H", 0) + fraction * 24
            else:
                target[designator] += fraction
    out = "P"
    for designator in "YMWD":
        if date.get(designator):
            out += _fmt(date[designator]) + designator
    if any(time.values()):
        out += "T"
        for designator in "HMS":
            if time.get(designator):
                out += _fmt(time[designator]) + designator
    return out if out != "P" else "PT0S"


def date_value(words: Sequence[str], today: dt.date | None = None) -> str | None:
    """AMAZON.DATE for the few relative days people say: today, tomorrow, yesterday."""
    today = today or dt.date.today()
    offsets = {"today": 0, "tonight": 0, "now": 0, "tomorrow": 1, "yesterday": -1}
    joined = " ".join(words)
    if joined in offsets:
        return (today + dt.timedelta(days=offsets[joined])).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", joined):
        return joined
    return None
