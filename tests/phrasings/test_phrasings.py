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
    BATCH_LABELS,
    BATCH_SPLITS,
    CAUSES_OFFERED,
    CERTAIN_RED_FLAG_CATEGORIES,
    DENIAL_CATEGORIES,
    HELD_BACK_2,
    HELD_BACK_3,
    HELD_BACK_4,
    HELD_BACK_5,
    HELD_BACK_6,
    HELD_BACK_7,
    HELD_BACK_8,
    HELD_BACK_9,
    HELD_BACK_10,
    HELD_BACK_11,
    HELD_BACK_12,
    HELD_BACK_13,
    HELD_BACK_14,
    HELD_BACK_15,
    HELD_BACK_16,
    HELD_BACK_17,
    HELD_BACK_18,
    HELD_BACK_19,
    HELD_BACK_20,
    HELD_BACK_21,
    HELD_BACK_22,
    HELD_BACK_23,
    HELD_BACK_24,
    HELD_BACK_25,
    HELD_BACK_26,
    HELD_BACK_27,
    HELD_BACK_28,
    HELD_BACK_29,
    HELD_BACK_30,
    HELD_BACK_31,
    HELD_BACK_32,
    HELD_BACK_33,
    HELD_BACK_34,
    HELD_BACK_35,
    HELD_BACK_36,
    HELD_BACK_37,
    HELD_BACK_38,
    HELD_BACK_39,
    HELD_BACK_SHARE,
    LOCALES,
    PARTS,
    RED_FLAG_CATEGORIES,
    SPLIT_PARTS,
    SUPPLEMENT,
    UNTUNED_BATCHES,
    Contexts,
    Phrasing,
    Result,
    batch_prefix,
    corpus_problems,
    held_back_ids,
    judge,
    load_corpus,
    normal,
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
    yes_no = {one for p in corpus if p.category == "yes_no"
              for v in p.expect["answers"].values()
              for one in (v if isinstance(v, list) else [v])}
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
    batch_parts = {part for _, part in BATCH_SPLITS.values()}
    outside = [p for p in corpus if p.part != SUPPLEMENT and p.part not in batch_parts]
    assert not any(p.id.startswith("sx-") for p in outside)


def _batch(corpus: list[Phrasing], prefix: str) -> list[Phrasing]:
    return [p for p in corpus if p.id.startswith(prefix)]


def _check_batch_split(corpus: list[Phrasing], prefix: str, seed: int, held_part: str) -> None:
    """A batch split on its own, by the rule of the first split with its own seed: its held-back
    30% of each category is `held_part`, the rest is supplement (tuning) material."""
    batch = _batch(corpus, prefix)
    assert {p.part for p in batch} == {SUPPLEMENT, held_part}
    assert all(p.id.startswith(prefix) for p in corpus if p.part == held_part)
    by_category: dict[str, list[tuple[str, str]]] = {}
    for p in batch:
        by_category.setdefault(p.category, []).append((p.id, p.text))
    held = {p.id for p in batch if p.part == held_part}
    assert held == held_back_ids(by_category, seed=seed)
    for category, pairs in by_category.items():
        in_held = sum(i in held for i, _ in pairs)
        assert abs(in_held - len(pairs) * HELD_BACK_SHARE) <= 2, category


def _repeats(corpus: list[Phrasing], prefix: str, held_part: str) -> tuple[list[str], list[str]]:
    """Compared by normalised text in code, named by the batch's ids only (held-back words
    unread): the batch's sentences that repeat one of any other part or batch, and its held-back
    sentences that repeat one of its own tuning half."""
    def key(p: Phrasing) -> str:
        return normal(p.text).lower().rstrip(".!?")

    others = {key(p) for p in corpus if not p.id.startswith(prefix)}
    batch = _batch(corpus, prefix)
    tuning = {key(p) for p in batch if p.part == SUPPLEMENT}
    return ([p.id for p in batch if key(p) in others],
            [p.id for p in batch if p.part == held_part and key(p) in tuning])


# Batches 8 to 45 were each written before tuning on them (11 to 45 before any change of the
# round they measure) and split on their own by the first split's rule, one seed a batch
# (runner.BATCH_SPLITS). Sentences first written for a batch that repeated one of another part
# were dropped by id or reworded before the batch was first run, without reading the held-back
# files: eleven for batch 10, thirteen for batch 11, twenty-one for batch 12, eighteen (reworded)
# for batch 13, thirteen (reworded) for batch 14, ten (reworded) for batch 15, thirteen (reworded)
# for batch 16, seventeen (reworded) for batch 17, twenty (reworded) for batch 18, thirteen
# (reworded) for batch 19, twenty-one (reworded) for batch 20, nineteen (reworded) for batch 21,
# twenty-four (reworded) for batch 22, eleven (reworded) for batch 23, twenty-two (reworded) for
# batch 24, twenty-five (reworded, three of them twice) for batch 25, seventeen (reworded, three
# of them twice) for batch 26, twenty-two (reworded, two of them twice) for batch 27,
# thirty-one (reworded) for batch 28, six (reworded) for batch 29, seven (reworded, one of them
# twice) for batch 30, seven (reworded) for batch 31, six (reworded) for batch 32, sixteen
# (reworded) for batch 33, twenty-four (reworded, four of them twice) for batch 34, ten
# (reworded) for batch 35, six (reworded, one of them twice) for batch 36, twenty-four (reworded,
# one of them twice) for batch 37, seventeen (reworded) for batch 38, sixteen (reworded, one of
# them twice) for batch 39, seventeen (reworded) for batch 40, ten (reworded) for batch 41, one
# (reworded) for batch 42, seven (reworded) for batch 43, ten (reworded) for batch 44,
# twenty-two (reworded) for batch 45.
BATCHES = [pytest.param(number, seed, part, id=f"batch_{number}-{part}")
           for number, (seed, part) in BATCH_SPLITS.items()]


@pytest.mark.parametrize(("number", "seed", "held_part"), BATCHES)
def test_held_back_part_is_the_seeded_thirty_percent_of_its_batch(
        corpus: list[Phrasing], number: int, seed: int, held_part: str) -> None:
    """Each batch's held-back part (held_back_2 for batch 8 ... held_back_39 for batch 45) is the
    seeded 30% of each of its categories; the rest is supplement material."""
    _check_batch_split(corpus, batch_prefix(number), seed, held_part)


@pytest.mark.parametrize(("number", "seed", "held_part"), BATCHES)
def test_no_batch_sentence_repeats_another(corpus: list[Phrasing], number: int, seed: int,
                                           held_part: str) -> None:
    """No sentence of a batch repeats one of any other part or batch (every held-back part
    included), and its two halves share none."""
    assert _repeats(corpus, batch_prefix(number), held_part) == ([], [])


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


def _failed(phrasing_id: str, part: str) -> Result:
    p = Phrasing(phrasing_id, "denials", part, "no", ("en-GB",), "fever",
                 {"answers": {"fever": "no"}})
    return Result(p, "en-GB", understood=False, why="false flag")


@pytest.mark.parametrize("number", sorted(UNTUNED_BATCHES))
def test_failures_never_list_an_untuned_batch_or_a_held_back_part(number: int) -> None:
    """`--failures` (run while tuning) lists a tuned batch's failed run and never one of an
    untuned batch's tuning half or of a held-back part: those are figures only."""
    tuned = _failed("sx-b12-check", SUPPLEMENT)
    untuned = _failed(f"{batch_prefix(number)}check", SUPPLEMENT)
    held = _failed(f"{batch_prefix(number)}held", BATCH_SPLITS[number][1])
    assert [line.split()[0] for line in runner.failures([tuned, untuned, held])] == ["sx-b12-check"]


# -- the gates ------------------------------------------------------------------------------------

def _describe(missed: list[Result]) -> str:
    hidden = [r for r in missed if r.phrasing.unread]  # ids only: their words are never shown
    shown = [f"{r.phrasing.id} [{r.locale} @ {r.phrasing.context}] {r.phrasing.text!r}: {r.why}"
             for r in missed if not r.phrasing.unread]
    if hidden:
        shown.append(", ".join(sorted({f"{r.phrasing.id}[{r.locale}]" for r in hidden})))
    return "\n".join(shown)


# An untuned batch's tuning half is gated apart from the supplement, on ceilings of its own
# (keyed by its row label, "batch 13 (supplement)"), so that its misses neither hide nor show
# among the supplement's while it is not tuned on.
UNTUNED_ROWS = {BATCH_LABELS[batch_prefix(n)]: batch_prefix(n) for n in sorted(UNTUNED_BATCHES)}
GATED = (*PARTS, *UNTUNED_ROWS)


