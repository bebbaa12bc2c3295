"""English contractions spelt out: one table for everything that compares words.

The reader (skill/understanding/text.py) and the offline simulator's matcher
(alexa_simulator/normalise.py) both spell contractions out with these rules, so a contraction the
reader understands is one the simulator's samples and utterances agree on. Plain Python with no
Alexa import: the simulator may use it, the skill never imports the simulator.

What "'s" is once the "has" of "'s gone" is taken out is the one thing the two read differently,
and each says why beside its own rule: the reader takes it as "is" ("my back's killing me"); the
simulator keeps a possessive as Alexa writes it, without the apostrophe.
"""

from __future__ import annotations

import re

# "'s" is "has" before a past participle people use about symptoms ("my foot's gone white").
HAS_BEFORE = ("gone", "got", "been", "had", "turned", "become", "given", "started", "stopped",
              "spread", "crept", "come", "lost", "felt", "kept", "left", "taken", "happened")

# Round 25 (phr25, docs/clinical-safety.md 5zzd 25a): the words of Scots, Irish and Northern
# English speech that a doubt or a denial turns on, each no other English word: "mibbe" (maybe),
# "naw" (no), "nae" (no: "nae bother with the waterworks"), and, in the rules below, "ken" after
# a negative (know) and "no" between a "be" and "sure" or "certain" (not: "I'm no sure if I can
# pee right"). The "-nae" negatives themselves ("cannae", "dinnae") are not spelt out: round 24's
# table of them (5zz 24a) was taken back at its merge, and put back in this round it again cost
# held back 21 one hedged red-flag run (figures only), with or without these words.
SCOTS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("maybe", ("mibbe", "mebbe", "mibbes")),
    ("no", ("naw", "nae")),
)

