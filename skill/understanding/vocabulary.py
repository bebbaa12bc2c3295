"""The reader's vocabulary: skill/data/understanding.yaml, validated and compiled for matching.

Every word of a phrase is compiled to a key (its lemma), and every inflection of that lemma is
listed as a form of the key, so "gave way", "gives way" and "has given way" all meet "give way".
The inflections come from lemminflect, used only here, when the vocabulary is compiled: the
compiled vocabulary is cached beside the knowledge base (skill/data/__compiled__/), so a cold
start neither parses YAML nor imports lemminflect.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from skill.screening.compiled import cached
from skill.screening.knowledge import KnowledgeBase, default_knowledge
from skill.screening.yaml_loading import DATA_DIR, Fields, KnowledgeError, load_yaml
from skill.understanding.text import words

FILE = "understanding.yaml"
# the word sets the reader's rules use (understanding.yaml `word_sets`), each given once there
WORD_SETS = frozenset({"counted_in_a_rate", "habit_openers", "dating_a_day",
                       "told_against", "told_after", "new_events", "side_taken_back",
                       "not_a_going_back", "neighbour_calendars", "failing_denied_by",
                       "alternatives_offered_by", "also_before_reassurance", "pace_listeners",
                       "words_of_address", "carried_reassurances",
                       "reassurance_carried_by",
                       "visits_told_by", "visits_told_subjects",
                       "counted_back_ends", "checking", "tiredness", "called_away",
                       "again_words", "speakers_own",
                       "others_own", "history_negations", "degree_words", "comparatives_said_whole",
                       "amount_hedges", "amount_of", "back_said_as_the_back",
                       "fears_felt", "fear_clause",
                       "pace_softeners", "pace_kept_on",
                       "fear_subjects",
                       "means_of_checking", "measured", "owning", "auxiliaries",
                       "second_negations", "like_what_was_asked",
                       "as_far_as_i_know", "inability", "not_knowing_verbs",
                       "whole_denials", "asked_for_by", "restating_subjects",
                       "restating_verbs", "restating_closers", "not_restating", "walking_aids",
                       "feelings_of_the_complaint", "clause_subjects", "emphasised_by_right",
                       "before_a_side", "other_abilities", "corrections", "list_joins",
                       "list_determiners", "able", "second_verbs", "relative_openers",
                       "asked_back", "asked_back_verbs", "asked_about_ends",
                       "asked_about_states", "asked_about_verbs", "asked_about_objects",
                       "worse_of_other",
                       "worse_of_weakness", "norms", "norm_gap", "said_before",
                       "new_timed_by", "shared_by", "shared_list_gap",
                       "possessives", "said_whole_gap",
                       "length_openers", "length_words", "age_marks", "age_numbers",
                       "age_verbs", "age_of_a_complaint", "age_since_birth",
                       "age_since_birth_babies", "age_since_birth_arrivals",
                       "history_partial",
                       "history_present", "history_not_after",
                       "history_determiners", "history_fillers",
                       "history_prepositions", "aid_sentence_subjects",
                       "complaint_of_its_own", "right_as_well_after",
                       "doubt_openers", "doubt_opener_gap", "perfect_present",
                       "not_plain_now", "not_plain_told", "one_leg_parts",
                       "both_legs_words",
                       "clause_joins", "habit_small_words", "answer_kinds",
                       "perfect_after_be"})
# ...of which these are matched against the raw words of a turn, not their lemma keys: their
# words are kept as written (round 19's class 19a, moved to data in round 20)
RAW_WORD_SETS = frozenset({"counted_in_a_rate", "dating_a_day", "worse_of_other",
                           "neighbour_calendars",
                           "worse_of_weakness", "said_before",
                           "history_present", "aid_sentence_subjects",
                           "complaint_of_its_own", "right_as_well_after",
                           "perfect_present", "not_plain_now", "not_plain_told",
                           "one_leg_parts", "both_legs_words",
                           # the kinds of an answer's target ("yes", "side:one_leg"), not words
                           "answer_kinds"})
MAX_GAP = 4  # gap words allowed between two words of a phrase
ANSWERS = ("yes", "no", "unsure")
ONSET_VALUES = ("sudden", "hours", "days", "gradual")
ONSET_SPEEDS = (*ONSET_VALUES, "weeks", "months")  # onset values and duration buckets
SIDE_VALUES = ("both_legs", "one_leg")
DURATION_BUCKETS = ("hours", "days", "weeks", "months")
REQUESTS = ("stop", "pause", "repeat", "help", "go_back", "start_over", "slower", "faster",
            "normal_speed", "skip", "causes", "cause_info", "when_to_see_doctor", "treatment",
            "self_care",
            "last_result", "why_ask")
LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")
# Words that keep their own sense rather than their lemma's ("left" is a side, not "leave").
_OWN_SENSE = frozenset({"left", "right", "better", "worse", "worst", "bit", "well", "still", "back",
                        "down", "up", "ages", "felt", "found", "saw", "lay", "number",
                        # a wound is a sore, not the past of "wind"
                        "wound",
                        # "a bit high" (a blood sugar) is not "a bit higher" (climbing up)
                        "higher",
                        # "slower" asks for slower speech; "slowly" says how it came on
                        "slower", "faster", "quicker",
                        # going without food explains weight lost; "fast" (quickly) does not
                        "fasting"})
_SOME_NUMBER = "2"  # in the amount class (understanding.yaml): the key of a number in digits
_LEMMA_ORDER = ("VERB", "NOUN", "ADJ", "ADV", "AUX", "PROPN")


class Phrase(NamedTuple):
    """One compiled phrase: each slot is the set of keys that may stand there."""

    target: str  # a finding id, an answer, or "<kind>:<value>"
    slots: tuple[frozenset[str], ...]
    certain: bool
    locales: frozenset[str]  # empty: every locale
    text: str  # as written in the data file, for error messages and tests
    denies: bool = False  # the words deny the finding ("teetotal")
    mention: bool = False  # the words only touch on the finding ("my bladder")
    # the words explain the finding away wherever said beside it ("I lost weight, but I'm on a
    # diet"): unlike a plain denial, said in one breath with the finding they still deny it
    explains: bool = False
    # the words are an everyday idiom that looks like the finding but does not state it ("a
    # little accident" is no injury, "man flu" no fever): the finding's own words inside them
    # are not read as it
    idiom: bool = False
    # the words touch on the finding so loosely that even their denial leaves it open ("no
    # changes down there": the bladder, the bowels, sex or the saddle?): denied, it is doubtful
    loose: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        """Unpickled as a plain tuple is, without the Python-level constructor: thousands of
        phrases load as the words of a conversation need them (PhraseBook)."""
        return tuple.__new__, (Phrase, tuple(self))


class PhraseBook:
    """Compiled phrases by the key of their first word, what a reading looks up at each word
    said; each key's phrases in the book's order (the data file's).

    The compiled cache keeps the phrases in groups, one per set of first words, each pickled on
    its own and read back the first time one of its words is said: a turn's words can start a
    few hundred of the thousands of finding phrases, so a cold start (Lambda) loads those, not
    the whole book.
    """

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        groups: dict[frozenset[str], list[tuple[int, Phrase]]] = {}
        for place, phrase in enumerate(phrases):
            groups.setdefault(phrase.slots[0], []).append((place, phrase))
        self._groups: list[_Group | None] = [tuple(group) for group in groups.values()]
        self._stored: tuple[bytes, ...] = ()  # each group pickled, until it is first read
        by_key: dict[str, list[int]] = {}
        for number, first in enumerate(groups):
            for key in first:
                by_key.setdefault(key, []).append(number)
        self._by_key = {key: tuple(numbers) for key, numbers in by_key.items()}
        self._starting: dict[str, tuple[Phrase, ...]] = {}
        self._by_second: dict[str, _BySecondWord] = {}

    def __contains__(self, key: str) -> bool:
        """Whether some phrase's first word may be `key`."""
        return key in self._by_key

    def starting(self, key: str) -> tuple[Phrase, ...]:
        """The phrases whose first word may be `key`, in the book's order."""
        found = self._starting.get(key)
        if found is None:
            numbers = self._by_key.get(key)
            if numbers is None:
                return ()
            found = self._starting[key] = tuple(
                phrase for _, phrase in sorted(pair for number in numbers
                                               for pair in self._group(number)))
        return found

    def starting_near(self, key: str, nearby: AbstractSet[str]) -> list[Phrase]:
        """The phrases whose first word may be `key` and whose second word, if they have one,
        may be one of `nearby`, in the book's order: a reading tries these, not all of the
        hundreds a common first word starts."""
        index = self._by_second.get(key)
        if index is None:
            index = self._by_second[key] = _by_second_word(self.starting(key))
        places = set(index.alone)
        for word in nearby:
            places.update(index.by_key.get(word, ()))
        return [index.phrases[place] for place in sorted(places)]

    def __iter__(self) -> Iterator[Phrase]:
        """Every phrase once, in the book's order (all of them read from the cache)."""
        return iter([phrase for _, phrase in sorted(
            pair for number in range(len(self._groups)) for pair in self._group(number))])

    def _group(self, number: int) -> _Group:
        group = self._groups[number]
        if group is None:
            group = self._groups[number] = pickle.loads(self._stored[number])
        return group

    def __reduce__(self) -> tuple[Any, ...]:
        stored = tuple(pickle.dumps(self._group(number), protocol=pickle.HIGHEST_PROTOCOL)
                       for number in range(len(self._groups)))
        return _stored_book, (stored, self._by_key)


_Group = tuple[tuple[int, Phrase], ...]  # phrases with one set of first words, and their places


class _BySecondWord(NamedTuple):
    """One first word's phrases, by the keys their second word may be."""

    phrases: tuple[Phrase, ...]
    alone: tuple[int, ...]  # the places of one-word phrases
    by_key: dict[str, tuple[int, ...]]  # a second word's key -> the places of its phrases


def _by_second_word(phrases: tuple[Phrase, ...]) -> _BySecondWord:
    alone: list[int] = []
    by_key: dict[str, list[int]] = {}
    for place, phrase in enumerate(phrases):
        if len(phrase.slots) == 1:
            alone.append(place)
            continue
        for key in phrase.slots[1]:
            by_key.setdefault(key, []).append(place)
    return _BySecondWord(phrases, tuple(alone),
                         {key: tuple(places) for key, places in by_key.items()})


def _stored_book(stored: tuple[bytes, ...], by_key: dict[str, tuple[int, ...]]) -> PhraseBook:
    """A phrase book as the compiled cache keeps it: each group read when first needed."""
    book = PhraseBook(())
    book._groups, book._stored, book._by_key = [None] * len(stored), stored, by_key
    return book


class Vocabulary(NamedTuple):
    forms: Mapping[str, str]  # a word as said -> its key
    known: tuple[str, ...]  # every word form listed, for near-miss look-ups
    findings: PhraseBook
    answers: PhraseBook  # targets "yes", "no", "unsure", "onset:x", "side:x"
    requests: PhraseBook  # targets "request:<what>" (REQUESTS)
    durations: PhraseBook  # targets "duration:<bucket>"
    gap: frozenset[str]
    before: tuple[tuple[str, ...], ...]  # negation triggers, as key sequences
    after: tuple[tuple[str, ...], ...]
    pseudo: tuple[tuple[str, ...], ...]
    terminators: tuple[tuple[str, ...], ...]
    new_clause: frozenset[str]
    hedges: tuple[tuple[str, ...], ...]
    masks: tuple[tuple[str, ...], ...]  # set phrases whose words are no finding
    onset_answers: Mapping[str, str]
    units: Mapping[str, float]  # a duration unit's key -> days
    countries: Mapping[str, str]  # locale -> holidays country code
    # days people date things by that no public-holiday calendar holds: name -> locale (or "*"
    # for every locale) -> rules ("02-14" a fixed date, "easter-47" days from Easter Sunday,
    # "lunar+0" from the lunar new year, "02-MO3" third Monday of February, "10-SUL" last Sunday
    # of October); of several rules the latest day counts
    observances: Mapping[str, Mapping[str, tuple[str, ...]]] = {}
    # the first words of holidays people date a start by without "since" ("it started at
    # Christmas", "on Holi"): those counted from the request's date as "since" them
    dated_without_since: frozenset[str] = frozenset()
    # small sets of words the reader's rules are written with (understanding.yaml `word_sets`):
    # name -> the words' keys; every name in WORD_SETS is given, no other (round 14), and
    # `own_subjects` and `history_subjects`, derived from them (round 24)
    word_sets: Mapping[str, frozenset[str]] = {}
    # words that name one thing together, as said -> the word (or words: "unable to" is "can
    # not") they are read as
    compounds: Mapping[tuple[str, ...], str] = {}
    compound_starts: frozenset[str] = frozenset()
    # A length of time belongs to what it is said with: the numbness lasts only the lengths said
    # in a clause with one of these words or findings, or in a clause naming no other finding.
    numbness_words: frozenset[str] = frozenset()
    numbness_findings: frozenset[str] = frozenset()
    # words saying a time is when something began ("since", "started"): a vague length said
    # with one ("since yesterday", "it started last week") is a stated length
    dated_by: frozenset[str] = frozenset()
    # how people say a sign has been building up ("weaker and weaker", "week on week"), as key
    # sequences: said with a length of weeks, the sign is not new in the last few days
    building: tuple[tuple[str, ...], ...] = ()
    # findings about something that came on suddenly ("did the whole of one leg suddenly go
    # numb?"): words that only touch on one state it when a sudden onset is said with them
    stated_when_sudden: frozenset[str] = frozenset()
    # findings only touched on ("up to my knees") stated when a time of change ("today", "now")
    # is said before them, and those times as key sequences
    stated_after_a_time: frozenset[str] = frozenset()
    times_of_change: tuple[tuple[str, ...], ...] = ()
    # denials said with a doubt ("probably not", "not that I know of"), as key sequences: at a
    # red-flag question, with no plain no beside them, they are checked once, not taken as no
    hedged_denials: tuple[tuple[str, ...], ...] = ()
    # noes that state what the speaker would know ("not that I know of"), as key sequences: of
    # someone else, checked once at a red-flag question, as hedged denials are
    knowledge_limits: tuple[tuple[str, ...], ...] = ()
    # not knowing said in words of its own ("can't say", "hard to tell", "I wouldn't know"), as
    # key sequences: said beside a no it did not make, the answer is "not sure" (rule 3)
    not_knowing: tuple[tuple[str, ...], ...] = ()
    # flags34 (round 34, 5zzzn 34g): a doubt of the word, not the thing ("I think the word is
    # retention"), as key sequences: its hedge hedges no finding
    word_doubts: tuple[tuple[str, ...], ...] = ()
    # noticing said as when, not how fast ("I just noticed it one day"): at the onset question,
    # not sure (round 13)
    noticed_untimed: tuple[tuple[str, ...], ...] = ()
    # dur26 (round 26, 5zzi): a question about the question's own words ("what do you mean by
    # saddle", "why do you need to know about my bowels", "what does saddle mean"): the words it
    # is asked about (`asked_about_before` opens them, `asked_about_after` closes them) are
    # named, never said of oneself
    asked_about_before: tuple[tuple[str, ...], ...] = ()
    asked_about_after: tuple[tuple[str, ...], ...] = ()
    # a negation undone by another ("can't say I don't", "wouldn't say no to", "not not"): the
    # negation words in it deny nothing (round 13)
    double_negatives: tuple[tuple[str, ...], ...] = ()
    # a negative said whole, an answer complete in itself ("normal", "nothing wrong", "never had
    # that", "no problems"), as key sequences: before a clause with a subject of its own it
    # denies nothing told there (rounds 23 and 24, docs/clinical-safety.md 5zu a, 5zx a)
    said_whole: tuple[tuple[str, ...], ...] = ()
    # findings anyone with the person sees or hears (a face drooping, slurred speech, a leg gone
    # white, legs that will not hold them): a carer's "not that I know of", said again when
    # checked, is a no for them (review7 N1)
    seen_by_others: frozenset[str] = frozenset()
    # signs that, told plainly now in a clause of their own after a thing denied by "no", are
    # not denied by that "no" ("no fever, back pain is worse at night"; round 26, 5zzg)
    told_after_a_denial: frozenset[str] = frozenset()
    # the face, arm and hand words (classes face, arm, hand): "left" before them is not a leg's
    upper_body: frozenset[str] = frozenset()
    # findings a numbness of pressure mimics ("totally numb", "could barely stand"): said with
    # a position that brought it on, they are confirmed in one short question, not taken at once
    confirmed_after_position: frozenset[str] = frozenset()
    # how people say the numbness has passed ("they're fine now", "it wore off"), as key sequences
    passed: tuple[tuple[str, ...], ...] = ()
    # findings over-breathing in a panic mimics ("legs like jelly", tingling lips): said with
    # fast breathing, they are confirmed in one short question; `..._if_doubtful` only when their
    # own words were doubtful (tingling lips, not a drooping face)
    confirmed_with_over_breathing: frozenset[str] = frozenset()
    confirmed_with_over_breathing_if_doubtful: frozenset[str] = frozenset()
    # a finding only touched on, stated beside a certain finding of the same picture
    stated_beside: tuple[tuple[str, frozenset[str]], ...] = ()
    # round 28 (safety28, 5zzo 28b): a finding told only by words that, beside another finding
    # said for certain, say that one instead ("I had an accident" beside bladder words, "I've
    # fallen twice" beside legs that will not hold): the finding, each neighbour with the keys
    # its words must be made of, and words that keep it whatever is said beside it
    not_taken_beside: str | None = None
    not_taken_beside_words: tuple[tuple[str, frozenset[str]], ...] = ()
    not_taken_beside_unless: tuple[tuple[str, ...], ...] = ()
    not_taken_beside_after: frozenset[str] = frozenset()  # neighbours that must be said first
    # findings not taken from a turn that says they have changed ("but now ..."), and its words
    not_taken_when_changed: frozenset[str] = frozenset()
    changed_words: tuple[tuple[str, ...], ...] = ()
    changed_instead: str | None = None  # the finding a changed one is held as, in doubt
    # figures of speech (a finding's `figures`, as written: "my knees went weak when I saw
    # him") that do not hold in a turn that says the body failed ("and I fell", "not able to
    # stand since": `figures_undone_by`, as key sequences)
    figures: frozenset[str] = frozenset()
    # a finding said as past (its `past`: "a viral fever ten days back"), as written: it holds
    # nothing unless the turn says it goes on ("still", "not gone": `still_going_by`) (round 14)
    past: frozenset[str] = frozenset()
    # round 29 (phr29, 5zzt 29c): a condition said to have cleared (a finding's `cleared`:
    # "gestational diabetes, but it went away after"), as written: it holds nothing when the
    # turn says it goes on ("it didn't go away", "still": `still_going_by`); unlike `past` it
    # may reach across a "but"
    cleared: frozenset[str] = frozenset()
    # round 28 (clinic28, 5zzq 28b): a worry asked (a finding's `worries`: "is that cancer?"),
    # as written: it holds nothing unless the turn makes the thing one's own or back ("my
    # cancer", "again": `worries_undone_by`, as key sequences)
    worries: frozenset[str] = frozenset()
    worries_undone_by: tuple[tuple[str, ...], ...] = ()
    # round 28 (clinic28, 5zzq 28a; data since round 29, 5zzu 29a): "since" an event named
    # without a date ("since my second delivery"): `owners`, `events`, `dated_by` -> words as said
    since_an_event: Mapping[str, tuple[str, ...]] = {}
    still_going_by: tuple[tuple[str, ...], ...] = ()
    # round 24 (phr24, docs/clinical-safety.md 5zy): a finding said as past and then cleared
    # ("it used to be the right years ago but that cleared up") is history, not a present
    # finding. Its words (understanding.yaml `history`), as key sequences: markers of the past
    # (`history_past`), of the distant past (`history_distant`, the only ones that let a red
    # flag's words be history), stretches that look distant but are not ("the last year"), a
    # recent time that gives a later clearing to the episode screened now, the clearing, and
    # words that say it is back; and the findings that can pass at all
    history_past: tuple[tuple[str, ...], ...] = ()
    history_distant: tuple[tuple[str, ...], ...] = ()
    history_not_distant: tuple[tuple[str, ...], ...] = ()
    history_recent: tuple[tuple[str, ...], ...] = ()
    history_cleared: tuple[tuple[str, ...], ...] = ()
    history_returned: tuple[tuple[str, ...], ...] = ()
    history_findings: frozenset[str] = frozenset()
    # round 34 (answers34, 5zzzq 34s): a habit of the past (`history_habit`, "used to") said
    # over (`history_over`, "but not any more"): the habit ended, so what it held is history
    # like the distant past, and the turn's answer is no
    history_habit: tuple[tuple[str, ...], ...] = ()
    history_over: tuple[tuple[str, ...], ...] = ()
    # said to a timing question, words that say a sign got worse or is new within about a week
    # ("much worse", "last week"), and their denials ("no worse"), as key sequences
    timing_yes: tuple[tuple[str, ...], ...] = ()
    # how fast something else went ("I lost weight fast"): its onset words are not the onset
    paced_elsewhere: tuple[tuple[str, ...], ...] = ()
    # a time said of something else ("every few days", "if I stand a minute"): no length, no
    # onset pace (round 29, clinic29, 5zzu 29b), as key sequences
    timed_elsewhere: tuple[tuple[str, ...], ...] = ()
    worsened_suddenly: tuple[tuple[str, ...], ...] = ()  # dur28 (round 28, 5zzr 28a)
    timing_yes_denied: tuple[tuple[str, ...], ...] = ()
    figures_undone_by: tuple[tuple[str, ...], ...] = ()
    # ...only when each of the finding's words holds one of these (jelly legs, tingling, a light
    # head), and never in a turn that holds one of `over_breathing_never` (one side, days)
    over_breathing_mimics: tuple[tuple[str, ...], ...] = ()
    over_breathing_never: tuple[tuple[str, ...], ...] = ()
    # a mimic stays certain beside a finding of the same picture said for certain in the turn
    # ("panic attack, can't catch my breath, the numbness is up to my chest": review8 R1)
    over_breathing_certain_beside: tuple[tuple[str, frozenset[str]], ...] = ()
    # words saying what a thing has become ("my legs have gone numb"): after "gone" or "went",
    # the thing's state, so a phrase that ends on the change itself ("my legs have gone",
    # British for giving way) does not stand
    states: frozenset[str] = frozenset()
    # whom a finding said of someone else is about (the "someone_else" entry of the data file):
    # the words that say it of someone else, the words naming who is never the person screened
    # and how many words before a finding they reach, the keys of the speaker's own body after
    # "my", and the words of a first-person finding
    third_person: frozenset[str] = frozenset()
    not_screened: frozenset[str] = frozenset()
    not_screened_reach: int = 0
    without_a_body: frozenset[str] = frozenset()
    own_body: frozenset[str] = frozenset()
    # the legs themselves (the class legs_only): "they", "them" said after them stand for them
    legs: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()  # words naming another person ("my grandfather")
    not_the_speaker: tuple[tuple[str, ...], ...] = ()  # "not me", "not mine", as key sequences
    their_history: frozenset[str] = frozenset()  # another's illness or event ("his stroke")
    # another person's remark ("my wife says I favour the right"): its verbs, and the keys of
    # the signs that make it a sign seen by them rather than a remark in passing (5zzv 29d)
    remark_verbs: frozenset[str] = frozenset()
    remark_signs: frozenset[str] = frozenset()
    remark_reach: int = 0
    # the complaint itself (numbness or tingling of the legs): its words, and the keys of the
    # body's other parts, a feeling said of which is not it
    complaint_feelings: frozenset[str] = frozenset()
    not_the_complaint: frozenset[str] = frozenset()

    def key(self, word: str) -> str:
        key = self.forms.get(word)
        if key is None:
            # a number in digits that no phrase names ("32 weeks gone") is a number all the
            # same: read as one the amount class names
            return _SOME_NUMBER if word.isdigit() else word
        return key


_SAID_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")
_SINCE_AN_EVENT_LISTS = ("owners", "events", "dated_by")


def _since_an_event(top: Fields) -> dict[str, tuple[str, ...]]:
    """`since_an_event`'s three lists, each given and made of plain lower-case words: they are
    joined into one pattern on the turn's text (context._since_an_event), so a stray symbol
    here would change what the pattern matches rather than fail (round 29, 5zzu 29a)."""
    if "since_an_event" not in top.data:
        return {}
    where = f"{FILE}: since_an_event"
    lists = Fields(top.mapping("since_an_event"), where)
    lists.reject_unknown(_SINCE_AN_EVENT_LISTS)
    found: dict[str, tuple[str, ...]] = {}
    for name in _SINCE_AN_EVENT_LISTS:
        said = lists.texts(name)
        if not said:
            raise lists.fail(name, "needs at least one entry")
        if bad := [t for t in said if not _SAID_WORDS.fullmatch(t)]:
            raise lists.fail(name, f"lower-case words only, not {bad[0]!r}")
        found[name] = said
    return found


class _Builder:
    """Validates the data file and compiles it; every error names the entry and field."""

    def __init__(self, data: Any, kb: KnowledgeBase) -> None:
        self.top = Fields(data, FILE)
        self.kb = kb
        self.classes: dict[str, tuple[str, ...]] = {}
        self.constructions: dict[str, str] = {}
        self.literal_words: set[str] = set()

    def _expanded(self, fields: Fields, name: str, *, optional: bool = False) -> list[str]:
        """The words of each text listed under `name`, every alternative spelled out: the one
        way a list of phrases in understanding.yaml becomes the reader's words."""
        return [self._words(v, fields, name) for t in fields.texts(name, optional=optional)
                for v in _expand(t, fields, name)]

    def build(self) -> Vocabulary:
        top = self.top
        top.reject_unknown({"gap_words", "negation", "hedges", "classes", "findings", "answers",
                            "requests", "set_phrases", "compounds", "numbness_lengths",
                            "building", "stated_when_sudden", "stated_after_a_time",
                            "hedged_denials",
                            "knowledge_limits", "not_knowing", "seen_by_others",
                            "word_doubts",
                            "told_after_a_denial",
                            "noticed_untimed", "double_negatives", "said_whole",
                            "asked_about",
                            "dated_without_since",
                            "confirmed_after_position", "passed",
                            "confirmed_with_over_breathing", "constructions", "states",
                            "stated_beside", "not_taken_when_changed", "figures_undone",
                            "not_taken_beside",
                            "worries_undone", "since_an_event",
                            "still_going", "history",
                            "timing_yes", "paced_elsewhere", "worsened_suddenly",
                            "timed_elsewhere",
                            "someone_else", "complaint", "word_sets"})
        compounds: dict[tuple[str, ...], str] = {}
        joined = Fields(top.mapping("compounds", optional=True), f"{FILE}: compounds")
        for one in joined.data:
            for text in joined.texts(str(one)):
                said = tuple(words(text))
                if not 2 <= len(said) <= 4:
                    raise joined.fail(str(one), f"has {text!r}; a compound is two to four words")
                compounds[said] = str(one)
                self.literal_words.update(str(one).split())
        made = Fields(top.mapping("constructions", optional=True), f"{FILE}: constructions")
        self.constructions = {str(name): "(" + "|".join(made.texts(str(name))) + ")"
                              for name in made.data}
        for name in made.data:  # one way per entry: a choice inside one would split the group
            for way in made.texts(str(name)):
                if set(way) & set("|(){}<>"):
                    raise made.fail(str(name), f"has {way!r}; write each way as its own entry")
        for name, members in top.mapping("classes").items():
            where = Fields({"members": members}, f"{FILE}: classes '{name}'")
            self.classes[str(name)] = tuple(self._words(m, where, "members")
                                            for m in where.texts("members"))
        raw_findings = self._finding_phrases()
        raw_findings += _struggle_twins(raw_findings)
        self.literal_words.update(_HARD_TO)
        raw_answers, raw_durations, onset_answers, units, countries, observances = (
            self._answers())
        wanted = Fields(top.mapping("requests"), f"{FILE}: requests")
        wanted.reject_unknown(REQUESTS)
        raw_requests = [phrase for what in REQUESTS for text in wanted.texts(what)
                        for phrase in self._raw(f"request:{what}", text, True, (), wanted, what)]
        negation = Fields(top.mapping("negation"), f"{FILE}: negation")
        negation.reject_unknown({"before", "after", "pseudo", "terminators",
                                 "new_clause_after_and"})
        word_lists = {name: [self._words(t, negation, name) for t in negation.texts(name)]
                      for name in ("before", "after", "pseudo", "terminators",
                                   "new_clause_after_and")}
        hedges = [self._words(t, top, "hedges") for t in top.texts("hedges")]
        building = self._expanded(top, "building")
        passed = self._expanded(top, "passed", optional=True)
        masks = [self._words(t, top, "set_phrases") for t in top.texts("set_phrases")]
        hedged_denials = self._expanded(top, "hedged_denials", optional=True)
        knowledge_limits = self._expanded(top, "knowledge_limits", optional=True)
        not_knowing = self._expanded(top, "not_knowing", optional=True)
        word_doubts = self._expanded(top, "word_doubts", optional=True)
        noticed_untimed = self._expanded(top, "noticed_untimed", optional=True)
        about = Fields(top.mapping("asked_about", optional=True), f"{FILE}: asked_about")
        about.reject_unknown({"before", "after"})
        asked_about = {side: self._expanded(about, side, optional=True)
                       for side in ("before", "after")}
        double_negatives = self._expanded(top, "double_negatives", optional=True)
        said_whole = self._expanded(top, "said_whole")
        gap = [self._words(t, top, "gap_words") for t in top.texts("gap_words")]
        for unit in units:
            self.literal_words.add(unit)
        lengths = Fields(top.mapping("numbness_lengths"), f"{FILE}: numbness_lengths")
        lengths.reject_unknown({"words", "findings", "dated_by"})
        numbness_words = [self._words(t, lengths, "words") for t in lengths.texts("words")]
        dated_by = [self._words(t, lengths, "dated_by") for t in lengths.texts("dated_by")]
        numbness_findings = self._known(lengths, "findings", lengths.texts("findings"))
        sudden_findings = self._known(top, "stated_when_sudden",
                                      top.texts("stated_when_sudden", optional=True))
        timed = Fields(top.mapping("stated_after_a_time", optional=True),
                       f"{FILE}: stated_after_a_time")
        timed.reject_unknown({"findings", "words"})
        timed_findings = self._known(timed, "findings", timed.texts("findings", optional=True))
        times_of_change = self._expanded(timed, "words", optional=True)
        seen = self._known(top, "seen_by_others", top.texts("seen_by_others", optional=True))
        told_after = self._known(top, "told_after_a_denial",
                                 top.texts("told_after_a_denial", optional=True))
        after_position = self._known(top, "confirmed_after_position",
                                     top.texts("confirmed_after_position", optional=True))
        breathing = Fields(top.mapping("confirmed_with_over_breathing"),
                           f"{FILE}: confirmed_with_over_breathing")
        breathing.reject_unknown({"any_words", "doubtful_words", "mimics", "never",
                                  "certain_beside"})
        certain_beside = Fields(breathing.mapping("certain_beside", optional=True),
                                f"{FILE}: confirmed_with_over_breathing: certain_beside")
        self._known(breathing, "certain_beside", certain_beside.data)
        kept_certain = tuple((target, self._known(certain_beside, target,
                                                  certain_beside.texts(target)))
                             for target in certain_beside.data)
        over_breathing_words = {
            key: tuple(self._expanded(breathing, key)) for key in ("mimics", "never")}
        over_breathing = {key: self._known(breathing, key, breathing.texts(key)) for key in
                          ("any_words", "doubtful_words")}
        beside = Fields(top.mapping("stated_beside", optional=True), f"{FILE}: stated_beside")
        self._known(top, "stated_beside", beside.data)
        stated_beside = tuple((target, self._known(beside, target, beside.texts(target)))
                              for target in beside.data)
        apart = Fields(top.mapping("not_taken_beside", optional=True), f"{FILE}: not_taken_beside")
        apart.reject_unknown({"finding", "beside", "unless", "said_first"})
        apart_finding = apart.text("finding", optional=True) or None
        self._known(apart, "finding", [apart_finding] if apart_finding else [])
        apart_beside = Fields(apart.mapping("beside", optional=True),
                              f"{FILE}: not_taken_beside: beside")
        self._known(apart, "beside", apart_beside.data)
        apart_words = {str(n): self._expanded(apart_beside, str(n)) for n in apart_beside.data}
        apart_unless = self._expanded(apart, "unless", optional=True)
        changed = Fields(top.mapping("not_taken_when_changed", optional=True),
                         f"{FILE}: not_taken_when_changed")
        changed.reject_unknown({"findings", "words", "instead"})
        unchanged = self._known(changed, "findings", changed.texts("findings", optional=True))
        changed_words = self._expanded(changed, "words", optional=True)
        instead = changed.text("instead", optional=True) or None
        self._known(changed, "instead", [instead] if instead else [])
        told = Fields(top.mapping("history"), f"{FILE}: history")
        told.reject_unknown({"past", "distant", "not_distant", "recent", "cleared", "returned",
                             "findings", "habit", "over"})
        history = {name: self._expanded(told, name)
                   for name in ("past", "distant", "not_distant", "recent", "cleared",
                                "returned")}
        history.update({name: self._expanded(told, name, optional=True)
                        for name in ("habit", "over")})
        history_findings = self._known(told, "findings", told.texts("findings"))
        undone_words = self._expanded(top, "figures_undone", optional=True)
        timing = Fields(top.mapping("timing_yes", optional=True), f"{FILE}: timing_yes")
        timing.reject_unknown({"words", "denied"})
        timing_yes = {name: self._expanded(timing, name, optional=True)
                      for name in ("words", "denied")}
        paced_elsewhere = self._expanded(top, "paced_elsewhere", optional=True)
        timed_elsewhere = self._expanded(top, "timed_elsewhere", optional=True)
        worsened_suddenly = self._expanded(top, "worsened_suddenly", optional=True)
        figures, past = (_listed_by_findings(top, name) for name in ("figures", "past"))
        worries = _listed_by_findings(top, "worries")
        cleared = _listed_by_findings(top, "cleared")
        worries_undone = self._expanded(top, "worries_undone", optional=True)
        still_going = self._expanded(top, "still_going", optional=True)
        states = [self._words(t, top, "states") for t in top.texts("states", optional=True)]
        forms = self._forms()
        others = Fields(top.mapping("someone_else"), f"{FILE}: someone_else")
        others.reject_unknown({"not_screened", "without_a_body", "reach", "own_body", "people",
                               "not_the_speaker",
                               "their_history", "remark_verbs", "remark_signs", "remark_reach"})
        remark_verbs = [self._words(t, others, "remark_verbs")
                        for t in others.texts("remark_verbs")]
        remark_signs = self._known(others, "remark_signs", others.texts("remark_signs"),
                                   kind="class")
        not_the_speaker = [self._words(t, others, "not_the_speaker")
                           for t in others.texts("not_the_speaker")]
        their_history = [self._words(t, others, "their_history")
                         for t in others.texts("their_history")]
        people = [self._words(t, others, "people") for t in others.texts("people")]
        not_screened = [self._words(t, others, "not_screened")
                        for t in others.texts("not_screened")]
        without_a_body = [self._words(t, others, "without_a_body")
                          for t in others.texts("without_a_body", optional=True)]
        if unknown := {w for t in without_a_body for w in t.split()} - {
                w for t in not_screened for w in t.split()}:
            raise KnowledgeError(f"{FILE}: someone_else.without_a_body: not in not_screened: "
                             f"{sorted(unknown)}")
        reach = others.whole_number("reach", 1, 12, " of words")
        own_body = self._known(others, "own_body", others.texts("own_body"), kind="class")
        remark_reach = others.whole_number("remark_reach", 1, 12, " of words")

        complaint = Fields(top.mapping("complaint"), f"{FILE}: complaint")
        complaint.reject_unknown({"feelings", "parts"})
        feelings = [self._words(t, complaint, "feelings") for t in complaint.texts("feelings")]
        parts = self._known(complaint, "parts", complaint.texts("parts"), kind="class")

        def keys(text: str) -> tuple[str, ...]:
            return tuple(forms.get(w, w) for w in text.split())

        def class_keys(names: Iterable[str]) -> frozenset[str]:
            return frozenset(forms.get(w, w) for name in names
                             for member in self.classes[name] for w in member.split())

        shared: dict[frozenset[str], frozenset[str]] = {}

        def book(raw: list[tuple[Any, ...]]) -> PhraseBook:
            # each phrase once: ways of writing it that come to the same words ("can not" and
            # "could not" are both "struggle to") would only be matched, and read, twice over
            return PhraseBook(dict.fromkeys(self._compile(one, forms, shared) for one in raw))

        return Vocabulary(
            forms=forms,
            known=tuple(sorted(w for w in forms if len(w) >= 4)),
            findings=book(raw_findings),
            answers=book(raw_answers),
            requests=book(raw_requests),
            durations=book(raw_durations),
            gap=frozenset(forms.get(w, w) for text in gap for w in text.split()),
            before=tuple(keys(t) for t in word_lists["before"]),
            after=tuple(keys(t) for t in word_lists["after"]),
            pseudo=tuple(keys(t) for t in word_lists["pseudo"]),
            terminators=tuple(keys(t) for t in word_lists["terminators"]),
            new_clause=frozenset(forms.get(w, w) for t in word_lists["new_clause_after_and"]
                                 for w in t.split()),
            hedges=tuple(keys(t) for t in hedges),
            masks=tuple(keys(t) for t in masks),
            onset_answers=onset_answers,
            units={forms.get(unit, unit): days for unit, days in units.items()},
            countries=countries,
            observances=observances,
            dated_without_since=frozenset(
                " ".join(words(t)) for t in top.texts("dated_without_since", optional=True)),
            word_sets=self._word_sets(forms),
            compounds=compounds,
            compound_starts=frozenset(said[0] for said in compounds),
            numbness_words=frozenset(forms.get(w, w) for t in numbness_words for w in t.split()),
            numbness_findings=numbness_findings,
            dated_by=frozenset(forms.get(w, w) for t in dated_by for w in t.split()),
            building=tuple(keys(t) for t in building),
            hedged_denials=tuple(keys(t) for t in hedged_denials),
            knowledge_limits=tuple(keys(t) for t in knowledge_limits),
            not_knowing=tuple(keys(t) for t in not_knowing),
            word_doubts=tuple(keys(t) for t in word_doubts),
            noticed_untimed=tuple(keys(t) for t in noticed_untimed),
            asked_about_before=tuple(keys(t) for t in asked_about["before"]),
            asked_about_after=tuple(keys(t) for t in asked_about["after"]),
            double_negatives=tuple(keys(t) for t in double_negatives),
            said_whole=tuple(keys(t) for t in said_whole),
            seen_by_others=seen,
            told_after_a_denial=told_after,
            upper_body=frozenset(forms.get(w, w) for name in ("face", "arm", "hand")
                                 for member in self.classes.get(name, ()) for w in member.split()),
            stated_when_sudden=sudden_findings,
            stated_after_a_time=timed_findings,
            times_of_change=tuple(keys(t) for t in times_of_change),
            confirmed_after_position=after_position,
            passed=tuple(keys(t) for t in passed),
            stated_beside=stated_beside,
            not_taken_when_changed=unchanged,
            not_taken_beside=apart_finding,
            not_taken_beside_words=tuple(
                (n, frozenset(forms.get(w, w) for t in texts for w in t.split()))
                for n, texts in apart_words.items()),
            not_taken_beside_unless=tuple(keys(t) for t in apart_unless),
            not_taken_beside_after=self._known(apart, "said_first",
                                               apart.texts("said_first", optional=True)),
            changed_instead=instead,
            changed_words=tuple(keys(t) for t in changed_words),
            figures=figures,
            past=past,
            cleared=cleared,
            worries=worries,
            worries_undone_by=tuple(keys(t) for t in worries_undone),
            since_an_event=_since_an_event(top),
            still_going_by=tuple(keys(t) for t in still_going),
            history_past=tuple(keys(t) for t in history["past"]),
            history_distant=tuple(keys(t) for t in history["distant"]),
            history_not_distant=tuple(keys(t) for t in history["not_distant"]),
            history_recent=tuple(keys(t) for t in history["recent"]),
            history_cleared=tuple(keys(t) for t in history["cleared"]),
            history_returned=tuple(keys(t) for t in history["returned"]),
            history_habit=tuple(keys(t) for t in history["habit"]),
            history_over=tuple(keys(t) for t in history["over"]),
            history_findings=history_findings,
            timing_yes=tuple(keys(t) for t in timing_yes["words"]),
            timing_yes_denied=tuple(keys(t) for t in timing_yes["denied"]),
            paced_elsewhere=tuple(keys(t) for t in paced_elsewhere),
            timed_elsewhere=tuple(keys(t) for t in timed_elsewhere),
            worsened_suddenly=tuple(keys(t) for t in worsened_suddenly),
            figures_undone_by=tuple(keys(t) for t in undone_words),
            confirmed_with_over_breathing=over_breathing["any_words"],
            confirmed_with_over_breathing_if_doubtful=over_breathing["doubtful_words"],
            over_breathing_mimics=tuple(keys(t) for t in over_breathing_words["mimics"]),
            over_breathing_never=tuple(keys(t) for t in over_breathing_words["never"]),
            over_breathing_certain_beside=kept_certain,
            states=frozenset(forms.get(w, w) for t in states for w in t.split()),
            third_person=frozenset(forms.get(w, w) for w in _THIRD_PERSON),
            not_screened=_with_possessive(forms, not_screened),
            not_screened_reach=reach,
            without_a_body=_with_possessive(forms, without_a_body),
            own_body=class_keys(own_body),
            complaint_feelings=frozenset(forms.get(w, w) for t in feelings for w in t.split()),
            not_the_complaint=class_keys(set(own_body) - set(parts)) - class_keys(parts),
            legs=frozenset(forms.get(w, w) for member in self.classes["legs_only"]
                           for w in member.split()),
            first_person=frozenset(forms.get(w, w) for w in _PERSONS),
            people=_with_possessive(forms, people),
            not_the_speaker=tuple(keys(t) for t in not_the_speaker),
            their_history=frozenset(forms.get(w, w) for t in their_history for w in t.split()),
            remark_verbs=frozenset(forms.get(w, w) for t in remark_verbs for w in t.split()),
            remark_reach=remark_reach,
            remark_signs=class_keys(remark_signs) | frozenset(
                forms.get(w, w) for t in feelings for w in t.split()),
        )

    # -- reading the file -----------------------------------------------------------------------

    def _known(self, fields: Fields, name: str, ids: Iterable[str],
               kind: str = "finding") -> frozenset[str]:
        """The ids given under `name`, each checked to be one of the file's findings (or, of
        `kind` "class", its word classes): a misspelt id would otherwise match nothing."""
        known = self.classes if kind == "class" else self.top.mapping("findings")
        given = frozenset(ids)
        unknown = sorted(given - set(known))
        if unknown:
            raise fields.fail(name, f"has {', '.join(unknown)}: no such {kind}")
        return given

    def _word_sets(self, forms: Mapping[str, str]) -> dict[str, frozenset[str]]:
        """`word_sets`: each name the reader uses (WORD_SETS), each word one word, no name
        missing or unknown."""
        sets = Fields(self.top.mapping("word_sets"), f"{FILE}: word_sets")
        sets.reject_unknown(WORD_SETS)
        found: dict[str, frozenset[str]] = {}
        for name in sorted(WORD_SETS):
            given = sets.texts(name)
            for text in given:
                if len(words(text)) != 1:
                    raise sets.fail(name, f"has {text!r}; a word set holds single words")
            found[name] = frozenset(
                w if name in RAW_WORD_SETS else forms.get(w, w) for t in given for w in words(t))
        # the words that open a clause of its own after a negative said whole: a subject
        # (`clause_subjects`) or a possessive that opens one ("my face is drooping"); derived
        # here so each word has one home (round 24, docs/clinical-safety.md 5zx b)
        found["own_subjects"] = found["clause_subjects"] | found["possessives"]
        # ...and the words a past, cleared stretch starts at: those, or a determiner (5zy)
        found["history_subjects"] = found["own_subjects"] | found["history_determiners"]
        return found

    def _words(self, text: str, fields: Fields, name: str) -> str:
        said = " ".join(words(text))
        if not said or "," in said.split():
            raise fields.fail(name, f"has {text!r}, which has no words to match")
        self.literal_words.update(w for w in said.split())
        return said

    def _phrase_words(self, text: str, fields: Fields, name: str) -> list[tuple[str, ...]]:
        """A phrase's slots as written: alternatives and classes still as words."""
        slots: list[tuple[str, ...]] = []
        for token in text.lower().split():
            if token.startswith("{") and token.endswith("}"):
                members = self.classes.get(token[1:-1])
                if members is None:
                    raise fields.fail(name, f"has {text!r}: no word class {token}")
                slots.append(tuple(w for m in members for w in m.split()[:1]))
                continue
            options = []
            for option in token.split("|"):
                said = words(option)
                if len(said) != 1:
                    # "can't" is two words once spelt out: it becomes two slots, not one.
                    if "|" in token or not said:
                        raise fields.fail(name, f"has {text!r}: {option!r} is not one word")
                    slots.extend((w,) for w in said)
                    options = []
                    break
                options.append(said[0])
            if options:
                slots.append(tuple(options))
        if not slots:
            raise fields.fail(name, f"has {text!r}, which has no words to match")
        slots = [_as_anyone(slot) for slot in slots]
        self.literal_words.update(w for slot in slots for w in slot)
        return slots

    def _raw(self, target: str, text: str, certain: bool, locales: Iterable[str],
             fields: Fields, name: str, denies: bool = False,
             mention: bool = False, explains: bool = False,
             idiom: bool = False, loose: bool = False) -> list[tuple[Any, ...]]:
        """One compiled phrase for each way the text can be said: "(gave way|gave out)" is
        a choice of several words, like the carrier templates'."""
        return [(target, self._phrase_words(variant, fields, name), certain, frozenset(locales),
                 text, denies, mention, explains, idiom, loose)
                for variant in _expand(self._constructed(text, fields, name), fields, name,
                                       slots=True)]

    def _constructed(self, text: str, fields: Fields, name: str) -> str:
        """The phrase with each <construction> spelt out as its choice of ways ("<lose
        feeling> {groin}" is "(can not feel|lose feeling|...) {groin}")."""
        def spelt(found: re.Match[str]) -> str:
            way = self.constructions.get(found.group(1))
            if way is None:
                raise fields.fail(name, f"has {text!r}: no construction <{found.group(1)}>")
            return way
        return re.sub(_CONSTRUCTION, spelt, text) if "<" in text else text

    def _finding_phrases(self) -> list[tuple[Any, ...]]:
        raw = []
        for finding, entry in self.top.mapping("findings").items():
            where = f"{FILE}: findings '{finding}'"
            if finding not in self.kb.questions_by_id:
                raise KnowledgeError(f"{where}: no such question in questions.yaml")
            if self.kb.question(str(finding)).kind != "yes_no":
                raise KnowledgeError(f"{where}: only yes-or-no questions can be findings")
            fields = Fields(entry, where)
            fields.reject_unknown({"phrases", "doubtful", "mentions", "denied", "explained",
                                   "idioms", "figures", "past", "worries", "cleared", "loose",
                                   "locales"})
            for text in fields.texts("phrases"):
                raw += self._raw(finding, text, True, (), fields, "phrases")
            for text in fields.texts("doubtful", optional=True):
                raw += self._raw(finding, text, False, (), fields, "doubtful")
            for text in fields.texts("denied", optional=True):
                raw += self._raw(finding, text, True, (), fields, "denied", denies=True)
            for text in fields.texts("explained", optional=True):
                raw += self._raw(finding, text, True, (), fields, "explained", denies=True,
                                 explains=True)
            for text in fields.texts("mentions", optional=True):
                raw += self._raw(finding, text, False, (), fields, "mentions", mention=True)
            for text in fields.texts("loose", optional=True):
                raw += self._raw(finding, text, False, (), fields, "loose", mention=True,
                                 loose=True)
            for name in ("idioms", "figures", "past", "worries", "cleared"):
                for text in fields.texts(name, optional=True):
                    raw += self._raw(finding, text, False, (), fields, name, idiom=True)
            for locale, texts in fields.mapping("locales", optional=True).items():
                if locale not in LOCALES:
                    raise fields.fail("locales", f"has {locale!r}; expected one of "
                                      f"{', '.join(LOCALES)}")
                local = Fields({"phrases": texts}, f"{where}: locales '{locale}'")
                for text in local.texts("phrases"):
                    raw += self._raw(finding, text, True, (locale,), local, "phrases")
        return raw

    def _answers(self) -> tuple[list[Any], list[Any], dict[str, str], dict[str, float],
                                dict[str, str], dict[str, str]]:
        answers = Fields(self.top.mapping("answers"), f"{FILE}: answers")
        answers.reject_unknown({*ANSWERS, "onset", "side", "onset_answers", "countries",
                                "observances", "duration_units", "duration_words"})
        raw = [phrase for value in ANSWERS for text in answers.texts(value)
               for phrase in self._raw(value, text, True, (), answers, value)]
        for kind, values in (("onset", ONSET_VALUES), ("side", SIDE_VALUES)):
            group = Fields(answers.mapping(kind), f"{FILE}: answers '{kind}'")
            group.reject_unknown(values)
            raw += [phrase for value in values for text in group.texts(value)
                    for phrase in self._raw(f"{kind}:{value}", text, True, (), group, value)]
        onset_question = self.kb.questions_by_id.get("onset")
        mapping = Fields(answers.mapping("onset_answers"), f"{FILE}: answers 'onset_answers'")
        mapping.reject_unknown(ONSET_SPEEDS)
        allowed = onset_question.answers if onset_question else ()
        onset_answers = {value: mapping.choice(value, allowed) for value in ONSET_SPEEDS}
        unit_fields = Fields(answers.mapping("duration_units"), f"{FILE}: answers 'duration_units'")
        units = {str(unit): unit_fields.number(str(unit)) for unit in unit_fields.data}
        if not units or any(days <= 0 for days in units.values()):
            raise answers.fail("duration_units", "must give each unit a positive number of days")
        group = Fields(answers.mapping("duration_words"), f"{FILE}: answers 'duration_words'")
        group.reject_unknown(DURATION_BUCKETS)
        durations = [phrase for bucket in DURATION_BUCKETS for text in group.texts(bucket)
                     for phrase in self._raw(f"duration:{bucket}", text, True, (), group,
                                             bucket)]
        countries_fields = Fields(answers.mapping("countries"), f"{FILE}: answers 'countries'")
        countries_fields.reject_unknown(LOCALES)
        countries = {locale: countries_fields.text(locale) for locale in LOCALES}
        kept = Fields(answers.mapping("observances"), f"{FILE}: answers 'observances'")
        observances: dict[str, dict[str, tuple[str, ...]]] = {}
        for name in kept.data:
            by_locale = kept.data[name]
            if not isinstance(by_locale, Mapping):
                by_locale = {"*": by_locale}
            else:  # a day that differs by locale (the clocks changing)
                Fields(by_locale, f"{FILE}: answers 'observances' '{name}'").reject_unknown(
                    LOCALES)
            where = Fields({locale: rule if isinstance(rule, list) else [rule]
                            for locale, rule in by_locale.items()},
                           f"{FILE}: answers 'observances' '{name}'")
            rules = {str(locale): tuple(where.texts(str(locale))) for locale in where.data}
            for rule in (r for found in rules.values() for r in found):
                if not re.fullmatch(_OBSERVANCE, rule):
                    raise kept.fail(str(name), f"has {rule!r}; expected MM-DD, easter+N or MM-XXN "
                                    "(a weekday's first two letters and which one, L the last)")
            observances[" ".join(words(str(name)))] = rules
        return raw, durations, onset_answers, units, countries, observances

    # -- compiling ------------------------------------------------------------------------------

    def _forms(self) -> dict[str, str]:
        """Each listed word, and every inflection of its lemma, mapped to that lemma."""
        from lemminflect import getAllInflections, getAllLemmas

        forms: dict[str, str] = {}
        for word in sorted(self.literal_words):
            forms[word] = _lemma(word, getAllLemmas(word))
        for word, key in sorted(forms.items()):
            if word in _OWN_SENSE:
                forms.setdefault(f"{word}s", word)  # "my back's killing me" heard as "backs"
            if word in _OWN_SENSE or not word.isalpha():
                continue
            for inflections in getAllInflections(key).values():
                for form in inflections:
                    forms.setdefault(form.lower(), key)
        return forms

    @staticmethod
    def _compile(raw: tuple[Any, ...], forms: Mapping[str, str],
                 shared: dict[frozenset[str], frozenset[str]]) -> Phrase:
        """`shared` hands out one object per distinct set of keys: some 2,000 distinct sets
        stand in over 38,000 slots, and each key's phrases in the cache store each object
        once."""
        target, slots, certain, locales, text, denies, mention, explains, idiom, loose = raw

        def one(keys: frozenset[str]) -> frozenset[str]:
            return shared.setdefault(keys, keys)

        keyed = tuple(one(frozenset(forms.get(w, w) for w in slot)) for slot in slots)
        return Phrase(target, keyed, certain, one(locales), text, denies, mention, explains,
                      idiom, loose)


_CAN_NOT = (frozenset({"can", "could"}), ("not",))
# Finding it hard to do a thing: "struggling to lift", "trouble lifting", "difficulty lifting"
# (the "to" between is a gap word; "lifting" meets "lift" by its lemma).
_HARD_TO = ("struggle", "trouble", "difficulty")


def _listed_by_findings(top: Fields, name: str) -> frozenset[str]:
    """Every finding's texts under `name` (its figures, past, worries or cleared), as
    written."""
    return frozenset(str(text) for entry in top.mapping("findings").values()
                     if isinstance(entry, Mapping) for text in entry.get(name, ()))


def _struggle_twins(raw: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Each finding phrase said with "can not", also said with "struggle to", "trouble" or
    "difficulty" in its place ("struggling to lift my foot", "trouble lifting my arm" are read
    as "can not lift my foot" is): finding it hard to do a thing is written once, with "can
    not"."""
    twins = []
    for phrase in raw:
        slots = phrase[1]
        for at in range(len(slots) - 1):
            if set(slots[at]) & _CAN_NOT[0] and tuple(slots[at + 1]) == _CAN_NOT[1]:
                twin = [*slots[:at], _HARD_TO, *slots[at + 2:]]
                twins.append((phrase[0], twin, *phrase[2:4], f"{phrase[4]} (as struggle to)",
                              *phrase[5:]))
                break
    return twins


# A phrase written in the first person is said of someone else too: a carer reports it ("he's
# lost the use of his legs", "she wet herself without knowing", "they won't hold him").
_PERSONS = {"my": ("his", "her", "their", "your"), "myself": ("himself", "herself", "themselves",
                                                              "yourself"),
            "me": ("him", "her", "them"), "i": ("he", "she", "they", "you")}


# the words of _PERSONS that say a thing of someone else: "you" and "your" are no one in
# particular ("you can't feel your legs"), and "they", "them" are as often the legs themselves
# ("I can't lift them", "they won't hold me"), so neither is
_THIRD_PERSON = frozenset(w for others in _PERSONS.values() for w in others
                          if not w.startswith(("you", "the")))


def _with_possessive(forms: dict[str, str], names: list[str]) -> frozenset[str]:
    """The keys of names, and of each as Alexa writes it with an "'s" ("my friends face")."""
    return frozenset(forms.get(w, w) for t in names for name in t.split()
                     for w in (name, f"{name}s"))


def _as_anyone(slot: tuple[str, ...]) -> tuple[str, ...]:
    others = [other for word in slot for other in _PERSONS.get(word, ())]
    return (*slot, *(w for w in others if w not in slot)) if others else slot


# Patterns used only while compiling, kept as text: `re` compiles them on first use, so a cold
# start that loads the compiled vocabulary does not.
_GROUP = r"\(([^()]*)\)"
_CONSTRUCTION = r"<([a-z_ ]+)>"
_OBSERVANCE = (r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(easter|lunar)[+-]\d{1,3}"
               r"|(0[1-9]|1[0-2])-(MO|TU|WE|TH|FR|SA|SU)[1-5L]")
_MAX_VARIANTS = 400


def _expand(text: str, fields: Fields, name: str, slots: bool = False) -> list[str]:
    """Every way a phrase with (a b|c) groups can be said. With `slots` (phrases matched word by
    word), a group of single words standing as a word of its own, "(a|b|c)", is one word out of
    several ("a|b|c"), not three phrases: the compiled vocabulary, read on every cold start,
    stays small."""
    if slots:
        text = re.sub(_GROUP, _one_word_of_several, text)
    match = re.search(_GROUP, text)
    if match is None:
        if "(" in text or ")" in text:
            raise fields.fail(name, f"has {text!r}, whose brackets do not pair")
        return [text]
    out: list[str] = []
    for option in match.group(1).split("|"):
        out += _expand(text[:match.start()] + option + text[match.end():], fields, name, slots)
    if len(out) > _MAX_VARIANTS:
        raise fields.fail(name, f"has {text!r}, which says {len(out)} phrases; split it")
    return out


def _one_word_of_several(group: re.Match[str]) -> str:
    whole = group.string
    alone = ((group.start() == 0 or whole[group.start() - 1] == " ")
             and (group.end() == len(whole) or whole[group.end()] == " "))
    options = group.group(1).split("|")
    if alone and len(options) > 1 and all(
            option and "{" not in option and len(words(option)) == 1 and option == words(option)[0]
            for option in options):
        return "|".join(options)
    return group.group(0)


def _lemma(word: str, lemmas: Mapping[str, tuple[str, ...]]) -> str:
    if word in _OWN_SENSE or not word.isalpha():
        return word
    for upos in _LEMMA_ORDER:
        found = lemmas.get(upos)
        if found:
            return found[0].lower()
    return word


def load_vocabulary(data_dir: Path = DATA_DIR, kb: KnowledgeBase | None = None) -> Vocabulary:
    """Read, validate and compile the vocabulary (raises KnowledgeError naming the entry)."""
    knowledge = kb if kb is not None else default_knowledge()
    return _Builder(load_yaml(data_dir / FILE), knowledge).build()


@cache
def default_vocabulary() -> Vocabulary:
    """The packaged vocabulary, compiled once and cached beside the knowledge base."""
    return cached(DATA_DIR, "understanding", load_vocabulary)