def _gated(r: Result) -> str:
    """The part, or the untuned batch's row, whose ceilings a run counts against."""
    if r.phrasing.untuned:
        return next(row for row, prefix in UNTUNED_ROWS.items()
                    if r.phrasing.id.startswith(prefix))
    return r.phrasing.part


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
# Batch 8 (ids sx-b8-…: the 14 added flags said plainly, hedged and denied, hedged yes/no and side
# answers, everyday idioms that are not alarms and idioms that are) is new material, measured
# before any tuning on it and split on its own (70% supplement, 30% held_back_2). Its tuning 70%
# added 92 plain and 49 hedged missed runs to the supplement (138 -> 230, 0 -> 49) and 5 flagged
# denial runs; held_back_2 missed 28 plain and 10 hedged runs and flagged 5 denial runs. Its
# answers, denials and idioms raised a false flag in 31 supplement and 15 held_back_2 runs
# ("can't say I have" read as "not sure" at a red-flag question; "a little accident" read as an
# injury; "a water infection" or "man flu" as a fever). The goal there is zero, as everywhere.
# Tuning the reader by class on the tuning part, the supplement and batch 8's tuning 70% (tune-11;
# the held-back parts never read) brought the misses to: tuning 5 plain, 0 hedged; supplement 25
# plain, 15 hedged, no denial or batch-8 answer flagged; held back 50 plain, 5 hedged; held back 2
# 6 plain, 10 hedged (unchanged), and no denial or batch-8 answer flagged there either.
# Batch 9 (ids sx-b9-…: hedged sides and yes/no answers, denials of the first and the added flags'
# findings, both sets of flags said plainly and hedged) is new material, measured before any tuning
# on it and split on its own (70% supplement, 30% held_back_3, seed 20261203). Its tuning 70% added
# 20 plain and 25 hedged missed runs to the supplement (25 -> 45, 15 -> 40), 5 flagged denial runs
# and 6 false-flag runs; held_back_3 missed 15 plain and 15 hedged runs, with no denial and no
# answer flagged. The goal is zero everywhere: lower these as general improvements lower the misses.
# Tuning the reader by class on batch 9's tuning 70% and the rest of the supplement (tune11c:
# answers opened by a hedge or a firm word, "yeah nah" and "nah yeah" through Alexa's carriers,
# a "not" kept in its own clause, coordinated subjects, sides taken back, weakness building each
# week; the held-back parts never read) brought the supplement's misses to 30 plain and 30 hedged
# runs, with no denial and no batch-9 answer flagged. Measured after it merged (coordinator, never
# read): held_back_3 20 missed runs (220 of 240 warned), its yes/no answers at red-flag questions
# 25 of 30 warned (15 before), its hedged flags unchanged.
# Batch 10 (ids sx-b10-…: hedged first and added flags, sides, firm denials of both sets of
# findings, hedged yes and no at red-flag questions, both sets of flags said plainly) is new
# material, measured once before any tuning on it and split on its own (70% supplement, 30%
# held_back_4, seed 20261204). Its tuning 70% added 30 plain (25 of them yes/no answers at red-flag
# questions) and 30 hedged missed runs to the supplement (30 -> 60, 30 -> 60); held_back_4 missed
# 26 plain and 6 hedged runs. No batch-10 run raised a false flag and no denial was flagged, in
# either half, so those gates stay at zero (no known failure to carry).
# Tuning on batch 10's tuning part by class (tune5r: inability and difficulty, a doubt said last,
# "'s" heard as a plural, degree words inside a phrase, the saddle said dead or asleep, a change in
# the bedroom) cleared all 30 of its hedged misses: the supplement's hedged ceiling came down to 30
# (the batch 8 and 9 misses left). Its 30 plain misses are left (25 are hedged noes at red-flag
# questions, the work of safety5; 5 are "type 1" said with a digit before a carrier).
# Batch 11 (ids sx-b11-…: every flag said plainly, with carers speaking of someone else and two
# findings in one breath, hedged flags, yes said with detail at red-flag questions, denials at
# their own and at other questions, sides, onsets, durations, everyday idioms that are not alarms)
# is new material, measured once on 2 December 2026 (branch eval6p = main 3c7a037's behaviour plus
# the batch) before any change of round 6, and split on its own (70% supplement, 30% held_back_5,
# seed 20261205). Round 6 tunes on neither half. Its tuning 70% added 34 plain and 5 hedged missed
# runs to the supplement (60 -> 94, 30 -> 35) and 15 false-flag runs, three sentences in five
# locales, kept as real bugs rather than explained away: an idiom's "no, the only thing creeping up
# is my gas bill" at the spreading question and the side answer "both feet and up to my ankles"
# both raise ascending_numbness, and "yeah, I've been hot and cold and shaking all night" at the
# fever question raises back_pain_at_night beside the expected back_pain_with_fever. held_back_5
# missed no plain and 5 hedged runs, and flagged no denial and no answer.
# Batch 12 (ids sx-b12-…: every flag said plainly, many by carers and of older people, two findings
# in one breath, findings said mid-answer, hedged flags, yes with detail at red-flag questions,
# denials at their own and at other questions, sides, onsets, durations and idioms that are not
# alarms, in the five locales' words) is new material, measured once on 2 December 2026 (branch
# eval7p = main 86e864b's behaviour plus the batch) before any change of round 7, and split on its
# own (70% supplement, 30% held_back_6, seed 20261206). Round 7 tunes on neither half. Its tuning
# 70% added 33 plain and no hedged missed runs to the supplement (94 -> 127, 35 -> 35) and no
# false-flag run; held_back_6 missed 21 plain and 10 hedged runs, and flagged no denial and no
# answer.
# Round 7 (reader7) tuned on batch 11's tuning half by construction (tests/understanding/
# test_batch_11_classes.py, in words of our own: a "no" then a figure of speech about a thing; how
# far it reaches is not that it moves; a time phrase belongs to its own clause; an ability said
# positively denies; "I do" with how much; comparisons with a time before; weak immunity by its
# purpose; rest pain by its workaround; a doubt before what there is): its 15 false-flag runs
# came to 0, and batch 11's tuning half to 939 of 939 runs understood and warned; the
# supplement's missed runs to 77 plain and 30 hedged (94 and 35 before), to which batch 12's
# tuning half adds its 33 plain. Measured on the round's merge (with the safety review's fixes):
# 115 plain, 30 hedged; batch 12's tuning half (not tuned on) lost two sentences to the round's
# rules, one confirmed rather than warned ("no, but I wake up every night with this back pain"),
# one warned for its weakness but not its spreading (two extents a day apart), kept as real bugs.
# Batch 13 (ids sx-b13-…: every flag said plainly and hedged, 5 to 17 times, carers and older
# people, two findings in one breath, questions back, the five locales' words; yes with detail at
# red-flag questions, denials, sides, onsets, durations and idioms that are not alarms) is new
# material, measured once on 2 December 2026 (branch eval8p = main 561f03d's behaviour plus the
# batch) before any change of round 8, and split on its own (70% supplement, 30% held_back_7, seed
# 20261207). Round 8 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings, apart from the supplement's, and never
# described by its words. Its tuning half missed 54 plain and no hedged runs, flagged 5 denial runs
# (one sentence in five locales) and raised 11 false-flag runs (that denial, and two idioms);
# held_back_7 missed 7 plain and 5 hedged runs, flagged no denial and raised 5 false-flag runs.
# When a later round makes its tuning half tuning material, its ceilings join the supplement's.
# Round 9 does: batch 13's 54 plain missed runs and 5 flagged denial runs join the supplement's
# ceilings (115 -> 169 plain, 0 -> 5 denial); its false-flag ceiling already counted there.
# Batch 14 (ids sx-b14-…: every flag said plainly 5 to 9 times and hedged 2 to 5 times, carers and
# older people, two findings in one breath, questions back, reported speech, the five locales'
# words; yes, no and not sure at red-flag and ordinary questions; denials at their own question
# and mid-answer; sides, onsets, durations, idioms that are not alarms, control and information
# requests) is new material, measured once on 2 December 2026 (branch eval9p = main 4aa8629's
# behaviour plus the batch) before any change of round 9, and split on its own (70% supplement,
# 30% held_back_8, seed 20261208). Round 9 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 72 plain and 20 hedged runs, flagged 5 denial runs (one sentence in five
# locales) and raised 25 false-flag runs (that denial, two idioms, an information request and a
# yes at the cancer question); held_back_8 missed 2 plain and 10 hedged runs, flagged 5 denial
# runs and raised 10 false-flag runs (that denial and an information request).
# Round 9's reader9 (classes of wording, not sentences) lowers the supplement's to 64 plain, 20
# hedged, no denial and no batch 13 false flag.
# Round 10 makes batch 14's tuning half tuning material: its 72 plain and 20 hedged missed runs and
# 5 flagged denial runs join the supplement's ceilings (64 -> 136 plain, 20 -> 40 hedged, 0 -> 5
# denial); its false-flag ceiling already counted there.
# Round 10's reader10 (batch 14's classes in own wordings, tests first, must-warn controls beside
# each lowering) lowers them to 89 plain, 35 hedged, no flagged denial, and 5 batch 14 false-flag
# runs (one yes at the cancer question, "finished the chemo", left as it is: rule 3).
# Batch 15 (ids sx-b15-…: every flag said plainly 5 to 7 times and hedged 2 or 3 times, long
# openings with fillers, self-corrections, signs told through a daily task, a time word first,
# questions back, numbers and scores, the five locales' words for body, toilet, doctor and
# hospital; yes, no and not sure at red-flag and ordinary questions; denials at their own question
# and mid-answer; sides, onsets, durations, idioms that are not alarms, control and information
# requests) is new material, measured once on 2 December 2026 (branch eval10p = main 98a958b's
# behaviour plus the batch) before any change of round 10, and split on its own (70% supplement,
# 30% held_back_9, seed 20261209). Round 10 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 51 plain and 6 hedged runs, flagged 5 denial runs (one sentence in five
# locales) and raised 10 false-flag runs (that denial and an idiom); held_back_9 missed 17 plain
# and 5 hedged runs, flagged no denial and raised 10 false-flag runs (two sentences in five
# locales each).
# Round 10's own changes left held_back_9 as it was (86.9% understood, 91.2% recall) and moved the
# untuned half to 87.5% understood and 92.6% recall (measured on 3 December 2026, main 4501d05).
# Round 11 makes batch 15's tuning half tuning material: its ceilings (51 plain, 6 hedged, 5 denial
# runs) join the supplement's (89 -> 140 plain, 35 -> 41 hedged, 0 -> 5 denial); its false-flag
# ceiling already counted there.
# Round 11's reader11 (batch 15's classes in own wordings, tests first, must-warn controls beside
# each lowering: not knowing in other words never a no, "face and speech are fine" after a side,
# a weekday said first, pain worse than the worst known, a foot wound a relative saw, "right leg
# and foot", holidays without "since") lowers them to 105 plain, 36 hedged, no flagged denial and
# 5 batch 15 false-flag runs.
# Batch 16 (ids sx-b16-…: every flag said plainly 5 to 7 times and hedged 2 to 4 times, reported
# speech (a relative, a nurse), questions back, long rambling openings, corrections mid-sentence,
# a time word first, numbers and comparisons, the five locales' words; yes, no and not sure at
# red-flag and ordinary questions; denials at their own question and mid-answer; sides, onsets,
# durations, idioms that are not alarms, control and information requests) is new material,
# measured once on 3 December 2026 (branch eval11p = main 070dfb0's behaviour plus the batch)
# before any change of round 11, and split on its own (70% supplement, 30% held_back_10, seed
# 20261210). Round 11 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 88 plain and 20 hedged runs, flagged 5 denial runs (one sentence in five
# locales) and raised 15 false-flag runs (that denial and two idioms); held_back_10 missed 25
# plain and 5 hedged runs, flagged no denial and raised no false flag.
# Round 11's own changes left both halves of batch 16 as they were (85.7% understood and 85.8%
# recall on the tuning half; 89.2% and 90.4% on held_back_10; measured on main 78a36ae).
# Round 12 makes batch 16's tuning half tuning material: its ceilings (88 plain, 20 hedged, 5
# denial runs) join the supplement's (105 -> 193 plain, 36 -> 56 hedged, 0 -> 5 denial); its
# false-flag ceiling already counted there.
# Batch 17 (ids sx-b17-…: every flag said plainly 5 or 6 times and hedged 2 to 4 times, a carer
# answering for the patient, stories told out of order, double negatives, signs told by what the
# person can no longer do, comparisons with the other leg, numbers said as words, trailing-off
# answers, speech-recognition-like lowercase without punctuation, the five locales' words; yes, no
# and not sure at red-flag and ordinary questions; denials at their own question and mid-answer;
# sides, onsets, durations, idioms that are not alarms, control and information requests) is new
# material, measured once on 3 December 2026 (branch eval12p = main 5ab0b95's behaviour plus the
# batch) before any change of round 12, and split on its own (70% supplement, 30% held_back_11,
# seed 20261211). Round 12 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 45 plain and 25 hedged runs, flagged no denial run and raised 5
# false-flag runs (an information request); held_back_11 missed 24 plain and 5 hedged runs
# (86.7% and 93.7% warned), flagged no denial run and raised 15 false-flag runs.
# Round 12's reader12 (batch 16's classes in own wordings, tests first, must-warn controls beside
# each lowering: witnessed stroke signs, the seat numbed like at the dentist, quoted temperatures,
# a cast beside severe pain, scores past ten, night and rest pain in other words, idioms of
# falling and of cold that warmed up, not knowing with a reason, festivals and "a good fortnight")
# took batch 16's tuning half from 88 to 38 plain misses (hedged 20 as before) and from 15 to 5
# false-flag runs, and batches 10 to 13 from 17 to 12 plain misses: the supplement's plain
# ceiling comes down from 193 to 138 (hedged 56 as before), and batch 16's false-flag one to 5.
# Round 13 makes batch 17's tuning half tuning material: its ceilings (45 plain, 25 hedged, 0
# denial runs) join the supplement's (138 -> 183 plain, 56 -> 81 hedged, 5 denial as before); its
# false-flag ceiling already counted there.
# Round 13's forms13 ("what could be behind all this numbness" is a cause asked for, never the
# parts one sits on: "be behind" said of "this", "that", "it" is no bottom) took batch 17's tuning
# half from 5 false-flag runs to 0 (its understood runs 1003 -> 1046 of 1128; recall unchanged,
# 583 of 650): its false-flag ceiling comes down from 5 to 0.
# Batch 18 (ids sx-b18-…: every flag said plainly 5 to 7 times and hedged 2 or 3 times, a carer
# answering for the patient, stories told out of order, double negatives, signs told by what the
# person can no longer do, comparisons with the other leg, numbers said as words, trailing-off
# answers, speech-recognition-like lowercase without punctuation, the five locales' words; yes, no
# and not sure at red-flag and ordinary questions; denials at their own question and mid-answer;
# sides, onsets, durations, idioms that are not alarms, control and information requests) is new
# material, measured once on 3 December 2026 (branch eval13p = main bdec033's behaviour plus the
# batch) before any change of round 13, and split on its own (70% supplement, 30% held_back_12,
# seed 20261212). Round 13 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 40 plain and 10 hedged runs, flagged 5 denial runs (one sentence in five
# locales) and raised 6 false-flag runs (that denial and an idiom); held_back_12 missed 7 plain
# and 5 hedged runs (95.9% and 93.3% warned), flagged no denial run and raised no false flag.
# Round 13's reader13 (batch 17's classes in own wordings, tests first, must-warn controls beside
# each lowering: incontinence told by what happened, an injury told by the event, numbness that
# travelled past a part, a graze that won't scab, a walking aid changed, a back red and hot or
# named as the cause, "shooting pain" kept whole, doubt kept, "behind" as a cause, weak at the
# knees for a treat) took batch 17's tuning half from 42 to 1 plain and 25 to 5 hedged misses and
# from 5 to 0 false-flag runs (batch 8 gained 5 warned runs too): the supplement's ceilings come
# down to its misses as measured (183 -> 134 plain, 81 -> 56 hedged), and batch 17's false-flag
# one to 0 (supplement 97.3% -> 97.8% understood, recall 97.6% -> 98.2%, false flags 20 -> 15).
# Round 14 makes batch 18's tuning half tuning material: its ceilings (40 plain, 10 hedged, 5
# denial runs) join the supplement's (134 -> 174 plain, 56 -> 66 hedged, 5 -> 10 denial); its
# false-flag ceiling already counted there.
# Batch 19 (ids sx-b19-…: every flag said plainly 5 to 7 times and hedged 2 or 3 times, a sign
# told only through its consequence (at work, in the shower, on the stairs, on the toilet),
# comparisons with last week or last year, a spouse or adult child speaking in the third person,
# self-corrections mid-sentence, fillers and false starts, regional and generational idioms, long
# answers with the finding last, numbers with units said loosely, speech-recognition-like
# lowercase without punctuation, the five locales' words; yes, no and not sure at red-flag and
# ordinary questions; denials at their own question and mid-answer; sides, onsets, durations,
# idioms that are not alarms, control and information requests) is new material, measured once on
# 3 December 2026 (branch eval14p = main 8b28813's behaviour plus the batch) before any change of
# round 14, and split on its own (70% supplement, 30% held_back_13, seed 20261213). Round 14 tunes
# on neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own
# row's ceilings and never described by its words. Its tuning half missed 31 plain and 10 hedged
# runs, flagged no denial run and raised 2 false-flag runs (an idiom, in two locales);
# held_back_13 missed 11 plain and 5 hedged runs (95.1% and 93.8% warned), flagged no denial run
# and raised no false flag.
# Round 14's forms14 (batch 18's answer forms in own wordings, tests first, must-warn controls:
# not knowing with a negated reason stays not sure, a whole denial of a grouped question,
# fractions of a length, a day without its day, a leg by elimination, "right as rain", requests in
# other words) took batch 18's tuning half from 953 to 993 understood runs of 1046 and its
# red-flag recall from 554 to 559 of 604 (a "not sure, I haven't looked" at the stroke question
# in five locales): the supplement's plain ceiling comes down from 174 to 169 (hedged 66 and
# denial 10 as before; supplement 97.9% understood, recall 97.9%, measured on forms14 82f67cb).
# Round 14's reader14 (batch 18's classes in own wordings, tests first, must-warn controls beside
# each lowering: cauda equina signs told through an action, foot drop and fewer stairs, the back
# that went, a leg not there, a bandage put on too tight, worse at rest, "I wouldn't say I
# can't...", fever idioms, a slip-up, a fever said as past) took batch 18's tuning half from 91.1%
# to 96.2% understood, 91.7% to 99.2% recall and 6 to 0 false-flag runs: the supplement's
# ceilings come down to its misses as measured with `--part supplement` (174 -> 139 plain,
# 66 -> 56 hedged, 10 -> 5 denial; batch 18's false flags 6 -> 0).
# Round 14's merge (reader14, forms14, clinic14 and the coordinator's fixes: a fever said beside
# a time or a craze, "the other one too"), measured on main 4b0f85c with every part run: the
# ceilings come down to the misses as measured (supplement 139 -> 129 plain; batch 19's untuned
# half 31 -> 23 plain; held back 2, 5, 12 and 13 to no hedged miss; held back 3 15 -> 10 and 6
# 10 -> 5 hedged; plain: held_back 50 -> 39, held back 4 26 -> 11, 6 21 -> 6, 7 7 -> 1, 8 2 -> 0,
# 9 17 -> 10, 11 24 -> 9; false flags of held back 8 and 9 10 -> 5). Figures only.
# Round 15 makes batch 19's tuning half tuning material: its ceilings (23 plain, 10 hedged, 0
# denial runs) join the supplement's (129 -> 152 plain, 56 -> 66 hedged); its false-flag ceiling
# already counted there.
# Batch 20 (ids sx-b20-…: every flag said plainly 5 to 7 times and hedged 2 or 3 times, answers
# that start with a question back, stories told in the wrong order, signs told by what a relative
# noticed, measurements and times said loosely in each locale's way, speech-recognition-like
# run-ons without punctuation and common mishearings, double negatives, understatement,
# self-corrections, answers given to the previous question, the five locales' words; yes, no and
# not sure at red-flag and ordinary questions; denials at their own question and mid-answer;
# sides, onsets, durations, idioms that are not alarms, control and information requests) is new
# material, measured once on 3 December 2026 (branch eval15p = main 4c68fc4's behaviour plus the
# batch) before any change of round 15, and split on its own (70% supplement, 30% held_back_14,
# seed 20261214). Round 15 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words. Its
# tuning half missed 71 plain and 15 hedged runs (85.1% and 92.1% warned), flagged no denial run
# and raised no false flag; held_back_14 missed 7 plain and no hedged run (96.3% and 100%
# warned), flagged no denial run and raised no false flag.
# Round 16 makes batch 20's tuning half tuning material: its ceilings (71 plain, 15 hedged, 0
# denial runs) join the supplement's (152 -> 223 plain, 66 -> 81 hedged); its false-flag ceiling
# already counted there.
# Round 15's merged changes (reader15, forms15, clinic15; measured 4 December on main 56162b0,
# every part run once) lowered the supplement's plain misses 152 -> 128 (before the batch 20
# rows joined: 128 + 71 = 199 after), held back 12's plain misses 7 -> 6 and batch 19's
# false-flag runs 2 -> 0. Figures only.
# Round 17's merged changes (reader17, forms17, clinic17, tuned on batch 20's tuning half and
# the vignette tuning parts; measured 4 December on main 0843736, every part run once) lowered
# the supplement's plain misses 199 -> 141 and its hedged misses 81 -> 66 (batch 20's tuning
# half 86 -> 13 missed runs). No held-back part's and no batch 21 gate moved. Figures only.
# Batch 21 (ids sx-b21-…: every flag said plainly 5 to 7 times and hedged 2 or 3 times, answers
# that hedge by asking a partner aloud, long lists with the red flag last, signs told through
# what they stop the person doing, comparisons with last week or last year, numbers, distances
# and dates said loosely in each locale's way, speech-recognition-like run-ons, self-corrections,
# answers that mix a yes and a no about two parts of a paired question, the five locales' words;
# yes, no and not sure at red-flag and ordinary questions; denials at their own question and
# mid-answer; sides, onsets, durations, idioms that are not alarms, control and information
# requests) is new material, measured once on 4 December 2026 (branch eval16p = main 56162b0's
# behaviour plus the batch) before any change of round 16, and split on its own (70% supplement,
# 30% held_back_15, seed 20261215). Round 16 tunes on neither half, nor does round 17 (round 16's
# tuning did not land, so batch 21 measures round 17's): its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 28 plain and 13 hedged runs (91.9% and 89.4% warned), flagged 5
# denial runs and raised 5 false-flag runs (the same 5); held_back_15 missed 2 plain and no
# hedged run (98.6% and 100% warned), flagged no denial run and raised no false flag.
# Round 18 makes batch 21's tuning half tuning material: its ceilings (28 plain, 13 hedged, 5
# denial runs) join the supplement's (141 -> 169 plain, 66 -> 79 hedged, 5 -> 10 denial); its
# false-flag ceiling already counted there.
# Batch 22 (ids sx-b22-…: every flag said plainly 5 or 6 times and hedged 2 or 3 times, in the
# ways older people and carers speak to a speaker (fillers, restarts, "hang on"), answers told as
# a story before the point, double negatives and litotes, questions back, regional words, signs
# told by a third person, loose quantities, the five locales' words; yes, no and not sure at
# red-flag and ordinary questions; denials at their own question and mid-answer; sides, onsets,
# durations, idioms that sound close to an alarm but are not one, control and information
# requests) is new material, measured once on 4 December 2026 (branch eval18p = main dbcafc0's
# behaviour plus the batch) before any change of round 18, and split on its own (70% supplement,
# 30% held_back_16, seed 20261216). Round 18 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 26 plain and 17 hedged runs (93.6% and 91.4% warned), flagged 5
# denial runs and raised 17 false-flag runs (the 5 denial runs among them); held_back_16 missed
# 10 plain and 5 hedged runs (94.2% and 93.5% warned), flagged no denial run and raised 5
# false-flag runs.
# Round 18's merged changes (reader18, forms18, clinic18, tuned on batch 21's tuning half and
# the vignette tuning parts; measured 4 December on main f5e4026, every part run once, and the
# parts its merge fix touched again on a1d2c04) lowered the supplement's plain misses 169 -> 149
# and its denial runs 10 -> 5, batch 21's false-flag runs 5 -> 0, and the first held-back part's
# plain misses 39 -> 35. Batch 22 (round 18's untuned measure) did not move. Figures only.
# Round 19 makes batch 22's tuning half tuning material: its ceilings (26 plain, 17 hedged, 5
# denial runs) join the supplement's (149 -> 175 plain, 79 -> 96 hedged, 5 -> 10 denial); its
# false-flag ceiling already counted there.
# Batch 23 (ids sx-b23-…: every flag said plainly 5 or 6 times and hedged 2 or 3 times, in the
# ways older people and carers speak to a speaker (fillers, restarts, "hang on"), answers told as
# a story before the point, double negatives and litotes, questions back, regional words, signs
# told by a third person, loose quantities, the five locales' words; yes, no and not sure at
# red-flag and ordinary questions; denials at their own question and mid-answer; sides, onsets,
# durations, idioms that sound close to an alarm but are not one, control and information
# requests) is new material, measured once on 4 December 2026 (branch eval19p = main adfd166's
# behaviour plus the batch) before any change of round 19, and split on its own (70% supplement,
# 30% held_back_17, seed 20261217). Round 19 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 21 plain and 6 hedged runs (91.1% and 93.6% warned), flagged no
# denial run and raised 6 false-flag runs; held_back_17 missed 5 plain and 1 hedged run (94.7%
# and 97.1% warned), flagged 2 denial runs and raised 7 false-flag runs (the 2 denial runs among
# them).
# Round 19's merged changes (reader19, forms19, clinic19: classes by mechanism across every
# tuning batch; measured 4 December on main 845f6e6, every part run once; the merge fix 35706c3
# changes nothing in the 608 phrasings whose words speak of worsening, run again on both) lowered
# the supplement's plain misses 175 -> 153, hedged 96 -> 91, denial runs 10 -> 5, batch 22's
# false-flag runs 17 -> 7, and on held-back parts hedged: 4 6 -> 5, 8 10 -> 5, 10 5 -> 0, 11
# 5 -> 0; plain: 11 9 -> 7, 12 6 -> 1, 15 2 -> 1. Batch 23 (round 19's untuned measure) moved for
# the first time an untuned batch has: its tuning half's plain misses 21 -> 14, held_back_17's
# plain 5 -> 4 and hedged 1 -> 0 (its false flags unchanged). Figures only.
# Round 20 makes batch 23's tuning half tuning material: its ceilings (14 plain, 6 hedged, 0
# denial runs) join the supplement's (153 -> 167 plain, 91 -> 97 hedged, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 24 (ids sx-b24-…: every flag said plainly 5 or 6 times and hedged 2 or 3 times, as a
# speaker's recogniser hands speech over (no punctuation, run-on clauses, small mishearings of
# common words), answers that correct themselves mid-way, comparisons with before, body parts
# named loosely, time said by events, a carer unsure whom the question is about, the five
# locales' words; yes, no and not sure at red-flag and ordinary questions; denials at their own
# question and mid-answer; sides, onsets, durations, idioms that sound close to an alarm but are
# not one, control and information requests) is new material, measured once on 4 December 2026
# (branch eval20p = main b700cc5's behaviour plus the batch) before any change of round 20, and
# split on its own (70% supplement, 30% held_back_18, seed 20261218). Round 20 tunes on neither
# half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's
# ceilings and never described by its words. Its tuning half missed 13 plain and 5 hedged runs
# (94.5% and 95.7% warned), flagged no denial run and raised 5 false-flag runs; held_back_18
# missed 4 plain and 5 hedged runs (96.5% and 90.2% warned), flagged no denial run and raised no
# false flag.
# Round 20's merged changes (reader20, forms20, clinic20: mechanisms across every tuning batch;
# measured 4 December on main 60ac09b, every part run once; the merge fix 455126e changes nothing
# in the 12 tuning phrasings that speak of tripping or stumbling, run again on both) lowered the
# supplement's plain misses 167 -> 152, batch 23's false-flag runs 6 -> 1 and held back 16's
# batch-22 false-flag runs 5 -> 0. Batch 24 (round 20's untuned measure) did not move. Figures only.
# Round 21 makes batch 24's tuning half tuning material: its ceilings (13 plain, 5 hedged, 0
# denial runs) join the supplement's (152 -> 165 plain, 97 -> 102 hedged, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 25 (ids sx-b25-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), the finding buried in a longer, rambling turn with fillers, very
# short tired answers, negation at a distance and double negatives, durations and dates said the
# way people count, regional speech of the five locales, a question asked back mixed with the
# answer; yes, no and not sure at red-flag and ordinary questions; denials at their own question
# and mid-answer; sides, onsets, durations, idioms that sound close to an alarm but are not one,
# control and information requests) is new material, measured once on 5 December 2026 (branch
# eval21p = main af4c7ac's behaviour plus the batch) before any change of round 21, and split on
# its own (70% supplement, 30% held_back_19, seed 20261219). Round 21 tunes on neither half: its
# tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and
# never described by its words. Its tuning half missed 19 plain and 18 hedged runs (91.2% and
# 85.9% warned), flagged no denial run and raised 1 false-flag run; held_back_19 missed 6 plain
# and no hedged run (92.9% and 100% warned), flagged no denial run and raised 5 false-flag runs.
# Round 21's merged changes (reader21, forms21, clinic21 and the merge fix 10a89b4; three
# not-sure answers at a red-flag question given their flag, 4fb06c3), measured 5 December on main
# 4fb06c3, every part run once: supplement plain 165 -> 153, hedged 102 -> 96; batch 23's
# false-flag runs 1 -> 0, batch 24's 5 -> 3; batch 25 (round 21's untuned measure) plain 19 -> 13,
# hedged 18 -> 13; held back hedged 5 -> 0; held back 3 plain 5 -> 0; held back 9 plain 10 -> 9;
# held back 18 plain 4 -> 2, hedged 5 -> 0. Held back 19 did not move. Figures only.
# Round 22 makes batch 25's tuning half tuning material: its ceilings (13 plain, 13 hedged, 0
# denial runs) join the supplement's (153 -> 166 plain, 96 -> 109 hedged, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 26 (ids sx-b26-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), speech-recognition slips as Alexa would transcribe them, a carer
# or relative answering for someone by name or role, time said against daily routine or events,
# comparison with before or with the other side, euphemisms and vague body words, passive and
# impersonal forms, self-corrections mid-answer, a past episode that has gone told beside the
# current one; yes, no and not sure at red-flag and ordinary questions; denials at their own
# question and mid-answer; sides, onsets, durations, idioms that sound close to an alarm but are
# not one, control and information requests) is new material, measured once on 5 December 2026
# (branch eval22p = main f2ad5da's behaviour plus the batch) before any change of round 22, and
# split on its own (70% supplement, 30% held_back_20, seed 20261220). Round 22 tunes on neither
# half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's
# ceilings and never described by its words. Its tuning half missed 11 plain and 5 hedged runs
# (95.0% and 96.1% warned), flagged no denial run and raised no false-flag run; held_back_20
# missed 3 plain and no hedged run (96.7% and 100% warned), flagged no denial run and raised no
# false-flag run.
# Round 23 makes batch 26's tuning half tuning material: its ceilings (11 plain, 5 hedged, 0
# denial runs) join the supplement's (166 -> 177 plain, 109 -> 114 hedged, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 27 (ids sx-b27-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), clipped one- or two-word answers and long rambling ones that bury
# the answer, regional and dialect English as Alexa would transcribe it, numbers and scales, a
# question back to Alexa or a request mid-answer, medicines and known conditions named beside the
# answer, a yes or no with a qualification, anxious or upset speech, minimising; yes, no and not
# sure at red-flag and ordinary questions; denials at their own question and mid-answer; sides,
# onsets, durations, idioms that sound close to an alarm but are not one, control and information
# requests) is new material, measured once on 5 December 2026 (branch eval23p = main 15673b2's
# behaviour plus the batch) before any change of round 23, and split on its own (70% supplement,
# 30% held_back_21, seed 20261221). Round 23 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 11 plain and 9 hedged runs (95.2% and 92.0% warned), flagged no
# denial run and raised 7 false-flag runs; held_back_21 missed 4 plain and no hedged run (95.3%
# and 100% warned), flagged no denial run and raised no false-flag run.
# Round 23's merged changes (safety23, phr23, clinic23 and the duration values of 1eaeff3),
# counted on 1eaeff3 as these gates count, tuning and supplement parts only: supplement plain
# 177 -> 166, hedged 114 -> 109 (batch 26's tuning half, now tuning material, and batches 19, 23
# and 25); batch 27 (round 23's untuned measure) plain 11 -> 6, hedged 9 unchanged. Held-back
# ceilings were not recounted (held_back_21 gave 3 missed runs of 137 on 458a181, its ceiling
# stays 4). Figures only.
# Round 24 makes batch 27's tuning half tuning material: its ceilings (6 plain, 9 hedged, 0
# denial runs) join the supplement's (166 -> 172 plain, 109 -> 118 hedged, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 28 (ids sx-b28-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), several findings answered in one breath mixing yes and no,
# hearsay and second opinions, generic "you" and second person, frequency and episodes, time told
# by seasons, holidays and life events, telegraphic or non-native English, old-fashioned and
# family words for the body, double negatives and negative questions; yes, no and not sure at
# red-flag and ordinary questions; denials at their own question and mid-answer; sides, onsets,
# durations, idioms that sound close to an alarm but are not one, control and information
# requests) is new material, measured once on 5 December 2026 (branch eval24p = main 74908a8's
# behaviour plus the batch) before any change of round 24, and split on its own (70% supplement,
# 30% held_back_22, seed 20261222). Round 24 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 4 plain and no hedged run (98.4% and 100% warned), flagged no
# denial run and raised 11 false-flag runs; held_back_22 missed 3 plain and no hedged run (96.3%
# and 100% warned), flagged no denial run and raised 10 false-flag runs.
# Round 24's merged changes, counted on 370bc42 as these gates count (every part): supplement 168
# plain, 111 hedged, 5 denial runs; batch 27's false flags 6; held_back_19 5 plain; held_back_21
# 3 plain. Two of those changes were then taken back on held-back evidence (a carer's "no" raised
# false flags in held_back_16 and held_back_18; the Scots negatives cost held_back_21 a hedged
# run), after which the held-back parts read as before round 24 and batch 27's tuning half misses
# two runs more; no ceiling was lowered this round, as the supplement was not counted again.
# Round 25 makes batch 28's tuning half tuning material: its ceilings (4 plain, 0 hedged, 0
# denial runs) join the supplement's (172 -> 176 plain, hedged stays 118, denial stays 5); its
# false-flag ceiling already counted there.
# Batch 29 (ids sx-b29-…: every flag said plainly 5 to 7 times and hedged twice (new weakness and
# the bladder sign three times), regional and dialect English in all five locales spelt as a
# speech recogniser would send it, speech-recogniser slips (homophones, missing words, run-on
# text, fillers, false starts and self-corrections), clinical words from people who work in
# health, conditional and hypothetical talk, numbers and clock times as digits, questions back
# mid-answer, long preambles with the finding said last, anxious or upset speech, mild swearing,
# humour and understatement; yes, no and not sure at red-flag and ordinary questions; denials at
# their own question and mid-answer; sides, onsets, durations, idioms that sound close to an alarm
# but are not one, control and information requests) is new material, measured once on 5
# December 2026 (branch eval25p = main bafa7aa's behaviour plus the batch) before any change of
# round 25, and split on its own (70% supplement, 30% held_back_23, seed 20261223). Round 25
# tunes on neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on
# its own row's ceilings and never described by its words. Its tuning half missed 27 plain and
# no hedged run (89.0% and 100% warned), flagged no denial run and raised 6 false-flag runs;
# held_back_23 missed 10 plain and 6 hedged runs (91.9% and 86.4% warned), flagged no denial run
# and raised 1 false-flag run.
# Round 25's merged changes (safety25, forms25 less its 25c, phr25, clinic25, open25), counted
# on 21d3b2f as these gates count (every part run once): supplement plain 176 -> 173, hedged
# 118 -> 106 (batches 23, 27 and 28's tuning halves among them); batch 27's false flags 7 -> 6,
# batch 28's 11 -> 6; held_back_21 plain 4 -> 3 (3 since round 23); held_back_23 plain 10 -> 9
# (round 25's untuned measure); every other count at its ceiling. Figures only.
# Round 26 makes batch 29's tuning half tuning material: its ceilings (27 plain, 0 hedged, 0
# denial runs, its counts after round 25) join the supplement's (173 -> 200 plain, hedged stays
# 106, denial stays 5); its false-flag ceiling already counted there.
# Round 26's merged changes (safety26, forms26, dur26, clinic26), counted on 7f4a862 as these
# gates count (every part run once): supplement plain 200 -> 179 (batch 29's tuning half 27 -> 7
# among them); batch 29's false flags 6 -> 0; every other count at its ceiling. Figures only.
# Batch 30 (ids sx-b30-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), code-switching and borrowed words in all five locales with the
# finding said in English, younger people's talk and text-speak said aloud and older people's
# idiom, tag questions and reassurance-seeking, sarcasm, understatement and double negatives,
# comparisons and similes, time said relative to events, several findings in one breath, reading
# from a note and a second person chipping in, correcting the skill, hearing trouble and a noisy
# room; yes, no and not sure at red-flag and ordinary questions; denials at their own question and
# mid-answer; sides, onsets, durations, idioms that sound close to an alarm but are not one,
# control and information requests) is new material, measured once on 5 December 2026 (branch
# eval26p = main af4b921's behaviour plus the batch) before any change of round 26, and split on
# its own (70% supplement, 30% held_back_24, seed 20261224). Round 26 tunes on neither half: its
# tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and
# never described by its words. Its tuning half missed 14 plain and 2 hedged runs (92.9% and
# 97.4% warned), flagged no denial run and raised no false-flag run; held_back_24 missed 4 plain
# and 2 hedged runs (94.8% and 92.9% warned), flagged no denial run and raised no false-flag run.
# Round 27 makes batch 30's tuning half tuning material: its ceilings (14 plain, 2 hedged, 0
# denial runs, its counts after round 26) join the supplement's (179 -> 193 plain, 106 -> 108
# hedged, denial stays 5); its false-flag ceiling already counted there.
# Batch 31 (ids sx-b31-…: every flag said plainly 5 or 6 times and hedged twice (new weakness and
# the bladder sign three times), what a speech recogniser makes of speech (no punctuation, lower
# case, run-ons, near homophones, numbers as digits or words), regional dialect and idiom in each
# locale, body-part and bodily-function slang and euphemism, medicines and conditions named in
# passing, severity as a score or a comparison, probability hedges, self-corrections inside one
# answer, questions back to the skill, very long and very short answers; yes, no and not sure at
# red-flag and ordinary questions; denials at their own question and mid-answer; sides, onsets,
# durations, idioms that sound close to an alarm but are not one, control and information
# requests) is new material, measured once on 5 December 2026 (branch eval27p = main 5b39932's
# behaviour plus the batch) before any change of round 27, and split on its own (70% supplement,
# 30% held_back_25, seed 20261225). Round 27 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 21 plain and 6 hedged runs (89.4% and 92.9% warned), flagged no
# denial run and raised a false flag in 4 runs; held_back_25 missed 18 plain and no hedged run
# (81.6% and 100% warned), flagged no denial run and raised no false-flag run.
# Round 27's merged changes (safety27, phr27, clinic27, dur27), counted on 4c89f16 as these
# gates count (every part run once): supplement plain 193 -> 190 (batch 30's tuning half 14 -> 11
# among them); held_back_24 plain 4 -> 3; every other count at its ceiling, batch 31 (round 27's
# untuned measure) and held_back_25 exactly as measured before the changes. Figures only.
# Round 28 makes batch 31's tuning half tuning material: its ceilings (21 plain, 6 hedged, 0
# denial runs, its counts after round 27) join the supplement's (190 -> 211 plain, 108 -> 114
# hedged, denial stays 5); its false-flag ceiling already counted there.
# Batch 32 (ids sx-b32-…: every flag said plainly 5 to 7 times and hedged twice (new weakness and
# the bladder sign three times), the feeling described without the word for it, red flags said as
# what the person can no longer do and as what someone else noticed, time said loosely or with a
# change in it, answers partly yes and partly no or given with a reason, other conditions said in
# passing, polite and indirect speech, carers and relatives answering, interrupted or restarted
# answers as a recogniser writes them; yes, no and not sure at red-flag and ordinary questions;
# denials at their own question and mid-answer; sides, onsets, durations, idioms that sound close
# to an alarm but are not one, control and information requests) is new material, measured once
# on 6 December 2026 (branch eval28p = main 3c16ad7's behaviour plus the batch) before any change
# of round 28, and split on its own (70% supplement, 30% held_back_26, seed 20261226). Round 28
# tunes on neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on
# its own row's ceilings and never described by its words. Its tuning half missed 8 plain and 3
# hedged runs (95.9% and 95.6% warned), flagged no denial run and raised a false flag in 12 runs;
# held_back_26 missed 4 plain and 5 hedged runs (95.5% and 87.5% warned), flagged no denial run
# and raised a false flag in 3 runs.
# Round 28's merged changes (safety28, phr28, clinic28, dur28), counted on 2ac5840 as these
# gates count (every part run once): supplement plain 211 -> 189 and hedged 114 -> 109 (batch
# 31's tuning half among them), batch 31's false-flag runs 4 -> 1; held_back_19 plain 6 -> 5;
# every other count at its ceiling, batch 32 (round 28's untuned measure) and held_back_26
# exactly as measured before the changes. Figures only.
# Round 29 makes batch 32's tuning half tuning material: its ceilings (8 plain, 3 hedged, 0
# denial runs, its counts after round 28) join the supplement's (189 -> 197 plain, 109 -> 112
# hedged, denial stays 5); its false-flag ceiling already counted there.
# Batch 33 (ids sx-b33-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), medical words used loosely by people who have looked
# them up, Indian English and other L2 grammar, children and teenagers described by a parent,
# numbers and scales, fillers and hedges at the start of an answer, comparisons with before, fear
# in the answer, a nearby body part named instead of the one asked, the same sign said twice with
# a correction, sport and work settings; yes, no and not sure at red-flag and ordinary questions;
# denials at their own question and mid-answer; sides, onsets, durations, idioms that sound close
# to an alarm but are not one, control and information requests) is new material, measured once
# on 6 December 2026 (branch eval29p = main 86f32fd's behaviour plus the batch) before any change
# of round 29, and split on its own (70% supplement, 30% held_back_27, seed 20261227). Round 29
# tunes on neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on
# its own row's ceilings and never described by its words. Its tuning half missed 2 plain and 1
# hedged run (98.7% and 97.5% warned), flagged no denial run and raised a false flag in 1 run;
# held_back_27 missed no plain and 1 hedged run (100% and 93.8% warned), flagged no denial run
# and raised no false-flag run.
# Round 29's merged changes (safety29, phr29, clinic29, dur29), counted on 91a1ec6 as these
# gates count (every part run once): supplement plain 197 -> 190 and hedged 112 -> 111 (batch
# 32's tuning half among them), batch 32's false-flag runs 12 -> 5; held_back_4 plain 11 -> 6;
# every other count at its ceiling, batch 33 (round 29's untuned measure) and held_back_27
# exactly as measured before the changes. Figures only.
# Round 30 makes batch 33's tuning half tuning material: its ceilings (2 plain, 1 hedged, 0
# denial runs, its counts after round 29) join the supplement's (190 -> 192 plain, 111 -> 112
# hedged, denial stays 5); its false-flag ceiling already counted there.
# Batch 34 (ids sx-b34-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be harder than batch 33: most sentences
# in two to four locales (841 runs), the sign said by a likeness or by what the body can no
# longer do, broken-off and self-corrected answers, recogniser text (lowercase, no punctuation,
# homophones and misheard words), long answers where the sign comes late, sarcasm, understatement
# and litotes, someone else's sign said beside one's own answer, hedges of many kinds, dialect
# and second-language grammar; yes, no and not sure at red-flag and ordinary questions; denials
# at their own question and mid-answer; sides, onsets, durations, idioms that sound close to an
# alarm but are not one, control and information requests said indirectly) is new material,
# measured once on 6 December 2026 (branch eval30p = main 2d6a488's behaviour plus the batch)
# before any change of round 30, and split on its own (70% supplement, 30% held_back_28, seed
# 20261228). Round 30 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 22 plain and 6 hedged runs (90.7% and 92.8% warned), flagged no denial
# run and raised no false flag; held_back_28 missed 15 plain and no hedged run (86.0% and 100%
# warned), flagged no denial run and raised a false flag in 5 runs.
# Round 30's merged changes (safety30, phr30, clinic30, and the merge's two mends), counted on
# 850a7cd as these gates count (every part run once): supplement plain 192 -> 182 and hedged
# 112 -> 111 (batch 33's tuning half, batch 16's and batch 29's among them), batch 33's
# false-flag runs 1 -> 0; held_back_6 plain 6 -> 1; every other count at its ceiling, batch 34
# (round 30's untuned measure) and held_back_28 exactly as measured before the changes.
# Figures only.
# Round 31 makes batch 34's tuning half tuning material: its ceilings (22 plain, 6 hedged, 0
# denial runs, its counts after round 30) join the supplement's (182 -> 204 plain, 111 -> 117
# hedged, denial stays 5); its false-flag ceiling already counted there.
# Batch 35 (ids sx-b35-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 34: most sentences
# in two to four locales (871 runs), batch 34's angles kept (likeness and lost function,
# self-corrected answers, recogniser text, late signs, sarcasm and litotes, someone else's sign,
# hedges, dialect) and new ones: "yeah no" and "no yeah", an answer correcting an earlier one, a
# question asked back with the sign inside it, a carer answering for the person, numbers and
# scores said in words or run together, two signs in one breath where one is a red flag and a flag
# beside a denial of another, code-switching and second-language grammar, older speakers' plain
# words) is new material, measured once on 6 December 2026 (branch eval31p = main b63f6ba's
# behaviour plus the batch) before any change of round 31, and split on its own (70% supplement,
# 30% held_back_29, seed 20261229). Round 31 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 13 plain and 2 hedged runs (94.6% and 97.6% warned), flagged 12
# denial runs and raised a false flag in 17 runs (the 12 denial runs among them); held_back_29
# missed 16 plain and 1 hedged run (84.2% and 96.9% warned), flagged no denial run and raised a
# false flag in 5 runs.
# Round 31's merged changes (safety31, phr31, clinic31, and the merge's takeback of phr31's 31d),
# counted on 98f8506 as these gates count (every part run once): supplement plain 204 -> 191 and
# hedged 117 -> 113 (batch 34's tuning half and batch 32's among them); batch 35's hedged 2 -> 1;
# held_back_22 plain 3 -> 2; every other count at its ceiling, held_back_29 exactly as measured
# before the changes. Figures only.
# Round 32's safety32 (written in round 31's session, merged first in round 32), counted on main
# with it merged (every part run once): supplement plain 191 -> 179 and hedged 113 -> 109;
# batch 35's tuning half plain 13 -> 11; held_back_19 plain 5 -> 4; held_back_20 plain 3 -> 2;
# held_back_29 plain 16 -> 14, hedged 1 -> 0. Figures only.
# Round 32 then makes batch 35's tuning half tuning material: its ceilings (11 plain, 1 hedged,
# 12 denial runs, its counts after safety32) join the supplement's (179 -> 190 plain, 109 -> 110
# hedged, 5 -> 17 denial); its false-flag ceiling (17) already counted there.
# Batch 36 (ids sx-b36-…: every flag said plainly 5 or 6 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 35: most sentences
# in two to five locales (826 runs), batches 34 and 35's angles kept and new ones: the time
# course and the sign in one run-on breath with the sign in a subordinate clause, a sign told by
# what someone else noticed, signs told through everyday tasks and objects, negation-scope traps
# ("not only ... but also", "I can't say I haven't", "no, except", "nothing apart from", "never
# had it until"), reassurance-seeking and minimising around a real sign, denials with a harmless
# lookalike nearby, time said relative to events, and New Zealand, Welsh, Nigerian, Caribbean,
# Filipino, South African and Singapore English) is new material, measured once on 6 December
# 2026 (branch eval32p = main f484674's behaviour plus the batch) before any change of round 32,
# and split on its own (70% supplement, 30% held_back_30, seed 20261230). Round 32 tunes on
# neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own
# row's ceilings and never described by its words. Its tuning half missed 22 plain and 2 hedged
# runs (90.3% and 97.8% warned), flagged no denial run and raised no false flag; held_back_30
# missed 3 plain and 5 hedged runs (97.1% and 86.5% warned), flagged no denial run and raised a
# false flag in 3 runs.
# Round 32's merged changes (flags32, deny32, phr32, clinic32), counted on 606346b as these gates
# count (every part run once): supplement plain 190 -> 179 and denial runs 17 -> 5 (batch 35's
# tuning half among them: its 12 denial runs flagged -> 0); batch 35's false-flag runs 17 -> 3 in
# the supplement and 5 -> 3 in held_back_29; every other count at its ceiling, batch 36 (round
# 32's untuned measure) and held_back_30 exactly as measured before the changes. Figures only.
# Round 33 makes batch 36's tuning half tuning material: its ceilings (22 plain, 2 hedged, 0 denial
# runs, its counts after round 32's changes) join the supplement's (179 -> 201 plain, 110 -> 112
# hedged, 5 denial); its false-flag ceiling (0) already counted there.
# Batch 37 (ids sx-b37-…: every flag said plainly 5 or 6 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be harder than batch 36 and as hard as
# batch 35: most sentences in two to four locales (836 runs), batches 34 to 36's angles kept and
# new ones: recogniser slips on the key word itself with fillers, repeats and false starts left
# in, clinical words patients have picked up used rightly or loosely beside a plain description,
# euphemism and embarrassment for bladder, bowel and sex, frequency and intermittency as the
# answer ("on and off", "comes and goes") and "used to, not any more", conditions and
# hypotheticals ("I'd say yes if you count"), tag questions and answers turned into questions,
# slang across ages, and Scottish, Irish, Yorkshire, Canadian and Indian English) is new
# material, measured once on 6 December 2026 (branch eval33p = main a1e3a02's behaviour plus the
# batch) before any change of round 33, and split on its own (70% supplement, 30% held_back_31,
# seed 20261231). Round 33 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words.
# Its tuning half missed 14 plain and 2 hedged runs (93.7% and 97.5% warned), flagged no denial
# run and raised a false flag in 4 runs; held_back_31 missed 10 plain and 2 hedged runs (89.7%
# and 95.0% warned), flagged no denial run and raised no false flag.
# Round 33's merged changes (safety33, flags33, phr33, clinic33, answers33), counted on a1d0369 as
# these gates count (every part run once): supplement plain 201 -> 181 (batch 36's tuning half
# among them); held_back_28 plain 15 -> 12; every other count at its ceiling, batch 37 (round 33's
# untuned measure) and held_back_31 exactly as measured before the changes. Figures only.
# Round 34 makes batch 37's tuning half tuning material: its ceilings (14 plain, 2 hedged, 0 denial
# runs, its counts after round 33's changes) join the supplement's (181 -> 195 plain, 112 -> 114
# hedged, 5 denial); its false-flag ceiling (4) already counted there.
# Batch 38 (ids sx-b38-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 37's tuning half:
# most sentences in two to four locales (929 runs), batches 34 to 37's angles kept and new ones:
# signs told by changed routines and aids bought or borrowed and dated by life events, signs told
# through a sense other than feeling, answers as percentages, scales and comparisons, a carer
# contradicting the patient and the patient correcting the carer, very short answers with a
# trailing sound, numbers and times in a recogniser's forms, comparisons to someone else's
# illness, negative questions and double negatives, and Englishes and registers not yet much
# used) is new material, measured once on 6 December 2026 (branch eval34p = main fab76d4's
# behaviour plus the batch) before any change of round 34, and split on its own (70% supplement,
# 30% held_back_32, seed 20261232). Round 34 tunes on neither half: its tuning half is an
# untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by
# its words. Its tuning half missed 34 plain and 12 hedged runs (87.9% and 88.8% warned),
# flagged 1 denial run and raised a false flag in 9 runs; held_back_32 missed 13 plain and no
# hedged runs (86.7% and 100.0% warned), flagged no denial run and raised a false flag in 6 runs.
# Round 34's merged changes (safety34, flags34, phr34, clinic34, answers34), counted on 7783f67 as
# these gates count (every part run once): supplement plain 195 -> 178 (batch 37's tuning half
# among them) and batch 37's false-flag runs 4 -> 0; held_back_16 plain 10 -> 9, held_back_18
# 2 -> 1, held_back_19 4 -> 3, held_back_25 18 -> 13; every other count at its ceiling, batch 38
# (round 34's untuned measure) and held_back_32 exactly as measured before the changes. (The
# carrier taken back at the merge, "ah sure" alone, moves no gated run: 153c438's held-back
# parts 16 to 25 counted again, the same.) Figures only.
# Round 35 makes batch 38's tuning half tuning material: its ceilings (34 plain, 12 hedged, 1 denial
# run, its counts after round 34's changes) join the supplement's (178 -> 212 plain, 114 -> 126
# hedged, 5 -> 6 denial); its false-flag ceiling (9) already counted there.
# Batch 39 (ids sx-b39-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 38's tuning half:
# most sentences in two to four locales (926 runs), batches 34 to 38's angles kept and new ones:
# long answers with the sign in the middle of chatter, South African, Nigerian, Caribbean, Hong
# Kong, Welsh, Scottish, Irish and Quebec English, signs told by a watch or a fall alarm, times
# told by TV programmes, meals, prayers and shifts, signs told in the passive, questions answered
# with a question, a sign told as a worry about someone else's reaction, corrections
# mid-sentence, recogniser mishearings of sign words, and denials and idiom traps that use the
# same sign words harmlessly) is new material, measured once on 7 December 2026 (branch eval35p =
# main cc47d53's behaviour plus the batch) before any change of round 35, and split on its own
# (70% supplement, 30% held_back_33, seed 20261233). Round 35 tunes on neither half: its tuning
# half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never
# described by its words. Its tuning half missed 9 plain and 4 hedged runs (96.4% and 96.6%
# warned), flagged 6 denial runs and raised a false flag in 8 runs; held_back_33 missed 7 plain
# and no hedged runs (94.0% and 100.0% warned), flagged no denial run and raised a false flag in
# 4 runs.
# Round 35's merged changes (safety35, flags35, added35, phr35, answers35, clinic35), every
# held-back part and the original tuning part counted on 26d95f8 as these gates count, figures
# only: held_back_23 plain 9 -> 2, held_back_32 13 -> 7; held_back_17, 20 understood up, every
# other held-back count at its ceiling but held_back_13's, whose denial gate 0 -> 5 (one denial
# in five locales) sent phr35's "pain said mild" back at the merge (0 again, measured with it
# taken back); the merge's two changes after that count only add warnings or take back a
# denied entry, so no miss counted here can rise.
# Round 36 makes batch 39's tuning half tuning material. The supplement's ceilings first come down
# to its counts on 26d95f8 after round 35's changes (212 -> 170 plain, 126 -> 111 hedged, denial
# 6 as counted), then batch 39's (9 plain, 4 hedged, 6 denial runs, unchanged by round 35) join
# them: 179 plain, 115 hedged, 12 denial; its false-flag ceiling (8) already counted there.
# Batch 40 (ids sx-b40-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 38's tuning half:
# most sentences in two to four locales (926 runs), batches 34 to 39's angles kept and new ones:
# signs told as numbers or measures, signs told through what a carer or nurse noticed, people who
# minimise, long sentences with two complaints where only one is a red flag, dates as weekdays
# and festivals, Indian and Australian idioms, recogniser mishearings of numbers and body words,
# information requests phrased as worries, yes/no answers with a reason attached, and cancel,
# stop and pause said in everyday ways) is new material, measured once on 7 December 2026 (branch
# eval36p = main ef96c0a's behaviour plus the batch) before any change of round 36, and split on
# its own (70% supplement, 30% held_back_34, seed 20261234). Round 36 tunes on neither half: its
# tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and
# never described by its words. Its tuning half missed 28 plain and 3 hedged runs (88.8% and
# 97.2% warned), flagged 6 denial runs and raised a false flag in 6 runs; held_back_34 missed 5
# plain and no hedged runs (94.5% and 100.0% warned), flagged no denial run and raised a false
# flag in 2 runs.
# Round 36's merged changes (phr36, flags36, clinic36), every part counted once on 1a3e539 as
# these gates count, figures only: the supplement 179 -> 172 plain, 115 -> 113 hedged, denial
# runs 12 -> 6 (batch 39's tuning half, now tuning material, 92.5% -> 98.5% understood, false
# flags 8 -> 0); batch 38's false flags 9 -> 1 (as counted after round 35); held_back_12 plain
# 1 -> 0; every other count at its ceiling; batch 40's tuning half (round 36's untuned measure)
# with the same gated counts (understood 90.2% -> 90.8%) and held_back_34 exactly as before.
# Round 37 makes batch 40's tuning half tuning material: its counts on 1a3e539 (28 plain, 3
# hedged, 6 denial runs, unchanged by round 36) join the supplement's: 200 plain, 116 hedged, 12
# denial; its false-flag ceiling (6) already counted there.
# Batch 41 (ids sx-b41-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be as hard as batch 40's tuning half:
# most sentences in two to four locales (909 runs), batches 34 to 40's angles kept and new ones:
# signs told while correcting someone else, as a comparison with last week or another person, or
# by what the person can no longer do at work or at prayer, number words misheard by the
# recogniser, slang and softened swearing, New Zealand, South African, Nigerian, Irish, Scottish
# and Canadian idioms, long rambling answers with the sign in the middle, answers that reject the
# question's frame, information questions about treatment, repeat, slow-down and help requests
# said in everyday ways, yes/no answers that hedge with a time, and denials that name the sign)
# is new material, measured once on 7 December 2026 (branch eval37p = main 75e884a's behaviour
# plus the batch) before any change of round 37, and split on its own (70% supplement, 30%
# held_back_35, seed 20261235). Round 37 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 6 plain and 18 hedged runs (97.4% and 84.2% warned), flagged no
# denial run and raised a false flag in 4 runs; held_back_35 missed 1 plain and 6 hedged runs
# (99.1% and 87.5% warned), flagged no denial run and raised a false flag in 3 runs.
# Round 37's merged changes (phr37, flags37, added37, clinic37, amended at the merge), the original
# tuning part and every held-back part counted once on 6d5a4be as these gates count, figures only:
# held_back_4 hedged 5 -> 0, held_back_19 plain 3 -> 2, held_back_23 hedged 6 -> 5, held_back_28
# plain 12 -> 11; every other held-back count at its ceiling. (Measured first on the merge before
# its amendment: held_back_12 hedged 0 -> 5, and batch 25's and 38's false flags in held_back_19
# and 32 up by 1 and 2; the two mechanisms behind them were withdrawn, docs 5zzzzb and 5zzzzc.)
# The supplement's answer, denial, idiom and request files (every false-flag and denial gate)
# counted on 6d5a4be too: denial runs 12 -> 8, batch 40's false flags 6 -> 2, every other at its
# ceiling.
# Round 38 makes batch 41's tuning half tuning material: its counts (6 plain, 18 hedged, no
# denial run, the same on 75e884a and after round 37's changes) join the supplement's: 206
# plain, 134 hedged, 8 denial; its false-flag ceiling (4) stays on its own row.
# Round 39 makes batch 42's tuning half tuning material: its counts (13 plain, no hedged, no
# denial run, the same on b6bcac9 and after round 38's changes) join the supplement's: 219
# plain, 134 hedged, 8 denial; its false-flag ceiling (4) stays on its own row.
# Round 40 makes batch 43's tuning half tuning material: its counts (10 plain, no hedged, no
# denial run, the same on 8e750c7 and after round 39's changes) join the supplement's: 229
# plain, 134 hedged, 8 denial; its false-flag ceiling (9) stays on its own row.
# Held back 21 plain 3 -> 2 and held back 22 plain 2 -> 1: so counted after round 38's changes
# (twice) and after round 39's; every other held-back count at its ceiling after round 39's.
# After round 40's changes (one count on the merge, the runner being deterministic): held back 9
# hedged 5 -> 0, held back 30 plain 3 -> 2, held back 36 denial 4 -> 0 and its batch-42 false
# flags 6 -> 2, batch 43's tuning half false flags 9 -> 0 (yn-0032's expectation corrected: the
# cancer history it tells, said after back pain, is the flag); batches 41 and 42's tuning halves'
# false flags 4 -> 0 each (none after round 39's changes either); every other count at its ceiling.
# Round 41 makes batch 44's tuning half tuning material: its counts (20 plain, 6 hedged, no
# denial run, the same on a297bb8 and after round 40's changes) join the supplement's: 249
# plain, 140 hedged, 8 denial; its false-flag ceiling (6) stays on its own row.
# After round 41's changes (one count on the merge): held back 26 hedged 5 -> 0; batch 44's tuning
# half false flags 6 -> 2 (yn-0020's expectation corrected: a cancer history told after back pain
# is the flag), its plain misses 20 -> 14 (the supplement's plain ceiling kept, not every batch
# being counted on the merge); every other held-back count at its ceiling, batch 45 unchanged.
# Batch 42 (ids sx-b42-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be harder than batch 41 (its plain flags,
# sides, onsets and durations told indirectly, out of order and inside longer answers): most
# sentences in two to four locales (922 runs), batches 34 to 41's angles kept and new ones: signs
# told through what someone else noticed or as a question back, filler and false starts, minimal
# replies, misused medical words, elderly and regional words for the bladder and bowels, two
# questions answered at once, self-corrections mid-sentence, code-switched Indian and Singaporean
# English, Welsh turns of phrase, times told by an event or a season, hedges at the sentence's end,
# and idiom traps from sport, work, cooking and DIY) is new material, measured once on 7 December
# 2026 (branch eval38p = main b6bcac9's behaviour plus the batch) before any change of round 38,
# and split on its own (70% supplement, 30% held_back_36, seed 20261236). Round 38 tunes on
# neither half: its tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own
# row's ceilings and never described by its words. Its tuning half missed 13 plain and no hedged
# runs (94.7% and 100% warned), flagged no denial run and raised a false flag in 4 runs;
# held_back_36 missed 5 plain and 1 hedged run (95.0% and 97.2% warned), flagged 4 denial runs and
# raised a false flag in 6 runs.
# Batch 43 (ids sx-b43-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), written to be harder than batch 42 (its plain flags,
# sides, onsets and durations told indirectly, out of order and inside longer answers): most
# sentences in two to four locales (927 runs), batches 34 to 42's angles kept and new ones:
# Ghanaian, Jamaican, Kenyan and Filipino turns of phrase, answers pointing back to an earlier
# one, signs told by comparison with yesterday or last week, numbers and times in words and
# approximations, minimisers, sarcasm and dark humour, double negatives, carers speaking for
# someone with dementia or a stroke, rambling anxious answers, speech-recognition style
# transcripts, body-part slang for the saddle area and bowels, and idiom traps from gardening,
# driving, the school run and the pub) is new material, measured once on 7 December 2026 (branch
# eval39p = main 8e750c7's behaviour plus the batch) before any change of round 39, and split on
# its own (70% supplement, 30% held_back_37, seed 20261237). Round 39 tunes on neither half: its
# tuning half is an untuned batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and
# never described by its words. Its tuning half missed 10 plain and no hedged runs (95.4% and 100%
# warned), flagged no denial run and raised a false flag in 9 runs; held_back_37 missed 20 plain
# and no hedged run (80.4% and 100% warned), flagged no denial run and raised a false flag in 2
# runs.
# Batch 44 (ids sx-b44-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), aimed at batch 43's range: most sentences in two to
# four locales (957 runs), batches 34 to 43's angles kept and new ones: Welsh, Scottish,
# Singaporean-style, Nigerian and South African turns of phrase, signs told by what someone else
# noticed or by a task that can no longer be done, corrections mid-answer, answers given as a
# worried question, times told by events and holidays, hedges from medical talk, teenagers' slang,
# older people's euphemisms, and idiom traps from sport, cooking, DIY and social media) is new
# material, measured once on 7 December 2026 (branch eval40p = main a297bb8's behaviour plus the
# batch) before any change of round 40, and split on its own (70% supplement, 30% held_back_38,
# seed 20261238). Round 40 tunes on neither half: its tuning half is an untuned batch
# (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its words. Its
# tuning half missed 20 plain and 6 hedged runs (92.5% and 94.7% warned), flagged no denial run
# and raised a false flag in 6 runs; held_back_38 missed 6 plain and no hedged run (93.8% and 100%
# warned), flagged no denial run and raised a false flag in 8 runs.
# Batch 45 (ids sx-b45-…: every flag said plainly 5 to 7 times and hedged at least twice (new
# weakness and the bladder sign three times), aimed at 86% to 89% understood: most sentences in two
# to four locales (951 runs), batches 34 to 44's angles kept and new ones: signs told last in long
# run-on answers, double negatives and "not un-", numbers and times said as words and
# approximations, signs told through comparison with a past episode, Irish English and Indian
# English turns, older men's understatement, carers answering for someone, typos and errors as
# speech recognition would transcribe them, and idiom traps from work, weather, money and music)
# is new material, measured once on 8 December 2026 (branch eval41p = main c3ddc50's behaviour
# plus the batch) before any change of round 41, and split on its own (70% supplement, 30%
# held_back_39, seed 20261239). Round 41 tunes on neither half: its tuning half is an untuned
# batch (runner.UNTUNED_BATCHES), gated on its own row's ceilings and never described by its
# words. Its tuning half missed 25 plain and 6 hedged runs (89.5% and 94.5% warned), flagged no
# denial run and raised a false flag in 6 runs; held_back_39 missed 11 plain and 6 hedged runs
# (91.2% and 85.0% warned), flagged no denial run and raised no false flag.
MISSED_RUNS_CEILING = {("plain", "tuning"): 5, ("hedged", "tuning"): 0,
                       ("plain", "supplement"): 249, ("hedged", "supplement"): 140,
                       ("denial", "supplement"): 8,
                       ("plain", "held_back"): 35, ("hedged", "held_back"): 0,
                       ("plain", HELD_BACK_2): 6, ("hedged", HELD_BACK_2): 0,
                       ("denial", HELD_BACK_2): 0,
                       ("false flag, batch 8", SUPPLEMENT): 0,
                       ("false flag, batch 8", HELD_BACK_2): 0,
                       ("plain", HELD_BACK_3): 0, ("hedged", HELD_BACK_3): 10,
                       ("denial", HELD_BACK_3): 0,
                       ("false flag, batch 9", SUPPLEMENT): 0,
                       ("false flag, batch 9", HELD_BACK_3): 0,
                       ("plain", HELD_BACK_4): 6, ("hedged", HELD_BACK_4): 0,
                       ("denial", HELD_BACK_4): 0,
                       ("false flag, batch 10", SUPPLEMENT): 0,
                       ("false flag, batch 10", HELD_BACK_4): 0,
                       ("plain", HELD_BACK_5): 0, ("hedged", HELD_BACK_5): 0,
                       ("denial", HELD_BACK_5): 0,
                       ("false flag, batch 11", SUPPLEMENT): 0,
                       ("false flag, batch 11", HELD_BACK_5): 0,
                       ("plain", HELD_BACK_6): 1, ("hedged", HELD_BACK_6): 5,
                       ("denial", HELD_BACK_6): 0,
                       ("false flag, batch 12", SUPPLEMENT): 0,
                       ("false flag, batch 12", HELD_BACK_6): 0,
                       ("false flag, batch 13", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_7): 1, ("hedged", HELD_BACK_7): 5,
                       ("denial", HELD_BACK_7): 0,
                       ("false flag, batch 13", HELD_BACK_7): 5,
                       ("false flag, batch 14", SUPPLEMENT): 5,
                       ("plain", HELD_BACK_8): 0, ("hedged", HELD_BACK_8): 5,
                       ("denial", HELD_BACK_8): 5,
                       ("false flag, batch 14", HELD_BACK_8): 5,
                       ("false flag, batch 15", SUPPLEMENT): 5,
                       ("plain", HELD_BACK_9): 9, ("hedged", HELD_BACK_9): 0,
                       ("denial", HELD_BACK_9): 0,
                       ("false flag, batch 15", HELD_BACK_9): 5,
                       ("false flag, batch 16", SUPPLEMENT): 5,
                       ("plain", HELD_BACK_10): 25, ("hedged", HELD_BACK_10): 0,
                       ("denial", HELD_BACK_10): 0,
                       ("false flag, batch 16", HELD_BACK_10): 0,
                       ("false flag, batch 17", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_11): 7, ("hedged", HELD_BACK_11): 0,
                       ("denial", HELD_BACK_11): 0,
                       ("false flag, batch 17", HELD_BACK_11): 15,
                       ("false flag, batch 18", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_12): 0, ("hedged", HELD_BACK_12): 0,
                       ("denial", HELD_BACK_12): 0,
                       ("false flag, batch 18", HELD_BACK_12): 0,
                       ("false flag, batch 19", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_13): 11, ("hedged", HELD_BACK_13): 0,
                       ("denial", HELD_BACK_13): 0,
                       ("false flag, batch 19", HELD_BACK_13): 0,
                       ("false flag, batch 20", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_14): 7, ("hedged", HELD_BACK_14): 0,
                       ("denial", HELD_BACK_14): 0,
                       ("false flag, batch 20", HELD_BACK_14): 0,
                       ("false flag, batch 21", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_15): 1, ("hedged", HELD_BACK_15): 0,
                       ("denial", HELD_BACK_15): 0,
                       ("false flag, batch 21", HELD_BACK_15): 0,
                       ("false flag, batch 22", SUPPLEMENT): 7,
                       ("plain", HELD_BACK_16): 9, ("hedged", HELD_BACK_16): 5,
                       ("denial", HELD_BACK_16): 0,
                       ("false flag, batch 22", HELD_BACK_16): 0,
                       ("false flag, batch 23", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_17): 4, ("hedged", HELD_BACK_17): 0,
                       ("denial", HELD_BACK_17): 2,
                       ("false flag, batch 23", HELD_BACK_17): 7,
                       ("false flag, batch 24", SUPPLEMENT): 3,
                       ("plain", HELD_BACK_18): 1, ("hedged", HELD_BACK_18): 0,
                       ("denial", HELD_BACK_18): 0,
                       ("false flag, batch 24", HELD_BACK_18): 0,
                       ("false flag, batch 25", SUPPLEMENT): 1,
                       ("plain", HELD_BACK_19): 2, ("hedged", HELD_BACK_19): 0,
                       ("denial", HELD_BACK_19): 0,
                       ("false flag, batch 25", HELD_BACK_19): 5,
                       ("false flag, batch 26", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_20): 2, ("hedged", HELD_BACK_20): 0,
                       ("denial", HELD_BACK_20): 0,
                       ("false flag, batch 26", HELD_BACK_20): 0,
                       ("false flag, batch 27", SUPPLEMENT): 6,
                       ("plain", HELD_BACK_21): 2, ("hedged", HELD_BACK_21): 0,
                       ("denial", HELD_BACK_21): 0,
                       ("false flag, batch 27", HELD_BACK_21): 0,
                       ("false flag, batch 28", SUPPLEMENT): 6,
                       ("plain", HELD_BACK_22): 1, ("hedged", HELD_BACK_22): 0,
                       ("denial", HELD_BACK_22): 0,
                       ("false flag, batch 28", HELD_BACK_22): 10,
                       ("false flag, batch 29", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_23): 2, ("hedged", HELD_BACK_23): 5,
                       ("denial", HELD_BACK_23): 0,
                       ("false flag, batch 29", HELD_BACK_23): 1,
                       ("false flag, batch 30", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_24): 3, ("hedged", HELD_BACK_24): 2,
                       ("denial", HELD_BACK_24): 0,
                       ("false flag, batch 30", HELD_BACK_24): 0,
                       ("false flag, batch 31", SUPPLEMENT): 1,
                       ("plain", HELD_BACK_25): 13, ("hedged", HELD_BACK_25): 0,
                       ("denial", HELD_BACK_25): 0,
                       ("false flag, batch 31", HELD_BACK_25): 0,
                       ("false flag, batch 32", SUPPLEMENT): 5,
                       ("plain", HELD_BACK_26): 4, ("hedged", HELD_BACK_26): 0,
                       ("denial", HELD_BACK_26): 0,
                       ("false flag, batch 32", HELD_BACK_26): 3,
                       ("false flag, batch 33", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_27): 0, ("hedged", HELD_BACK_27): 1,
                       ("denial", HELD_BACK_27): 0,
                       ("false flag, batch 33", HELD_BACK_27): 0,
                       ("false flag, batch 34", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_28): 11, ("hedged", HELD_BACK_28): 0,
                       ("denial", HELD_BACK_28): 0,
                       ("false flag, batch 34", HELD_BACK_28): 5,
                       ("false flag, batch 35", SUPPLEMENT): 3,
                       ("plain", HELD_BACK_29): 14, ("hedged", HELD_BACK_29): 0,
                       ("denial", HELD_BACK_29): 0,
                       ("false flag, batch 35", HELD_BACK_29): 3,
                       ("false flag, batch 36", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_30): 2, ("hedged", HELD_BACK_30): 5,
                       ("denial", HELD_BACK_30): 0,
                       ("false flag, batch 36", HELD_BACK_30): 3,
                       ("false flag, batch 37", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_31): 10, ("hedged", HELD_BACK_31): 2,
                       ("denial", HELD_BACK_31): 0,
                       ("false flag, batch 37", HELD_BACK_31): 0,
                       ("false flag, batch 38", SUPPLEMENT): 1,
                       ("plain", HELD_BACK_32): 7, ("hedged", HELD_BACK_32): 0,
                       ("denial", HELD_BACK_32): 0,
                       ("false flag, batch 38", HELD_BACK_32): 6,
                       ("false flag, batch 39", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_33): 7, ("hedged", HELD_BACK_33): 0,
                       ("denial", HELD_BACK_33): 0,
                       ("false flag, batch 39", HELD_BACK_33): 4,
                       ("false flag, batch 40", SUPPLEMENT): 2,
                       ("plain", HELD_BACK_34): 5, ("hedged", HELD_BACK_34): 0,
                       ("denial", HELD_BACK_34): 0,
                       ("false flag, batch 40", HELD_BACK_34): 2,
                       ("false flag, batch 41", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_35): 1, ("hedged", HELD_BACK_35): 6,
                       ("denial", HELD_BACK_35): 0,
                       ("false flag, batch 41", HELD_BACK_35): 3,
                       ("false flag, batch 42", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_36): 5, ("hedged", HELD_BACK_36): 1,
                       ("denial", HELD_BACK_36): 0,
                       ("false flag, batch 42", HELD_BACK_36): 2,
                       ("false flag, batch 43", SUPPLEMENT): 0,
                       ("plain", HELD_BACK_37): 20, ("hedged", HELD_BACK_37): 0,
                       ("denial", HELD_BACK_37): 0,
                       ("false flag, batch 43", HELD_BACK_37): 2,
                       ("false flag, batch 44", SUPPLEMENT): 2,
                       ("plain", HELD_BACK_38): 6, ("hedged", HELD_BACK_38): 0,
                       ("denial", HELD_BACK_38): 0,
                       ("false flag, batch 44", HELD_BACK_38): 8,
                       ("plain", "batch 45 (supplement)"): 25,
                       ("hedged", "batch 45 (supplement)"): 6,
                       ("denial", "batch 45 (supplement)"): 0,
                       ("false flag, batch 45", SUPPLEMENT): 6,
                       ("plain", HELD_BACK_39): 11, ("hedged", HELD_BACK_39): 6,
                       ("denial", HELD_BACK_39): 0,
                       ("false flag, batch 45", HELD_BACK_39): 0}


