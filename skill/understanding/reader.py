"""The reader: free speech in, findings and answer values out.

Phrases from the vocabulary are found in the words said, each word compared by its lemma, with a
few gap words allowed between them. Negation follows the NegEx idea: a trigger ("no", "never",
"haven't", "without") before a finding, in the same clause, denies it; so does a word such as
"fine" after it; "but", "although" or a new clause ("... and my back hurts") end a trigger's
reach; look-alikes ("not sure", "no doubt") are not triggers. A hedge ("I think", "a bit") or a
word read only as a near miss (rapidfuzz) makes a finding doubtful, for the skill to confirm.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from skill.understanding.durations import WEEKDAYS, read_duration, spoken_number
from skill.understanding.patterns import lazy_regex
from skill.understanding.text import CLAUSE, words
from skill.understanding.vocabulary import (
    DURATION_BUCKETS,
    MAX_GAP,
    Phrase,
    PhraseBook,
    Vocabulary,
    default_vocabulary,
)

_NEAR_MISS_SCORE = 85  # rapidfuzz ratio (0-100) for a word to count as a misheard known word
_NEAR_MISS_MIN_LENGTH = 5
_POSITIONAL = "positional"  # numbness from a position, which passes on moving
_ASKED_ABOUT_REACH = 4  # words a question about the question's words asks about (5zzi)
_SET_GAP = 1  # answers and requests are set phrases: one gap word at most ("not really sure")
_NEGATION_WINDOW = 6  # words before a finding a trigger may stand (NegEx uses five or six)
# an ability said this many words before a reassurance is its subject ("walking is okay")
_ABILITY_REACH = 3
_RESTATED_REACH = 3  # words a corrective "not" denies before its restatement (38f)
# "right" said as "well" after the words of understanding.yaml `right_as_well_after` is no side
# (round 17, 5zf 17c; round 25, 5zzd 25c); said before one of _A_SIDE_GOES_ON it is a side still
_A_SIDE_GOES_ON = frozenset({"and", "or", "side", "sided", "sides", "one", "ones", "too", "also",
                             "as", "hand", "arm", "half", "only", "just", "is", "more", "than"})
_AFTER_WINDOW = 4
# words after "or anything that|which" a part may start and still be counted from the "or"
_RELATIVE_REACH = 3
# a question asked back about which question is meant (round 19, 5zk class 2): the words that
# may stand before it, those after "the one" that say what it is about, how many words it names
_ASKED_BACK_BEFORE = frozenset({",", "so", "sorry", "wait", "oh", "um", "er", "erm", "and", "hang",
                                "on", "just", "to", "check"})
_ASKED_BACK_ABOUT = frozenset({"about", "for", "on", "with", "asking"})
_ASKED_BACK_REACH = 4
_FLIP_REACH = 2
_MODALS = frozenset({"can", "could"})
_MODAL_REACH = 3  # words after "can not" that it still denies ("can not feel my legs")
_KNOWING = frozenset({"say", "tell", "remember", "recall", "think", "see", "notice", "complain",
                      "claim", "recollect", "believe", "imagine"})
_SUDDEN = frozenset({"sudden", "hours"})  # onset values that say it came on at once
_LONG_LENGTHS = frozenset({"weeks", "months", "years"})  # lengths a pace of days keeps on over
# verbs of saying a sign is not said with ("I wouldn't say I can't feel it": no) (round 14)
_SAYING = frozenset({"say", "claim", "pretend"})
_SAID_OF = frozenset({"that", "there"})
_VERBS_OF_STATE = frozenset({"be", "have", "keep", "feel"})  # "and <thing> is ...": a new clause
_PACE = frozenset({"over", "within", "across", "through", "during"})
_ANAPHORA = frozenset({"it", "they", "that", "this", "those", "these", "both"})
_QUESTION_WORDS = frozenset({"what", "how", "why", "when", "where", "which", "who", "should",
                             "can", "could", "is", "are", "do", "does", "will", "would", "shall"})
_ANSWER_WORDS = frozenset({"no", "nope", "nah", "yes", "yeah", "yep"})
_YES_WORDS = frozenset({"yes", "yeah", "yep", "yup"})
_NO_WORDS = frozenset({"no", "nope", "nah"})
# a weekday as heard plural ("on thursdays": Alexa sends no apostrophe), from the calendar's names
_WEEKDAYS_PLURAL = frozenset(f"{day}s" for day in WEEKDAYS)
_AUXILIARY_QUESTIONS = frozenset({"can", "could", "is", "are", "do", "does", "will", "would",
                                  "shall", "should"})
# Auxiliaries that open an answer only when the carrier took their subject ("it {speech}")
_SUBJECT_TAKEN = frozenset({"was", "were", "did", "has", "had", "does", "is"})
_ASKED_OF = frozenset({"i", "you", "it", "my", "the", "this", "that", "we", "they", "he", "she",
                       "there", "a", "an", "your", "these", "those", "anything", "something",
                       "someone", "anyone", "sciatica", "numbness", "tingling", "diabetes"})
# "When I walk...", "where my sock ends...": the word opens a clause, not a question.
_CLAUSE_OPENERS = frozenset({"when", "where"})
# Words that take back what was just said ("the right, sorry, I mean the left").
_CORRECTIONS = frozenset({"sorry", "mean", "meant", "actually", "correction", "rather", "wait",
                          "oops", "whoops"})
_SUBJECTS = frozenset({"i", "my", "we", "our", "it", "they", "he", "she", "the", "this", "that"})
# Requests that end the session must be the whole of what was said, give or take these words:
# "I have to stop" inside "my calf cramps and I have to stop" is no request to end.
_WHOLE_REQUESTS = frozenset({"stop", "pause"})
# Requests for the pace of speech: said with an answer, both are taken; said with a request the
# question again at that pace answers too ("say that again a bit slower", "slow down, I'm not
# following"), the pace is what was asked for.
_PACE_REQUESTS = frozenset({"slower", "faster", "normal_speed"})
_PACE_COVERS = frozenset({"repeat", "help"})
# Requests that, said first, stand beside the reason given after them (30a); help too, beside
# not knowing (phr40, round 40, 5zzzzk 40f)
_OPENING_REQUESTS = _PACE_REQUESTS | {"repeat", "help"}
# How a cause is treated or eased, asked with a question word just before its words after the
# cause is named ("the diabetes nerve thing, how do they treat that"): phr39, 5zzzzh 39c
_ASKED_AFTER_REQUESTS = frozenset({"treatment", "self_care"})
_ASKED_AFTER_REACH = 3  # words from the question word to the request's own words
# Words that say the person is finding the answer: a moment asked for with them is no pause.
_STILL_ANSWERING = frozenset({"think", "check", "look", "remember", "recall", "see", "ask",
                              "feel", "try"})
_REQUEST_FILLERS = frozenset({"please", "want", "to", "can", "could", "would", "we", "let", "us",
                              "you", "need", "now", "thanks", "thank", "like", "i", "me", "for",
                              "today", "here", "the", "this", "it", "all", "just", "have", "got",
                              "go", "ok", "okay", "alexa", "leg", "check", "questions", "question",
                              "think", "will", "shall", "be", "do", "with", "that", "is", "am",
                              "tired", "done", "bored", "anyway", "right", "ta", "cheers",
                              "sorry", "then", "mate", "love", "dear", "there", "bit", "a"})
# Words before an answer that do not stop it being the answer ("well, yes", "oh no"; "it keeps
# swapping sides": "keep" says how often, not what).
_OPENERS = frozenset({"keep", "well", "oh", "um", "erm", "er", "uh", "hmm", "ah", "so", "like",
                      "okay", "ok", "alright", "right", "honestly", "actually", "and", ",",
                      "absolutely", "really", "totally", "completely", "just", "very", "quite",
                      "genuinely", "frankly", "truly", "i", "think", "guess", "reckon", "suppose",
                      "am", "be", "have", "do", "it", "that", "there", "not", "then", "now"})
# "I am", "it does": a whole answer on its own, but only the start of a longer sentence.
_AUXILIARIES = frozenset({"i", "am", "be", "have", "do", "it", "they", "there", "we", "he",
                          "she", "not"})


# A walking aid named in a clause of its own (5z): its length is the aid's, not the numbness's,
# unless the clause names a feeling of the complaint (understanding.yaml `word_sets`:
# walking_aids, feelings_of_the_complaint) or a finding other than the aid's own weakness
_AID_FINDINGS = frozenset({"leg_weakness"})
# 20a (round 20, clinic20, docs/clinical-safety.md 5zo): findings of the skin of the foot or leg,
# found or seen rather than felt ("tonight I found a cut on my toe", "this morning I saw a sore on
# my heel"): a clause that names only these, and of the numbness's words only a part of the body
# ("toe", "foot"), dates the wound, not how long the numbness has lasted or how fast it came.
# A rash said alone keeps its clause (shingles' rash and tingling often share one time); a
# blister, read as a wound and a rash, does not.
_WOUNDS = frozenset({"foot_wound", "foot_sore"})
_FOUND_ON_THE_SKIN = _WOUNDS | {"rash"}
_BODY_PARTS = frozenset({"ankle", "calf", "foot", "knee", "leg", "shin", "thigh", "toe"})


class Finding(NamedTuple):
    """Something read about a finding: present or denied, certain or doubtful, and the words."""

    id: str
    present: bool
    certain: bool
    words: str
    vague: bool = False  # a word that only touches on it ("my bladder"), not a statement of it


class Reading(NamedTuple):
    findings: tuple[Finding, ...] = ()
    answer: str | None = None  # yes, no or unsure
    onset: str | None = None  # sudden, hours, days, gradual
    side: str | None = None  # one_leg, both_legs
    duration: str | None = None  # how long the numbness has lasted: hours, days, weeks, months
    # False when the duration came from a vague word alone ("today", "ages"): good as an answer
    # to "how long?", not enough to record a duration said out of turn.
    duration_stated: bool = False
    # The longest length said about anything ("I've leaked for ten years"): it times a red flag
    # said with it, but is the numbness's duration only when said of the numbness.
    length: str | None = None
    length_stated: bool = False
    request: str | None = None  # what was asked for (vocabulary.REQUESTS)
    question: bool = False  # said as a question ("how do you treat sciatica")
    paced: bool = False  # a length of time said as how fast it came on ("over a few days")
    unknown_word: bool = False  # a long word the vocabulary does not know (a name, perhaps)
    building: bool = False  # said as building up ("weaker and weaker", "week on week")
    built_over: str | None = None  # the length its pace implies ("weaker each week": weeks)
    # building said as a comparison ("weaker every week", "weaker than when it started"): it
    # has got worse over that time, not only been there
    worsening: bool = False
    # a "no" said only with a doubt ("probably not", "not that I know of"), with no plain no or
    # denial beside it: at a red-flag question, checked once rather than taken as a firm no
    hedged_no: bool = False
    # a "no" said only as the limit of what the speaker knows ("not that I know of"): firm of
    # oneself, checked once of someone else (review6 N3)
    known_no: bool = False
    # a "no" said of the whole of what was asked ("none of those", "neither"): to a grouped
    # question, a firm no even beside a loose denial of one of its parts (round 14)
    denied_all: bool = False
    # said of another person's body or signs as the one screened ("my mum's leg went numb"): a
    # carer speaking
    of_another: bool = False
    # the signs told are disowned by the speaker ("not me", "mine are fine"): at the opening a
    # carer saying whose they are, in a screening already about the speaker their own "no"
    disowned: bool = False
    # the complaint itself is said (numbness or tingling of the legs, or of no other part)
    complaint: bool = False
    # said as new or worse within about a week ("much worse", "worse since the weekend", "last
    # week"), or a yes for one sign beside a no for another ("the weakness yes, the leak no"):
    # a yes to a timing question that asks "did it start, or get clearly worse" (rule 3)
    timing_yes: bool = False
    # noticing said as when it was found, not how fast it came ("I just noticed it one day")
    noticed: bool = False
    # "not sure", "can't tell", "dunno" said in words of its own, and the answer is not sure
    not_knowing: bool = False
    # a sudden worsening said after a slow start ("slowly, then suddenly much worse"): the
    # onset is sudden, whatever length is said as its pace (rule 3; round 28, 5zzr 28a)
    worsened_suddenly: bool = False
    # a pace or a repeat asked for first, with the reason for it said after ("please slow down,
    # I'm a bit panicky"): the request stands; a red flag's sign in the reason is still taken
    # (phr30, round 30, 5zzx 30a)
    reason_after: bool = False
    # how a cause is treated asked after other words, with a question word just before it
    # ("if it is the diabetes nerve thing, how do they treat that"), when no request stands:
    # with a cause named after the screening, that cause's treatment (phr39, round 39, 5zzzzh
    # 39c); during it, nothing changes
    asked_after: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.findings or self.answer or self.onset or self.side or self.duration
                    or self.request or self.timing_yes)

    def present(self, certain: bool | None = None) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings
                     if f.present and (certain is None or f.certain == certain))

    def denied(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.present)


class _Match(NamedTuple):
    phrase: Phrase
    start: int
    end: int  # one past the last word
    positions: frozenset[int]


class _Past(NamedTuple):
    """A stretch said as past and then cleared (`Reader._history`): whether it holds a marker of
    the distant past, and the words between each habit and the end said of it at its end."""
    stretch: frozenset[int]
    distant: bool
    habit_gaps: tuple[frozenset[int], ...]


class Reader:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        # Look-ups by first word, so a reading tries only sequences that can start where it is.
        self._sequences = {id(group): _sequence_index(group) for group in
                           (vocabulary.before, vocabulary.after, vocabulary.pseudo,
                            vocabulary.terminators, vocabulary.hedges, vocabulary.masks,
                            vocabulary.building, vocabulary.hedged_denials,
                            vocabulary.knowledge_limits, vocabulary.not_knowing,
                            vocabulary.word_doubts,
                            vocabulary.noticed_untimed, vocabulary.double_negatives,
                            vocabulary.asked_about_before, vocabulary.asked_about_after,
                            vocabulary.said_whole,
                            vocabulary.passed, vocabulary.not_the_speaker,
                            vocabulary.still_going_by,
                            vocabulary.over_breathing_mimics,
                            vocabulary.over_breathing_never, vocabulary.changed_words,
                            vocabulary.times_of_change, vocabulary.figures_undone_by,
                            vocabulary.worries_undone_by,
                            vocabulary.timing_yes, vocabulary.timing_yes_denied,
                            vocabulary.paced_elsewhere, vocabulary.worsened_suddenly,
                            vocabulary.timed_elsewhere,
                            vocabulary.history_past,
                            vocabulary.history_distant, vocabulary.history_not_distant,
                            vocabulary.history_recent, vocabulary.history_cleared,
                            vocabulary.history_returned, vocabulary.history_habit,
                            vocabulary.history_over, vocabulary.not_taken_beside_unless)}
        self._triggers = frozenset(t[0] for t in vocabulary.before if len(t) == 1)
        self._stops = frozenset(t[0] for t in vocabulary.terminators if len(t) == 1)
        # words a phrase's words may have between them ("my legs have just given way")
        self._passable = vocabulary.gap | self._triggers

    def read(self, text: str | None, locale: str = "en-US", today: date | None = None) -> Reading:
        """Everything the words say. Never raises; nothing readable gives an empty reading."""
        if not isinstance(text, str) or not text.strip():
            return Reading()
        # compounds twice: one may leave a word that opens another ("numbness is there between
        # the legs": "between", then "between the legs"; round 24, 5zz 24c)
        said = self._reassurance_carried(self._carried_answer(self._compounds(self._compounds(
            self._without_s(self._habitual_days(self._dropped_g(words(text))))))))
        keys = self._legs_said_again(tuple(self.vocabulary.key(w) for w in said))
        self._keys = keys
        self._said = said
        reading = self._read(said, keys, locale, today, near_miss=False)
        if not reading.findings and any(w not in self.vocabulary.forms for w in said):
            near = self._near_misses(said)
            if near is not None:
                near = self._legs_said_again(near)
                self._keys = near
                nearer = self._read(said, near, locale, today, near_miss=True)
                if nearer.findings or reading.empty:
                    reading = nearer
        return reading

    def _carried_answer(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A short answer whose subject Alexa's carrier took is read with it put back: "it was,
        but it's fine now" arrives as "was but it is fine now", "it has, but it's better now"
        as "but it is better now". An auxiliary first with no subject after it asks nothing (a
        question has its subject after it: "was it my back"), so its subject was "it"; words
        that open on "but" and say something passed ("but it's gone now") had their "it was"
        before them. A sign that came and went is still a sign (docs/clinical-safety.md 5f,
        8f): the answer is a yes, as "yes, but it's fine now" is."""
        if not said:
            return said
        if said[0] in _SUBJECT_TAKEN and (len(said) == 1 or said[1] not in _ASKED_OF):
            return ("it", *said)
        if said[0] == "but" and self._spans(tuple(self.vocabulary.key(w) for w in said),
                                            self.vocabulary.passed):
            return ("it", "was", *said)
        return said

    def _reassurance_carried(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A reassurance carried by "too" to the next thing named ("my breathing's fine,
        swallowing too", "breathing is okay, my swallowing as well") is said of that thing as
        well: the reassuring word is put after it ("swallowing fine too"). Only a word of
        reassurance (`carried_reassurances`) is carried, and only to one thing (a possessive
        before it allowed) ending the turn or its clause: a sign so carried ("my breathing's
        hard, swallowing too") is read as before (phr41, round 41, 5zzzzn 41e)."""
        sets = self.vocabulary.word_sets
        reassuring, carriers = sets["carried_reassurances"], sets["reassurance_carried_by"]
        out = list(said)
        at = 0
        while at < len(out):
            if out[at] not in reassuring:
                at += 1
                continue
            thing = at + 1 + (at + 1 < len(out) and out[at + 1] == CLAUSE)
            thing += thing < len(out) and out[thing] in sets["possessives"]
            carrier = thing + 1
            # "too", "also", or "as well"
            length = 2 if out[carrier:carrier + 2] == ["as", "well"] else int(
                carrier < len(out) and out[carrier] in carriers)
            end = carrier + length
            if (length and thing < len(out) and out[thing] not in reassuring | {CLAUSE}
                    and (end == len(out) or out[end] in (CLAUSE, "and"))):
                out.insert(carrier, out[at])
            at += 1
        return tuple(out)

    def _legs_said_again(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """ "They" after the legs, with no one else nor another part named between, is the
        legs: "my legs have been numb for weeks, this week they started giving way" (review7
        O6). Not in a comparison ("weaker than they were"), which its own phrases read."""
        vocab = self.vocabulary
        if "they" not in keys:
            return keys
        out = list(keys)
        legs = None
        for at, key in enumerate(keys):
            if key in vocab.legs:
                legs = key
            elif key in vocab.people or key in vocab.third_person or key in vocab.not_screened \
                    or key in vocab.own_body:
                # ...nor after another part named since ("my thighs and my back passage feel
                # like they've had a local": the parts said last, round 12)
                legs = None
            elif key == "they" and legs is not None and (
                    at == 0 or keys[at - 1] not in _COMPARING):
                out[at] = legs
        return tuple(out)

    def _habitual_days(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A weekday said as a habit ("I curl on Thursdays", "every Monday") is "weekly": what
        is done each week dates nothing, where "since Thursday" would date the numbness days
        back, a sudden start (round 34, clinic34, 5zzzp 34p). Before `_without_s`, which would
        make the plural the day; a plural counted back ("two Sundays ago") is left a date."""
        sets = self.vocabulary.word_sets
        out = list(said)
        for at, word in enumerate(said):
            after = said[at + 1] if at + 1 < len(said) else ""
            # ...nor one said after "since" ("since Sunday's game", heard "since sundays game"):
            # the day's possessive, a date (phr36, round 36, 5zzzx 36b)
            plural = word in _WEEKDAYS_PLURAL and after not in sets["counted_back_ends"] \
                and (at == 0 or said[at - 1] not in sets["dating_a_day"])
            every = word in WEEKDAYS and at > 0 \
                and said[at - 1] in sets["habit_openers"]
            if plural or every:
                out[at] = "weekly"
        return tuple(out)

    def _dropped_g(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A word said or written with its final "g" dropped ("droopin", "talkin funny",
        "creepin up", "gettin worse") is the "-ing" word, when the vocabulary does not know it
        as said and knows it with the "g" (round 28, safety28, 5zzo 28a): dialect and speech
        written as heard, read as the words they are. Five letters at least, so "thin" is
        never "thing"."""
        forms = self.vocabulary.forms
        if not any(w.endswith("in") for w in said):
            return said
        return tuple(f"{w}g" if len(w) >= 5 and w.endswith("in") and w not in forms
                     and f"{w}g" in forms else w for w in said)

    def _without_s(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A known word heard with an "s" the vocabulary does not know is that word: Alexa's
        words come without the apostrophe of "is" or "has" ("my breathings fine", "toilets a
        problem"), which a gap word stands for."""
        forms = self.vocabulary.forms
        if any(w not in forms and w.endswith("s") for w in said):
            said = tuple(w[:-1] if w not in forms and len(w) > 3 and w.endswith("s")
                         and w[:-1] in forms else w for w in said)
        return self._is_heard(said)

    def _is_heard(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """A noun's "'s" heard as a plural before a word that follows "is" ("the casts too
        tight", "my shins rock hard"): the noun and its "is", so phrases that say "is" meet it."""
        if not any(w in _AFTER_IS for w in said[1:]):
            return said
        key = self.vocabulary.key
        out: list[str] = []
        for w, nxt in zip(said, (*said[1:], ""), strict=True):
            out.append(w)
            if nxt in _AFTER_IS and len(w) > 3 and w.endswith("s") and key(w) == w[:-1]:
                out.append("is")
        return tuple(out)

    def _compounds(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """Words that name one thing together read as that thing ("butt cheek" is a buttock,
        not a cheek of the face)."""
        compounds = self.vocabulary.compounds
        if not compounds or not any(w in self.vocabulary.compound_starts for w in said):
            return said
        out: list[str] = []
        at = 0
        while at < len(said):
            for size in (4, 3, 2):
                name = compounds.get(said[at:at + size])
                if name is not None:
                    out.extend(name.split())
                    at += size
                    break
            else:
                out.append(said[at])
                at += 1
        return tuple(out)

    # -- the reading ---------------------------------------------------------------------------

    def _read(self, said: Sequence[str], keys: Sequence[str], locale: str, today: date | None,
              near_miss: bool) -> Reading:
        vocab = self.vocabulary
        # "Can't say I don't", "wouldn't say no to", "not not": a negation undone by another
        # denies nothing; its words are read as a look-alike of a trigger (round 13)
        undone = self._undone(keys)
        looks = [*self._spans(keys, vocab.pseudo), *undone]
        masked = frozenset().union(*looks)
        all_triggers = self._spans(keys, vocab.before)
        if len(keys) > 1 and keys[0] == "not" and keys[1] in _YES_WORDS:
            # "Yes, but no cancer, never": the "never" said last, carried as "not ..." before
            # the yes; nobody says "not yes", so it denies nothing the yes is said with.
            all_triggers = [t for t in all_triggers if 0 not in t]
        # "Not me, my wife, her face is drooping": "not me" denies whose the signs are, never
        # the signs (review7 R1), so its "not" negates nothing after it
        all_triggers = [t for t in all_triggers if not any(
            min(t) == min(span) for span in self._spans(keys, vocab.not_the_speaker))]
        # "It's for me, not my husband, my face dropped": "not <someone>" says whose, never
        # whether, and Alexa's carrier drops the comma after it (review8 O0b)
        all_triggers = [t for t in all_triggers if not self._not_someone(t, keys)]
        # "left no wait right the right leg went cold": a "no" that corrects the word before it
        # denies nothing after it (round 18, 5zg 18c)
        all_triggers = [t for t in all_triggers if not self._correcting(t, keys)]
        triggers = [m for m in all_triggers if not (m & masked)
                    and not self._denial_said_alone(m, keys)]
        # "my bladder is not normal": an assuring word said with "not" denies nothing (O-1)
        afters = [m for m in self._spans(keys, vocab.after) if not (m & masked)
                  and not (keys[min(m)] in vocab.word_sets["norms"]
                           and self._after_not(keys, min(m)))]
        hedges = self._of_the_thing(keys, self._spans(keys, vocab.hedges))
        bounds = self._clause_bounds(keys)
        answer_spans = self._answer_spans(keys)
        # a carer's bare "no" then another person's sign said plainly now ("no his face is
        # drooping", "nah mum's arm is weak"): the no answers alone and denies nothing told
        # after it; the words read whose answer it is as before (round 25, 5zzb)
        carers_no = self._carers_no(keys, said, triggers)

        # Words in a set phrase ("crept up on me", "go back") say nothing about a finding.
        masks = frozenset().union(*self._set_phrases(keys)) | self._asked_back(keys)
        if not self._spans(keys, vocab.not_knowing):
            # ...and the words a question about the question asks about, unless "not sure" is
            # said with it: the doubt answers, and the sign is asked about (rule 3; 5zzi)
            masks |= self._asked_about(keys)
        # An answer word standing alone ("no, I can feel down there") answers: it does not
        # begin a finding's words ("no feeling down there").
        # Nor does a finding's phrase take its "not" from a new clause ("both legs, and it
        # hasn't moved up": the legs and "not moved" are two things said, not legs that can not
        # move); "the right, and it seems colder" is still a cold leg.
        joins = self._joins(keys)
        # ...nor across a corrective contrast ("not a twinge it is unbearable": "twinge ...
        # unbearable"): what is denied and what is restated are read apart (38f, as amended at
        # round 38's merge)
        restated = self._restated_after_not(keys)
        answer_matches = self._find(keys, vocab.answers, locale)
        # (an idiom or a figure still holds over a set phrase: "a viral fever ten days back" is
        # a fever said as past, its "days back" no back; round 14)
        matches = [m for m in self._find(keys, vocab.findings, locale, MAX_GAP)
                   if (m.phrase.idiom or not (m.positions & masks))
                   and m.start not in answer_spans | carers_no
                   and not self._changed_to(m, keys)
                   and not any(m.start < at < m.end for at in restated)
                   and not (any(m.start < at < m.end - 1 and at not in m.positions
                                for at in joins)
                            and any(keys[at] in self._triggers for at in m.positions))]
        # "no fever, back pain is worse at night", "no pain, my leg is cold and white": a red
        # flag told plainly now in a clause of its own after a thing the "no" denies; the "no"
        # does not reach it (round 26, 5zzg)
        bounds = self._sign_after_a_thing_denied(keys, said, bounds, matches, triggers, afters)
        # The words of a request are the request's (round 12): "start the whole thing again
        # from the top" is no whole leg gone numb. Only words that would be read with doubt are
        # given up to it, and words that deny or explain a finding away ("what am I meant to
        # say" is no diet); a sign stated outright stays a sign, and is warned first (rule 1).
        passing = self._spans(keys, vocab.passed)
        requests = self._requests(keys, bounds, locale, passing)
        asked = frozenset(at for m in requests for at in range(m.start, m.end))
        # ...and its words hedge nothing: "what am I supposed to do, I can't pass water" holds
        # "I suppose" only inside the request, and the sign after it is stated (rule 1; round 14)
        hedges = [h for h in hedges if not h <= asked]
        if asked:
            matches = [m for m in matches if not m.positions <= asked or not (
                not m.phrase.certain or m.phrase.mention or m.phrase.denies
                or m.phrase.explains)]
        matches = self._called_away_words_read(matches, requests, keys)
        matches = _pace_words_kept(matches, requests, keys)
        # The legs of a side answer ("both legs, and I think my mum's words are jumbled") are the
        # legs of whoever is screened, not the speaker's own said first.
        sides = frozenset().union(*(m.positions for m in answer_matches
                                    if m.phrase.target.startswith("side:")))
        answered_no = bool(keys) and keys[0] in _ANSWER_WORDS - _YES_WORDS and 0 in answer_spans \
            and "but" not in keys[1:3]
        matches, reported, given_away = self._about_the_one_screened(matches, keys, bounds,
                                                                     sides, answered_no)
        # Signs given away from the speaker ("my husband's legs are weak from his MS, not
        # mine"), or another person's told after a bare "no" to a question about the speaker
        # ("no, that's my husband who's got the bladder trouble"), leave the speaker the one
        # screened: no carer's report (review9 R1: the questions then asked about "their" legs).
        of_another = (reported or (self._body_of_another(keys, bounds) and not given_away)) \
            and not self._own_body_said(keys) and not answered_no
        matches = self._said_of_a_thing(matches, keys, bounds, masks)
        # An idiom of a finding ("a little accident", "man flu") holds none of its words.
        # A phrase that begins with another part joined to the idiom by "and" is said of that
        # part too ("my bum and legs go numb when I sit": the bum's numbness is still read);
        # and a figure holds nothing when the turn says the body failed: "my knees went weak
        # when I saw him" is a feeling, "... and I fell" / "... and not able to stand since" is
        # the legs failing.
        failed_at = self._spans(keys, vocab.figures_undone_by)
        # ...unless the failing is denied ("I slipped up at work but I haven't actually fallen":
        # phr38, round 38, 5zzzze 38d)
        failed_at = [span for span in failed_at if not self._failing_denied(span, keys)]
        # ...and a finding said as past holds nothing when the turn says it goes on ("I had a
        # fever a week ago and I still have it") (round 14), nor across a new clause: "I've had
        # a temperature for two days and my back is agony" is a fever now, its "days ... back"
        # no time back (found at round 14's merge)
        going_on = bool(self._spans(keys, vocab.still_going_by))
        # ...and a worry asked ("is that cancer?") holds nothing when the turn makes the thing
        # one's own or back ("is it my cancer coming back?": round 28, 5zzq 28b)
        owned = bool(self._spans(keys, vocab.worries_undone_by))
        idioms: dict[str, list[_Match]] = {}
        for m in matches:
            if m.phrase.idiom and not (m.phrase.text in vocab.figures
                                       and _undone_outside(m, failed_at)) and not (
                    owned and m.phrase.text in vocab.worries) and not (
                    going_on and m.phrase.text in vocab.cleared) and not (
                    m.phrase.text in vocab.past
                    and (going_on or any(m.start < at < m.end for at in bounds))):
                idioms.setdefault(m.phrase.target, []).append(m)
        matches = [m for m in matches if not m.phrase.idiom and not any(
            m.positions & set(range(i.start, i.end)) and not _joined_before(m, i, keys)
            for i in idioms.get(m.phrase.target, ()))]
        # a figure that held names what its clause is about ("a viral fever ten days back"):
        # a length said in it is not how long the numbness has lasted (round 14)
        figured = [m for found in idioms.values() for m in found
                   if m.phrase.text in vocab.figures or m.phrase.text in vocab.past]
        by_finding: dict[str, Finding] = {}
        said_where: dict[str, list[frozenset[int]]] = {}  # a present finding's own words
        explained: set[str] = set()
        explained_at: dict[str, tuple[int, int]] = {}  # the last explanation's span
        # round 12: how each finding was said present (the longest span) and denied in words of
        # its own ("no, I took my temperature and it was 36.9")
        longest_present: dict[str, int] = {}
        denied_in_words: set[str] = set()
        hedged_mentions: set[str] = set()
        outer = _outermost(matches, same_target=True)
        # "no, the left was weak years ago after my op but that's gone", "I had back pain last
        # year but it went away": a sign said as past and then cleared, in a stretch that holds a
        # marker of the distant past, is history, not a present finding; a red flag said cleared
        # after "once" or "this morning" is read as before (rule 3; round 24, 5zy)
        # (a stretch that holds no finding, side or pace, "two years ago but it got better",
        # says how the numbness itself went: nothing is taken from it, its length included)
        told_past = self._history(keys, said, bounds, hedges)
        history = [(past.stretch, past.distant) for past in told_past
                   if any(m.positions <= past.stretch for m in outer) or any(
                       m.positions <= past.stretch
                       and m.phrase.target.startswith(("side:", "onset:"))
                       for m in answer_matches)]
        outer = [m for m in outer if not (m.phrase.target in vocab.history_findings and any(
            m.positions <= stretch for stretch, distant in history if distant))]
        # "It's not normal for me, I can't feel when I pee", "not my usual, I've been wetting
        # myself": "not normal / not usual" says a thing has changed; its "not" denies nothing
        # said after it, unless a finding's own words follow at once ("not normal bladder
        # feeling"). Alexa's carrier drops the comma, so the clause is told by its words
        # (review8 O-1, O3).
        starts = {m.start for m in matches}
        as_usual = frozenset().union(*(self._not_as_usual(t, keys, starts) for t in triggers))
        triggers = [t for t in triggers if min(t) not in as_usual]
        # A negation that is part of a finding's own words ("can not climb stairs", "no feeling
        # round my bottom", "can not pee") states that finding: it denies no other finding, and
        # a finding said that way is not denied again by a "not" before it ("nothing is working
        # down there, I can not pee").
        # The same holds for words that deny with their own negation ("not pale"): "not cold,
        # not pale" is no double negative.
        self_negated = [m for m in outer if any(min(t) in m.positions for t in triggers)]
        stated = [m for m in self_negated if not m.phrase.denies]
        owned = frozenset().union(*(m.positions for m in stated))
        # "normal my face is drooping", "nothing wrong my face is drooping", "without warning my
        # leg gave way": a negative said whole (a bare "normal" or "usual", "nothing wrong",
        # "never had that", "no problems") said before a subject of its own ends its clause; it
        # denies no sign told after it in words of its own (a bare word named after it, "normal
        # my bladder", still is) (round 23, 5zu a; round 24, 5zx a)
        ending = frozenset(min(t) for t in triggers if self._before_its_own_clause(t, keys))
        for match in outer:
            if match.phrase.denies and _not_only(match, keys):
                continue  # "not just the foot, it's my entire leg": more than that, not less
            # An answer word at the start ("no, I can't walk") answers; it denies nothing.
            live = [t for t in triggers if not (t & match.positions)
                    and not t <= answer_spans | carers_no and min(t) not in owned
                    and match not in self_negated
                    and not (min(t) in ending and not match.phrase.mention)]
            if match in self_negated and not match.phrase.denies:
                # ...unless the negation stands right before it, with only gap words between:
                # "no wounds that won't heal", "I don't have a sore that won't heal".
                live = [t for t in triggers if not (t & match.positions)
                        and not t <= answer_spans | carers_no and min(t) not in ending
                        and (self._just_before(t, match, keys)
                             or self._said_not_so(t, match, keys))]
            # "I can feel my bottom fine": words after a denial do not deny it again.
            if match.phrase.denies:
                # Words that deny are turned round only by a negation said right before them
                # ("not teetotal", "don't eat meat"), not by one of another clause ("it's not
                # going any higher, it's stayed in my feet").
                # A bare answer word is no such negation ("no, just my toes", "nope, warm and
                # pink": Alexa drops the comma, and "no" answers; it does not turn what follows
                # round), nor is one that a word such as "just" has ended ("no, just the feet").
                live = [t for t in live if match.start - min(t) <= _FLIP_REACH
                        and keys[min(t)] not in _ANSWER_WORDS
                        and keys[min(t)] not in _ASSURING
                        and keys[match.start] not in self._stops]
            if match.phrase.denies:
                # A look-alike negates nothing after it ("lost weight without trying, my back
                # aches at night"), but its own negation still turns round a denial inside it:
                # "without dieting", "without meaning to" say the weight went unbidden.
                live += [t for t in all_triggers if t & masked and any(
                    t <= look and match.positions <= look for look in looks)]
            after = () if match.phrase.denies else afters
            if after and passing:
                # "my foot went numb sitting on it, it's fine now": the numbness of pressure
                # passing is what the position says, not a denial of it (round 7). "His face
                # did droop, but it's fine now": a sign said in its own words, then said to have
                # passed in a clause after it, came and went; it is no denial (a TIA's signs
                # pass, and are still an emergency: NHS, docs/clinical-safety.md 8f).
                after = [a for a in after if not any(a & p for p in passing) or not (
                    match.phrase.target == _POSITIONAL or (
                        not match.phrase.mention
                        and any(match.end <= b <= min(a) for b in bounds)))]
            negated = self._negated(match, live, after, bounds)
            if match.phrase.denies and not negated and as_usual:
                subjects = self.vocabulary.word_sets["clause_subjects"]
                # "things aren't working right in the bedroom", "it doesn't work well in the
                # bedroom": a "not" of a norm, passed over inside the words of a denial ("things
                # work (right) in the bedroom"), says that very thing has changed; the denial is
                # turned round (round 24, forms24, 5zz 24b)
                # ...in the one clause ("my legs aren't right they hold me fine" is two)
                negated = any(match.start < at < match.end and at not in match.positions
                              and keys[at] == "not"
                              and not any(at < b < match.end for b in bounds)
                              and not any(word in subjects for word in said[at + 1:match.end])
                              for at in as_usual)
            present = negated if match.phrase.denies else not negated
            # "not sure, I haven't looked at my face": a "not" said of looking or checking
            # denies the looking, never the sign; a finding it alone negates is left in doubt,
            # so "not sure" said with it stays not sure (rule 3; round 14)
            unchecked = negated and not match.phrase.denies and not self._negated(
                match, [t for t in live if not self._of_checking(t, keys)], after, bounds)
            # A denial is a denial even of a vague word ("not weak"); a hedge or a near miss
            # still leaves it in doubt.
            vague = match.phrase.mention or near_miss  # a near miss is only ever confirmed
            hedged = self._hedged(match, hedges, bounds)
            if hedged and match.phrase.mention:
                hedged_mentions.add(match.phrase.target)
            doubtful = near_miss or hedged or unchecked or (
                not match.phrase.certain and present) or (match.phrase.loose and not present)
            finding = Finding(match.phrase.target, present, not doubtful,
                              " ".join(said[match.start:match.end]), vague)
            held = by_finding.get(finding.id)
            by_finding[finding.id] = finding if held is None else _stronger(held, finding)
            if present:
                said_where.setdefault(finding.id, []).append(match.positions)
                longest_present[finding.id] = max(longest_present.get(finding.id, 0),
                                                  match.end - match.start)
            elif match.phrase.denies and match.end - match.start >= 3:
                denied_in_words.add(finding.id)
            if match.phrase.explains and not present:
                explained.add(finding.id)
                explained_at[finding.id] = max(explained_at.get(finding.id, (0, 0)),
                                               (match.start, match.end), key=lambda at: at[1])
        sets = vocab.word_sets
        for target in explained:  # "I've lost weight, but I'm on a diet": explained away
            start, end = explained_at[target]
            where_said = said_where.get(target, [])
            if any(max(where) < start for where in where_said) and any(
                    min(where) >= end for where in where_said):
                # ...unless said before what explained it and again after ("my feet were
                # freezing, they warmed up, but now my foot's gone white": round 12); one said
                # only after it is what it explains ("I've been dieting, so I've lost weight")
                continue
            contrast = sets["told_against"] | (
                sets["told_after"] if target in sets["new_events"] else frozenset())
            if any(min(where) >= end and contrast & set(keys[end:min(where)])
                   for where in where_said):
                # ...nor one told against it after ("the fall alarm went off by mistake, but
                # then I fell down the stairs"): read as said (rule 3; phr36, 5zzzx 36e)
                continue
            by_finding[target] = by_finding[target]._replace(present=False, certain=True)
        self._cleared_is_denied(idioms, by_finding, said)
        if keys and keys[0] in _NO_WORDS:
            # "no, I checked my temperature twice today and it was 36.9": after a no, a finding
            # named by its bare word alone ("temperature") is what the words of its own denial
            # say, a denial; said in words of more than one ("running a temperature", "burning
            # up") it is still present (rule 3; round 12)
            # ...but not one restated after a corrective "not" ("no, it's not sore, it's
            # agony": the agony is what is said; 38f)
            restated = self._restated_after_not(keys)
            for target in denied_in_words:
                if any(min(where) >= at for at in restated for where in said_where.get(target, [])):
                    continue
                if longest_present.get(target, 0) == 1 and by_finding[target].present:
                    by_finding[target] = by_finding[target]._replace(present=False, certain=True)
        if _leading_no(keys):
            # phr28 (round 28, 5zzp 28a): "no, my legs are just tired", "nope, they just feel a
            # bit tired after work": after a bare "no" that opens the turn, a finding read only
            # in doubt, and only from words of tiredness (`tiredness`: every match of it holds
            # one), is what the no says it is not. Weakness said too ("tired and weak"), or a
            # finding said for certain, keeps it present (rule 3)
            tiredness = vocab.word_sets["tiredness"]
            for target, held in list(by_finding.items()):
                if held.present and not held.certain and said_where.get(target) and all(
                        any(keys[at] in tiredness for at in where)
                        for where in said_where[target]):
                    by_finding[target] = held._replace(present=False, certain=True)

        # "From my left buttock right down to my foot", "numb right now": "right" said for
        # emphasis before where or when is no side (it made one leg both; round 15, 5zc)
        values = [m for m in _outermost(answer_matches) if not self._right_for_emphasis(m, keys)]
        kept = []
        side_starts = [m.start for m in values if m.phrase.target.startswith("side:")]
        # phr27 (round 27, 5zzl 27b): a side said to correct ("no, the left", "no no, I said
        # the right one", "that's not what I meant, it's both"): the "no" said first, or the
        # "not" of a going back asked for, refuses what was heard, never the side said after it
        correcting = frozenset(range(_leading_no(keys))) | frozenset(
            at for r in requests if _target(r) == "go_back" for at in range(r.start, r.end))
        for m in values:
            reach = [t for t in triggers if not (t & m.positions)]
            if m.phrase.target.startswith("side:"):
                # A "not" denies the side it stands before, not one said after that ("not the
                # left, the right"), nor one named after a leg's own clause ("the leg I don't
                # kick with, the left"): which leg is said after what it is not (round 12).
                reach = [t for t in reach if not any(min(t) < at < m.start for at in side_starts)
                         and not _in_relative_clause(min(t), keys, self.vocabulary.legs)
                         and not (t <= correcting and max(t) < m.start)]
            elif vocab.onset_answers.get(m.phrase.target.removeprefix("onset:")) == "gradual":
                # phr40 (round 40, 5zzzzk 40b): "nah, it crept up on me over months", "no,
                # slowly": the "no" said first refuses the sudden start asked about first,
                # never the slow pace said after it (its own "not" still denies it: "no, not
                # slowly")
                reach = [t for t in reach if not (t <= correcting and max(t) < m.start)]
            if not self._negated(m, reach, (), bounds):
                kept.append(m)
            elif m.phrase.target == "yes":  # "I don't think so", "not really, no"
                kept.append(m._replace(phrase=m.phrase._replace(target="no")))
            elif m.phrase.target in ("no", "unsure"):
                kept.append(m)
        # phr28 (round 28, 5zzp 28d): a bare no taken back at once by a yes answers nothing
        taken_back = self._no_taken_back(keys)
        if taken_back:
            kept = [m for m in kept if not (m.phrase.target == "no" and m.positions <= taken_back)]
        # "couldn't say, I didn't look": a polite no that ends on its auxiliary ("can't say I
        # did") is none when a "not" follows it; the "not" begins a reason of its own (round 14)
        values = [m for m in kept if not (
            m.phrase.target == "no" and m.end < len(keys) and keys[m.end] == "not"
            and keys[m.end - 1] in vocab.word_sets["auxiliaries"])]
        # "neither leg will hold me", "neither of my feet": "neither" said of what follows it
        # is no answer of the pair (round 15); said alone or before a clause, it is a no
        # ("none of my legs will take my weight" likewise)
        values = [m for m in values if not (
            m.phrase.target == "no" and keys[m.start] in vocab.word_sets["whole_denials"]
            and (keys[m.end - 1] == "of" or m.end - m.start == 1)  # not "none of that"
            and _said_of_the_body(keys, m.end, vocab.legs | vocab.upper_body))]
        # A look-alike ("not believe") takes its words from a short answer, not from a longer
        # one it stands inside ("not believe so" is a no).
        answer = self._answer([m for m in values if m.phrase.target == "unsure" or all(
            p <= m.positions and len(p) < len(m.positions) for p in looks if p & m.positions)],
            keys, masks, [h for h in hedges if not any(p & h for p in looks)], by_finding)
        if answer == "no" and any(f.present and f.certain for f in by_finding.values()):
            # "Not me, his face is drooping": "not me" says whose the signs are, not whether;
            # with a sign stated beside it, it answers nothing (review7 O3)
            whose = frozenset().union(*self._spans(keys, vocab.not_the_speaker))
            if all(m.positions <= whose for m in values if m.phrase.target == "no"):
                answer = None
        if answer == "no" and undone and all(
                any(m.positions & span for span in undone)
                for m in values if m.phrase.target == "no"):
            # "I can't say I don't", "I wouldn't say no to one": the no undone is a yes
            answer = "yes"
        elif answer is None and undone and min(undone[0]) <= _UNDONE_FIRST:
            # ...said first, with nothing it is said of ("I won't say no to a cold one")
            answer = "yes"
        if answer is None and self._habit_over(keys, told_past, matches, by_finding):
            # "I used to but not any more", "used to, not any more, I've been dry six years":
            # a habit said over answers no (round 34, 5zzzq 34s)
            answer = "no"
        if answer == "no" and self._not_knowing_beside(keys, values, looks):
            # "no idea, I haven't paid attention down there", "can't say, I haven't looked":
            # not knowing said beside a no it did not make leaves it in doubt (rule 3)
            answer = "unsure"
        hedged_no = answer == "no" and self._hedged_no(keys, values, vocab.hedged_denials)
        # "no, not that I know of": of someone else, the plain no is still only what is known
        known_no = answer == "no" and any(self._spans(keys, vocab.knowledge_limits))
        # "no, none of those, my legs are strong and nothing's changed down there": a no said of
        # the whole of what was asked, whatever is then listed loosely (round 14)
        denied_all = answer == "no" and any(
            keys[at] in vocab.word_sets["whole_denials"]
            for m in values if m.phrase.target == "no" for at in m.positions)
        # "I lost weight fast": the pace of something else, not of the numbness (review8 N3)
        elsewhere = frozenset().union(*self._spans(keys, vocab.paced_elsewhere),
                                      *self._intervals(keys))
        # ...and a side or a pace said in such a stretch is not the answer ("the left, it used
        # to be the right years ago but that cleared up": the left) (round 24, 5zy)
        values = [m for m in values if m.phrase.target in ("yes", "no", "unsure")
                  or not any(m.positions <= stretch for stretch, _ in history)]
        paced_here = [m for m in values if not m.positions & elsewhere]
        onset = _first(paced_here, "onset:")
        if onset is not None and _paces_offered(_outermost(answer_matches), keys,
                                                vocab.onset_answers):
            # "I can't say whether it was sudden or slow": two paces offered as alternatives
            # choose neither; the "not" must not leave the pace it did not deny (round 15)
            onset = None
        if onset is not None and answer == "unsure" and _both_paces_named(
                _outermost(answer_matches), vocab.onset_answers):
            # phr33 (round 33, 5zzzj 33n): "it might have been sudden or it might have been
            # building, I honestly don't know", "maybe suddenly, maybe slowly, no idea": both
            # paces named and not knowing said choose neither; not sure asks what a sudden
            # start would (rule 3), never the first pace named
            onset = None
        if onset is not None and answer == "unsure" and _offered_against_another(
                _outermost(answer_matches), keys, vocab.word_sets["alternatives_offered_by"]):
            # phr39 (round 39, 5zzzzh 39d): "dunno, it was either sudden or I just didn't
            # notice": a pace offered as one guess of two, the other no pace, with not knowing
            # said, chooses neither; not sure asks what a sudden start would (rule 3)
            onset = None
        corrected = self._pace_corrected(
            [m for m in values if not m.positions & elsewhere and m.phrase.target.startswith(
                "onset:")], keys, hedges, bounds)
        if corrected is not None:
            # phr28 (round 28, 5zzp 28d): "suddenly no wait slowly sorry slowly": a pace taken
            # back by a correction ("no wait", "sorry", "I mean", "actually", "scratch that") is
            # the pace said after it; a correction left in doubt is asked again (rule 3)
            onset = corrected or None
        worsened_suddenly = (onset is not None and vocab.onset_answers.get(onset) == "gradual"
                             and self._worsened_suddenly(keys, elsewhere, history))
        if worsened_suddenly:
            # "it was slow, then suddenly much worse this morning": a sudden worsening after a
            # slow start is a sudden onset (rule 3; dur28, round 28, 5zzr 28a)
            onset = "sudden"
        if (answer == "unsure" and onset is not None
                and vocab.onset_answers.get(onset) == "gradual"
                and self._pace_guessed(keys, values, hedges)):
            # "not sure really, it might have been gradual, I can't say": a slow start guessed
            # after not knowing is not sure, which asks what a sudden one would (rule 3; phr30,
            # round 30, 5zzx 30d). A sudden start guessed is kept: it is the more urgent.
            onset = None
        if onset in _SUDDEN and not near_miss:
            # "My leg's gone to sleep from the hip down, all of a sudden": how far it reaches,
            # said with how suddenly it came, states a finding that is about both.
            for target in vocab.stated_when_sudden & set(by_finding):
                held = by_finding[target]
                if held.present and held.vague:
                    by_finding[target] = held._replace(certain=target not in hedged_mentions,
                                                       vague=False)
        if vocab.stated_after_a_time & set(by_finding) and not near_miss:
            # "my feet felt asleep yesterday, today ... the numbness is up to my knees": an extent
            # said after a time of change is where it has got to, a movement (batch 12)
            times = self._spans(keys, vocab.times_of_change)
            for target in vocab.stated_after_a_time & set(by_finding):
                held = by_finding[target]
                if held.present and held.vague and any(
                        max(t) < min(where) for t in times for where in said_where.get(target, [])):
                    by_finding[target] = held._replace(certain=target not in hedged_mentions,
                                                       vague=False)
        for target, neighbours in vocab.stated_beside:
            # "my foot burns at night and my toes have gone dusky blue": poor blood supply said
            # for certain beside what only touched on rest pain states it (review7 R6)
            held = by_finding.get(target)
            if held is not None and held.present and held.vague and any(
                    by_finding[n].present and by_finding[n].certain
                    for n in neighbours & set(by_finding)):
                by_finding[target] = held._replace(certain=True, vague=False)
        apart = vocab.not_taken_beside
        held = by_finding.get(apart) if apart else None
        if held is not None and held.present and said_where.get(apart) and not self._spans(
                keys, vocab.not_taken_beside_unless):
            # round 28 (safety28, 5zzo 28b): "I can't control my bowels, this morning I had an
            # accident", "my legs won't hold me, I've fallen twice": an injury told only by a bare
            # "accident" beside bladder or bowel words said for certain is a wet or soiled one,
            # and only by a bare fall beside legs said for certain to give way is the weakness
            # showing; neither says the spine was hurt. Not taken from the turn, so its own
            # question still asks it (rule 3); a part hit, a place or an event named anywhere
            # in the turn ("fell down the stairs", "an accident at work") keeps it, and so does
            # a fall said before the weakness ("I fell this morning and now my legs are weak")
            for neighbour, allowed in vocab.not_taken_beside_words:
                near = by_finding.get(neighbour)
                first = min((min(w) for w in said_where.get(neighbour, [])), default=None)
                if near is not None and near.present and near.certain and all(
                        keys[at] in allowed for where in said_where[apart] for at in where) and (
                        neighbour not in vocab.not_taken_beside_after or (
                            first is not None
                            and all(min(where) > first for where in said_where[apart]))):
                    del by_finding[apart]
                    break
        if vocab.not_taken_when_changed & set(by_finding) and any(
                not any(c & p for p in passing) for c in self._spans(keys, vocab.changed_words)):
            # "a stress leak for years, but now I can't empty my bladder": not the old, unchanged
            # kind; its own question asks whether it is no different (review7 R4). "Fine now" is
            # the numbness passing, not the leak changing.
            for target in sorted(vocab.not_taken_when_changed):  # the same one kept every run
                held = by_finding.pop(target, None)
                instead = vocab.changed_instead
                if held is not None and held.present and instead and instead not in by_finding:
                    by_finding[instead] = held._replace(id=instead, certain=False)
        held = by_finding.get(_POSITIONAL)
        if held is not None and held.present and held.certain and self._spans(keys, vocab.passed):
            # "Both legs went totally numb after I sat on the toilet, I could barely stand, but
            # they're fine now": the numbness of pressure (NHS pins and needles), gone on moving,
            # can feel like a dead leg or weak legs, so those words are confirmed in one short
            # question rather than taken at once. Said as still there, they are warned at once.
            for target in vocab.confirmed_after_position & set(by_finding):
                if by_finding[target].present:
                    by_finding[target] = by_finding[target]._replace(certain=False, vague=True)
        held = by_finding.get("anxious_breathing")
        # a carer's own panic is no mimic of the signs reported of the one screened ("I'm
        # panicking, my dad can't move his legs": review7 R2)
        if held is not None and held.present and held.certain and not reported \
                and not self._spans(keys, vocab.over_breathing_never):
            # "I'm breathing fast fast, my lips are tingling and my legs feel like jelly": over-
            # breathing in a panic brings tingling lips, hands and feet and shaky, jelly legs
            # (NHS panic disorder; docs/clinical-safety.md 7c), so those words are confirmed in
            # one short question rather than warned at once. A drooping face is still a stroke,
            # and so are words panic does not bring ("can't move my legs", "hard to swallow"),
            # one side, or days of it (review7 R3): each of the finding's words must hold a mimic.
            mimics = self._spans(keys, vocab.over_breathing_mimics)
            lowered = {target for target, held in by_finding.items()
                       if held.present and (target in vocab.confirmed_with_over_breathing or (
                           not held.certain
                           and target in vocab.confirmed_with_over_breathing_if_doubtful)) and all(
                           any(m & where for m in mimics) for where in said_where.get(target, []))}
            # Breathlessness beside numbness rising to the chest or legs giving way, said for
            # certain (and not itself a mimic), is Guillain-Barre's picture, panic or not: it
            # stays certain (rule 3; review8 R1, docs/clinical-safety.md 5i).
            for target, beside in vocab.over_breathing_certain_beside:
                if any(by_finding[f].present and by_finding[f].certain and f not in lowered
                       for f in beside if f in by_finding):
                    lowered.discard(target)
            for target in lowered:
                by_finding[target] = by_finding[target]._replace(certain=False, vague=True)
        weak = by_finding.get(_LEG_WEAKNESS)
        if weak is not None and weak.present and not weak.certain and said_where.get(
                _LEG_WEAKNESS) and all(self._weak_of_the_upper_body(where, keys, bounds)
                                       for where in said_where[_LEG_WEAKNESS]):
            # "that arm's weak", "my hand has gone a bit weak": a bare "weak" said only of an arm
            # or a hand is the stroke sign (read by its own phrases), never a doubt of weak legs
            # (round 17, 5ze); a leg named in its clause keeps it ("my arm and leg are weak")
            del by_finding[_LEG_WEAKNESS]
        cold = by_finding.get(_COLD_PALE_LEG)
        if cold is not None and cold.present and said_where.get(_COLD_PALE_LEG) and all(
                self._of_the_upper_body_only(where, keys, bounds)
                for where in said_where[_COLD_PALE_LEG]):
            # "it's my hands that go white with Raynaud's", "my fingers turn blue in the cold":
            # a colour said only of a hand, an arm or the face is no leg's blood supply (round
            # 29, 5zzt 29b); a leg named with it keeps it ("my hands and my feet go white")
            del by_finding[_COLD_PALE_LEG]
        # "My mouth is going to one side", "my left arm has gone weak": the side of a face or an
        # arm is no side of the legs
        elsewhere = frozenset().union(*said_where.get(_FACE_ARM, []))
        upper = vocab.upper_body
        side = _side({m.phrase.target for m in values if m.phrase.target.startswith("side:")
                      and not m.positions & elsewhere
                      and not (m.end < len(keys) and keys[m.end] in upper
                               and not _hand_side(m, keys))
                      and not _both_of_people(m, keys, vocab.people)
                      and not _both_of_the_upper_body(m, keys, bounds, upper)
                      and not _parts_of_one_side(m, keys)})
        if side == "one_leg" and self._both_sides(keys, values, [*triggers, *afters]):
            side = "both_legs"  # "the right one, and now the left is starting"
        # "I'm seventy years old", "my baby's five weeks old", "my 70 year old mum": an age, never
        # a length of anything (round 24, 5zza 24b); blanked to commas as a pregnancy's weeks are
        said, keys = self._without_ages(said), self._without_ages(keys)
        said, keys = self._without_intervals(said, keys)
        lengths = self._find(keys, vocab.durations, locale)
        length, length_stated = read_duration(said, keys, vocab, locale, today, lengths)
        # "Thirty weeks pregnant" is how far on a pregnancy is, never how long the numbness has
        # lasted; Alexa's words come without the commas that would put it in a clause of its own.
        d_said, d_keys = _without_gestation(said), _without_gestation(keys)
        d_lengths = lengths if d_keys is keys else self._find(d_keys, vocab.durations, locale)
        duration, stated = (length, length_stated) if d_keys is keys else read_duration(
            d_said, d_keys, vocab, locale, today, d_lengths)
        own = self._numbness_clauses(keys, bounds, [*outer, *figured])
        if duration is not None and own is not None:
            duration, stated = read_duration([d_said[at] for at in own],
                                             [d_keys[at] for at in own], vocab, locale, today,
                                             [m for m in d_lengths if m.start in own], d_keys)
        if onset == "days" and stated and duration in _LONG_LENGTHS and self._pace_kept_on(
                keys, paced_here, lengths):
            # clinic40 (round 40, 5zzzzm 40r): "day by day" beside "since some weeks" is the
            # pace of a change kept on over weeks, not how it came on: asked, not read
            onset = None
        if history:
            # "a few weeks, she had back pain a few years back but that cleared up": the time of
            # what cleared is no length of the numbness; the length is read without it (5zy)
            kept = [at for at in range(len(keys)) if not any(at in st for st, _ in history)]
            k_said = _without_gestation([said[at] for at in kept])
            k_keys = _without_gestation([keys[at] for at in kept])
            length, length_stated = read_duration(k_said, k_keys, vocab, locale, today,
                                                  self._find(k_keys, vocab.durations, locale))
            duration, stated = length, length_stated
        reading = Reading(tuple(by_finding.values()), answer, onset, side, duration, stated,
                          length, length_stated, hedged_no=hedged_no, known_no=known_no,
                          denied_all=denied_all,
                          of_another=of_another,
                          disowned=any(self._spans(keys, vocab.not_the_speaker)),
                          timing_yes=answer != "unsure" and self._timing_yes(keys),
                          noticed=bool(self._spans(keys, vocab.noticed_untimed)),
                          worsened_suddenly=worsened_suddenly,
                          not_knowing=answer == "unsure" and any(
                              max(span) + 1 >= len(keys) or keys[max(span) + 1] not in _ASKED_ABOUT
                              for span in self._spans(keys, vocab.not_knowing)))
        # "is" and "are" are read as "be": said first, they ask as the words themselves do
        asks = bool(keys) and (keys[0] in _QUESTION_WORDS or said[0] in _QUESTION_WORDS)
        question = asks and not (
            keys[0] in _CLAUSE_OPENERS and len(keys) > 1 and keys[1] in _SUBJECTS) and not (
            len(keys) > 1 and keys[1] == "not") and not (  # "can not walk" says, not asks
            # "can still feel the paper" (its "I" left in the carrier) says; "can I", "is it",
            # "do they" ask: an auxiliary asks only with its subject after it
            said[0] in _AUXILIARY_QUESTIONS and len(said) > 1 and said[1] not in _ASKED_OF)
        opened = self._opened_request(requests, keys)
        if opened is not None and _target(opened) == "help" and (
                reading.findings or reading.answer not in (None, "unsure")
                or reading.side is not None or reading.onset is not None):
            # phr40 (round 40, 5zzzzk 40f): help said first stands beside not knowing ("help,
            # I'm not sure how to answer that"); beside a sign or an answer ("help, I can't move
            # my legs", "help me, both legs") the words are read as before
            opened = None
        if requests and (not reading.findings or question or opened is not None):
            # "No more questions", "a bit slower please": a request said in more words than
            # any answer in them is the request. A question asks, whatever it mentions.
            # Slower or faster speech asked for with "say that again" or "I'm not following"
            # is the pace: the question comes again at it, which is the repeat too.
            # Said again asked for in so many words beside not understanding ("I didn't
            # understand you, say it again") is the repeat.
            targets = {_target(o) for o in requests}
            chosen = max(requests, key=lambda m: (
                _target(m) in _PACE_REQUESTS and targets - _PACE_REQUESTS <= _PACE_COVERS,
                m.end - m.start, _target(m) == "repeat" and targets <= {"repeat", "help"},
                -m.start))
            chosen = _again_of(chosen, requests, keys, vocab.word_sets["again_words"])
            if opened is not None and (reading.findings or _target(opened) == "help"):
                chosen = opened  # said first, before its reason (30a; help: 40f)
            longest = chosen.end - chosen.start
            # Words the request holds, or only its politeness and fillers ("enough for today,
            # I'm stopping"), answer nothing beside it.
            answering = [m for m in values if not m.positions <= asked and (
                m.phrase.target.startswith("side:")  # "right" is a side before it is a filler
                or not all(keys[at] in _REQUEST_FILLERS for at in m.positions))]
            pace = _target(chosen) in _PACE_REQUESTS
            # "no, not sure why you ask, but no": a yes or a no said again after the why
            # answers; "no, why do you ask" asks, and is given the reason (round 26, 5zzi)
            answered_why = (_target(chosen) == "why_ask" and not question
                            and any(m.phrase.target in ("yes", "no") and m.start >= chosen.end
                                    for m in values))
            # "skip that one, I don't know": not knowing, the reason for the skip; the answer is
            # kept beside it for a question that cannot be skipped (phr32, round 32, 5zzzf 32p)
            skip_unknowing = _target(chosen) == "skip" and bool(answering) and all(
                m.phrase.target == "unsure" for m in answering)
            if not answered_why and (question or reading.empty or pace or chosen is opened
                                     or skip_unknowing
                                     or all(m.end - m.start < longest for m in answering)):
                # "No more questions" is a request, not a "no"; "can you go slower" asks for
                # slower speech and says nothing of how the numbness came on. An answer said
                # beside a pace asked for ("the left one, and slower please") is kept with it.
                own = [m for m in answering if not (m.positions & chosen.positions)]
                onset = _first(own, "onset:")
                sides = {m.phrase.target for m in own if m.phrase.target.startswith("side:")}
                said_beside = any(at not in asked and key not in _REQUEST_FILLERS
                                  and key not in _OPENERS and key != CLAUSE
                                  for at, key in enumerate(keys))
                reading = reading._replace(request=_target(chosen),
                                           answer=reading.answer if skip_unknowing else None,
                                           onset=onset,
                                           side=_side(sides),
                                           reason_after=chosen is opened and bool(
                                               reading.findings))
                # ...and a length said only inside words that ask for a moment or a pace
                # ("give us a minute", "you're talking a mile a minute") is none, whatever else
                # is said (phr35, round 35, 5zzzu 35n)
                request_words = self._request_words(keys, locale)
                timed_in_request = bool(lengths) and all(m.positions <= request_words
                                                         for m in lengths)
                if not said_beside or timed_in_request:
                    # the request is all that was said: no length either
                    reading = reading._replace(duration=None, duration_stated=False,
                                               length=None, length_stated=False)
        paced = any(key in _PACE for key in keys)
        unknown = any(len(w) >= 6 and w.isalpha() and w not in vocab.forms for w in said)
        built = self._spans(keys, vocab.building)
        building = bool(built) or _repeated_comparative(said)
        # the comparative inside the building words or just before them: at a pace ("weaker
        # every week", "month by month") it is still getting worse, and so against the start of
        # it ("weaker now than when it started"); against long ago ("harder than it used to be",
        # over a year) it says nothing of the last few weeks, which are then asked about
        # ...or just after them: "my legs keep getting weaker" (round 18, 5zg 18g)
        compared = [span for span in built if span and any(
            _comparative(word) for word in said[max(0, min(span) - 3):max(span) + 2])]
        worsening = _repeated_comparative(said) or any(
            keys[at] in _WORSENING_PACE for span in compared for at in span)
        # round 19 (reader19), class 19a, a worsening said as going on now: "the weakness is
        # getting worse", "my legs have been getting steadily weaker", "it keeps worsening",
        # "weakness is increasing": the progressive form of the change is still going on, so it
        # is building and getting worse, whatever person or tense of "be" carries it
        if _going_on_worse(said, vocab.word_sets):
            worsening = True
        # "weaker each week", "month on month": building at that pace has gone on that long
        paces = {keys[at] for span in built for at in span} & _BUILDING_PACES.keys()
        built_over = max((_BUILDING_PACES[p] for p in paces), default=None,
                         key=DURATION_BUCKETS.index)
        complaint = any(key in vocab.complaint_feelings for key in keys) and not any(
            key in vocab.not_the_complaint for key in keys)
        asked_after = None if reading.request is not None else next(
            (_target(m) for m in requests if _target(m) in _ASKED_AFTER_REQUESTS
             and _QUESTION_WORDS & set(keys[max(0, m.start - _ASKED_AFTER_REACH):m.start + 1])),
            None)
        return reading._replace(question=question, paced=paced, unknown_word=unknown,
                                building=building, built_over=built_over, complaint=complaint,
                                worsening=worsening, asked_after=asked_after)

    def _pace_guessed(self, keys: Sequence[str], values: Sequence[_Match],
                      hedges: Sequence[frozenset[int]]) -> bool:
        """Not knowing said before the pace, and the pace said with a doubt of its own (a hedge
        outside the not-knowing words, or not knowing said again after it): "not sure, maybe
        slowly", "I don't know, it might have been gradual, I can't say". A pace said plainly
        after a "don't know" about something else keeps its value (phr30, 5zzx 30d), and so
        does one only softened ("I couldn't tell you exactly, it just sort of crept up"): a
        hedge of `pace_softeners` alone says how it went, not whether."""
        paces = [m for m in values if m.phrase.target.startswith("onset:")]
        unknowing = self._spans(keys, self.vocabulary.not_knowing)
        if not paces or not unknowing:
            return False
        first = min(m.start for m in paces)
        if not any(min(span) < first for span in unknowing):
            return False
        known = frozenset().union(*unknowing)
        softeners = self.vocabulary.word_sets["pace_softeners"]
        guesses = [hedge for hedge in hedges if not all(keys[at] in softeners for at in hedge)]
        return (any(not hedge <= known for hedge in guesses)
                or any(min(span) > first for span in unknowing))

    def _pace_kept_on(self, keys: Sequence[str], values: Sequence[_Match],
                      lengths: Sequence[_Match]) -> bool:
        """Every pace said is one of days kept on ("day by day", "weaker every day"), and no
        length of hours or days is said outside it ("from three days my foot is slapping":
        a change that new keeps its sudden onset, rule 3)."""
        kept_on = self.vocabulary.word_sets["pace_kept_on"]
        paces = [m for m in values if m.phrase.target.startswith("onset:")]
        if not paces or not all(
                m.phrase.target == "onset:days" and any(keys[at] in kept_on for at in m.positions)
                for m in paces):
            return False
        held = frozenset().union(*(m.positions for m in paces))
        return not any(m.phrase.target in ("duration:hours", "duration:days")
                       and not m.positions <= held for m in lengths)

    def _opened_request(self, requests: Sequence[_Match],
                        keys: Sequence[str]) -> _Match | None:
        """A pace or a repeat asked for first, with only fillers before it and more words after
        ("please slow down, I'm a bit panicky", "um, say that again, I'm all flustered"): the
        words after it are the reason for asking, so the request stands beside them. The
        context keeps any sign a red flag depends on said in them (phr30, round 30, 5zzx
        30a); a request said later in the turn is weighed as before."""
        for match in sorted(requests, key=lambda m: m.start):
            if _target(match) not in _OPENING_REQUESTS:
                continue
            before = keys[:match.start]
            after = [key for key in keys[match.end:] if key != CLAUSE]
            # a bare "slower" must be asked for ("slower please"): "slower than it was" tells
            asked = (match.end - match.start > 1 or "please" in keys[:match.end + 1]
                     or _target(match) == "help")
            if asked and after and all(key in _REQUEST_FILLERS or key in _OPENERS
                                       or key == CLAUSE for key in before):
                return match
        return None

    def _requests(self, keys: Sequence[str], bounds: Sequence[int], locale: str,
                  passing: Sequence[frozenset[int]]) -> list[_Match]:
        """The requests said that stand: a request to end or pause only as the whole of what
        was said ("I have to stop" inside "my calf cramps and I have to stop" is none), and
        none inside a time said ("since the clocks went back", "since I went back to work") or
        words that say a sign passed ("it went back to normal")."""
        found = self._find(keys, self.vocabulary.requests, locale)
        if closed := self._asked_about_closed(keys):
            # "what does saddle mean": the request read without the words it asks about, which
            # a set phrase's one gap word would not span (dur26, round 26, 5zzi)
            kept = [at for at in range(len(keys)) if at not in closed]
            found += [_Match(m.phrase, kept[m.start], kept[m.end - 1] + 1,
                             frozenset(kept[at] for at in m.positions))
                      for m in self._find([keys[at] for at in kept], self.vocabulary.requests,
                                          locale)]
        requests = _outermost(found)
        if not requests:
            return requests
        requests = [m for m in requests if _target(m) not in _WHOLE_REQUESTS
                    or _whole(m, keys, requests, self.vocabulary.word_sets["asked_for_by"]
                              | self.vocabulary.word_sets["words_of_address"])
                    or _called_away(m, keys, self.vocabulary.word_sets["called_away"])]
        if any(key in _STILL_ANSWERING for key in keys):
            # "hang on, let me check", "hold on, I need to think": a moment to find the answer,
            # never a pause that ends the session (and, with resuming off, loses the answers)
            requests = [m for m in requests if _target(m) != "pause"]
        # "I'm talking normally", "she is speaking normally": how one speaks, said of oneself or
        # another (the stroke question's speech part), never a pace asked for (round 17, 5ze)
        # ...but a pace said too much for the listener ("that was too quick for me") is the
        # skill's speech judged, asked slower (phr41, round 41, 5zzzzn 41a)
        listener = self.vocabulary.word_sets["pace_listeners"]
        requests = [m for m in requests if not (
            _target(m) in _PACE_REQUESTS and m.start > 0 and keys[m.start - 1] == "be"
            and keys[m.end - 1] not in listener)]
        # "it goes back and forth between my legs", "to and fro": a movement, no going back
        requests = [m for m in requests if not (
            _target(m) == "go_back" and tuple(keys[m.end:m.end + 2]) == ("and", "forth"))]
        # "the only real pain is going back to work": what "the only ... is" names is a thing
        # said, never a going back asked for (round 25, 5zzc 25b)
        requests = [m for m in requests if not (
            _target(m) == "go_back" and m.start > 0 and keys[m.start - 1] == "be"
            and "only" in keys[max(0, m.start - 8):m.start - 1])]
        # "I gave it up and never went back": a habit not taken up again, no going back in the
        # check (phr37, round 37, 5zzzza 37d)
        not_back = self.vocabulary.word_sets["not_a_going_back"]
        requests = [m for m in requests if not (
            _target(m) == "go_back" and m.start > 0 and keys[m.start - 1] in not_back)]
        # "I go to the clinic every month", "I went to the hospital": a visit told as what the
        # speaker does or did, no auxiliary asking before its subject, is no request to be told
        # when to be seen (phr40, round 40, 5zzzzk 40c)
        sets = self.vocabulary.word_sets
        requests = [m for m in requests if not (
            _target(m) == "when_to_see_doctor" and keys[m.start] in sets["visits_told_by"]
            and m.start > 0 and keys[m.start - 1] in sets["visits_told_subjects"]
            and (m.start < 2 or keys[m.start - 2] not in _AUXILIARY_QUESTIONS | {"must", "need"}))]
        dated = _since_clauses(keys, bounds)
        # ...nor inside words that say a sign passed ("then it went back to normal")
        passed = frozenset().union(*passing)
        return [m for m in requests if m.start not in dated and not m.positions <= passed]

    def _request_words(self, keys: Sequence[str], locale: str) -> frozenset[int]:
        """The words of every moment or pace asked for, kept or not as the turn's request."""
        return frozenset(at for m in self._find(keys, self.vocabulary.requests, locale)
                         if _target(m) in _PACE_REQUESTS or _target(m) == "pause"
                         for at in m.positions)

    def _called_away_words_read(self, matches: list[_Match], requests: Sequence[_Match],
                                keys: Sequence[str]) -> list[_Match]:
        """Without a sign read only in doubt from the words that say what calls the person
        away after a pause ("hang on, someone's knocking": a knock at the door, no knock to
        the body), when nothing of the speaker's own is said ("hold on, I knocked my knee" is
        checked as before). A sign stated outright stays ("hang on, I knocked my back and my
        legs gave way"), and is warned first (safety33, round 33, 5zzzh 33c)."""
        called_away = self.vocabulary.word_sets["called_away"]
        own = self.vocabulary.word_sets["speakers_own"]
        # the speaker's own words ("hold on, I knocked my knee") tell what befell them
        away = frozenset(at for m in requests if _called_away(m, keys, called_away)
                         and not own & set(keys[m.end:])
                         for at in range(m.end, len(keys)) if keys[at] in called_away)
        if not away:
            return matches
        return [m for m in matches if not m.positions <= away or (
            m.phrase.certain and not m.phrase.mention)]

    def _weak_of_the_upper_body(self, where: frozenset[int], keys: Sequence[str],
                                bounds: Sequence[int]) -> bool:
        """The words `where` are a bare "weak" ("weak", "a bit weak", "weakness") whose clause,
        up to it, names an arm or a hand and no leg ("that arm's weak")."""
        if not where or not {keys[at] for at in where} <= _BARE_WEAK:
            return False
        start = max([b for b in bounds if b <= min(where)], default=0)
        before = set(keys[start:min(where)])
        vocab = self.vocabulary
        return bool(before & vocab.upper_body) and not before & (vocab.legs | _LEGS)

    def _of_the_upper_body_only(self, where: frozenset[int], keys: Sequence[str],
                                bounds: Sequence[int]) -> bool:
        """The words `where` (and those between) name no leg, and their clause, up to them,
        names a hand, an arm or the face and no leg: a sign said of the upper body alone ("my
        hands go white")."""
        if not where:
            return False
        legs = self.vocabulary.legs | _LEGS
        start = max([b for b in bounds if b <= min(where)], default=0)
        before = set(keys[start:min(where)])
        return (bool(before & self.vocabulary.upper_body) and not before & legs
                and not set(keys[min(where):max(where) + 1]) & legs)

    def _cleared_is_denied(self, idioms: Mapping[str, list[_Match]],
                           by_finding: dict[str, Finding], said: Sequence[str]) -> None:
        """A condition said to have cleared, and not said otherwise ("only when I was pregnant,
        gestational diabetes, but it went away after"), is a no: the words answer the question
        asked (round 29, 5zzt 29c). Said present too ("... and now I'm on insulin"), it stays."""
        for target, found in idioms.items():
            cleared = [m for m in found if m.phrase.text in self.vocabulary.cleared]
            if cleared and target not in by_finding:
                words_ = " ".join(said[cleared[0].start:cleared[0].end])
                by_finding[target] = Finding(target, False, True, words_)

    def _numbness_clauses(self, keys: Sequence[str], bounds: Sequence[int],
                          matches: Sequence[_Match]) -> list[int] | None:
        """The positions of the clauses a length of the numbness may be said in: those naming
        the numbness or one of the leg's own symptoms, or no finding at all; None when every
        clause may ("thirty-two weeks pregnant" is not how long the tingling has lasted)."""
        vocab = self.vocabulary
        edges = [0, *(b for b in bounds if 0 < b < len(keys)), len(keys)]
        own: list[int] = []
        for start, end in _aid_pieces(keys, edges, vocab.word_sets["walking_aids"]):
            named = {m.phrase.target for m in matches
                     if start <= m.start < end and not m.phrase.mention}
            said = set(keys[start:end])
            if (said & vocab.word_sets["walking_aids"]
                    and not said & vocab.word_sets["feelings_of_the_complaint"]
                    and named <= _AID_FINDINGS):
                # 5z (round 14): "I've used a walking frame for a couple of years", "I'm on a
                # walker since many years": the length dates the aid, never the numbness told
                # beside it ("walking" is no feeling); the numbness's length is read from its own
                # clause, or asked. The aid's own timing is still checked (5s, 5u).
                continue
            if named & _WOUNDS and named <= _FOUND_ON_THE_SKIN and not any(
                    keys[at] in vocab.numbness_words - _BODY_PARTS for at in range(start, end)):
                # 20a: "and tonight I found a cut on my toe" times the cut, not the numbness
                continue
            if (not named or named & vocab.numbness_findings
                    or any(keys[at] in vocab.numbness_words for at in range(start, end))):
                own.extend(range(start, end))
        return None if len(own) == len(keys) else own

    def _reported(self, keys: Sequence[str]) -> int:
        """Where the answer starts after a carer's "he says", "my mum says", "she tells me"
        (review6 O5): the person's own answer, passed on. 0 when the words open with none."""
        vocab = self.vocabulary
        at = 0
        while at < len(keys) and keys[at] in _REPORTING_WHO and at < 3:
            at += 1
        at += at < len(keys) and keys[at] in vocab.third_person | vocab.people
        if at >= len(keys) or keys[at] not in _REPORTING:
            return 0
        at += 1
        return at + (at < len(keys) and keys[at] in ("me", "us"))

    def _undone(self, keys: Sequence[str]) -> list[frozenset[int]]:
        """Negations undone by another in the same clause (round 13): a frame of the
        vocabulary's `double_negatives` ("not say", "not like", "not that", "not not") and, a few
        words on, a second "not" or "never" ("I can't say my back doesn't hurt", "it's not like
        my legs aren't giving way"), or "no" straight after "say" ("I wouldn't say no to
        one"). Not knowing after the second ("can't say, I don't know") undoes nothing."""
        spans = []
        sets = self.vocabulary.word_sets
        for frame in self._spans(keys, self.vocabulary.double_negatives):
            end = max(frame) + 1
            if keys[end - 1] == "like" and end < len(keys) \
                    and keys[end] in sets["like_what_was_asked"] \
                    and (end + 1 == len(keys) or keys[end + 1] in _AFTER_LIKE_THAT):
                # "nothing like that, it's not creeping up": a denial of what was asked, and
                # the "not" after it a second denial, never a negation undone ("it's not like
                # that leg isn't numb" still is one)
                continue
            if keys[end - 1] == "that" and keys[end:end + 1] == ("i",) \
                    and end + 1 < len(keys) and keys[end + 1] in sets["as_far_as_i_know"]:
                # "not that I remember, I haven't had a fall" (commas are not heard): a denial
                # as far as one knows, then a second denial, never a negation undone
                continue
            if keys[end - 1] in sets["second_negations"] and keys[end - 2] == "not":  # "not not"
                spans.append(frame)
                continue
            if end < len(keys) and keys[end] == "no" and keys[end - 1] == "say":
                spans.append(frame | {end})
                continue
            for at in range(end, min(end + _UNDOING_REACH, len(keys))):
                if keys[at] in (CLAUSE, "but", "and"):
                    break
                if keys[end - 1] == "say" and keys[at] in _ASSURING:
                    # round 20 (reader20, 5zm 20a): "I wouldn't say his speech is normal": a
                    # norm denied by saying, the thing changed; its "not" and its "normal"
                    # deny nothing told after them ("... it's slurred")
                    spans.append(frozenset(range(min(frame), at + 1)))
                    break
                if keys[at] in sets["second_negations"]:
                    if at + 1 < len(keys) and keys[at + 1] in sets["not_knowing_verbs"]:
                        break
                    if keys[at - 1] in sets["inability"]:
                        # "it's not like I can't walk": a loss denied, whose "can't" is the
                        # sign's own word, never a negation undone
                        break
                    spans.append(frozenset(range(min(frame), at + 1)))
                    break
        return spans

    def _hedged_no(self, keys: Sequence[str], values: list[_Match],
                   doubts: Sequence[tuple[str, ...]]) -> bool:
        """Whether the "no" was said only with a doubt ("I don't think so", or `doubts`), with
        no plain no beside it ("I don't think so, no" is a no)."""
        doubted = self._spans(keys, doubts)
        if not doubted:
            return False
        covered = frozenset().union(*doubted)
        return not any(m.phrase.target == "no" and not (m.positions & covered) for m in values)

    def _not_knowing_beside(self, keys: Sequence[str], values: list[_Match],
                            looks: Sequence[frozenset[int]]) -> bool:
        """Whether not knowing is said in words of its own (`not_knowing`), outside every no
        said and every longer look-alike ("not sure why"), and not of how or why ("I don't know
        why it's numb")."""
        noes = [m.positions for m in values if m.phrase.target == "no"]
        for span in self._spans(keys, self.vocabulary.not_knowing):
            after = max(span) + 1
            if after < len(keys) and keys[after] in _ASKED_ABOUT:
                continue
            if any(span < look for look in looks) or any(span <= no for no in noes):
                continue
            return True
        return False

    def _answer(self, values: list[_Match], keys: Sequence[str], masks: frozenset[int],
                hedges: Sequence[frozenset[int]], by_finding: dict[str, Finding]) -> str | None:
        # "now you mention it, yes": a set phrase before the answer does not stop it answering
        opening = next((at for at, key in enumerate(keys) if at >= self._reported(keys)
                        and key not in _OPENERS and at not in masks), len(keys))
        # not knowing said after a reason, where nothing is said for certain ("they mentioned
        # my kidney function once, I'm not sure what they meant"): the reason is why it is not
        # known, and the answer is "not sure" (round 12)
        unsure_after_a_reason = not any(f.present and f.certain for f in by_finding.values())
        plain = sorted((m for m in values if m.phrase.target in ("yes", "no", "unsure")
                        and (m.start <= opening or _said_last(m, keys)
                             or (m.phrase.target == "unsure" and unsure_after_a_reason))
                        and not (_bare(m, keys) and not _complete(m, keys))
                        and not _split_yeah_no(m, keys)),
                       key=lambda m: (-(m.end - m.start), m.start))
        if not plain:
            return None
        # a conclusion ("..., so I suppose yes") beats what came first; a yes or no tagged on
        # at the end ("it's pretty bad, yeah") answers only when nothing came first
        concluded = [m for m in plain if m.start > opening and _concludes(m, keys)]
        first = [m for m in plain if m.start <= opening]
        chosen = (concluded or first or plain)[0]
        if _yeah_no(chosen, keys) and not self._denial_after(chosen, keys, by_finding):
            # "yes, no grip in my right arm", "yeah no, it's definitely spreading": a yes, then
            # what it is; "yeah no" is a no only said alone or with a denial after it (rule 3;
            # round 32, deny32, 5zzze 32k)
            return "yes"
        # "Maybe my legs are giving way": a doubt said of what follows it hedges that finding;
        # it answers "not sure" only when it is said of nothing ("maybe, my levels were off").
        # "Not sure" itself says what is known, and answers whatever follows it.
        if chosen.phrase.target == "unsure" and any(h & chosen.positions for h in hedges) and any(
                f.present and not f.certain and not f.vague for f in by_finding.values()):
            return None
        return chosen.phrase.target

    # -- phrase finding ------------------------------------------------------------------------

    def _find(self, keys: Sequence[str], phrases: PhraseBook, locale: str,
              gap: int = _SET_GAP) -> list[_Match]:
        """Every phrase said: its first word where a phrase may start, each next word among the
        words within reach of the one before (`gap` words between at most)."""
        found = []
        reach = self._reach(keys, gap)
        joins = self.vocabulary.word_sets["clause_joins"]
        for start, key in enumerate(keys):
            if key not in phrases:
                continue
            # only phrases whose second word is within reach are tried
            for phrase in phrases.starting_near(key, {keys[at] for at in reach[start]}):
                if phrase.locales and locale not in phrase.locales:
                    continue
                match = self._match_at(phrase, keys, start, reach)
                if match is not None and not (phrase.loose and _joined_across(
                        keys, match.start, match.end - 1, match.positions, joins)):
                    found.append(match)
        return found

    def _reach(self, keys: Sequence[str], gap: int) -> list[tuple[int, ...]]:
        """For each position, where the next word of a phrase may stand: the next `gap` + 1
        words, up to the first that is neither a gap word nor a negation trigger."""
        reach = []
        for at in range(len(keys)):
            probes = []
            for probe in range(at + 1, min(len(keys), at + gap + 2)):
                probes.append(probe)
                if keys[probe] not in self._passable:
                    break
            reach.append(tuple(probes))
        return reach

    @staticmethod
    def _match_at(phrase: Phrase, keys: Sequence[str], start: int,
                  reach: Sequence[tuple[int, ...]]) -> _Match | None:
        """The phrase said from `start`, each word the first of its own within reach."""
        positions = [start]
        at = start
        for slot in phrase.slots[1:]:
            for probe in reach[at]:
                if keys[probe] in slot:
                    at = probe
                    break
            else:
                return None
            positions.append(at)
        return _Match(phrase, start, at + 1, frozenset(positions))

    def _spans(self, keys: Sequence[str],
               sequences: Sequence[tuple[str, ...]]) -> list[frozenset[int]]:
        by_first = self._sequences[id(sequences)]
        spans = []
        for start, key in enumerate(keys):
            for sequence in by_first.get(key, ()):
                size = len(sequence)
                if tuple(keys[start:start + size]) == sequence:
                    spans.append(frozenset(range(start, start + size)))
        return spans

    def _of_the_thing(self, keys: Sequence[str],
                      hedges: list[frozenset[int]]) -> list[frozenset[int]]:
        """The hedges that doubt what is said, not the word it is said in: "I've got, I think
        the word is retention, I haven't been able to pee" doubts the clinical word, and the
        plain words beside it are stated (`word_doubts`; rule 1; flags34, 5zzzn 34g)."""
        doubts = self._spans(keys, self.vocabulary.word_doubts)
        return [h for h in hedges if not any(h <= d for d in doubts)]

    def _set_phrases(self, keys: Sequence[str]) -> list[frozenset[int]]:
        """The set phrases said (`set_phrases`), but not one whose last word is the next word's
        body part: Alexa's words come without commas, so "one week, back pain is there" arrives
        as "one week back pain is there", whose "week back" is no time ago but a length and the
        back's pain (`back_said_as_the_back`; round 32, safety32, 5zzzc 32f, as round 14 left
        "days back" out for the same reason)."""
        body = self.vocabulary.word_sets["back_said_as_the_back"]
        return [span for span in self._spans(keys, self.vocabulary.masks)
                if not (keys[max(span)] == "back" and max(span) + 1 < len(keys)
                        and keys[max(span) + 1] in body)]

    def _worsened_suddenly(self, keys: Sequence[str], elsewhere: frozenset[int],
                           history: Sequence[tuple[frozenset[int], bool]]) -> bool:
        """A sudden worsening said and not denied ("then suddenly much worse", "it got worse
        all of a sudden"; not "it didn't suddenly get worse"), nor said of something else or of
        a past that cleared (understanding.yaml `worsened_suddenly`; round 28, 5zzr 28a)."""
        negations = self.vocabulary.word_sets["second_negations"]
        return any(not span & elsewhere
                   and not any(span <= stretch for stretch, _ in history)
                   and not negations.intersection(keys[max(0, min(span) - 2):min(span)])
                   for span in self._spans(keys, self.vocabulary.worsened_suddenly))

    def _denial_after(self, match: _Match, keys: Sequence[str],
                      by_finding: dict[str, Finding]) -> bool:
        """Whether "yeah no" is followed by a denial: a finding denied ("face is normal", "not
        weak"), or, with no sign told, a word that denies or assures ("never had it", "I've felt
        alright"; `negation` before and after). A sign told after it,
        even in passing ("yeah no, it's definitely spreading"), or a loss said with "no" ("yes,
        no grip in my arm") leaves the yes (rule 3)."""
        if any(not f.present for f in by_finding.values()):
            return True
        if any(f.present for f in by_finding.values()):
            return False
        denying = self._triggers | frozenset(t[0] for t in self.vocabulary.after if len(t) == 1)
        return any(key in denying for key in keys[match.end:])

    def _timing_yes(self, keys: Sequence[str]) -> bool:
        """Worse, or new within about a week ("much worse", "last week"), not denied ("no
        worse"); or a yes and a no said apart, of two signs ("the weakness yes, the leak no";
        "yeah nah" side by side is one answer). Read as a yes only at a timing question."""
        vocab = self.vocabulary
        denied = frozenset().union(*self._spans(keys, vocab.timing_yes_denied))
        if any(not (span & denied) for span in self._spans(keys, vocab.timing_yes)):
            return True
        yes = [at for at, key in enumerate(keys) if key in _YES_WORDS]
        no = [at for at, key in enumerate(keys) if key in _ANSWER_WORDS - _YES_WORDS]
        return any(abs(a - b) > 2 for a in yes for b in no)

    def _joins(self, keys: Sequence[str]) -> frozenset[int]:
        """Positions of an "and", "so" or "then" that opens a new clause ("and it...")."""
        new_clause = self.vocabulary.new_clause
        return frozenset(at for at, key in enumerate(keys[:-1])
                         if key in ("and", "so", "then") and keys[at + 1] in new_clause)

    def _failing_denied(self, span: frozenset[int], keys: Sequence[str]) -> bool:
        """Words of failing with a denial up to three words before them in their clause ("I
        haven't actually fallen", "never fell", "no fall"): the failing denied."""
        start = min(span)
        before = keys[max(0, start - 3):start]
        if CLAUSE in before:
            before = before[len(before) - before[::-1].index(CLAUSE):]
        return any(key in self.vocabulary.word_sets["failing_denied_by"] for key in before)

    def _clause_bounds(self, keys: Sequence[str]) -> list[int]:
        """Positions that start a new clause: after a clause mark, a terminator, or "and" + a
        new subject."""
        vocab = self.vocabulary
        bounds = []
        # ...but "also" said just before a reassurance ("swallowing is also fine") opens none:
        # the reassurance is said of what came before it, as "swallowing is fine too" (phr40,
        # round 40, 5zzzzk 40a)
        reassuring = {min(span) for span in self._spans(keys, vocab.after)}
        also = vocab.word_sets["also_before_reassurance"]
        for span in self._spans(keys, vocab.terminators):
            if len(span) == 1 and keys[min(span)] in also and max(span) + 1 in reassuring:
                continue
            bounds.append(max(span) + 1)
        for at, key in enumerate(keys):
            if key == CLAUSE or (key in ("and", "so", "then") and at + 1 < len(keys) and (
                    keys[at + 1] in vocab.new_clause)):
                bounds.append(at + 1)
            elif key == "and" and at + 2 < len(keys) and keys[at + 2] in _VERBS_OF_STATE and (
                    keys[at + 1] not in vocab.gap):
                bounds.append(at + 1)  # "... without any reason and back is paining"
            elif key == "and" and self._length_opens(keys, at + 1):
                bounds.append(at + 1)  # "... a week ago and for the last two days my feet ..."
        bounds += self._restated_after_not(keys)
        return sorted(set(bounds))

    def _restated_after_not(self, keys: Sequence[str]) -> list[int]:
        """Where a corrective contrast's restatement begins: "not a niggle it is agony", "not
        tingling it is a burning" (Alexa sends no comma). The "not" denies the one to three words
        after it; the subject and "be" said next (`restating_subjects`, `restating_verbs`), or a
        subject after X said not to be quite it (`restating_closers`: "not weakness exactly my
        legs give way"), open a clause of their own, which it does not reach. Never after a
        "not" of thinking, saying or knowing (`not_restating`: "I don't think it is agony" is a
        denial) (safety38, round 38, docs/clinical-safety.md 5zzzzf 38f)."""
        sets = self.vocabulary.word_sets
        out = []
        for at, key in enumerate(keys):
            if key != "not":
                continue
            for subject in range(at + 2, min(len(keys) - 1, at + 2 + _RESTATED_REACH)):
                between = keys[at + 1:subject]
                if any(word == CLAUSE or word in sets["own_subjects"] or word in self._triggers
                       or word in self._stops or word in sets["not_restating"]
                       for word in between):
                    break
                if keys[subject] in sets["restating_subjects"] and (
                        keys[subject + 1] in sets["restating_verbs"]):
                    out.append(subject)
                    break
                if keys[subject - 1] in sets["restating_closers"] and subject - 1 > at + 1 and (
                        keys[subject] in sets["own_subjects"]):
                    # "not weakness exactly my legs just give way": X said not to be quite it
                    out.append(subject)
                    break
        return out

    def _bare_thing_denied(self, keys: Sequence[str], openers: AbstractSet[str]) -> list[int]:
        """Where a one-word thing denied by the answer's own leading "no" ends, whether or not
        the vocabulary reads that word as a finding ("no drooping, my arm is weak", "no accent,
        I'm slurring my words"): the "no" answers for that word alone, as it does for a
        finding's words, and the sign told after it in a clause of its own is held to the same
        tests (safety31, 5zzz 31d). Only the first word after the first "no", and never a
        subject or a gap word: "no my arm is weak" stays as it was."""
        if len(keys) < 3 or keys[0] not in _NO_WORDS:
            return []
        word = keys[1]
        if (word == CLAUSE or not word.isalpha() or word in self.vocabulary.gap
                or word in openers or word in _ANSWER_WORDS or word in self._triggers
                or word in self._stops):
            return []
        return [2]

    def _sign_after_a_thing_denied(self, keys: Sequence[str], said: Sequence[str],
                                   bounds: list[int], matches: Sequence[_Match],
                                   triggers: Sequence[frozenset[int]],
                                   afters: Sequence[frozenset[int]]) -> list[int]:
        """ "No fever, back pain is worse at night", "no injury, my legs keep giving way", "no
        pain, my leg is cold and white": a thing denied by "no" straight before it, then a red
        flag's sign (`told_after_a_denial`) told plainly now in a clause of its own. Alexa's
        words come without the comma, so the "no" reached the sign and recorded it as a no; a
        new clause starts after the thing denied. Narrower than round 25's rule (5zzc 25c, taken
        back): the clause opens with a subject or the sign's own words, and nothing after the
        thing denied says it otherwise: no negative (but one in the sign's own words, "I can't
        feel my bum"), no reassurance, figure, other person or "not me", no past or history,
        none of `not_plain_now`, `not_plain_told` or `said_before` ("no fever, no weakness",
        "no, legs just tired", "no pain in the back, bladder's normal", "no drooping, had a weak
        arm years ago") (round 26, 5zzg)."""
        vocab = self.vocabulary
        signs = vocab.told_after_a_denial
        sets = vocab.word_sets
        openers = (sets["clause_subjects"] | {"my", "me", "the", "its"}) - {"he", "she", "they"}
        fillers = (sets["history_fillers"] | {"really"}) - {"and", "like"}
        added = []
        ends = [m.end for m in matches
                if m.start > 0 and keys[m.start - 1] in _NO_WORDS
                and set(range(m.start, m.end)) <= m.positions]
        ends += self._bare_thing_denied(keys, openers)
        for at in ends:
            if not at < len(keys) - 1 or at in bounds:
                continue
            start = at
            while start < len(keys) - 1 and (keys[start] == CLAUSE or keys[start] in fillers):
                start += 1  # "no pain really my foot is cold and pale"
            told = [o for o in matches if o.start >= start and o.phrase.target in signs
                    and o.phrase.certain and not (o.phrase.mention or o.phrase.denies
                                                  or o.phrase.explains or o.phrase.idiom)]
            if not told or not (keys[start] in openers or any(o.start == start for o in matches)):
                continue
            # a negation inside the sign's own words ("I can't feel my bum"), or said after the
            # sign of the sign's own bare word ("night time back pain is more, cannot sleep")
            own = frozenset().union(*(o.positions for o in told)) | frozenset(
                min(t) for t in triggers for o in told if min(t) >= o.end and any(
                    x.start == max(t) + 1 and x.phrase.target == o.phrase.target
                    and x.phrase.mention for x in matches))
            rest = range(at, len(keys))
            if any(min(t) >= at and min(t) not in own for t in triggers) or any(
                    min(a) >= at for a in afters) or any(
                    o.start >= at and o.phrase.idiom for o in matches):
                continue
            if any(said[i] in sets["not_plain_now"] or said[i] in sets["not_plain_told"]
                   or said[i] in sets["said_before"] or keys[i] in vocab.their_history
                   or keys[i] in vocab.people
                   or (keys[i] in sets["possessives"] and keys[i] not in ("my", "its"))
                   for i in rest):
                continue
            past = [*self._spans(keys, vocab.history_past),
                    *self._spans(keys, vocab.history_distant),
                    *self._spans(keys, vocab.not_the_speaker)]
            if any(max(span) >= at for span in past):
                continue
            added.append(at)
        return sorted({*bounds, *added}) if added else bounds

    def _length_opens(self, keys: Sequence[str], at: int) -> bool:
        """Whether a length of time starts at `at` ("for the last two days", "over the past
        couple of weeks", "these two days"): an opener, then only words of a length up to its
        unit (round 23, 5zw 23a). A number is one, in digits or in any number word ("for the
        last eleven days"), as the lengths themselves read it (round 24, 5zy)."""
        sets = self.vocabulary.word_sets
        if at >= len(keys) or keys[at] not in sets["length_openers"]:
            return False
        for key in keys[at + 1:at + 7]:
            if key in self.vocabulary.units:
                return True
            if key not in sets["length_words"] and not key.isdigit() and not spoken_number(key):
                return False
        return False

    def _intervals(self, keys: Sequence[str]) -> list[frozenset[int]]:
        """The words of a time said of something other than the complaint's own course (how
        often it keeps happening: "every few days"; how long a rest takes to ease it: "if I
        stand a minute": understanding.yaml `timed_elsewhere`): never how long the complaint
        has lasted nor how fast it came on (round 29, clinic29, 5zzu 29b)."""
        return self._spans(keys, self.vocabulary.timed_elsewhere)

    def _without_intervals(self, said: Sequence[str],
                           keys: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
        """The words and keys with each such time ("worse every few days") blanked to commas,
        as an age is, so no length is read from it and every other word keeps its position."""
        blanked = frozenset().union(*self._intervals(keys))
        if not blanked:
            return said, keys
        return ([("," if at in blanked else w) for at, w in enumerate(said)],
                [("," if at in blanked else k) for at, k in enumerate(keys)])

    def _without_ages(self, words_: Sequence[str]) -> Sequence[str]:
        """The words with an age ("seventy years old", "a six week old baby", "my 70 year old
        mum") blanked to commas, which lengths skip, so the positions of every other word stay
        where they were. Not the age of a complaint said of it ("it's about two weeks old"):
        that is how long it has lasted (round 24, 5zza 24b)."""
        sets, vocab = self.vocabulary.word_sets, self.vocabulary
        out = list(words_)
        keys = [vocab.key(w) for w in out]  # the word sets hold keys
        for at in range(1, len(out) - 1):
            if keys[at] not in vocab.units or keys[at + 1] not in sets["age_marks"]:
                continue
            start = _number_start(keys, at, sets["age_numbers"])
            before = start - 1
            if before > 0 and keys[before] in sets["age_verbs"]:
                before -= 1  # "it is", "that was"
            # nothing before it or after it ("about two weeks old"): the carrier's subject ("it's
            # {speech}"), taken as the complaint; with words after it ("seventy year old mom has
            # ...", the carrier's "my" not in the slot) it is a person's age
            alone = before < 0 and at + 2 >= len(out)
            if start == at or alone or (before >= 0
                                        and keys[before] in sets["age_of_a_complaint"]):
                continue
            if _since_a_birth(keys, start, sets):
                continue  # "since the baby came, she's six weeks old": a length (round 28)
            out[start:at + 1] = [","] * (at + 1 - start)
        return out if out != list(words_) else words_

    def _history(self, keys: Sequence[str], said: Sequence[str], bounds: Sequence[int],
                 hedges: Sequence[frozenset[int]]) -> list[_Past]:
        """The stretches said as past and then cleared ("it used to be the right years ago but
        that cleared up", "I had back pain last year but it went away"), each with whether it
        holds a marker of the distant past (understanding.yaml `history`; round 24, 5zy). None
        when anything in the turn says it is back ("now it's back", "still"), and a clearing
        counts only said outright: not negated ("it never went away"), partial ("mostly
        sorted"), going on ("it's clearing up"), hedged ("I think it went away") nor said of a
        state ("my leg has gone weak"). Each stretch comes with the words between a habit
        ("used to") and the end said of it ("not any more") at the stretch's end, once for each
        such pair (round 34, 5zzzq 34s; computed here once, round 35)."""
        vocab = self.vocabulary
        sets = vocab.word_sets
        overs = self._spans(keys, vocab.history_over)
        # (a habit's end is partial only said just before it, "mostly not any more": in "I used
        # to leak a BIT but not any more" the bit is how much leaked)
        cleared = [c for c in [*self._spans(keys, vocab.history_cleared), *overs]
                   if not any(keys[at] in sets["history_negations"]
                              for at in range(max(0, min(c) - 2), min(c)))
                   and not any(keys[at] in sets["history_partial"]
                               for at in range(max(0, min(c) - (1 if c in overs else 2)),
                                               min(c)))
                   and not any(said[at].endswith("ing") for at in c)
                   and not (max(c) + 1 < len(keys) and c not in overs
                            and keys[max(c) + 1] in sets["history_not_after"])]
        if not cleared:
            return []
        over = [c for c in cleared if c in overs]
        habits = self._spans(keys, vocab.history_habit)
        if any(not any(r & c for c in cleared) for r in self._spans(keys, vocab.history_returned)):
            return []
        not_distant = frozenset().union(*self._spans(keys, vocab.history_not_distant))
        distant = [d for d in self._spans(keys, vocab.history_distant) if not d & not_distant]
        markers = sorted([*distant, *self._spans(keys, vocab.history_past)], key=min)
        recent = self._spans(keys, vocab.history_recent)
        stretches = []
        taken = -1
        for clearing in sorted(cleared, key=min):
            at = min(clearing)
            own = self._clause_start(at, bounds)
            end = max(clearing) + 1
            nxt = [b for b in bounds if b > at]
            if nxt and nxt[0] > end:
                end = nxt[0]  # the clearing's own clause: "that cleared up years ago"
            elif not nxt:
                end = len(keys)
            if any(h and own <= min(h) and max(h) < end for h in hedges):
                continue  # "I think it went away": no clearing said outright
            before = [b for b in bounds if b < own]
            first = before[-1] if before else 0  # the clause before the clearing's, or its own
            marked = [m for m in markers if first <= min(m) and max(m) < end and min(m) > taken]
            if not marked:
                continue
            if any(max(marked[0]) < min(r) and max(r) < min(clearing) for r in recent):
                continue  # "years ago ..., but yesterday my foot went numb, it came good"
            marker = min(marked[0])
            start = marker
            after = max(marked[0]) + 1
            while after < len(keys) and keys[after] in sets["history_fillers"]:
                after += 1
            # (not the clearing's own subject: "my back hurt years ago it cleared up")
            opens = after < len(keys) and keys[after] in sets["history_subjects"] and not (
                after <= min(clearing) <= after + 2)
            for back in range(marker - 1, first - 1, -1):
                if opens:  # "years ago I had ...": the marker opens what it is said of
                    break
                if said[back] in sets["history_present"]:
                    break
                if keys[back] in sets["history_subjects"] and not (
                        back > 0 and keys[back - 1] in sets["history_prepositions"]):
                    start = back  # not "to MY knees": after a preposition, no subject
                    break
            else:
                start = first
            stretch = frozenset(range(start, max(clearing) + 1))
            # a habit said over ("I used to leak ... but not any more") is told as long past
            ended = clearing in over and any(h <= stretch for h in habits)
            gaps = tuple(frozenset(range(max(habit) + 1, min(o)))
                         for habit in habits if habit <= stretch
                         for o in overs if o <= stretch and max(o) == max(stretch))
            stretches.append(_Past(stretch, ended or any(d <= frozenset(range(start, end))
                                                         for d in distant), gaps))
            taken = max(clearing)
        return stretches

    def _habit_over(self, keys: Sequence[str], told_past: Sequence[_Past],
                    matches: Sequence[_Match], by_finding: Mapping[str, Finding]) -> bool:
        """A habit of the past said over, and nothing said now: "I used to but not any more",
        "used to, not any more, I've been dry six years", "I used to have a bad back but not
        any more". "Used to" ... "not any more" says the thing asked went on once and ended,
        so the answer is no. Only when the habit holds nothing but small words or a finding
        (the thing asked): "I used to be fine, not any more" says the opposite and answers
        nothing; a finding said present beside it answers instead (round 34, 5zzzq 34s)."""
        if any(f.present and f.certain for f in by_finding.values()):
            return False
        sets = self.vocabulary.word_sets
        for between in (gap for past in told_past if past.distant for gap in past.habit_gaps):
            held = any(m.positions <= between
                       and m.phrase.target.split(":")[0] not in sets["answer_kinds"]
                       for m in matches)
            if held or all(keys[at] == CLAUSE or keys[at] in sets["history_fillers"]
                           or keys[at] in sets["habit_small_words"] for at in between):
                return True
        return False

    @staticmethod
    def _clause_start(position: int, bounds: Sequence[int]) -> int:
        start = 0
        for bound in bounds:
            if bound <= position:
                start = bound
        return start

    def _denial_said_alone(self, trigger: frozenset[int], keys: Sequence[str]) -> bool:
        """ "Neither, it's in my bottom": a whole denial answers the question asked and ends
        where a clause of its own begins; it denies nothing told in that clause (round 15)."""
        sets = self.vocabulary.word_sets
        at = max(trigger) + 1
        return (len(trigger) == 1 and keys[min(trigger)] in sets["whole_denials"]
                and at < len(keys) and keys[at] in sets["clause_subjects"])

    def _before_its_own_clause(self, trigger: frozenset[int], keys: Sequence[str]) -> bool:
        """ "Normal my face is drooping", "nothing wrong my face is drooping", "never had that
        my leg gave way": a negative said whole (understanding.yaml `said_whole`, and the
        `knowledge_limits`: "not that I know of"), begun by a one-word trigger, with a subject
        of its own (`own_subjects`) after it, past `said_whole_gap` words ("for" takes its
        person), is an answer of its own; the clause that subject opens is another thing said
        (round 23, 5zu a: "normal", "usual"; round 24, 5zx a: every such negative)."""
        if len(trigger) != 1:
            return False
        vocab = self.vocabulary
        sets = vocab.word_sets
        first = min(trigger)
        ends = [max(span) + 1 for group in (vocab.said_whole, vocab.knowledge_limits)
                for span in self._spans(keys, group) if min(span) == first]
        if keys[first] == "not" and keys[first + 1:first + 2] and (
                keys[first + 1] in sets["possessives"]):
            # "not my face my arm is weak": a part named after "not" and a possessive, in one
            # word or two ("not my left leg"), is a correction said whole (round 24, 5zx a)
            ends += [first + 2 + size for size in (1, 2) if not any(
                key in sets["own_subjects"] for key in keys[first + 2:first + 2 + size])]
        for at in ends:
            while at < len(keys) and keys[at] in sets["said_whole_gap"]:
                at += 2 if keys[at] == "for" else 1
            if at < len(keys) and keys[at] in sets["own_subjects"]:
                return True
        return False

    def _not_someone(self, trigger: frozenset[int], keys: Sequence[str]) -> bool:
        """A "not" said of a person ("not my dad", "not him"), not of a sign."""
        at = max(trigger) + 1
        if keys[min(trigger)] != "not" or at >= len(keys):
            return False
        if keys[at] in _POSSESSORS and at + 1 < len(keys):
            at += 1
        return keys[at] in self.vocabulary.people or keys[at] in _NOT_SOMEONE

    def _not_as_usual(self, trigger: frozenset[int], keys: Sequence[str],
                      starts: set[int]) -> frozenset[int]:
        """The positions of a "not" that says a thing is not as usual ("not normal (for me)",
        "not my usual", "not like usual") and of its "normal", with no finding's words straight
        after; none if the trigger is no such "not". Round 20 (reader20, 5zm 20a): any norm
        (understanding.yaml word_sets `norms`: "isn't right", "aren't the same", "doesn't look
        normal", "it's not new, the weakness", "not okay"), and a comparison with before ("not
        like they were", "not how it was", "not like I used to") said as a clause of its own."""
        sets = self.vocabulary.word_sets
        at = max(trigger) + 1
        while at < len(keys) and keys[at] in sets["norm_gap"]:
            at += 1
        if at >= len(keys) or not self._after_not(keys, at):
            return frozenset()
        said = self._said if len(self._said) == len(keys) else keys
        # ...unless a finding's own words follow at once; a new clause's subject ("aren't the
        # same they keep buckling", the "they" read as the legs) opens another thing said
        if keys[at] == "new" and at + 1 < len(keys) and keys[at + 1] in sets["new_timed_by"]:
            return frozenset()  # "not new in the last few days": the recency denied
        if keys[at] in sets["norms"] and (
                at + 1 not in starts or said[at + 1] in sets["clause_subjects"]):
            return frozenset({min(trigger), at})
        if self._said_before(keys, at):
            return frozenset({min(trigger)})
        return frozenset()

    def _said_before(self, keys: Sequence[str], at: int) -> bool:
        """ "(not) like they were", "how it was", "like I used to": after "like", "how" or
        "what", one word (who or what is compared) and a past form of being or doing, then the
        end, "to", or a new clause's subject or determiner ("... like they were they gave out");
        never "it's not like I was weak", whose past form has the sign itself after it."""
        sets = self.vocabulary.word_sets
        said = self._said
        if len(said) != len(keys) or at < 1 or keys[at - 1] not in ("like", "how", "what"):
            return False
        if at + 1 >= len(said) or said[at + 1] not in sets["said_before"]:
            return False
        following = at + 2
        return (following >= len(said) or said[at + 1] == "used"
                or said[following] in sets["clause_subjects"]
                or keys[following] in sets["list_determiners"]
                or said[following] in ("before", "now", "and", "but", "so"))

    def _after_not(self, keys: Sequence[str], at: int) -> bool:
        """The word at `at` follows a "not", with only `norm_gap` words between."""
        gap = self.vocabulary.word_sets["norm_gap"]
        at -= 1
        while at >= 0 and keys[at] in gap:
            at -= 1
        return at >= 0 and keys[at] == "not"

    def _of_checking(self, trigger: frozenset[int], keys: Sequence[str]) -> bool:
        """The negation is said of looking or checking ("haven't looked", "didn't have a look
        at", "not checked"): the verb after it, past gap words, is one of finding out."""
        # forms21 (round 21, 5zq), class 4: a means of checking not had ("I don't have a
        # thermometer", "we haven't got any scales", "I don't own a mirror") is no way to check,
        # the same as a check not made: the sign is left in doubt, never denied
        sets = self.vocabulary.word_sets
        checking = sets["checking"] | sets["means_of_checking"]
        for at in range(max(trigger) + 1, min(len(keys), max(trigger) + 4)):
            if keys[at] in checking:
                return True
            if keys[at] == "take" and any(key in sets["measured"] for key in keys[at + 1:at + 4]):
                return True  # "I haven't taken my temperature": a check not made (round 21)
            if keys[at] in _CAUSATIVE or keys[at] in sets["owning"]:
                # forms20 (round 20, 5zn), class "a check never had done": "I've never had my
                # thyroid tested", "haven't got my sugar checked": the check is had done, its
                # verb after what is checked (three words at most)
                return any(key in checking for key in keys[at + 1:at + 5])
            if keys[at] not in self.vocabulary.gap:
                return False
        return False

    def _negated(self, match: _Match, triggers: Sequence[frozenset[int]],
                 afters: Sequence[frozenset[int]], bounds: Sequence[int]) -> bool:
        start = self._clause_start(match.start, bounds)
        lowest = max(start, self._list_start(match.start) - _NEGATION_WINDOW)
        for trigger in triggers:
            first = min(trigger)
            if lowest <= first < match.end and first not in match.positions and (
                    not self._short_reach(first) or match.start <= first + _MODAL_REACH) and (
                    not self._able_carried_over(first, match)):
                return True
            if self._carried_over(trigger, match, start):
                return True
        # "they checked my kidneys and they're fine": "they" takes the finding on.
        # "My face and speech are fine": a word said alone, joined by "and" to the subject of
        # the clause after it, shares that clause's "fine".
        joined = len(match.positions) == 1 and match.end < len(self._keys) and (
            self._keys[match.end] == "and")
        following = [b for b in bounds if b > match.end - 1
                     and not (b < len(self._keys) and (self._keys[b] in _ANAPHORA
                                                        or self._said[b] in _ANAPHORA))
                     and not (joined and b == match.end + 1)]
        # ...over the words joined to it too ("my face and speech are perfectly normal")
        limit = min([match.end + _AFTER_WINDOW + (2 if joined else 0), *following])
        # ...and over a whole list of abilities that shares it out ("breathing swallowing and
        # speaking all normal"; round 22, 5zt 22a)
        clause_end = min([len(self._keys), *following])
        return any(self._reassured(match, min(after), limit, clause_end) for after in afters)

    def _reassured(self, match: _Match, first: int, limit: int, clause_end: int) -> bool:
        """A reassurance beginning at `first` is said of the finding: after it, within reach
        (or shared out over a list of abilities to the clause's end), and not said of another
        ability named just before it. Whether it is shared out is asked once (round 23, 5zu c)."""
        if first < match.end:
            return False
        shared = self._shared_out(match, first)
        return (first < limit or (first < clause_end and shared)) and (
            shared or not self._of_another_ability(match, first))

    def _asked_about(self, keys: Sequence[str]) -> frozenset[int]:
        """The words a question about the question's own words asks about ("what do you mean by
        saddle", "why do you need to know about my bowels", "what does saddle mean", "what has
        my thyroid got to do with it"): named, never said of oneself (dur26, round 26, 5zzi).
        At most `_ASKED_ABOUT_REACH` words, and never past a clause's end or a word that opens
        a statement of its own (`asked_about_ends`: "what do you mean by saddle, my bum is
        numb" still says the bum is numb)."""
        vocab = self.vocabulary
        sets = vocab.word_sets
        ends = sets["asked_about_ends"] | sets["asked_about_states"]
        out: set[int] = set()
        for frame in self._spans(keys, vocab.asked_about_before):
            at = max(frame) + 1
            stop = at
            while stop < len(keys) and stop - at < _ASKED_ABOUT_REACH \
                    and keys[stop] != CLAUSE and keys[stop] not in ends:
                stop += 1
            if stop < len(keys) and keys[stop] in sets["asked_about_states"]:
                # a verb after it: its subject is said of itself, unpunctuated as Alexa sends
                # it ("what do you mean by saddle my bum is numb"): only the words before the
                # subject's determiner are asked about, and none without one (rule 3)
                stop = max((j for j in range(at + 1, stop)
                            if keys[j] in sets["list_determiners"]), default=at)
            out.update(range(at, stop))
        return frozenset(out) | self._asked_about_closed(keys)

    def _asked_about_closed(self, keys: Sequence[str]) -> frozenset[int]:
        """"What does saddle mean", "what has my thyroid got to do with it": the words between
        the question word said first and its close (5zzi)."""
        vocab = self.vocabulary
        sets = vocab.word_sets
        first = next((at for at, key in enumerate(keys) if key not in _REQUEST_FILLERS), None)
        if first is None or keys[first] != "what" or first + 1 >= len(keys) \
                or keys[first + 1] not in sets["asked_about_verbs"]:
            return frozenset()
        for close in self._spans(keys, vocab.asked_about_after):
            between = range(first + 2, min(close))
            if 0 < len(between) <= _ASKED_ABOUT_REACH and not any(
                    keys[at] == CLAUSE or keys[at] in sets["asked_about_ends"]
                    for at in between) and (
                    max(close) + 1 == len(keys) or keys[max(close) + 1] == CLAUSE
                    or keys[max(close) + 1] in sets["asked_about_objects"]):
                return frozenset(between)
        return frozenset()

    def _asked_back(self, keys: Sequence[str]) -> frozenset[int]:
        """The words of a question asked back about which question is meant, said first ("is
        that the cold leg one no both feet are warm", "do you mean the bladder one", "is this
        the one about a cold leg no"): they name the question, never a sign (round 19, 5zk
        class 2). From "the" to "one", or after "the one about|for|on|with" to the answer word
        or the clause's end, at most `_ASKED_BACK_REACH` words between."""
        sets = self.vocabulary.word_sets
        out: set[int] = set()
        for at in range(len(keys) - 2):
            opens = (keys[at] == "be" and keys[at + 1] in sets["asked_back"]
                     and (at == 0 or keys[at - 1] in _ASKED_BACK_BEFORE)) or (
                keys[at] in sets["asked_back_verbs"] and keys[at + 1] == "the"
                and (at == 0 or keys[at - 1] in _ASKED_BACK_BEFORE or keys[at - 1] == "you"))
            if not opens:
                continue
            the = at + 1 if keys[at + 1] == "the" else at + 2
            if the >= len(keys) or keys[the] != "the":
                continue
            end = min(len(keys), the + 2 + _ASKED_BACK_REACH)
            if the + 1 < len(keys) and keys[the + 1] == "one" and the + 2 < len(keys) \
                    and keys[the + 2] in _ASKED_BACK_ABOUT:
                stop = next((j for j in range(the + 3, min(len(keys), end + 2))
                             if keys[j] in _YES_WORDS or keys[j] in _NO_WORDS or keys[j] == CLAUSE),
                            None)
                if stop is not None:
                    out.update(range(the, stop))
                continue
            one = next((j for j in range(the + 2, end) if keys[j] == "one"), None)
            if one is not None and (one + 1 == len(keys) or keys[one + 1] in _YES_WORDS
                                    or keys[one + 1] in _NO_WORDS or keys[one + 1] == CLAUSE):
                out.update(range(the, one + 1))
        return frozenset(out)

    def _list_start(self, position: int) -> int:
        """Where a part joined to the one before by "or" ("the wee or the poo") is counted from:
        the "or" itself, so the part's own "the" or "my" costs no reach (round 18)."""
        keys = self._keys
        sets = self.vocabulary.word_sets
        # round 19 (forms19, 5zk class 6): a part named in a clause on "anything" after the join
        # ("I don't take steroids or anything that suppresses my immunity") is counted from the
        # join too: the relative clause names what "anything" is, inside the list denied
        for rel in range(position - 1, max(position - _RELATIVE_REACH, 1) - 1, -1):
            if keys[rel] in sets["relative_openers"]:
                before = rel - 1 - (keys[rel - 1] == "else")
                if before >= 1 and keys[before] == "anything" and (
                        keys[before - 1] in sets["list_joins"]):
                    return before - 1
                break
        at = position
        while at > 0 and keys[at - 1] in sets["list_determiners"]:
            at -= 1
        if at > 0 and at < position and keys[at - 1] in sets["list_joins"]:
            return at - 1
        return position

    def _correcting(self, trigger: frozenset[int], keys: Sequence[str]) -> bool:
        """A "no" said after another word and straight before a correction ("wait", "sorry",
        "hang on", "I mean") takes back the word before it, never what follows (round 18)."""
        at = min(trigger)
        corrections = self.vocabulary.word_sets["corrections"]
        if at in self._no_taken_back(keys):
            return True
        if len(trigger) != 1 or at == 0 or keys[at] not in ("no", "nope", "nah"):
            return False
        following = keys[at + 1:at + 3]
        return bool(following) and (following[0] in corrections or (
            following[0] == "i" and len(following) > 1 and following[1] == "mean"))

    def _pace_corrected(self, paces: Sequence[_Match], keys: Sequence[str],
                        hedges: Sequence[frozenset[int]], bounds: Sequence[int]) -> str | None:
        """ "suddenly no wait slowly sorry slowly", "slowly, I mean suddenly": paces that differ,
        one said after a correction (`corrections`: "wait", "sorry", "actually", "scratch",
        "I mean"...) that stands after a pace: the pace said after the last such correction
        (phr28, round 28, 5zzp 28d). "" when what is said after it leaves doubt: paces that
        still differ, or a slower pace hedged ("suddenly, sorry, maybe slowly"): asked again
        (rule 3). None when no pace was corrected (the reading is as before)."""
        answers = self.vocabulary.onset_answers
        if len({answers.get(m.phrase.target[6:]) for m in paces}) < 2:
            return None
        corrections = self.vocabulary.word_sets["corrections"]
        paces = sorted(paces, key=lambda m: m.start)
        marks = [at for at, key in enumerate(keys) if key in corrections
                 and any(m.end <= at for m in paces) and any(m.start > at for m in paces)]
        if not marks:
            return None
        after = [m for m in paces if m.start > marks[-1]]
        before = [m for m in paces if m.end <= marks[-1]]
        said = {answers.get(m.phrase.target[6:]) for m in after}
        if len(said) != 1:
            return ""
        if said == {"gradual"} and (
                any(answers.get(m.phrase.target[6:]) == "sudden" for m in before)
                and any(self._hedged(m, hedges, bounds) for m in after)):
            return ""
        return after[-1].phrase.target[6:]

    def _no_taken_back(self, keys: Sequence[str]) -> frozenset[int]:
        """ "no wait, yes, my face is drooping", "no sorry yes, it's cold and white", "nah, I
        mean yeah": the bare no that opens what was said, taken back at once by a correction
        (`corrections`, "I mean") and a yes: the yes answers and the no denies nothing (phr28,
        round 28, 5zzp 28d; the more urgent reading, rule 3). A yes taken back to a no is read
        as before."""
        lead = _leading_no(keys)
        corrections = self.vocabulary.word_sets["corrections"]
        at = lead
        while at < len(keys) and at < lead + 3 and (keys[at] in corrections or keys[at] in (
                "i", "on", "that", CLAUSE)):
            at += 1
        if not lead or at == lead or at >= len(keys) or keys[at] not in _YES_WORDS or not any(
                keys[i] in corrections for i in range(lead, at)):
            return frozenset()
        return frozenset(range(lead))

    def _able_carried_over(self, first: int, match: _Match) -> bool:
        """ "I haven't slept or been able to walk properly": the "not" carried over "or been
        able to" says an inability, the sign itself; it denies nothing after it (round 18)."""
        keys = self._keys
        sets = self.vocabulary.word_sets
        return any(keys[at] in sets["list_joins"] and keys[at + 1] in sets["second_verbs"]
                   and keys[at + 2] in sets["able"] for at in range(first + 1, match.start - 2))

    def _carried_over(self, trigger: frozenset[int], match: _Match, start: int) -> bool:
        """ "I haven't hurt my back or had any fall", "I didn't injure my neck or have any
        tumble": the "not" of an auxiliary carries over "or" and a second verb to what that verb
        names, past the usual window (round 18, 5zg 18a)."""
        keys = self._keys
        sets = self.vocabulary.word_sets
        first = min(trigger)
        if keys[first] not in ("not", "never") or first < start or self._short_reach(first):
            return False
        for at in range(first + 2, match.start):
            if (keys[at] in sets["list_joins"] and at + 1 < len(keys)
                    and keys[at + 1] in sets["second_verbs"] and at - _NEGATION_WINDOW <= first
                    and all(keys[gap] in self.vocabulary.gap and keys[gap] not in sets["able"]
                            for gap in range(at + 2, match.start))):
                return True
        return False

    def _of_another_ability(self, match: _Match, first: int) -> bool:
        """ "It has come up to my knees walking is okay": an ability named just before the
        reassurance (beginning at `first`), outside the sign's own words and opening a clause of
        its own, is what the reassurance is said of; the sign before it stands (round 17, 5zf
        17a). A reassurance shared out over a list of abilities (`_shared_out`) is said of them
        all, the sign too: the caller asks that first (round 23, 5zu c)."""
        abilities = self.vocabulary.word_sets["other_abilities"]
        # ...not one joined to the sign by "and" ("my face and speech are perfectly normal":
        # both are said normal)
        return any(self._keys[at] in abilities and at not in match.positions
                   and self._keys[at - 1] not in ("and", "or", "nor")
                   for at in range(max(match.end, first - _ABILITY_REACH), first))

    def _shared_out(self, match: _Match, first: int) -> bool:
        """ "Breathing swallowing both fine", "breathing swallowing and speaking all normal": a
        reassurance after "both" or "all" (understanding.yaml `shared_by`) is said of every
        ability of the list before it, the first too, when the sign is one bare ability word and
        only abilities and list words (`shared_list_gap`) stand between (round 22, 5zt 22a)."""
        sets = self.vocabulary.word_sets
        keys = self._keys
        if not match.phrase.mention or not any(keys[at] in sets["other_abilities"]
                                               for at in match.positions):
            return False
        at = first - 1
        while at >= match.end and keys[at] == "be":
            at -= 1
        if at < match.end or keys[at] not in sets["shared_by"]:
            return False
        between = keys[match.end:at]
        return any(key in sets["other_abilities"] for key in between) and all(
            key in sets["other_abilities"] or key in sets["shared_list_gap"] for key in between)

    def _about_the_one_screened(self, matches: list[_Match], keys: Sequence[str],
                                bounds: Sequence[int], sides: frozenset[int],
                                answered_no: bool) -> tuple[list[_Match], bool, bool]:
        """Findings said of someone else ("his legs", "she's wet herself", "my husband can't pass
        urine") are a carer's report only when they can be about the person being screened.
        Never when said of a baby, a pet or a thing ("the car has lost power"); and not when the
        same words speak of the speaker's own body or signs ("my feet tingle and my mate lost
        the use of his legs": a story told in passing), give the signs away from the speaker
        ("..., not mine"), or follow a "no" with that person's own illness ("no, my mum had
        slurred speech with her stroke"). When in doubt the finding is kept (rule 3).

        `sides`: the positions of a side answer ("both legs"): the legs of whoever is screened,
        not the speaker's own said first. `answered_no`: the words open with a bare "no". Returns
        the findings kept, whether any of them is a carer's report of another person, and
        whether another person's signs were given away from the one screened."""
        said_of = {id(m): self._said_of(m.start, m.end, keys, bounds) for m in matches}
        never = [m for m in matches if said_of[id(m)] == _NOT_SCREENED]
        theirs = [m for m in matches if said_of[id(m)] == _OTHER]
        if not theirs and not never:
            return matches, False, False
        # what is said of a thing goes, with the words inside it; a longer finding that only
        # shares a word with it stays ("a van rammed our car from behind": the car's "behind"
        # is no seat, the crash is the speaker's; round 13)
        of_things = {at for m in never for at in range(m.start, m.end)}
        dropped: set[int] = set()
        given_away = bool(theirs) and self._not_theirs_to_read(matches, theirs, keys, sides,
                                                               answered_no)
        if given_away:
            # nor are the words inside them ("can not say her words": not "words" denied)
            dropped.update(at for m in theirs for at in range(m.start, m.end))
        return ([m for m in matches if not (m.positions & dropped) and not (
                    m.positions & of_things and (id(m) in {id(n) for n in never}
                                                 or m.positions <= of_things))],
                bool(theirs) and not given_away, given_away)

    def _own_body_said(self, keys: Sequence[str]) -> bool:
        """ "My feet", "my back": the speaker's own body named."""
        return any(key == "my" and following in self.vocabulary.own_body
                   for key, following in pairwise(keys))

    def _body_of_another(self, keys: Sequence[str], bounds: Sequence[int]) -> bool:
        """A part of the body said of another person ("my mum's leg went numb", "his left leg"):
        a carer speaking of the one screened."""
        body = self.vocabulary.own_body
        return any(key in body and self._said_of(at, at + 1, keys, bounds) == _OTHER
                   for at, key in enumerate(keys))

    def _said_of(self, first: int, end: int, keys: Sequence[str],
                 bounds: Sequence[int]) -> str | None:
        """Whom a finding is said of, from who is named last in its clause, up to `reach` words
        before it or inside it: the speaker ("my husband says I can't pass urine"), another
        person ("my grandfather is unable to pass urine", "lost the use of his legs"), one never
        screened (a baby, a pet, a thing, even with "his": "my dog has gone off his legs"), or
        None when no one is named (the speaker, as the carriers take the "my" off)."""
        vocab = self.vocabulary
        start = max(first - vocab.not_screened_reach, self._clause_start(first, bounds))
        window = range(start, end)
        # "us" or "our" inside the finding's own words is the speaker's party ("a van went into
        # the back of us", "a bus hit our car"): the thing named before it did it to them
        own = max((at for at in window if keys[at] in vocab.first_person
                   or (at >= first and keys[at] in _OUR_PARTY)), default=-1)
        # a person or a thing inside the finding's own words is what it names ("hit by a car",
        # "my dad had the same"), not whom it is said of; "his", "her" there are ("his legs")
        others = [at for at in window if at > own and (keys[at] in vocab.third_person or (
            at < first and (keys[at] in vocab.people or self._never_screened(at, keys))))
            and not self._body_after_a_thing(at, end, keys)]
        if not others:
            return None
        # "my wife says there's a black spot on my toe": the speaker's own body named just
        # after the finding, in its clause, makes it the speaker's, whoever saw it (round 11)
        close = min([*(b for b in bounds if b >= end), end + _OWN_BODY_AFTER, len(keys)])
        if not any(keys[at] in vocab.third_person for at in range(end, close)) and any(
                keys[at] == "my" and keys[at + 1] in vocab.own_body
                for at in range(end, close - 1)):
            return None
        things = [at for at in others if self._never_screened(at, keys)]
        if things:
            # "my husband was driving the car and his face dropped": "his", said after the
            # thing, is the person's (review7 R0); the thing is the owner only when it is said
            # last ("my dad's dog can't walk") or no person is named ("the cat ... her legs")
            return _OTHER if self._person_owns(things[-1], others, keys) else _NOT_SCREENED
        # "he", "his" stand for whoever was named before them in the clause, however far back
        # ("our dog has lost the use of his back legs"), a person before a pet or a thing
        named = next((at for at in range(others[0] - 1, self._clause_start(first, bounds) - 1, -1)
                      if keys[at] in vocab.people or keys[at] in vocab.first_person
                      or self._never_screened(at, keys)), None)
        return _NOT_SCREENED if named is not None and self._never_screened(named, keys) \
            and not self._person_owns(named, others, keys) else _OTHER

    def _body_after_a_thing(self, at: int, end: int, keys: Sequence[str]) -> bool:
        """Round 34 (safety34, 34a): a thing with no body (a motorbike, a car) named before a
        part of the body said up to the finding's end ("after the motorbike the calf is tight
        and swollen") is not whom the finding is said of: a thing has no calf, so the part is
        the speaker's (rule 3: a crushed leg's compartment syndrome is not put on the bike)."""
        vocab = self.vocabulary
        return keys[at] in vocab.without_a_body and any(
            keys[after] in vocab.own_body for after in range(at + 1, min(end, len(keys))))

    def _person_owns(self, thing: int, others: Sequence[int], keys: Sequence[str]) -> bool:
        """Whether "his", "her", "he", "she" said after a pet or a thing at `thing` stand for a
        person: one is named anywhere in the words ("my wife was walking the dog and her leg
        went cold") or by a pronoun before the thing ("she was feeding her baby and her face
        dropped"). In doubt the pronoun is the person's (rule 3)."""
        vocab = self.vocabulary
        return any(keys[at] in vocab.third_person for at in others if at > thing) and (
            any(key in vocab.people for key in keys)
            or any(key in vocab.third_person for key in keys[:thing]))

    def _never_screened(self, at: int, keys: Sequence[str]) -> bool:
        """A baby, a pet or a thing, and not the kind of an event ("a car crash")."""
        vocab = self.vocabulary
        return keys[at] in vocab.not_screened and not (
            at + 1 < len(keys) and keys[at + 1] in vocab.their_history)

    def _not_theirs_to_read(self, matches: list[_Match], theirs: list[_Match],
                            keys: Sequence[str], sides: frozenset[int], answered_no: bool) -> bool:
        """Whether what is said of another person here is about someone other than the one
        screened: the speaker's own body or signs said too, "not me", or a "no" then that
        person's own illness."""
        vocab = self.vocabulary
        # "not me, my husband can't feel his legs": the signs are someone else's than the
        # speaker's, the very person a carer screens (review7 R1), so "not me" alone drops
        # nothing; after a bare "no" it gives them away ("no, it was my wife whose face
        # drooped, not me"), as does the speaker's own body said beside them (below)
        if answered_no and (any(self._spans(keys, vocab.not_the_speaker))
                            or any(key in vocab.their_history for key in keys)):
            return True
        owner = vocab.third_person | {"my"}
        if self._own_body_said(keys) or any(
                any(keys[at] in vocab.first_person for at in m.positions)
                for m in matches if m not in theirs):
            return True
        # A carrier takes the first word ("my feet tingle" is heard "feet tingle", and so is
        # "his feet"): a body said first with no owner is the speaker's own only when someone
        # else is then named ("feet tingle and my mate lost the use of his legs"); "leg is cold
        # and he can not feel his bottom" may be a carer's "his leg", so it is read. A person
        # named before that body owns it (round 35, flags35, 5zzzs 35d: "mum's face has gone
        # lopsided, same as my dad's stroke": mum's face, never the speaker's, whatever the
        # "my" of the father's stroke after it)
        first_body = next((at for at, key in enumerate(keys)
                           if key in vocab.own_body and at not in sides), None)
        if first_body is None or any(k in owner or k in vocab.people
                                     for k in keys[:first_body]):
            return False
        return any(any(key == "my" and following not in vocab.own_body
                       for key, following in pairwise(keys[first_body:m.start + 1]))
                   for m in theirs)

    def _said_of_a_thing(self, matches: list[_Match], keys: Sequence[str],
                         bounds: Sequence[int], masks: frozenset[int]) -> list[_Match]:
        """ "The only thing creeping up is my gas bill", "the only pain in the neck round here
        is my neighbour": a finding's words in "the only ... is <what>" are said of <what>;
        when that names neither the body nor its symptoms, they are a figure of speech, and
        state no finding ("no, the only thing I've lost control of is the remote" answers no).
        A word of the body inside a set phrase names no body ("the only fall I've had is
        falling behind on the housework", "... is going back to work": round 25, 5zzc 25b).
        A "be" of the perfect ("that's never happened", which Alexa writes "that is never
        happened", `perfect_after_be`) is no copula: "I could only do two steps before my legs
        folded, that's never happened" holds no figure (round 37, 5zzzzb 37f).
        """
        if "only" not in keys:
            return matches
        vocab = self.vocabulary
        sets = vocab.word_sets
        body = vocab.own_body | vocab.numbness_words | _PERSONS_SCREENED | _SIGNS_SAID_OF
        dropped: set[int] = set()
        for at, key in enumerate(keys[:-1]):
            if key != "only" or (at > 0 and keys[at - 1] in ("not", "if")):
                continue
            # "only" ends a trigger's clause: what it says runs to the next clause after it
            end = next((b for b in bounds if b > at + 1), len(keys))
            inside = [m for m in matches if at < m.start and m.end < end]
            for match in inside:
                copula = next((c for c in range(match.end, end - 1) if keys[c] == "be"
                               and keys[c + 1] not in sets["perfect_after_be"]), None)
                if copula is None or copula + 1 >= end:
                    continue
                what = keys[copula + 1:end]
                # "me" with a word after it is "my" ("the only thing creeping up is me electric
                # bill"): the thing named after it says what it is (round 24, 5zz 24e)
                if not any(word in body and not (word == "me" and place + 1 < len(what))
                           and copula + 1 + place not in masks
                           for place, word in enumerate(what)):
                    dropped.update(range(at + 1, copula))
        return [m for m in matches if not (m.positions & dropped)] if dropped else matches

    def _changed_to(self, match: _Match, keys: Sequence[str]) -> bool:
        """The match ends on a change ("my legs have gone") said with what it changed to ("...
        numb"): the words say a state, not the change the phrase stands for."""
        return (keys[match.end - 1] == "go" and match.end < len(keys)
                and keys[match.end] in self.vocabulary.states)

    def _right_for_emphasis(self, match: _Match, keys: Sequence[str]) -> bool:
        """A bare "right" before a word of where or when ("right down", "right up to", "right
        now"), with no determiner of a side before it ("my right down the back" is a side)."""
        sets = self.vocabulary.word_sets
        at = match.start
        if not (match.phrase.target == "side:one_leg" and match.end == at + 1
                and keys[at] == "right"):
            return False
        if self._right_as_well(at, keys):
            return True
        return (at + 1 < len(keys)
                and keys[at + 1] in sets["emphasised_by_right"]
                and (at == 0 or keys[at - 1] not in sets["before_a_side"]))

    def _right_as_well(self, at: int, keys: Sequence[str]) -> bool:
        """ "Me back's been right since", "my foot's not felt right": "right" said as "well"
        after "been", "not" or a verb of feeling is no side, unless a leg, a side or a second
        side follows it ("been right and left", "not right leg") (round 17, 5zf 17c)."""
        following = keys[at + 1] if at + 1 < len(keys) else ""
        return (at > 0 and self._said[at - 1] in self.vocabulary.word_sets["right_as_well_after"]
                and following not in self.vocabulary.legs
                and following not in _A_SIDE_GOES_ON)

    def _both_sides(self, keys: Sequence[str], values: Sequence[_Match],
                    triggers: Sequence[frozenset[int]]) -> bool:
        """Both the left and the right named as where it is, neither denied ("the left, not
        the right" and "the left is fine, it is the right" are one leg), nor one of them only
        inside another person's remark ("the left, though my wife says I favour the right")."""
        named: dict[str, int] = {}
        for m in values:
            if m.phrase.target != "side:one_leg":
                continue
            for at in m.positions:
                if keys[at] in ("left", "right") and not self._in_a_remark(at, keys) and not any(
                        at - 3 <= min(t) <= at + 3 and at not in t for t in triggers):
                    named.setdefault(keys[at], at)
        if len(named) != 2:
            return False
        # "Right leg, sorry, I mean the left": a side taken back is not a second side.
        first, second = sorted(named.values())
        if self._one_anothers(first, second, keys):
            return False
        # ...nor one taken back with "hang on", "hold on", "scratch that" ("left, no hang on,
        # right": phr37, round 37, 5zzzza 37c)
        taken_back = _CORRECTIONS | self.vocabulary.word_sets["side_taken_back"]
        return not any(keys[at] in taken_back for at in range(first + 1, second))

    def _one_anothers(self, first: int, second: int, keys: Sequence[str]) -> bool:
        """Of the two sides named, one is the speaker's and the other another person's
        ("mine's just the left, my husband's is the right"; "my left, my wife has it in her
        right"): the other person's leg is no second side of the speaker's. Both another's
        ("his left and his right"), or both the speaker's, stay both (phr32, round 32, 5zzzf
        32r)."""
        owners = {self._owner(first, keys), self._owner(second, keys)}
        return "" in owners and len(owners) == 2

    def _owner(self, at: int, keys: Sequence[str]) -> str:
        """Whose the side at `at` is: the nearest owner before it in its clause, up to
        `remark_reach` words back, a person named or one of `others_own` (that word), or else
        the speaker's own (""), as it is after one of `speakers_own` or with no owner said. A
        sign said with it (`remark_signs`, not a gap word such as "it") keeps it the speaker's
        ("my left, and my wife says the right is weak too" is both, rule 3), and so does a verb
        of saying after the person ("my husband keeps saying the right": said of the speaker's
        leg, which dur29's remarks read)."""
        vocab = self.vocabulary
        sets = vocab.word_sets
        for back in range(at - 1, max(-1, at - 1 - vocab.remark_reach), -1):
            key = keys[back]
            if key == CLAUSE or key in sets["speakers_own"]:
                return ""
            if key in vocab.people or key in sets["others_own"]:
                if any(k in vocab.remark_verbs for k in keys[back + 1:at]):
                    return ""  # what they say of the speaker's leg (29d's controls)
                signs = any(k in vocab.remark_signs and k not in vocab.gap
                            for k in keys[back:min(len(keys), at + 4)])
                return "" if signs else key
        return ""

    def _in_a_remark(self, at: int, keys: Sequence[str]) -> bool:
        """The word at `at` is inside another person's remark: a person named, then a verb of
        saying or thinking, up to `remark_reach` words before it in its clause ("my wife says I
        favour the right when I walk"), and no sign said in the remark up to three words after.
        What another says of how one walks is no second side of the numbness told; a sign they
        saw ("my husband says the right drags and goes numb") still is (rule 3). (dur29, 5zzv
        29d)"""
        vocab = self.vocabulary
        start = max(0, at - vocab.remark_reach)
        for person in range(start, at - 1):
            if keys[person] not in vocab.people or keys[person + 1] not in vocab.remark_verbs:
                continue
            remark = keys[person:min(len(keys), at + 4)]
            return CLAUSE not in keys[person:at] and not any(k in vocab.remark_signs
                                                             for k in remark)
        return False

    def _just_before(self, trigger: frozenset[int], match: _Match, keys: Sequence[str]) -> bool:
        """The trigger ends before the match with nothing but gap words between them."""
        end = max(trigger)
        return end < match.start and all(keys[at] in self.vocabulary.gap
                                          for at in range(end + 1, match.start))

    def _said_not_so(self, trigger: frozenset[int], match: _Match, keys: Sequence[str]) -> bool:
        """ "I wouldn't say I can't feel anything down there", "I'd not claim I've no feeling":
        a sign said in its own negation as what one would not say is denied (round 14); only a
        verb of saying ("say", "claim", "pretend") stands between them, then gap words."""
        end = max(trigger) + 1
        if end >= len(keys) or keys[end] not in _SAYING:
            return False
        return end < match.start and all(keys[at] in self.vocabulary.gap or keys[at] in _SAID_OF
                                         for at in range(end + 1, match.start))

    def _short_reach(self, at: int) -> bool:
        """ "can not" and "could not" deny what they are said of ("I can not climb stairs"),
        not the next thing said: Alexa's words come without the comma that would end the clause
        ("I can not keep my balance my legs just give way"). Before a word of saying or knowing
        ("I can not say my legs are weak") the reach is the whole clause, as for any trigger.
        "None of" denies only the things it names ("none of my painkillers work the pain is
        unbearable")."""
        keys = self._keys
        if at < len(keys) - 1 and keys[at] == "none" and keys[at + 1] == "of":
            return True
        return (0 < at < len(keys) - 1 and keys[at - 1] in _MODALS
                and keys[at + 1] not in _KNOWING)

    def _hedged(self, match: _Match, hedges: Sequence[frozenset[int]],
                bounds: Sequence[int]) -> bool:
        start = max(self._clause_start(match.start, bounds), match.start - _NEGATION_WINDOW)
        return any(start <= min(h) < match.end and not (h & match.positions)
                   and not self._degree(h) for h in hedges) or self._hedged_after(
                       match, hedges, bounds)

    def _hedged_after(self, match: _Match, hedges: Sequence[frozenset[int]],
                      bounds: Sequence[int]) -> bool:
        """A doubt said last hedges what was said before it ("I fell off a ladder onto my back,
        I think", "my legs have turned to jelly, sort of"): in the clause it ends, or, said as a
        clause of its own, in the clause before. A degree said last ("I leaked a little") is how
        much, not a doubt."""
        keys = self._keys
        last = len(keys) - 1
        while last >= 0 and keys[last] == CLAUSE:
            last -= 1
        trailing = [h for h in hedges if max(h) == last and min(h) >= match.end
                    and keys[min(h)] not in self.vocabulary.word_sets["degree_words"]
                    and not (not match.phrase.denies and self._fear_felt(h, bounds))]
        if not trailing:
            return False
        own = self._clause_start(min(trailing[0]), bounds)
        clause = self._clause_start(own - 1, bounds) if own > match.start and all(
            keys[at] in _HEDGE_CLAUSE for at in range(own, min(trailing[0]))) else own
        return clause < match.end

    def _fear_felt(self, hedge: frozenset[int], bounds: Sequence[int]) -> bool:
        """ "..., I can't pee at all, I'm frightened": a fear word (`fears_felt`) said last, in a
        clause of its own holding only who is afraid and how much (`fear_clause`), says how the
        person feels about what they told, not a doubt that it is so (round 30, 5zzw 30a). The
        caller keeps it a doubt of a denial ("no, I'm scared": rule 3)."""
        keys = self._keys
        sets = self.vocabulary.word_sets
        if len(hedge) != 1 or keys[min(hedge)] not in sets["fears_felt"]:
            return False
        # Alexa's words come without commas: the clause is the run of `fear_clause` words
        # straight before the fear, and it names who is afraid ("i am so", "she is")
        at = min(hedge) - 1
        run: list[str] = []
        while at >= 0 and (keys[at] in sets["fear_clause"] or at in bounds):
            run.append(keys[at])
            at -= 1
        return any(word in sets["fear_subjects"] for word in run)

    def _degree(self, hedge: frozenset[int]) -> bool:
        """ "A bit feebler", "a little worse": before a comparative, "a bit" says how much
        it changed, not a doubt that it did."""
        after = max(hedge) + 1
        if after >= len(self._said):
            return False
        word = self._said[after]
        if self._amount_of(hedge):
            return True
        # a known word is a comparative only when it is the form of another ("weaker" of
        # "weak"; not "water" or "fever"); an unknown one ending in -er is taken as one
        known = word in self.vocabulary.forms
        whole = self.vocabulary.word_sets["comparatives_said_whole"]
        return _comparative(word) and (not known or self.vocabulary.key(word) != word
                                       or word in whole)

    def _amount_of(self, hedge: frozenset[int]) -> bool:
        """ "A bit of weeing myself", "a little bit of leaking": an amount word (`amount_hedges`)
        followed by "of" (`amount_of`) says how much of the thing named after it there is, not a
        doubt that it is so; a sign like incontinence is the sign in any amount (NHS cauda
        equina syndrome; round 32, safety32, 5zzzc 32c). "I leak a bit" keeps its doubt."""
        sets = self.vocabulary.word_sets
        keys = self._keys
        if keys[max(hedge)] not in sets["amount_hedges"]:
            return False
        after = max(hedge) + 1
        while after < len(keys) and keys[after] in sets["amount_hedges"]:
            after += 1  # "a little bit of"
        return after < len(self._said) and self._said[after] in sets["amount_of"]

    def _carers_no(self, keys: Sequence[str], said: Sequence[str],
                   triggers: Sequence[frozenset[int]]) -> frozenset[int]:
        """A carer's bare "no" (`_NO_WORDS`, said once or twice) then another person's sign
        told plainly now: "no his face is drooping", "nah mum's arm is weak", "no the wife's
        speech is slurred", "no John's face has dropped". After the no comes whose it is (a
        possessive, a person, "the" and a person, or a name heard with its "s"), the part in one
        or two words, then a verb of the present said as written ("is", "are", "keeps", "has").
        Only when nothing after the no says it otherwise: no negative of its own, no past form
        or history (`said_before`, `their_history`, `not_plain_now`, a marker of the past) and
        no "not me": a carer's denial ("no his face is fine", "no his arm is just stiff from
        the arthritis", "no his face only drops when the football's on") keeps its reading.
        Returns the positions of the no, which then answers alone (round 25, 5zzb)."""
        vocab = self.vocabulary
        sets = vocab.word_sets
        at = _leading_no(keys)
        if at == 0 or at >= len(keys):
            return frozenset()
        no_end = at
        # whose: "his", "my husband", "the wife", "mum", "John's" (a word not known, with its s)
        if keys[at] in sets["possessives"] or keys[at] == "the":
            at += 1
            if at < len(keys) and keys[at] in vocab.people:
                at += 1
            elif keys[at - 1] == "the":
                return frozenset()
        elif keys[at] in vocab.people or (
                said[at] not in vocab.forms and said[at].endswith("s") and len(said[at]) > 3):
            at += 1
        else:
            return frozenset()
        present = sets["history_present"] | sets["perfect_present"]
        verb = next((at + size for size in (1, 2) if at + size < len(said)
                     and said[at + size] in present), None)
        if verb is None or any(key in sets["own_subjects"] or key in vocab.people
                               for key in keys[at:verb]):
            return frozenset()
        rest = range(no_end, len(keys))
        if any(said[i] in sets["said_before"] or said[i] in sets["not_plain_now"]
               or keys[i] in vocab.their_history for i in rest):
            return frozenset()
        past = [*self._spans(keys, vocab.history_past), *self._spans(keys, vocab.history_distant),
                *self._spans(keys, vocab.not_the_speaker)]
        if any(min(t) >= no_end for t in triggers) or past:
            return frozenset()
        return frozenset(range(no_end))

    def _answer_spans(self, keys: Sequence[str]) -> frozenset[int]:
        """Answer words ("no", "nah") that stand alone at the start or before a new subject:
        "no, I can't walk" answers no and then says something else."""
        spans = set()
        for at, key in enumerate(keys):
            # "Not really, my speech was a bit slurred": the polite no said first is an answer
            # of its own; its "not" does not deny what follows (review5 N3).
            words = 2 if at == 0 and keys[at:at + 2] == ("not", "really") else 1
            if key not in _ANSWER_WORDS and words == 1:
                continue
            nxt = keys[at + words] if at + words < len(keys) else None
            if nxt is None or nxt == CLAUSE or nxt in self.vocabulary.new_clause or nxt in (
                    _ANSWER_WORDS | {"but", "and"}) or self._doubt_follows(at + words, keys):
                spans.update(range(at, at + words))
        return frozenset(spans)

    def _doubt_follows(self, at: int, keys: Sequence[str]) -> bool:
        """ "No, maybe his mouth's drooping a bit", "naw, well, mibbe a wee bit numb down there":
        an answer word followed by a word that opens a doubt (`doubt_openers`, past
        `doubt_opener_gap`) answers on its own; the sign said after it is said in doubt, asked
        about, never denied by that answer (rule 3; round 25, docs/clinical-safety.md 5zzd 25b)."""
        sets = self.vocabulary.word_sets
        while at < len(keys) and keys[at] in sets["doubt_opener_gap"]:
            at += 1
        return at < len(keys) and keys[at] in sets["doubt_openers"]

    # -- near misses ---------------------------------------------------------------------------

    def _near_misses(self, said: Sequence[str]) -> tuple[str, ...] | None:
        """Keys with each unknown word replaced by the known word it most nearly is, if any."""
        from rapidfuzz import fuzz, process  # imported only when a word is not known

        vocab = self.vocabulary
        changed = False
        keys = []
        for word in said:
            key = vocab.key(word)
            if word not in vocab.forms and len(word) >= _NEAR_MISS_MIN_LENGTH:
                best = process.extractOne(word, vocab.known, scorer=fuzz.ratio,
                                          score_cutoff=_NEAR_MISS_SCORE)
                if best is not None:
                    key, changed = vocab.key(best[0]), True
            keys.append(key)
        return tuple(keys) if changed else None


# Words before a "they" that compares the legs with themselves ("weaker than they were")
_COMPARING = frozenset({"than", "as", "if", "whether", "that"})
# Triggers that deny by saying a thing is as it should be ("normal bladder"): they never turn a
# denial round ("my feet look normal warm and pink" is warm feet, not feet that are not warm).
_ASSURING = frozenset({"normal", "usual"})
_POSSESSORS = frozenset({"my", "our", "the"})
_NOT_SOMEONE = frozenset({"him", "her", "them"})


def _aid_pieces(keys: Sequence[str], edges: Sequence[int],
                aids: frozenset[str]) -> list[tuple[int, int]]:
    """The clauses between `edges`; one naming a walking aid is cut again where a time or the
    body's owner starts what follows (Alexa sends no commas: "I've used a cane for ten years
    today my foot went numb", "... since two years his foot went dead"), so the aid's length
    is read apart from the numbness told after it (5z)."""
    pieces: list[tuple[int, int]] = []
    for start, end in pairwise(edges):
        if not set(keys[start:end]) & aids:
            pieces.append((start, end))
            continue
        cut = start
        for at in range(start + 1, end):
            if (keys[at] in _PIECE_STARTS and keys[at - 1] not in _DATING
                    and (at + 1 >= end or keys[at + 1] not in aids)
                    and set(keys[cut:at]) & aids):
                pieces.append((cut, at))
                cut = at
        pieces.append((cut, end))
    return pieces


_PIECE_STARTS = frozenset({"today", "yesterday", "tonight", "this", "last", "my", "his", "her",
                           "their", "me"})
_DATING = frozenset({"since", "for", "from", "over", "in", "of", "had", "have", "has", "use",
                     "uses", "used", "using", "with", "on", "need", "needs", "needed"})


# Words after "the only ... is" that name the one screened, not a thing ("the only one
# struggling is me").
_PERSONS_SCREENED = frozenset({"me", "i", "myself", "mine"})
# What a sign is said of besides the body's parts: "the only thing slurred is my speech" states
# the sign (review7 N4), as "the only thing numb is my bottom" does.
_SIGNS_SAID_OF = frozenset({"speech", "word", "voice", "talk", "talking", "bottom"})
# Words that may stand in a clause of its own before a hedge said last ("..., but I think").
_HEDGE_CLAUSE = frozenset({"i", "am", "be", "but", "and", "just", "honestly", "really", "though",
                           "so", "well", "or"})
# Words that follow "is" and never a plural noun straight after it: "the casts too tight" was
# "the cast's too tight" before Alexa dropped the apostrophe.
_AFTER_IS = frozenset({"too", "so", "very", "really", "quite", "pretty", "getting", "rock",
                       "awfully", "terribly"})
_BUILDING_PACES = {"day": "days", "week": "weeks", "month": "months"}
# ...and the words of a pace that keeps on ("every week", "day by day"): Reader._read, worsening
_WORSENING_PACE = frozenset({"day", "week", "month", "each", "every", "start", "begin",
                             "beginning",
                             # "keep getting weaker": it goes on getting worse (round 18)
                             "keep"})
# round 19 (reader19), class 19a: a worsening told in a progressive form, going on now
# (Reader._read, worsening). It is no building: it answers no timing question, only whether a leg
# weakness heard with it has got worse (context._worse_too); "getting worse" of numbness alone
# answers nothing. What else may be the one getting worse, or the weakness (or the legs that are
# weak), named just before it, is data: understanding.yaml word_sets worse_of_other and
# worse_of_weakness, matched against the raw words said (_going_on_worse). The pattern stays here:
# its alternations are multi-word forms in an order, which a word set cannot say. Round 34
# (safety34, 34b): the legs named with no article ("weakness in legs is increasing", Indian
# English) or with "of" ("weakness of both legs is worsening") are the weakness too
_GOING_ON_WORSE = lazy_regex(
    r"\b(is|are|am|be|been|being|keep|keeps|kept|keeping|still|now|only|s|re|m)"
    r" (?:(?:steadily|gradually|slowly|progressively|really|just|definitely|slightly|a bit"
    r"|getting) )?(getting|growing|becoming|going)"
    r" (?:(?:steadily|gradually|slowly|progressively|a bit|a little|much|even|still|more|a lot) )?"
    r"(worse|weaker|feebler|more (weak|feeble|wobbly)|bad)\b"
    r"|\bweakness (?:(?:in|of) (?:(?:my|his|her|their|the|both|both the|both my) )?(?:\w+ )?"
    r"(?:legs?|feet) )?"
    r"(?:is |be |has been |have been |keeps? |seems to be |might be |may be |could be )?"
    r"(?:going on |keeps? on |kept on )?"
    r"(increasing|worsening|progressing|spreading|getting worse)\b"
    r"|\b(is|are|be|been|keep|keeps|kept) (worsening|deteriorating)\b")
# "he says yes", "my mum said no" (Reader._reported): an answer passed on by a carer
_REPORTING = frozenset({"say", "tell", "reckon"})
_REPORTING_WHO = frozenset({"my", "our", "the"})
# a stroke's one side is the face's or an arm's, never a leg's (Reader._read, side)
_FACE_ARM = "face_arm_speech"
_COLD_PALE_LEG = "cold_pale_leg"
# the speaker's party named inside a finding's words (Reader._said_of)
_OUR_PARTY = frozenset({"us", "our", "we"})
# whom a finding is said of (Reader._said_of), when not the speaker
_OTHER, _NOT_SCREENED = "other", "not_screened"


_GESTATION_UNITS = frozenset({"week", "weeks", "month", "months"})
# "thirty weeks pregnant", "thirty weeks gone", "thirty weeks along"
_PREGNANT = frozenset({"pregnant", "gone", "along"})


def _without_gestation(words_: Sequence[str]) -> Sequence[str]:
    """The words with "<number> weeks pregnant" blanked (to commas, which lengths skip), so the
    positions of every other word stay where they were."""
    out = list(words_)
    for at in range(1, len(out) - 1):
        if out[at] in _GESTATION_UNITS and out[at + 1] in _PREGNANT and (
                out[at + 1] == "pregnant" or "pregnant" in out):
            start = _number_start(out, at, _GESTATION_WORDS)
            if start < at:
                out[start:at + 1] = [","] * (at + 1 - start)
    return out if out != list(words_) else words_


# said with a number ("about thirty", "a week and a half"); the number words themselves are
# told by the amounts' parser (_number_start)
_GESTATION_WORDS = frozenset({"a", "and", "half", "about", "nearly", "almost", "over"})


def _number_start(words_: Sequence[str], at: int, with_number: frozenset[str]) -> int:
    """Where the number said just before `at` starts ("about thirty" weeks, "70" years): digits
    and number words (by the amounts' own parser, durations.spoken_number) and the words said
    with them; `at` itself when no number is said there."""
    start = at
    while start > 0 and (words_[start - 1].isdigit() or spoken_number(words_[start - 1])
                         or words_[start - 1] in with_number):
        start -= 1
    return start


def _sequence_index(sequences: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for sequence in sequences:
        index.setdefault(sequence[0], []).append(sequence)
    return {key: tuple(found) for key, found in index.items()}


def _outermost(matches: list[_Match], same_target: bool = False) -> list[_Match]:
    """Drop a match lying wholly inside a longer one ("not sudden" hides "sudden"). With
    `same_target`, only inside one of the same finding, and words that state it are never
    hidden by words that only touch on it; but a word that only touches on a finding is part
    of any longer phrase it stands in ("the back of my legs" is no back)."""
    kept = []
    for match in matches:
        inside = any(other is not match and other.start <= match.start
                     and (not same_target
                          or (other.phrase.target == match.phrase.target
                              and (match.phrase.mention or not other.phrase.mention))
                          or (match.phrase.mention and not other.phrase.mention))
                     and match.end <= other.end and (other.end - other.start)
                     > (match.end - match.start)
                     for other in matches)
        if not inside:
            kept.append(match)
    return kept


_RELATIVE_SUBJECTS = frozenset({"i", "he", "she", "you", "we", "they"})


def _in_relative_clause(at: int, keys: Sequence[str], legs: frozenset[str]) -> bool:
    """Whether the word at `at` is in a clause said of a leg ("the leg I don't kick with", "the
    one that doesn't hurt"): its subject comes right after the leg, with "that" or "which" or
    nothing between."""
    for back in (1, 2, 3):
        subject = at - back
        if subject < 1 or keys[subject] not in _RELATIVE_SUBJECTS | {"that", "which"}:
            continue
        before = subject - 1
        if keys[before] in ("that", "which") and before > 0:
            before -= 1
        if keys[before] in legs or keys[before] in ("one", "side"):
            return True
    return False


def _undone_outside(figure: _Match, undone_at: Sequence[frozenset[int]]) -> bool:
    """A figure's words undone by words of failing said outside it ("my knees went weak when I
    saw him, and I fell"): never by its own words, so "my face fell when I saw the bill" stays
    a look of dismay, not a face drooping (round 32, safety32, 5zzzc)."""
    return any(not (span & figure.positions) for span in undone_at)


def _target(match: _Match) -> str:
    """What a request match asks for ("request:slower" -> "slower")."""
    return match.phrase.target.split(":", 1)[1]


def _whole(match: _Match, keys: Sequence[str], requests: Sequence[_Match],
           asked_for_by: frozenset[str]) -> bool:
    """Every word outside the request is an opener, a filler, more of the same request or
    whom it is asked for ("okay, I want to stop now"; "I can't talk right now, bye"; "my dad
    wants to stop, he's worn out")."""
    same = frozenset().union(*(m.positions for m in requests
                               if m.phrase.target == match.phrase.target))
    return all(at in same or key in _OPENERS or key in _REQUEST_FILLERS or key in asked_for_by
               or key in _ANSWER_WORDS or key == CLAUSE for at, key in enumerate(keys))


_NOT_COMPARATIVE = frozenset({"over", "never", "ever", "after", "under", "other", "either",
                              "neither", "whether", "rather"})


def _pace_words_kept(matches: list[_Match], requests: Sequence[_Match],
                     keys: Sequence[str]) -> list[_Match]:
    """A pace asked for keeps its words: a sign read only in doubt that takes a word of it and
    otherwise only openers or fillers ("slow down there": "down there" is the vague saddle
    sign) is the request's, as one wholly inside a request is. A sign said in words of its own
    beside it ("slow down, I've gone numb down there") shares no word with the request, and a
    sign stated outright is kept and warned first (rule 1; phr34, round 34, 5zzzo 34i)."""
    paced = frozenset(at for m in requests if _target(m) in _PACE_REQUESTS
                      for at in range(m.start, m.end))
    if not paced:
        return matches
    return [m for m in matches if not (
        m.positions & paced and not m.positions <= paced
        and (not m.phrase.certain or m.phrase.mention)
        and all(at in paced or keys[at] in _OPENERS or keys[at] in _REQUEST_FILLERS
                for at in m.positions))]


def _called_away(match: _Match, keys: Sequence[str], called_away: frozenset[str]) -> bool:
    """A pause said first, then what calls the person away ("hold on a sec, the doorbell's
    going", "wait a minute, my phone is ringing"): the pause, as said alone. Only openers or
    fillers before it; a sign said in the words after it is read as the sign (the reading's
    findings win over a request not asked as a question), so rule 1 holds (phr32, round 32,
    5zzzf 32o)."""
    return (_target(match) == "pause" and match.end < len(keys)
            and all(key in _OPENERS or key in _REQUEST_FILLERS or key == CLAUSE
                    for key in keys[:match.start])
            and any(key in called_away for key in keys[match.end:]))


def _again_of(chosen: _Match, requests: Sequence[_Match], keys: Sequence[str],
              again: frozenset[str]) -> _Match:
    """ "Say the causes one more time": a repeat said only in "again" words (`again_words`)
    beside another request (not a pace, which the repeat goes with) asks for that one again,
    so that one is asked (phr32, round 32, 5zzzf 32q); otherwise `chosen` stands."""
    if _target(chosen) != "repeat" or not all(keys[at] in again for at in chosen.positions):
        return chosen
    others = [m for m in requests if _target(m) not in _PACE_REQUESTS | {"repeat", "help"}]
    return max(others, key=lambda m: (m.end - m.start, -m.start)) if others else chosen


def _comparative(word: str) -> bool:
    return word in ("worse", "more", "less") or (
        len(word) > 4 and word.endswith("er") and word not in _NOT_COMPARATIVE)


def _going_on_worse(said: Sequence[str], sets: Mapping[str, AbstractSet[str]]) -> bool:
    """Round 19 (reader19), class 19a: a worsening said in a progressive form, going on now
    ("the weakness is getting worse", "my legs have been getting weaker", "it keeps worsening"),
    unless what gets worse is named just before it as something other than the weakness ("the
    pain is getting worse", "the tingling has been getting worse"). The two word sets (raw words,
    not lemma keys) are understanding.yaml's worse_of_other and worse_of_weakness."""
    text = " ".join(said)
    for found in _GOING_ON_WORSE.finditer(text):
        before = text[:found.start()].split()[-3:]
        if "weak" in found.group(0) or "feeble" in found.group(0) or (
                any(word in sets["worse_of_weakness"] for word in before)
                and not any(word in sets["worse_of_other"] for word in before)):
            return True
    return False


def _repeated_comparative(said: Sequence[str]) -> bool:
    """ "Weaker and weaker", "harder and harder", "more and more": a comparative said twice
    says a thing keeps building up."""
    return any(first == third and second == "and" and _comparative(first)
               for first, second, third in zip(said, said[1:], said[2:], strict=False))


def _since_clauses(keys: Sequence[str], bounds: Sequence[int]) -> frozenset[int]:
    """The positions after a "since", to the end of its clause: words saying when it began."""
    dated: set[int] = set()
    for at, key in enumerate(keys):
        if key == "since":
            end = next((b for b in bounds if b > at), len(keys))
            dated.update(range(at + 1, end))
    return frozenset(dated)


_US = frozenset({"i", "me", "we", "us"})


def _both_of_people(match: _Match, keys: Sequence[str], people: frozenset[str]) -> bool:
    """ "My husband and I both ...", "we both think", "both of us": "both" is of the people, not
    the legs (carer8)."""
    if [keys[at] for at in sorted(match.positions)] != ["both"]:
        return False
    before = keys[match.start - 1] if match.start > 0 else ""
    after = keys[match.end:match.end + 2]
    # "we both think", carried as "both think ...": "both" doing the knowing or saying
    knowing = bool(after) and after[0] in _KNOWING | {"notice", "agree", "saw"}
    return before in _US or before in people or knowing or tuple(after) in (
        ("of", "us"), ("of", "we"))


def _parts_of_one_side(match: _Match, keys: Sequence[str]) -> bool:
    """ "Just my right leg and foot": two parts named after one side are of that side, not
    both legs ("legs and feet" is read by lemma, so "leg and foot" would be too)."""
    return (match.phrase.target == "side:both_legs" and match.start > 0
            and keys[match.start - 1] in ("left", "right")
            and keys[match.start] in ("leg", "foot") and "both" not in keys[match.start:match.end])


def _both_of_the_upper_body(match: _Match, keys: Sequence[str], bounds: Sequence[int],
                            upper: frozenset[str]) -> bool:
    """ "Right leg, face and speech are both fine": "both" after "are" is of the things named
    before it in its clause, not the legs, when those are the face, an arm or speech and no leg
    or foot is named there ("my legs are both numb" is both legs)."""
    if [keys[at] for at in sorted(match.positions)] != ["both"] or match.start < 1 or (
            keys[match.start - 1] != "be"):
        return False
    start = max([b for b in bounds if b < match.start], default=0)
    subject = set(keys[start:match.start])
    return bool(subject & (upper | _SPEECH)) and not subject & _LEGS


_SPEECH = frozenset({"speech", "talk", "talking", "voice", "word"})
_LEGS = frozenset({"leg", "foot", "side", "knee", "thigh", "calf", "toe", "shin", "ankle"})


_BARE_WEAK = frozenset({"weak", "weakness", "weaker", "a", "bit", "little"})
_LEG_WEAKNESS = "leg_weakness"


def _said_of_the_body(keys: Sequence[str], at: int, body: AbstractSet[str]) -> bool:
    """The words from `at` name a part of the body, after "of" and a determiner or not
    ("leg will hold me", "of my legs will take my weight"): a "neither" or "none of" before them
    is said of that part, not of what was asked."""
    rest = list(keys[at:at + 3])
    while rest and (rest[0] == "of" or rest[0] in _DETERMINERS):
        rest.pop(0)
    return bool(rest) and rest[0] in body


def _hand_side(match: _Match, keys: Sequence[str]) -> bool:
    """ "The right-hand side": a side said as a hand's side is the side, no hand (round 15)."""
    return tuple(keys[match.end:match.end + 2]) == ("hand", "side")


def _leading_no(keys: Sequence[str]) -> int:
    """How many words of bare "no" open what was said ("no", "no no", "nah"): 0 for none."""
    at = 0
    while at < len(keys) and keys[at] in _NO_WORDS:
        at += 1
    return at


def _side(sides: set[str]) -> str | None:
    return ("both_legs" if "side:both_legs" in sides
            else "one_leg" if "side:one_leg" in sides else None)


def _not_only(match: _Match, keys: Sequence[str]) -> bool:
    return (match.start > 0 and keys[match.start - 1] == "not"
            and keys[match.start] in ("just", "only"))


def _yes_then_no(match: _Match, keys: Sequence[str]) -> bool:
    """Whether a no answer is said as a yes-word then "no" ("yeah no", or with words between)."""
    words = sorted(match.positions)
    return (match.phrase.target == "no" and len(words) == 2
            and keys[words[0]] in _YES_WORDS and keys[words[1]] == "no")


def _yeah_no(match: _Match, keys: Sequence[str]) -> bool:
    """Whether the answer is a yes-word then "no" ("yeah no", Australian, New Zealand and British
    for no; Alexa's "yeah ..." carrier hands it over as "yes no"), with more said after it."""
    return (_yes_then_no(match, keys) and match.end - match.start == 2
            and match.end < len(keys))


def _split_yeah_no(match: _Match, keys: Sequence[str]) -> bool:
    """A yes and a no with words between ("yes, well no, actually yes") are a correction, read
    as such, never the one answer "yeah no"."""
    return _yes_then_no(match, keys) and match.end - match.start > 2


def _joined_across(keys: Sequence[str], start: int, end: int, positions: AbstractSet[int],
                   joins: AbstractSet[str]) -> bool:
    """A loose phrase's words read across a join of two clauses ("the foot doesn't ache lying
    DOWN and THERE's no black toes" is no "down there"): "and", "but", "or" or a comma between
    its words. A loose phrase only touches on a finding, and its denial leaves the finding open,
    so a look-alike made of two clauses' words turned a plain double denial into a doubt asked
    again (round 34, answers34, 5zzzq 34t)."""
    return any(keys[at] == CLAUSE or keys[at] in joins
               for at in range(start, end + 1) if at not in positions)


def _said_last(match: _Match, keys: Sequence[str]) -> bool:
    """ "It moves about, I really can't say": not knowing, said last in its own words, answers
    as much as said first; so does a conclusion ("borderline, they said, so I suppose yes")."""
    if match.end != len(keys) or match.start < 2 or _bare(match, keys):
        return False
    if match.phrase.target == "unsure":
        return keys[match.start - 1] in _OPENERS
    return _concludes(match, keys) or keys[match.start] in _ANSWER_WORDS


def _concludes(match: _Match, keys: Sequence[str]) -> bool:
    return (match.phrase.target != "unsure"
            and "so" in keys[max(0, match.start - _CONCLUSION_REACH):match.start])


_OWN_BODY_AFTER = 4  # words after a finding where "my toe" says whose it is
# what not knowing is said of when it is not the answer ("I don't know why it's numb"), and the
# polite no it begins ("can't say so")
# a negation undone by another: how far after the first the second may stand; the second
# negations, what "not like" is said of, the words of knowing and of inability are
# understanding.yaml's `word_sets` (round 14)
_AFTER_LIKE_THAT = frozenset({CLAUSE, "it", "i", "my", "they", "he", "she", "we", "the", "there",
                              "but", "and", "no", "nah", "at", "really", "whatsoever"})
_UNDOING_REACH = 5
_UNDONE_FIRST = 3
# forms20 (round 20, 5zn): the verbs a check is had done by ("never had my thyroid tested")
_CAUSATIVE = frozenset({"have", "get"})
_ASKED_ABOUT = frozenset({"why", "what", "how", "where", "who", "which", "when", "whether", "if",
                          "so"})
_CONCLUSION_REACH = 4  # "so I suppose yes": words between "so" and the answer it concludes


_ANSWER_ENDS = frozenset({"and", "but", "so", "though", "although"})


def _complete(match: _Match, keys: Sequence[str]) -> bool:
    """ "I do", "I am, and...": words such as "I am" answer only when nothing follows them but
    a new clause ("I am borderline" says something else; "I have weak legs" is no yes), or how
    much or how often ("I do, probably four or five cans a night", "I have, twice this year")."""
    rest = [key for key in keys[match.end:] if key != CLAUSE]
    return not rest or rest[0] in _ANSWER_ENDS or rest[0] in _DETAIL_OPENERS or (
        rest[0].isdigit() and match.end < len(keys) and keys[match.end] == CLAUSE)


# Words that open how much or how often, after a yes said as "I do" or "I have": a detail of
# the yes, not the words the yes was the start of.
_DETAIL_OPENERS = frozenset({
    "probably", "maybe", "about", "around", "roughly", "approximately", "every", "most",
    "usually", "normally", "sometimes", "occasionally", "daily", "nightly", "twice", "once",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "mostly", "often", "regularly", "weekends", "evenings",
    # how long a sign that passed lasted: "it did, for a few minutes", "it was, briefly"
    "for", "briefly"})


def _joined_before(match: _Match, idiom: _Match, keys: Sequence[str]) -> bool:
    """Whether `match` begins before `idiom` with "and" joining the two right where the idiom
    begins ("my bum and (my) legs go numb when I sit")."""
    at = idiom.start - 1
    while at > match.start and keys[at] in _DETERMINERS:
        at -= 1
    return match.start < at and keys[at] == "and"


_DETERMINERS = frozenset({"my", "the", "both", "his", "her", "their", "our", "your"})


def _bare(match: _Match, keys: Sequence[str]) -> bool:
    return all(keys[at] in _AUXILIARIES for at in match.positions)


def _stronger(a: Finding, b: Finding) -> Finding:
    """Two readings of one finding: words that state it beat a word that only touches on it
    ("the pain is manageable" denies severe pain; "pain" alone says nothing); then present
    beats denied (the safe side), certain beats not."""
    return max(a, b, key=lambda f: (not f.vague, f.present, f.certain))


def _paces_offered(matches: Sequence[_Match], keys: Sequence[str],
                   answers: Mapping[str, str]) -> bool:
    """A sudden pace and a slow one said as alternatives ("sudden or slow", "all at once or
    bit by bit", "whether it crept up or came on fast"): "or" between them, a few words at most."""
    paces = sorted((m for m in matches if m.phrase.target.startswith("onset:")),
                   key=lambda m: m.start)
    return any(answers.get(first.phrase.target[6:]) != answers.get(second.phrase.target[6:])
               and "or" in keys[first.end:second.start] and second.start - first.end <= 4
               for first, second in pairwise(paces))


_OFFERED_REACH = 4  # words from "either" to the pace, and from the pace to its "or"


def _offered_against_another(matches: Sequence[_Match], keys: Sequence[str],
                             openers: frozenset[str]) -> bool:
    """Whether a pace is offered as one of two ("either sudden or I just didn't notice",
    "either it came on quick or I missed it"): an opener (`alternatives_offered_by`) a few words
    before it and "or" a few words after it (phr39, round 39, 5zzzzh 39d)."""
    return any(m.phrase.target.startswith("onset:")
               and openers & set(keys[max(0, m.start - _OFFERED_REACH):m.start])
               and "or" in keys[m.end:m.end + _OFFERED_REACH]
               for m in matches)


def _both_paces_named(matches: Sequence[_Match], answers: Mapping[str, str]) -> bool:
    """Whether a sudden pace and a slow one are both named in the turn, however far apart:
    with not knowing said, the two are offered, neither chosen (phr33, round 33, 5zzzj 33n)."""
    kinds = {answers.get(m.phrase.target[6:]) for m in matches
             if m.phrase.target.startswith("onset:")}
    return {"sudden", "gradual"} <= kinds


_BIRTH_REACH = 8  # words from "since" to the age: "since my grandson was born, he is 3 months"


def _since_a_birth(keys: Sequence[str], start: int, sets: Mapping[str, frozenset[str]]) -> bool:
    """Whether an age starting at `start` is said after "since" a birth ("since she was born,
    she's 3 months old", "since the baby came, she's six weeks old"): the age is the time since
    (understanding.yaml `age_since_birth`; dur28, round 28, 5zzr 28b)."""
    since = [at for at in range(max(0, start - _BIRTH_REACH), start) if keys[at] == "since"]
    if not since:
        return False
    between = keys[since[-1] + 1:start]
    return any(key in sets["age_since_birth"] for key in between) or any(
        a in sets["age_since_birth_babies"] and b in sets["age_since_birth_arrivals"]
        for a, b in pairwise(between))


def _first(matches: list[_Match], prefix: str) -> str | None:
    chosen = sorted((m for m in matches if m.phrase.target.startswith(prefix)),
                    key=lambda m: (m.start, -(m.end - m.start)))
    return chosen[0].phrase.target[len(prefix):] if chosen else None


_READER: Reader | None = None


def default_reader() -> Reader:
    global _READER
    if _READER is None:
        _READER = Reader(default_vocabulary())
    return _READER