# phr31 (round 31, docs/clinical-safety.md 5zzza 31a): words as a speech recogniser writes a
# homophone, or as a dialect says a word, read as the word meant. Each is (heard, meant, after,
# before, not_before): `heard` is replaced by `meant` only where the word said before it is one of
# `after` ("" for the first word said; empty: any) and the word after it one of `before` (empty:
# any) and none of `not_before`, so a real word in its own sense is left alone ("a week", "last
# week", "week two", "going to the doctor", "write it down", "the rites"). Spelt out here, the
# one table the reader and the simulator share, so Alexa's model hears "rite leg" as "right leg"
# too. Kept as Python, not YAML: this module is read on every cold start, before any YAML.
_UNITS = ("minutes", "hours", "days", "weeks", "months", "years")
_LIMBS = ("leg", "legs", "foot", "feet", "one", "side", "knee", "knees", "thigh", "calf", "hip",
          "ankle", "toe", "toes", "shin", "buttock", "bum", "arm", "hand", "half")
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
HEARD_SPELLINGS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    # Scots and Northern English "baith" (both), no other English word
    ("baith", "both", (), (), ()),
    # flags36 (round 36, 5zzzy 36h): Scots "cauld" (cold) and "awfy" (awfully), no other
    # English word ("the leg's gone pure white and cauld as ice, and it's awfy sore")
    ("cauld", "cold", (), (), ()),
    ("awfy", "awfully", (), (), ()),
    # "weak" heard as "week": its comparative and noun are no other English word...
    ("weeker", "weaker", (), (), ()),
    ("weekest", "weakest", (), (), ()),
    ("weekness", "weakness", (), (), ()),
    ("weekly", "weakly", ("so", "very", "too", "really", "feel", "feels", "felt"), (), ()),
    # ...and "week" itself only after a word that says how something is ("my legs are week",
    # "there week now", "getting week", "so week"), never a count, an article or a time word
    # before it, nor a number, "by", "to", "after" or "of" after it ("it's week two", "week by
    # week")
    ("week", "weak", ("are", "is", "am", "be", "were", "was", "been", "there", "their", "so",
                      "very", "too", "really", "getting", "gotten", "gone", "grown", "feel",
                      "feels", "felt", "feeling", "become", "becoming", "became", "quite",
                      "rather", "pretty", "legs", "leg", "knees", "and"),
     (), (*_NUMBERS, "by", "to", "after", "of", "or", "ago", "in", "on", "long", "later",
          "before", "end", "last", "the", "a", "this", "next", "back", "off", "and")),
    # "two" heard as "to" before a unit of time, said first or after a word that goes before
    # a length ("to weeks now", "over to days"); never "from days to weeks", "up to weeks"
    ("to", "two", ("", "over", "about", "around", "for", "past", "last", "nearly", "almost",
                   "roughly", "maybe", "like", "only", "just", "within", "since"),
     _UNITS, ()),
    # "right" heard as "rite" (or typed so) before a leg, a side or a part of one
    ("rite", "right", (), _LIMBS, ()),
    # answers33 (round 33, docs/clinical-safety.md 5zzzl 33x): Jamaican "mi" is "my" before a
    # part of the body or a side ("I can't feel mi bottom", "mi left foot"), and "miself" is
    # "myself"; "mi" before a verb ("mi walk with a stick") is "I", left as said (the reader
    # reads the verb)
    ("mi", "my", (), (*_LIMBS, "left", "right", "both", "two", "whole", "big", "little", "bottom",
                      "back", "backside", "behind", "bladder", "waterworks", "privates", "face",
                      "groin", "skin", "waist", "belly", "tummy", "chest", "spine", "neck",
                      # safety35 (round 35, 5zzzr 35c): ...and before what the bladder and bowel
                      # sign is about ("mi cyaan hold mi wee", "mi water won't come")
                      "wee", "wees", "pee", "pees", "water", "urine", "bowel", "bowels", "poo",
                      "poos", "stool", "stools", "number"), ()),
    ("miself", "myself", (), (), ()),
    # added37 (round 37, docs/clinical-safety.md 5zzzzc 37k, 37n): Scots "ma" is "my" before a
    # part of the body, a side or a breath ("cracked ma back", "I cannae catch ma breath"),
    # never "my ma" (mother) said before a verb; "aff" (off), "ower" (over), "doon" (down) and
    # "wrang" (wrong) are no other English word; "aw" is "all" only before "at" or "of" ("aw at
    # once", "aw of a sudden"), never "aw, that's a shame"
    ("ma", "my", (), (*_LIMBS, "left", "right", "both", "two", "whole", "big", "little",
                      "bottom", "back", "backside", "bladder", "face", "groin", "spine", "neck",
                      "heid", "head", "breath", "chest", "throat", "tailbone", "hips"), ()),
    ("aff", "off", (), (), ()),
    ("ower", "over", (), (), ()),
    ("doon", "down", (), (), ()),
    ("wrang", "wrong", (), (), ()),
    ("aw", "all", (), ("at", "of"), ()),
    # safety35 (round 35, 5zzzr 35c): Jamaican and Caribbean English "cyaan", "kyaan", "caan"
    # (can't: "mi cyaan feel mi foot", "mi kyaan walk good"), no other English word; "cyan" as a
    # recogniser writes it only after a subject ("mi cyan walk"), never the colour
    ("cyaan", "can not", (), (), ()),
    ("kyaan", "can not", (), (), ()),
    ("caan", "can not", (), (), ()),
    ("cyan", "can not", ("mi", "i", "me", "we", "you", "he", "she", "they", "dem", "him", "her"),
     (), ()),
    # flags34 (round 34, docs/clinical-safety.md 5zzzn 34d): a sign's own word as a recogniser
    # writes it. "num" is "numb" only after a word that says how a part is or has become ("gone
    # num", "it's num", "feels num"), never a count or a name; Scots "oot" is "out", no other
    # English word; "blather" (chatter) is "bladder" only after "my", "the" or a state of it
    # ("my blather's weak", "can't empty the blather"), never "stop your blather"
    ("num", "numb", ("are", "is", "am", "be", "were", "was", "been", "gone", "went", "go", "goes",
                     "going", "gotten", "getting", "got", "feel", "feels", "felt", "feeling",
                     "so", "very", "too", "really", "bit", "all", "quite", "completely",
                     "totally", "and", "dead", "still", "stone", "a"),
     (), ("number", "nums", "num")),
    ("oot", "out", (), (), ()),
    ("blather", "bladder", ("my", "the", "his", "her", "weak", "full", "empty"), (), ()),
)


