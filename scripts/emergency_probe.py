"""Emergency probe: every emergency red flag driven through the simulator in varied everyday
wordings and answer patterns (hedged, said late, a carer speaking, long-standing mixed with new,
found only in an answer, said at an unrelated question).

Written by the tuner from red_flags.yaml and the guidance, not from any vignette: a quick check
that each emergency class holds beyond the wordings it was tuned on. Each probe gives the opening
words and, per question id, what the person says; any other question gets "no" (yes-or-no) or
"not sure". A probe passes when the advice is an emergency. Run:
`.venv/bin/python -m scripts.emergency_probe [--verbose]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from scripts.vignette_runner import _handler, _screening
from skill.screening.knowledge import KnowledgeBase, default_knowledge
from skill.screening.locale import default_lines

RUNAWAY = 40
# how the skill checks back on something it heard with doubt (speech.yaml, before the question)
_CHECKING = default_lines()["confirm_finding"].split("{")[0].strip()


@dataclass(frozen=True)
class Probe:
    name: str
    flag: str  # the emergency class aimed at
    says: str
    answers: dict[str, str] = field(default_factory=dict)
    locale: str = "en-US"
    expect: str = "emergency"
    # what the person says when the skill checks back on something it heard with doubt ("Just
    # to check: ..."); None answers that question like any other
    confirm: str | None = None


P = Probe
PROBES: tuple[Probe, ...] = (
    # ----- stroke ---------------------------------------------------------------------------
    P("stroke hedged opening", "stroke_signs",
      "my leg went numb an hour ago and i think my mouth feels a bit funny on one side, "
      "probably nothing",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour", "sudden_signs": "maybe",
       "face_arm_speech": "i think so"}),
    P("stroke carer", "stroke_signs",
      "my husband's left leg has gone numb and his words are coming out a bit jumbled",
      {"onset": "all of a sudden", "side": "just the one", "duration": "since this morning"}),
    P("stroke found only in answer", "stroke_signs",
      "my right leg feels numb",
      {"onset": "it came on suddenly", "side": "one leg", "duration": "about two hours",
       "sudden_signs": "yes my arm is weak as well", "face_arm_speech": "yes"}),
    P("stroke late, at an unrelated question", "stroke_signs",
      "tingling in my left leg since lunch",
      {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
       "sudden_signs": "no", "injury_or_pain": "no, but my face has gone droopy on one side",
       "back_pain": "no, but my face has gone droopy on one side"}, "en-GB"),
    # ----- sudden whole leg -----------------------------------------------------------------
    P("whole leg hedged", "sudden_whole_leg",
      "my whole left leg just went dead and numb out of nowhere about an hour ago",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour"}),
    P("whole leg only in answer", "sudden_whole_leg",
      "my leg's gone numb",
      {"onset": "suddenly", "side": "one leg", "duration": "since this morning",
       "sudden_signs": "yeah the whole leg", "whole_leg": "yes the whole thing"}),
    # ----- breathing / swallowing (GBS) -----------------------------------------------------
    P("GBS breathless late", "breathing_swallowing",
      "my feet started tingling four days ago and now it's up to my thighs",
      {"onset": "slowly", "side": "both legs", "duration": "four days", "spreading_up": "yes",
       "breathing_swallowing": "i do feel a bit short of breath actually"}),
    P("GBS carer swallowing", "breathing_swallowing",
      "my son had a stomach bug last week and now his legs are tingly and he's choking on his food",
      {"onset": "over a few days", "side": "both legs", "duration": "a few days",
       "spreading_up": "yes"}, "en-GB"),
    P("GBS puffed at rest", "breathing_swallowing",
      "since the weekend my legs have been getting weaker and tingly, and i get puffed just "
      "sitting",
      {"onset": "slowly", "side": "both", "duration": "three days", "spreading_up": "yes"},
      "en-AU"),
    # ----- cauda equina: bladder ------------------------------------------------------------
    P("bladder hedged, new", "cauda_equina_bladder",
      "i've had sciatica for two weeks and since yesterday i don't think i can feel when i "
      "need to wee",
      {"onset": "slowly", "side": "one leg", "duration": "two weeks", "bladder_bowel": "i think so",
       "recent": "yes since yesterday"},
      "en-GB"),
    P("bladder only in answer", "cauda_equina_bladder",
      "my back is killing me and my legs are tingly",
      {"onset": "slowly", "side": "both legs", "duration": "a few days",
       "cauda_equina_signs": "yes i can't pee properly", "bladder_bowel": "yes",
       "recent": "yes, since yesterday"}),
    P("bladder said at an unrelated question", "cauda_equina_bladder",
      "pins and needles down my right leg with back pain",
      {"onset": "gradually", "side": "one leg",
       "duration": "about a week, and since this morning i've wet myself without knowing",
       "bladder_bowel": "yes", "recent": "yes"}),
    P("bladder long-standing leak plus new retention", "cauda_equina_bladder",
      "i've always leaked a bit when i cough but since yesterday i can't pass water at all "
      "and my back hurts and my legs tingle",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "recent": "yes"}),
    P("bowel, carer", "cauda_equina_bladder",
      "my dad has bad back pain and his legs are numb and he's had accidents with his "
      "bowels since yesterday",
      {"onset": "slowly", "side": "both legs", "duration": "a few "
        "days", "bladder_bowel": "yes he has",
       "recent": "yes"}),
    P("bladder new in the last few weeks, not days", "cauda_equina_bladder",
      "my back aches and both legs tingle",
      {"onset": "slowly", "side": "both legs", "duration": "three weeks",
       "cauda_equina_signs": "yes", "leg_weakness": "no",
       "bladder_bowel": "yes, i've been struggling to pee",
       "recent": "no, about two weeks ago", "bladder_weeks": "yes, two weeks"}, "en-GB"),
    # ----- weakness in both legs getting worse, with back pain (NHS sciatica: A&E) ----------
    P("both legs weaker over weeks, back pain", "both_legs_worsening",
      "my back has been bad and my legs are numb",
      {"onset": "slowly", "side": "both legs", "duration": "three weeks",
       "cauda_equina_signs": "yes", "leg_weakness": "yes, they keep getting weaker",
       "recent": "no, it's been building up for a couple of weeks", "back_pain": "yes"}),
    # ----- saddle ---------------------------------------------------------------------------
    P("saddle everyday", "cauda_equina_saddle",
      "my back's bad and when i wipe i can't feel the toilet paper",
      {"onset": "slowly", "side": "both legs", "duration": "a few days"}),
    P("saddle hedged in answer", "cauda_equina_saddle",
      "my bum feels numb and my legs tingle, i've had a sore back",
      {"onset": "slowly", "side": "both legs", "duration": "two "
        "days", "saddle_numbness": "kind of yeah"},
      "en-AU"),
    P("saddle only in answer", "cauda_equina_saddle",
      "lower back pain and tingly legs",
      {"onset": "slowly", "side": "both legs", "duration": "a few days",
       "cauda_equina_signs": "yes it's numb between my legs", "saddle_numbness": "yes"}),
    # ----- sexual ---------------------------------------------------------------------------
    P("sexual in answer", "cauda_equina_sexual",
      "my back's been bad and my legs tingle",
      {"onset": "slowly", "side": "both legs", "duration": "a few days",
       "cauda_equina_signs": "yes, down there feels numb during sex "
       "now", "sexual_function": "yes"}),
    P("erection new", "cauda_equina_sexual",
      "back pain and numb legs and i suddenly can't get an erection since yesterday",
      {"onset": "slowly", "side": "both legs", "duration": "a few days"}),
    # ----- bilateral sciatica ----------------------------------------------------------------
    P("sciatica both legs everyday", "bilateral_sciatica",
      "i've got sciatica in both legs now, it's shooting down the back of both",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "back_pain": "yes"}),
    P("sciatica both legs in answers", "bilateral_sciatica",
      "my lower back hurts and my legs tingle",
      {"onset": "slowly", "side": "both of them", "duration": "a week", "back_pain": "yes",
       "shooting_down_leg": "yes down both legs"}, "en-GB"),
    # ----- both legs worsening with back pain ----------------------------------------------
    P("numbness climbing both legs with back pain", "both_legs_worsening",
      "my back aches and the numbness is creeping further up both legs every day",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "back_pain": "yes",
       "spreading_up": "yes"}),
    # ----- new leg weakness -----------------------------------------------------------------
    P("weakness hedged, new", "new_leg_weakness",
      "my legs went tingly yesterday and i sort of can't walk properly today, maybe i'm just tired",
      {"onset": "suddenly", "side": "both legs", "duration": "since yesterday"}),
    P("weakness carer, long-standing plus new", "new_leg_weakness",
      "my mum's had numb feet from diabetes for years but this morning her legs gave way "
      "and she can't stand",
      {"onset": "slowly", "side": "both legs", "duration": "years", "recent": "yes this morning",
       "diabetes": "yes"}, "en-GB"),
    P("weakness only in answer", "new_leg_weakness",
      "tingling in both legs",
      {"onset": "suddenly", "side": "both legs", "duration": "two days",
       "cauda_equina_signs": "my legs are weak yes", "leg_weakness": "yes"}),
    P("weakness at an unrelated question", "new_leg_weakness",
      "tingly feet",
      {"onset": "suddenly", "side": "both legs", "duration": "since yesterday",
       "back_pain": "no but since yesterday i keep falling over, my legs won't hold me"}),
    P("foot drop new", "new_leg_weakness",
      "since yesterday my foot just flops and drags when i walk and it's numb on top",
      {"onset": "suddenly", "side": "one leg", "duration": "since yesterday"}),
    # ----- limb ischaemia --------------------------------------------------------------------
    P("cold pale leg everyday", "limb_ischaemia",
      "my foot's gone ice cold and white and it really hurts and it's numb, started an hour ago",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour"}),
    P("cold leg, long-standing PAD plus new", "limb_ischaemia",
      "i've had bad circulation for years but this afternoon my leg went cold and pale and numb",
      {"onset": "suddenly", "side": "one leg", "duration": "a few hours"}, "en-GB"),
    P("cold leg hedged in answer", "limb_ischaemia",
      "my leg's numb and hurts",
      {"onset": "suddenly", "side": "one leg", "duration": "a couple of hours",
       "sudden_signs": "i think it's gone a bit cold and pale", "cold_pale_leg": "i think so"}),
    # ----- compartment ------------------------------------------------------------------------
    P("tight cast", "compartment_syndrome",
      "i'm in a plaster cast for a broken ankle and my toes are numb and the pain is unbearable",
      {"onset": "suddenly", "side": "one leg", "duration": "a few hours",
       "compartment": "it's in a cast so i can't see, but it's agony"}),
    P("swollen calf after kick", "compartment_syndrome",
      "i got kicked in the shin at football and now my lower leg is swollen tight, agony, "
      "and my foot is tingling",
      {"onset": "suddenly", "side": "one leg", "duration": "a few hours"}, "en-GB"),
    # ----- ascending weakness ---------------------------------------------------------------
    P("ascending weak legs unsure", "ascending_weakness",
      "the tingling has crept up from my feet to my knees over three days and my legs feel heavy",
      {"onset": "slowly", "side": "both legs", "duration": "three days", "spreading_up": "yes",
       "leg_weakness": "i'm not sure, a bit maybe"}),
    P("ascending, carer", "ascending_weakness",
      "my daughter's legs have been going numb from her toes up since friday and now she's "
      "wobbly on her feet",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "spreading_up": "yes"}),
    # ----- spinal injury --------------------------------------------------------------------
    P("fell off ladder", "spinal_injury",
      "i fell off a ladder onto my back this morning and now my legs are tingling",
      {"onset": "suddenly", "side": "both legs", "duration": "a few hours"}),
    P("car crash carer", "spinal_injury",
      "my son was in a car accident an hour ago and says his legs feel numb",
      {"onset": "suddenly", "side": "both legs", "duration": "an hour"}),
    P("injury only in answer", "spinal_injury",
      "my legs feel numb",
      {"onset": "suddenly", "side": "both legs", "duration": "a few hours",
       "injury_or_pain": "yes i fell down the stairs and landed on my back", "injury": "yes"}),
    # ----- spinal infection ----------------------------------------------------------------
    P("back pain fever weak legs", "spinal_infection_with_nerve_signs",
      "i've got a fever and terrible back pain and my legs are getting weak and tingly",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "recent": "yes"}),
    # ----- diabetic foot ---------------------------------------------------------------------
    P("diabetic black toe", "diabetic_foot_emergency",
      "i'm diabetic and my feet are numb and one of my toes has gone black",
      {"onset": "slowly", "side": "both legs", "duration": "months", "diabetes": "yes"}),
    P("diabetic infected wound hot", "diabetic_foot_emergency",
      "type 2 diabetic, numb feet, there's a blister on my foot that's gone red and i feel "
      "hot and shivery",
      {"onset": "slowly", "side": "both legs", "duration": "months", "diabetes": "yes",
       "foot_wound": "yes", "fever": "yes"}),
    # ----- cancer ---------------------------------------------------------------------------
    P("cancer new numb legs, carer", "numbness_after_cancer",
      "my wife has breast cancer and since the weekend her legs have gone numb and she's unsteady",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "cancer_history": "yes",
       "chemotherapy": "no"}),
    P("cancer and back pain in answers", "back_pain_after_cancer",
      "my legs are tingly",
      {"onset": "slowly", "side": "both legs", "duration": "a few weeks", "back_pain": "yes "
        "my middle back",
       "history_group": "i had prostate cancer", "cancer_history": "yes", "chemotherapy": "no"}),
    P("cancer said at unrelated question", "back_pain_after_cancer",
      "my back hurts and my thighs have gone numb",
      {"onset": "slowly", "side": "both legs", "duration": "a few days",
       "shooting_down_leg": "no, i had lung cancer last year though"}),
    # ----- harder answer patterns ---------------------------------------------------------------
    P("weakness hedged answer, slow start, recent hedged", "new_leg_weakness",
      "my feet have been tingly for a couple of months",
      {"onset": "slowly", "side": "both legs", "duration": "a couple of months",
       "cauda_equina_signs": "well my legs do feel weaker", "leg_weakness": "sort of, yeah",
       "recent": "i think it's just the last few days"}, "en-GB"),
    P("weakness recent said as this week", "new_leg_weakness",
      "numb legs for ages",
      {"onset": "gradually", "side": "both legs", "duration": "about a year",
       "cauda_equina_signs": "yes", "leg_weakness": "yes they've gone weak",
       "recent": "only this week"}),
    P("bladder: 'a bit' and 'since the weekend'", "cauda_equina_bladder",
      "sciatica down my left leg",
      {"onset": "slowly", "side": "one leg", "duration": "two weeks",
       "cauda_equina_signs": "a bit, i've been struggling to pee",
       "bladder_bowel": "a bit, yes", "recent": "since the weekend"}, "en-GB"),
    P("bladder: not sure at timing", "cauda_equina_bladder",
      "my back hurts and my leg tingles",
      {"onset": "slowly", "side": "one leg", "duration": "a few weeks",
       "cauda_equina_signs": "yes my bladder", "bladder_bowel": "yes", "recent": "i'm not sure"}),
    P("saddle said at the duration question", "cauda_equina_saddle",
      "my back's bad and my legs are tingly",
      {"onset": "slowly", "side": "both legs",
       "duration": "a week, and today it's numb around my bottom too"}, "en-GB"),
    P("saddle: 'i can't feel myself wiping' in answer", "cauda_equina_saddle",
      "tingling in my leg with back pain",
      {"onset": "slowly", "side": "one leg", "duration": "a few days",
       "cauda_equina_signs": "i can't really feel myself when i wipe"}),
    P("stroke: 'my smile's gone lopsided' at side", "stroke_signs",
      "my leg went numb suddenly",
      {"onset": "suddenly", "side": "one leg, and my smile's gone "
        "lopsided", "duration": "an hour"}),
    P("stroke: hedged at the group", "stroke_signs",
      "my left leg is numb, came on just now",
      {"onset": "suddenly", "side": "one leg", "duration": "half an hour",
       "sudden_signs": "maybe my arm a bit", "face_arm_speech": "possibly, it feels weak"}),
    P("stroke: slurring, carer, late", "stroke_signs",
      "my dad's leg has gone numb",
      {"onset": "suddenly", "side": "one leg", "duration": "a couple of hours",
       "sudden_signs": "his speech is a bit slurred now you mention it"}, "en-AU"),
    P("GBS: yes but only a little at breathing", "breathing_swallowing",
      "tingling climbing up from my feet for four days",
      {"onset": "slowly", "side": "both legs", "duration": "four days", "spreading_up": "yes",
       "breathing_swallowing": "a little bit, swallowing feels odd"}),
    P("cold leg: 'it's freezing and white' at side", "limb_ischaemia",
      "my leg suddenly went numb and hurts",
      {"onset": "suddenly", "side": "one leg, it's gone freezing and "
        "white", "duration": "an hour"}),
    P("injury: fell yesterday said at onset", "spinal_injury",
      "both legs tingling",
      {"onset": "it started after i fell down the stairs yesterday", "side": "both legs",
       "duration": "since yesterday", "injury": "yes"}),
    P("injury hedged 'i did have a tumble'", "spinal_injury",
      "my legs are numb since this morning",
      {"onset": "suddenly", "side": "both legs", "duration": "since this morning",
       "injury_or_pain": "well i did have a tumble off my bike", "injury": "i think so, i "
       "landed on my back"}),
    P("cancer: 'had a lump removed' + back pain", "back_pain_after_cancer",
      "my legs feel tingly and my back aches",
      {"onset": "slowly", "side": "both legs", "duration": "a few weeks",
       "history_group": "i had breast cancer years ago", "cancer_history": "yes",
       "chemotherapy": "yes"}),
    P("cancer: unsure cancer + new numbness", "numbness_after_cancer",
      "my feet went numb this week",
      {"onset": "slowly", "side": "both legs", "duration": "a few days",
       "history_group": "they found something on my lung, i'm not sure if it's cancer",
       "cancer_history": "not sure", "chemotherapy": "no"}),
    P("compartment: 'rock hard' after fall", "compartment_syndrome",
      "i fell off my bike and my shin is rock hard, swollen and the pain is unbearable, "
      "foot tingles",
      {"onset": "suddenly", "side": "one leg", "duration": "a few hours", "compartment": "yes"}),
    P("diabetes: 'bit of an ulcer' + fever said late", "diabetic_foot_emergency",
      "i'm diabetic and my feet are numb",
      {"onset": "slowly", "side": "both legs", "duration": "years", "history_group": "diabetes yes",
       "diabetes": "yes", "foot_wound": "there's an ulcer on my big toe", "fever": "i've "
       "been a bit hot and shivery"}),
    P("sciatica both legs said at side", "bilateral_sciatica",
      "sciatica, back pain",
      {"onset": "slowly", "side": "both, it shoots down the back of both "
        "legs", "duration": "a few days",
       "shooting_down_leg": "yes"}),
    # ----- denials that are not quite denials, and Indian and Australian idiom --------------------
    P("'not really, well a little' at the cauda equina group", "cauda_equina_bladder",
      "back pain going down my leg",
      {"onset": "slowly", "side": "one leg", "duration": "a week",
       "cauda_equina_signs": "not really, well, peeing is a little hard since yesterday",
       "bladder_bowel": "yes a little", "recent": "yes"}),
    P("en-IN: urine not passing", "cauda_equina_bladder",
      "since yesterday urine is not passing and my back is paining and both legs are tingling",
      {"onset": "slowly", "side": "both legs", "duration": "since two days", "bladder_bowel": "yes",
       "recent": "yes"}, "en-IN"),
    P("en-IN: motion not in control", "cauda_equina_bladder",
      "back pain since one week, legs tingling, and since yesterday motion is not in my control",
      {"onset": "slowly", "side": "both legs", "duration": "one week", "bladder_bowel": "yes",
       "recent": "yes"}, "en-IN"),
    P("en-AU: legs gave out, can't weight bear", "new_leg_weakness",
      "me legs just gave out this morning and I can't put weight on them, they're all tingly",
      {"onset": "suddenly", "side": "both legs", "duration": "since this morning"}, "en-AU"),
    P("en-IN: father cannot stand since morning", "new_leg_weakness",
      "my father is not able to stand since morning and his legs are numb",
      {"onset": "suddenly", "side": "both legs", "duration": "since morning"}, "en-IN"),
    P("en-GB: 'gone dead' whole leg, not sitting", "sudden_whole_leg",
      "my whole leg's gone dead from the hip down in the last hour and I wasn't sat on it",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour"}, "en-GB"),
    P("en-US: 'can't get my words out'", "stroke_signs",
      "my leg went numb and i can't get my words out right",
      {"onset": "suddenly", "side": "one leg", "duration": "twenty minutes"}),
    P("en-CA: arm and leg same side, hedged", "stroke_signs",
      "my left arm and leg feel kind of numb, started a bit ago, probably slept funny",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour", "positional": "no"}, "en-CA"),
    P("en-US: 'trouble catching my breath' at duration", "breathing_swallowing",
      "my feet and legs have been getting more and more numb",
      {"onset": "slowly", "side": "both legs",
       "duration": "five days, and now i'm having trouble catching my breath",
       "spreading_up": "yes"}),
    P("en-GB: partner, 'he's wet himself' new", "cauda_equina_bladder",
      "my partner's got terrible back pain and numb legs and he wet himself this morning "
      "without noticing",
      {"onset": "slowly", "side": "both legs", "duration": "a few days", "bladder_bowel": "yes",
       "recent": "yes"}, "en-GB"),
    # ----- a real emergency said with a position (confirmed, then warned) ----------------------
    P("whole leg dead after sitting, still not back", "sudden_whole_leg",
      "i was sitting on the floor and my whole left leg went dead, an hour later it still "
      "hasn't come back",
      {"onset": "suddenly", "side": "one leg", "duration": "an hour",
       "whole_leg": "yes, the whole thing", "positional": "no"}, "en-GB"),
    P("can't stand after kneeling, legs stay weak", "new_leg_weakness",
      "i knelt on the floor to pray and now i cannot stand, my legs are still weak and numb",
      {"onset": "suddenly", "side": "both legs", "duration": "a few hours",
       "leg_weakness": "yes they're still weak", "positional": "no"}, "en-IN"),
)


def _default(question: Any, answers: dict[str, str]) -> str:
    """A grouped question is answered yes when the person has any finding it covers."""
    if any(f in answers for f in question.covers):
        return "yes"
    return "no" if question.kind == "yes_no" else "not sure"


def play(kb: KnowledgeBase, probe: Probe) -> tuple[str, list[str], list[str]]:
    from alexa_simulator import Simulator

    sim = Simulator(locale=probe.locale, handler=_handler())
    sim.launch()
    log: list[str] = [f"> {probe.says}"]
    reply: Any = sim.say(probe.says)
    log.append(f"< {reply.speech[:160]}")
    turns = 0
    while "assessment" not in sim.session_attributes:
        turns += 1
        current = _screening(sim.session_attributes).get("current")
        if current is None or turns > RUNAWAY or not sim.session_open:
            return "unfinished", [], log
        question = kb.question(current)
        text = probe.answers.get(current) or _default(question, probe.answers)
        if probe.confirm is not None and _CHECKING in reply.speech:
            text = probe.confirm
        reply = sim.say(text)
        log.append(f"  [{current}] > {text}")
        log.append(f"< {reply.speech[:160]}")
    summary = sim.session_attributes["assessment"]
    return summary["triage"], list(summary.get("red_flags", ())), log


def main(argv: list[str]) -> int:
    kb = default_knowledge()
    verbose = "--verbose" in argv
    misses = 0
    for probe in PROBES:
        triage, flags, log = play(kb, probe)
        ok = triage == probe.expect
        misses += not ok
        mark = "ok  " if ok else "MISS"
        print(f"{mark} {probe.flag:34} {triage:10} {','.join(flags):40} {probe.name}")
        if verbose or not ok:
            print("\n".join("      " + line for line in log))
    print(f"{len(PROBES) - misses}/{len(PROBES)} probes reached an emergency")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
