"""What a reading means where it was said: the answers to record, and what to confirm first.

Context wins over keywords. A finding about the question being asked answers it; a value of
another kind ("both legs" to a yes-or-no question) is kept for its own question, as before. A
red flag read with certainty is recorded at once (the warning follows); one read with doubt is
confirmed in one short question; a denial is recorded as "no", never as a flag.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import NamedTuple

from skill.screening.assessment import holds_any
from skill.screening.knowledge import RECENT, UNSURE, KnowledgeBase, Question
from skill.screening.questioning import is_open
from skill.screening.state import ScreeningState, sign_timing
from skill.understanding.durations import WEEKDAYS
from skill.understanding.patterns import lazy_regex
from skill.understanding.reader import Reading, default_reader
from skill.understanding.text import words
from skill.understanding.vocabulary import DURATION_BUCKETS


class Heard(NamedTuple):
    entries: tuple[tuple[str, str, bool], ...] = ()  # (finding, answer, volunteered)
    confirm: str | None = None  # a red-flag finding heard with doubt: ask it now
    answer: str | None = None  # a plain yes / no / not sure, for whatever was offered
    request: str | None = None  # something asked for ("say that again")
    question: bool = False
    unknown_word: bool = False  # a word the reader does not know ("how is flurbosis treated")
    # The sign to confirm was said in words that make it long-standing ("my feet still tingle and
    # I'm a bit wobbly"): a yes to its confirming question does not say it is new.
    long_standing: bool = False
    # ...and nothing in the sign's own words says it changed lately ("now I'm wobbly", "my limp
    # is worse"): it is checked with its own timing in weeks, not recorded as not sure at once
    # (`Question.check_if_old`, docs/clinical-safety.md 5s)
    old_in_own_words: bool = False
    # said as a carer of the one screened ("my mum's leg went numb"): the conversation keeps it
    of_another: bool = False
    disowned: bool = False  # "not me", "mine are fine" said (Reading.disowned)
    # the check is due only to a carer's "not that I know of", about signs anyone with the person
    # sees: said again at the check, it is a no (review7 N1)
    seen_no: bool = False
    # ...and the check is due to a carer's "not that I know of" of what only the person feels:
    # asked with "ask them if you can"
    ask_them: bool = False
    # the complaint itself was said ("my legs are numb"): with nothing else heard, a
    # restatement of why they came, not a turn not understood
    complaint: bool = False
    # how a cause is treated asked after other words (Reading.asked_after; phr39, 5zzzzh 39c)
    asked_after: str | None = None

    @property
    def only_an_answer(self) -> bool:
        """A plain yes, no or not sure, with nothing volunteered beside it."""
        return (self.answer is not None and self.confirm is None
                and not any(volunteered for _, _, volunteered in self.entries))

    @property
    def empty(self) -> bool:
        return (not self.entries and self.confirm is None and self.answer is None
                and self.request is None)


def heard_in_context(kb: KnowledgeBase, text: str | None, question: Question | None,
                     state: ScreeningState, locale: str, today: date | None,
                     another: bool = False) -> Heard:
    """`another`: the conversation is a carer's, about someone else (Heard.of_another before)."""
    reading = said = default_reader().read(text, locale, today)
    if (reading.disowned and (another or (reading.of_another and not state.asked))
            and any(not f.present for f in reading.findings) and isinstance(text, str)):
        reading = _carers_own_left_out(reading, text, locale, today)
    heard = in_context(kb, reading, question, state, another or reading.of_another)
    if isinstance(text, str):  # whose sign it is, before any timing (round 13, 5u)
        heard = _infections_bladder_checked(kb, heard, reading, text)
    if isinstance(text, str):  # a plain weakness said old beside a new numbness (5zza 24a)
        heard = _old_weakness_confirmed(kb, heard, reading, text, state, locale, today)
    heard = with_timing(kb, heard, reading, text, state)
    if isinstance(text, str) and heard.old_in_own_words:
        heard = _length_of_the_old_sign_left(kb, heard, reading, text, locale, today)
    if isinstance(text, str):  # a fall dated long before, wherever said (review5 N1)
        heard = _old_injury_confirmed(kb, heard, text)
        heard = _old_diagnosis_confirmed(kb, heard, said, text, locale, today)
        heard = _old_spreading(heard, reading, text)  # a past diagnosis is checked first
        heard = _one_leg_spreading(heard, reading, text, state)
    heard = old_injury_answered(kb, heard, reading, question, text)
    heard = named_at_question(kb, heard, reading, question, text, state)
    heard = timed_one_by_one(kb, heard, question, text, state)
    return with_correction(kb, heard, reading, text, state)


def _carers_own_left_out(reading: Reading, text: str, locale: str, today: date | None) -> Reading:
    """A carer's "yes, his legs have gone weak, mine are fine" (Alexa sends no commas): "mine
    are fine" is the carer's own legs, not a denial of the sign told of the one screened, so it
    is read without those words (the carer's words: the vocabulary's `not_the_speaker`). Only in
    a carer's conversation: a self-screener's "his legs are weak but mine are fine" stays a no
    for themselves (review9 R1)."""
    from skill.understanding.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    said = words(text)
    keys = tuple(vocab.key(w) for w in said)
    for phrase in vocab.not_the_speaker:
        for at in range(len(keys) - len(phrase) + 1):
            if keys[at:at + len(phrase)] == phrase:
                rest = (*said[:at], *said[at + len(phrase):])
                return default_reader().read(" ".join(rest), locale, today)
    return reading


# How people name the signs a timing question times, beside the words of their `called` names
# ("the weakness or trouble walking"): "the leak", "the wee", "the legs", "the limp".
_SIGN_WORDS = {
    "leg_weakness": r"weak\w*|walk\w*|legs?|limp\w*|wobbl\w*|unsteady|standing|giving way|gave way",
    "bladder_bowel": r"bladder\w*|bowel\w*|leak\w*|wee(?!k)\w*|pee\w*|urine|waterworks|poo\w*"
                     r"|wetting|toilet|incontinen\w*|accidents?",
    "cold_pale_leg": r"cold\w*|pale\w*|white|colou?r\w*",
    "injury": r"fall|fell|injur\w*|accident|knock\w*|bang\w*",
}
# A clause that times its sign as new or worse, or as old (exact words; "not new" is old).
_CLAUSE_OLD = lazy_regex(r"\b(old|not new|nothing new|no worse|not worse|the same|same as|for years"
                         r"|for ages|years|ages|always|a long time|long time|like that|no different"
                         r"|months|no\b|not\b|nope|nah)", re.IGNORECASE)
_CLAUSE_NEW = lazy_regex(r"\b(new|newer|worse|yes|yeah|yep|now|recent|recently|lately|just started"
                         r"|started|this week|last week|few days|couple of days|today|yesterday"
                         r"|since|this morning|this afternoon|this arvo|this evening|last night"
                         r"|overnight"
                         r"|suddenly|all of a sudden|days? ago|hours? ago)\b", re.IGNORECASE)
_CLAUSE_UNSURE = lazy_regex(r"\b(not sure|unsure|do not know|don'?t know|no idea|maybe|perhaps"
                            r"|not certain|can ?not (remember|say|tell)|can'?t (remember|say|tell))"
                            r"\b", re.IGNORECASE)
_NOT_BEFORE = lazy_regex(r"\bnot (the |my |his |her |their |)$", re.IGNORECASE)
# ...and before the first sign named, only with its article: "not the bladder, but my legs ..."
# ("not walking well since yesterday" says the walking is new)
_NOT_THE_BEFORE = lazy_regex(r"\bnot (the|my|his|her|their) $", re.IGNORECASE)
_JOINED = lazy_regex(r"\w+(?:'s)?\s+(?:and|or|&|plus|nor)\s+(?:the |my |his |her |their |)",
                     re.IGNORECASE)
_ONLY = lazy_regex(r"^\s*(it'?s |it is |)(just|only|mainly|mostly) ", re.IGNORECASE)


def timed_one_by_one(kb: KnowledgeBase, heard: Heard, question: Question | None,
                     text: str | None, state: ScreeningState) -> Heard:
    """Asked "Did the bladder trouble and the weakness start, or get clearly worse, in the last
    few days?", an answer that splits ("the weakness yes, the leak no", "just the weakness",
    "the leak's old, the weakness is new") times each sign it names (review8 N1): the one said
    new is new (the timing question's yes: its emergency), the one said old is no "new trouble
    ... not normal for you" (its own question's words), so its warning is not given for it; a
    split is never a plain no. Said of only some of the signs asked about, with a no ("the leak
    no"), it does not time the others: not an answer yet, so the question is asked again.

    Words said before any sign is named are the question's own signs' that the answer does not
    name: "much worse this week, the bladder no" makes the weakness worse (review9 R2); and,
    beside a sign said new, a "no" there is theirs ("no, but the weakness started yesterday",
    asked about the bladder). A sign said new that the question did not name (said now, or
    waiting on its own timing) is timed new too, at any timing question: asked whether the
    bladder trouble began in the last few weeks, "no, but my legs gave way this morning" is the
    bladder's no and the weakness's emergency, at once (nj10)."""
    if (question is None or not (question.id == RECENT or question.within)
            or not isinstance(text, str)):
        return heard
    answers = state.answers
    said_now = {f for f, value, _ in heard.entries if f in _SIGN_WORDS and value in ("yes", UNSURE)}
    signs = [f for f in _SIGN_WORDS if answers.get(f) in ("yes", UNSURE) or f in said_now]
    if not signs:
        return heard
    named = [f for f in signs if any(f in p and holds_any((p,), answers) for p in question.ask_if)]
    new: set[str] = set()
    old: set[str] = set()
    # Alexa sends no commas ("weakness yes the leak no"): each sign named takes the words said
    # after it, up to the next sign named ("the leak's old, the weakness is new")
    at = sorted((m.start(), f) for f in signs for m in re.finditer(
        rf"\b({_SIGN_WORDS[f]})\b", text, re.IGNORECASE))
    if not at:
        return heard
    verdicts: list[str | None] = []
    said_old = False  # a sign said old in its own words ("the bladder no"), not by a "not" before
    for (start, _), (end, _) in zip(at, [*at[1:], (len(text), "")], strict=True):
        clause = _NOT_BEFORE.sub("", text[start:end])  # "not the" is the next sign's
        verdict = _clause_timing(clause)
        said_old = said_old or verdict == "old"
        if start > at[0][0] and _NOT_BEFORE.search(text[:start]):
            verdict = "old"  # "the weakness, not the leak"
        elif verdict is None and _NOT_THE_BEFORE.search(text[:start]):
            verdict = "old"  # "not the bladder, but my legs ..." (not "{the leg yes} no")
        verdicts.append(verdict)
    for i in range(len(at) - 2, -1, -1):
        # "the weakness and the bladder are old": signs joined by "and" share what follows
        joined = _JOINED.match(text, at[i][0], at[i + 1][0])
        if verdicts[i] is None and joined and joined.end() == at[i + 1][0]:
            verdicts[i] = verdicts[i + 1]
    for (_, sign), verdict in zip(at, verdicts, strict=True):
        if verdict == "new":
            new.add(sign)
        elif verdict == "old":
            old.add(sign)
    # "the leg yes, the bladder no": Alexa's "{speech} no" carrier puts its "no" in front
    no_in_front = (text.lower().startswith("not ") and at[-1][1] not in new | old
                   and len({sign for _, sign in at}) > 1)
    if no_in_front and said_old and not new:
        # "no, the bladder no, the legs no" (read "not no the bladder no the legs"): every
        # sign said with a no, the last one too; not "the leak, not the weakness" said against
        old.add(at[-1][1])
    unsaid = {sign for _, sign in at} - new - old
    if old and not new and unsaid and len(unsaid) == 1:
        new |= unsaid  # said against the old one: "the weakness, not the leak"
    if no_in_front and at[-1][1] not in new | old:
        old.add(at[-1][1])
    only = _ONLY.search(text)
    if only and at and not new:  # "just the weakness", "only the legs"
        new.add(at[0][1])
    if only and len(new) == 1 and not old:
        old = set(named) - new
    unnamed = set(named) - {sign for _, sign in at} - new - old
    lead = _clause_timing(_NOT_BEFORE.sub("", text[:at[0][0]])) if unnamed else None
    if lead == "new":
        new |= unnamed  # "much worse this week, the bladder no": the weakness is worse
    elif lead == "old" and new:
        old |= unnamed  # "no, but the weakness started yesterday": the bladder's no
    old -= new
    entries = [e for e in heard.entries if e[0] != RECENT]
    others = new - set(named)  # said new, not asked about here
    if question.id != RECENT:
        if not others:
            return heard
        # Asked about another sign's weeks: its own answer is the words said of it (none said,
        # it is asked again), and the sign said new is timed new at once.
        mine = "no" if set(named) & old else "yes" if set(named) & new else None
        entries = [e for e in entries if e[0] != question.id]
        if mine is not None:
            entries.insert(0, (question.id, mine, False))
        if mine == "yes":  # said new too: its sign is not kept old beside the other
            entries += [(f, "yes", True) for f in named if (f, "yes", True) not in entries]
        return heard._replace(entries=(*entries, (RECENT, "yes", True)), answer=None)
    if new and old:
        return heard._replace(entries=(*entries, (RECENT, "yes", False),
                                       *((f, "no", True) for f in sorted(old))),
                              answer=None)
    if old and not new and set(named) - old:
        # "the leak no", asked about the leak and the weakness: the weakness is not timed yet
        return heard._replace(entries=tuple(entries), answer=None)
    if old and not new and RECENT not in {e[0] for e in entries}:
        # "the leak no", asked only about the leak: a no for it (any sign it did not name is
        # asked about on its own: skill/screening/state.py sign_timing)
        return heard._replace(entries=(*entries, (RECENT, "no", False)), answer=None)
    return heard


