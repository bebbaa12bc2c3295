"""Speech through espeak-ng: SSML it understands, one WAV per turn, a clear line when missing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from alexa_simulator import SimulatorError
from alexa_simulator.speech_audio import Speaker, find_espeak, voice_for


def _fake_espeak(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in espeak-ng that logs its arguments and writes the -w file."""
    log = tmp_path / "calls.log"
    exe = tmp_path / "espeak-ng"
    exe.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$*" >> "{log}"\n'
        'while [ "$#" -gt 0 ]; do if [ "$1" = "-w" ]; then shift; printf RIFF > "$1"; fi; '
        "shift; done\n"
    )
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return exe, log


def test_ssml_reaches_espeak_in_ssml_mode(tmp_path: Path) -> None:
    exe, log = _fake_espeak(tmp_path)
    speaker = Speaker("en-GB", play=False, wav_dir=tmp_path / "wav", executable=str(exe))
    written = speaker.speak('<speak>Call <say-as interpret-as="digits">911</say-as>'
                            '<break time="500ms"/><prosody rate="slow">now</prosody>'
                            '<amazon:emotion name="excited">yay</amazon:emotion></speak>')
    assert written == tmp_path / "wav" / "turn-001.wav" and written.exists()
    call = log.read_text()
    assert "-m -v en-gb -w" in call
    assert "9 1 1" in call and '<break time="500ms"/>' in call
    assert '<prosody rate="slow">now</prosody>' in call
    assert "amazon:" not in call and "yay" in call
    assert speaker.speak(None) is None


def test_missing_espeak_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SimulatorError, match="apt-get install espeak-ng"):
        Speaker("en-US")


@pytest.mark.parametrize(
    ("locale", "voice"), [("en-US", "en-us"), ("en-GB", "en-gb"), ("en-AU", "en-gb"),
                          ("en-CA", "en-us"), ("de-DE", "de"), ("pt-BR", "pt-br")])
def test_voice_for_locale(locale: str, voice: str) -> None:
    assert voice_for(locale) == voice


@pytest.mark.skipif(find_espeak() is None, reason="espeak-ng is not installed")
def test_real_espeak_writes_a_wav(tmp_path: Path) -> None:
    speaker = Speaker("en-US", play=False, wav_dir=tmp_path)
    path = speaker.speak('<speak>Hello <break time="200ms"/> there.</speak>')
    assert path is not None and path.read_bytes()[:4] == b"RIFF"
