"""The interactive conversation: type what you would say, read (or hear) what Alexa says.

Works at a terminal and with piped input alike (`printf 'open leg check\\nyes\\n' | python -m
alexa_simulator`); piped lines are echoed so the output reads as a transcript.
"""

from __future__ import annotations

import json
import shlex
import sys
import traceback
from typing import TextIO

from alexa_simulator.errors import (
    NoMatchError,
    SessionClosedError,
    SimulatorError,
    SkillError,
    TargetError,
)
from alexa_simulator.simulator import Reply, Simulator
from alexa_simulator.speech_audio import Speaker

HELP = """\
Say anything as you would to Alexa, e.g. "open {name}" or "ask {name} <question>".
Commands:
  /quit                leave (also Ctrl-D)
  /new                 start a new session (the skill is not told)
  /end [REASON]        Alexa ends the session: SessionEndedRequest (USER_INITIATED)
  /silence             say nothing: Alexa reprompts, then ends the session
  /touch ARG...        tap an APL button that sends these arguments (screen device)
  /intent NAME [slot=value ...]   send an intent directly
  /locale LOCALE       switch locale (e.g. en-GB)
  /device voice|screen switch device
  /json                show the last request and response envelopes
  /attrs               show the session attributes
  /nlu                 show or hide what each utterance resolved to
  /help                this text"""


class Repl:
    """Reads lines, drives a Simulator, prints what a person would hear and see."""

    def __init__(
        self,
        sim: Simulator,
        *,
        out: TextIO | None = None,
        err: TextIO | None = None,
        speaker: Speaker | None = None,
        show_nlu: bool = False,
    ) -> None:
        self.sim = sim
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.speaker = speaker
        self.show_nlu = show_nlu
        self.exit_code = 0

    def print(self, text: str = "") -> None:
        """Write a line and flush, so piped output interleaves correctly."""
        print(text, file=self.out, flush=True)

    def show(self, reply: Reply) -> None:
        """Print a reply as a person experiences it."""
        if self.show_nlu and reply.intent is not None:
            self.print(f"  [heard] {reply.intent.describe()}")
        speech = reply.speech
        if reply.source == "dialog-model":
            self.print(f"ALEXA: {speech}   (dialog model)")
        elif speech:
            self.print(f"ALEXA: {speech}")
        elif reply.request and reply.request["request"]["type"] == "SessionEndedRequest":
            pass
        else:
            self.print("ALEXA: (says nothing)")
        if reply.reprompt and reply.source != "dialog-model":
            self.print(f"  (reprompt) {reply.reprompt}")
        card = reply.card
        if card is not None:
            text = f"  [card] {card.title}: {card.content}".rstrip(": ")
            self.print(text.replace("\n", "\n" + " " * 9))
        for directive in reply.directives:
            kind = str(directive.get("type", ""))
            if kind.startswith("Dialog."):
                continue
            self.print(f"  [directive] {kind}")
        for warning in reply.warnings:
            self.print(f"  [warning] {warning}")
        if reply.session_ended:
            self.print("  -- session ended --")
        if self.speaker is not None:
            self.speaker.speak(reply.ssml)

    def error(self, message: str) -> None:
        """One line on stderr, the way the CLI reports mistakes."""
        print(f"simulator: {message}", file=self.err, flush=True)

    def handle(self, line: str) -> bool:
        """One input line; False when the person wants to leave."""
        try:
            if line.startswith("/"):
                return self.command(line)
            self.show(self.sim.say(line))
        except (SessionClosedError, NoMatchError) as exc:
            self.print(f"  ({exc})")
        except SkillError as exc:
            self.exit_code = max(self.exit_code, 1)
            cause = exc.__cause__ or exc
            traceback.print_exception(type(cause), cause, cause.__traceback__, file=self.err)
            self.print("ALEXA: There was a problem with the requested skill's response")
            self.print("  -- session ended --")
        except TargetError as exc:
            self.exit_code = 2
            self.error(str(exc))
        except SimulatorError as exc:
            self.error(str(exc))
        return True

    def command(self, line: str) -> bool:
        """A /command; False for /quit."""
        try:
            words = shlex.split(line)
        except ValueError:
            words = line.split()
        name, args = words[0].lower(), words[1:]
        if name in {"/quit", "/q", "/exit"}:
            return False
        if name == "/help":
            self.print(HELP.format(name=self.sim.model.invocation_name))
        elif name == "/new":
            self.sim.new_session()
            self.print("  -- new session --")
        elif name == "/end":
            reply = self.sim.end_session(args[0] if args else "USER_INITIATED")
            if reply is None:
                self.print("  (no open session)")
            else:
                self.show(reply)
        elif name == "/silence":
            self.show(self.sim.silence())
        elif name == "/touch":
            arguments = [_argument(a) for a in args]
            self.show(self.sim.touch(*arguments))
        elif name == "/intent":
            if not args:
                self.error("/intent NAME [slot=value ...]")
                return True
            slots = dict(a.split("=", 1) for a in args[1:] if "=" in a)
            self.show(self.sim.intent(args[0], slots))
        elif name == "/locale":
            if not args:
                self.print(f"  locale: {self.sim.locale}")
            else:
                self.sim.set_locale(args[0])
                if self.speaker is not None:
                    self.speaker.locale = args[0]
                self.print(f"  -- locale {args[0]}, new session --")
        elif name == "/device":
            if not args:
                self.print(f"  device: {self.sim.device}")
            else:
                self.sim.set_device(args[0])
                self.print(f"  -- device {args[0]}, new session --")
        elif name == "/json":
            self.print(self.sim.dumps_last())
        elif name == "/attrs":
            self.print(json.dumps(self.sim.session_attributes, indent=2))
        elif name == "/nlu":
            self.show_nlu = not self.show_nlu
            self.print(f"  (nlu {'on' if self.show_nlu else 'off'})")
        else:
            self.error(f"{name}: unknown command (/help lists them)")
        return True

    def run(self, stdin: TextIO | None = None) -> int:
        """Loop until /quit or end of input; the exit code (2 if the endpoint failed)."""
        stdin = stdin or sys.stdin
        interactive = stdin.isatty()
        if interactive:
            name = self.sim.model.invocation_name
            self.print(f"Alexa simulator: {self.sim.locale}, {self.sim.device} device, skill "
                       f"{getattr(self.sim.target, 'description', '')}")
            self.print(f'Say "open {name}" to start; /help for commands, /quit to leave.')
        while True:
            if interactive:
                try:
                    line = input("YOU> ")
                except EOFError:
                    self.print()
                    break
            else:
                raw = stdin.readline()
                if not raw:
                    break
                line = raw
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not interactive:
                self.print(f"YOU: {line}")
            if not self.handle(line):
                break
        return self.exit_code


def _argument(text: str) -> object:
    """A touch argument: JSON when it parses as such (numbers, lists), else the word."""
    try:
        return json.loads(text)
    except ValueError:
        return text
