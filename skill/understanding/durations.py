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
from functools import cache
from typing import TYPE_CHECKING, Any

from skill.screening.answers import duration_bucket
from skill.understanding.patterns import lazy_regex

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
_AMOUNT = lazy_regex(
    rf"(?:(?:^|(?<=\s))(?:(?P<n>{_NUMBER})|(?P<q>{_QUANTITY}))(?:\s+(?:or|to|and)?\s*"
    rf"(?P<m>{_NUMBER}))?\s+|^)(?P<unit>[a-z]+)(?:\s+(?:or|to)\s+(?P<more>{_NUMBER}|two|three|so))?")
# The calendar's day names, Monday first as `date.weekday()` counts: their one home (the reader
# and the context rules derive theirs from it)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_PARTS = {"beginning": None, "start": None, "middle": "middle", "end": "end"}
# forms20 (round 20, 5zn): a date said roughly ("since round about Bonfire Night", "since
# approximately Easter", "round about Remembrance Sunday"): the approximation words before it
_SINCE = lazy_regex(r"\bsince\s+(?:(?:about|around|round|roughly|approximately|approx|nearly|near"
                    r"|towards|toward|just|before|after|sometime|some time"
                    r"|maybe|probably|early|earlier|mid|late|last|the|a|on|in|at|is)\s+)*"
                    r"(?P<what>[a-z0-9]+(?:\s+[a-z0-9]+){0,3})")
# A holiday said without "since": "at Christmas", "on Holi", "over Easter", "around Diwali"
# ...at any of the places one of those words is said, overlapping: "right after we got back from
# the Family Day long weekend" names the holiday after "from", not after "after" (round 17, 5ze)
_AT_HOLIDAY = lazy_regex(r"(?=\b(?:at|on|over|around|during|from|after|round|about|roughly"
                         r"|approximately|near|towards|toward)\s+(?:the\s+)?"
                         r"(?P<what>[a-z0-9]+(?:\s+[a-z0-9]+){0,3}))")
# A date said without "since": "on Tuesday", "last Friday", "it started in February".
_DATED = lazy_regex(r"\b(?:" + "|".join(WEEKDAYS) + r")\b|\b(?:in|since|from|early|mid|late|of"
                    r"|start|beginning|end|middle)\s+(?:" + "|".join(_MONTHS) + r")\b")
# "almost a week" is under a week; "just over a week" is a week and more
_UNDER = lazy_regex(r"\b(?:almost|nearly|not quite|just under|under|less than|not even"
                    # answers35 (round 35, 5zzzv 35r): "nigh on a month", "close on a fortnight"
                    r"|not yet|nigh on|nigh|close on)\s+$")
_PERIODS = {"week": 7, "month": 30, "year": 365}
_WITHIN_A_WEEK = 6  # days: the most a weekday named ("since Tuesday") is counted
# "the past fortnight", "the last fortnight", "the whole week": one of the unit
_ONE_UNIT = lazy_regex(r"\b(?:past|the last|whole|entire|full)\s+"
                       r"(?P<unit>hour|day|night|week|fortnight|month|year)\b")


# how full a length was, said before it: "a good fortnight", "a solid week" (round 12)
_HOW_FULL = lazy_regex(r"\b(?:good|solid|full|clear|straight|whole)\s+(?=(?:[0-9]+\s+)?"
                       r"(?:hour|day|night|week|fortnight|month|year)s?\b)")


# "one day" as "on a day": "I just noticed it one day", "woke up one morning and it was there"
# (after noticing or waking), not a length (round 12); "in one day", "over one day" still are
_ONE_DAY_FOUND = lazy_regex(r"\b(?:noticed|notice|noticing|found|spotted|woke|woken|up|there|it)"
                            r"\s+(?:it\s+)?(?:one|1)\s+(?:fine\s+|good\s+)?(?:day|morning|evening|night|afternoon)\b"
                            r"|^(?:one|1)\s+(?:fine\s+|good\s+)?(?:day|morning)\b"
                            r"|\b(?:one|1)\s+(?:fine\s+|good\s+)?(?:day|morning)\s+i\b"
                            # "one" said as a carrier's word is not in the words read (round 13)
                            r"|^(?:fine\s+|good\s+)?(?:day|morning)\s+(?:i|we|he|she)\s+(?:just\s+)?"
                            r"(?:noticed|realised|realized|saw|spotted|found)\b")