def _clause_timing(clause: str) -> str | None:
    """"new" when the words time their sign as new or worse, "old" when as old (or a no), None
    when neither or both, or said not sure ("the leak, not sure")."""
    if _CLAUSE_UNSURE.search(clause):
        return None
    is_old, is_new = bool(_CLAUSE_OLD.search(clause)), bool(_CLAUSE_NEW.search(clause))
    if is_new and not is_old:
        return "new"
    if is_old and not is_new:
        return "old"
    return None


_LETTERS = lazy_regex(r"[a-z]+")
_HAND_SIDE = lazy_regex(r"\b(left|right)[- ]?hand(ed)?\b")
# The sign whose parts are the face, arm and hand words (the vocabulary's `upper_body`).
_UPPER_BODY_SIGN = "face_arm_speech"
# A part said with one of these is said as one side of the body ("left side of his face").
_ONE_SIDE = lazy_regex(r"\b(left|right|one side|same side|one half|half)\b", re.IGNORECASE)


def named_at_question(kb: KnowledgeBase, heard: Heard, reading: Reading,
                      question: Question | None, text: str | None,
                      state: ScreeningState) -> Heard:
    """A sign named by its part where a question asks about it is that sign, taken, not asked
    again (review8 O0): "yes, her left arm" or "his face" asked whether the face, an arm or the
    speech is affected; "yes, her bladder" asked about bladder, bowels or sex life; "left side of
    his face and the left leg" asked which leg (the place of it, one side of the body: the
    stroke's picture, NHS stroke). A carer asked again in "your" words answered for themselves;
    anyone asked again answers a question already answered. A part denied ("no, her arm is
    fine") or said with a no is left as it was."""
    if question is None or not isinstance(text, str) or reading.answer not in (None, "yes"):
        return heard
    asking = {question.id, *question.covers}
    touched = {f.id for f in reading.findings if f.present and f.vague}
    if not (_UPPER_BODY_SIGN in asking or question.kind == "side"
            or (reading.answer == "yes" and touched & asking)):
        return heard  # nothing here could be named: no cost on most turns
    from skill.understanding.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    denied = {f.id for f in reading.findings if not f.present}
    # plain letters are enough to find a body part's word (text.words normalises far more)
    # ("the right-hand side" is no hand)
    parts = any(vocab.key(w) in vocab.upper_body
                for w in _LETTERS.findall(_HAND_SIDE.sub(" ", text.lower())))
    named: set[str] = set()
    # Without a yes, a part is the sign when said with a side ("his right arm") or in words the
    # reader already takes as touching on it ("her face"): "my hands tingle" alone is no stroke.
    sided = parts and bool(_ONE_SIDE.search(text))
    if reading.answer == "yes" or (reading.answer is None and (
            sided or _UPPER_BODY_SIGN in touched)):
        if _UPPER_BODY_SIGN in asking and (parts or _UPPER_BODY_SIGN in touched):
            named.add(_UPPER_BODY_SIGN)
        if reading.answer == "yes":
            named |= touched & asking
    if question.kind == "side" and sided:
        named.add(_UPPER_BODY_SIGN)
    named = {f for f in named - denied
             if f in kb.questions_by_id and state.answers.get(f) != "yes"}
    if not named:
        return heard
    entries = [e for e in heard.entries if not (e[0] in named and e[1] != "yes")]
    entries += [(f, "yes", f != question.id) for f in sorted(named)
                if (f, "yes", f != question.id) not in entries]
    return heard._replace(entries=tuple(entries),
                          confirm=None if heard.confirm in named else heard.confirm)


# "Only the left", "just the one": a side said this way corrects the side given before ("both
# legs", then "the sciatica's only in my left leg"), rather than being kept as said out of turn.
_RESTRICTED = lazy_regex(r"\b(only|just)\b", re.IGNORECASE)


# One leg, then a second said later ("no, but the other one's gone numb too"): both legs now
# (review6 O8).
_SECOND_LEG = ("one_leg", "both_legs")


def with_correction(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str | None,
                    state: ScreeningState) -> Heard:
    """A side or a length of time said again, differently, after it was answered: "only the
    left" corrects the side, and so does a second leg said later ("the other one's gone numb
    too"); a shorter length stated ("the tingling started last week", after
    "for months") is the more urgent story, and is kept (when in doubt, the more urgent)."""
    entries = list(heard.entries)
    said = {f for f, _, _ in entries}
    side = _question_of(kb, "side")
    held_side = state.answers.get(side) if side is not None else None
    if (side is not None and reading.side is not None and side in state.asked
            and held_side not in (None, reading.side) and isinstance(text, str)
            and (_RESTRICTED.search(text) or (held_side, reading.side) == _SECOND_LEG)
            and side not in said):
        entries.append((side, reading.side, True))
    duration = _question_of(kb, "duration")
    held = state.answers.get(duration) if duration is not None else None
    if (duration is not None and reading.duration_stated and held in DURATION_BUCKETS
            and reading.duration in DURATION_BUCKETS and duration not in said
            and DURATION_BUCKETS.index(reading.duration) < DURATION_BUCKETS.index(held)):
        entries.append((duration, reading.duration, True))
    return heard._replace(entries=tuple(entries)) if len(entries) > len(heard.entries) else heard


def _question_of(kb: KnowledgeBase, kind: str) -> str | None:
    return next((q.id for q in kb.questions if q.kind == kind), None)


# Said with a yes to weakness, bladder trouble, a cold leg or an injury, these say it is new, so
# the timing question ("Did that start in the last few days?") is answered in the same breath.
# "This week" and "the last few days" date the sign to days even beside an old complaint ("bad
# knees for years, but this week my legs keep going from under me": round 7).
_NEW_WORDS = lazy_regex(r"\b("
                        # clinic37 (round 37, 5zzzzd 37r): "just" as "only" in what is usual
                        # ("usually it's just heavy legs after a walk, but over three weeks ...
                        # weaker"): the usual state, no date; the weeks said time the change
                        r"(?<!usually )(?<!normally )(?<!usually it's )(?<!usually its )"
                        r"(?<!usually it is )(?<!normally it's )(?<!normally its )"
                        r"(?<!normally it is )(?<!usually it was )(?<!normally it was )"
                        r"just(?! (want|wanted|wanna|wondering|wondered|wonder|need|needed"
                        r"|thought|think|to know|asking|checking|curious|a bit|a little|in case"
                        # a likeness, no timing: "high arches, just like her dad", "just the
                        # same as her gran" (round 33, 5zzzk 33t); "just like that" is sudden
                        r"|like(?! that)|the same|same"
                        # clinic40 (round 40, 5zzzzm 40q): "just" as "only" before the leg or
                        # the side it is in ("it's just that leg", "just the left", "just the
                        # one foot", "just on one side"): where, not when; the timing question
                        # is asked (rule 3). "Just the other day" still dates it
                        r"|(on |in |)(that|this|the|my|me|one)( one| left| right|)"
                        r" (leg|legs|foot|feet|side|one|calf|thigh|knee|ankle|toe|toes)\b"
                        r"|(on |in |)(the |my |me |)(left|right)\b"
                        # clinic36 (round 36, 5zzzz 36m): "just" as "only" before an ordinary
                        # bad spell ("just having a bad week", "just a rough day with it"): no
                        # date; the timing question is asked (rule 3), never skipped
                        r"|(having |had |been having |been |)(a |one of those |)(bad|rough|tough"
                        r"|off|poor|difficult) (week|day|days|patch|spell|run|few days)))"
                        r"|suddenly|all of a sudden|for the first time|never (happened|had)"
                        r"|this morning|last night|since yesterday"
                        # ...not "today" said of a sameness ("no different today", "no worse
                        # today": clinic30, 5zzy 30c)
                        r"|(?<!different )(?<!no worse )(?<!not worse )(?<!same )today"
                        # a sign said with yesterday, this afternoon or this evening (round 10;
                        # Australian "this arvo", round 13)
                        r"|yesterday|this afternoon|this arvo|this evening"
                        r"|(?<!not )(?<!not new )(?<!not in )(?<!not new in )(this (past |)week"
                        r"|(the|these) (last|past) (few|couple of) days))\b", re.IGNORECASE)
