"""Turning what a person said into the answer values the questions take.

Durations arrive as ISO 8601 (Alexa's AMAZON.DURATION: "P2W"), as a rough period ("months"), or
as a number of days the reader worked out ("since Tuesday"); all fold into the four buckets the
evidence is written for.
"""

from __future__ import annotations

import re

_ISO = re.compile(
    r"^P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?(?:(?P<weeks>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<days>\d+(?:\.\d+)?)D)?(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
_DAYS_PER = {"years": 365.0, "months": 30.0, "weeks": 7.0, "days": 1.0, "hours": 1 / 24,
             "minutes": 1 / 1440, "seconds": 1 / 86400}
_PERIODS = {"minutes": "hours", "hours": "hours", "days": "days", "weeks": "weeks",
            "months": "months", "years": "months"}
# The rough periods a person may give ("for weeks"), as the interaction model's ids.
PERIOD_IDS = tuple(_PERIODS)


# Days: a length said to a timing question ("did it start, or get clearly worse, in the last few
# days?") up to about a week ("a week ago") is on the window's edge, where the more urgent
# reading stands (rule 3; review8 R2; docs/clinical-safety.md).
ABOUT_A_WEEK = 7.0


def days_from_iso(value: str) -> float | None:
    """Days in an ISO 8601 duration; None when it is not one (Alexa sends "?" when unsure)."""
    match = _ISO.match(value.strip().upper()) if value else None
    if not match or not any(match.groupdict().values()):
        return None
    return sum(float(v) * _DAYS_PER[k] for k, v in match.groupdict().items() if v)


def duration_from_iso(value: str) -> str | None:
    """Bucket an ISO 8601 duration; None when it is not one."""
    days = days_from_iso(value)
    return None if days is None else duration_bucket(days)


def duration_bucket(days: float) -> str:
    """The bucket the evidence is written for, for a length of time in days."""
    if days < 1:
        return "hours"
    if days < 7:
        return "days"
    if days < 56:  # up to about eight weeks people still count in weeks
        return "weeks"
    return "months"


def duration_from_period(period_id: str) -> str | None:
    return _PERIODS.get(period_id)