_ONE_DAY_WORDS = frozenset({"day", "morning", "evening", "night", "afternoon"})

# forms20 (round 20, 5zn): a day said as the one that cannot be named ("I can't pinpoint a day",
# "there was no particular day", "I couldn't put my finger on a day"): when, unknown, never a
# length of a day (and so never a sudden onset from it). Only with a verb of naming or placing,
# or "no|not a" and a word of exactness: "I can't say, a day or two" is still a length.
_DAY_NOT_NAMED = lazy_regex(r"\b(?:pinpoint|pin down|pin point|put a finger on|put my finger on"
                            r"|name|remember|recall|place|point to|give you)\s+"
                            r"(?:a|one|any|a single|an)\s+"
                            r"(?:(?:exact|particular|specific|precise|certain|actual|single)\s+)?"
                            r"(?:day|date|morning|evening|night|afternoon)\b"
                            r"|\bthe\s+(?:exact|particular|specific|precise|actual)\s+"
                            r"(?:day|date|morning|evening|night|afternoon)\b"
                            r"|\b(?:no|not a|not one|never a|not any)\s+"
                            r"(?:exact|particular|specific|precise|certain|single|one)\s+"
                            r"(?:day|date|morning|evening|night|afternoon)\b"
                            # safety33 (round 33, 5zzzh 33g): "the day" as what cannot be named
                            # ("hard to pin down the day", read "not sure the day" after its
                            # carrier; "I don't know which day"): when, unknown, as above
                            r"|\b(?:pinpoint|pin down|pin point|put a finger on|put my finger on"
                            r"|remember|recall|not sure|unsure|do not know|no idea)\s+"
                            r"(?:(?:of|about)\s+)?(?:the|which|what)\s+"
                            r"(?:(?:exact|particular|specific|precise|actual)\s+)?"
                            r"(?:day|date|morning|evening|night|afternoon)\b")


def read_duration(said: Sequence[str], keys: Sequence[str], vocab: Vocabulary, locale: str,
                  today: date | None, word_matches: Sequence[Any],
                  whole: Sequence[str] | None = None) -> tuple[str | None, bool]:
    """The bucket for the longest length of time said (or None), and whether it was stated
    as an amount or a date rather than a vague word.

    A date comes first ("since Valentine's Day" is not "a day"; "on Tuesday" is since Tuesday),
    then an amount ("almost a week"), then a vague word ("ages"). `whole`: the keys of the
    whole sentence, which the word matches' positions index (when `keys` is a part of it)."""
    text = " ".join(w for w in said if w != ",")
    today = today or datetime.now(UTC).date()
    days = _counted_back(text, today)
    if days is None and (named := _weekday_in_a_name(text)) is not None:
        # "since Good Friday", "on Remembrance Sunday": the day of that name, never the last
        # Friday or Sunday; a name no calendar knows is read by its weekday as before
        days = _since_holiday(f"since {named}", locale, vocab, today)
    if days is None:
        days = _until_a_day(text, vocab, today)
    if days is None:
        days = _long_weekend_in_a_month(text, locale, vocab, today)
    if days is None:
        days = _since(text, today) if "since" in said or _DATED.search(text) else None
    if days is None and "since" in said:
        days = _since_holiday(text, locale, vocab, today)
    if days is None and "since" in said:
        # forms21 (round 21, 5zq), class 2: an event after "since", dated later in its clause
        days = _since_event_dated(text, locale, vocab, today)
    if days is None and vocab.dated_without_since and (at := next((
            at for at in _AT_HOLIDAY.finditer(text) if any(
                f"{at.group('what')} ".startswith(f"{name} ")
                for name in vocab.dated_without_since)), None)):
        # "it started at Christmas", "on Holi", "over Easter": since that holiday (round 11)
        days = _since_holiday(f"since {at.group('what')}", locale, vocab, today)
    if days is None and any(key in vocab.units for key in keys):
        days = _amount(text, vocab)
    if days is not None:
        return duration_bucket(days), True
    if word_matches and (_ONE_DAY_FOUND.search(text) or _DAY_NOT_NAMED.search(text)):
        # "I just noticed it one day": the day said is when, no length (round 12); "I can't
        # pinpoint a day", "the exact day": a day that is when, unknown (round 20)
        word_matches = [m for m in word_matches if not _one_day_said(m, whole or keys)]
    if word_matches:
        longest = max(word_matches, key=lambda m: (m.end - m.start, -m.start))
        # "since yesterday", "the tingling started last week": a time said as when it began
        # is a stated length; "today" alone is not ("the weather is nice today").
        near = (whole or keys)[max(0, longest.start - _DATED_REACH):longest.end]
        return (str(longest.phrase.target).split(":", 1)[1],
                any(key in vocab.dated_by for key in near))
    return None, False


