"""The compiled knowledge cache is rebuilt exactly when a file its build read changes, or when a
data file is added or removed: no hand-kept list of files to forget."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from skill.screening import compiled
from skill.screening.knowledge import load_knowledge
from skill.screening.yaml_loading import DATA_DIR, load_yaml


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("LEGCHECK_NO_DATA_CACHE", raising=False)
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy, ignore=shutil.ignore_patterns(compiled.CACHE_DIR_NAME))
    return copy


def counting_build(data_dir: Path, builds: list[str]) -> object:
    def build() -> object:
        builds.append("built")
        return load_yaml(data_dir / "advice.yaml")

    return build


def test_an_unchanged_cache_is_used_and_an_edit_to_a_file_it_read_rebuilds_it(
    data_dir: Path,
) -> None:
    builds: list[str] = []
    build = counting_build(data_dir, builds)
    first = compiled.cached(data_dir, "probe", build)
    assert compiled.cached(data_dir, "probe", build) == first
    assert builds == ["built"]
    advice = data_dir / "advice.yaml"
    advice.write_text(advice.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    compiled.cached(data_dir, "probe", build)
    assert builds == ["built", "built"]


def test_an_edit_to_a_file_the_build_never_read_keeps_the_cache(data_dir: Path) -> None:
    builds: list[str] = []
    build = counting_build(data_dir, builds)
    compiled.cached(data_dir, "probe", build)
    other = data_dir / "sources.yaml"
    other.write_text(other.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    compiled.cached(data_dir, "probe", build)
    assert builds == ["built"]


def test_a_new_data_file_rebuilds_the_cache(data_dir: Path) -> None:
    builds: list[str] = []
    build = counting_build(data_dir, builds)
    compiled.cached(data_dir, "probe", build)
    shutil.copy(data_dir / "locales" / "en-GB.yaml", data_dir / "locales" / "en-NZ.yaml")
    compiled.cached(data_dir, "probe", build)
    assert builds == ["built", "built"]


def test_the_knowledge_cache_is_keyed_by_every_file_the_loader_read(data_dir: Path) -> None:
    compiled.cached(data_dir, "knowledge", lambda: load_knowledge(data_dir))
    with (data_dir / compiled.CACHE_DIR_NAME / "knowledge.pickle").open("rb") as handle:
        _, files, _ = pickle.load(handle)
    data_files = {Path(name).name for name in files if name.endswith(".yaml")}
    # speech.yaml is the locale wording's, understanding.yaml the reader's: each their own cache.
    assert data_files == {p.name for p in data_dir.glob("*.yaml")} - {"speech.yaml",
                                                                      "understanding.yaml"}
    code = {p.name for p in compiled.source_files("skill.screening.knowledge")}
    assert {"knowledge.py", "yaml_loading.py", "compiled.py"} <= code
