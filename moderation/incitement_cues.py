"""Finding the cues of incitement in one sentence: calls, acts, targets and how they connect.

`moderation.incitement` scores what this module finds. Everything here works on a `Sentence`
whose figurative idioms are already blanked out, with offsets relative to the sentence, and takes
its words from a `Lexicon`, so the same machinery serves every language that has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from moderation.incitement_lexicon import Lexicon

# How far an act may stand from the call that governs it, in words.
SCOPE_AFTER = 14
SCOPE_BEFORE = 6

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:\s+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){0,3}")
_CLAUSE_START = re.compile(r"[;:!—–(]\s*|\s-\s+")
_CLAUSE_PUNCT = re.compile(r"[,;:—–(]")
# Blanks out figurative idioms: neither a word nor a space, so no pattern can match across it.
_BLANK = "\u00a6"


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int  # offsets relative to the sentence
    end: int
    lethal: bool = False
    nominal: bool = False
    base: bool = False  # a base verb form ("shoot"), which takes its target as object
    participle: bool = False


@dataclass(frozen=True)
class Target:
    kind: str  # person, office, group, pronoun, implied
    start: int
    end: int
    text: str

    @property
    def strong(self) -> bool:
        """Named people, offices and groups are strong; pronouns and bare lowercase words are not."""
        return self.kind not in ("pronoun", "subject", "object")


@dataclass
class Sentence:
    start: int  # absolute offsets of the sentence in the text
    end: int
    text: str
    masked: str  # the text with figurative idioms blanked, same length
    words: list[tuple[int, int, str]]


def prepare(text: str, start: int, end: int, lexicon: Lexicon) -> Sentence:
    raw = text[start:end]
    masked = raw
    for pattern in lexicon.figurative:
        masked = pattern.sub(lambda m: _BLANK * len(m.group(0)), masked)
    words = [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in _WORD.finditer(masked)]
    return Sentence(start=start, end=end, text=raw, masked=masked, words=words)


def is_shouting(sentence: Sentence, lexicon: Lexicon) -> bool:
    letters = [ch for ch in sentence.text if ch.isalpha()]
    if len(letters) < 12:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper / len(letters) >= 0.7


def loud_words(sentence: Sentence, cue: Cue, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Words of a call or act written in capitals ("REMOVE"), acronyms aside."""
    return [
        (m.start(), m.end())
        for m in _WORD.finditer(sentence.text, cue.start, cue.end)
        if len(m.group(0)) >= 3 and m.group(0).isupper() and m.group(0) not in lexicon.acronyms
    ]


@lru_cache(maxsize=8)
def _imperative_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    """A verb opening a clause, after list markers, a vocative or "please": "1. REMOVE", "Kill"."""
    prefix = lexicon.imperative_prefix.pattern
    return tuple(re.compile(prefix + r"(?P<verb>" + verb + r")", re.IGNORECASE) for verb in _imperative_verbs(lexicon))


def _imperative_verbs(lexicon: Lexicon) -> list[str]:
    """Patterns of the verbs that can open a command: the non-violent calls and the imperative acts."""
    return [lexicon.imperative_calls.pattern, *(act.pattern.pattern for act in lexicon.acts if act.imperative)]


def find_calls(sentence: Sentence, lexicon: Lexicon, shouting: bool) -> list[Cue]:
    masked = sentence.masked
    calls: list[Cue] = []
    for kind, pattern in lexicon.calls:
        calls.extend(Cue(kind, m.start(), m.end()) for m in pattern.finditer(masked))
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(masked))]
    for start in starts:
        while start < len(masked) and masked[start].isspace():
            start += 1
        for pattern in _imperative_patterns(lexicon):
            m = pattern.match(masked, start)
            if m:
                calls.append(Cue("imperative", m.start("verb"), m.end("verb")))
    if lexicon.prediction is not None and lexicon.glee is not None and lexicon.glee.search(masked):
        calls.extend(Cue("prediction", m.start(), m.end()) for m in lexicon.prediction.finditer(masked))
    if shouting:
        calls.append(Cue("shouting", 0, len(sentence.text)))
    return calls