_DATED_REACH = 3  # words before a length of time that may say it is when something began


def _one_day_said(match: Any, keys: Sequence[str]) -> bool:
    """Whether a length word match is only a day, with at most "the" or "that" before it
    ("day", "the day"): when, not how long, beside a day not named (safety33, round 33,
    5zzzh 33g: "hard to pin down the day" is no length of a day)."""
    words = list(keys[match.start:match.end])
    return words[-1] in _ONE_DAY_WORDS and all(w in ("the", "that") for w in words[:-1])


# "The night before last", "last weekend", "the weekend before last": counted back from the
# request's date (round 13). A weekend is counted from its Saturday; "the weekend" said alone is
# the last one. Only a weekend it has lasted since ("since", "from", or said as the answer) is a
# length: "it got worse over the weekend" dates a change, not the start.
_NIGHT_BEFORE_LAST = lazy_regex(r"\bnight\s+before\s+last\b")
_WEEKEND = lazy_regex(r"(?:^|\b(?:since|from)\s+)(?:the\s+)?(?:last\s+|this\s+past\s+|past\s+)?"
                      r"(?:long\s+)?weekend(?P<before>\s+before\s+last)?\b")
_WEEKDAY_LEADS = frozenset({"this", "that", "past", "previous", "last", "next", "early", "late",
                            "mid", "every", "each", "of", "on", "a", "the"})


# phr33 (round 33, 5zzzj 33m): a weekday counted back ("two Sundays ago", "a couple of Fridays
# back"; the plural comes without its "s"): the last such weekday and the weeks before it, so
# N weekdays ago is N - 1 weeks more than the last one, never only the days since the last one
_WEEKDAYS_BACK = lazy_regex(
    rf"(?:^|(?<=\s))(?P<n>{_NUMBER}|[a-z]+|{_QUANTITY})\s+(?P<day>" + "|".join(WEEKDAYS)
    + r")s?\s+(?:ago|back)\b")


def _weekdays_counted_back(text: str, today: date) -> float | None:
    """Days since the Nth weekday of a name said counted back ("three Fridays ago"): the
    count says weeks, which the days since the last such weekday alone would lose."""
    match = _WEEKDAYS_BACK.search(text)
    if match is None:
        return None
    said = match.group("n")
    if said in _QUANTITIES:
        count = _QUANTITIES[said]
    elif said in _NUMBER_WORDS or said.replace(".", "", 1).isdigit():
        from text_to_num import alpha2digit

        digits = alpha2digit(said, "en", threshold=0)
        if not digits.replace(".", "", 1).isdigit():
            return None
        count = float(digits)
    else:
        return None
    if count < 2:
        return None  # "one Sunday ago" is the last Sunday, read as before
    from dateutil.relativedelta import relativedelta
    from dateutil.relativedelta import weekday as day_of_week

    day = day_of_week(WEEKDAYS.index(match.group("day")))
    last = today + relativedelta(days=-1, weekday=day(-1))
    return float((today - last).days) + 7 * (count - 1)


def _counted_back(text: str, today: date) -> float | None:
    if _NIGHT_BEFORE_LAST.search(text):
        return 2.0
    if (weekdays := _weekdays_counted_back(text, today)) is not None:
        return weekdays
    weekend = _WEEKEND.search(text)
    if weekend is None or _WEEKEND_NAMED.match(text, weekend.end()):
        # "the long weekend for Australia Day", "the weekend of the wedding back in June": a
        # weekend named by what it was for is dated by that, never counted back (round 21)
        return None
    from dateutil.relativedelta import SA, relativedelta

    saturday = today + relativedelta(days=-1, weekday=SA(-1))
    days = float(max((today - saturday).days, 1))
    return days + 7 if weekend.group("before") else days


