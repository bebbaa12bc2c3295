"""Text normalisation shared by samples and utterances, so both sides compare like for like.

Alexa's ASR hands skills lower-case words without punctuation; people typing into the simulator
write "I can't", "Um, yes please." or "Alexa, open Leg Check". Everything that reaches the matcher
goes through `tokens()` first, samples and utterances alike, so these differences vanish.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that carry no meaning for intent matching; dropped from samples and utterances alike.
FILLERS = frozenset(
    {"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hmmm", "hm", "mm", "ah", "alexa",
     "please"}
)

# Words whose presence or absence matters little: they cost less when inserted or missing.
WEAK = frozenset(
    {"a", "an", "the", "my", "me", "i", "to", "is", "it", "of", "just", "really", "so", "very",
     "now", "then", "ok", "okay", "well", "oh", "that", "this", "some", "and", "for", "in", "on",
     "at", "with", "be", "am", "are", "do", "you", "can", "could", "would", "will", "like",
     "actually", "about", "think", "its", "s", "there", "have", "has", "been", "was"}
)

# Common verbs people add or swap freely ("get me", "I want", "give me").
MILD = frozenset({"get", "give", "want", "need", "let", "go", "know", "got", "bring"})

_IS_AFTER = (
    "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "when", "why",
    "this", "which",
)
_HAS_BEFORE = ("gone", "got", "been", "had", "turned", "become", "given", "started", "stopped",
               "spread", "crept", "come", "lost")
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\bcan't\b", "can not"),
        (r"\bcannot\b", "can not"),
        (r"\bwon't\b", "will not"),
        (r"\bshan't\b", "shall not"),
        (r"\bain't\b", "is not"),
        (r"n't\b", " not"),
        (r"\bi'm\b", "i am"),
        (r"\blet's\b", "let us"),
        # "my foot's gone white", "the pain's been bad": 's before a past participle is "has".
        (r"'s (?=(?:" + "|".join(_HAS_BEFORE) + r")\b)", " has "),
        (r"\b(" + "|".join(_IS_AFTER) + r")'s\b", r"\1 is"),
        (r"'re\b", " are"),
        (r"'ve\b", " have"),
        (r"'ll\b", " will"),
        (r"'d\b", " would"),
        (r"'s\b", "s"),
        (r"\bgonna\b", "going to"),
        (r"\bwanna\b", "want to"),
        (r"\bgotta\b", "got to"),
        (r"\bdunno\b", "do not know"),
        (r"\bnevermind\b", "never mind"),
    )
)
_PUNCT = re.compile(r"[^\w\s.']|_")
_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words of `text` with contractions expanded and filler and punctuation gone."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = _PUNCT.sub(" ", text)
    text = _DOT.sub(" ", text).replace("'", "")
    return tuple(word for word in text.split() if word not in FILLERS)


def weight(token: str) -> float:
    """How much a token matters: weak words cost less to add or drop."""
    if token in WEAK:
        return 0.3
    return 0.6 if token in MILD else 1.0


_SUFFIXES = ("ing", "ed", "ly", "er", "es", "s")


@lru_cache(maxsize=8192)
def stem(token: str) -> str:
    """A crude stem so that "legs"/"leg" and "slowly"/"slower" meet."""
    if len(token) > 4 and not token.isdigit():
        for suffix in _SUFFIXES:
            if token.endswith(suffix) and len(token) - len(suffix) >= 3:
                return token[: -len(suffix)]
    return token


def _levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """1.0 for the same word, ~0.85 for the same stem or a typo, 0.0 for different words."""
    if a == b:
        return 1.0
    if stem(a) == stem(b):
        return 0.85
    if min(len(a), len(b)) < 4 or a.isdigit() or b.isdigit():
        return 0.0
    score = 1.0 - _levenshtein(a, b) / max(len(a), len(b))
    return score if score >= 0.75 else 0.0


def deletions(token: str) -> set[str]:
    """The token and every string one character shorter: a cheap typo index (SymSpell-style)."""
    out = {token}
    if len(token) >= 4:
        out.update(token[:i] + token[i + 1 :] for i in range(len(token)))
    return out
