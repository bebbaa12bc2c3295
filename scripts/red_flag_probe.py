"""Red-flag probe from public sources: every red flag in red_flags.yaml said the ways patients,
carers and public guidance put it, driven through the simulator by scripts/emergency_probe.py.

Written before the reader was changed for it (round 6), from patient information pages looked
up for the purpose, each put in our own words and varied in grammar: a statement, "I can't ...",
"I've lost ...", "X has gone / keeps ...", a carer reporting, past and progressive tenses, a
time phrase, two findings in one breath. Nobody tuned the reader on a failure list to write it;
it measures whether the reader hears findings it was never shown.

Sources (looked up with the search tool, December 2026):
  stroke: Mayo Clinic "Act FAST"; NHS-based FAST pages (towerhamletsconnect.org, Manx Stroke
    Foundation): face fallen on one side, can't smile, can't lift both arms and keep them there,
    speech slurred or garbled, can't talk at all.
  cauda equina: Nuffield Health and Chesterfield Royal (NHS) warning-sign cards, Brain and Spine
    Foundation: pins and needles between the inner thighs or genitals, numb back passage or
    buttocks, altered feeling with toilet paper, difficulty starting or stopping urine, not
    knowing when the bladder is full, leaking and needing pads, no feeling passing urine or a
    motion, a change in erections or ejaculation, no feeling in the genitals during sex.
  Guillain-Barre: Mayo Clinic, NHS (via webmd.boots): tingling from the feet climbing, weakness
    spreading up, unsteady or unable to walk or climb stairs, difficulty catching the breath,
    choking on saliva, difficulty swallowing or speaking.
  limb ischaemia: NHS Devon referral guidance, healthinfo.org.nz (the six Ps): pale, painful,
    pulseless, perishing cold, pins and needles, can't move the limb.
  compartment syndrome: NHS text (drpharmacy.uk), fitmap: pain far worse than the injury, tight
    bulging swollen muscle, a cast too tight, tingling or burning, pain not eased by painkillers.
  spinal injury: NINDS-derived pages: after a fall, a crash or a blow, numb or tingling feet,
    can't move the legs.
  back pain red flags: onyxhealth.com.au, NICE CKS-derived lists, RNOH and NICE CG75 public
    information, Macmillan: fever or feeling very unwell, weight loss, night pain, cancer history,
    steroids, weak immunity, osteoporosis; MSCC: back pain that stops sleep, legs giving way,
    unsteady, bladder trouble.
  circulation: NHS peripheral arterial disease complications: burning pain at rest, sores that
    don't heal, toes turning black; diabetic foot pages (feelyourfeet.com, podiatry pages):
    blisters or cuts not felt, red, swollen, smelly, discharging.
  sciatica: healthify.nz, Greenberg Spine: sciatica in both legs, pain down the back of both.
Run: `.venv/bin/python -m scripts.red_flag_probe [--verbose]`.
"""

from __future__ import annotations

import sys
from collections import Counter

from scripts.emergency_probe import Probe, play
from skill.screening.knowledge import KnowledgeBase, default_knowledge

# answers to the other questions each flag needs, so that the words under test decide it
_SUDDEN_ONE = {"onset": "suddenly", "side": "one leg", "duration": "about an hour"}
_SUDDEN_BOTH = {"onset": "suddenly", "side": "both legs", "duration": "since this morning"}
_SLOW_BOTH = {"onset": "slowly", "side": "both legs", "duration": "about a week"}
_NEW_SLOW = {**_SLOW_BOTH, "recent": "yes", "chemotherapy": "no"}
_BACK = {**_SLOW_BOTH, "back_pain": "yes", "recent": "yes"}
_LONG = {"onset": "slowly", "side": "both legs", "duration": "a few months"}