# forms21 (round 21, 5zq), class 2: an event said after "since" ("since the wedding", "since my
# hip operation") and dated later in the same clause: by a month ("... in January", "... back in
# early February"), by a season said as the last one ("... last summer", "this past winter"),
# or by a holiday it was for ("the long weekend for Australia Day"). The event itself names no
# date; what is said after it does. A season is months whatever the hemisphere: the last summer,
# spring, autumn or winter began three months ago or more.
# phr37 (round 37, 5zzzza 37b): "the long weekend in January" is dated by its month too
_WEEKEND_NAMED = lazy_regex(r"\s+(?:for|of|in)\s+")
_FOR_A_HOLIDAY = lazy_regex(r"\b(?:for|of)\s+(?:the\s+)?(?P<what>[a-z0-9]+(?:\s+[a-z0-9]+){0,3})")
_LAST_SEASON = lazy_regex(r"\b(?:last|this past|this last|the past)\s+"
                          r"(?:summer|spring|autumn|winter|monsoon|monsoons|rainy season)\b")
_SEASON_DAYS = 90.0  # at least the length of the season since it began: months


def _since_event_dated(text: str, locale: str, vocab: Vocabulary, today: date) -> float | None:
    since = _SINCE.search(text)
    if since is None:
        return None
    after = text[since.start("what"):]
    for named in _FOR_A_HOLIDAY.finditer(after):
        if vocab.dated_without_since and any(f"{named.group('what')} ".startswith(f"{name} ")
                                             for name in vocab.dated_without_since):
            return _since_holiday(f"since {named.group('what')}", locale, vocab, today)
    dated = _DATED.search(after)
    if dated is not None:
        return _since_last(after[dated.start():], today)
    if _LAST_SEASON.search(after):
        return _SEASON_DAYS
    return None


# dur27 (round 27, 5zzn 27b): a length it will have lasted by a day to come ("it'll be a
# fortnight on Sunday", "three weeks this Friday", "a month come Tuesday", "two weeks
# tomorrow"): the length less the days still to that day, never since that weekday (the last
# Sunday, days). A weekday said as today's is a week on: "a week on Monday" is said of next Monday.
_UNTIL_A_DAY = lazy_regex(r"\b(?:hour|day|night|week|fortnight|month|year)s?\s+"
                          r"(?:(?:on|this|this coming|come)\s+(?!tomorrow)|(?=tomorrow))"
                          r"(?P<day>" + "|".join(WEEKDAYS) + r"|tomorrow)\b")


def _until_a_day(text: str, vocab: Vocabulary, today: date) -> float | None:
    match = _UNTIL_A_DAY.search(text)
    if match is None:
        return None
    length = _amount(text[:match.start("day")], vocab)
    if length is None:
        return None
    day = match.group("day")
    until = 1 if day == "tomorrow" else (WEEKDAYS.index(day) - today.weekday()) % 7 or 7
    return max(length - until, 0.5)


# phr37 (round 37, 5zzzza 37b): "since the long weekend in January": a long weekend is made by a
# public holiday on its Monday or Friday, so it is dated by the last such holiday of that month
# in the locale's country (holidays library), never by the month's first day (weeks too long);
# a month with none is read by its month as before
_LONG_WEEKEND_IN = lazy_regex(r"\blong\s+weekend\s+(?:back\s+)?in\s+(?P<month>"
                              + "|".join(_MONTHS) + r")\b")
_LONG_WEEKEND_DAYS = (0, 4)  # a holiday on a Monday or a Friday makes the weekend long


def _long_weekend_in_a_month(text: str, locale: str, vocab: Vocabulary,
                             today: date) -> float | None:
    match = _LONG_WEEKEND_IN.search(text)
    country = vocab.countries.get(locale)
    if match is None or not country:
        return None
    import holidays

    month = _MONTHS.index(match.group("month")) + 1
    calendar = holidays.country_holidays(country, years=(today.year - 1, today.year))
    days = [day for day in calendar if day.month == month and day <= today
            and day.weekday() in _LONG_WEEKEND_DAYS]
    return float((today - max(days)).days) if days else None


def _weekday_in_a_name(text: str) -> str | None:
    """The words of a named day that holds a weekday's name, said after "since" or "on"
    ("since Ash Wednesday", "on Good Friday"), or None."""
    match = _SINCE.search(text) or _AT_HOLIDAY.search(text)
    if match is None:
        return None
    what = match.group("what").split()
    at = next((i for i, w in enumerate(what) if w in WEEKDAYS), None)
    if not at or what[at - 1] in _WEEKDAY_LEADS or what[at - 1] in WEEKDAYS \
            or not what[at - 1].isalpha():
        return None
    return " ".join(what[:at + 1])


