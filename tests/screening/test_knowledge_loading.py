"""The knowledge base loads, is complete, and a broken file is reported by file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from skill.screening.knowledge import TREATMENT_FAMILIES, default_knowledge, load_knowledge
from skill.screening.yaml_loading import DATA_DIR, KnowledgeError

REQUIRED_CONDITIONS = {
    "peripheral_neuropathy", "diabetic_neuropathy", "b12_deficiency", "alcohol_neuropathy",
    "chemotherapy_neuropathy", "sciatica", "herniated_disc", "spinal_stenosis",
    "peripheral_artery_disease", "multiple_sclerosis", "meralgia_paresthetica",
    "peroneal_nerve_compression", "tarsal_tunnel", "restless_legs", "positional_compression",
    "pregnancy_related", "hypothyroidism", "kidney_disease", "anxiety_hyperventilation",
    "cauda_equina_syndrome", "stroke", "acute_limb_ischemia", "guillain_barre",
    "spinal_cord_compression", "spinal_infection", "spinal_injury",
}


def test_every_required_condition_is_in_the_knowledge_base() -> None:
    assert set(default_knowledge().conditions) >= REQUIRED_CONDITIONS


def test_every_entry_names_a_public_source() -> None:
    kb = default_knowledge()
    cited = [q.source for q in kb.questions] + [f.source for f in kb.red_flags]
    cited += [e.source for e in kb.evidence.values()] + [r.source for r in kb.triage_rules]
    cited += [a.source for a in kb.level_advice.values()] + [g.source for g in kb.general.values()]
    cited += [s for c in kb.conditions.values() for s in c.sources]
    assert set(cited) <= set(kb.sources)
    assert all(kb.sources[s].url for s in cited)


def test_the_five_treatment_families_of_the_source_article_are_all_used() -> None:
    used = {t.family for c in default_knowledge().conditions.values() for t in c.treatments}
    assert {"underlying", "physical_therapy", "medicines", "nerve_blocks", "surgery"} <= used
    assert used <= set(TREATMENT_FAMILIES)


def test_red_flags_cover_the_issue_list() -> None:
    findings = {f for flag in default_knowledge().red_flags for p in flag.when for f in p}
    assert {"bladder_bowel", "saddle_numbness", "leg_weakness", "face_arm_speech",
            "cold_pale_leg", "spreading_up", "fever", "cancer_history", "injury",
            "foot_wound", "severe_pain"} <= findings


def test_questions_are_short_enough_to_say_in_one_breath() -> None:
    for question in default_knowledge().questions:
        assert len(question.text.split()) <= 25, question.id


def _broken_copy(tmp_path: Path, filename: str, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / filename
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return data


@pytest.mark.parametrize(
    ("filename", "old", "new", "message"),
    [
        ("red_flags.yaml", "level: emergency", "level: soon", "red_flags.yaml: red_flags "
         "'stroke_signs': field 'level'"),
        ("evidence.yaml", "weights: {stroke: 6", "weights: {strokes: 6",
         "names unknown condition 'strokes'"),
        ("questions.yaml", "source: nhs_stroke", "source: nowhere", "names unknown source"),
        ("questions.yaml", "kind: onset", "kind: colour", "field 'kind'"),
        ("red_flags.yaml", "{face_arm_speech: [yes]}", "{face_arm_speech: [maybe]}",
         "not allowed for 'face_arm_speech'"),
        ("conditions.yaml", "conditions:", "conditionz:", "field 'conditions'"),
        ("triage_rules.yaml", "if_unsure: urgent", "if_unsure: routine", "field 'if_unsure'"),
        ("red_flags.yaml", "causes: [stroke]", "causes: [strokes]",
         "field 'causes'.*unknown condition"),
    ],
)
def test_a_mistake_in_a_data_file_is_reported_with_file_and_field(
    tmp_path: Path, filename: str, old: str, new: str, message: str
) -> None:
    data = _broken_copy(tmp_path, filename, old, new)
    with pytest.raises(KnowledgeError, match=message.replace("'", ".")):
        load_knowledge(data)


def test_invalid_yaml_is_reported_with_the_file_name(tmp_path: Path) -> None:
    data = _broken_copy(tmp_path, "advice.yaml", "levels:", "levels: [")
    with pytest.raises(KnowledgeError, match=r"advice\.yaml: not valid YAML"):
        load_knowledge(data)


def _load_every_data_file(data: Path) -> None:
    from skill.screening.locale import load_locale
    from skill.understanding.vocabulary import LOCALES, load_vocabulary

    kb = load_knowledge(data)
    load_vocabulary(data, kb)
    for locale in LOCALES:
        load_locale(locale, data)


@pytest.mark.parametrize("path", sorted(p.relative_to(DATA_DIR).as_posix()
                                         for p in DATA_DIR.rglob("*.yaml")))
def test_a_key_said_twice_in_any_data_file_is_refused_on_load(tmp_path: Path, path: str) -> None:
    """YAML keeps the second of two equal keys and drops the first without a word."""
    text = (DATA_DIR / path).read_text()
    key = next(line.split(":")[0] for line in text.splitlines()
               if line[:1].isalpha() and ":" in line)
    data = _broken_copy(tmp_path, path, text, f"{text}\n{key}: said again\n")
    name = Path(path).name.replace(".", r"\.")
    with pytest.raises(KnowledgeError, match=rf"{name}: not valid YAML .*'{key}' twice"):
        _load_every_data_file(data)


def test_a_second_list_of_denials_for_one_finding_is_refused(tmp_path: Path) -> None:
    """The case that hid a denial list: the same field twice inside one finding."""
    data = _broken_copy(tmp_path, "understanding.yaml", "  spreading_up:\n",
                        "  spreading_up:\n    denied: [\"stays put\"]\n")
    with pytest.raises(KnowledgeError, match=r"understanding\.yaml: .*'denied' twice"):
        _load_every_data_file(data)
