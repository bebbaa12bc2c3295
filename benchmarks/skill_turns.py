"""Leg Check beside a bare hello-world ask-sdk skill, measured in the same run.

Two figures, each as a ratio to the bare skill (goal: cold start at most 1.25; time per turn is
reported, no longer a target, since a round trip through Alexa takes about a second):
- time per turn over a whole conversation through the Lambda handler. Each skill gets the request
  envelopes of the same 21 spoken turns as its own conversation would carry them: Leg Check's with
  the session state it keeps, the bare skill's with none (it keeps none). One more row says what
  the SDK spends carrying that state: the bare skill fed Leg Check's envelopes;
- cold start: a fresh Python process, from its start to the first response to a LaunchRequest
  (also shown: from the first import, and to the process's exit).

Run: python benchmarks/skill_turns.py [--rounds N] [--starts N]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONVERSATION = [
    "open leg check", "slowly", "no", "no", "no", "no", "no", "no", "no", "yes", "no",
    "both legs", "for months", "no", "no", "no", "more", "how is it treated", "help", "repeat",
    "stop",
]

BARE_SKILL = '''
# The ASK SDK's hello-world sample (alexa-samples/skill-sample-python-helloworld-classes),
# its imports, logger and handlers as published.
import logging
import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        speak_output = "Welcome, you can say Hello or Help. Which would you like to try?"
        return handler_input.response_builder.speak(speak_output).ask(speak_output).response


class HelloWorldIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_intent_name("HelloWorldIntent")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Hello World!").response


class HelpIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        speak_output = "You can say hello to me! How can I help?"
        return handler_input.response_builder.speak(speak_output).ask(speak_output).response


class CancelOrStopIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return (ask_utils.is_intent_name("AMAZON.CancelIntent")(handler_input) or
                ask_utils.is_intent_name("AMAZON.StopIntent")(handler_input))

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Goodbye!").response


class FallbackIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_intent_name("AMAZON.FallbackIntent")(handler_input)

    def handle(self, handler_input):
        speech = "Hmm, I'm not sure. You can say Hello or Help. What would you like to do?"
        return handler_input.response_builder.speak(speech).ask("I didn't catch that.").response


class SessionEndedRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.response


class IntentReflectorHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input):
        intent_name = ask_utils.get_intent_name(handler_input)
        speak_output = "You just triggered " + intent_name + "."
        return handler_input.response_builder.speak(speak_output).response


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input, exception):
        return True

    def handle(self, handler_input, exception):
        logger.error(exception, exc_info=True)
        speak_output = "Sorry, I had trouble doing what you asked. Please try again."
        return handler_input.response_builder.speak(speak_output).ask(speak_output).response


sb = SkillBuilder()
sb.add_request_handler(LaunchRequestHandler())
sb.add_request_handler(HelloWorldIntentHandler())
sb.add_request_handler(HelpIntentHandler())
sb.add_request_handler(CancelOrStopIntentHandler())
sb.add_request_handler(FallbackIntentHandler())
sb.add_request_handler(SessionEndedRequestHandler())
sb.add_request_handler(IntentReflectorHandler())
sb.add_exception_handler(CatchAllExceptionHandler())
handler = sb.lambda_handler()
'''

COLD_START = '''
import json, sys, time
start = time.perf_counter()
sys.path.insert(0, {path!r})
{import_line}
event = json.loads({event!r})
handler(event, None)
print(time.perf_counter() - start, time.time())
'''


def record_requests() -> list[dict[str, Any]]:
    """The request envelopes of a whole conversation, as the simulator sends them."""
    from alexa_simulator import Simulator
    from skill.alexa.skill_builder import build_skill, handle_event
    from skill.config import Settings

    skill = build_skill(Settings(store="none"))
    sim = Simulator(locale="en-US", handler=lambda event, context: handle_event(skill, event,
                                                                               context))
    requests = []
    for text in CONVERSATION:
        reply = sim.say(text)
        requests.append(reply.request)
    return requests


def without_session_state(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same turns as a skill that keeps no session attributes receives them."""
    stripped = copy.deepcopy(requests)
    for request in stripped:
        if isinstance(request.get("session"), dict):
            request["session"]["attributes"] = {}
    return stripped