_NEW_SPANS = ("sudden", "hours", "days")
# ...and words that say it has been there a long while: "still" (not "stand still"), "for years",
# "last year", "ever since", "for ages", "always", "hasn't changed".
_OLD_WORDS = lazy_regex(r"(?<!stand )(?<!standing )(?<!sit )(?<!sitting )(?<!keep )(?<!stay )"
                        r"\bstill\b|\b(for (years|ages|a long time)|last year|years ago|ever since"
                        r"|(for|since) (many|so many|several) years|since (years|long)"
                        # answers33 (round 33, 5zzzl 33y): dated years before, as "years ago":
                        # "a cane since my knee replacement years now", "a stick since my hip
                        # op years back", "a good while"; never "years now since ..." (new
                        # again); "years back" only of an aid or an operation it dates (an
                        # illness "two years back" is a past episode, checked as one: 11a)
                        r"|years now(?! since)|a (good|long) while"
                        r"|(since (my|mi|the|his|her|their) (\w+ ){0,2}(op|operation|surgery"
                        r"|replacement|accident|fall|injury)|(cane|stick|sticks|walker|frame"
                        r"|crutch|crutches|wheelchair|scooter|limp)) years back(?! since)"
                        # a walking aid or limp dated in years: "a cane for twelve years" (5s)
                        r"|for (a few|a good few|\w+|\d+) years"
                        # since childhood: "a limp since I was a kid", "asthma since a child" (5u)
                        r"|since (childhood|birth|i was (a |)(kid|child|baby|boy|girl|little|young"
                        r"|small|teenager))|since (a |)(kid|child|baby|little)"
                        r"|from (childhood|birth)"
                        # an aid's age said after it as a clause of its own: "a walker since my
                        # hip surgery, that's years now", "it's been years now" (round 18, 5zi
                        # 18c); never "it's been years since this happened", which is new again
                        r"|(that|it)(s| is|'s|'s been|s been| has been) (years|many years"
                        r"|a few years|some years|ages|a long time) now(?! since)"
                        r"|always|(has|have) not changed|not changed|same as ever)\b",
                        re.IGNORECASE)


def with_timing(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str | None,
                state: ScreeningState) -> Heard:
    """A sign that is an emergency only when new, said as new ("my legs just gave way"),
    answers the timing question too, so its warning is not delayed by a confirmation."""
    timed = _timing_of(kb, heard, reading, text, state)
    if timed.confirm != _WEAKNESS or not timed.old_in_own_words or heard.old_in_own_words:
        return timed
    # Round 25 (5zze 25a): a weakness held for its own check in weeks (an aid said as ever it
    # was) is timed by that check alone: no "got worse" and, with no other timed sign heard, no
    # timing read for it from a numbness's words ("her feet have got more and more numb over
    # the past few months she uses a frame but that's nothing new")
    others = {f for pattern in kb.question(RECENT).ask_if for f in pattern} - {"onset", _WEAKNESS}
    other_signs = any(f in others and value in ("yes", UNSURE) for f, value, _ in timed.entries)
    return timed._replace(entries=tuple(
        e for e in timed.entries
        if (e[0] != _WORSE and (other_signs or e[0] != RECENT)) or e in heard.entries))


def _timing_of(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str | None,
               state: ScreeningState) -> Heard:
    if RECENT not in kb.questions_by_id or not isinstance(text, str):
        return heard
    if RECENT in state.asked:
        return _retimed(kb, heard, reading, text, state)
    # the clauses saying the sign confirmed, worked out once for the test and its use (phr31)
    own = _clauses_saying(text, reading, heard.confirm) if heard.confirm is not None else ()
    if heard.confirm is not None and any(_said_long_standing(part) for part in (text, *own)):
        # an aid's own sentence, a complaint of its own before it (round 25, 5zze 25a)
        cut = tuple(_aid_sentence(part) for part in own) if heard.confirm == _WEAKNESS else own
        worse = (not _worse_only_of_a_complaint(text, cut) if cut != own
                 else bool(_WORSE_LATELY.search(text)))
        heard = heard._replace(long_standing=True, old_in_own_words=not any(
            _LATELY.search(part) for part in cut) and not worse
            and not _weakness_said_new_elsewhere(text, cut))
    elif heard.confirm == _WEAKNESS and _aid_said_as_it_is(text, reading):
        heard = heard._replace(long_standing=True, old_in_own_words=True)
    heard = _old_injury_confirmed(kb, heard, text)
    timed = {f for pattern in kb.question(RECENT).ask_if for f in pattern} - {"onset"}
    said_new = _said_new(reading, text)
    signs = any(f in timed and value == "yes" for f, value, _ in heard.entries)
    doubted = any(f in timed and value == UNSURE for f, value, _ in heard.entries)
    # "For the past three weeks they've been getting weaker": a sign said as building up over
    # weeks is not new in the last few days, so the same breath answers the timing question.
    # The length must be said with it: how long the numbness has lasted does not time the sign
    # ("yes, I'm getting weaker every day" after "for months" may be new this week).
    said = {value for f, value, _ in heard.entries if f == _question_of(kb, "duration")}
    # "over the last month", "weaker than last month": building that long
    if reading.length_stated or reading.paced or reading.building:
        said.add(reading.length)
    said.add(reading.built_over)
    # round 21 (5zp 21a and 5zr 21a, one rule): a worsening said as going on now, of the weakness
    # ("the weakness is getting worse", "keeps getting worse", "is increasing"; or, with no
    # subject but in the clause that says its weeks, "weak and getting worse over the past three
    # weeks"), with weeks or months said in the same breath, is building over that time just as
    # "they're getting weaker" is. Only when the weakness is the one timed sign heard (a bladder,
    # saddle or other sign beside it keeps its own timing question) and no day, hour or single
    # week is said in the turn: then the timing question is left to be asked (rule 3)
    weak_only = {f for f, value, _ in heard.entries
                 if f in timed and value in ("yes", UNSURE)} <= _WEAKNESS_FIELDS
    worse_now = (weak_only and not reading.building and not _DAYS_SAID.search(text)
                 and (reading.worsening or _worse_over_weeks(heard, text)))
    if ((signs or doubted) and (reading.building or worse_now) and said & _LONG
            and not _NEW_WORDS.search(text)):
        # ...and said as a comparison over that time ("weaker every week", "weaker than when it
        # started"), the weakness has got worse over recent weeks: that question is answered too
        return heard._replace(entries=(*heard.entries, (RECENT, "no", True),
                                       *_worse_too(kb, heard, reading._replace(
                                           worsening=reading.worsening or worse_now), state)))
    if signs and reading.worsening and reading.built_over == "days":
        # "both legs getting weaker by the day", "worse every day" (round 15): worse at a day's
        # pace is the clear worsening of the last few days the timing question asks about, and
        # the weakness has got worse, whoever's legs they are (NHS sciatica: weakness getting
        # worse is A&E; with back pain in both legs, red_flags.yaml both_legs_worsening)
        return heard._replace(entries=(*heard.entries, (RECENT, "yes", True),
                                       *_worse_too(kb, heard, reading, state)))
    # round 19 (reader19), class 19a: a leg weakness said as getting worse now ("the weakness is
    # getting worse", "both legs have gone weaker and weaker") has got worse, whatever its timing:
    # that question is answered (only raising: the timing question is still asked unless said)
    heard = heard._replace(entries=(*heard.entries, *_worse_too(kb, heard, reading, state)))
    if said_new and signs and not _dated_elsewhere(text, heard, timed):
        return heard._replace(entries=(*heard.entries, (RECENT, "yes", True)))
    new, old = _new_beside_old(text, reading, heard, timed) if signs else (set(), set())
    if new:
        # the old one keeps its own answer: no "new trouble ... not normal for you" (per-sign
        # timing, as a split answer at the timing question: timed_one_by_one)
        entries = tuple(e for e in heard.entries if e[0] not in old)
        return heard._replace(entries=(*entries, *((f, "no", True) for f in sorted(old)),
                                       (RECENT, "yes", True)))
    return heard


# Round 21 (clinic21, docs/clinical-safety.md 5zr 21a): a worsening said going on now ("weak and
# getting worse", "it is getting worse", "keeps getting worse", "worsening") with a length of
# weeks or months in the same clause ("over the past three weeks", "for a couple of weeks now",
# "since three weeks", "over the last fortnight", "over the past month"). A length of one week or
# of days is no such length (the last few days are what the timing question asks about).
_WORSE_GOING_ON = lazy_regex(r"\b((getting|growing|becoming|going)( \w+)? (worse|weaker)"
                             r"|worsening|deteriorating)\b", re.IGNORECASE)
_WEEKS_SAID = lazy_regex(r"\b(weeks|months|fortnight|(a|one|the|past|last) month)\b",
                         re.IGNORECASE)


# ...and a time of days or hours anywhere in the turn ("... and the last two days I can't stand"):
# the timing question is left to be asked (rule 3)
_DAYS_SAID = lazy_regex(r"\b(days?|hours?|overnight|tonight|week)\b", re.IGNORECASE)


def _worse_over_weeks(heard: Heard, text: str) -> bool:
    """Whether a leg weakness heard in this turn (said or in doubt) is said getting worse with
    no subject before it: the worsening and a length of weeks or months in one clause, that
    clause naming no other thing that gets worse (a pain, the numbness: understanding.yaml
    worse_of_other). The length and the new words are with_timing's shared rule."""
    if not any(f == _WEAKNESS and value in ("yes", UNSURE) for f, value, _ in heard.entries):
        return False
    other = default_reader().vocabulary.word_sets["worse_of_other"]
    return any(_WORSE_GOING_ON.search(part) and _WEEKS_SAID.search(part)
               and not any(word in other for word in words(part.lower())[:_at_word(part)])
               for part in _CLAUSE_BREAK.split(text) if part and part.strip())


def _at_word(part: str) -> int:
    """How many words stand before the worsening in its clause."""
    found = _WORSE_GOING_ON.search(part)
    return len(words(part[:found.start()])) if found else 0


def _dated_elsewhere(text: str, heard: Heard, timed: set[str]) -> bool:
    """Whether the one sign the timing question times, said in this turn, is the bladder's, said
    only in clauses that hold no new words and each date it old, while the words that say
    new sit in other clauses (round 19, 5zl 19a): "a little leak when I laugh ever since my
    daughter was born years ago and my calf went numb this morning" dates the numbness, not the
    leak, so the timing question is asked, not answered yes for the leak. Only the bladder sign,
    whose words ("leak", "wee", "bladder") a numbness clause does not hold; a bladder word in a
    clause with new words ("since yesterday I can't hold my wee"), or worse said anywhere,
    keeps the yes, as does any other sign said beside it."""
    signs = {f for f, value, _ in heard.entries if f in timed and value in ("yes", UNSURE)}
    if signs != {_BLADDER} or _WORSE_LATELY.search(text):
        return False
    clauses = [part for piece in _CLAUSE_BREAK.split(text) if piece
               for part in _ASIDE.split(piece) if part and part.strip()]
    own = [part for part in clauses if _BLADDER_WORDS.search(part)]
    if not own or any(_NEW_WORDS.search(part) or _LATELY.search(part) for part in own):
        return False
    # every clause that names it dates it old: "an irritable bowel for years and I've been
    # incontinent" leaves the second undated, so the yes stands (rule 3)
    return all(_OLD_WORDS.search(part) or _OLD_EVENT.search(part) or _AGES.search(part)
               for part in own)


