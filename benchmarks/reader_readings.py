"""Every reading of the tuning material, written down, so that a change meant to make the reader
cheaper can be shown to read everything exactly as before.

The texts: every phrasing of tests/phrasings/tuning/ (not a batch marked untuned this round:
runner.UNTUNED_BATCHES, nor batch 15), the opening words (`says`) of the original vignettes and
of each vignette set's tuning part (not a set marked untuned), and every answer the vignette runner
says. Held-back material is never read. Each text is read in every locale: the reader's full
reading, what it means in context (at the phrasing's own question, and at none), its words
(skill/understanding/text.py) and the simulator's words for it (alexa_simulator/normalise.py,
which shares the reader's contractions).

Run alone, it prints how many readings there are and a digest of them all: the same digest on
the code before a change and after it means the same readings. To see what differs, write them
down from each tree (a copy of the tree before: --root) and compare:

    python benchmarks/reader_readings.py --root /tmp/before --out /tmp/before.txt
    python benchmarks/reader_readings.py --out /tmp/after.txt
    python benchmarks/reader_readings.py --compare /tmp/before.txt /tmp/after.txt
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent.parent
LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")
TODAY = date(2026, 12, 2)  # a fixed day, so "since Tuesday" reads the same in both runs
NOT_READ = ("supplement_b15_",)  # batch 15 is this round's untuned measure


def texts(root: Path) -> Iterator[tuple[str, str | None]]:
    """(text, the question it is said at, if any), in a fixed order."""
    from scripts.vignette_runner import _SPOKEN, VIGNETTES_PATH
    from tests.phrasings.runner import UNTUNED_PREFIXES
    from tests.vignettes.vignette_set import SPLITS

    for path in sorted((root / "tests" / "phrasings" / "tuning").glob("*.yaml")):
        if path.name.startswith(NOT_READ):
            continue
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for phrasing in document.get("phrasings") or ():
            if str(phrasing.get("id", "")).startswith(UNTUNED_PREFIXES):
                continue
            yield str(phrasing["text"]), phrasing.get("context")
    vignette_files = [VIGNETTES_PATH, *(s.tuning for s in SPLITS.values() if not s.untuned)]
    for path in vignette_files:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for vignette in document.get("vignettes") or ():
            if vignette.get("says"):
                yield str(vignette["says"]), None
    for by_locale in _SPOKEN.values():
        for options in by_locale.values():
            for option in options:
                yield option, None


def readings(root: Path) -> Iterator[str]:
    """One line per text, locale and way of reading it."""
    from alexa_simulator.normalise import tokens
    from skill.screening.knowledge import default_knowledge
    from skill.screening.state import ScreeningState
    from skill.understanding.context import heard_in_context
    from skill.understanding.reader import default_reader
    from skill.understanding.text import words

    kb = default_knowledge()
    reader = default_reader()
    code = Path(words.__code__.co_filename).parents[2]
    print(f"reading with the code of {code}", file=sys.stderr)
    for text, context in texts(root):
        question = kb.questions_by_id.get(context) if context else None
        yield f"{text!r} words {words(text)!r} simulator {tokens(text)!r}"
        for locale in LOCALES:
            yield f"{text!r} {locale} {reader.read(text, locale, TODAY)!r}"
            for asked in (None,) if question is None else (None, question):
                heard = heard_in_context(kb, text, asked, ScreeningState(), locale, TODAY)
                yield f"{text!r} {locale} at {asked.id if asked else None} {heard!r}"


def compare(before: Path, after: Path) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differ = [(a, b) for a, b in zip(old, new, strict=False) if a != b]
    for a, b in differ[:20]:
        print(f"- {a}\n+ {b}")
    print(f"{len(old)} readings before, {len(new)} after, {len(differ)} differ")
    return 0 if not differ and len(old) == len(new) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the tree whose code reads")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    sys.path.insert(0, str(args.root.resolve()))
    digest, count = hashlib.sha256(), 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(args.out.open("w", encoding="utf-8")) if args.out else None
        for line in readings(args.root.resolve()):
            digest.update(line.encode() + b"\n")
            count += 1
            if out is not None:
                out.write(line + "\n")
    print(f"{count} readings, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
