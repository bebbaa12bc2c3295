"""Text normalisation shared by samples and utterances, so both sides compare like for like.

Alexa's ASR hands skills lower-case words without punctuation; people typing into the simulator
write "I can't", "Um, yes please." or "Alexa, open Leg Check". Everything that reaches the matcher
goes through `tokens()` first, samples and utterances alike, so these differences vanish.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from skill.understanding.contractions import spell_out

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

# The contractions are the reader's own (one table, skill/understanding/contractions.py). What
# is left of "'s" the simulator reads as Alexa writes it: "is" after a pronoun or a question word
# ("it's", "what's"), else a possessive without its apostrophe ("my foot's" -> "my foots").
_IS_AFTER = (
    "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "when", "why",
    "this", "which",
)
_S_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(" + "|".join(_IS_AFTER) + r")'s\b"), r"\1 is"),
    (re.compile(r"'s\b"), "s"),
)
_PUNCT = re.compile(r"[^\w\s.']|_")
# Latin accents ("sí", "no sé", "café"): an English-locale model's samples are plain letters
# (scripts/check_interaction_model.py), so an accent folds away on both sides alike.
_ACCENT = re.compile("[\u0300-\u036f]")
_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words of `text` with contractions expanded and filler and punctuation gone."""
    text = unicodedata.normalize("NFC", _ACCENT.sub("", unicodedata.normalize("NFKD", text)))
    text = text.lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = spell_out(text, _S_RULES)
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