def _heard_rule(heard: str, meant: str, after: tuple[str, ...], before: tuple[str, ...],
                not_before: tuple[str, ...]) -> tuple[str, str]:
    """One heard spelling as a pattern and its replacement; the table is checked as it is read
    (a mistake fails the import, as a data file's does its load)."""
    for word in (heard, meant, *after, *before, *not_before):
        if word and not re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", word):
            raise ValueError(f"HEARD_SPELLINGS: {heard!r}: {word!r} is not lower-case words")
    if heard == meant or " " in heard:
        raise ValueError(f"HEARD_SPELLINGS: {heard!r}: one word, read as another")
    said = [w for w in after if w]
    opening = "(^|(?<=[^a-z0-9' ]) ?|\\b(?:" + "|".join(said) + ") )" if "" in after else (
        "(\\b(?:" + "|".join(said) + ") )" if said else "(\\b)")
    ahead = "(?= (?:" + "|".join(before) + ")\\b)" if before else "\\b"
    never = "(?! (?:" + "|".join(not_before) + ")\\b)" if not_before else ""
    return opening + heard + ahead + never, "\\1" + meant


# Each rule as (the words it needs, its pattern, what they are spelt out as), applied in turn. A
# rule is tried only when its words are in the text, and its pattern kept as text (`re` compiles
# it the first time it is used): most turns hold no contraction, or only one or two.
CONTRACTIONS: tuple[tuple[str, str, str], ...] = tuple(
    (pattern.replace(r"\b", "").partition("(?=")[0], pattern, repl)
    for pattern, repl in (
        (r"\bcan't\b", "can not"),
        (r"\bcannot\b", "can not"),
        (r"\bwon't\b", "will not"),
        (r"\bshan't\b", "shall not"),
        (r"\bain't\b", "is not"),
        (r"n't\b", " not"),
        (r"\bi'm\b", "i am"),
        (r"\blet's\b", "let us"),
        # typed, or heard, without the apostrophe
        (r"\bim\b", "i am"),
        (r"\bive\b", "i have"),
        (r"\bdont\b", "do not"),
        (r"\bcant\b", "can not"),
        (r"\bhavent\b", "have not"),
        (r"\bhasnt\b", "has not"),
        (r"\bdidnt\b", "did not"),
        (r"\bisnt\b", "is not"),
        (r"\bwasnt\b", "was not"),
        (r"\bdoesnt\b", "does not"),
        # round 23 (phr23, 5zv 23a): the other negatives, typed or heard without the apostrophe
        # ("my legs wont hold me" is "will not hold me"; "wont" as a habit is not said to a
        # screening), and "youre" / "theyre", which are no other word
        (r"\bwont\b", "will not"),
        (r"\bcouldnt\b", "could not"),
        (r"\bwouldnt\b", "would not"),
        (r"\bshouldnt\b", "should not"),
        (r"\barent\b", "are not"),
        (r"\bwerent\b", "were not"),
        (r"\bhadnt\b", "had not"),
        (r"\bmustnt\b", "must not"),
        (r"\bneednt\b", "need not"),
        (r"\baint\b", "is not"),
        (r"\byoure\b", "you are"),
        (r"\btheyre\b", "they are"),
        # round 29 (phr29, 5zzt 29a): "thats", "whats", "theres", typed or heard without the
        # apostrophe, are no other word: "no, I fell asleep on the sofa, thats the only fall"
        # reads as "that's the only fall" does
        (r"\bthats\b", "that is"),
        (r"\bwhats\b", "what is"),
        (r"\btheres\b", "there is"),
        *((rf"\b{word}\b", said) for said, words in SCOTS_WORDS for word in words),
        # "ken" after a negative is "know" ("I don't ken if my face is drooping", "I didn't ken
        # what it was"); a name ("Ken's face is drooping") has no negative before it
        (r"\bnot ken\b", "not know"),
        *((rf"\b{be} no (?=(?:sure|certain)\b)", f"{be} not ")
          for be in ("am", "are", "is", "was", "were", "be")),
        (r"'s (?=(?:" + "|".join(HAS_BEFORE) + r")\b)", " has "),
        (r"'re\b", " are"),
        (r"'ve\b", " have"),
        (r"'ll\b", " will"),
        (r"'d\b", " would"),
        # dur29 (round 29, 5zzv 29a): "do you" said short ("why d'you want to know", "d'ya
        # wanna know"), written with its apostrophe or without ("dyou", as Alexa and the
        # simulator keep it); no other English word
        (r"\bd'you\b", "do you"),
        (r"\bd'ya\b", "do you"),
        (r"\bdyou\b", "do you"),
        (r"\bgonna\b", "going to"),
        (r"\bwanna\b", "want to"),
        (r"\bgotta\b", "got to"),
        (r"\bdunno\b", "do not know"),
        (r"\bnevermind\b", "never mind"),
    )
) + tuple(
    # phr30 (round 30, 5zzx 30e): a length in clinicians' shorthand, typed ("2/52" two weeks,
    # "3/7" three days, "6/12" six months, "48/24" hours), the number over the days of a week,
    # the weeks of a year, the months of a year or the hours of a day. "/52" is no date; a
    # "/7", "/12" or "/24" after "since", "on", "from", "until", "till", "by" or "the", or
    # followed by a year ("3/7/24"), is a date and is left as it is written.
    ("/", rf"(?<![\d/])(?<!since )(?<!on )(?<!from )(?<!until )(?<!till )(?<!by )(?<!the )"
          rf"(\d{{1,2}}) ?/ ?{over}\b(?! ?/ ?\d)", rf"\1 {unit}")
    for over, unit in (("52", "weeks"), ("7", "days"), ("12", "months"), ("24", "hours"))
)
# phr31 (round 31, 5zzza 31b): a vitamin's number said as a word or set apart ("low B twelve",
# "B-12", "B 12"), as its name is written
CONTRACTIONS += (("b", r"\bb[- ]?(?:twelve|12)\b", "b12"),)
CONTRACTIONS += tuple((heard, *_heard_rule(heard, meant, after, before, not_before))
                     for heard, meant, after, before, not_before in HEARD_SPELLINGS)