def find_acts(sentence: Sentence, lexicon: Lexicon) -> list[Cue]:
    found: list[Cue] = []
    for act in lexicon.acts:
        for m in act.pattern.finditer(sentence.masked):
            cue = Cue(
                act.name,
                m.start(),
                m.end(),
                act.lethal,
                act.nominal,
                base=act.imperative,
                participle=act.participle,
            )
            if act.nominal or not _reported(sentence, cue, lexicon):
                found.append(cue)
    # Keep the longest of overlapping matches ("burn down" over "burn").
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept


def _reported(sentence: Sentence, act: Cue, lexicon: Lexicon) -> bool:
    """True when the act is told, not called for: "were killed", "who shot", "had been hanged"."""
    words = words_before(sentence, act.start, 6)
    if act.participle and words and words[-1] in lexicon.determiners:
        return True
    for i in range(len(words) - 1, max(len(words) - 4, -1), -1):
        word = words[i]
        if word in lexicon.governing_aux or word in lexicon.modals:
            return False
        if word in lexicon.reported_aux:
            # "should have been shot" wishes it had happened: a call, not a report.
            wished = (
                word == "been"
                and i >= 2
                and words[i - 1] in ("have", "'ve")
                and words[i - 2] in lexicon.modals
            )
            return not wished
    return False


def find_targets(sentence: Sentence, lexicon: Lexicon, calls: Sequence[Cue] = ()) -> list[Target]:
    """People, offices and groups the sentence names; `calls` lets an imperative's bare object count."""
    found: list[Target] = []
    for kind, pattern in lexicon.targets:
        for m in pattern.finditer(sentence.masked):
            if m.end() > m.start() and not _overlaps(found, m.start(), m.end()):
                found.append(Target(kind, m.start(), m.end(), sentence.text[m.start() : m.end()].strip()))
    for m in _NAME.finditer(sentence.masked):
        words = [(w.start(), w.end()) for w in _WORD.finditer(m.group(0))]
        names = [
            (m.start() + a, m.start() + b)
            for a, b in words
            if m.group(0)[a:b].lower() not in lexicon.not_names
        ]
        if not names:
            continue
        a, b = names[0][0], names[-1][1]
        if not _overlaps(found, a, b):
            found.append(Target("person", a, b, sentence.text[a:b]))
    for m in _BARE_SUBJECT.finditer(sentence.masked):
        word = m.group("word")
        lowered = word.lower()
        before = _WORD.findall(sentence.masked[: m.start()].lower())[-1:]
        if (
            lowered in lexicon.not_names
            or lowered in _NOT_SUBJECTS
            or lowered.endswith("s")  # "bills should be killed": bare plurals are things more than people
            or (before and before[0] in _DETERMINERS)  # "the project must be killed": a common noun
            or _overlaps(found, m.start("word"), m.end("word"))
        ):
            continue
        found.append(Target("subject", m.start("word"), m.end("word"), word))
    for call in calls:
        end = call.end
        if call.kind in ("modal", "let"):  # "we must remove pashinyan", "let's hang aliyev"
            verb = _verb_after_modal(lexicon).match(sentence.masked, call.end)
            if verb is None:
                continue
            end = verb.end()
        elif call.kind != "imperative":
            continue
        target = _bare_object(sentence, end, lexicon, found)
        if target is not None:
            found.append(target)
    return found


@lru_cache(maxsize=8)
def _verb_after_modal(lexicon: Lexicon) -> re.Pattern[str]:
    verbs = "|".join(_imperative_verbs(lexicon))
    return re.compile(r"\s+(?:just\s+|simply\s+|finally\s+)?(?:" + verbs + ")", re.IGNORECASE)


