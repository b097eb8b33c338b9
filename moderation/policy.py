"""The moderation policy: from label scores to a decision (approve, review, hold, remove) and a priority.

Rules are data, not code, so a newsroom can tune them without a release: each names one label
(any Detoxify label, `incitement`, or `*` for the highest of all scores), a score range and an
action. Every matching rule is recorded; the most severe action wins (remove > hold > review >
approve), and among rules with that action the highest priority. An approve rule therefore never
overrides a hazard another rule found. The last rule, `default-approve`, matches everything, so
every decision names the rule that fired.

Auto-remove acts without a human, so the default remove rules ship disabled: a rules file has to
switch them on by name. Rules files (TOML or JSON) extend or override the defaults by rule name:

    [[rules]]
    name = "incitement-remove"      # a default rule: only the fields given change
    enabled = true

    [[rules]]
    name = "insult-hold"            # a new rule: label, min_score and action are required
    label = "insult"
    min_score = 0.9
    action = "hold"
    priority = 55

    [[rules]]
    name = "insult-review"
    span_min_score = 0.8            # one sentence alone must score 0.8; the whole comment still 0.5

`replace_defaults = true` at the top level starts from no rules instead. Scores are compared with
`min_score <= score < max_score`.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# Least to most severe.
ACTIONS = ("approve", "review", "hold", "remove")
_SEVERITY = {action: rank for rank, action in enumerate(ACTIONS)}
# The label of a rule that looks at the highest score of any label.
ANY_LABEL = "*"
DETOXIFY_LABELS = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
    "sexual_explicit",
)
# The `unbiased` models also score mentions of identities; rules may use them too.
IDENTITY_LABELS = (
    "male",
    "female",
    "homosexual_gay_or_lesbian",
    "christian",
    "jewish",
    "muslim",
    "black",
    "white",
    "psychiatric_or_mental_illness",
)
KNOWN_LABELS = frozenset((*DETOXIFY_LABELS, *IDENTITY_LABELS, "incitement"))
DEFAULT_APPROVE_NAME = "default-approve"


class RulesError(ValueError):
    """A rule or rules file that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    name: str
    label: str
    min_score: float
    max_score: float | None = None
    action: str = "review"
    priority: int = 0
    enabled: bool = True
    # A sentence or window alone must reach this to fire the rule; the whole comment still fires it
    # at min_score. Sentences out of context over-score (a quoted slur, an identity term), so a
    # newsroom that wants fewer such alarms raises this instead of min_score, keeping recall on
    # whole comments. None: spans count like the whole comment.
    span_min_score: float | None = None

    def __post_init__(self) -> None:
        problem = _rule_problem(self)
        if problem:
            raise RulesError(f"rule {self.name!r}: {problem}")

    def score(self, scores: Mapping[str, float]) -> float | None:
        """The score this rule looks at, or None when the scores lack its label."""
        if self.label == ANY_LABEL:
            present = [v for v in scores.values() if not math.isnan(v)]
            return max(present, default=0.0)
        value = scores.get(self.label)
        if value is None or math.isnan(value):
            return None
        return value

    def matches(self, scores: Mapping[str, float], whole: Mapping[str, float] | None = None) -> bool:
        """`scores` are the comment's (max over whole and spans); `whole` the whole comment's alone,
        when known, for `span_min_score`."""
        if not self.enabled:
            return False
        value = self.score(scores)
        if value is None:
            return False
        if value < self.min_score or (self.max_score is not None and value >= self.max_score):
            return False
        if self.span_min_score is None or whole is None or value >= self.span_min_score:
            return True
        whole_value = self.score(whole)
        # A label the whole-comment scores lack (incitement) cannot be split: the combined score stands.
        return whole_value is None or whole_value >= self.min_score


