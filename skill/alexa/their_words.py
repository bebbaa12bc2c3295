"""A question put to a carer about the person they screen: "their", never "your" (review8 O0).

A carer asked "Is your face or an arm numb or weak too?" truthfully answers "no" for themselves,
and a stroke sign of the person screened is lost. So in a carer's conversation every question,
its rephrase, help and "why" speak of the other person: "your" becomes "their", "you" becomes
"they" (or "them" after a verb or a preposition), "yourself" "themselves". "You" that is the carer
("what you just told me", "you can say") stays. English pronoun grammar, not medical content:
the questions themselves stay in questions.yaml, written once.
"""

from __future__ import annotations

import re

from skill.screening.knowledge import SPOKEN_FIELDS, KnowledgeBase, Question

# "you" is the subject ("they") at the start of a sentence, after these words, or before a verb
# of these; else an object ("them": "has a doctor told you", "a leg that won't hold you").
_SUBJECT_AFTER = frozenset({
    "do", "does", "did", "have", "has", "had", "are", "were", "can", "could", "will", "would",
    "should", "that", "if", "when", "while", "as", "and", "or", "what", "where", "unless",
    "until", "because", "once", "how", "whether",
})
_VERBS = frozenset({
    "have", "had", "are", "were", "can", "can't", "could", "couldn't", "will", "would", "do",
    "did", "don't", "didn't", "take", "eat", "drink", "live", "work", "get", "feel", "smoke",
    "cough", "sit", "walk", "stand", "move", "hang", "let", "panic", "breathe", "lie", "hurt",
    "noticed", "found", "just", "only", "still", "need", "want", "use",
})
# "you" that is the carer: "what you just told me", "you can say".
_CARER = re.compile(r"^\s+(just told|told|said|can say|can also say|mentioned)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(yourself|yours|your|you're|you've|you'd|you'll|you)\b", re.IGNORECASE)
_PLAIN = {"yourself": "themselves", "yours": "theirs", "your": "their", "you're": "they're",
          "you've": "they've", "you'd": "they'd", "you'll": "they'll"}


def of_them(text: str) -> str:
    """The sentence said of the person screened, to the one caring for them."""

    def swap(found: re.Match[str]) -> str:
        word = found.group(0)
        lower = word.lower()
        if lower == "you":
            if _CARER.match(text[found.end():]):
                return word
            before = text[:found.start()].split()
            after = text[found.end():].split()
            subject = (not before or before[-1][-1] in ".?!:"
                       or before[-1].lower().strip(",") in _SUBJECT_AFTER
                       or (after and after[0].lower().strip(",.?") in _VERBS))
            said = "they" if subject else "them"
        else:
            said = _PLAIN[lower]
        return said.capitalize() if word[0].isupper() else said

    return _PRONOUN.sub(swap, text)


def asked_of_them(question: Question) -> Question:
    """The question with every field said of the person screened."""
    return question._replace(**{field: of_them(getattr(question, field))
                                for field in SPOKEN_FIELDS})


_READ_BACK: dict[int, tuple[KnowledgeBase, KnowledgeBase]] = {}


def read_back_of_them(kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base with each answer read back of the one screened ("You told me their
    face, arm or speech is affected"), for a carer's result; made once per knowledge base."""
    held = _READ_BACK.get(id(kb))
    if held is None or held[0] is not kb:
        questions = {qid: q._replace(readback={a: of_them(t) for a, t in q.readback.items()})
                     for qid, q in kb.questions_by_id.items()}
        held = _READ_BACK[id(kb)] = (kb, kb._replace(questions_by_id=questions))
    return held[1]