_BLADDER = "bladder_bowel"
# the bladder sign's words, with the wetting said plainly ("wet myself", "dribble")
_BLADDER_WORDS = lazy_regex(rf"\b({_SIGN_WORDS[_BLADDER]}|wet|wets|dribbl\w*|urin\w*)\b",
                            re.IGNORECASE)
# an age said of the leak in its own clause ("years I have leaked", the carrier's "for" gone)
_AGES = lazy_regex(r"\b(years|ages|decades|a long time|long time)\b", re.IGNORECASE)
# "anyway" turns to another matter ("a leak for years anyway my thigh went numb today"; Alexa
# sends no comma before it)
_ASIDE = lazy_regex(r"\b(?:anyway|anyhow|besides|apart from that)\b", re.IGNORECASE)


def _worse_too(kb: KnowledgeBase, heard: Heard, reading: Reading,
               state: ScreeningState) -> tuple[tuple[str, str, bool], ...]:
    """Weakness said as a comparison at a pace ("weaker every week", "weaker by the day") has
    got worse: the question whether it has is answered in the same breath."""
    if (reading.worsening and _WORSE in kb.questions_by_id and _WORSE not in state.asked
            and any(f == _WEAKNESS and value in ("yes", UNSURE) for f, value, _ in heard.entries)
            and all(f != _WORSE for f, _, _ in heard.entries)):
        return ((_WORSE, "yes", True),)
    return ()


# 13a (round 13, docs/clinical-safety.md 5u): a walking aid or a limp told as how the person gets
# about ("I use a walker to get around", "I've walked with a frame since my hip op", "a limp since
# I was a kid", "I've hobbled since my knee surgery"), with nothing in its own clause dating it
# new or saying it changed, and no words of getting worse in the turn, is checked with its own
# timing in weeks ("Has your walking or the weakness got worse, or changed at all, in the last
# few weeks?": a yes or "not sure" is the new weakness, 5s), as an aid said old in years is.
_AID_WORDS = lazy_regex(r"\b(limp\w*|hobbl\w*|stick|cane|walker|rollator|zimmer|frame|crutch\w*"
                        r"|walking aid|wheelchair|mobility scooter)\b", re.IGNORECASE)
# ...and words that say it began or changed: never read as the way they have long got about
_AID_BEGAN = lazy_regex(r"\b(start\w*|began|begun|beginning|had to|have to|has to|now|nowadays"
                        r"|lately|recently|these days|this week|any more|anymore"
                        r"|(?<!nothing )(?<!not )new\w*"
                        r"|since then"
                        r"|since (" + "|".join(WEEKDAYS) + r"|the weekend|last|this)"
                        r"|for the first time|last week|days?|hours?)\b", re.IGNORECASE)


# ...said as a habit or a state held ("I use", "I walk with", "I get about with", "I've had",
# "a limp since my op"), not as happening now ("I'm limping", "using a stick", "I need a stick":
# those keep their check, and a sudden start's "not sure" at once, rule 3)
_AID_HELD = lazy_regex(r"\b(use|uses|used|walk with|walks with|walked with|get about|get around"
                       r"|gets about|gets around|got about|go out with|hobbled"
                       r"|(had|have|having|got|has) (a|the|my|her|his|one)"
                       r" (limp|stick|cane|walker|rollator|zimmer|frame)"
                       r"|since (my|her|his|i|the|a|childhood|birth|then)|always"
                       # en-IN "I am using a walking stick since two years" (5z)
                       r"|since (a few|a couple of|many|several|\w+|\d+) years"
                       # round 25 (5zze 25a): a wheelchair as where one is ("she's in a
                       # wheelchair", "he is in wheelchair"), and the aid said as ever it was
                       r"|(is|am|are|was|been|s) in (a |)wheelchair|most of the time"
                       r"|same as (always|ever|usual)|as (always|ever|usual)|like always"
                       r"|nothing new|not new)\b",
                       re.IGNORECASE)
# Alexa sends no commas: "I am using a stick since two years today my foot went numb" is cut
# where a time or the body's owner starts what follows the aid (5z), so the numbness's "today"
# does not date the aid
_AID_PART_END = lazy_regex(r"\s(?<!since\s)(?<!for\s)(?<!from\s)(?<!of\s)(?<!with\s)"
                           r"(?=(?:today|yesterday|tonight|this|last|my|his|her|their|me)\s"
                           r"(?!(?:stick|cane|walker|frame|crutch\w*|zimmer|rollator)\b))"
                           # round 25 (5zze 25a): "since yesterday" said before the owner that
                           # starts what follows ("... because of his knees since yesterday his
                           # left foot is numb") is that sentence's
                           r"|\s(?=since\s(?:yesterday|today|last\s\w+|this\s\w+|\w+\s(?:days?"
                           r"|hours?))\s(?:my|his|her|their|me)\s)",
                           re.IGNORECASE)


def _aid_part(part: str) -> str:
    found = _AID_WORDS.search(part)
    if found is None:
        return part
    end = _AID_PART_END.compiled.search(part, found.end())
    return part if end is None else part[:end.start()]


# Round 24 (clinic24, docs/clinical-safety.md 5zza 24a): a leg weakness said plainly ("my legs
# are weak", "weak legs") and dated old in its own words ("for years", "from childhood", "since
# I was a kid", or set aside with "anyway": "I'm in a wheelchair so my legs are weak anyway"),
# while the words that date something new ("since Sunday", "today", "for the last two days")
# sit in another clause that tells a numbness of its own ("... my left thigh has been burning"),
# was timed by the numbness's new words: recorded as new weakness, the emergency. A limp, an aid
# or "always weak" said the same way was already checked with its own timing in weeks ("Has your
# walking or the weakness got worse, or changed at all, in the last few weeks?", 5s); a plain
# weakness said old now is too: it is confirmed, never denied (a yes or "not sure" to the check
# is the new weakness). Words of getting worse anywhere, new words in the weakness's own words,
# another timed sign beside it, or new words said with no complaint of their own ("my legs are
# weak anyway since yesterday") keep the weakness as said (rule 3).
_SET_ASIDE = lazy_regex(r"^\s*(?:anyway|anyhow)\b", re.IGNORECASE)


def _old_weakness_confirmed(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str,
                            state: ScreeningState, locale: str, today: date | None) -> Heard:
    if (heard.confirm is not None or RECENT not in kb.questions_by_id or RECENT in state.asked
            or _WEAKNESS in state.asked or (_WEAKNESS, "yes", True) not in heard.entries
            or _WORSE_LATELY.search(text) or not _said_new(reading, text)):
        return heard
    timed = {f for pattern in kb.question(RECENT).ask_if for f in pattern} - {"onset"}
    if {f for f, value, _ in heard.entries if f in timed and value in ("yes", UNSURE)} != {
            _WEAKNESS}:
        return heard
    said = [f.words.lower() for f in reading.findings
            if f.id == _WEAKNESS and f.present and f.words]
    if not said:
        return heard
    own, others = [], []
    for piece in _CLAUSE_BREAK.split(text):
        if not piece or not piece.strip():
            continue
        for found in _ASIDE_PARTS.finditer(piece):
            part = found.group(0)
            if not part.strip() or _ASIDE.compiled.fullmatch(part.strip()):
                continue
            at = next((part.lower().find(w) for w in said if w in part.lower()), -1)
            if at < 0:
                others.append(part)
                continue
            end = _AID_PART_END.compiled.search(part, at + 1)
            head = part if end is None else part[:end.start()]
            set_aside = bool(_SET_ASIDE.search(piece[found.end():])) and end is None
            own.append((head, set_aside))
            if end is not None:
                others.append(part[end.start():])
    if not own or not all(
            not (_NEW_WORDS.search(head) or _LATELY.search(head) or _CHANGE_NOW.search(head))
            and (set_aside or _OLD_WORDS.search(head) or _OLD_EVENT.search(head)
                 or _AGES.search(head))
            for head, set_aside in own):
        return heard
    # the new words are said elsewhere, each time with a numbness of its own
    dating = []
    for part in others:
        alone = default_reader().read(part, locale, today)
        if _said_new(alone, part) or _CHANGE_NOW.search(part):
            dating.append(alone)
    if not dating or not all(
            (alone.complaint or any(f.present for f in alone.findings))
            and not any(f.present and f.id in timed for f in alone.findings)
            for alone in dating):
        return heard
    entries = tuple(e for e in heard.entries if e != (_WEAKNESS, "yes", True))
    return heard._replace(entries=entries, confirm=_WEAKNESS, long_standing=True,
                          old_in_own_words=True)


# the parts of a clause, with "anyway" or "besides" between them kept as parts of their own
_ASIDE_PARTS = lazy_regex(r"\b(?:anyway|anyhow|besides|apart from that)\b|(?:(?!\b(?:anyway"
                          r"|anyhow|besides|apart from that)\b).)+", re.IGNORECASE)


def _aid_said_as_it_is(text: str, reading: Reading) -> bool:
    clauses = _clauses_saying(text, reading, _WEAKNESS)
    own = tuple(_aid_part(_aid_sentence(part)) for part in clauses)
    return (bool(own) and all(_AID_WORDS.search(part) and _AID_HELD.search(part)
                              for part in own)
            and not any(_NEW_WORDS.search(part) or _LATELY.search(part) or _AID_BEGAN.search(part)
                        for part in own)
            and _worse_only_of_a_complaint(text, own))


# Round 25 (clinic25, docs/clinical-safety.md 5zze 25a): Alexa sends no commas, so "since this
# morning his foot has tingled he uses a stick same as always" is one clause, and the numbness's
# new words dated the aid: a long-standing aid, told beside a numbness dated new or getting worse
# in a sentence of its own, was recorded as a weakness not sure at once (with a sudden start, the
# emergency). The aid's own sentence now begins at the last subject before it ("he", "she's",
# "I've": understanding.yaml `aid_sentence_subjects`) when what stands before that subject tells
# a complaint of its own (`complaint_of_its_own`: a numbness, a burning, a pain, a rash) and no
# weakness or walking; words of getting worse are the complaint's when they stand only there.
# New words in the aid's own sentence ("she's in a wheelchair since yesterday", "he has started
# using a walker", "she uses a walker now") keep the weakness as said (rule 3).
_STILL_WEAK = lazy_regex(r"\b(weak\w*|walk\w*|limp\w*|hobbl\w*|wobbl\w*|unsteady|stand\w*"
                         r"|giv\w* way|gave way|gone from under|collaps\w*|buckl\w*|fall\w*|fell"
                         r"|trip\w*|stumbl\w*|mov\w*|paraly\w*|legs? (is|are|not|will|won)\w*"
                         r"|strength|power)\b", re.IGNORECASE)