def _bare_object(sentence: Sentence, verb_end: int, lexicon: Lexicon, found: list[Target]) -> Target | None:
    """The lowercase word right after an imperative ("remove pashinyan ... by force", "hang aliyev"),
    as a weak target: a name typed in lowercase, most often. Common nouns after a determiner, bare
    plurals ("remove tariffs") and idiomatic objects ("kill time", "shoot pool") are not."""
    m = _NEXT_WORD.match(sentence.masked, verb_end)
    if m is None:
        return None
    word = m.group("word")
    lowered = word.lower()
    if (
        lowered in lexicon.not_names
        or lowered in lexicon.idiom_objects  # "kill time", "shoot pool", "burn alive"
        or lowered in _NOT_SUBJECTS
        or lowered in _DETERMINERS
        or lowered.endswith("s")
        or lowered.endswith(lexicon.abstract_suffixes)  # "kill inflation", "wipe out corruption"
        or _overlaps(found, m.start("word"), m.end("word"))
    ):
        return None
    return Target("object", m.start("word"), m.end("word"), word)


# Names typed in lowercase ("pashinyan should be arrested and shot") escape the capitalised-name
# pattern. A bare word right before a modal passive is most often whom the sentence is about; it
# counts as a weak target (like a pronoun), so such a call goes to review, not straight to hold.
_BARE_SUBJECT = re.compile(
    r"(?<![\w'’-])(?P<word>[a-z][a-z'’-]{2,})\s+"
    r"(?=(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|deserves?\s+to)\s+(?:be|get)\b)"
)
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z][a-z'’-]{2,})(?![\w'’-])")
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
        "some", "any", "every", "each", "no", "such", "which", "what", "whose", "another", "other", "same",
        "whole"
    }
)
_NOT_SUBJECTS = frozenset(
    {
        "it", "this", "that", "there", "here", "what", "which", "who", "whom", "everything", "nothing",
        "something", "anything", "one", "also", "really", "just", "simply", "finally", "never", "still", "all",
        "both", "only", "then", "now", "why", "how", "and", "but", "or", "nor", "yet", "so", "instead",
        "rather", "too", "else", "more", "less", "much", "very", "even", "already", "actually", "probably",
        "certainly", "definitely", "surely"
    }
)


def _overlaps(targets: Iterable[Target], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in targets)


def target_for(
    sentence: Sentence, call: Cue, act: Cue, targets: list[Target], lexicon: Lexicon
) -> Target | None:
    """Whom the act is aimed at: a person, office or group over a pronoun, then the nearest.

    An active verb ("shoot the prime minister") takes its object; when it has an object that is no
    target ("burn this article") there is none, and the subject is the one acting, not the target.
    """

    def rank(t: Target) -> tuple[int, int]:
        gaps = [
            abs(t.start - act.end),
            abs(act.start - t.end),
            abs(t.start - call.end),
            abs(call.start - t.end),
        ]
        return (0 if t.strong else 1, min(gaps))

    candidates = [t for t in targets if _same_clause(sentence, call, act, t, lexicon)]
    if act.base:
        objects = [t for t in candidates if t.start >= act.start and _is_object(sentence, act, t, lexicon)]
        if objects:
            return min(objects, key=rank)
        if _has_object(sentence, act, lexicon):
            candidates = []
    if act.kind == "overthrow":
        # A coup is aimed at whoever holds power unless the comment says against whom.
        near = [t for t in candidates if t.strong and _word_gap(sentence, t, act) <= SCOPE_BEFORE]
        if act.nominal:
            near = [
                t
                for t in near
                if t.start > act.end and "against" in _words_between(sentence, act.end, t.start)
            ]
        if not near:
            return Target("implied", act.start, act.end, "the government (implied)")
        candidates = near
    return min(candidates, key=rank) if candidates else None


# A relative clause may stand between a subject and its call: "the journalists who lie ... should be shot".
_RELATIVE = frozenset({"who", "which", "whom", "whose", "that"})