def time_turns(handler: Any, requests: list[dict[str, Any]], rounds: int) -> list[float]:
    per_turn = []
    for _ in range(rounds):
        start = time.perf_counter()
        for request in requests:
            handler(request, None)
        per_turn.append((time.perf_counter() - start) / len(requests))
    return per_turn


def cold_start(script: str, env: dict[str, str]) -> tuple[float, float, float]:
    """One fresh process: (first import to first response, process start to first response,
    process start to exit), in seconds."""
    spawned, started = time.time(), time.perf_counter()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, check=True, cwd=ROOT)
    whole = time.perf_counter() - started
    in_process, answered_at = map(float, result.stdout.strip().splitlines()[-1].split())
    return in_process, answered_at - spawned, whole


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--starts", type=int, default=15)
    args = parser.parse_args()

    # Compiled bytecode for both, as a deployment would ship it (the SDK's came from pip).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "skill", "lambda"], cwd=ROOT,
                   check=True)
    requests = record_requests()
    bare_requests = without_session_state(requests)
    with tempfile.TemporaryDirectory() as tmp:
        bare_path = Path(tmp) / "bare_skill.py"
        bare_path.write_text(BARE_SKILL)
        namespace: dict[str, Any] = {}
        exec(compile(BARE_SKILL, str(bare_path), "exec"), namespace)
        bare_handler = namespace["handler"]

        from skill.alexa.skill_builder import build_skill, handle_event
        from skill.config import Settings

        skill = build_skill(Settings(store="none"))

        def ours(event: dict[str, Any], context: Any) -> dict[str, Any]:
            return handle_event(skill, event, context)

        runs = {
            "bare": (bare_handler, bare_requests),
            "bare, our envelopes": (bare_handler, requests),
            "ours": (ours, requests),
        }
        for handler, envelopes in runs.values():  # warm all before timing
            time_turns(handler, envelopes, 2)
        turns: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.rounds):  # interleaved, so machine noise hits all alike
            for name, (handler, envelopes) in runs.items():
                turns[name] += time_turns(handler, envelopes, 1)

        launch = json.dumps(requests[0])
        env = {**os.environ, "LEGCHECK_STORE": "none", "PYTHONDONTWRITEBYTECODE": "1"}
        bare_script = COLD_START.format(path=tmp, import_line="from bare_skill import handler",
                                        event=launch)
        our_script = COLD_START.format(path=str(ROOT / "lambda"),
                                       import_line="from lambda_function import handler",
                                       event=launch)
        for script in (bare_script, our_script):  # warm the file cache
            cold_start(script, env)
        bare_runs, our_runs = [], []
        for _ in range(args.starts):
            bare_runs.append(cold_start(bare_script, env))
            our_runs.append(cold_start(our_script, env))

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    def column(runs: list[tuple[float, float, float]], index: int) -> list[float]:
        return [run[index] for run in runs]

    per_turn = ms(turns["ours"])
    rows = [
        ("time per turn (median), each its own envelopes", ms(turns["bare"]), per_turn),
        ("  bare skill fed Leg Check's envelopes", ms(turns["bare, our envelopes"]), per_turn),
        ("cold start: process start to first response", ms(column(bare_runs, 1)),
         ms(column(our_runs, 1))),
        ("cold start: first import to first response", ms(column(bare_runs, 0)),
         ms(column(our_runs, 0))),
        ("cold start: process start to exit", ms(column(bare_runs, 2)), ms(column(our_runs, 2))),
    ]
    print(f"conversation of {len(requests)} turns, {args.rounds} rounds; "
          f"{args.starts} cold starts each")
    print(f"{'measure':50} {'bare skill':>12} {'Leg Check':>12} {'ratio':>7}")
    for name, bare, our in rows:
        print(f"{name:50} {bare:10.3f}ms {our:10.3f}ms {our / bare:7.2f}")
    state_cost = ms(turns["bare, our envelopes"]) - ms(turns["bare"])
    print(f"the SDK's handling of Leg Check's session state: {state_cost * 1000:.0f} µs a turn")
    ratio = rows[2][2] / rows[2][1]
    print(f"goal, at most 1.25x the bare skill: cold start {ratio:.2f}x, "
          f"{'met' if ratio <= 1.25 else 'not met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