def _a_complaint_of_its_own(part: str) -> bool:
    """Whether `part` tells a numbness, burning, pain or rash of its own, and no weakness."""
    told = default_reader().vocabulary.word_sets["complaint_of_its_own"]
    return (any(w in told for w in words(part.lower())) and not _STILL_WEAK.search(part)
            and not _AID_WORDS.search(part))


# ...the legs failing, said plainly (not walking that helps: "walking around helps" is how
# restless legs ease)
_LEGS_FAILING = lazy_regex(r"\b(weak\w*|giv\w* way|gave way|gone from under|collaps\w*|buckl\w*"
                           r"|paraly\w*|(can ?not|can'?t|could not|couldn'?t|unable to|not able to"
                           r"|won'?t|will not) (stand|walk|move|lift|get up|bear weight))\b",
                           re.IGNORECASE)


def _weakness_said_new_elsewhere(text: str, own: tuple[str, ...]) -> bool:
    """clinic30 (round 30, 5zzy 30c): a clause besides the aid's own that tells the legs
    failing with words that date it new or worse ("I've had a walker for years but today I
    can't stand"): the aid is not all that was said of the walking, so it is not checked as an
    aid said as it is; the weakness is held in doubt as said (rule 3)."""
    rest = text
    for part in own:
        rest = rest.replace(part, " , ")
    return any(_LEGS_FAILING.search(piece) and (_NEW_WORDS.search(piece) or _LATELY.search(piece)
                                              or _WORSE_LATELY.search(piece))
               for piece in _CLAUSE_BREAK.split(rest) if piece and piece.strip())


def _aid_sentence(part: str) -> str:
    """The aid's own sentence in a clause: from the last subject before the aid, when the words
    before that subject tell a complaint of their own; else the whole clause."""
    found = _AID_WORDS.search(part)
    if found is None:
        return part
    subjects = default_reader().vocabulary.word_sets["aid_sentence_subjects"]
    starts = [m.start() for m in re.finditer(r"\b([a-z]+)(?:'\w+)?\b", part[:found.start()],
                                             re.IGNORECASE) if m.group(1).lower() in subjects]
    if not starts or not part[:starts[-1]].strip() or not _a_complaint_of_its_own(
            part[:starts[-1]]):
        return part
    return part[starts[-1]:]


def _worse_only_of_a_complaint(text: str, own: tuple[str, ...]) -> bool:
    """No words of getting worse in the turn but in sentences that tell a complaint of their
    own, outside the aid's own words ("her feet have got more and more numb she uses a frame
    but that's nothing new")."""
    rest = text
    for part in own:
        rest = rest.replace(part, " , ")
    return all(not _WORSE_LATELY.search(piece) or _a_complaint_of_its_own(piece)
               for piece in _CLAUSE_BREAK.split(rest) if piece and piece.strip())


# 13c: spreading said long-standing in its own clause ("it's been creeping up my legs for years",
# "spreading since last year", "over the years") is no rising numbness of Guillain-Barre (hours
# to days, worse over days or a few weeks, at its worst by about four weeks: NHS and Mayo Clinic
# Guillain-Barre pages): it answers "Is the numbness spreading up both legs over days or weeks?"
# with a no. Words dating it new anywhere in the turn ("but this week it has crept to my knees"),
# or a change or a pace in its own clause ("now", "suddenly", "quickly"), keep it as said.
_SPREAD = "spreading_up"
_SPREAD_OLD_TEXT = (r"\b(over (the|many|several|a few|the (last|past) (few|couple of|\w+))"
                         r" years"
                         r"|(for|over|since) (the (last|past) |)(a few |several |many |\w+ |)months"
                         r"|over the years|years and years|for decades"
                         # round 33 (clinic33, 5zzzk 33s): a single year said as the span ("over
                         # this one year", "over the last year", "over the past year or so")
                         r"|over (this |that |the |a |)(one |last |past |whole |)year"
                         # ...and a count of years ("over two years", "over 3 years")
                         r"|over (\w+|\d+) years)\b")
_SPREAD_OLD = lazy_regex(_SPREAD_OLD_TEXT, re.IGNORECASE)
# ...said just before the spread's own "it has" ("over the last year it has crept up to my
# ankles"), which starts a piece of its own (_RESTART): the span at the end of the piece before
_SPREAD_OLD_BEFORE = lazy_regex(r"(" + _SPREAD_OLD_TEXT + r")\W*(and|so|but|,)?\W*$",
                                re.IGNORECASE)
_SPREAD_FAST = lazy_regex(r"\b(fast|faster|quick|quickly|quicker|rapid\w*|day by day|every day"
                          r"|each (day|week)|daily|hours?|days?|weeks?)\b", re.IGNORECASE)

# clinic38 (round 38, 5zzzzg 38p): a spread dated from a day of this week before it is told
# ("since Friday the numbness has crept up to my waist") is a spread over days, though a
# condition's "twelve years now" is told in the same breath (Alexa sends no full stop between);
# a day said after the spread dates something else ("creeping up for years, since Friday my
# back aches")
_SPREAD_DATED = lazy_regex(r"\bsince (last |)(" + "|".join(WEEKDAYS)
                           + r"|the weekend|yesterday|last night|last week)\b", re.IGNORECASE)


def _dated_before_spread(part: str, spread_words: list[str]) -> bool:
    lowered = part.lower()
    starts = [lowered.find(words) for words in spread_words if words in lowered]
    dated = _SPREAD_DATED.search(lowered)
    return bool(dated and starts and dated.start() < min(starts))


_RESTART = lazy_regex(r"\b(?=(?:it|that|this)(?:'s| is| has| was| had)\b)", re.IGNORECASE)


def _with_span_before(pieces: list[str], at: int) -> str:
    """The piece that says the spread, with the piece before it when that one ends on a long
    span ("over the last year | it has crept up to my ankles"): the span dates the spread said
    right after it, though the spread's own "it has" began a new piece (round 33, 33s)."""
    before = pieces[at - 1] if at > 0 else ""
    if before and _SPREAD_OLD_BEFORE.search(before.rstrip()):
        return before + pieces[at]
    return pieces[at]


def _old_spreading(heard: Heard, reading: Reading, text: str) -> Heard:
    # only a spreading said plainly: a doubtful one (a past Guillain-Barre named, round 11) keeps
    # its check
    said = any(f == _SPREAD and value == "yes" for f, value, _ in heard.entries)
    if not said or heard.confirm == _SPREAD or _NEW_WORDS.search(text):
        return heard
    # Alexa sends no commas: "now my feet are going numb it's been creeping on for years" is two
    # clauses, the second begun by its own "it's"
    spread_words = [f.words.lower() for f in reading.findings if f.id == _SPREAD and f.words]
    own = tuple(_with_span_before(pieces, at)
                for part in _clauses_saying(text, reading, _SPREAD)
                for pieces in [_RESTART.split(part)]
                for at, piece in enumerate(pieces)
                if piece and any(words in piece.lower() for words in spread_words))
    if not own or not all((_OLD_WORDS.search(part) or _SPREAD_OLD.search(part))
                          and not _LATELY.search(part) and not _SPREAD_FAST.search(part)
                          and not _dated_before_spread(part, spread_words)
                          for part in own):
        return heard
    entries = tuple(e for e in heard.entries if e[0] != _SPREAD)
    return heard._replace(entries=(*entries, (_SPREAD, "no", True)))


# Round 35 (safety35, docs/clinical-safety.md 5zzzr 35a): a spread told within ONE leg ("it's
# spread from my foot up to my knee", "it's moved up the same leg to the thigh", "gone from my
# toes right up my left leg") is no numbness spreading up both legs (NHS Guillain-Barre: it
# starts in both feet and spreads up both legs), and the question it would answer asks about
# both legs. The clauses that say the spread name a singular part of a leg and no word of two
# legs (understanding.yaml word_sets one_leg_parts, both_legs_words). With one leg said, the
# spread is not taken as that sign; with both legs or a side in doubt, it is asked in one short
# question, never dropped (rule 3). With the side not yet told it is read as before (rule 3: at
# the merge, round 20's "the numb edge has moved up past my knee since Monday", said before any
# side, had lost its warning). A spread up both legs, to the other leg, or said with no part
# named ("it's creeping up") is read as before.
_SIDE = "side"


def _spread_of_one_leg(text: str, reading: Reading) -> bool:
    sets = default_reader().vocabulary.word_sets
    said = [set(words(part.lower())) for part in _clauses_saying(text, reading, _SPREAD)]
    return bool(said) and all(part & sets["one_leg_parts"] and not part & sets["both_legs_words"]
                              for part in said)


def _one_leg_spreading(heard: Heard, reading: Reading, text: str,
                       state: ScreeningState) -> Heard:
    said = any(f == _SPREAD and value == "yes" for f, value, _ in heard.entries)
    if not said or heard.confirm == _SPREAD or not _spread_of_one_leg(text, reading):
        return heard
    sides = [value for f, value, _ in heard.entries if f == _SIDE] or [state.answers.get(_SIDE)]
    if sides[-1] is None:  # no side told yet: the spread stays as said (rule 3)
        return heard
    entries = tuple(e for e in heard.entries if not (e[0] == _SPREAD and e[1] == "yes"))
    if sides[-1] == "one_leg":  # the numbness told all the same: no turn not understood
        return heard._replace(entries=entries, complaint=True)
    if heard.confirm is not None:  # another sign is confirmed first: the spread stays as said
        return heard
    return heard._replace(entries=entries, confirm=_SPREAD)


# 13b: a urine infection told ("on antibiotics for a UTI", "a water infection", "being treated for
# a bladder infection"): the peeing trouble said of it (burning, going often, "the urine problem is
# better now") is the infection's (NHS and NHS board UTI pages: pain or burning when peeing,
# needing to pee more often or suddenly), not the retention or loss of control of cauda equina,
# so it is checked ("Is it newly hard to start, hold or feel your pee or poo ...?"), not taken as
# a yes. Words of control lost or no pee passing, in the bladder sign's own clause ("I can't pass
# water", "I've wet myself", "can't hold my wee", "can't feel when I pee", "not coming at all"),
# keep it a yes (NHS board UTI pages: no urine passed all day is urgent).
_BLADDER = "bladder_bowel"
_URINE_INFECTION = lazy_regex(r"\b(utis?|cystitis|(urine|urinary|bladder|water|wee|pee|kidney)"
                              r"( tract|) infections?)\b", re.IGNORECASE)
_CONTROL_LOST = lazy_regex(r"\b(can ?not|can'?t|could ?not|couldn'?t|unable|not able|no control"
                           r"|lost|losing|wet\w*|leak\w*|accidents?|without (knowing|feeling)"
                           r"|not (coming|passing|passed|going)|no (urine|wee|pee|water)|stopped"
                           r"|blocked|retention|numb\w*|feel\w*|hold\w*|control\w*|bowels?|poo\w*"
                           r"|stool\w*|motions?|nothing|dribbl\w*|trickl\w*|empty\w*|start\w*"
                           r"|strain\w*|stream|retain\w*)\b", re.IGNORECASE)


