"""The conversation engine: what Alexa does between the person and the skill, offline.

It hears an utterance, decides whether it opens the skill, resolves it to an intent, builds the
request envelope, calls the target, and then applies Alexa's rules to the reply: session
attributes carried, session ended or kept open, dialog directives acted on.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from alexa_simulator import envelopes as env
from alexa_simulator import ssml as ssml_text
from alexa_simulator import transcript
from alexa_simulator.builtins import EXIT_PHRASES
from alexa_simulator.dialog import DialogState, next_step, render_prompt
from alexa_simulator.errors import (
    NoMatchError,
    SessionClosedError,
    SimulatorError,
    SkillError,
    TargetError,
)
from alexa_simulator.model import DEFAULT_MODEL_DIR, InteractionModel, load_model, model_path
from alexa_simulator.nlu import DEFAULT_THRESHOLD, FALLBACK, IntentMatch, Nlu, parse_invocation
from alexa_simulator.normalise import tokens
from alexa_simulator.targets import Target, make_target

ALEXA_ERROR_SPEECH = "There was a problem with the requested skill's response"


@dataclass(frozen=True)
class Card:
    """A card as the Alexa app shows it; `content` is Simple's content or Standard's text."""

    type: str
    title: str
    content: str
    image: dict[str, Any] | None = None


@dataclass
class Reply:
    """One turn: what was sent, what came back, and what the person experiences."""

    request: dict[str, Any] | None
    raw: dict[str, Any]
    intent: IntentMatch | None = None
    session_ended: bool = False
    heard: str | None = None
    source: str = "skill"  # "skill", "dialog-model" (Alexa spoke a model prompt) or "alexa"
    warnings: list[str] = field(default_factory=list)
    exchanges: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    prompt_ssml: str | None = None  # set when Alexa itself spoke (dialog prompt, reprompt)

    @property
    def response(self) -> dict[str, Any]:
        """The `response` object of the reply ({} if the skill sent none)."""
        value = self.raw.get("response")
        return value if isinstance(value, dict) else {}

    @property
    def ssml(self) -> str | None:
        """What Alexa says, as SSML (PlainText replies are wrapped in <speak>)."""
        if self.prompt_ssml is not None:
            return self.prompt_ssml
        return _speech_ssml(self.response.get("outputSpeech"))

    @property
    def speech(self) -> str:
        """Plain text of what Alexa says."""
        return ssml_text.to_text(self.ssml)

    @property
    def reprompt_ssml(self) -> str | None:
        """What Alexa says if the person stays silent, as SSML."""
        if self.prompt_ssml is not None:
            return self.prompt_ssml if self.source == "dialog-model" else None
        reprompt = self.response.get("reprompt")
        return _speech_ssml(reprompt.get("outputSpeech")) if isinstance(reprompt, dict) else None

    @property
    def reprompt(self) -> str:
        """Plain text of the reprompt."""
        return ssml_text.to_text(self.reprompt_ssml)

    @property
    def card(self) -> Card | None:
        """The card shown in the Alexa app, if any."""
        card = self.response.get("card")
        if not isinstance(card, dict):
            return None
        return Card(
            type=str(card.get("type", "")),
            title=str(card.get("title", "")),
            content=str(card.get("content", card.get("text", ""))),
            image=card.get("image"),
        )

    @property
    def session_attributes(self) -> dict[str, Any]:
        """The attributes the skill returned (sent back on the next request)."""
        value = self.raw.get("sessionAttributes")
        return value if isinstance(value, dict) else {}

    @property
    def directives(self) -> list[dict[str, Any]]:
        """The directives of the reply, e.g. Dialog.Delegate or APL RenderDocument."""
        value = self.response.get("directives")
        return value if isinstance(value, list) else []

    @property
    def should_end_session(self) -> bool | None:
        """The skill's raw shouldEndSession (None when absent)."""
        value = self.response.get("shouldEndSession")
        return value if isinstance(value, bool) else None

    def to_json(self) -> dict[str, Any]:
        """What a transcript keeps of the turn."""
        return {
            "heard": self.heard,
            "intent": _intent_json(self.intent),
            "source": self.source,
            "speech": self.speech,
            "reprompt": self.reprompt,
            "sessionEnded": self.session_ended,
            "request": self.request,
            "response": self.raw,
            "exchanges": [{"request": rq, "response": rs} for rq, rs in self.exchanges],
        }


