"""The compiled vocabulary as the cache keeps it: read back a group of phrases at a time, it reads
exactly as the vocabulary built from the data file; and every id the file lists is checked."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from skill.screening.yaml_loading import DATA_DIR, KnowledgeError
from skill.understanding.reader import Reader
from skill.understanding.vocabulary import load_vocabulary

SAID = ("i've got a temperature and my back's killing me", "no, but my legs are weak",
        "both, but the left is worse", "a fortnight or so", "can you go slower",
        "since christmas my legs keep giving way")


def test_a_cached_vocabulary_reads_as_the_one_built() -> None:
    built = load_vocabulary()
    stored = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    for book in ("findings", "answers", "requests", "durations"):
        assert list(getattr(stored, book)) == list(getattr(built, book))
    for key in ("my", "leg", "no", "not", "can", "fortnight", "unheard"):
        assert stored.findings.starting(key) == built.findings.starting(key)
    assert stored.findings.starting("unheard") == ()
    fresh, cached = Reader(built), Reader(stored)
    for text in SAID:
        assert cached.read(text, "en-GB") == fresh.read(text, "en-GB")


@pytest.mark.parametrize(("entry", "misspelt", "message"), [
    ("seen_by_others: [face_arm_speech,", "seen_by_others: [face_arm_speach,",
     r"field 'seen_by_others' has face_arm_speach: no such finding"),
    ("stated_when_sudden: [whole_leg]", "stated_when_sudden: [whole_legs]",
     r"field 'stated_when_sudden' has whole_legs: no such finding"),
    ("  parts: [leg]", "  parts: [legg]", r"complaint: field 'parts' has legg: no such class"),
])
def test_an_id_the_file_does_not_define_names_its_field(tmp_path: Path, entry: str,
                                                        misspelt: str, message: str) -> None:
    _fails_to_load_with(tmp_path, entry, misspelt, message)


@pytest.mark.parametrize(("entry", "broken", "message"), [
    # round 14: the reader's small word sets live in understanding.yaml, one home each
    ("  whole_denials: [none, neither]", "  whole_denial: [none, neither]",
     r"word_sets: unknown field\(s\) whole_denial"),
    ("  inability: [can, could]", "  inability: [can, could not]",
     r"field 'inability' has 'could not'; a word set holds single words"),
    ("  second_negations: [not, never]\n", "",
     r"word_sets.*second_negations"),
])
def test_a_word_set_missing_unknown_or_of_phrases_names_its_field(
        tmp_path: Path, entry: str, broken: str, message: str) -> None:
    _fails_to_load_with(tmp_path, entry, broken, message)


@pytest.mark.parametrize(("entry", "broken"), [
    ("  reach: 6", "  reach: 13"),
    ("  reach: 6", "  reach: yes"),  # YAML's true, which is no number of words
    ("  remark_reach: 8", "  remark_reach: 0"),
    ("  remark_reach: 8", "  remark_reach: eight"),
])
def test_a_reach_that_is_no_number_of_words_names_its_field(tmp_path: Path, entry: str,
                                                              broken: str) -> None:
    field = entry.split(":")[0].strip()
    _fails_to_load_with(tmp_path, entry, broken,
                        rf"someone_else: field '{field}' is .*; a number of words from 1 to 12")


def _fails_to_load_with(tmp_path: Path, entry: str, replacement: str, message: str) -> None:
    """A copy of the data whose understanding.yaml has `entry` replaced fails to load, naming
    what is wrong."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("__compiled__"))
    path = data / "understanding.yaml"
    text = path.read_text(encoding="utf-8")
    assert entry in text
    path.write_text(text.replace(entry, replacement, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_vocabulary(data)