def _infections_bladder_checked(kb: KnowledgeBase, heard: Heard, reading: Reading,
                                text: str) -> Heard:
    if (_BLADDER not in kb.questions_by_id or not _URINE_INFECTION.search(text)
            or heard.confirm not in (None, _BLADDER)
            or not any(f == _BLADDER and value == "yes" for f, value, _ in heard.entries)):
        return heard
    said = [f.words for f in reading.findings if f.id == _BLADDER and f.present and f.words]
    own = _clauses_saying(text, reading, _BLADDER)
    if not said or any(_CONTROL_LOST.search(part) for part in (*said, *own)):
        return heard
    entries = tuple(e for e in heard.entries if e[0] != _BLADDER)
    return heard._replace(entries=entries, confirm=_BLADDER)


def _length_of_the_old_sign_left(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str,
                                 locale: str, today: date | None) -> Heard:
    """13a: the length said with an old limp or aid ("a limp since childhood", "a stick since my
    fusion eight years ago") dates the limp, not the numbness told beside it ("yesterday on the
    train my leg went numb"): the numbness's length is read from the other clauses, and asked
    when they say none. Old clauses that hold the complaint keep their length ("my feet have
    tingled for years")."""
    duration = _question_of(kb, "duration")
    if duration is None or heard.confirm is None or not any(
            f == duration for f, _, _ in heard.entries):
        return heard
    own = set(_clauses_saying(text, reading, heard.confirm))
    kept = []
    for part in _CLAUSE_BREAK.split(text):
        if not part or not part.strip():
            continue
        if part in own:
            continue
        if _said_long_standing(part):
            alone = default_reader().read(part, locale, today)
            if not alone.complaint and not any(f.present for f in alone.findings):
                continue
        kept.append(part)
    if len(kept) == len([p for p in _CLAUSE_BREAK.split(text) if p and p.strip()]):
        return heard
    rest = default_reader().read(" and ".join(kept), locale, today) if kept else None
    entries = tuple(e for e in heard.entries if e[0] != duration)
    if rest is not None and rest.duration is not None and rest.duration_stated:
        entries = (*entries, (duration, rest.duration, True))
    return heard._replace(entries=entries)


def _said_new(reading: Reading, text: str, dated_only: bool = False) -> bool:
    """Said as new: how fast it came on, a length of days, or words that date it; `dated_only`
    leaves out "just" ("it just happened" dates it; "I just can't walk far" does not)."""
    if reading.onset in _NEW_SPANS or (reading.length_stated and reading.length in _NEW_SPANS):
        return True
    if dated_only:
        return any(found.group(0).lower() != "just" for found in _NEW_WORDS.finditer(text))
    return bool(_NEW_WORDS.search(text))


def _retimed(kb: KnowledgeBase, heard: Heard, reading: Reading, text: str,
             state: ScreeningState) -> Heard:
    """A sign said new after the timing question was answered for another ("no" to "Did the
    bladder trouble start ...?", then "my legs gave way this morning"), or said new again after
    an earlier "no" timed it ("my legs got much worse since yesterday"), is timed by those words
    at once: its emergency is not delayed by asking its timing again (issue 12: a yes that
    itself says new is not delayed; nj10). The sign goes with the timing, so a sign an earlier
    "no" timed stays old beside it (Conversation._old_signs_kept_old)."""
    if any(f == RECENT for f, _, _ in heard.entries):
        return heard
    timed = {f for pattern in kb.question(RECENT).ask_if for f in pattern} - {"onset"}
    said = {f for f, value, _ in heard.entries if f in timed and value in ("yes", UNSURE)}
    again = {f.id for f in reading.findings if f.present and f.certain and f.id in timed
             and state.answers.get(f.id) == "yes"} - said
    if not said and not again:
        return heard  # most turns: no sign the timing question times
    timing, _ = sign_timing(kb, state)
    # a sign an earlier "no" timed as old is reopened only by words that date it, not by a
    # "just" ("I just can't walk far" is no new weakness after "not in the last few days")
    dated = _said_new(reading, text, dated_only=True)
    fresh = {f for f in said | again if timing.get(f) is None or (timing[f] == "no" and dated)}
    if not fresh:
        return heard
    entries = (*heard.entries, *((f, "yes", True) for f in sorted(again & fresh)))
    if not _said_new(reading, text):
        new, _ = _new_beside_old(text, reading, heard._replace(entries=entries), timed)
        if not fresh & new:
            return heard
    return heard._replace(entries=(*entries, (RECENT, "yes", True)))


# A change said now ("and now my legs are weak", "since Sunday", "lately"): new only set against
# an old complaint in another clause of the same turn ("I've leaked for years and now ..."); alone
# ("my legs are numb now") it says nothing of when the sign began.
_CHANGE_NOW = lazy_regex(r"\b(now|lately|recently|these days|(?<!ever )since(?! (years|ages|a long"
                         r" time|childhood|i was|forever|for ever|many|so many|several|long)"
                         r"\b))\b", re.IGNORECASE)


# Round 28 (clinic28, docs/clinical-safety.md 5zzq 28a): "since" an event named without a date
# ("a small leak since my second delivery", "a dribble since my prostate op") dates the sign from
# that event, which may be years back: it says no change now. Beside an old complaint ("cold
# always, ... a leak since my delivery") it no longer makes the leak new, so the timing question
# is asked (rule 3), never answered yes or no for it. Said with a day, week or "ago" ("since my
# op last week", "since my surgery on Monday") it is a change now, as before. The words are
# understanding.yaml `since_an_event` (round 29, 5zzu 29a: one home for the rule).
@cache
def _since_an_event() -> re.Pattern[str]:
    """The pattern of "since" an undated event, built once from the vocabulary's
    `since_an_event` lists (validated on load), so the words live in data, not here."""
    from skill.understanding.vocabulary import default_vocabulary

    lists = default_vocabulary().since_an_event
    if not lists:
        return re.compile(r"(?!)")

    def one_of(name: str) -> str:
        said = sorted(lists[name], key=len, reverse=True)
        return "|".join(r"\ ".join(map(re.escape, t.split())) for t in said)

    return re.compile(rf"\bsince (?:{one_of('owners')}) (?:\w+ ){{0,2}}?(?:{one_of('events')})\b"
                      rf"(?! (?:\w+ ){{0,2}}(?:{one_of('dated_by')})\b)", re.IGNORECASE)


def _new_beside_old(text: str, reading: Reading, heard: Heard,
                    timed: set[str]) -> tuple[set[str], set[str]]:
    """(signs said new, signs said old) when a sign is said with "now" or "since" in its own
    clause beside an old complaint said in another ("I've leaked a bit for years and now my
    legs are weak"): the new one is new, the old words date the other, not it (review8 N1;
    rule 3). Answering the timing question for the old one alone would time it too. Nothing
    when no clause is new in this way."""
    clauses = [part for part in _CLAUSE_BREAK.split(text) if part and part.strip()]
    if not any(_said_long_standing(part) for part in clauses):
        return set(), set()
    said = {f.id: f.words.lower() for f in reading.findings
            if f.present and f.words and f.id in timed
            and any(e[0] == f.id and e[1] == "yes" for e in heard.entries)}

    def saying(part: str) -> set[str]:
        return {f for f, words in said.items() if words in part.lower()}

    new = {f for part in clauses if _CHANGE_NOW.search(_since_an_event().sub(" ", part))
           and not _OLD_WORDS.search(part) for f in saying(part)}
    old = {f for part in clauses if _said_long_standing(part) for f in saying(part)} - new
    return new, old


_LONG = frozenset({"weeks", "months"})
# round 21 (reader21, 5zp 21a): the weakness's own fields (a worsening said going on now)
_WEAKNESS_FIELDS = frozenset({"leg_weakness", "weakness_worse"})
_WORSE, _WEAKNESS = "weakness_worse", "leg_weakness"
# Clauses of a turn: the timing words that date a sign are the ones said with it ("a limp since
# my knee operation years ago, and yesterday my foot tingled": the limp is old, the tingling new).
# A comma before an age said as a clause of its own ("a walker since my hip surgery, that's years
# now") does not part the age from what it dates (round 18, 5zi 18c).
_CLAUSE_BREAK = lazy_regex(r"[,;](?!\s*(?:that|it)(?:s| is|'s|'s been|s been| has been) (?:years"
                           r"|many years|a few years|some years|ages|a long time) now\b(?! since))"
                           r"|[.!?]|\b(?:and|but|though|although|so)\b", re.IGNORECASE)


# Words in a sign's own clause that say it changed lately: with them it is no sign said old
# ("now" after years is how old the sign is: "a walker, that's years now"; round 18, 5zi 18c).
_LATELY = lazy_regex(r"\b((?<!years )(?<!ages )(?<!a long time )now|nowadays|lately|recently"
                     r"|these days|(?<!no )(?<!not )(?<!any )(?<!the )worse|worsening"
                     r"|(?<!no )(?<!not )(?<!any )weaker|more and"
                     r" more|getting|started|starting|began|again"
                     # "nah new" is "not new" (Jamaican, Australian: answers33, 5zzzl 33y)
                     r"|(?<!nothing )(?<!not )(?<!no )(?<!nah )new)\b", re.IGNORECASE)


# ...and anywhere in the turn, words of getting worse ("a limp for years and it's worse lately"),
# in doubt (rule 3); "lately" alone may date the new numbness ("lately her legs feel creepy")
# clinic30 (round 30, 5zzy 30c): "no worse", "not any weaker", "none the worse" say unchanged,
# not a worsening ("she's used a frame for years, she's no worse on her feet than usual")
_UNCHANGED = r"(?<!no )(?<!not )(?<!any )(?<!the )(?<!never )"
_WORSE_LATELY = lazy_regex(rf"\b({_UNCHANGED}worse|worsening|{_UNCHANGED}weaker|more and more"
                           r"|more difficult|harder|deteriorat\w*)\b", re.IGNORECASE)


def _said_long_standing(text: str) -> bool:
    return bool(_OLD_WORDS.search(text)) and not _NEW_WORDS.search(text)


def _clauses_saying(text: str, reading: Reading, finding: str) -> tuple[str, ...]:
    """The clauses that hold the words the finding was read from."""
    said = [f.words.lower() for f in reading.findings if f.id == finding and f.words]
    return tuple(part for part in _CLAUSE_BREAK.split(text)
                 if part and any(words in part.lower() for words in said))
# An injury dated long before ("I had a fall last year", "a crash years ago") is no injury just
# before the numbness: asked about (confirmed), not taken as one, and never timed by the new words
# that date the tingling ("today my shins tingled").
_OLD_EVENT = lazy_regex(r"\b(last year|a year ago|years ago|years back|months ago|ages ago|long ago"
                        r"|a long time ago|when i was (young|a kid|a child|little|younger))\b",
                        re.IGNORECASE)
