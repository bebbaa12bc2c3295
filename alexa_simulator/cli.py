"""Command line: the REPL (default), `run` YAML scripts, `replay` a transcript, `check` a model.

Exit codes: 0 fine, 1 a test failed or a replay differs (or the skill raised), 2 a usage
mistake (unknown locale, broken model or script, endpoint down): always one line, no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from alexa_simulator import transcript
from alexa_simulator.errors import SimulatorError
from alexa_simulator.model import DEFAULT_MODEL_DIR, display_path
from alexa_simulator.model_check import check_samples_resolve
from alexa_simulator.repl import Repl
from alexa_simulator.script import load_scripts, make_simulator, run_script
from alexa_simulator.simulator import Simulator
from alexa_simulator.speech_audio import Speaker
from alexa_simulator.targets import HandlerTarget, HttpTarget, Target, load_handler, make_target

COMMANDS = ("repl", "run", "replay", "check")


def _common(parser: argparse.ArgumentParser, *, locale_default: str | None) -> None:
    parser.add_argument("--locale", default=locale_default,
                        help="model and request locale (default en-US)")
    parser.add_argument("--url", help="send requests to this HTTP endpoint instead of in-process")
    parser.add_argument("--handler", metavar="MODULE:ATTR",
                        help="in-process skill to use instead of the project's (a Lambda handler, "
                        "CustomSkill or zero-argument factory; MODULE may be a path to a .py file)")
    parser.add_argument("--model-dir", type=Path,
                        help="interaction models folder "
                        f"(default {display_path(DEFAULT_MODEL_DIR)})")
    parser.add_argument("--device", choices=("voice", "screen"), default=None,
                        help="voice-only (default) or a screen device with APL")
    parser.add_argument("--user-id", help="the Alexa userId to send")
    parser.add_argument("--record", type=Path, metavar="FILE",
                        help="write a JSON transcript of every turn to FILE")


def build_parser(command: str) -> argparse.ArgumentParser:
    """The options of one subcommand (repl is the default)."""
    prog = "python -m alexa_simulator"
    if command == "run":
        parser = argparse.ArgumentParser(prog=f"{prog} run",
                                         description="Run YAML conversation scripts.")
        parser.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
        _common(parser, locale_default=None)
        parser.add_argument("-q", "--quiet", action="store_true", help="print failures only")
    elif command == "replay":
        parser = argparse.ArgumentParser(prog=f"{prog} replay",
                                         description="Re-send a recorded transcript and diff.")
        parser.add_argument("transcript", type=Path, metavar="FILE")
        parser.add_argument("--url", help="send requests to this HTTP endpoint")
        parser.add_argument("--handler", metavar="MODULE:ATTR", help="in-process skill to use")
    elif command == "check":
        parser = argparse.ArgumentParser(
            prog=f"{prog} check",
            description="Check every sample utterance resolves back to its own intent.")
        parser.add_argument("--locale", default="en-US")
        parser.add_argument("--model-dir", type=Path)
    else:
        parser = argparse.ArgumentParser(
            prog=prog,
            description="Talk to the skill as Alexa would, offline. Subcommands: run FILE..., "
            "replay FILE, check.",
        )
        _common(parser, locale_default="en-US")
        parser.add_argument("--speak", action="store_true", help="read replies aloud (espeak-ng)")
        parser.add_argument("--wav-dir", type=Path, metavar="DIR",
                            help="write each reply as DIR/turn-NNN.wav (espeak-ng)")
        parser.add_argument("--nlu", action="store_true",
                            help="show the intent and slots each utterance resolved to")
    return parser


def _target(args: argparse.Namespace) -> Target | None:
    """The target the options ask for, or None for the project's skill."""
    if args.url and args.handler:
        raise SimulatorError("give --url or --handler, not both")
    if args.handler:
        return HandlerTarget(load_handler(args.handler), description=args.handler)
    return HttpTarget(args.url) if args.url else None


def _simulator(args: argparse.Namespace) -> Simulator:
    return Simulator(
        locale=args.locale or "en-US",
        target=_target(args),
        model_dir=args.model_dir,
        device=args.device or "voice",
        user_id=args.user_id,
    )


def _repl(args: argparse.Namespace) -> int:
    sim = _simulator(args)
    speaker = None
    if args.speak or args.wav_dir:
        speaker = Speaker(sim.locale, play=args.speak, wav_dir=args.wav_dir)
    repl = Repl(sim, speaker=speaker, show_nlu=args.nlu)
    try:
        return repl.run()
    finally:
        if args.record:
            sim.save_transcript(args.record)


def _run(args: argparse.Namespace) -> int:
    errors = 0
    scripts = []
    for path in args.paths:
        try:
            scripts.extend(load_scripts(path))
        except SimulatorError as exc:
            print(f"simulator: {exc}", file=sys.stderr)
            errors += 1
    target = _target(args)
    recorder: Simulator | None = None
    passed = failed = 0
    for script in scripts:
        # Command-line choices win over the script's configuration.
        for key, value in (("locale", args.locale), ("device", args.device),
                           ("userId", args.user_id)):
            if value:
                script.config[key] = value
        try:
            sim = make_simulator(script, target=target, model_dir=args.model_dir)
        except SimulatorError as exc:
            print(f"simulator: {exc}", file=sys.stderr)
            errors += 1
            continue
        result = run_script(script, sim)
        if recorder is None:
            recorder = sim
        elif sim is not recorder:
            recorder.transcript.extend(sim.transcript)
        if result.unreachable:
            errors += 1
        if result.passed:
            passed += 1
            if not args.quiet:
                print(f"PASS {script.name}  ({display_path(script.path)}, {result.seconds:.2f}s)")
        else:
            failed += 1
            print(result.report())
        for warning in result.warnings:
            print(f"  [warning] {display_path(script.path)} {warning}")
    if args.record and recorder is not None:
        recorder.save_transcript(args.record)
    print(f"{passed} passed, {failed} failed" + (f", {errors} errors" if errors else ""))
    if errors:
        return 2
    return 1 if failed else 0


def _replay(args: argparse.Namespace) -> int:
    data = transcript.load(args.transcript)
    target = make_target(_target(args))
    sent, differences = transcript.replay(data, target)
    for difference in differences:
        print(difference.report())
    turns = len(data["turns"])
    print(f"replayed {sent} requests from {turns} turns: "
          + (f"{len(differences)} differences" if differences else "no differences"))
    return 1 if differences else 0


def _check(args: argparse.Namespace) -> int:
    problems = check_samples_resolve(args.model_dir or DEFAULT_MODEL_DIR, args.locale)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems" if problems else "every sample resolves to its intent")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m alexa_simulator`; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else "repl"
    if argv and argv[0] in COMMANDS:
        argv = argv[1:]
    args = build_parser(command).parse_args(argv)
    try:
        if command == "run":
            return _run(args)
        if command == "replay":
            return _replay(args)
        if command == "check":
            return _check(args)
        return _repl(args)
    except SimulatorError as exc:
        print(f"simulator: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