def _rule_problem(rule: Rule) -> str | None:
    if not isinstance(rule.name, str) or not rule.name.strip():
        return "name must be a non-empty string"
    if not isinstance(rule.label, str) or not rule.label:
        return "label must be a non-empty string"
    if rule.action not in _SEVERITY:
        return f"unknown action {rule.action!r} (expected one of: {', '.join(ACTIONS)})"
    for field_name in ("min_score", "max_score", "span_min_score"):
        value = getattr(rule, field_name)
        if value is None and field_name != "min_score":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            return f"{field_name} must be a number, got {value!r}"
        if not 0.0 <= value <= 1.0:
            return f"{field_name} must be between 0 and 1, got {value!r}"
    if rule.max_score is not None and rule.min_score > rule.max_score:
        return f"min_score {rule.min_score} is greater than max_score {rule.max_score}"
    if rule.span_min_score is not None and rule.span_min_score < rule.min_score:
        return f"span_min_score {rule.span_min_score} is below min_score {rule.min_score}"
    if isinstance(rule.priority, bool) or not isinstance(rule.priority, int):
        return f"priority must be an integer, got {rule.priority!r}"
    if not isinstance(rule.enabled, bool):
        return f"enabled must be true or false, got {rule.enabled!r}"
    return None


@dataclass(frozen=True)
class Decision:
    action: str
    priority: int
    rule: str | None  # the rule that fired
    matched: tuple[str, ...]  # every rule that matched, most severe first

    @property
    def hidden(self) -> bool:
        """Held or removed comments are not shown until a moderator says otherwise."""
        return self.action in ("hold", "remove")

    @property
    def needs_review(self) -> bool:
        return self.action in ("review", "hold")


DEFAULT_APPROVE = Rule(DEFAULT_APPROVE_NAME, ANY_LABEL, 0.0, action="approve", priority=0)
LANGUAGE_RULE_NAME = "language-not-covered"
INCOMPLETE_RULE_NAME = "not-fully-scored"
# The incitement model's description, written by `flask model train-incitement`; read here with the
# json module alone so that policies load without numpy or the model.
SHIPPED_INCITEMENT_MODEL = Path(__file__).resolve().parent / "data" / "incitement_model.json"


