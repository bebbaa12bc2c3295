"""Words out of text the way the reader compares them: lower case, contractions spelt out.

Alexa sends slot values in lower case without punctuation; people typing into the simulator or a
test write "My foot's gone white!". Both come out as the same words. Clause marks (commas, full
stops) are kept as a "," token, because a new clause ends a negation's reach.
"""

from __future__ import annotations

import re
import unicodedata

from skill.understanding.contractions import spell_out

MAX_CHARS = 400  # longer slot values are cut: nobody says more than this in one breath
CLAUSE = ","

# Once "'s gone" is "has gone", "'s" is read as "is" ("my back's killing me"); a possessive read
# as "is" does no harm to matching.
_IS = ((re.compile(r"'s\b"), " is"),)
_CLAUSE_MARKS = re.compile(r"[,;:.!?\u2026()\[\]\"]+|\s-+\s|--+")
_DECIMAL = re.compile(r"(\d)\.(\d)")
_NOT_WORD = re.compile(r"[^a-z0-9,\s]+")


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, with "," where a clause mark stood. Never raises."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = spell_out(text, _IS)
    text = _DECIMAL.sub(r"\1 point \2", text)  # "36.8" is a number, not two clauses
    text = _CLAUSE_MARKS.sub(f" {CLAUSE} ", text)
    text = text.replace("'", "").replace("-", " ")
    text = _NOT_WORD.sub(" ", text)
    return tuple(text.split())