_WORDINGS: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "stroke_signs": (_SUDDEN_ONE, (
        "my leg went numb and one side of my face has dropped",
        "i can't smile properly, the left side of my mouth won't move",
        "my husband says my speech is slurred and my leg's gone numb",
        "my words keep coming out garbled since about twenty minutes ago",
        "i can't lift my right arm above my head and my leg is numb",
        "my arm keeps drifting down when i hold it up",
        "she suddenly couldn't get her words out and her face looks lopsided",
        "half my face has gone numb and my arm feels heavy",
        "i was talking nonsense at lunch, my wife said, and now my leg's numb",
        "my mouth is drooping on one side and i'm dribbling",
    )),
    "sudden_whole_leg": (_SUDDEN_ONE, (
        "my entire right leg went numb all at once",
        "i suddenly lost all the feeling in my left leg from the hip down",
        "the whole leg has gone completely numb in the last hour",
        "out of nowhere i can't feel my whole leg",
        "all of my leg, top to bottom, went dead suddenly",
        "my whole leg has no feeling since this morning",
        "my dad says his whole leg just went numb while he was watching telly",
        "i've lost the feeling in the whole of one leg suddenly",
    )),
    "breathing_swallowing": ({**_SUDDEN_BOTH, "spreading_up": "yes",
                              "onset": "over a few days", "duration": "four days"}, (
        "my legs are tingling and i'm finding it hard to catch my breath",
        "i keep choking on my own spit and my feet are numb",
        "i can't swallow properly and my legs feel weak",
        "i get out of breath just lying in bed and my legs are tingly",
        "my wife is struggling to breathe and her legs are numb",
        "food keeps going down the wrong way and my feet are tingling",
        "i'm short of breath and the numbness is in both legs",
        "i've been having trouble breathing since yesterday and my legs are numb",
    )),
    "cauda_equina_bladder": (_BACK, (
        "i can't pee even though i need to",
        "i've lost control of my bladder",
        "i don't know when my bladder is full any more",
        "i've started leaking urine and had to buy pads",
        "i can't stop myself weeing once it starts",
        "i've had an accident with my bowels and didn't feel it coming",
        "i have to strain really hard to get my wee started",
        "i can't feel myself peeing",
        "my husband has wet himself twice today without knowing",
        "i haven't been able to pass urine since this morning",
    )),
    "cauda_equina_saddle": (_SLOW_BOTH, (
        "i've got pins and needles between my inner thighs",
        "it's numb around my back passage",
        "my buttocks have gone numb",
        "when i wipe it feels different, like the toilet paper isn't there",
        "i can't feel my genitals properly",
        "the skin around my bottom feels numb and strange",
        "i've lost feeling in my groin",
        "numbness in my saddle area since yesterday",
        "it feels like i'm sitting on nothing, my bum's gone numb",
    )),
    "cauda_equina_sexual": (_SLOW_BOTH, (
        "i can't get an erection any more since this week",
        "i can't ejaculate since my back went",
        "i've got no feeling in my genitals during sex",
        "sex feels numb now",
        "my erections have stopped this week",
        "i've lost sensation down there when we have sex",
        "i can't climax and it's numb down there",
        "my husband says he can't get hard since his back went",
    )),
    "bilateral_sciatica": ({"onset": "slowly", "side": "both legs", "duration": "two weeks",
                            "back_pain": "yes"}, (
        "i've got sciatica in both legs",
        "the pain shoots down the backs of both my legs",
        "pain running from my bottom down both legs",
        "shooting pains down both legs from my lower back",
        "it goes down the back of each leg to my feet",
        "sciatica on both sides now",
        "both legs have this burning pain travelling down from my back",
        "i get an electric shock pain down both legs",
    )),
    "both_legs_worsening": ({**_SLOW_BOTH, "back_pain": "yes"}, (
        "the numbness is moving up both my legs",
        "the tingling started in my feet and now it's reached my knees",
        "every day the numbness is higher up my legs",
        "it's been creeping up from my toes to my thighs",
        "the numb feeling keeps spreading further up my legs",
        "my back hurts and the numbness has travelled up to my hips",
        "the pins and needles went from my ankles up to my knees",
        "the numbness has gone up past my knees now",
    )),
    "new_leg_weakness": (_SUDDEN_BOTH, (
        "my legs keep giving way",
        "i can't walk properly since this morning",
        "i can't lift my foot, it just drags",
        "my legs have no strength in them",
        "i've lost the power in my legs",
        "my mum can't stand up on her own today, her legs won't hold her",
        "i'm struggling to get up the stairs since this morning, my legs are so weak",
        "my legs buckled under me twice today",
        "i can't get up out of a chair without help since yesterday",
        "my foot keeps slapping down when i walk",
    )),
    "limb_ischaemia": (_SUDDEN_ONE, (
        "my foot has gone white and cold",
        "my leg is freezing cold and really painful",
        "my toes have turned blue and i can't feel them",
        "the doctor couldn't find a pulse in my foot",
        "my leg looks really pale compared to the other one",
        "my foot is ice cold and mottled",
        "my leg suddenly went cold and i can't move my toes",
        "my husband's foot has turned a greyish colour and it's cold",
    )),
    "compartment_syndrome": (_SUDDEN_ONE, (
        "my plaster cast feels really tight and my toes are tingling",
        "my shin is swollen and tight and the pain is far worse than it should be",
        "after the tackle my calf is swollen hard and the pain is unbearable",
        "the cast is too tight, my leg is throbbing and my toes are numb",
        "my calf feels like it's going to burst since the injury",
        "my lower leg is tight and bulging and painkillers aren't touching it",
        "the bandage is digging in and my foot has gone numb and very painful",
        "i got kicked in the leg and now it's swollen tight and agony",
    )),
    "ascending_weakness": ({"onset": "over a couple of days", "side": "both legs",
                            "duration": "three days", "recent": "yes"}, (
        "the weakness started in my feet and is moving up my legs",
        "my legs are getting weaker and the numbness is climbing up",
        "the tingling has spread up to my knees and i can barely walk",
        "i can't climb the stairs and the numbness is going up my legs",
        "my legs are giving way and the tingling has reached my thighs",
        "the pins and needles have crept up to my hips and my legs are weak",
        "my son's legs are weak and the numbness is moving up his body",
        "weakness spreading up from my ankles since the weekend",
    )),
    "spinal_injury": (_SUDDEN_BOTH, (
        "i fell off a ladder and now my legs are numb",
        "i was in a car crash this morning and my feet are tingling",
        "i slipped on the ice and landed on my back",
        "i came off my motorbike and hurt my neck",
        "i fell down the stairs and can't feel my legs properly",
        "i was hit by a car and my legs are tingling",
        "my son took a hard tackle at rugby and his legs went numb",
        "i dived into the shallow end and hit my head",
        "i fell backwards off a chair and banged my spine",
    )),
    # weakness not sure and not new, so no other emergency comes first
    "spinal_infection_with_nerve_signs": ({**_SLOW_BOTH, "back_pain": "yes", "recent": "no",
                                           "leg_weakness": "not sure"}, (
        "i've got a high temperature",
        "i feel feverish and shivery",
        "i've been burning up with a fever",
        "i've got chills and sweats",
        "i'm running a temperature and my legs are weak",
        "my back is killing me and i've got a fever",
        "i feel hot and cold and my back aches",
        "i've had night sweats and a temperature this week",
    )),
    "diabetic_foot_emergency": ({**_LONG, "diabetes": "yes"}, (
        "one of my toes has turned black",
        "i've got a sore on my foot that won't heal",
        "there's an ulcer on the bottom of my foot that isn't getting better",
        "my big toe is going black",
        "the sore on my heel has been there for weeks and won't heal",
        "a cut on my foot just won't heal",
        "my toe has gone dark and is turning black",
        "i have a wound on my foot that's not healing",
    )),
    # numbness of months: no new numbness after cancer comes first
    "back_pain_after_cancer": ({**_SLOW_BOTH, "back_pain": "yes", "chemotherapy": "no",
                                "duration": "a few months"}, (
        "i had breast cancer five years ago",
        "i've got prostate cancer",
        "i was treated for lung cancer last year",
        "i'm in remission from lymphoma",
        "my wife has myeloma",
        "i had a kidney cancer removed",
        "they told me the cancer has spread to my bones",
        "i'm having treatment for bowel cancer",
    )),
    "numbness_after_cancer": (_NEW_SLOW, (
        "i had breast cancer and now my legs are numb since the weekend",
        "i've been treated for prostate cancer and my legs went numb this week",
        "i beat lung cancer two years ago and now my feet are tingling",
        "i'm a cancer survivor and my legs have gone numb",
        "my dad has cancer and his legs have gone numb and he's unsteady",
        "i had a melanoma removed and now my legs are tingling",
        "i'm under the oncologist for myeloma and my legs have gone numb",
        "i had radiotherapy for a tumour last year and now my legs are numb",
    )),
    "ascending_numbness": ({"onset": "slowly", "side": "both legs", "duration": "two weeks"}, (
        "the numbness is spreading up my legs",
        "the tingling started in my toes and has worked its way up to my knees",
        "it's crept up from my feet to my calves",
        "the numb feeling keeps moving higher up my legs",
        "it used to be just my feet but now it's up to my knees",
        "the pins and needles are travelling up my legs",
        "the numbness has climbed up to my shins",
        "every week the numbness gets higher",
    )),
    "weakness_getting_worse": ({**_LONG, "recent": "no", "weakness_worse": "yes"}, (
        "my legs have been getting weaker for weeks",
        "i keep tripping because my foot won't lift",
        "i struggle to climb stairs now",
        "my legs feel weak all the time",
        "i can't walk as far as i used to, my legs go weak",
        "my legs have lost their strength",
        "i've got weakness in both legs",
        "my knees keep buckling",
    )),
    "back_pain_with_fever": ({"onset": "slowly", "side": "one leg",
                              "duration": "a week"}, (
        "i've got a temperature and my back's killing me",
        "my back hurts and i feel feverish",
        "i have a fever and lower back pain",
        "back pain with chills and sweats",
        "my back aches and i've been running a temperature",
        "my wife has a high temperature and bad back pain",
        "i feel hot and shivery and my back is really sore",
        "my spine is tender and i've got a fever",
    )),
    "back_pain_weight_loss": ({**_SLOW_BOTH, "back_pain": "yes"}, (
        "i've lost weight without trying",
        "i've been losing weight and i don't know why",
        "my clothes are hanging off me, i've lost about a stone",
        "i've dropped ten pounds without dieting",
        "the weight has just fallen off me",
        "i've lost a lot of weight recently for no reason",
        "my husband has lost weight and isn't eating",
        "i've got thinner over the last few months without trying",
    )),
    "back_pain_at_night": ({**_SLOW_BOTH, "back_pain": "yes"}, (
        "my back pain is worse at night",
        "the pain wakes me up at night",
        "my back hurts even when i'm resting",
        "lying down doesn't ease the pain at all",
        "i can't sleep because of the back pain",
        "it aches all night long",
        "the pain keeps me awake",
        "resting doesn't help my back",
    )),
    "back_pain_weak_immunity": ({**_SLOW_BOTH, "back_pain": "yes"}, (
        "i take steroids every day",
        "i'm on immunosuppressants after my transplant",
        "i have hiv",
        "i've been injecting drugs",
        "my immune system is weak",
        "i've been on prednisolone for months",
        "i'm having chemo so my immunity is low",
        "i'm on methotrexate for my arthritis",
    )),
    "back_pain_thin_bones": ({**_SLOW_BOTH, "back_pain": "yes"}, (
        "i have osteoporosis",
        "i've got thin bones",
        "the doctor said i have brittle bones",
        "i've had a bone density scan and it was low",
        "i take alendronic acid for my bones",
        "my bones are fragile",
        "i've been on steroid tablets for years",
        "i have osteopenia",
    )),
    "critical_limb_ischaemia": ({"onset": "slowly", "side": "one leg",
                                 "duration": "a few weeks"}, (
        "my foot hurts at night and eases if i hang it over the bed",
        "i get a burning pain in my foot even when i'm resting",
        "my toe is turning black",
        "there's a sore on my ankle that won't heal",
        "my foot aches in bed at night and i have to sleep in the chair",
        "my leg hurts at rest, not just when i walk",
        "one of my toes has gone black",
        "i've got an ulcer on my leg that won't heal",
    )),
    "diabetic_foot_wound": ({**_LONG, "diabetes": "yes"}, (
        "i found a blister on my foot i didn't feel",
        "there's a cut on my toe",
        "i've got a red swollen patch on my foot",
        "i stood on something sharp and didn't notice",
        "my sock had blood on it from a sore on my foot",
        "i have a blister on my heel",
        "there's a crack in the skin on my heel",
        "i've got an open sore on the ball of my foot",
    )),
    "severe_pain": ({"onset": "slowly", "side": "one leg", "duration": "a few days"}, (
        "the pain is unbearable",
        "i'm in agony",
        "it's the worst pain i've ever had",
        "painkillers aren't touching it",
        "the pain is ten out of ten",
        "i'm in so much pain i can't sleep",
        "the pain's excruciating",
        "it hurts so much i'm crying",
    )),
}