# safety35 (round 35, 5zzzr 35c): "good" for "well" after an ability said lost ("mi kyaan walk
# good", "I can't stand too good", "couldn't hold it good"): the "good" says how, not that all is
# well; read as "well", it no longer denies the loss its "not" tells (the negation's `after`).
# Up to two words of an object between ("can't hold mi wee good"), never a new clause's "and",
# "but", "is"
_ABLE_VERBS = ("walk", "stand", "move", "balance", "feel", "hold", "run", "pee", "wee", "see",
               "talk", "speak", "climb", "step", "lift", "bend", "grip", "get about", "get around",
               "get up", "control")
CONTRACTIONS += (("good", r"\b((?:can|could|do|does|did) not|not able to|unable to) ("
                  + "|".join(_ABLE_VERBS)
                  + r")((?: (?!(?:and|but|or|so|is|are|was|were|be)\b)[a-z]+){0,2}?)"
                  + r" ((?:so|too|very|that|really|real) |)good\b", r"\1 \2\3 \4well"),)


def spell_out(text: str, then: tuple[tuple[re.Pattern[str], str], ...] = ()) -> str:
    """`text` (lower case, straight apostrophes) with every contraction spelt out, then the
    caller's own rules for what is left (its reading of "'s")."""
    for needs, pattern, repl in CONTRACTIONS:
        if needs in text:
            text = re.sub(pattern, repl, text)
    for compiled, repl in then:
        text = compiled.sub(repl, text)
    return text
