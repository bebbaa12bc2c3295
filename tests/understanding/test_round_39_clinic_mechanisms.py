"""Round 39 (clinic39): a rash described by its pale middle, and a narrowing of the spine known
for years and no worse, in the thirty-seventh vignette set's tuning part. Said in words of our
own to the offline simulator (the interaction model included), across the five locales, with
controls (docs/clinical-safety.md 5zzzzj). No held-back material was read.

39p. A rash's pale, clear or white middle (the ring of Lyme disease, a bull's-eye: NHS Lyme
disease) is the rash's look, not a leg gone pale: no cold, pale leg is heard, no warning given.
A leg or foot said pale or white in words of its own is read and warned as before.

39q. A narrowing of the spine or a neuropathy said as known, diagnosed or found for a length of
time ("my stenosis is known for years", "diagnosed years ago"), also after a carrier took its
"my", is the diagnosis already made; a question about the condition is not.
(Self care for a known, unchanged narrowing was tried and withdrawn: see the docs section.)
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with

# -- 39p. a rash's pale middle is not a pale leg -------------------------------------------------

OWN_39P = [
    ("en-GB", "there's a bull's-eye mark on my shin with a paler centre and my leg is tingly"),
    ("en-US", "a ring-shaped rash showed on my calf with a pale middle"),
    ("en-AU", "got a red ring on me leg, getting bigger, with a clear centre, and it tingles"),
    ("en-IN", "on my calf one red circle is spreading with a white centre, leg is tingling"),
    ("en-CA", "a big red blotch on my calf with a lighter middle, and the leg feels prickly"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_39P)
def test_a_rash_with_a_pale_middle_is_no_pale_leg(locale: str, text: str) -> None:
    screening, speech = opened_with(locale, text)
    assert "cold_pale_leg" not in history_of(screening), history_of(screening)
    assert "limb_ischaemia" not in flags_of(screening) and not warned_first(speech), speech


CONTROLS_39P = [
    # a leg said pale in words of its own, beside a rash or "in the middle of the night"
    ("en-GB", "my foot went pale in the middle of the night and it is cold"),
    ("en-US", "I have a rash on my calf and my foot has gone white and cold"),
    ("en-AU", "me leg's gone pale and cold, and there's a red ring on it"),
    ("en-IN", "my leg is pale and numb"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_39P)
def test_a_leg_said_pale_is_still_read(locale: str, text: str) -> None:
    screening, _ = opened_with(locale, text)
    assert " cold_pale_leg=" in history_of(screening), history_of(screening)


# -- 39q. a diagnosis said as known for a length of time -----------------------------------------

OWN_39Q = [
    ("en-IN", "my lumbar stenosis is known for ten years, the scan was done",
     "known_stenosis=yes"),
    ("en-GB", "my stenosis was diagnosed since 2019, the consultant saw it on the scan",
     "known_stenosis=yes"),
    ("en-US", "my spinal stenosis was diagnosed years ago, the MRI showed it",
     "known_stenosis=yes"),
    ("en-AU", "my neuropathy's been known for years, the specialist checked it",
     "known_neuropathy=yes"),
    ("en-CA", "my peripheral neuropathy is known since 2018, and my feet tingle",
     "known_neuropathy=yes"),
]


@pytest.mark.parametrize(("locale", "text", "heard"), OWN_39Q)
def test_a_diagnosis_known_for_years_is_read(locale: str, text: str, heard: str) -> None:
    screening, _ = opened_with(locale, text)
    assert f" {heard}" in history_of(screening), history_of(screening)


CONTROLS_39Q = [
    # a question about the condition is no diagnosis
    ("en-US", "is stenosis known to cause numb legs"),
    ("en-GB", "can neuropathy be diagnosed from a blood test"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_39Q)
def test_a_question_about_a_diagnosis_is_not_one(locale: str, text: str) -> None:
    screening, _ = opened_with(locale, text)
    history = history_of(screening)
    assert "known_stenosis=yes" not in history and "known_neuropathy=yes" not in history, history
