"""What a language gives the incitement detector: one `Lexicon` of cue patterns and word lists.

The detector in `moderation.incitement` is language-neutral machinery (sentences, scopes, spans,
scoring); everything that is a word of a particular language lives in a `Lexicon`
(`incitement_english` holds English's). Another language plugs in by building one and calling
`lexicons.register_lexicon`; until one exists, `assess(..., language="hy")` falls back to
Detoxify's threat score alone (the `multilingual` Detoxify model scores threat in every language
it knows), with no lexical reasons.

Patterns are regular expressions matched case-insensitively on one sentence at a time, after the
figurative idioms in `figurative` have been blanked out. Keep them narrow: every entry is a
precision/recall trade-off measured by tests/moderation/data/incitement_sentences.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FLAGS = re.IGNORECASE


def alt(words: tuple[str, ...]) -> str:
    """One regular-expression group matching any of ``words``."""
    return "(?:" + "|".join(words) + ")"


@dataclass(frozen=True)
class ActPattern:
    """A violent or forcible act.

    `lethal` acts (kill, shoot, hang) weigh more than forcible ones (expel, by force, coup).
    `imperative` marks base verb forms that are a call on their own at the start of a clause
    ("Kill them all"). `nominal` acts (coup, firing squad) may stand before the call that governs
    them ("A coup is what we need").
    """

    name: str
    pattern: re.Pattern[str]
    lethal: bool = False
    imperative: bool = False
    nominal: bool = False
    # Past participles: "the killed soldiers" is a description, not an act called for.
    participle: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    # Language code pysbd segments this language with.
    segmenter_language: str
    # (kind, pattern): modal, exhortation, let, rhetorical, wish. A call only counts with an act in scope.
    calls: tuple[tuple[str, re.Pattern[str]], ...]
    # Non-violent verbs that are a call when they open a clause ("REMOVE X ... by force",
    # "Send the army in and shoot ...").
    imperative_calls: re.Pattern[str]
    # What may precede a clause-opening imperative: list markers, vocatives, "please", "now".
    imperative_prefix: re.Pattern[str]
    acts: tuple[ActPattern, ...]
    figurative: tuple[re.Pattern[str], ...]
    # (kind, pattern): person, office, group, pronoun.
    targets: tuple[tuple[str, re.Pattern[str]], ...]
    # Title-case words that are not names when they open a sentence or stand alone.
    not_names: frozenset[str]
    # (kind, pattern): simile, copula, collective, compound; see _DEHUMANISING.
    dehumanising: tuple[tuple[str, re.Pattern[str]], ...]
    # Words after a transitive act that show it has no object ("must die for his crimes"), so the
    # target may be its subject.
    not_objects: frozenset[str]
    locatives: frozenset[str]
    # Words before an act participle that make it a report ("were killed") rather than a call.
    reported_aux: frozenset[str]
    governing_aux: frozenset[str]
    determiners: frozenset[str]
    modals: frozenset[str]
    negators: frozenset[str]
    # Word pairs that look like negation but are not ("not only", "no mercy").
    negation_exceptions: frozenset[tuple[str, str]]
    # Words that end the scope of a call: what follows is another clause.
    scope_breakers: frozenset[str]
    reporting: re.Pattern[str]
    first_person: frozenset[str]
    condemnation: re.Pattern[str]
    endorsement: re.Pattern[str]
    # Upper-case words that are not shouting.
    acronyms: frozenset[str] = field(default_factory=frozenset)
    # A prediction ("X will hang") is a call only when the sentence relishes it ("and I will be
    # there cheering"); without such glee it is a forecast or a report.
    prediction: re.Pattern[str] | None = None
    glee: re.Pattern[str] | None = None
    # Words after a command that are nobody: idioms, particles, reflexives ("kill time", "shoot pool",
    # "burn forever") and abstract-noun endings ("kill inflation"). A bare lowercase word there is
    # otherwise taken for a name typed in lowercase.
    idiom_objects: frozenset[str] = field(default_factory=frozenset)
    abstract_suffixes: tuple[str, ...] = ()


def compiled(pattern: str) -> re.Pattern[str]:
    """A lexicon's pattern, compiled as every one is matched: case-insensitively."""
    return re.compile(pattern, FLAGS)


def words(text: str) -> frozenset[str]:
    """A word list written as one string, blank-separated."""
    return frozenset(text.split())