Turn = Reply


def _speech_ssml(output: Any) -> str | None:
    if not isinstance(output, dict):
        return None
    if output.get("type") == "PlainText" or ("text" in output and "ssml" not in output):
        text = str(output.get("text", ""))
        return f"<speak>{_escape(text)}</speak>"
    value = output.get("ssml")
    return str(value) if value is not None else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _intent_json(match: IntentMatch | None) -> dict[str, Any] | None:
    if match is None:
        return None
    return {
        "name": match.name,
        "score": match.score,
        "slots": {
            name: {"value": fill.value, "heard": fill.heard, "id": fill.id}
            for name, fill in match.slots.items()
        },
    }


@lru_cache(maxsize=32)
def _cached_nlu(path: str, mtime_ns: int, size: int, locale: str, threshold: float) -> Nlu:
    return Nlu(load_model(Path(path).parent, locale), threshold)


def load_nlu(model_dir: Path, locale: str, threshold: float = DEFAULT_THRESHOLD) -> Nlu:
    """The compiled NLU for a locale, cached until the model file changes."""
    path = model_path(model_dir, locale)
    stat = path.stat()
    return _cached_nlu(str(path.resolve()), stat.st_mtime_ns, stat.st_size, locale, threshold)


class Simulator:
    """Alexa, offline: `launch()`, `say()`, `intent()`, `touch()`, `silence()`, `end_session()`.

    The target is the project's skill in-process by default; pass `handler=` (a Lambda handler
    or an ask-sdk CustomSkill), `url=` (an HTTP endpoint) or `target=` (either, or a Target).
    """

    def __init__(
        self,
        locale: str = "en-US",
        target: Any = None,
        *,
        handler: Any = None,
        url: str | None = None,
        model_dir: Path | str | None = None,
        device: str = "voice",
        user_id: str | None = None,
        skill_id: str | None = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
        self.threshold = threshold
        self.nlu = load_nlu(self.model_dir, locale, threshold)
        self.locale = locale
        self.target: Target = make_target(target, handler=handler, url=url)
        if device not in env.DEVICES:
            raise SimulatorError(f"{device}: no such device (have: {', '.join(env.DEVICES)})")
        self.identity = env.Identity(
            skill_id=skill_id or os.environ.get("LEGCHECK_SKILL_ID") or env.DEFAULT_SKILL_ID,
            user_id=user_id or env.DEFAULT_USER_ID,
            device=env.DEVICES[device],
        )
        self.session: env.SessionInfo | None = None
        self.dialog: DialogState | None = None
        self.last: Reply | None = None
        self.transcript: list[dict[str, Any]] = []
        self._silences = 0

    # -- state -------------------------------------------------------------------------------

    @property
    def model(self) -> InteractionModel:
        """The current locale's interaction model."""
        return self.nlu.model

    @property
    def session_open(self) -> bool:
        """Whether the next utterance reaches the skill without an invocation."""
        return self.session is not None

    @property
    def session_attributes(self) -> dict[str, Any]:
        """The attributes the next request will carry."""
        return dict(self.session.attributes) if self.session else {}

    @property
    def device(self) -> str:
        """The device profile name: voice or screen."""
        return self.identity.device.name

    def set_locale(self, locale: str) -> None:
        """Switch the model (and request locale); the open session, if any, is dropped."""
        self.nlu = load_nlu(self.model_dir, locale, self.threshold)
        self.locale = locale
        self.new_session()

    def set_device(self, device: str) -> None:
        """Switch between a voice-only and a screen device; the session is dropped."""
        if device not in env.DEVICES:
            raise SimulatorError(f"{device}: no such device (have: {', '.join(env.DEVICES)})")
        self.identity = env.Identity(self.identity.skill_id, self.identity.user_id,
                                     self.identity.device_id, env.DEVICES[device])
        self.new_session()

    def set_user(self, user_id: str) -> None:
        """Talk as another Alexa user (persistence is per user); the session is dropped."""
        self.identity = env.Identity(self.identity.skill_id, user_id, self.identity.device_id,
                                     self.identity.device)
        self.new_session()

    def new_session(self) -> None:
        """Forget the current session without telling the skill (a fresh start)."""
        self.session = None
        self.dialog = None

    def resolve(self, text: str) -> IntentMatch | None:
        """NLU only: the intent the words resolve to (no request sent)."""
        words = tokens(text)
        invocation = parse_invocation(words, self.nlu.invocation)
        if invocation is not None:
            if invocation.kind == "launch":
                return IntentMatch("LaunchRequest", {}, 1.0, None)
            return self._best_of(invocation.rest)
        return self.nlu.match(words)

    # -- turns -------------------------------------------------------------------------------

    def launch(self) -> Reply:
        """Alexa, open <invocation name>: a LaunchRequest in a new session."""
        return self._launch(heard=None)

    def say(self, text: str) -> Reply:
        """What a person says; routed as Alexa would (invocation, dialog, NLU, fallback)."""
        words = tokens(text)
        if not words:
            raise SimulatorError("say: nothing to say")
        invocation = parse_invocation(words, self.nlu.invocation)
        if invocation is not None:
            if invocation.kind == "launch":
                return self._launch(heard=text)
            match = self._best_of(invocation.rest)
            if match is None:
                raise self._no_match(" ".join(invocation.rest[0]))
            self._open_session()
            return self._intent_turn(match, heard=text)
        if self.session is None:
            name = self.model.invocation_name
            raise SessionClosedError(
                f"{text!r}: the session has ended; start with 'open {name}' or 'ask {name} ...'"
            )
        if words in EXIT_PHRASES:
            return self._end(reason="USER_INITIATED", heard=text)
        if self.dialog is not None and self.dialog.pending is not None:
            answered = self._dialog_answer(text, words)
            if answered is not None:
                return answered
        match = self.nlu.match(words)
        if match is None:
            raise self._no_match(text)
        return self._intent_turn(match, heard=text)

    def intent(
        self,
        name: str,
        slots: dict[str, Any] | None = None,
        *,
        confirmation: str = "NONE",
        **more_slots: Any,
    ) -> Reply:
        """Send an intent directly (slot values by name; value ids resolve to their value)."""
        intent = self.model.intent(name)
        if intent is None:
            have = ", ".join(self.model.intent_names)
            raise SimulatorError(f"{name}: not an intent of the {self.locale} model (have: {have})")
        given = {**(slots or {}), **more_slots}
        fills = {}
        for slot_name, value in given.items():
            if intent.slot(slot_name) is None:
                have = ", ".join(s.name for s in intent.slots) or "none"
                raise SimulatorError(f"{name}: no slot {slot_name} (have: {have})")
            if value is not None:
                fills[slot_name] = self.nlu.resolve_slot(name, slot_name, str(value))
        match = IntentMatch(name, fills, 1.0, None)
        if self.session is None:
            self._open_session()
        return self._intent_turn(match, heard=None, confirmation=confirmation)

    def touch(self, *arguments: Any) -> Reply:
        """A tap on an APL TouchWrapper whose SendEvent carries `arguments`."""
        if not self.identity.device.screen:
            raise SimulatorError(
                "touch: needs a screen device (--device screen, /device screen, device='screen')"
            )
        if self.session is None:
            raise SessionClosedError("touch: the session has ended")
        full = complete_touch(self.session.apl_document, list(arguments))
        request = env.apl_user_event(self.locale, self.session.apl_token, full)
        return self._exchange(request, heard=None, intent=None, kind={"touch": list(arguments)})

    def silence(self) -> Reply:
        """The person says nothing: Alexa reprompts once, then ends the session."""
        if self.session is None:
            raise SessionClosedError("silence: the session has ended")
        last = self.last
        if self._silences == 0 and last is not None and last.reprompt_ssml:
            self._silences += 1
            reply = Reply(
                request=None,
                raw=_alexa_response(last.reprompt_ssml, self.session.attributes, reprompt=True),
                prompt_ssml=last.reprompt_ssml,
                source="alexa",
            )
            self._record({"silence": True}, reply)
            return reply
        return self._end(reason="EXCEEDED_MAX_REPROMPTS", heard=None)

    def end_session(self, reason: str = "USER_INITIATED") -> Reply | None:
        """Alexa ends the session (person said "exit", or an error): SessionEndedRequest."""
        if self.session is None:
            return None
        return self._end(reason=reason, heard=None)

    # -- internals ---------------------------------------------------------------------------

    def _no_match(self, text: str) -> NoMatchError:
        guess = self.nlu.best_guess(text)
        hint = f" (closest: {guess.name} ~{guess.score:.2f} {guess.sample!r})" if guess else ""
        return NoMatchError(
            f"{text!r}: no intent matches and the model has no {FALLBACK}{hint}"
        )

    def _best_of(self, options: tuple[tuple[str, ...], ...]) -> IntentMatch | None:
        found = [m for m in (self.nlu.match(words) for words in options) if m is not None]
        if not found:
            return None
        return max(found, key=lambda m: (m.name != FALLBACK, m.score))

    def _open_session(self) -> None:
        self.session = env.SessionInfo(env.new_id("session"), True, {})
        self.dialog = None

    def _launch(self, heard: str | None) -> Reply:
        self._open_session()
        return self._exchange(
            env.launch_request(self.locale), heard=heard, intent=None, kind={"launch": True}
        )

    def _end(self, reason: str, heard: str | None) -> Reply:
        request = env.session_ended_request(self.locale, reason)
        kind: dict[str, Any] = {"end": reason} if heard is None else {"say": heard}
        return self._exchange(request, heard=heard, intent=None, kind=kind, ending=True)

    def _intent_turn(
        self, match: IntentMatch, heard: str | None, confirmation: str = "NONE"
    ) -> Reply:
        """Send an intent, running the dialog model when the intent has one."""
        kind: dict[str, Any] = {"say": heard} if heard is not None else {
            "intent": match.name, "slots": {k: v.value for k, v in match.slots.items()}}
        spec = self.model.dialog.get(match.name)
        if spec is None:
            self.dialog = None
            request = self._intent_request(match.name, match.slots, confirmation, None)
            return self._exchange(request, heard=heard, intent=match, kind=kind)
        if self.dialog is None or self.dialog.intent != match.name:
            self.dialog = DialogState(match.name, {s.name: None for s in
                                                   self.model.intent(match.name).slots})
            self.dialog.state = "STARTED"
        else:
            self.dialog.state = "IN_PROGRESS"
        self.dialog.merge(match.slots)
        if confirmation != "NONE":
            self.dialog.confirmation = confirmation
        return self._dialog_continue(heard, match, kind)

    def _dialog_continue(
        self, heard: str | None, match: IntentMatch | None, kind: dict[str, Any],
        exchanges: list[tuple[dict[str, Any], dict[str, Any]]] | None = None,
    ) -> Reply:
        """Under auto-delegation Alexa runs the dialog; otherwise the skill is asked each time."""
        assert self.dialog is not None
        spec = self.model.dialog[self.dialog.intent]
        if spec.delegation == "ALWAYS":
            return self._delegate(heard, match, kind, exchanges or [])
        request = self._dialog_request()
        return self._exchange(request, heard=heard, intent=match, kind=kind,
                              prior=exchanges or [])

    def _dialog_request(self, state: str | None = None) -> dict[str, Any]:
        assert self.dialog is not None
        fills = {k: v for k, v in self.dialog.slots.items() if v is not None}
        return self._intent_request(
            self.dialog.intent, fills, self.dialog.confirmation, state or self.dialog.state,
            slot_confirmation=self.dialog.slot_confirmation,
        )

    def _intent_request(
        self,
        name: str,
        fills: dict[str, Any],
        confirmation: str,
        dialog_state: str | None,
        slot_confirmation: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        intent = self.model.intent(name)
        names = [slot.name for slot in intent.slots] if intent else list(fills)
        slots = {
            slot_name: env.slot_json(
                slot_name, fills.get(slot_name), self.identity.skill_id,
                (slot_confirmation or {}).get(slot_name, "NONE"),
            )
            for slot_name in names
        }
        return env.intent_request(self.locale, name, slots, confirmation=confirmation,
                                  dialog_state=dialog_state)

    def _delegate(
        self, heard: str | None, match: IntentMatch | None, kind: dict[str, Any],
        exchanges: list[tuple[dict[str, Any], dict[str, Any]]],
    ) -> Reply:
        """Alexa's side of Dialog.Delegate: prompt for what is missing, or complete."""
        assert self.dialog is not None and self.session is not None
        spec = self.model.dialog[self.dialog.intent]
        step = next_step(spec, self.dialog)
        if step is None:
            self.dialog.pending = None
            self.dialog.state = "COMPLETED"
            request = self._dialog_request("COMPLETED")
            return self._exchange(request, heard=heard, intent=match, kind=kind, prior=exchanges)
        self.dialog.pending = (step[0], step[1])
        self.dialog.skill_prompted = False
        prompt = render_prompt(self.model, step[2], self.dialog)
        last_raw = exchanges[-1][1] if exchanges else None
        raw = last_raw if last_raw is not None else _alexa_response(
            prompt, self.session.attributes, reprompt=True)
        reply = Reply(
            request=exchanges[-1][0] if exchanges else None,
            raw=raw,
            intent=match,
            heard=heard,
            source="dialog-model",
            exchanges=list(exchanges),
            prompt_ssml=prompt,
        )
        self._silences = 0
        self.last = reply
        self._record(kind, reply)
        return reply

    def _dialog_answer(self, text: str, words: tuple[str, ...]) -> Reply | None:
        """The person answers what Alexa (or the skill, via Dialog.*) just asked, if they do."""
        dialog = self.dialog
        assert dialog is not None and dialog.pending is not None
        kind, slot_name = dialog.pending
        general = self.nlu.match(words)
        if kind in {"confirm_slot", "confirm_intent"}:
            if general is None or general.name not in {"AMAZON.YesIntent", "AMAZON.NoIntent"}:
                return None
            status = "CONFIRMED" if general.name == "AMAZON.YesIntent" else "DENIED"
            if kind == "confirm_slot":
                dialog.slot_confirmation[slot_name] = status
                if status == "DENIED" and not dialog.skill_prompted:
                    dialog.slots[slot_name] = None  # Alexa asks for the slot again
                    dialog.slot_confirmation[slot_name] = "NONE"
            else:
                dialog.confirmation = status
            dialog.pending = None
            dialog.state = "IN_PROGRESS"
            match = IntentMatch(dialog.intent, {}, general.score, general.sample)
            return self._after_answer(text, match)
        elicited = self.nlu.match_elicitation(text, dialog.intent, slot_name)
        switches = (
            general is not None
            and general.score >= 1.0
            and general.name not in {dialog.intent, FALLBACK}
            and (elicited is None or elicited.score < 1.0)
        )
        if switches:
            return None
        if elicited is None and (general is None or general.name != dialog.intent):
            return None
        source = elicited if elicited is not None else general
        assert source is not None
        fills = dict(source.slots)
        if elicited is not None and general is not None and general.name == dialog.intent:
            fills = {**general.slots, **fills}
        dialog.merge(fills)
        dialog.pending = None
        dialog.state = "IN_PROGRESS"
        match = IntentMatch(dialog.intent, fills, source.score, source.sample)
        return self._after_answer(text, match)

    def _after_answer(self, text: str, match: IntentMatch) -> Reply:
        assert self.dialog is not None
        if self.dialog.intent in self.model.dialog:
            return self._dialog_continue(text, match, {"say": text})
        request = self._dialog_request()
        return self._exchange(request, heard=text, intent=match, kind={"say": text})

    def _exchange(
        self,
        request: dict[str, Any],
        *,
        heard: str | None,
        intent: IntentMatch | None,
        kind: dict[str, Any],
        ending: bool = False,
        prior: list[tuple[dict[str, Any], dict[str, Any]]] | None = None,
    ) -> Reply:
        """Send one request in the current session and apply Alexa's rules to the reply."""
        assert self.session is not None
        body = env.envelope(self.identity, self.session, request)
        try:
            raw = self.target(body)
        except (SkillError, TargetError) as exc:
            failed = Reply(request=body, raw={}, intent=intent, session_ended=True, heard=heard,
                           source="alexa", prompt_ssml=f"<speak>{ALEXA_ERROR_SPEECH}</speak>")
            self.last = failed
            self._record(kind, failed, error=str(exc))
            if not ending and isinstance(exc, SkillError):
                self._notify_error(str(exc))
            self.session = None
            self.dialog = None
            raise
        exchanges = [*(prior or []), (body, raw)]
        self.session.new = False
        reply = Reply(request=body, raw=raw, intent=intent, heard=heard, exchanges=exchanges)
        reply.warnings.extend(self._check_response(raw, request))
        attributes = raw.get("sessionAttributes")
        self.session.attributes = dict(attributes) if isinstance(attributes, dict) else {}
        self._silences = 0
        if ending:
            reply.session_ended = True
            self.session = None
            self.dialog = None
            self.last = reply
            self._record(kind, reply)
            return reply
        for directive in reply.directives:
            if directive.get("type") == "Alexa.Presentation.APL.RenderDocument":
                self.session.apl_token = str(directive.get("token") or "")
                self.session.apl_document = directive.get("document")
        followed = self._follow_dialog_directive(reply, heard, intent, kind, exchanges)
        if followed is not None:
            return followed
        self.dialog = None  # no Dialog directive: whatever dialog there was is over
        should_end = reply.should_end_session
        if should_end is True or (should_end is None and not self.identity.device.screen):
            reply.session_ended = True
            self.session = None
            self.dialog = None
        self.last = reply
        self._record(kind, reply)
        return reply

    def _follow_dialog_directive(
        self,
        reply: Reply,
        heard: str | None,
        intent: IntentMatch | None,
        kind: dict[str, Any],
        exchanges: list[tuple[dict[str, Any], dict[str, Any]]],
    ) -> Reply | None:
        """Act on Dialog.Delegate / ElicitSlot / ConfirmSlot / ConfirmIntent in a reply."""
        dialog_directives = [d for d in reply.directives
                             if str(d.get("type", "")).startswith("Dialog.")
                             and d.get("type") != "Dialog.UpdateDynamicEntities"]
        if not dialog_directives:
            return None
        directive = dialog_directives[0]
        kind_name = str(directive["type"])
        request_intent = (reply.request or {}).get("request", {}).get("intent", {})
        updated = directive.get("updatedIntent") or request_intent
        name = str(updated.get("name") or request_intent.get("name") or "")
        if not name:
            reply.warnings.append(f"{kind_name} outside an IntentRequest is ignored by Alexa")
            return None
        if self.dialog is None or self.dialog.intent != name:
            intent_model = self.model.intent(name)
            slots = {s.name: None for s in intent_model.slots} if intent_model else {}
            self.dialog = DialogState(name, slots)  # type: ignore[arg-type]
        self.dialog.merge_json(updated, self.nlu)
        self.dialog.state = "IN_PROGRESS"
        if kind_name == "Dialog.Delegate":
            if (reply.request or {}).get("request", {}).get("dialogState") == "COMPLETED":
                reply.warnings.append("Dialog.Delegate after COMPLETED: the dialog is over")
                return None
            if name not in self.model.dialog:
                reply.warnings.append(f"Dialog.Delegate for {name}, which has no dialog model")
                return None
            return self._delegate(heard, intent, kind, exchanges)
        if kind_name == "Dialog.ElicitSlot":
            self.dialog.pending = ("elicit", str(directive.get("slotToElicit", "")))
        elif kind_name == "Dialog.ConfirmSlot":
            self.dialog.pending = ("confirm_slot", str(directive.get("slotToConfirm", "")))
        elif kind_name == "Dialog.ConfirmIntent":
            self.dialog.pending = ("confirm_intent", "")
        else:
            reply.warnings.append(f"{kind_name} is not emulated")
            return None
        self.dialog.skill_prompted = True
        self.last = reply
        self._record(kind, reply)
        return reply

    def _notify_error(self, message: str) -> None:
        """Alexa tells the skill its response failed; the skill's own failure is ignored."""
        assert self.session is not None
        body = env.envelope(self.identity, self.session,
                            env.session_ended_request(self.locale, "ERROR", message))
        with contextlib.suppress(SimulatorError):
            self.target(body)

    def _check_response(self, raw: dict[str, Any], request: dict[str, Any]) -> list[str]:
        """What Alexa would reject or ignore in this reply, as warnings."""
        problems = []
        if "response" not in raw:
            problems.append("reply has no 'response' object")
        response = raw.get("response") if isinstance(raw.get("response"), dict) else {}
        for where, output in (("outputSpeech", response.get("outputSpeech")),
                              ("reprompt", (response.get("reprompt") or {}).get("outputSpeech"))):
            if not isinstance(output, dict) or "ssml" not in output:
                continue
            if output.get("type", "SSML") == "SSML":
                problem = ssml_text.check(str(output["ssml"]))
                if problem:
                    problems.append(f"{where}: {problem}")
        types = [str(d.get("type", "")) for d in response.get("directives") or []]
        if "Dialog.Delegate" in types and response.get("outputSpeech"):
            problems.append("Dialog.Delegate with outputSpeech: Alexa rejects this response")
        if any(t.startswith("Dialog.") for t in types) and response.get("shouldEndSession"):
            problems.append("a Dialog directive with shouldEndSession true: Alexa rejects this")
        if any(t.startswith("Alexa.Presentation.APL") for t in types) and not (
            self.identity.device.screen
        ):
            problems.append("APL directive sent to a device without Alexa.Presentation.APL")
        if request.get("type") == "SessionEndedRequest" and response.get("outputSpeech"):
            problems.append("speech in reply to SessionEndedRequest is never heard")
        return problems

    def _record(self, kind: dict[str, Any], reply: Reply, error: str | None = None) -> None:
        entry = {"input": kind, **reply.to_json()}
        if error is not None:
            entry["error"] = error
        self.transcript.append(entry)

    def save_transcript(self, path: Path | str) -> None:
        """Write every turn so far as JSON (see alexa_simulator.transcript for replay)."""
        transcript.save(path, self)

    def dumps_last(self) -> str:
        """The last request and response envelopes, pretty-printed."""
        if self.last is None:
            return "(nothing sent yet)"
        return json.dumps({"request": self.last.request, "response": self.last.raw}, indent=2)


def _send_event_arguments(node: Any) -> list[list[Any]]:
    """Every SendEvent command's arguments in an APL document."""
    found: list[list[Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "SendEvent" and isinstance(node.get("arguments"), list):
            found.append(node["arguments"])
        for value in node.values():
            found.extend(_send_event_arguments(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_send_event_arguments(value))
    return found


def complete_touch(document: Any, arguments: list[Any]) -> list[Any]:
    """Fill in a button's fixed arguments: `touch("yes")` taps the button whose SendEvent is
    ["answer", "${data.value}"] with value yes, sending ["answer", "yes"].

    Only when every SendEvent on screen has the same fixed prefix followed by as many bound
    (`${...}`) arguments as were given; otherwise the arguments are sent as they are.
    """
    shapes = set()
    for event in _send_event_arguments(document):
        bound = [isinstance(a, str) and a.startswith("${") for a in event]
        first = bound.index(True) if True in bound else len(event)
        if not all(bound[first:]):
            return arguments
        shapes.add((tuple(json.dumps(a) for a in event[:first]), len(event) - first))
    if len(shapes) != 1:
        return arguments
    ((prefix, free),) = shapes
    if not prefix or len(arguments) != free:
        return arguments
    fixed = [json.loads(item) for item in prefix]
    return arguments if arguments[: len(fixed)] == fixed else [*fixed, *arguments]


def _alexa_response(ssml: str, attributes: dict[str, Any], *, reprompt: bool) -> dict[str, Any]:
    """A response Alexa produced itself (no skill involved), shaped like a skill's."""
    response: dict[str, Any] = {"outputSpeech": {"type": "SSML", "ssml": ssml},
                                "shouldEndSession": False}
    if reprompt:
        response["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml}}
    return {"version": "1.0", "sessionAttributes": dict(attributes), "response": response}
