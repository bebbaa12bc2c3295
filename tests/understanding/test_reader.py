"""The reader, text in and findings out: polarity, certainty, several findings in one breath,
answer values, durations counted from the request's date, and a vocabulary checked on load.

These are the issue's own examples; the phrasings corpus (tests/phrasings/) measures the rest.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from skill.screening.yaml_loading import DATA_DIR, KnowledgeError
from skill.understanding.reader import Reader, default_reader
from skill.understanding.vocabulary import load_vocabulary

THURSDAY = date(2026, 3, 12)


def read(text: str, locale: str = "en-GB", today: date = THURSDAY):
    return default_reader().read(text, locale, today)


def present(text: str) -> set[str]:
    return {f.id for f in read(text).findings if f.present and f.certain}


def denied(text: str) -> set[str]:
    return {f.id for f in read(text).findings if not f.present}


@pytest.mark.parametrize(("text", "finding"), [
    ("I'm slurring my words", "face_arm_speech"),
    ("my legs just gave way", "leg_weakness"),
    ("my leg keeps giving way", "leg_weakness"),
    ("I can't move my legs", "leg_weakness"),
    ("my foot's gone white and freezing", "cold_pale_leg"),
    ("the numbness is creeping up to my knees", "spreading_up"),
    ("I came off my bike and hurt my back", "injury"),
    ("I haven't been able to pass water since this morning", "bladder_bowel"),
])
def test_a_red_flag_said_in_everyday_words_is_read(text: str, finding: str) -> None:
    assert finding in present(text)


def test_several_findings_in_one_breath_are_all_read() -> None:
    assert {"fever", "back_pain"} <= present("I've got a temperature and my back's killing me")
    reading = read("it came on suddenly and now my leg's gone weak")
    assert reading.onset == "sudden" and "leg_weakness" in present(
        "it came on suddenly and now my leg's gone weak")


@pytest.mark.parametrize(("text", "finding"), [
    ("I haven't had an accident", "injury"),
    ("I've never had cancer", "cancer_history"),
    ("I haven't had a fall", "injury"),
    ("no fever", "fever"),
    ("not weak, just tingly", "leg_weakness"),
    ("my bladder's fine", "bladder_bowel"),
])
def test_a_denial_is_read_as_denied_never_as_present(text: str, finding: str) -> None:
    assert finding in denied(text)
    assert finding not in present(text)


@pytest.mark.parametrize(("text", "not_read_as"), [
    # Numb fingers with numb feet are a neuropathy's glove and stocking, not FAST's arm.
    ("since my chemo started my fingers and feet have gone numb and tingly", "face_arm_speech"),
    ("my hands and feet tingle at night", "face_arm_speech"),
    # Tripping as a habit is weak ankles, not an injury.
    ("I've always had high arches and I trip a lot", "injury"),
    # A weak organ is not a weak leg.
    ("the doctor said my kidneys are weak", "leg_weakness"),
    # "A bit" is not "my bits"; cheeks in the sun are the face.
    ("my feet have gone numb and I feel a bit wobbly", "saddle_numbness"),
    ("I get a red rash on my cheeks in the sun", "saddle_numbness"),
])
def test_everyday_words_are_not_read_as_a_red_flag(text: str, not_read_as: str) -> None:
    assert not_read_as not in {f.id for f in read(text).findings if f.present}


@pytest.mark.parametrize(("text", "finding"), [
    ("my left hand went numb", "face_arm_speech"),
    ("my face and hand went numb", "face_arm_speech"),
    ("I've lost the use of my hand", "face_arm_speech"),
    ("I tripped and fell down the stairs", "injury"),
    ("I slipped on the ice yesterday", "injury"),
])
def test_a_hand_or_a_fall_that_may_be_a_red_flag_is_still_read(text: str, finding: str) -> None:
    assert finding in {f.id for f in read(text).findings if f.present}


@pytest.mark.parametrize("text", [
    "I slipped and banged my head on the step", "she says I fell flat on my face",
])
def test_a_fall_with_a_blow_is_read_for_certain(text: str) -> None:
    assert "injury" in present(text)


def test_a_denied_fall_with_a_blow_is_denied() -> None:
    assert "injury" in denied("I haven't fallen and hit anything")


def test_a_state_that_has_lasted_is_no_sudden_onset() -> None:
    assert read("it's been like that a couple of months").onset is None
    assert read("it came on just like that").onset == "sudden"


@pytest.mark.parametrize(("text", "asked"), [
    ("stop", "stop"),
    ("I want to stop now please", "stop"),
    ("no more questions", "stop"),
    # The same words inside a symptom are the symptom: the session goes on.
    ("when I walk a couple of blocks my calf cramps up and I have to stop", None),
    ("my toes go numb and I have to stop and sit down", None),
])
def test_a_stop_request_is_a_whole_request(text: str, asked: str | None) -> None:
    assert read(text).request == asked


def test_negation_stops_at_but() -> None:
    reading = read("no, but my legs are weak")
    assert "leg_weakness" in present("no, but my legs are weak")
    assert not [f for f in reading.findings if not f.present]


def test_a_hedge_or_a_near_miss_leaves_the_finding_in_doubt() -> None:
    hedged = [f for f in read("I think my legs might be giving way").findings
              if f.id == "leg_weakness"]
    assert hedged and hedged[0].present and not hedged[0].certain
    near = [f for f in read("my bladdar is leeking").findings if f.id == "bladder_bowel"]
    assert near and not near[0].certain


@pytest.mark.parametrize(("text", "answer"), [
    ("a little bit", "yes"), ("sometimes", "yes"), ("I'm afraid so", "yes"),
    ("I reckon so", "yes"), ("yes, a bit", "yes"), ("not really", "no"), ("nah", "no"),
    ("no no", "no"), ("I don't think so", "no"), ("I'm not sure", "unsure"),
    ("I have absolutely no idea", "unsure"),
])
def test_yes_no_and_not_sure_with_hedges(text: str, answer: str) -> None:
    assert read(text).answer == answer


@pytest.mark.parametrize(("text", "onset"), [
    ("all of a sudden", "sudden"), ("over a few hours", "hours"), ("over a few days", "days"),
    ("bit by bit", "gradual"), ("it wasn't sudden, it crept up", "gradual"),
])
def test_onset(text: str, onset: str) -> None:
    assert read(text).onset == onset


@pytest.mark.parametrize(("text", "side"), [
    ("both, but the left is worse", "both_legs"), ("just the left one", "one_leg"),
    ("only my right leg", "one_leg"), ("both of them", "both_legs"),
    ("the right, but a little in the left as well", "both_legs"),
    ("left, but not right", "one_leg"),
])
def test_side(text: str, side: str) -> None:
    assert read(text).side == side


@pytest.mark.parametrize(("text", "bucket"), [
    ("four or five days", "days"), ("a month or so", "weeks"), ("a fortnight", "weeks"),
    ("since this morning", "hours"), ("since Tuesday", "days"),  # two days before Thursday
    ("since Christmas", "months"), ("on and off for years", "months"),
    ("donkey's years", "months"), ("a couple of weeks", "weeks"),
    ("since the end of February", "weeks"),
])
def test_durations_with_number_words_ranges_and_dates(text: str, bucket: str) -> None:
    assert read(text).duration == bucket


def test_since_a_weekday_counts_from_the_requests_date() -> None:
    assert read("since Tuesday", today=date(2026, 3, 12)).duration == "days"
    # said on a Tuesday by the request's UTC date: a day of the last week, never a whole week
    # (the person's own date may be a day either side; the shorter time is the more urgent)
    assert read("since Tuesday", today=date(2026, 3, 10)).duration == "days"
    assert read("since February", today=date(2026, 3, 12)).duration == "weeks"
    assert read("since February", today=date(2026, 5, 12)).duration == "months"


@pytest.mark.parametrize("text", [
    "", "   ", "😀😀😀", "1234567890" * 5, "je ne sais pas", "x" * 2000, "legs " * 400,
    "🦵 numb 🦵", None,
])
def test_bad_input_never_raises(text: str | None) -> None:
    reading = default_reader().read(text)  # type: ignore[arg-type]
    assert reading is not None


def test_a_broken_vocabulary_names_file_entry_and_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("__compiled__"))
    path = data / "understanding.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  face_arm_speech:\n", "  face_arm_speach:\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"understanding.yaml: findings 'face_arm_speach'"):
        load_vocabulary(data)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  face_arm_speach:\n", "  face_arm_speech:\n", 1).replace(
        '      - "slurring"\n', '      - "{slurring}"\n', 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"face_arm_speech'.*field 'phrases'.*no word class"):
        load_vocabulary(data)


def test_inflections_come_from_the_lemmatizer() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.key("gave") == vocabulary.key("giving") == vocabulary.key("give")
    assert vocabulary.key("feet") == vocabulary.key("foot")
    assert vocabulary.key("left") == "left"  # a side, not "leave"


def test_a_reader_is_plain_domain_code() -> None:
    import sys

    Reader(load_vocabulary()).read("my legs gave way")
    assert not [m for m in sys.modules if m.startswith("ask_sdk") and "understanding" in m]


@pytest.mark.parametrize(("text", "bucket"), [
    # a length said with another finding is that finding's, not the numbness's
    ("I'm twenty weeks pregnant and my feet tingle", None),
    # as Alexa sends it, without commas: how far on a pregnancy is, never the numbness's length
    ("thirty three weeks pregnant my thighs tingle and i leak a little when i cough", None),
    ("i'm 30 weeks pregnant and my legs have tingled for two weeks", "weeks"),
    ("I've leaked a little when I cough for six years, and now my legs are numb", None),
    ("I've had diabetes for ten years, and my feet went numb two days ago", "days"),
    ("I had cancer five years ago. My legs have been tingling for a week", "weeks"),
    # said of the numbness or one of the leg's own symptoms, or alone, it is the numbness's
    ("my feet have been numb for three months", "months"),
    ("the sciatica has been going for a fortnight", "weeks"),
    ("about a month", "weeks"),
    ("in the last fortnight my toes went numb", "weeks"),
])
def test_a_length_belongs_to_what_it_is_said_with(text: str, bucket: str | None) -> None:
    reading = read(text)
    assert reading.duration == bucket
    assert reading.length is not None  # still there to time a red flag said with it


@pytest.mark.parametrize(("text", "finding"), [
    ("I have spreading numbness", "spreading_up"),
    ("my mum had the same trouble with her feet", "family_history"),
    ("it runs in my family", "family_history"),
    ("the doctor put me on a new blood pressure tablet", "new_medicine"),
    ("I'm HIV positive", "hiv"),
    ("my leg goes dead when I sit on it", "positional"),
    ("it wears off once I move around", "positional"),
    ("I got kicked in the back playing rugby", "injury"),
    ("some red spots have come up on my shin", "rash"),
    ("there is a red spot under my big toe", "foot_wound"),
])
def test_first_utterances_keep_their_key_facts(text: str, finding: str) -> None:
    assert finding in present(text)


@pytest.mark.parametrize("text", ["I got kicked in the shin", "I was kicked at football",
                                  "he punched my arm"])
def test_a_blow_to_a_limb_is_no_spinal_injury(text: str) -> None:
    assert "injury" not in present(text)  # at most touched on, and then confirmed


@pytest.mark.parametrize(("text", "not_certain"), [
    ("pins and needles and burning in my feet", "foot_wound"),
    ("I'm just getting over a water infection", "bladder_bowel"),
    ("I'm just getting over a water infection", "fever"),
    ("I'm on antibiotics for a chest infection", "fever"),
    ("my legs get pins and needles after kneeling", "compartment"),
    ("my foot keeps going dead", "cold_pale_leg"),
    ("my legs feel dead", "leg_weakness"),
    ("my legs are asleep", "leg_weakness"),
    ("my legs go dead when I sit too long", "leg_weakness"),
])
def test_an_everyday_idiom_is_never_read_for_certain_as_a_warning_sign(
        text: str, not_certain: str) -> None:
    """Issue 12's held-back review, class a: confirm what only an idiom implies, never act on it."""
    assert not_certain not in present(text)


