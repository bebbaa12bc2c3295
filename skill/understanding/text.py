"""Words out of text the way the reader compares them: lower case, contractions spelt out.

Alexa sends slot values in lower case without punctuation; people typing into the simulator or a
test write "My foot's gone white!". Both come out as the same words. Clause marks (commas, full
stops) are kept as a "," token, because a new clause ends a negation's reach.
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 400  # longer slot values are cut: nobody says more than this in one breath
CLAUSE = ","

# "'s" is "has" before a past participle people use about symptoms ("my foot's gone white"),
# else "is" ("my back's killing me"); possessives read as "is" do no harm to matching.
_HAS_BEFORE = ("gone", "got", "been", "had", "turned", "become", "given", "started", "stopped",
               "spread", "crept", "come", "lost", "felt", "kept", "left", "taken", "happened")
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
        (r"'s (?=(?:" + "|".join(_HAS_BEFORE) + r")\b)", " has "),
        (r"'s\b", " is"),
        (r"'re\b", " are"),
        (r"'ve\b", " have"),
        (r"'ll\b", " will"),
        (r"'d\b", " would"),
        (r"\bgonna\b", "going to"),
        (r"\bwanna\b", "want to"),
        (r"\bgotta\b", "got to"),
        (r"\bdunno\b", "do not know"),
    )
)
_CLAUSE_MARKS = re.compile(r"[,;:.!?\u2026()\[\]\"]+|\s-+\s|--+")
_NOT_WORD = re.compile(r"[^a-z0-9,\s]+")


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, with "," where a clause mark stood. Never raises."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = _CLAUSE_MARKS.sub(f" {CLAUSE} ", text)
    text = text.replace("'", "").replace("-", " ")
    text = _NOT_WORD.sub(" ", text)
    return tuple(text.split())