# How often or how much in a time ("four or five cans a night", "twice a day", "three times a
# week"): a rate, not how long anything has lasted. clinic38 (round 38, 5zzzzg 38s): one of them,
# or one said with what it holds ("a bottle of vodka a day", "a pint of cider a night", "two
# pegs of whisky a day"), is a rate too: "down from a bottle of vodka a day" had timed the leg
# weakness told after it as new in the last day (the emergency), in a case of months.
# What is counted lives in understanding.yaml (`counted_in_a_rate`).
@cache
def _rate(counted: frozenset[str]) -> re.Pattern[str]:
    things = "|".join(sorted(map(re.escape, counted), key=len, reverse=True))
    return re.compile(rf"\b(?:times|twice|once|thrice|(?:{things})(?:e?s)?"
                      r"(?:\s+of\s+\w+(?:\s+\w+)?)?)\s+(?:a|an|per|each|every)"
                      r"\s+(?:hour|day|night|week|fortnight|month|year)\b")


# A part more said after a number or a unit ("two and a half weeks", "a week and a half",
# "three and a bit months"): the part is added to the number, never read as a length of its own
# ("a half weeks" is not half a week; round 14)
_PARTS_MORE = {"half": 0.5, "quarter": 0.25, "bit": 0.25}
_AND_A_PART_AFTER_NUMBER = lazy_regex(
    rf"\b(?P<n>{_NUMBER})\s+and\s+an?\s+(?P<part>half|quarter|bit)\b")
_AND_A_PART_AFTER_UNIT = lazy_regex(
    rf"\b(?P<n>{_NUMBER}|an?|one)\s+(?P<unit>hour|day|night|week|fortnight|month|year)s?"
    rf"\s+and\s+an?\s+(?P<part>half|quarter|bit)\b")


# ...and said first, its number taken by Alexa's carrier ("one and a half weeks" arrives as
# "and a half weeks"): a number was said, so at least one
_AND_A_PART_FIRST = lazy_regex(r"^and\s+an?\s+(?P<part>half|quarter|bit)\s+(?=[a-z]+)")


def _with_parts_more(text: str) -> str:
    """The number with its part added: "2 and a half weeks" is "2.5 weeks", "a week and a
    half" is "1.5 week"."""
    def count(n: str) -> float:
        return float(n) if n[0].isdigit() else 1.0

    text = _AND_A_PART_FIRST.sub(lambda m: f"{1 + _PARTS_MORE[m.group('part')]:g} ", text)

    text = _AND_A_PART_AFTER_UNIT.sub(lambda m: (
        f"{count(m.group('n')) + _PARTS_MORE[m.group('part')]:g} {m.group('unit')}s"), text)
    return _AND_A_PART_AFTER_NUMBER.sub(lambda m: (
        f"{count(m.group('n')) + _PARTS_MORE[m.group('part')]:g}"), text)


@cache
def spoken_number(word: str) -> bool:
    """Whether one word is a number said in words ("two", "eleven", "twenty", "hundred"), by
    the parser the amounts are read with (text2num); an ordinal ("first") is none."""
    from text_to_num import alpha2digit

    return word.isalpha() and alpha2digit(word, "en", threshold=0).isdigit()


def _amount(text: str, vocab: Vocabulary) -> float | None:
    text = _rate(vocab.word_sets["counted_in_a_rate"]).sub(" ", text)
    if _NUMBER_WORDS.intersection(text.split()):
        from text_to_num import alpha2digit  # only when a number is spoken as a word

        text = alpha2digit(text, "en", threshold=0)  # "two days" too, not only from three
    text = _with_parts_more(text)
    text = _ONE_UNIT.sub(r"a \g<unit>", text)
    text = _HOW_FULL.sub("", text)  # "a good fortnight", "a solid two weeks": that length
    text = _ONE_DAY_FOUND.sub(" ", text)  # "I just noticed it one day": when, not how long
    text = _DAY_NOT_NAMED.sub(" ", text)  # "I can't pinpoint a day": when, unknown (round 20)
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
        if _UNDER.search(text[:match.start()]):
            days *= 0.85  # "almost a week": under it
        best = days if best is None else max(best, days)
    return best