@pytest.mark.parametrize(("text", "finding"), [
    ("I was told I'm low in B12 last year", "b12_risk"),
    ("I have B12 injections", "b12_risk"),
    ("they put me on ciprofloxacin and now my feet tingle", "new_medicine"),
    ("I'm on antibiotics for my chest", "new_medicine"),
    ("my feet go numb when I walk a few blocks, it goes away if I stand still",
     "calf_pain_walking"),
    ("my hands have got clumsy with buttons", "hands_clumsy"),
    ("I have MS", "known_ms"),
    ("my foot ulcer is infected", "fever"),
    ("my legs suddenly went dead", "leg_weakness"),
    ("my legs have gone dead and won't hold me", "leg_weakness"),
    # "dead" with a sudden onset, recent timing or a lost function in the same sentence
    ("my legs went dead suddenly this morning", "leg_weakness"),
    ("both my legs went dead this morning and I collapsed", "leg_weakness"),
    ("my leg went dead and I fell over", "leg_weakness"),
    ("my legs have gone dead and heavy and I can't lift them", "leg_weakness"),
    ("my legs feel dead and weak since this morning", "leg_weakness"),  # weak beats the mention
    ("my leg has gone dead and white", "cold_pale_leg"),
    ("I've got a spinal abscess", "fever"),
    ("my leg was pinned under the car", "compartment"),
])
def test_what_people_say_plainly_is_read_for_certain(text: str, finding: str) -> None:
    assert finding in present(text)
