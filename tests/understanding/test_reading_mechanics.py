"""How the reader keeps its cost down, pinned to what it must not change: the phrases it tries at a
word are every phrase that could match there, the compiled vocabulary holds each phrase once,
contractions are spelt out as applying every rule in turn would, and a regular expression
compiled on first use finds what the compiled one finds."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from skill.understanding.contractions import CONTRACTIONS, spell_out
from skill.understanding.patterns import lazy_regex
from skill.understanding.vocabulary import default_vocabulary


@pytest.mark.parametrize("key", ["my", "leg", "no", "not", "can", "i", "be", "fortnight"])
def test_phrases_tried_at_a_word_are_those_whose_second_word_is_within_reach(key: str) -> None:
    vocab = default_vocabulary()
    words = sorted({w for phrase in vocab.findings.starting(key)[:60] for w in phrase.slots[-1]})
    for nearby in ({"legs"}, {"and", "not"}, set(words[:5]), set(words[-3:]), set()):
        for book in (vocab.findings, vocab.answers, vocab.requests, vocab.durations):
            assert book.starting_near(key, nearby) == [
                phrase for phrase in book.starting(key)
                if len(phrase.slots) == 1 or not phrase.slots[1].isdisjoint(nearby)]
    assert "unheard" not in vocab.findings
    assert vocab.findings.starting_near("unheard", {"legs"}) == []


def test_the_compiled_vocabulary_holds_each_phrase_once() -> None:
    vocab = default_vocabulary()
    for book in (vocab.findings, vocab.answers, vocab.requests, vocab.durations):
        assert max(Counter(book).values()) == 1


@pytest.mark.parametrize("text", [
    "i can't feel my legs and i won't sit down", "she's hadn't a fall", "my foot's gone white",
    "dontn't", "let'sn't", "i'm sure it's gotta be nothing", "ive been ok, im fine",
    "he's kept falling, they'd said so", "cannot, shan't, ain't", "i dunno, nevermind",
])
def test_contractions_are_spelt_out_as_every_rule_applied_in_turn(text: str) -> None:
    expected = text
    for _, pattern, spelt in CONTRACTIONS:
        expected = re.sub(pattern, spelt, expected)
    assert spell_out(text) == expected


def test_a_pattern_compiled_on_first_use_matches_as_the_compiled_one() -> None:
    text = "Since Tuesday, and now since March; not the leak"
    for pattern, flags in ((r"\bsince\s+(?P<what>\w+)", 0), (r"[,;]|\band\b", re.IGNORECASE)):
        lazy, compiled = lazy_regex(pattern, flags), re.compile(pattern, flags)
        found = lazy.search(text)
        assert found is not None and found.group(0) == compiled.search(text).group(0)
        assert lazy.sub("-", text) == compiled.sub("-", text)
        assert lazy.split(text) == compiled.split(text)
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [
            m.span() for m in compiled.finditer(text)]
        for pos, endpos in ((0, len(text)), (15, 20), (22, len(text))):
            anchored = lazy.match(text, pos, endpos)
            expected = compiled.match(text, pos, endpos)
            assert (anchored and anchored.span()) == (expected and expected.span())
