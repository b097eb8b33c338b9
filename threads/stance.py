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

# (name, weight, rules); a rule is (trigger words, pattern). A rule's pattern only runs on a body
# containing one of its trigger words as a token: one regex alternation over every cue costs ~40 us
# per comment, a token lookup ~2 us, and that difference is most of graph construction on a
# million rows. Every match of a pattern must contain one of its trigger words, and patterns start
# with a literal where possible (the regex engine then skips ahead with a fast scan).
# Where matches overlap, the earlier one wins, then the cue listed first: so negated and longer
# forms ("couldn't agree more", "don't agree", "agree 100%") come before the bare "agree".
_Rule = tuple[tuple[str, ...], str]
_CUES: tuple[tuple[str, float, tuple[_Rule, ...]], ...] = (
    ("agree_more", 1.5, ((("agree",), r"(?:couldn'?t|could not|can'?t|cannot) agree more"),)),
    ("not_agree", -1.0, ((("agree",), r"(?:don'?t|do not|can'?t|cannot|never|won'?t) agree"),)),
    ("disagree", -1.0, ((("disagree", "disagreed", "disagreement"), r"disagree(?:d|ment)?"),)),
    ("agree_strongly", 1.5, ((("agree", "agreed"),
      r"agreed?,? (?:100 ?%|100 percent|completely|entirely|totally|wholeheartedly|fully)"),)),
    ("agree_with_you", 1.5, ((("agree", "agreed"), r"agreed? with you"),)),
    # A bare "I do agree that…" often agrees with a proposition, not with the addressee.
    ("agree", 0.5, ((("agree", "agreed"), r"agreed?"),)),
    ("you_are_wrong", -1.5, ((
        ("wrong", "mistaken", "delusional", "clueless", "ignorant", "lying", "liar", "idiot",
         "fool", "troll"),
        r"you(?:'re| are) (?:so |completely |totally |dead |just |simply |clearly )?"
        r"(?:wrong|mistaken|delusional|clueless|ignorant|lying|a liar|an idiot|a fool|a troll)"),)),
    ("you_are_right", 1.5, ((("right", "correct"),
      r"you(?:'re| are) (?:so |absolutely |exactly |quite |totally |100 ?% )?(?:right|correct)"),)),
    ("well_said", 1.0, (
        (("said",), r"well said"),
        (("put",), r"well put"),
        (("spot",), r"spot on"),
        (("point",), r"(?:good|great|excellent) point"),
        (("hear",), r"hear,? hear"),
        (("thank",), r"thank you for (?:this|your|saying|pointing)"),
        (("thanks",), r"thanks for (?:this|your|saying|pointing)"),
    )),
    ("exactly", 0.75, ((("exactly.", "exactly!"), r"exactly[.!]"),)),
    ("amazes_me_how", -1.0, (
        (("amazes",), r"amazes me how"),
        (("astonishes",), r"astonishes me how"),
        (("baffles",), r"baffles me how"),
    )),
    ("out_of_touch", -0.75, ((("touch",), r"out of touch"),)),
    ("stop_complaining", -1.0, ((("stop",),
      r"stop (?:complaining|whining|crying|blaming|lying|spreading|trolling|embarrassing)"),)),
    ("based_on_what", -1.0, (
        (("based",), r"what is (?:all )?(?:this|that) based on"),
        (("based",), r"based on what"),
        (("proof", "evidence"), r"any (?:proof|evidence)"),
        (("needed",), r"citation needed"),
        (("source?",), r"source\?"),
    )),
    ("not_true", -1.0, (
        (("true",), r"that'?s not true"),
        (("true",), r"that is not true"),
        (("true",), r"not true at all"),
        (("wrong", "false", "lie"), r"that(?:'s| is) (?:wrong|false|a lie)"),
        (("equivalence", "equivalency"), r"false equivalen(?:ce|cy)"),
        (("argue",), r"counter[- ]?argue"),
    )),
    ("you_say", -0.75, ((("say",), r"you say [^.?!\n]{1,80}\?"),
                         (("claim",), r"you claim [^.?!\n]{1,80}\?"))),
    ("dismissal", -0.5, tuple(((word,), word) for word in (
        "nonsense", "rubbish", "propaganda", "fantasy", "absurd", "ridiculous", "baloney",
        "hogwash")) + ((("fairy",), r"fairy tale"),)),
    ("condescension", -0.75, (
        (("learn",), r"first learn (?:how )?to"),
        (("learn",), r"learn how to (?:write|read|spell)"),
        (("research",), r"do (?:some|your) (?:serious )?research"),
        (("straight",), r"get your facts straight"),
        (("yourself", "yourself.", "yourself!"), r"(?:keep|leave) your comments to yourself"),
        (("know", "understand"), r"you (?:clearly )?(?:don'?t|do not) (?:know|understand)"),
    )),
    ("shame_on_you", -1.5, ((("shame",), r"shame on you"), (("dare",), r"how dare you"))),
    ("you_insult", -1.5, ((("idiot", "moron", "fool", "clown", "troll", "liar", "shill",
                            "imbecile"),
                           r"you (?:idiot|moron|fool|clown|troll|liar|shill|imbecile)"),)),
    ("doubt", -0.5, ((("think", "believe"), r"i (?:don'?t|do not) (?:think|believe) (?:so|that)"),)),
)