# Sides said in general forms, at the side question, with sciatica: both legs is an emergency.
_SIDES_BOTH = (
    "both of them", "the pair of them", "the other one too", "left, and the right one as well",
    "both, but the left is worse", "it swaps sides", "one and then the other",
    "each of them",
)
# ...and one leg is not.
_SIDES_ONE = ("just the one", "only on the side of my bad hip", "only the right",
              "only one of them")

# Denials and idioms: each must raise no red flag (answers elsewhere are "no").
_CONTROLS = (
    "i haven't had a fall or any accident",
    "no problems with my bladder or bowels",
    "my waterworks are fine",
    "i can feel everything down below",
    "no fever, no temperature",
    "i've never had cancer",
    "my legs went to sleep when i sat cross-legged",
    "my neighbour is a pain in the neck",
    "i nearly wet myself laughing",
    "my speech is fine and my face is normal",
    "i can walk fine, it's just tingly",
    "not weak, just tingly",
    "the numbness hasn't spread at all",
    "i'm not diabetic",
    "i've got cold feet about the operation",
    "my face and arms are fine",
    "i don't have any trouble breathing or swallowing",
    "i haven't lost any weight",
    "the pain is manageable",
    "i don't take steroids",
    "no sores or cuts on my feet",
    "i've never broken a bone",
    "it doesn't wake me at night",
    "my back is fine",
    "i fell for it hook, line and sinker",
    "i've never had an erection problem",
    # round 7 (reader7): a "no" then a figure of speech about a thing, an ability said
    # positively, a yes with how much after it, how far it reaches
    "no, the only thing creeping up is my gas bill",
    "no, the only pain in the neck round here is my brother",
    "i can swallow and breathe perfectly well",
    "i do, a couple of glasses of wine a night",
    "both feet, up as far as my ankles",
)