@pytest.mark.parametrize("part", GATED)
@pytest.mark.parametrize(("hedged", "outcome"), [(False, "warned first"),
                                                 (True, "warned, or confirmed then warned")],
                         ids=["plain", "hedged"])
def test_every_red_flag_phrasing_is_warned(results: list[Result], part: str, hedged: bool,
                                           outcome: str) -> None:
    """Plain statements (any category) must get the warning first; hedged ones may first get
    a yes/no check that, answered yes, gives it."""
    runs = [r for r in results if _gated(r) == part and r.warned is not None
            and bool(r.phrasing.hedged_flags) == hedged]
    missed = [r for r in runs if not r.warned]
    ceiling = MISSED_RUNS_CEILING.get(("hedged" if hedged else "plain", part), 0)
    if len(missed) > ceiling:
        pytest.fail(f"{len(missed)} of {len(runs)} runs not {outcome} (at most {ceiling}):\n"
                    + _describe(missed), pytrace=False)


@pytest.mark.parametrize("part", GATED)
def test_no_denial_raises_a_red_flag(results: list[Result], part: str) -> None:
    flagged = [r for r in results if _gated(r) == part
               and r.phrasing.category in DENIAL_CATEGORIES and r.false_flags]
    ceiling = MISSED_RUNS_CEILING.get(("denial", part), 0)
    if len(flagged) > ceiling:
        pytest.fail(f"{len(flagged)} denial runs flagged wrongly (at most {ceiling}):\n"
                    + _describe(flagged), pytrace=False)


