"""Gates on the phrasings corpus (issue 11): every red flag warned first, no denial flagged.

The whole corpus is played once per test module through tests/phrasings/runner.py (the offline
simulator, in context, in every locale listed). Failures of the held-back part name phrasing ids
only, never their words: that part is not read while tuning.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.phrasings import runner
from tests.phrasings.runner import (
    CAUSES_OFFERED,
    CERTAIN_RED_FLAG_CATEGORIES,
    DENIAL_CATEGORIES,
    HELD_BACK_SHARE,
    LOCALES,
    PARTS,
    SPLIT_PARTS,
    SUPPLEMENT,
    Contexts,
    Phrasing,
    Result,
    corpus_problems,
    held_back_ids,
    judge,
    load_corpus,
)

# Every red flag of the knowledge base (skill/data/red_flags.yaml), read from there: a flag added
# to the knowledge base is a flag the corpus must cover.
RED_FLAG_IDS = tuple(flag.id for flag in runner.KB.red_flags)


@pytest.fixture(scope="module")
def corpus() -> list[Phrasing]:
    return load_corpus()


@pytest.fixture(scope="module")
def split(corpus: list[Phrasing]) -> list[Phrasing]:
    """The corpus written before tuning, split once into tuning and held back (no supplement)."""
    return [p for p in corpus if p.part in SPLIT_PARTS]


@pytest.fixture(scope="module")
def results(corpus: list[Phrasing]) -> list[Result]:
    return runner.run(corpus)


# -- the corpus itself ----------------------------------------------------------------------------

def test_corpus_is_well_formed(corpus: list[Phrasing]) -> None:
    assert corpus_problems(corpus) == []


def test_corpus_has_the_counts_the_issue_asks_for(split: list[Phrasing]) -> None:
    corpus = split  # counted without the supplement, which was written after tuning began
    assert len(corpus) >= 1200
    certain = Counter(flag for p in corpus if p.category in CERTAIN_RED_FLAG_CATEGORIES
                      for flag in p.flags)
    assert {flag: certain[flag] for flag in RED_FLAG_IDS if certain[flag] < 20} == {}
    assert set(certain) == set(RED_FLAG_IDS)
    hedged = {flag for p in corpus for flag in p.hedged_flags}
    assert hedged == set(RED_FLAG_IDS)
    # Several statements with two findings in one breath, for every flag.
    two = Counter(flag for p in corpus if p.category in CERTAIN_RED_FLAG_CATEGORIES
                  for flag in p.flags if " and " in p.text or "," in p.text)
    assert {flag: two[flag] for flag in RED_FLAG_IDS if two[flag] < 3} == {}
    assert sum(p.category in DENIAL_CATEGORIES for p in corpus) >= 150
    assert {loc for p in corpus for loc in p.locales} == set(LOCALES)


def test_corpus_covers_every_answer_kind(corpus: list[Phrasing]) -> None:
    wanted: dict[str, set[str]] = {}
    for p in corpus:
        for finding, value in (p.expect.get("answers") or {}).items():
            wanted.setdefault(finding, set()).update(value if isinstance(value, list) else [value])
    assert {"sudden", "hours", "days", "gradual", "unsure"} <= wanted["onset"]
    assert {"one_leg", "both_legs", "left", "right", "unsure"} <= wanted["side"]
    assert {"hours", "days", "weeks", "months", "unsure"} <= wanted["duration"]
    yes_no = {v for p in corpus if p.category == "yes_no"
              for v in (p.expect["answers"].values())}
    assert yes_no == {"yes", "no", "unsure"}
    intents = {p.expect["same_as"]["intent"] for p in corpus if "same_as" in p.expect}
    assert {"AMAZON.HelpIntent", "AMAZON.RepeatIntent", "GoBackIntent", "AMAZON.StartOverIntent",
            "AMAZON.StopIntent", "SpeakSlowerIntent", "CausesOverviewIntent",
            "TreatmentIntent", "CauseInfoIntent"} <= intents
    assert any(p.context == CAUSES_OFFERED for p in corpus)


def test_held_back_part_is_the_fixed_seeded_thirty_percent(corpus: list[Phrasing],
                                                           split: list[Phrasing]) -> None:
    by_category: dict[str, list[tuple[str, str]]] = {}
    for p in split:
        by_category.setdefault(p.category, []).append((p.id, p.text))
    held = {p.id for p in split if p.part == "held_back"}
    assert held == held_back_ids(by_category)
    for category, pairs in by_category.items():
        in_held = sum(i in held for i, _ in pairs)
        assert abs(in_held - len(pairs) * HELD_BACK_SHARE) <= 5, category
    tuning_texts = {p.text.lower() for p in split if p.part == "tuning"}
    assert [p.id for p in split if p.part == "held_back" and p.text.lower() in tuning_texts] == []
    # The supplement is tuning material: it never repeats a sentence of the held-back part
    # (named by the supplement's ids, so the held-back words stay unread).
    held_texts = {p.text.lower() for p in split if p.part == "held_back"}
    assert [p.id for p in corpus if p.part == SUPPLEMENT and p.text.lower() in held_texts] == []


def test_supplement_is_tuning_only_material_outside_the_split(corpus: list[Phrasing]) -> None:
    supplement = [p for p in corpus if p.part == SUPPLEMENT]
    assert len([p for p in supplement if p.is_red_flag]) >= 300
    # Written for the first 13 flags; whatever it names must be a flag of the knowledge base.
    assert {f for p in supplement for f in (*p.flags, *p.hedged_flags)} <= set(RED_FLAG_IDS)
    assert all(p.id.startswith("sx-") for p in supplement)
    assert not any(p.id.startswith("sx-") for p in corpus if p.part != SUPPLEMENT)


# -- the runner judges what users get -------------------------------------------------------------

def _phrasing(text: str, context: str, **expect: object) -> Phrasing:
    return Phrasing("check", "check", "tuning", text, ("en-GB",), context, expect)


def test_runner_sees_the_warning_the_skill_gives() -> None:
    result = judge(_phrasing("yes", "saddle_numbness", flags=["cauda_equina_saddle"]),
                   "en-GB", Contexts())
    assert result.warned and result.understood


def test_runner_counts_a_flag_from_a_non_flag_phrasing_as_false() -> None:
    result = judge(_phrasing("yes", "injury", answers={"injury": "no"}), "en-GB", Contexts())
    assert result.false_flags == ("spinal_injury",) and not result.understood


def test_runner_compares_a_request_with_the_intent_it_stands_for() -> None:
    contexts = Contexts()
    same = judge(_phrasing("help", "alcohol", same_as={"intent": "AMAZON.HelpIntent"}),
                 "en-GB", contexts)
    other = judge(_phrasing("help", "alcohol", same_as={"intent": "GoBackIntent"}),
                  "en-GB", contexts)
    assert same.understood and not other.understood


def test_copied_conversations_judge_as_fresh_ones_do(corpus: list[Phrasing]) -> None:
    sample = [p for p in corpus if p.part == "tuning"][::60]
    copied, fresh = Contexts(), Contexts(replay=True)
    for p in sample:
        a, b = judge(p, p.locales[0], copied), judge(p, p.locales[0], fresh)
        assert (a.understood, a.warned, a.false_flags, a.speech) == (
            b.understood, b.warned, b.false_flags, b.speech), p.id


# -- the gates ------------------------------------------------------------------------------------

def _describe(missed: list[Result], part: str) -> str:
    if part == "held_back":  # ids only: the held-back words are never shown
        return ", ".join(sorted({f"{r.phrasing.id}[{r.locale}]" for r in missed}))
    return "\n".join(f"{r.phrasing.id} [{r.locale} @ {r.phrasing.context}] "
                     f"{r.phrasing.text!r}: {r.why}" for r in missed)


# The goal is every red-flag phrasing warned, in every part, and the tuning part holds it. The
# parts not tuned on fall short (issue 11 stays open until they don't): there, the runs missed
# when these figures were last measured are a ceiling, so a change can only lower them. Lower a
# ceiling when a general improvement lowers the misses; never raise one.
# Supplement batch 6 (tuning/supplement_b6_*.yaml) is new material, measured before any tuning on
# it: it added 151 plain and 5 hedged missed runs, so the supplement's ceilings were raised by
# exactly those (67 -> 218 plain, 0 -> 5 hedged). Tuning on it should lower them again.
# The phrasings of the 12 flags issue 12 added and of the two back-pain flags added after them
# (categories red_flags_added*, denials_added*, ids nf-…, split by the same seeded rule) are new
# material, measured before any tuning on it: tuning part 763 plain and 105 hedged runs missed, and
# 5 denial runs flagged (one sentence in five locales); held-back part 297 plain and 51 hedged runs
# missed, on top of the 32 the held-back part already missed (32 -> 329 plain, 0 -> 51 hedged), and
# no denial flagged. Ceilings only come down: lower each one as tuning lowers its misses.
# The reader's generalisation (negation scope, wording by class, sides, dates; issue 11) lowered
# the supplement's to 68 plain and 0 hedged, and the held-back part's plain misses from 329 to 322
# (its original part from 32 to 25), with no held-back phrasing read.
# After tuning the reader, vocabulary and interaction model on the added flags (issue11-added):
# tuning 44 plain and 5 hedged runs missed, supplement 68 plain and 0 hedged, held back 129 plain
# and 10 hedged; and no denial raises a flag anywhere again ("yes, but the sciatica's only in my
# left leg" after "both legs" is a correction of the side), so the denial gate is back at zero.
# Supplement batch 7 (tuning/supplement_b7_*.yaml: 210 plain phrasings of the 14 added flags and
# 30 denials of their findings) is new material, measured before any tuning on it: it added 345
# plain missed runs (624 of 969 warned) and no denial flagged, so the supplement's plain ceiling was
# raised by exactly those (68 -> 413). Main's reader work merged next (issue 12 openings, not tuned
# on it) brought its misses to 335 (634 of 969 warned), so the ceiling came down to 403.
# Widening the added flags' findings by class (issue11-added2; batch 7 was measured at 711 of 969
# plain runs warned with those changes, before tuning on it), then tuning on batch 7's failures:
# tuning 32 plain and 5 hedged runs missed, supplement 138 plain (68 of batches 1-6, 70 of batch
# 7) and 0 hedged, held back 72 plain and 10 hedged; no denial raises a flag anywhere.
MISSED_RUNS_CEILING = {("plain", "tuning"): 32, ("hedged", "tuning"): 5,
                       ("plain", "supplement"): 138, ("hedged", "supplement"): 0,
                       ("plain", "held_back"): 72, ("hedged", "held_back"): 10}


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize(("hedged", "outcome"), [(False, "warned first"),
                                                 (True, "warned, or confirmed then warned")],
                         ids=["plain", "hedged"])
def test_every_red_flag_phrasing_is_warned(results: list[Result], part: str, hedged: bool,
                                           outcome: str) -> None:
    """Plain statements (any category) must get the warning first; hedged ones may first get
    a yes/no check that, answered yes, gives it."""
    runs = [r for r in results if r.phrasing.part == part and r.warned is not None
            and bool(r.phrasing.hedged_flags) == hedged]
    missed = [r for r in runs if not r.warned]
    ceiling = MISSED_RUNS_CEILING.get(("hedged" if hedged else "plain", part), 0)
    if len(missed) > ceiling:
        pytest.fail(f"{len(missed)} of {len(runs)} runs not {outcome} (at most {ceiling}):\n"
                    + _describe(missed, part), pytrace=False)


@pytest.mark.parametrize("part", PARTS)
def test_no_denial_raises_a_red_flag(results: list[Result], part: str) -> None:
    flagged = [r for r in results if r.phrasing.part == part
               and r.phrasing.category in DENIAL_CATEGORIES and r.false_flags]
    ceiling = MISSED_RUNS_CEILING.get(("denial", part), 0)
    if len(flagged) > ceiling:
        pytest.fail(f"{len(flagged)} denial runs flagged wrongly (at most {ceiling}):\n"
                    + _describe(flagged, part), pytrace=False)
