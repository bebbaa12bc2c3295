"""Hearing the skill: espeak-ng reads Alexa's SSML aloud or into one WAV file per turn.

Pauses and speaking rate are part of the skill's design (a frightened person needs it slower),
so <break> and <prosody rate> reach espeak-ng in its SSML mode; Alexa-only tags are turned into
what they would sound like (see ssml.to_espeak).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import TextIO

from alexa_simulator import ssml
from alexa_simulator.errors import SimulatorError

INSTALL_HINT = (
    "espeak-ng is not installed: install it with `sudo apt-get install espeak-ng` "
    "(Debian/Ubuntu) or `brew install espeak-ng` (macOS)"
)


def find_espeak() -> str | None:
    """The espeak-ng (or espeak) executable on PATH."""
    return shutil.which("espeak-ng") or shutil.which("espeak")


def voice_for(locale: str) -> str:
    """espeak-ng's voice for an Alexa locale (en-US -> en-us, en-GB -> en-gb, de-DE -> de)."""
    language, _, region = locale.lower().partition("-")
    if language == "en":
        return "en-us" if region in {"us", "ca"} else "en-gb"
    if language == "pt" and region == "br":
        return "pt-br"
    if language == "es" and region in {"mx", "us"}:
        return "es-419"
    if language == "fr" and region == "ca":
        return "fr"
    return language


class Speaker:
    """Speaks each turn aloud (`play`) and/or writes it to `wav_dir/turn-NNN.wav`."""

    def __init__(
        self,
        locale: str,
        *,
        play: bool = True,
        wav_dir: Path | None = None,
        warn: TextIO | None = None,
        executable: str | None = None,
    ) -> None:
        found = executable or find_espeak()
        if found is None:
            raise SimulatorError(INSTALL_HINT)
        self.executable = found
        self.locale = locale
        self.play = play
        self.wav_dir = wav_dir
        self.turn = 0
        self._warn = warn or sys.stderr
        self._play_broken = False
        if wav_dir is not None:
            try:
                wav_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SimulatorError(f"{wav_dir}: cannot create ({exc})") from exc

    def _run(self, extra: list[str], text: str) -> str | None:
        command = [self.executable, "-m", "-v", voice_for(self.locale), *extra, text]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return str(exc)
        problem = done.stderr.strip().splitlines()
        errors = [line for line in problem if "error" in line.lower()]
        if done.returncode != 0 or errors:
            return (errors or problem or [f"exit code {done.returncode}"])[-1]
        return None

    def speak(self, ssml_text: str | None) -> Path | None:
        """Say one turn; returns the WAV written, if any."""
        if not ssml_text:
            return None
        self.turn += 1
        text = ssml.to_espeak(ssml_text)
        written = None
        if self.wav_dir is not None:
            path = self.wav_dir / f"turn-{self.turn:03d}.wav"
            problem = self._run(["-w", str(path)], text)
            if problem:
                print(f"simulator: espeak-ng could not write {path}: {problem}", file=self._warn)
            else:
                written = path
        if self.play and not self._play_broken:
            problem = self._run([], text)
            if problem:
                self._play_broken = True
                print(f"simulator: espeak-ng could not play audio ({problem}); "
                      "use --wav-dir DIR to write WAV files instead", file=self._warn)
        return written