def _since(text: str, today: date) -> float | None:
    """Days since a weekday, a date, a month, a year, or last week, month or year, named after
    "since" or said on its own ("on Tuesday"). "Since last week" counts from its end: when in
    doubt, the shorter time is the more urgent (the project's third safety rule). "The Friday
    before last", "the week before last": one more of that period back."""
    days = _since_last(text, today)
    if days is None or not _BEFORE_LAST.search(text):
        return days
    match = _SINCE.search(text)
    what = match.group("what").split() if match else text.split()
    period = next((w for w in what if w in _PERIODS), "week")
    return days + _PERIODS[period]


_BEFORE_LAST = lazy_regex(r"\bbefore\s+last\b")


def _since_last(text: str, today: date) -> float | None:
    match = _SINCE.search(text)
    what = match.group("what").split() if match else text.split()
    if match and len(what) > 1 and what[0] in ("week", "month", "year"):
        what = what[:1]
    if match and what and what[0] in _PERIODS:
        # "since last week" (from its end), "since the month began" (from its start)
        last = re.search(rf"\bsince\s+(?:\w+\s+)?last\s+{what[0]}", text) is not None
        if what[0] == "week":
            return float(today.weekday() + 1 if last else max(today.weekday(), 1))
        if what[0] == "month":
            return float(today.day if last else max(today.day - 1, 1))
        return float(today.timetuple().tm_yday if last else max(today.timetuple().tm_yday - 1, 1))
    if match and what and what[0] in _PARTS and len(what) > 2 and what[1] == "of" and (
            what[2] in ("the", "this") and len(what) > 3 and what[3] in _PERIODS):
        # "since the start of the month"
        period = what[3]
        if period == "week":
            return float(max(today.weekday(), 1))
        if period == "month":
            return float(max(today.day - 1, 1))
        return float(max(today.timetuple().tm_yday - 1, 1))
    said = text.split()
    weekday = next((w for w in (what if match else said) if w in WEEKDAYS), None)
    if weekday is not None:
        from dateutil.relativedelta import relativedelta
        from dateutil.relativedelta import weekday as day_of_week

        last = today + relativedelta(days=-1, weekday=day_of_week(WEEKDAYS.index(weekday))(-1))
        # Alexa stamps requests in UTC: the person's own date may be a day behind it (an
        # American evening) or ahead (an Australian morning), or they mean today. The request's
        # own weekday named is a day of the last week, not a whole week ago: the shorter time is
        # the more urgent (the third safety rule).
        return float(min((today - last).days, _WITHIN_A_WEEK))
    ordinal = _ordinal_date(" ".join(what), today) if match else None
    if ordinal is not None:
        return ordinal
    part = None
    for at, word in enumerate(what):
        if word in _PARTS and at + 2 < len(what) and what[at + 1] == "of":
            part = _PARTS[word]
        elif word in ("early", "mid", "late"):
            part = {"early": None, "mid": "middle", "late": "end"}[word]
        if word in _MONTHS and (word != "may" or match or at > 0):
            month = _MONTHS.index(word) + 1
            day = {None: 1, "middle": 15, "end": 28}[part]
            start = date(today.year, month, day)
            if start >= today:
                start = date(today.year - 1, month, day)
            return float((today - start).days)
    if match:
        first = what[0]
        if first.isdigit() and len(first) == 4 and 1900 <= int(first) <= today.year:
            return float((today - date(int(first), 1, 1)).days)
    return None


_ORDINAL = lazy_regex(r"\b(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?:\s+of)?"
                      r"(?:\s+(?P<month>[a-z]+))?")
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                            "nineteenth", "twentieth", "thirtieth"})


# "Since my second baby", "since her third op": an ordinal after a possessive counts things, it
# dates nothing (read as "the 2nd" it made a leak of years a leak of hours).
_COUNTED = lazy_regex(r"\b(?:my|his|her|our|their|your)\s+"
                      r"(?:\w+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\b")