def _probes() -> tuple[Probe, ...]:
    probes = []
    for flag, (answers, wordings) in _WORDINGS.items():
        probes += [Probe(f"{flag}: {w}", flag, w, dict(answers), confirm="yes") for w in wordings]
    sciatica = {"onset": "slowly", "duration": "two weeks", "back_pain": "yes",
                "shooting_down_leg": "yes"}
    probes += [Probe(f"bilateral_sciatica side: {s}", "bilateral_sciatica",
                     "sciatica pain down my leg", {**sciatica, "side": s}) for s in _SIDES_BOTH]
    return tuple(probes)


PROBES = _probes()
_QUIET = {"onset": "slowly", "side": "both legs", "duration": "a few months"}
CONTROLS = (
    *(Probe(f"control: {w}", "", w, dict(_QUIET), expect="none") for w in _CONTROLS),
    *(Probe(f"control side: {s}", "bilateral_sciatica", "sciatica pain down my leg",
            {"onset": "slowly", "duration": "two weeks", "back_pain": "yes",
             "shooting_down_leg": "yes", "side": s}, expect="absent") for s in _SIDES_ONE),
)


def heard(kb: KnowledgeBase, probe: Probe) -> tuple[bool, list[str]]:
    """A probe is heard when its flag is raised; a control when no red flag is ("none"), or
    not its own flag ("absent")."""
    _, flags, log = play(kb, probe)
    if probe.expect == "none":
        return not flags, log
    return (probe.flag in flags) != (probe.expect == "absent"), log


def measure(kb: KnowledgeBase, verbose: bool = False) -> tuple[Counter[str], Counter[str], int]:
    """Probes per flag, misses per flag, and false flags among the controls."""
    total: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for probe in PROBES:
        ok, log = heard(kb, probe)
        total[probe.flag] += 1
        missed[probe.flag] += not ok
        if verbose and not ok:
            print(f"MISS {probe.name}\n" + "\n".join("      " + line for line in log))
    false = 0
    for probe in CONTROLS:
        ok, log = heard(kb, probe)
        false += not ok
        if verbose and not ok:
            print(f"FALSE {probe.name}\n" + "\n".join("      " + line for line in log))
    return total, missed, false


def main(argv: list[str]) -> int:
    kb = default_knowledge()
    total, missed, false = measure(kb, verbose="--verbose" in argv)
    for flag in total:
        print(f"{flag:36} {total[flag] - missed[flag]:3}/{total[flag]}")
    heard_all = sum(total.values()) - sum(missed.values())
    print(f"heard {heard_all}/{sum(total.values())} "
          f"({100 * heard_all / sum(total.values()):.1f}%); false flags {false}/{len(CONTROLS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
