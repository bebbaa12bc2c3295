"""How long, from the words people use: "four or five days", "a fortnight", "a month or so",
"since Tuesday", "since Christmas", "donkey's years".

Number words become digits with text2num; a range counts as its longer end. "Since" a weekday,
month or year is counted from the request's date (dateutil finds the last such weekday); "since"
a holiday uses that holiday's date in the locale's country (the holidays library, imported only
when a "since" is not a weekday, month or year). The result is one of the buckets the evidence is
written for (skill/screening/answers.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from skill.screening.answers import duration_bucket

if TYPE_CHECKING:
    from skill.understanding.vocabulary import Vocabulary

_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
})
_QUANTITIES = {"a": 1.0, "an": 1.0, "one": 1.0, "a couple of": 2.0, "couple of": 2.0,
               "a couple": 2.0, "a few": 3.0, "few": 3.0, "several": 4.0, "a good few": 4.0,
               "a number of": 4.0, "some": 3.0, "many": 6.0, "half a": 0.5, "half an": 0.5,
               "a half": 0.5}
_QUANTITY = "|".join(sorted((re.escape(q) for q in _QUANTITIES), key=len, reverse=True))
_NUMBER = r"\d+(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"(?:(?:^|(?<=\s))(?:(?P<n>{_NUMBER})|(?P<q>{_QUANTITY}))(?:\s+(?:or|to|and)?\s*"
    rf"(?P<m>{_NUMBER}))?\s+|^)(?P<unit>[a-z]+)(?:\s+(?:or|to)\s+(?P<more>{_NUMBER}|two|three|so))?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_PARTS = {"beginning": None, "start": None, "middle": "middle", "end": "end"}
_SINCE = re.compile(r"\bsince\s+(?:last\s+|the\s+)?(?P<what>[a-z0-9]+(?:\s+[a-z]+){0,2})")


def read_duration(said: Sequence[str], keys: Sequence[str], vocab: Vocabulary, locale: str,
                  today: date | None, word_matches: Sequence[Any]) -> tuple[str | None, bool]:
    """The bucket for the longest length of time said (or None), and whether it was stated
    as an amount or a date rather than a vague word."""
    text = " ".join(w for w in said if w != ",")
    units = vocab.units
    days = _amount(text, vocab) if any(key in units for key in keys) else None
    if days is None and "since" in said:
        days = _since(text, today or datetime.now(UTC).date())
    if days is not None:
        return duration_bucket(days), True
    if word_matches:
        longest = max(word_matches, key=lambda m: (m.end - m.start, -m.start))
        return str(longest.phrase.target).split(":", 1)[1], False
    if "since" in said:
        days = _since_holiday(text, locale, vocab, today or datetime.now(UTC).date())
    return (duration_bucket(days), True) if days is not None else (None, False)


def _amount(text: str, vocab: Vocabulary) -> float | None:
    if _NUMBER_WORDS.intersection(text.split()):
        from text_to_num import alpha2digit  # only when a number is spoken as a word

        text = alpha2digit(text, "en")
    best = None
    for match in _AMOUNT.finditer(text):
        unit = vocab.key(match.group("unit"))
        per = vocab.units.get(unit)
        if per is None:
            continue
        if match.group("n"):
            count = float(match.group("n"))
        elif match.group("q"):
            count = _QUANTITIES[match.group("q")]
        else:  # a unit alone, first: "month or so", "weeks" (a plural alone is a few)
            count = 3.0 if match.group("unit").endswith("s") else 1.0
        if match.group("m"):
            count = max(count, float(match.group("m")))
        more = match.group("more")
        if more and more != "so":
            count = max(count, {"two": 2.0, "three": 3.0}.get(more) or float(more))
        days = count * per
        best = days if best is None else max(best, days)
    return best


def _since(text: str, today: date) -> float | None:
    """Days since a weekday, month or year named after "since"."""
    match = _SINCE.search(text)
    if match is None:
        return None
    what = match.group("what").split()
    part = None
    if what[0] in _PARTS and len(what) > 2 and what[1] == "of":  # "since the end of February"
        part, what = _PARTS[what[0]], what[2:]
    first = what[0]
    if first in _WEEKDAYS:
        from dateutil.relativedelta import relativedelta, weekday

        last = today + relativedelta(days=-1, weekday=weekday(_WEEKDAYS.index(first))(-1))
        return float((today - last).days)
    if first in _MONTHS:
        month = _MONTHS.index(first) + 1
        day = {None: 1, "middle": 15, "end": 28}[part]
        start = date(today.year, month, day)
        if start >= today:
            start = date(today.year - 1, month, day)
        return float((today - start).days)
    if first.isdigit() and len(first) == 4 and 1900 <= int(first) <= today.year:
        return float((today - date(int(first), 1, 1)).days)
    return None


def _since_holiday(text: str, locale: str, vocab: Vocabulary, today: date) -> float | None:
    """Days since the last holiday named after "since" ("since Christmas", "since Diwali")."""
    match = _SINCE.search(text)
    country = vocab.countries.get(locale)
    if match is None or not country:
        return None
    words = match.group("what")
    import holidays  # a holiday named after "since": rare, so imported only then

    # The locale's own calendar first, then the other countries' (Easter, Diwali, Thanksgiving).
    countries = dict.fromkeys([country, *vocab.countries.values()])
    said = words.split()
    for code in countries:
        try:
            calendar = holidays.country_holidays(code, years=(today.year - 1, today.year))
        except (NotImplementedError, KeyError):
            continue
        for size in range(len(said), 0, -1):
            name = " ".join(said[:size])
            if name in ("the", "a", "my", "last"):
                continue
            pattern = re.compile(rf"\b{re.escape(name)}")
            dates = [day for day, title in calendar.items()
                     if day <= today and pattern.search(title.lower().replace("'", ""))]
            if dates:
                return float((today - max(dates)).days)
    return None
