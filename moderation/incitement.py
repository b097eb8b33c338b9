"""Incitement cues in English: the call, the act and the target inside a sentence, as explanations.

This module no longer decides anything. The incitement score the policy reads is a learned,
calibrated probability (`moderation.incitement_model`); on English comments that model flags, the
cues found here are shown to moderators as the words that make a sentence a call to violence.
`assess` still computes the cues' own strength (below), which tests use to check the cue finder;
nothing in the pipeline acts on it. What follows describes how cues are found.

Detoxify has no incitement label, and the real model gives "all past 3 presidents should be
arrested and shot" a threat of 0.01, so the signal is built from explicit cues that a moderator can
check. A sentence is incitement when a *call* (a modal "should be", an imperative "Kill …",
"let's", "rise up", "we need", ALL-CAPS shouting, a prediction the writer relishes: "X will hang,
and I will be there cheering") governs a violent or forcible *act* ("shot",
"hanged", "by force", "coup", "expel") aimed at a *target* (a named person, an office, a group or
nation, or at least a pronoun). Dehumanising comparisons of a group ("like rats", "are vermin")
count on their own. Each cue comes back as a reason with its character offsets into the text.

Work is done per sentence, so a call in one sentence never meets an act in another, and per
clause within it: an act must follow its call within a few words, with no "who/which/that/when"
in between (a relative clause may separate a target from its call), and must not be negated ("nobody should be killed"), reported ("155 soldiers were
killed"), figurative ("job-killer", "killing it"; blanked out first) or quoted in order to be
condemned ('He said "they should all be shot" — disgraceful.').

Score. Per sentence, a call+act pair is worth 0.72 with a person/office/group target, 0.62 with
only a weak target and 0.35 with none. Weak targets are pronouns and bare lowercase words in the
places a name would stand ("pashinyan should be shot", "remove pashinyan by force", "let's hang
aliyev"): most often a name typed in lowercase, so the call reaches review but not hold; +0.08 when the act is lethal, +0.05 for shouting and
+0.05 when the call governs two different acts. A dehumanising comparison of a named group is
worth 0.60 (0.55 when the group is only referred to by a pronoun). A question divides the call
part by ~3 unless it is rhetorical ("why doesn't someone …"); a quoted or reported call is worth
0.35× unless the commenter endorses it, and nothing when they condemn it. Sentences combine by
noisy-OR (1 - Π(1 - s)), capped at 0.98, and the lexical score combines with Detoxify's threat
the same way, with threat weighted by THREAT_WEIGHT:

    incitement = 1 - (1 - lexical) * (1 - THREAT_WEIGHT * threat)

so a strong call+act+target alone is above 0.5, threat alone stays below 0.5 (a threat without a
call is the `threat` label's business) and the score rises strictly with threat.

Layout: this module splits sentences, scores them and handles quotation; `incitement_cues` finds
calls, acts and targets in one sentence; a `Lexicon` holds the words (English's in `incitement_english`).

Languages: the cue words live in one `Lexicon` per language code (`moderation.lexicons`).
Another language plugs in with `lexicons.register_lexicon`; for a language without one, `assess` returns
Detoxify's threat score as it is (e.g. from the `multilingual` model) with no reasons.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from moderation.incitement_cues import (
    Cue,
    Sentence,
    Target,
    count_words,
    find_acts,
    find_calls,
    find_targets,
    in_scope,
    is_shouting,
    loud_words,
    prepare,
    target_for,
    words_before,
)
from moderation.incitement_lexicon import Lexicon
from moderation.lexicons import lexicon_for

logger = logging.getLogger(__name__)

THREAT_WEIGHT = 0.45
LEXICAL_CAP = 0.98
SENTENCE_CAP = 0.97
STRONG_TARGET = 0.72
PRONOUN_TARGET = 0.62
NO_TARGET = 0.35
LETHAL_BONUS = 0.08
SHOUTING_BONUS = 0.05
SEVERAL_ACTS_BONUS = 0.05
DEHUMANISING = 0.60
DEHUMANISING_BY_PRONOUN = 0.55
QUESTION_FACTOR = 0.3
REPORTED_FACTOR = 0.35
# Sentences either side of a quoted or reported call searched for the commenter's stance on it.
FRAMING_CONTEXT = 2
# Cue types a reason can carry.
CUES = ("call", "act", "target", "shouting", "dehumanising")


@dataclass(frozen=True)
class IncitementReason:
    cue: str  # one of CUES
    start: int  # character offsets into the assessed text: text[start:end] == self.text
    end: int
    text: str
    target: str | None  # who the call, act or comparison is aimed at, when one was found


@dataclass(frozen=True)
class IncitementResult:
    score: float
    reasons: tuple[IncitementReason, ...]


_LINE = re.compile(r"[^\r\n]+")
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("``", "``"), ("``", "''"))
_MAX_QUOTE = 600


def assess(text: str, threat: float = 0.0, *, language: str = "en", one_sentence: bool = False) -> IncitementResult:
    """Score one comment for incitement and say why.

    `threat` is Detoxify's threat score for the same text (0 when unknown). `language` picks the
    cue lexicon; without one for that language the result is the threat score alone.
    `one_sentence`: the text is a single sentence already split by the scorer; it is not split again.
    """
    threat = _check_threat(threat)
    lexicon = lexicon_for(language)
    if lexicon is None:
        _warn_no_lexicon(language)
        return IncitementResult(score=threat, reasons=())
    bounds = [_strip(text, 0, len(text))] if one_sentence else _sentence_spans(text, lexicon)
    sentences = [prepare(text, start, end, lexicon) for start, end in bounds if start < end]
    quotes = _quote_spans(text)
    remaining = 1.0
    reasons: list[IncitementReason] = []
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index > 0 else None
        # Whether a quoted call is condemned is often said a sentence or two later.
        context = sentences[max(0, index - FRAMING_CONTEXT) : index + FRAMING_CONTEXT + 1]
        score, found = _assess_sentence(text, sentence, previous, context, quotes, lexicon)
        if score > 0.0:
            remaining *= 1.0 - score
            reasons.extend(found)
    lexical = min(1.0 - remaining, LEXICAL_CAP)
    score = 1.0 - (1.0 - lexical) * (1.0 - THREAT_WEIGHT * threat)
    unique = sorted(set(reasons), key=lambda r: (r.start, r.end, CUES.index(r.cue)))
    return IncitementResult(score=min(max(score, 0.0), 1.0), reasons=tuple(unique))


def _check_threat(threat: float) -> float:
    if math.isnan(threat) or threat < -1e-6 or threat > 1.0 + 1e-6:
        raise ValueError(f"threat must be a probability in [0, 1], got {threat!r}")
    return min(max(threat, 0.0), 1.0)


@lru_cache(maxsize=32)
def _warn_no_lexicon(language: str) -> None:
    logger.warning("no incitement lexicon for language %r: using Detoxify's threat score alone", language)


# --- sentences ---------------------------------------------------------------------------------


def _sentence_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """pysbd sentences, line by line: a line break in a comment always ends a sentence.

    Lines are segmented without their indentation, which confuses pysbd's list-item rules. A fresh
    segmenter per line, because a segmenter keeps the text it works on and is not thread-safe.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = _strip(text, line.start(), line.end())
        if start >= end:
            continue
        chunk = text[start:end]
        segmenter = pysbd.Segmenter(language=lexicon.segmenter_language, clean=False, char_span=True)
        cursor = 0
        for piece in segmenter.segment(chunk):
            sent = str(piece.sent)
            s_start = int(piece.start)
            if chunk[s_start : s_start + len(sent)] != sent:
                found = chunk.find(sent, cursor)
                if found < 0:
                    continue
                s_start = found
            a, b = _strip(text, start + s_start, start + s_start + len(sent))
            if a < b and a >= start + cursor:
                spans.append((a, b))
                cursor = b - start
        if not spans or spans[-1][1] <= start:
            spans.append((start, end))  # pysbd found nothing usable on this line: keep it whole
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, curly or straight, anywhere in the comment."""
    spans: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        pos = 0
        while (a := text.find(opening, pos)) >= 0:
            b = text.find(closing, a + 1)
            if b < 0 or b - a > _MAX_QUOTE:
                pos = a + 1
                continue
            spans.append((a, b + 1))
            pos = b + 1
    straight = [m.start() for m in re.finditer('"', text)]
    for a, b in zip(straight[::2], straight[1::2], strict=False):
        if b - a <= _MAX_QUOTE:
            spans.append((a, b + 1))
    # Single quotes only where they cannot be apostrophes: after a space, before a non-letter.
    for m in re.finditer(r"(?:(?<=\s)|^)['‘]([^'‘’\n]{3,200})['’](?![A-Za-z])", text):
        spans.append((m.start(), m.end()))
    return spans


# --- one sentence ------------------------------------------------------------------------------


def _assess_sentence(
    text: str,
    sentence: Sentence,
    previous: Sentence | None,
    context: Sequence[Sentence],
    quotes: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> tuple[float, list[IncitementReason]]:
    shouting = is_shouting(sentence, lexicon)
    calls = find_calls(sentence, lexicon, shouting)
    acts = find_acts(sentence, lexicon)
    targets = find_targets(sentence, lexicon, calls)
    reasons: list[IncitementReason] = []

    call_part = 0.0
    if calls and acts:
        call_part, reasons = _call_part(text, sentence, calls, acts, targets, shouting, lexicon)
        if call_part > 0.0:
            factor = _framing(text, sentence, context, quotes, calls, lexicon)
            if sentence.text.rstrip().endswith("?") and not any(c.kind == "rhetorical" for c in calls):
                factor *= QUESTION_FACTOR
            call_part *= factor
            if call_part == 0.0:
                reasons = []

    deh_part, deh_reasons = _dehumanising(text, sentence, previous, targets, quotes, lexicon)
    if deh_part > 0.0:
        reasons.extend(deh_reasons)
    score = 1.0 - (1.0 - call_part) * (1.0 - deh_part)
    return min(score, SENTENCE_CAP), reasons


def _call_part(
    text: str,
    sentence: Sentence,
    calls: list[Cue],
    acts: list[Cue],
    targets: list[Target],
    shouting: bool,
    lexicon: Lexicon,
) -> tuple[float, list[IncitementReason]]:
    best = 0.0
    reasons: list[IncitementReason] = []
    for call in calls:
        governed = [act for act in acts if in_scope(sentence, call, act, lexicon)]
        if not governed:
            continue
        acts_done: set[str] = set()
        call_best = 0.0
        call_target: Target | None = None
        for act in governed:
            target = target_for(sentence, call, act, targets, lexicon)
            value = STRONG_TARGET if target and target.strong else PRONOUN_TARGET if target else NO_TARGET
            value += LETHAL_BONUS if act.lethal else 0.0
            if value > call_best:
                call_best, call_target = value, target
            acts_done.add(sentence.masked[act.start : act.end].lower())
            reasons.append(_reason(text, sentence, "act", act.start, act.end, target))
            if target is not None and target.kind != "implied":
                reasons.append(_reason(text, sentence, "target", target.start, target.end, target))
        if len(acts_done) > 1:
            call_best += SEVERAL_ACTS_BONUS
        loud = [] if shouting else [w for c in (call, *governed) for w in loud_words(sentence, c, lexicon)]
        if shouting or loud:
            call_best += SHOUTING_BONUS
        for start, end in loud:
            reasons.append(_reason(text, sentence, "shouting", start, end, call_target))
        cue = "shouting" if call.kind == "shouting" else "call"
        reasons.append(_reason(text, sentence, cue, call.start, call.end, call_target))
        best = max(best, call_best)
    return min(best, SENTENCE_CAP), reasons


def _reason(
    text: str, sentence: Sentence, cue: str, start: int, end: int, target: Target | None
) -> IncitementReason:
    a, b = sentence.start + start, sentence.start + end
    return IncitementReason(cue=cue, start=a, end=b, text=text[a:b], target=target.text if target else None)


# --- framing: quotation, reported speech -------------------------------------------------------


def _framing(
    text: str,
    sentence: Sentence,
    context: Sequence[Sentence],
    quotes: Sequence[tuple[int, int]],
    calls: list[Cue],
    lexicon: Lexicon,
) -> float:
    """1 for the commenter's own call; less when they quote or report someone else's."""
    first_call = min(c.start for c in calls)
    quoted = any(a <= sentence.start + first_call < b for a, b in quotes)
    reported = False
    for m in lexicon.reporting.finditer(sentence.masked, 0, first_call):
        if not any(w in lexicon.first_person for w in words_before(sentence, m.start(), 2)):
            reported = True
    if not (quoted or reported):
        return 1.0
    around = " ".join(_outside_quotes(text, s.start, s.end, quotes) for s in context)
    if lexicon.condemnation.search(around):
        return 0.0
    if lexicon.endorsement.search(around):
        return 1.0
    return REPORTED_FACTOR


def _outside_quotes(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for a, b in quotes:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


# --- dehumanising comparisons ------------------------------------------------------------------


def _dehumanising(
    text: str,
    sentence: Sentence,
    previous: Sentence | None,
    targets: list[Target],
    quotes: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> tuple[float, list[IncitementReason]]:
    best = 0.0
    reasons: list[IncitementReason] = []
    groups = [t for t in targets if t.kind == "group"]
    for kind, pattern in lexicon.dehumanising:
        for m in pattern.finditer(sentence.masked):
            if any(a <= sentence.start + m.start() < b for a, b in quotes):
                continue  # a quoted slur is reported, not made
            group: Target | None = None
            value = DEHUMANISING
            if kind == "compound":
                group = Target("group", m.start(), m.end(), sentence.text[m.start() : m.end()])
            elif kind == "copula":
                group = next(
                    (
                        g
                        for g in groups
                        if g.end <= m.start() and count_words(sentence, g.end, m.start()) <= 4
                    ),
                    None,
                )
            else:
                group = min(groups, key=lambda g: abs(g.start - m.start()), default=None)
            if group is None and kind in ("copula", "simile") and previous is not None:
                pronoun = any(
                    t.kind == "pronoun"
                    and t.end <= m.start()
                    and count_words(sentence, t.end, m.start()) <= 4
                    for t in targets
                )
                earlier = [t for t in find_targets(previous, lexicon) if t.kind == "group"]
                if pronoun and earlier:
                    value = DEHUMANISING_BY_PRONOUN
                    reasons.append(
                        _reason(text, previous, "target", earlier[-1].start, earlier[-1].end, earlier[-1])
                    )
                    group = earlier[-1]
            if group is None:
                continue
            best = max(best, value)
            reasons.append(_reason(text, sentence, "dehumanising", m.start(), m.end(), group))
            if kind != "compound" and value == DEHUMANISING:
                reasons.append(_reason(text, sentence, "target", group.start, group.end, group))
    return best, reasons