_WEIGHT = {name: weight for name, weight, _ in _CUES}
# (cue index, compiled pattern) per rule, and trigger token -> rule indices.
_RULES: list[tuple[int, re.Pattern[str]]] = []
_TRIGGERS: dict[str, frozenset[int]] = {}
_TRAILING = ("", ".", ",", "!", "?", ";", ":", "...", "\u2026", '"', "'", ")", "\u201d", "?!", "!!")
for _cue_index, (_cue_name, _cue_weight, _rules) in enumerate(_CUES):
    for _words, _pattern in _rules:
        _rule_index = len(_RULES)
        _RULES.append((_cue_index, re.compile(_pattern)))
        for _word in _words:
            for _tail in _TRAILING:
                _key = _word + _tail
                _TRIGGERS[_key] = _TRIGGERS.get(_key, frozenset()) | {_rule_index}
_TRIGGER_KEYS = frozenset(_TRIGGERS)

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
    """(cue name, matched text) for every cue in the body, left to right, overlaps resolved."""
    text = body.lower()
    hits = _TRIGGER_KEYS.intersection(text.split())
    if not hits:
        return []
    if "\u2019" in text:  # str.translate is ~50x slower than two replaces on these lengths
        text = text.replace("\u2019", "'")
    if "\u2018" in text:
        text = text.replace("\u2018", "'")
    if len(hits) == 1:
        rules: frozenset[int] | set[int] = _TRIGGERS[next(iter(hits))]
    else:
        rules = set()
        for hit in hits:
            rules |= _TRIGGERS[hit]
    found: list[tuple[int, int, int]] = []  # (start, cue index, end)
    for rule in rules:
        cue_index, pattern = _RULES[rule]
        for m in pattern.finditer(text):
            start, end = m.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "'"):
                continue  # not at a word start: "disagree" must not also count as "agree"
            if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                continue  # not at a word end: "agreement" is not "agree"
            found.append((start, cue_index, end))
    found.sort()
    out: list[tuple[str, str]] = []
    taken_until = -1
    for start, index, end in found:
        if start < taken_until:
            continue
        taken_until = end
        out.append((_CUES[index][0], text[start:end]))
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
    """`classify_stance(...).sign` without building the result: the graph calls this a million
    times and only needs the sign."""
    names = {name for name, _ in cue_matches(body)}
    hostility = max(toxicity or 0.0, insult or 0.0)
    score = sum(_WEIGHT[n] for n in names)
    if hostility > HOSTILITY_FLOOR:
        score -= HOSTILITY_WEIGHT * (hostility - HOSTILITY_FLOOR)
    if score >= AGREE_AT:
        return 1
    if score <= DISAGREE_AT:
        return -1
    return 0