def _same_clause(sentence: Sentence, call: Cue, act: Cue, target: Target, lexicon: Lexicon) -> bool:
    """False for a target in another clause: "shot in 2020 when they surrendered Shushi"."""
    first, last = min(call.start, act.start), max(call.end, act.end)
    if target.start >= last:
        between = _words_between(sentence, last, target.start)
        return not any(w in lexicon.scope_breakers for w in between)
    if target.end <= first:
        between = _words_between(sentence, target.end, first)
        return not any(w in lexicon.scope_breakers and w not in _RELATIVE for w in between)
    return True


def _is_object(sentence: Sentence, act: Cue, target: Target, lexicon: Lexicon) -> bool:
    """The target follows the verb as its object: a few words on, in the same clause, not a place."""
    if target.start < act.end:
        return True  # inside the act: "kick the Russians out"
    between = _words_between(sentence, act.end, target.start)
    if len(between) > SCOPE_BEFORE or _CLAUSE_PUNCT.search(sentence.masked, act.end, target.start):
        return False
    return not any(w in lexicon.locatives for w in between)


def _words_between(sentence: Sentence, start: int, end: int) -> list[str]:
    return [w for a, b, w in sentence.words if a >= start and b <= end]


def _has_object(sentence: Sentence, act: Cue, lexicon: Lexicon) -> bool:
    rest = sentence.masked[act.end :]
    if not rest.strip() or rest.lstrip()[0] in ",;:.!?—–)":
        return False
    following = next((w for a, _, w in sentence.words if a >= act.end), None)
    return following is not None and following not in lexicon.not_objects


def _word_gap(sentence: Sentence, target: Target, act: Cue) -> int:
    a, b = (target.end, act.start) if target.end <= act.start else (act.end, target.start)
    return count_words(sentence, a, b)


def in_scope(sentence: Sentence, call: Cue, act: Cue, lexicon: Lexicon) -> bool:
    if call.kind == "shouting":
        return not _negated(sentence, 0, act.start, act.start, lexicon)
    if act.start < call.end and call.start < act.end:  # the imperative verb is the act
        return not _negated(sentence, call.start, call.end, call.end, lexicon)
    if act.start >= call.end:
        between = [w for a, b, w in sentence.words if a >= call.end and b <= act.start]
        if len(between) > SCOPE_AFTER or any(w in lexicon.scope_breakers for w in between):
            return False
        return not _negated(sentence, call.start, call.end, act.start, lexicon)
    if act.nominal and act.end <= call.start and count_words(sentence, act.end, call.start) <= SCOPE_BEFORE:
        return not _negated(sentence, act.start, act.end, act.end, lexicon)
    return False


def _negated(sentence: Sentence, start: int, end: int, act_start: int, lexicon: Lexicon) -> bool:
    """Negation in the clause just before the call, or between the call and its act."""
    clause_start = 0
    for m in _CLAUSE_PUNCT.finditer(sentence.masked, 0, start):
        clause_start = m.end()
    window = [(a, w) for a, b, w in sentence.words if a >= clause_start and b <= start][-5:]
    window += [(a, w) for a, b, w in sentence.words if a >= end and b <= act_start]
    words = [w for _, _, w in sentence.words]
    for pos, word in window:
        if not (word in lexicon.negators or word.endswith("n't")):
            continue
        index = next(i for i, (a, _, _) in enumerate(sentence.words) if a == pos)
        following = words[index + 1] if index + 1 < len(words) else ""
        if (word, following) not in lexicon.negation_exceptions:
            return True
    return False


def words_before(sentence: Sentence, pos: int, count: int) -> list[str]:
    return [w for a, b, w in sentence.words if b <= pos][-count:]


def count_words(sentence: Sentence, start: int, end: int) -> int:
    return sum(1 for a, b, _ in sentence.words if a >= start and b <= end)