# "Since first thing this morning", "the first time": an ordinal that names no day of the month
_NOT_A_DAY = lazy_regex(r"\bfirst\s+(?:thing|time|off|of all)\b"
                        # ...nor one that counts a stage or a thing ("since the second
                        # trimester", "since the third baby", "the first dose": round 13, 5u;
                        # "since second month itself", "since the fourth month": a month of
                        # a pregnancy or a course, never the 2nd of this month: round 15, 5zc; not
                        # "week": "since the first week of this month" may be days)
                        r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                        r"|last|1st|2nd|3rd|4th|5th)\s+(?:trimester|month|baby|babies"
                        r"|pregnancy|child"
                        r"|kid|delivery|op|operation|surgery|dose|jab|round|cycle|course|session"
                        r"|lockdown|wave)s?\b")


def _ordinal_date(what: str, today: date) -> float | None:
    """Days since "the 1st", "the second of March", "the 20th of February"."""
    what = _NOT_A_DAY.sub(" ", _COUNTED.sub(" ", what))
    if _ORDINAL_WORDS.intersection(what.split()):
        from text_to_num import alpha2digit

        what = alpha2digit(what, "en", threshold=0)
    match = _ORDINAL.search(what)
    if match is None:
        return None
    day = int(match.group("day"))
    month_word = match.group("month")
    month = _MONTHS.index(month_word) + 1 if month_word in _MONTHS else today.month
    year = today.year
    try:
        start = date(year, month, day)
        if start > today:
            start = (date(year - 1, month, day) if month_word in _MONTHS
                     else date(year - (month == 1), (month - 2) % 12 + 1, day))
    except ValueError:
        return None
    return float((today - start).days)


def _since_holiday(text: str, locale: str, vocab: Vocabulary, today: date) -> float | None:
    """Days since the last holiday named after "since" ("since Christmas", "since Diwali"), or
    a day the vocabulary's observances date ("since Valentine's Day", "since Pancake Day")."""
    match = _SINCE.search(text)
    country = vocab.countries.get(locale)
    if match is None or not country:
        return None
    what = match.group("what").split()
    said = [_plain(w) for w in what if w != "is"]
    # a named day said without its last word, "day" or its weekday: by its possessive ("since
    # Valentine's", "since St Patrick's": the "'s", read as "is", says whose day it is), or by a
    # name of two words or more ("since the Super Bowl party"), never by one plain word ("since
    # the burns" is no Burns Day) (round 14)
    unsaid_day = {size for size in range(1, len(said) + 1)
                  if size >= 2 or _said_before_is(what, size) or _possessive_name(what, vocab)}
    for size in range(len(said), 0, -1):
        rules = next((r.get(locale, r.get("*", ())) for name, r in vocab.observances.items()
                      if _names(name, said[:size], size in unsaid_day)), None)
        if rules is not None:
            return min((float((today - _observed(rule, today)).days) for rule in rules),
                       default=None)
    import holidays  # a holiday named after "since": rare, so imported only then

    # The locale's own calendar first, then the other countries' (Easter, Diwali, Thanksgiving).
    # ...and last a neighbour's (New Zealand's Waitangi Day said in Australia, Ireland's St
    # Stephen's Day in Britain: phr38, round 38, 5zzzze 38b)
    neighbours = sorted(code.upper() for code in vocab.word_sets["neighbour_calendars"])
    countries = dict.fromkeys([country, *vocab.countries.values(), *neighbours])
    for code in countries:
        try:
            # the optional holidays too: India's festivals (Onam, Maha Shivaratri) are
            # restricted holidays, dated all the same (round 12)
            calendar = holidays.country_holidays(code, years=(today.year - 1, today.year),
                                                 categories=_HOLIDAY_KINDS)
        except (NotImplementedError, KeyError, ValueError):
            try:
                calendar = holidays.country_holidays(code, years=(today.year - 1, today.year))
            except (NotImplementedError, KeyError):
                continue
        for size in range(len(said), 0, -1):
            name = " ".join(said[:size])
            if not any(len(w) >= 4 for w in said[:size]):
                continue  # "since I got up" names no holiday
            # the holiday's name as it begins: "Christmas" is "Christmas Day", "day" is not
            pattern = re.compile(rf"^{re.escape(name)}\b")
            dates = [day for day, title in calendar.items() if day <= today and any(
                pattern.search(part) or _spelt_alike(name, part) for part in _titles(title))]
            if dates:
                return float((today - max(dates)).days)
    return _since_regional_holiday(said, country, today)


