"""Stance of a reply towards the comment it answers: agree, disagree or neutral.

Lexical cues only, so the result is explainable to a moderator ("matched: 'you are right'") and
cheap enough to run on a million replies. The reply's toxicity and insult scores push the stance
towards attack: a reply that insults its addressee is not support, whatever its words say. The
sign (+1 support, -1 attack, 0 neutral) is what the signed-graph analyses consume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Stance = Literal["agree", "disagree", "neutral"]

# (name, weight, pattern). One alternation is built from these, first listed wins at a given
# position, so negated and longer forms come before the bare forms they contain ("couldn't agree
# more" before "can't agree", "don't agree" before "agree").
_CUES: tuple[tuple[str, float, str], ...] = (
    ("agree_more", 1.5, r"(?:couldn'?t|could not|can'?t|cannot) agree more"),
    ("not_agree", -1.0, r"(?:don'?t|do not|can'?t|cannot|never|won'?t) agree"),
    ("disagree", -1.0, r"disagree(?:d|ment)?"),
    ("agree_strongly", 1.5,
     r"agree(?:d)?,? (?:100 ?%|100 percent|completely|entirely|totally|wholeheartedly|fully)"),
    ("agree_with_you", 1.5, r"agree(?:d)? with you"),
    ("agree", 0.75, r"agree(?:d)?"),
    ("you_are_wrong", -1.5,
     r"you(?:'re| are) (?:so |completely |totally |dead |just |simply |clearly )?"
     r"(?:wrong|mistaken|delusional|clueless|ignorant|lying|a liar|an idiot|a fool|a troll)"),
    ("you_are_right", 1.5,
     r"you(?:'re| are) (?:so |absolutely |exactly |quite |totally |100 ?% )?(?:right|correct)"),
    ("well_said", 1.0,
     r"(?:well said|well put|spot on|good point|great point|excellent point|hear,? hear"
     r"|thank you for (?:this|your|saying|pointing)|thanks for (?:this|your|saying|pointing))"),
    ("exactly", 0.75, r"exactly[.!]"),
    ("amazes_me_how", -1.0, r"(?:it )?(?:amazes|astonishes|baffles) me how"),
    ("out_of_touch", -0.75, r"out of touch"),
    ("stop_complaining", -1.0,
     r"stop (?:complaining|whining|crying|blaming|lying|spreading|trolling|embarrassing)"),
    ("based_on_what", -1.0,
     r"(?:what is (?:all )?(?:this|that) based on|based on what|any (?:proof|evidence)"
     r"|citation needed|source\?)"),
    ("not_true", -1.0,
     r"(?:that'?s not true|that is not true|not true at all|that(?:'s| is) (?:wrong|false|a lie)"
     r"|false equivalen\w*|counter[- ]?argue)"),
    ("dismissal", -0.5,
     r"(?:nonsense|rubbish|fairy tale|propaganda|fantasy|absurd|ridiculous|baloney|hogwash)"),
    ("condescension", -0.75,
     r"(?:first learn (?:how )?to|learn how to (?:write|read|spell)|do (?:some|your) (?:serious )?"
     r"research|get your facts straight|(?:keep|leave) your comments to yourself"
     r"|you (?:clearly )?(?:don'?t|do not) (?:know|understand|get it))"),
    ("shame_on_you", -1.5, r"(?:shame on you|how dare you)"),
    ("you_insult", -1.5, r"you (?:idiot|moron|fool|clown|troll|liar|shill|imbecile)"),
    ("doubt", -0.5, r"i (?:don'?t|do not) (?:think|believe) (?:so|that)"),
)

_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _CUES) + r")",
    re.IGNORECASE,
)
_WEIGHT = {name: weight for name, weight, _ in _CUES}
_NORMALISE_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})

AGREE_AT = 0.5
DISAGREE_AT = -0.5
# Toxicity/insult below this count as ordinary heat; above it every 0.1 costs 0.2 of stance.
HOSTILITY_FLOOR = 0.4
HOSTILITY_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class StanceResult:
    stance: Stance
    sign: int
    score: float
    cues: tuple[str, ...]


def cue_matches(body: str) -> list[tuple[str, str]]:
    """(cue name, matched text) for every cue in the body, left to right."""
    text = body.translate(_NORMALISE_QUOTES)
    out: list[tuple[str, str]] = []
    for m in _PATTERN.finditer(text):
        name = m.lastgroup
        if name is not None:
            out.append((name, m.group(0)))
    return out


def hostility_penalty(toxicity: float | None, insult: float | None) -> float:
    hostility = max(toxicity or 0.0, insult or 0.0)
    return HOSTILITY_WEIGHT * max(0.0, hostility - HOSTILITY_FLOOR)


def classify_stance(
    body: str, toxicity: float | None = None, insult: float | None = None
) -> StanceResult:
    """Each cue counts once however often it repeats: a rant saying "nonsense" five times is not
    five times more of a disagreement than one that says it once."""
    names = tuple(dict.fromkeys(name for name, _ in cue_matches(body)))
    score = sum(_WEIGHT[n] for n in names) - hostility_penalty(toxicity, insult)
    if score >= AGREE_AT:
        return StanceResult("agree", 1, score, names)
    if score <= DISAGREE_AT:
        return StanceResult("disagree", -1, score, names)
    return StanceResult("neutral", 0, score, names)


def stance_sign(body: str, toxicity: float | None = None, insult: float | None = None) -> int:
    return classify_stance(body, toxicity, insult).sign