_INJURY = "injury"
_LONG_AGO = frozenset({"months", "years"})


# A diagnosis told as a past episode dated long before in the words around it ("I had a stroke
# five years back", "sciatica down both legs years ago", "Guillain-Barre ten years back") is
# history, not its alarm sign now (NHS stroke: the FAST signs now; NHS sciatica: sciatica on both
# sides now; NHS Guillain-Barre: numbness spreading up the legs now): the sign is asked about in
# one question, never warned at once. Said without an old date, with a new word, feared or back
# again, or with the sign itself said beside it ("... and now his face is drooping again"), it
# is read as before (docs/clinical-safety.md 5o, 11a).
_PAST_DIAGNOSES = (
    ("face_arm_speech", lazy_regex(r"\b(?:(?:mini[- ]?)?strokes?|tias?|(?:bell'?s )?palsy)\b",
                                   re.IGNORECASE)),
    ("shooting_down_leg", lazy_regex(r"\bsciatica\b", re.IGNORECASE)),
    ("spreading_up", lazy_regex(r"\b(?:guillain(?:[- ]barr[eé])?|barr[eé]|gbs)(?: syndrome)?\b",
                                re.IGNORECASE)),
)
_NEAR = 30  # characters either side of the diagnosis's name that date it
# ...and one feared or back again now ("I think I'm having another one", "now it's back")
_AGAIN = lazy_regex(r"\b(another|again|having one|having a|happening|going on|(it'?s|it is|its)"
                    r" back|(come|comes|came|coming) back|returned|recurr\w*|flare\w*)\b",
                    re.IGNORECASE)


# ...or by its year, before this one ("a stroke in 2015"), or by childhood ("as a child")
_YEAR = lazy_regex(r"\bin ((?:19|20)\d\d)\b", re.IGNORECASE)
_CHILDHOOD = lazy_regex(r"\bas a (child|kid|baby|boy|girl|teenager|teen)\b", re.IGNORECASE)


def _dated_old(words_: str, today: date | None) -> bool:
    year = (today or date.today()).year
    return bool(_OLD_EVENT.search(words_) or _CHILDHOOD.search(words_) or any(
        int(found.group(1)) < year for found in _YEAR.finditer(words_)))


def _old_diagnosis_confirmed(kb: KnowledgeBase, heard: Heard, said: Reading, text: str,
                             locale: str, today: date | None) -> Heard:
    """`said`: the turn's words as read, all of them (before a carer's own were left out)."""
    for sign, name in _PAST_DIAGNOSES:
        if (sign not in kb.questions_by_id or heard.confirm not in (None, sign)
                or not any(e[0] == sign and e[1] == "yes" and e[2] for e in heard.entries)):
            continue
        # each naming has its old date within a few words of it (Alexa sends no commas, so the
        # words around it, not its clause), with no word that dates anything new among them
        near = [text[max(0, m.start() - _NEAR):m.end() + _NEAR] for m in name.finditer(text)]
        if not near or _AGAIN.search(text) or not all(
                _dated_old(part, today) and not _NEW_WORDS.search(part) for part in near):
            continue
        # the same words with the diagnosis named as an illness: its sign said beside it (a
        # drooping face, pain down both legs, numbness climbing) is still read, and warned
        again = default_reader().read(name.sub("illness", text), locale, today)
        still = {f.id for f in again.findings if f.present}
        if sign in still:
            continue
        # what the name alone brought ("sciatica": back pain) goes with it; asked in its turn
        brought = {f.id for f in said.findings if f.present} - still
        entries = tuple(e for e in heard.entries
                        if not (e[0] in brought | {sign} and e[1] == "yes" and e[2]))
        return heard._replace(entries=entries, confirm=sign)
    return heard


def old_injury_answered(kb: KnowledgeBase, heard: Heard, reading: Reading,
                        question: Question | None, text: str | None) -> Heard:
    """Asked whether this started just after a fall or an injury, an injury dated long before
    ("last year", "that was ages ago", or a length of months or more said alone, "years ago"
    arriving as "years") answers no: it is no injury just before the numbness (review4 P4), and
    never "didn't catch that" three times over into "not sure"."""
    if (question is None or question.id != _INJURY or not isinstance(text, str)
            or _NEW_WORDS.search(text) or any(f == _INJURY for f, _, _ in heard.entries)):
        return heard
    long_ago = _OLD_EVENT.search(text) or (
        reading.length in _LONG_AGO and not reading.findings and reading.answer is None)
    if not long_ago:
        return heard
    return heard._replace(entries=((_INJURY, "no", False), *heard.entries),
                          confirm=None if heard.confirm == _INJURY else heard.confirm)


def _old_injury_confirmed(kb: KnowledgeBase, heard: Heard, text: str) -> Heard:
    if _INJURY not in kb.questions_by_id or not _OLD_EVENT.search(text):
        return heard
    # "I did fall but that was last year": read as a yes or, with its "but", as a doubt; either
    # way a fall dated long before is asked about, never taken as a spinal injury (review5 N1).
    entries = tuple(e for e in heard.entries
                    if not (e[0] == _INJURY and e[1] in ("yes", UNSURE) and e[2]))
    if len(entries) == len(heard.entries):
        return heard
    return heard._replace(entries=entries, confirm=heard.confirm or _INJURY)


def _skip_or_not_sure(reading: Reading, question: Question | None) -> Reading:
    """ "Skip that one, I don't know": the reader keeps the not knowing beside the skip. A
    question that may be skipped is skipped (the person asked to move on); a safety question is
    never skipped, so there the not knowing is the answer, recorded at once with its own level
    (rule 3), as "not sure" alone is, rather than the question refused and asked again (phr32,
    round 32, docs/clinical-safety.md 5zzzf 32p)."""
    if reading.request != "skip" or reading.answer is None:
        return reading
    if question is not None and question.phase == "red_flag":
        return reading._replace(request=None)
    return reading._replace(answer=None)


def in_context(kb: KnowledgeBase, reading: Reading, question: Question | None,
               state: ScreeningState, another: bool = False) -> Heard:
    reading = _skip_or_not_sure(reading, question)
    if reading.request == _SLOWER and reading.onset == _SLOWLY:
        # "slowly please, I can't keep up": the "slowly" is how to speak, not how it came on
        # (asked again, at the slower pace, it costs a question; taken, it could be wrong)
        reading = reading._replace(onset=None)
    entries: list[tuple[str, str, bool]] = []
    current = question.id if question is not None else None
    recheck = None
    seen_no = ask_them = False
    if question is not None:
        value = _answer_to(question, reading, kb)
        if value == "no" and (_partial_denial(question, reading)
                              or _hedged_denial(question, reading, another)):
            recheck = question.id  # asked again in one short question, not taken as a no
            known = (another and reading.known_no and not reading.hedged_no
                     and not _partial_denial(question, reading))
            seen_no = known and {question.id, *question.covers} <= _seen_by_others()
            ask_them = known and not seen_no
            if seen_no and any(state.answers.get(group.id) == UNSURE and question.id in group.covers
                               for group in kb.questions):
                # a sign of a group the carer was already checked on: a no at once
                recheck, seen_no = None, False
                entries.append((question.id, "no", False))
        elif value is not None:
            entries.append((question.id, value, False))
            entries += _windows_answered_too(kb, question, value, reading, state)
    flagged = _red_flag_findings(kb)
    answers = state.answers
    asking = {current, *question.covers} if question is not None else set()
    doubtful: list[tuple[bool, int, int, str]] = []
    for finding in reading.findings:
        if finding.id == current or finding.id not in kb.questions_by_id:
            continue
        if finding.present and (finding.certain or finding.id not in flagged):
            if answers.get(finding.id) != "yes":
                entries.append((finding.id, "yes", True))
        elif finding.present:
            if answers.get(finding.id) == "yes":
                continue
            if not finding.vague:
                # Said with a doubt or a softening word ("my legs might be giving way", "my face
                # is drooping I think", "a bit numb round my back passage"): recorded as not
                # sure at once, so the warning is spoken now and the flag's own level for "not
                # sure" applies (rules 1 and 3; review5 R1, R3). Said out of turn, it is then
                # confirmed; said to the question that asks it, or to its group, it answers
                # that question: no check that a "no" could clear.
                entries.append((finding.id, UNSURE, True))
                if finding.id in asking:
                    continue
            doubtful.append((finding.vague, -flagged[finding.id], -len(finding.words), finding.id))
        elif finding.certain and finding.id not in state.asked:
            # a denial in doubt ("I don't think so", "no changes down there") records nothing
            entries.append((finding.id, "no", True))
    # The one to confirm: said outright before only touched on, the most urgent flag first. A sign
    # only touched on is confirmed only when a yes could raise a red flag with what is known
    # ("legs go to sleep" asks nothing about night pain in the back before any back pain is
    # heard); one said with a hedge always is.
    # What this turn says counts as known ("back pain is there, and maybe at night it is more":
    # the night is confirmed; added37, round 37, 5zzzzc 37o)
    known = {**answers, **{finding: value for finding, value, _ in entries}}
    doubtful = [d for d in doubtful if not d[0] or _fits_now(kb, d[-1], known)]
    confirm = recheck or (min(doubtful)[-1] if doubtful else None)
    for kind, value in _values(reading, kb):
        if question is not None and question.kind == kind:
            continue
        if kind == "duration" and not reading.duration_stated:
            continue  # "the weather is nice today" says nothing about how long
        target = next((q for q in kb.questions if q.kind == kind), None)
        if target is not None and target.id not in state.asked:
            entries.append((target.id, value, True))
    if reading.request is not None and reading.findings and not any(
            f.present and f.certain and f.id in _alarms(kb) for f in reading.findings) and not (
            _sign_in_the_reason(kb, reading)):
        entries, confirm = [], None  # a question about sciatica volunteers no symptom
    return Heard(tuple(entries), confirm, reading.answer, reading.request, reading.question,
                 reading.unknown_word, of_another=reading.of_another,
                 disowned=reading.disowned,
                 complaint=reading.complaint, asked_after=reading.asked_after,
                 seen_no=seen_no and confirm == recheck,
                 ask_them=ask_them and confirm == recheck)


_SLOWER, _SLOWLY = "slower", "gradual"


def _seen_by_others() -> frozenset[str]:
    from skill.understanding.vocabulary import default_vocabulary

    return default_vocabulary().seen_by_others


def _windows_answered_too(kb: KnowledgeBase, question: Question, value: str, reading: Reading,
                          state: ScreeningState) -> list[tuple[str, str, bool]]:
    """A length said to a timing question ("about two weeks ago", asked whether it started in
    the last few days) answers the timing questions that follow from that answer as well ("in
    the last few weeks?"): a question already answered is not asked (review6 N1), and a length
    inside the later window is a yes there (rule 3)."""
    if not question.within or reading.length is None or reading.answer == UNSURE:
        return []
    known = {**state.answers, question.id: value}
    later = [q for q in kb.questions if q.within and q.id != question.id
             and q.id not in state.asked and q.id not in state.answers and is_open(q, known)]
    return [(q.id, answer, True) for q in later
            if (answer := _answer_to(q, reading, kb)) is not None]