# Each batch's answers, denials and everyday idioms raise no red flag they do not expect (a yes,
# or a "not sure", at a red-flag question expects its flag): batch 8's "my legs have gone to
# sleep" and "I'm on antibiotics for a water infection", batch 10's "no rash at all", batch 11's
# "the only pain in the neck round here is my neighbour", batch 12's "my knees only went weak when
# I saw the bill", batch 13's "I nearly wet myself laughing" (batch 14's to 40's are not named
# here; their ids say which batch a failure comes from).
@pytest.mark.parametrize("half", ["supplement", "held_back"])
@pytest.mark.parametrize(("number", "seed", "held_part"), BATCHES)
def test_no_batch_answer_denial_or_idiom_raises_a_false_flag(
        results: list[Result], number: int, seed: int, held_part: str, half: str) -> None:
    part = SUPPLEMENT if half == "supplement" else held_part
    _check_no_false_flag(results, part, batch_prefix(number), f"batch {number}")


def _check_no_false_flag(results: list[Result], part: str, prefix: str, batch: str) -> None:
    flagged = [r for r in results if r.phrasing.part == part
               and r.phrasing.id.startswith(prefix)
               and r.phrasing.category not in RED_FLAG_CATEGORIES and r.false_flags]
    ceiling = MISSED_RUNS_CEILING.get((f"false flag, {batch}", part), 0)
    if len(flagged) > ceiling:
        pytest.fail(f"{len(flagged)} {batch} runs raised a false flag (at most {ceiling}):\n"
                    + _describe(flagged), pytrace=False)


def test_every_ceiling_names_a_gate() -> None:
    """A ceiling's key names a gated part or an untuned batch's row, and a kind of miss the gates
    count: a mistyped key would silently leave its gate at zero."""
    kinds = {"plain", "hedged", "denial", *(f"false flag, batch {n}" for n in BATCH_SPLITS)}
    assert [key for key in MISSED_RUNS_CEILING if key[0] not in kinds or key[1] not in GATED] == []
