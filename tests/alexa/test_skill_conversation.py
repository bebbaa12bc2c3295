"""Whole conversations through the Lambda handler, asserting on what is spoken, the card and the
`assessment` session attribute."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from alexa_simulator import Reply, Simulator
from tests.alexa.conftest import finish_screening


def answer_all(sim: Simulator, answers: list[str]) -> Reply:
    reply = sim.say("open leg check")
    for text in answers:
        reply = sim.say(text)
    return reply


def check_open_reply(reply: Reply) -> None:
    """Every reply that keeps the session open: valid SSML, a question, a different reprompt."""
    assert reply.ssml is not None and len(reply.ssml) < 8000
    ET.fromstring(reply.ssml)  # well-formed SSML
    if not reply.session_ended:
        assert reply.speech.rstrip().endswith("?"), reply.speech
        assert reply.reprompt and reply.reprompt != reply.speech


def test_launch_gives_the_emergency_line_first_says_not_a_diagnosis_and_asks(sim: Simulator):
    reply = sim.say("open leg check")
    assert reply.speech.startswith("If a leg is suddenly weak")
    assert "call 9 1 1 now" in reply.speech and "not a diagnosis" in reply.speech
    assert reply.speech.endswith("Did it come on suddenly, or slowly?")
    check_open_reply(reply)


def test_a_whole_routine_screening_reads_back_answers_then_advice_then_causes(sim: Simulator):
    # slowly, both legs, months; no new weakness or bladder change; no back pain; then "do you
    # have diabetes, or have you had cancer?" yes, diabetes yes, cancer no.
    reply = answer_all(sim, ["slowly", "both legs", "for months", "no", "no", "yes", "yes", "no"])
    reply = finish_screening(sim, reply)
    assert reply.speech.startswith("You told me")
    assert "you live with diabetes" in reply.speech
    assert "seeing a doctor about soon" in reply.speech
    assessment = reply.session_attributes["assessment"]
    assert assessment["triage"] == "routine"
    assert assessment["causes"][0] == "diabetic_neuropathy"
    assert assessment["red_flags"] == []
    assert reply.card is not None and reply.card.title == "Leg Check result"
    assert "not a diagnosis" in reply.card.content
    more = sim.say("more")
    assert more.speech.startswith("The likeliest cause is nerve damage from diabetes, because")
    assert "This isn't a diagnosis." in more.speech
    check_open_reply(more)


def test_every_turn_of_a_conversation_is_valid_ssml_ending_in_a_question(sim: Simulator):
    replies = [sim.say("open leg check")]
    for text in ["slowly", "help", "no", "repeat", "what", "blah blah", "no", "go back", "no",
                 "no", "no", "no", "no", "no", "no", "skip", "one leg", "weeks", "skip", "no",
                 "more", "tell me about sciatica", "yes"]:
        replies.append(sim.say(text))
    for reply in replies:
        check_open_reply(reply)


def test_a_volunteered_bladder_symptom_is_warned_about_before_anything_else(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    reply = sim.say("i suddenly lost control of my bladder")
    assert reply.speech.startswith("Warning. Leg numbness with new bladder or bowel trouble")
    assert re.search(r"Call 9 1 1 now", reply.speech)
    assert reply.session_attributes["assessment"]["triage"] == "emergency"
    assert "cauda_equina_bladder" in reply.session_attributes["assessment"]["red_flags"]
    assert reply.card is not None and reply.card.content.startswith("Warning.")
    for follow_up in ["help", "repeat", "more", "what causes leg tingling", "nonsense words"]:
        later = sim.say(follow_up)
        assert later.speech.startswith(("Remember: call 9 1 1 now.",
                                        "Remember: Leg numbness with new bladder")), follow_up
        assert "9 1 1" in later.speech.split(".")[0] + later.speech.split(".")[1]
    goodbye = sim.say("stop")
    assert goodbye.speech.startswith("Remember: Leg numbness with new bladder")  # in full


def test_a_slowly_built_up_bladder_problem_is_confirmed_before_an_emergency(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    asked = sim.say("i can't control my bladder")
    assert asked.speech.endswith("Did the bladder or bowel trouble "
        "start, or get clearly worse, in the last few days?")
    assert "assessment" not in asked.session_attributes
    years = sim.say("no")
    assert not years.speech.startswith("Warning.")
    again = answer_all(sim, ["slowly", "i can't control my bladder"])
    warned = sim.say("yes")
    assert warned.speech.startswith("Warning. Leg numbness with new bladder") and again


def test_a_red_flag_warning_stays_first_after_going_back(sim: Simulator):
    sim.say("open leg check")
    for text in ("suddenly", "one leg", "a few hours", "yes"):  # sudden signs: which one?
        sim.say(text)
    reply = sim.say("yes")  # face, arm or speech
    assert reply.speech.startswith("Warning. Numbness with a numb or drooping face")
    back = sim.say("go back")
    assert back.speech.startswith("Remember: call 9 1 1 now.")
    assert back.speech.endswith("is your speech slurred?")


def test_an_unlisted_symptom_is_not_guessed_and_the_question_is_asked_again(sim: Simulator):
    sim.say("open leg check")
    reply = sim.intent("VolunteerSymptomIntent", symptom="purple elbows")
    assert "didn't catch that" in reply.speech
    assert reply.speech.endswith("Did it start all at once, or build up over time?")
    assert not reply.session_ended


def test_a_second_misunderstanding_says_the_choices_out_loud(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    sim.say("both legs")
    sim.say("months")
    first = sim.intent("AMAZON.FallbackIntent")
    second = sim.intent("AMAZON.FallbackIntent")
    assert "You can say" not in first.speech
    assert "You can say yes, no, or not sure" in second.speech
    assert not second.session_ended


def test_stop_mid_screening_says_answers_are_not_kept(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    reply = sim.say("stop")
    assert "aren't kept" in reply.speech and reply.session_ended


def test_pause_without_resume_says_plainly_nothing_is_kept(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    reply = sim.intent("AMAZON.PauseIntent")
    assert "can't keep your answers" in reply.speech and reply.session_ended


def test_speaking_slower_changes_the_rate_for_the_rest_of_the_conversation(sim: Simulator):
    sim.say("open leg check")
    slower = sim.intent("SpeakSlowerIntent")
    assert '<prosody rate="85%">' in (slower.ssml or "")
    assert slower.speech.startswith("Okay, I'll speak more slowly.")
    assert slower.speech.endswith("Did it come on suddenly, or slowly?")
    nxt = sim.say("slowly")
    assert '<prosody rate="85%">' in (nxt.ssml or "")
    normal = sim.intent("NormalSpeedIntent")
    assert "prosody" not in (normal.ssml or "")


def test_help_is_about_the_current_question(sim: Simulator):
    sim.say("open leg check")
    for text in ("slowly", "both legs", "months", "yes", "no"):
        sim.say(text)
    reply = sim.say("help")
    assert "peeing or pooing" in reply.speech
    assert reply.speech.endswith("in a way that's not normal for you?")


def test_why_do_you_ask_explains_the_question_then_asks_it_again(sim: Simulator):
    for text in ("open leg check", "slowly", "both legs", "months"):
        sim.say(text)
    reply = sim.say("why do you ask")
    assert reply.speech.startswith("New weakness, bladder, bowel or sexual changes")
    assert reply.speech.endswith("or numbness between your legs?")
    assert sim.say("why does that matter").speech == reply.speech
    answered = sim.say("no")
    assert "assessment" not in answered.session_attributes


def test_general_questions_work_at_any_point_and_lead_back_to_the_check(sim: Simulator):
    sim.say("open leg check")
    sim.say("slowly")
    overview = sim.intent("CausesOverviewIntent")
    assert "sciatica" in overview.speech and overview.speech.endswith(
        "Shall we carry on with your check?")
    back = sim.say("yes")
    assert back.speech.endswith("Is it in one leg, or both?")
    info = sim.intent("CauseInfoIntent", condition="sciatica")
    assert info.speech.startswith("Sciatica.")
    treated = sim.say("yes")
    assert treated.speech.startswith("For sciatica:")


def test_an_unknown_cause_name_is_answered_with_what_is_known(sim: Simulator):
    reply = sim.intent("CauseInfoIntent", condition="dragon pox")
    assert "don't have information on that" in reply.speech
    assert reply.speech.endswith("Which would you like?")


def test_the_skill_never_tells_a_person_they_have_a_condition(sim: Simulator):
    from skill.screening.knowledge import default_knowledge

    names = [c.name.lower() for c in default_knowledge().conditions.values()]
    reply = answer_all(sim, ["suddenly", "one leg", "hours"])
    reply = finish_screening(sim, reply, default="yes")
    speeches = [reply.speech, sim.say("more").speech]
    for text in speeches:
        for name in names:
            assert f"you have {name}" not in text.lower()
            assert f"you've got {name}" not in text.lower()


def test_repeat_after_more_repeats_only_the_last_part(sim: Simulator) -> None:
    reply = answer_all(sim, ["slowly", "both legs", "for months", "no", "no", "yes", "yes", "no"])
    first = finish_screening(sim, reply)
    assert "Say more to hear the likely causes" in first.speech
    causes = sim.say("more")
    again = sim.say("repeat")
    assert again.speech == causes.speech
    assert "You told me" not in again.speech


def test_starting_over_or_forgetting_does_not_unsay_a_red_flag(sim: Simulator) -> None:
    sim.say("open leg check")
    sim.say("slowly")
    sim.say("i suddenly lost control of my bladder")
    again = sim.intent("AMAZON.StartOverIntent")
    assert again.speech.startswith("Remember: Leg numbness with new bladder or bowel trouble")
    assert again.session_attributes["assessment"]["triage"] == "emergency"
    forgot = sim.say("forget me")
    assert forgot.speech.startswith("Remember: call 9 1 1 now.")