def _partial_denial(question: Question, reading: Reading) -> bool:
    """A "no" to a grouped red-flag question whose own words deny only some of it, loosely or
    with a hedge ("no changes down there", asked about weak legs, bladder, bowels, sex life and
    numbness between the legs): the rest is left open, so it is no firm no (the third safety
    rule; docs/clinical-safety.md, vague and hedged denials). A bare or polite no ("no", "not
    that I've noticed", "nothing like that"), a denial in plain words ("my bladder's fine"), and
    a loose one to a question about what it touches on ("no, everything works fine down there",
    asked about the bladder) are."""
    doubted = {f.id for f in reading.findings if not f.present and not f.certain}
    return (question.phase == "red_flag" and bool(doubted) and bool(question.covers)
            and not reading.denied_all  # "none of those, ...": the whole denied (round 14)
            and not any(f.id == question.id for f in reading.findings)
            and not set(question.covers) <= doubted)


def _hedged_denial(question: Question, reading: Reading, another: bool = False) -> bool:
    """A "no" to a red-flag question said only with a doubt ("probably not", "I don't think
    so", "not that I know of": `hedged_denials` in understanding.yaml), with no plain no and no
    plain denial of what was asked beside it: no firm no (the third safety rule), so the
    question is asked again once ("Just to check: ..."). The polite noes ("no", "not really",
    "nothing like that", "not that I've noticed") answer the question as asked, and are noes.
    So is the limit of what one knows ("not that I know of"), of oneself; of someone else
    (`another`: a carer, who may not have seen or been told), it is checked once (review6 N3)."""
    asked = {question.id, *question.covers}
    return (question.phase == "red_flag" and (reading.hedged_no or (another and reading.known_no))
            and not any(f.id in asked and not f.present and f.certain for f in reading.findings))


def _fits_now(kb: KnowledgeBase, finding: str, answers: dict[str, str]) -> bool:
    """Whether a yes to `finding` could raise a red flag with what is known: some flag's pattern
    holds but for it, or but for how it started, where and how long (asked of everyone). Night
    pain in the back raises nothing before back pain is heard, so "my legs go to sleep" asks
    nothing about it; a tight cast raises its flag on its own, so it is always confirmed."""
    return any(
        finding in pattern and all(
            f == finding or answers.get(f) in allowed or (f in _TIMING and f not in answers)
            for f, allowed in pattern.items())
        for flag in kb.red_flags for pattern in flag.when)


def _answer_to(question: Question, reading: Reading, kb: KnowledgeBase) -> str | None:
    kind = question.kind
    if kind == "yes_no":
        # A word that only touches on the question ("a normal colour") does not answer it.
        about = [f for f in reading.findings if f.id == question.id
                 and (not f.vague or not f.present)]
        if about:
            # "Yes, but no sciatica" asked about back pain: a plain yes said to the question
            # stands against a denial said of a part of it (the safer side, rule 3).
            if any(f.present for f in about) or reading.answer == "yes":
                if reading.answer == UNSURE and not any(f.present and f.certain for f in about) \
                        and (question.id not in _red_flag_findings(kb)
                             or _unsure_keeps_level(kb, question.id)):
                    # "they mentioned my kidney function once, I'm not sure what they meant":
                    # words that only touch on it, with not knowing said, stay not sure where
                    # no red flag hangs on the answer; where one does (diabetes and a foot
                    # wound), the more urgent yes stands (rule 3; round 12)
                    return UNSURE
                return "yes"
            if reading.answer == UNSURE and not any(f.certain for f in about):
                # "no idea, I haven't paid attention down there": a loose denial beside not
                # knowing leaves it in doubt (rule 3)
                return UNSURE
            return "no"
        if question.within and reading.timing_yes:
            # Asked "did it start, or get clearly worse, in the last few days?": "much worse",
            # "last week" (about a week is on the window's edge), "the weakness yes, the leak
            # no" are yeses (rule 3; review8 R2, N1)
            return "yes"
        if question.within and reading.length is not None and reading.answer != UNSURE:
            # "For years", "about two weeks ago", asked whether it started in the last few
            # days: the length answers. A length within the window is a yes even beside a "no"
            # ("no, a couple of weeks", asked about the last few weeks): the more urgent reading
            # (rule 3); a "not sure" said with it stays not sure.
            if reading.length in question.within:
                return "yes"
            return reading.answer or "no"
        return reading.answer
    # Asked how long, or how fast, any length said answers ("my back's hurt for two days");
    # said out of turn, only a length of the numbness is its duration (reading.duration).
    # "Slowly, my feet ache after standing all day": a vague time ("all day") does not
    # outweigh how it was said to have come on; an amount ("it took two days") does.
    # The length must be the numbness's own: "I've had night sweats and a temperature this
    # week" times the fever, not how the numbness came on (a time belongs to its own clause).
    # ...unless a sudden worsening was said after the slow start ("slowly over weeks, then it
    # got much worse all of a sudden"): sudden (rule 3; round 28, 5zzr 28a)
    if kind == "onset" and reading.duration is not None and not reading.worsened_suddenly and (
            reading.paced or (reading.duration in _SOON
                              and (reading.onset is None or reading.duration_stated))):
        # "Slowly, over a few days", "within hours": how fast it came on.
        return onset_from_duration(reading.duration)
    if kind == "onset" and reading.onset is None and reading.noticed and UNSURE in question.answers:
        # "It was just there one day": when it was found, not how fast it came. Not sure, which
        # asks what a sudden onset would (ask_if onset [sudden, unsure]; rule 3; round 13)
        return UNSURE
    if kind == "side" and reading.not_knowing and UNSURE in question.answers:
        # "Not sure, maybe the left, maybe both", "I can't tell, it moves from one to the
        # other": not knowing said beside a guess is not sure, which asks all that both legs
        # would (ask_if side [both_legs, unsure]; rule 3; round 13)
        return UNSURE
    if kind == "duration":
        # The length of the numbness first ("since yesterday, and I had cancer years back");
        # else any length said ("my back's hurt for two days").
        for length in (reading.duration, reading.length):
            if length in question.answers:
                return length
    for value_kind, value in _values(reading, kb):
        if value_kind == kind and value in question.answers:
            return value
    if reading.answer == "unsure" and UNSURE in question.answers:
        return UNSURE
    return None


_SOON = ("hours", "days")  # said to "suddenly, or slowly?", a length this short is how fast


def onset_from_duration(bucket: str) -> str | None:
    """How fast it came on, from a length of time said to the onset question."""
    from skill.understanding.vocabulary import default_vocabulary

    return default_vocabulary().onset_answers.get(bucket)


def _values(reading: Reading, kb: KnowledgeBase) -> list[tuple[str, str]]:
    from skill.understanding.vocabulary import default_vocabulary

    values = []
    if reading.onset is not None:
        values.append(("onset", default_vocabulary().onset_answers[reading.onset]))
    if reading.side is not None:
        values.append(("side", reading.side))
    if reading.duration is not None:
        values.append(("duration", reading.duration))
    return values


_FLAGGED: dict[int, tuple[KnowledgeBase, dict[str, int]]] = {}


def _sign_in_the_reason(kb: KnowledgeBase, reading: Reading) -> bool:
    """A pace or a repeat asked for first, with its reason after ("slow down, my legs have
    gone weak", "say that again, I think my leg might be giving way"): a sign some red flag
    depends on, said outright or with a doubt, is still taken (and warned or confirmed) beside
    the request; only a reason that holds no such sign ("I'm a bit panicky") is the request's
    alone (rules 1 and 3; phr30, round 30, 5zzx 30a)."""
    if not reading.reason_after:
        return False
    flagged = _red_flag_findings(kb)
    return any(f.present and f.id in flagged for f in reading.findings)


def _alarms(kb: KnowledgeBase) -> frozenset[str]:
    """Findings that raise a red flag on their own: said in a question, still acted on."""
    return frozenset(finding for flag in kb.red_flags for pattern in flag.when
                     if len(signs := set(pattern) - _TIMING) == 1 for finding in signs)


# Findings that time or place a sign rather than state it: a flag that needs one of them beside
# its sign ("bladder trouble that started in the last few days") is still raised by that sign.
_TIMING = frozenset({"onset", "side", "duration", RECENT})


def _red_flag_findings(kb: KnowledgeBase) -> dict[str, int]:
    """Findings some red flag depends on, with the rank of the most urgent such flag: heard
    with doubt, these are confirmed first."""
    held = _FLAGGED.get(id(kb))
    if held is None or held[0] is not kb:
        found: dict[str, int] = {}
        for flag in kb.red_flags:
            for pattern in flag.when:
                for finding in pattern:
                    found[finding] = max(found.get(finding, 0), flag.level.rank)
        held = _FLAGGED[id(kb)] = (kb, found)
    return held[1]


def _unsure_keeps_level(kb: KnowledgeBase, finding: str) -> bool:
    """Whether "not sure" to `finding` is held at the same level as a yes by every red flag and
    triage floor that depends on it (each one's `if_unsure`): then a doubt said first, with the
    sign only guessed at after it ("not sure, it might be, it feels a bit different when I
    wipe"), is recorded as the "not sure" it is, and warns and ranks as a yes would (rule 3;
    round 32, deny32, docs/clinical-safety.md 5zzze 32m)."""
    rules = [*kb.red_flags, *kb.triage_rules]
    return all(rule.if_unsure is not None and rule.if_unsure.rank >= rule.level.rank
               for rule in rules if any(finding in pattern for pattern in rule.when))


def condition_named(kb: KnowledgeBase, text: str | None) -> str | None:
    """The condition whose name or synonym the words hold (the longest one), if any; words
    compared by lemma ("back injuries" names "back injury")."""
    if not isinstance(text, str):
        return None
    from skill.understanding.vocabulary import default_vocabulary

    key = default_vocabulary().key
    said = " " + " ".join(key(w) for w in words(text)) + " "
    for phrase, condition_id in _condition_names(kb):
        if phrase in said:
            return condition_id
    return None


_NAMES: dict[int, tuple[KnowledgeBase, tuple[tuple[str, str], ...]]] = {}


def _condition_names(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(" name as lemmas ", condition id), longest first, worked out once per knowledge base."""
    held = _NAMES.get(id(kb))
    if held is None or held[0] is not kb:
        from skill.understanding.vocabulary import default_vocabulary

        key = default_vocabulary().key
        names = {}
        for condition in kb.conditions.values():
            for name in (condition.name, *condition.synonyms):
                phrase = " ".join(key(w) for w in words(name))
                for variant in (phrase, phrase.removeprefix("a ")):
                    if variant:
                        names.setdefault(f" {variant} ", condition.id)
        ordered = tuple(sorted(names.items(), key=lambda item: -len(item[0])))
        held = _NAMES[id(kb)] = (kb, ordered)
    return held[1]