def learned_incitement_thresholds(path: str | os.PathLike[str] | None = None) -> dict[str, float]:
    """The incitement model's review and hold thresholds, as its training run chose them on held-out
    predictions (see moderation.incitement_training); the policy never sets them by hand."""
    source = Path(path or os.environ.get("THREADWATCH_INCITEMENT_MODEL") or SHIPPED_INCITEMENT_MODEL)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        thresholds = {str(k): float(v) for k, v in data["thresholds"].items()}
        review, hold = thresholds["review"], thresholds["hold"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RulesError(
            f"{source}: cannot read the incitement model's thresholds ({exc}); run `flask model train-incitement`"
        ) from exc
    if not 0.0 <= review <= hold <= 1.0:
        raise RulesError(f"{source}: thresholds must satisfy 0 <= review <= hold <= 1, got {thresholds}")
    return {"review": review, "hold": hold}

# Priorities order the review queue: incitement and threat first, then identity attacks and severe
# toxicity, insults, general toxicity, and obscenity last.
def default_rules(incitement: Mapping[str, float] | None = None) -> tuple[Rule, ...]:
    """The default rules; the incitement thresholds come from the incitement model's training run."""
    learned = dict(incitement) if incitement is not None else learned_incitement_thresholds()
    return (
        Rule("incitement-remove", "incitement", max(0.95, learned["hold"]), action="remove", priority=100,
             enabled=False),
        Rule("threat-remove", "threat", 0.95, action="remove", priority=95, enabled=False),
        Rule("incitement-hold", "incitement", learned["hold"], action="hold", priority=100),
        Rule("threat-hold", "threat", 0.8, action="hold", priority=95),
        Rule("severe-toxicity-hold", "severe_toxicity", 0.6, action="hold", priority=80),
        Rule("incitement-review", "incitement", learned["review"], action="review", priority=90),
        *_TOXICITY_RULES,
    )


_TOXICITY_RULES: tuple[Rule, ...] = (
    Rule("threat-review", "threat", 0.5, action="review", priority=85),
    Rule("identity-attack-review", "identity_attack", 0.5, action="review", priority=70),
    Rule("severe-toxicity-review", "severe_toxicity", 0.3, action="review", priority=60),
    Rule("insult-review", "insult", 0.5, action="review", priority=50),
    # Generic toxicity from one sentence alone must be clearer than from a whole comment: on the
    # Wikipedia test set this halves false alarms (118 -> 59) for recall 0.92 -> 0.87. The specific
    # labels (threat, identity attack, insult, ...) still fire on a single sentence at their thresholds.
    Rule("toxicity-review", "toxicity", 0.7, action="review", priority=40, span_min_score=0.9),
    Rule("sexual-explicit-review", "sexual_explicit", 0.5, action="review", priority=35),
    Rule("obscene-review", "obscene", 0.5, action="review", priority=30),
    DEFAULT_APPROVE,
)
DEFAULT_RULES: tuple[Rule, ...] = default_rules()


class Policy:
    """An ordered set of rules; always ends in a catch-all approve rule.

    `languages` says what happens to a comment in a language that no model covers (the key
    `default`, "review" unless set) or in one language in particular (`{"hy": "hold"}`): the rule
    `language-not-covered` fires with that action, alongside whatever the label rules found.
    """

    def __init__(self, rules: Iterable[Rule], languages: Mapping[str, str] | None = None) -> None:
        self.languages: dict[str, str] = {"default": "review", **(languages or {})}
        for key, action in self.languages.items():
            if action not in _SEVERITY:
                raise RulesError(f"languages.{key}: unknown action {action!r} (expected one of: {', '.join(ACTIONS)})")
        ordered = list(rules)
        seen: set[str] = set()
        for rule in ordered:
            if rule.name in seen:
                raise RulesError(f"rule {rule.name!r}: defined twice")
            seen.add(rule.name)
        if DEFAULT_APPROVE_NAME not in seen:
            ordered.append(DEFAULT_APPROVE)
        self.rules: tuple[Rule, ...] = tuple(ordered)

    def language_rule(self, language: str | None) -> Rule:
        """The rule that fires for a comment in `language` when no model covers it."""
        action = self.languages.get(language or "", self.languages["default"])
        return Rule(LANGUAGE_RULE_NAME, ANY_LABEL, 0.0, action=action, priority=20)

    def decide(self, scores: Mapping[str, float], whole: Mapping[str, float] | None = None, *,
               language: str | None = None, covered: bool = True, complete: bool = True) -> Decision:
        """The decision for a comment's scores; `whole` (its whole-comment scores) lets rules with a
        `span_min_score` tell span-driven scores apart. `covered=False` says no model reads the
        comment's `language`, which adds the language rule; `complete=False` says only the start of
        an over-long comment was scored, which sends it to review (`not-fully-scored`)."""
        matched = [(index, rule) for index, rule in enumerate(self.rules) if rule.matches(scores, whole)]
        if not covered:
            matched.append((len(self.rules), self.language_rule(language)))
        if not complete:
            matched.append((len(self.rules) + 1, Rule(INCOMPLETE_RULE_NAME, ANY_LABEL, 0.0, action="review",
                                                      priority=20)))
        matched.sort(key=lambda item: (-_SEVERITY[item[1].action], -item[1].priority, item[0]))
        if not matched:
            # Only possible when a rules file narrowed or disabled default-approve.
            logger.warning("no moderation rule matched scores %s; approving", dict(scores))
            return Decision(action="approve", priority=0, rule=None, matched=())
        top = matched[0][1]
        return Decision(
            action=top.action,
            priority=top.priority,
            rule=top.name,
            matched=tuple(rule.name for _, rule in matched),
        )

    def thresholds(self) -> dict[str, float]:
        """Per label, the lowest score at which an enabled rule takes a comment out of auto-approve."""
        found: dict[str, float] = {}
        for rule in self.rules:
            if rule.enabled and rule.action != "approve" and rule.label != ANY_LABEL:
                found[rule.label] = min(found.get(rule.label, rule.min_score), rule.min_score)
        return found

    def rule(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)

    def __repr__(self) -> str:
        enabled = sum(1 for rule in self.rules if rule.enabled)
        return f"Policy({len(self.rules)} rules, {enabled} enabled)"


def default_policy(incitement: Mapping[str, float] | None = None) -> Policy:
    return Policy(default_rules(incitement))


# --- rules files -------------------------------------------------------------------------------

_FIELDS = tuple(f.name for f in fields(Rule))
_REQUIRED_FOR_NEW = ("label", "min_score", "action")
_TOP_LEVEL = ("rules", "replace_defaults", "languages")


def load_rules(path: str | os.PathLike[str], *, extra_labels: Iterable[str] = (),
               incitement: Mapping[str, float] | None = None) -> Policy:
    """Read a TOML or JSON rules file on top of the defaults; see the module docstring.

    `extra_labels` names labels a custom checkpoint scores beyond Detoxify's own, so rules may use
    them; any other unknown label is an error (it is almost always a typo that would never match).
    """
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise RulesError(f"{source}: cannot read rules file: {exc.strerror or exc}") from exc
    suffix = source.suffix.lower()
    try:
        if suffix == ".toml":
            data: Any = tomllib.loads(raw.decode("utf-8"))
        elif suffix == ".json":
            data = json.loads(raw.decode("utf-8"))
        else:
            raise RulesError(f"{source}: unsupported rules file type {suffix!r} (use .toml or .json)")
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{source}: not valid {suffix[1:].upper()}: {exc}") from exc
    if isinstance(data, list):
        data = {"rules": data}
    return rules_from_data(data, source=str(source), extra_labels=extra_labels, incitement=incitement)


def rules_from_data(
    data: Mapping[str, Any], *, source: str = "rules", extra_labels: Iterable[str] = (),
    incitement: Mapping[str, float] | None = None,
) -> Policy:
    """Build a policy from already-parsed rules data (a rules file, or application config)."""
    if not isinstance(data, Mapping):
        raise RulesError(f"{source}: expected a table with a 'rules' list")
    unknown = sorted(set(data) - set(_TOP_LEVEL))
    if unknown:
        raise RulesError(
            f"{source}: unknown top-level key {unknown[0]!r} (expected: {', '.join(_TOP_LEVEL)})"
        )
    replace_defaults = data.get("replace_defaults", False)
    if not isinstance(replace_defaults, bool):
        raise RulesError(f"{source}: replace_defaults must be true or false")
    entries = data.get("rules", [])
    if not isinstance(entries, list):
        raise RulesError(f"{source}: 'rules' must be a list of rules")
    labels = KNOWN_LABELS | frozenset(extra_labels) | {ANY_LABEL}
    languages = data.get("languages", {})
    if not isinstance(languages, Mapping) or not all(isinstance(v, str) for v in languages.values()):
        raise RulesError(f"{source}: 'languages' must map a language code (or 'default') to an action")
    defaults = default_rules(incitement)
    rules: dict[str, Rule] = {} if replace_defaults else {rule.name: rule for rule in defaults}
    named_here: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        rule = _rule_from_entry(entry, position, rules, source)
        if rule.name in named_here:
            raise RulesError(f"{source}: rule {rule.name!r}: defined twice")
        named_here.add(rule.name)
        if rule.label not in labels:
            raise RulesError(
                f"{source}: rule {rule.name!r}: unknown label {rule.label!r} "
                f"(expected one of: {', '.join(sorted(labels))})"
            )
        rules[rule.name] = rule
    return Policy(rules.values(), languages={str(k): v for k, v in languages.items()})


def _rule_from_entry(entry: Any, position: int, existing: Mapping[str, Rule], source: str) -> Rule:
    if not isinstance(entry, Mapping):
        raise RulesError(f"{source}: rule #{position}: expected a table of fields, got {entry!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RulesError(f"{source}: rule #{position}: missing required field 'name'")
    where = f"{source}: rule {name!r}"
    unknown = sorted(set(entry) - set(_FIELDS))
    if unknown:
        raise RulesError(f"{where}: unknown field {unknown[0]!r} (expected: {', '.join(_FIELDS)})")
    values = {key: value for key, value in entry.items() if key != "name"}
    try:
        if name in existing:
            return replace(existing[name], **values)
        missing = [key for key in _REQUIRED_FOR_NEW if key not in values]
        if missing:
            raise RulesError(f"{where}: missing required field {missing[0]!r}")
        return Rule(name=name, **values)
    except RulesError as exc:
        raise RulesError(f"{source}: {exc}") from exc
