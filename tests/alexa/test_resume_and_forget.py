"""Resume later and forget on request, through whole conversations, on the embedded store.

Health answers reach the store only with LEGCHECK_RESUME=on; preferences always do."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from alexa_simulator import Simulator
from skill.config import Settings
from skill.persistence.factory import make_user_store
from tests.alexa.conftest import finish_screening, make_handler


def simulator(path: Path, resume: bool, clock: list[float] | None = None) -> Simulator:
    settings = Settings(store="sqlite", sqlite_path=str(path), resume=resume, resume_hours=24)
    store = make_user_store(settings, clock=(lambda: clock[0]) if clock else time.time)
    return Simulator(locale="en-US", handler=make_handler(settings, store=store),
                     user_id="amzn1.ask.account.RESUME-TEST")


def stored_text(path: Path) -> str:
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("select name from sqlite_master where type='table'")]
        return "\n".join(str(row) for table in tables
                         for row in db.execute(f"select * from {table}"))


def test_start_pause_new_session_resume_and_finish(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    sim = simulator(path, resume=True)
    sim.say("open leg check")
    sim.say("slowly")
    sim.say("both legs")
    paused = sim.intent("AMAZON.PauseIntent")
    assert "keep your answers for 24 hours" in paused.speech and paused.session_ended
    again = sim.say("open leg check")
    assert again.speech.startswith("Welcome back.") and again.speech.endswith("start over?")
    carried = sim.say("yes")
    assert carried.speech.endswith("How long have you had it?")
    reply = finish_screening(sim, carried)
    assert reply.session_attributes["assessment"]["triage"] in {"routine", "self_care"}
    sim.say("stop")
    later = sim.say("open leg check")
    assert not later.speech.startswith("Welcome back.")  # a finished screening is not resumed
    last = sim.intent("LastResultIntent")
    assert last.speech.startswith("Your last result was: You told me it came on slowly")


def test_starting_over_discards_the_kept_screening(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    sim = simulator(path, resume=True)
    sim.say("open leg check")
    sim.say("slowly")
    sim.intent("AMAZON.StopIntent")
    sim.say("open leg check")
    fresh = sim.intent("AMAZON.StartOverIntent")
    assert fresh.speech.endswith("Did it come on suddenly, or slowly?")
    sim.intent("AMAZON.StopIntent")
    assert sim.say("open leg check").speech.startswith("If a leg is suddenly weak")


def test_forget_me_removes_everything_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    sim = simulator(path, resume=True)
    sim.say("open leg check")
    sim.intent("SpeakSlowerIntent")
    sim.say("slowly")
    assert "gradual" in stored_text(path)
    forgot = sim.say("forget me")
    assert forgot.speech.startswith("Done. I've deleted everything")
    assert "RESUME-TEST" not in stored_text(path)
    sim.intent("AMAZON.StopIntent")
    assert sim.say("open leg check").speech.startswith("If a leg is suddenly weak")


def test_with_resume_off_no_answer_ever_reaches_the_store_but_the_speed_does(tmp_path: Path):
    path = tmp_path / "store.sqlite3"
    sim = simulator(path, resume=False)
    sim.say("open leg check")
    sim.intent("SpeakSlowerIntent")
    for text in ["slowly", "no", "i can't control my bladder", "more"]:
        sim.say(text)
    kept = stored_text(path)
    for answer in ("gradual", "bladder", "cauda", "screening", "emergency", "history"):
        assert answer not in kept
    assert '"rate": 1' in kept or "'rate': 1" in kept or "rate" in kept
    sim.intent("AMAZON.StopIntent")
    reopened = sim.say("open leg check")
    assert '<prosody rate="85%">' in (reopened.ssml or "")  # the preference was remembered
    assert not reopened.speech.startswith("Welcome back.")


def test_a_kept_screening_expires_after_a_day(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    clock = [1_000_000.0]
    sim = simulator(path, resume=True, clock=clock)
    sim.say("open leg check")
    sim.say("slowly")
    sim.intent("AMAZON.PauseIntent")
    clock[0] += 25 * 3600
    assert not sim.say("open leg check").speech.startswith("Welcome back.")


def test_the_store_failing_never_breaks_the_conversation(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the store's folder should be")
    sim = simulator(blocker / "store.sqlite3", resume=True)
    launch = sim.say("open leg check")
    assert launch.speech.endswith("Did it come on suddenly, or slowly?")
    reply = sim.say("slowly")
    assert reply.speech.endswith("Is it in one leg, or both?")
    assert "storage" not in reply.speech