def _since_regional_holiday(said: Sequence[str], country: str, today: date) -> float | None:
    """Days since a holiday only some of the locale's country keeps (a state's or province's:
    the Melbourne Cup in Victoria, Remembrance Day in most of Canada), from the holidays
    library's subdivisions of that country (round 13)."""
    import holidays

    try:
        regions = holidays.country_holidays(country).subdivisions
    except (NotImplementedError, KeyError):
        return None
    found: list[date] = []
    for region in regions:
        try:
            calendar = holidays.country_holidays(country, subdiv=region,
                                                 years=(today.year - 1, today.year))
        except (NotImplementedError, KeyError, ValueError):
            continue
        for size in range(len(said), 0, -1):
            if not any(len(w) >= 4 for w in said[:size]):
                continue
            # the holiday's whole name (its "day" may go unsaid), never its first word alone:
            # "since about three weeks ago" is no Three Kings Day
            pattern = re.compile(rf"^{re.escape(' '.join(said[:size]))}(?: day)?$")
            found += [day for day, title in calendar.items() if day <= today and any(
                pattern.search(part) for part in _titles(title))]
            if found:
                break
    return float((today - max(found)).days) if found else None


_HOLIDAY_KINDS = ("public", "optional")


def _titles(title: str) -> list[str]:
    """A holiday's names, each as words ("Onam; Prophet's Birthday" is two holidays on a day)."""
    return [" ".join(_plain(w) for w in part.replace("'", "").split())
            for part in re.split(r"[;/]", title.lower()) if part.strip()]


def _spelt_alike(name: str, title: str) -> bool:
    """A festival's name in another transliteration ("Shivratri", "Mahashivratri" for "Maha
    Shivaratri"): the name, without spaces, alike to the title's end (round 12)."""
    said, known = name.replace(" ", ""), title.replace(" ", "")
    if len(said) < 5 or not said.isalpha():
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, said, known[-len(said) - 1:]).ratio() >= 0.9 or \
        SequenceMatcher(None, said, known).ratio() >= 0.9


_DAY_WORDS = frozenset({"day", *WEEKDAYS})


def _names(name: str, said: Sequence[str], day_unsaid: bool) -> bool:
    """The observance `name` is what was `said`, or, `day_unsaid`, it with its last word a day."""
    known = [_plain(w) for w in name.split() if w != "is"]
    return known == list(said) or (day_unsaid and known[-1] in _DAY_WORDS
                                   and known[:-1] == list(said))


def _possessive_name(what: Sequence[str], vocab: Vocabulary) -> bool:
    """The first word said is a name with its possessive s run on, as Alexa writes it
    ("valentines"): it ends in s and is no word the reader knows ("burns" is one)."""
    first = what[0] if what else ""
    return first.endswith("s") and first not in vocab.forms


def _said_before_is(what: Sequence[str], size: int) -> bool:
    """The first `size` words said (not counting "is") are followed by "is": a possessive."""
    seen = 0
    for at, word in enumerate(what):
        if word == "is":
            continue
        seen += 1
        if seen == size:
            return at + 1 < len(what) and what[at + 1] == "is"
    return False


def _plain(word: str) -> str:
    """A word compared without its plural or possessive s ("valentines", "presidents")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _observed(rule: str, today: date) -> date:
    """The last day on or before `today` that an observance rule falls on."""
    from dateutil.easter import easter
    from dateutil.relativedelta import relativedelta, weekday

    def on(year: int) -> date:
        if rule.startswith("easter"):
            return easter(year) + relativedelta(days=int(rule[6:]))
        if rule.startswith("lunar"):
            # answers35 (round 35, 5zzzv 35t): the Chinese lunisolar new year, as the holidays
            # library's public calendar of a country that keeps it dates it (its first day)
            from holidays import Singapore

            new_year = min(Singapore(years=year).get_named("Chinese New Year", lookup="exact"))
            return new_year + relativedelta(days=int(rule[5:]))
        month, day = rule.split("-")
        if day.isdigit():
            return date(year, int(month), int(day))
        kind = weekday(("MO", "TU", "WE", "TH", "FR", "SA", "SU").index(day[:2]))
        if day[2] == "L":  # the last of the month
            return date(year, int(month), 1) + relativedelta(day=31, weekday=kind(-1))
        return date(year, int(month), 1) + relativedelta(weekday=kind(int(day[2])))

    found = on(today.year)
    return found if found <= today else on(today.year - 1)
