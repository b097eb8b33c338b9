"""Thresholds learned from the desk's own decisions (`flask model calibrate`).

Every removal or approval a moderator makes is a label on a comment the policy already scored. For
each rule that sends comments to review or hold, this module finds the threshold on the rule's label
that meets a target the newsroom chooses: review rules keep a *recall* of removed comments (the desk
must still see what it removes), hold rules reach a *precision* (a comment hidden before anyone looks
should be one the desk would remove). It also says how many past comments each change would move, so
a newsroom sees the cost before it loads the rules file this writes.

Caveat, stated in the report: the desk only decides what the policy queued, so approvals of comments
that never reached the queue are not in the data; recall here is recall among decided comments.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from moderation.policy import ANY_LABEL, Policy, Rule

# A rule is only refitted with at least this many removed and this many approved comments: with fewer
# the threshold would follow a handful of decisions. The CLI can change it.
MIN_DECISIONS = 20


@dataclass(frozen=True)
class Decided:
    """One comment the desk decided: its label scores and whether it was removed."""

    scores: Mapping[str, float]
    removed: bool


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    precision: float
    recall: float
    flagged: int


@dataclass
class RuleChange:
    rule: str
    label: str
    action: str
    old: float
    new: float | None  # None: not refitted
    why: str
    curve: list[CurvePoint] = field(default_factory=list)


@dataclass
class Calibration:
    changes: list[RuleChange]
    decisions: int
    removed: int
    moves: Counter[tuple[str, str]] = field(default_factory=Counter)  # (old action, new action) -> comments

    def overrides(self) -> dict[str, float]:
        return {c.rule: c.new for c in self.changes if c.new is not None and not math.isclose(c.new, c.old)}


def curve(values: Sequence[float], removed: Sequence[bool]) -> list[CurvePoint]:
    """Precision and recall of "score >= t" for every distinct score t, highest threshold first."""
    pairs = sorted(zip(values, removed, strict=True), key=lambda p: -p[0])
    positives = sum(removed)
    points: list[CurvePoint] = []
    tp = fp = 0
    for i, (value, is_removed) in enumerate(pairs):
        tp += int(is_removed)
        fp += int(not is_removed)
        if i + 1 < len(pairs) and pairs[i + 1][0] == value:
            continue
        points.append(CurvePoint(round(value, 4), tp / (tp + fp), tp / positives if positives else 0.0, tp + fp))
    return points


def threshold_for(points: Sequence[CurvePoint], *, recall: float | None = None,
                  precision: float | None = None) -> float | None:
    """The highest threshold with recall >= `recall`, or the lowest with precision >= `precision`."""
    if recall is not None:
        for point in points:  # highest threshold first
            if point.recall >= recall:
                return point.threshold
        return None
    if precision is not None:
        best = None
        for point in points:
            if point.precision >= precision:
                best = point.threshold
        return best
    raise ValueError("give recall or precision")


def calibrate(policy: Policy, decided: Sequence[Decided], *, review_recall: float, hold_precision: float,
              min_decisions: int = MIN_DECISIONS, all_scores: Sequence[Mapping[str, float]] = ()) -> Calibration:
    """Refit each enabled review or hold rule on `decided`; count how `all_scores` would move."""
    removed = sum(d.removed for d in decided)
    result = Calibration([], len(decided), removed)
    for rule in policy.rules:
        if not rule.enabled or rule.action not in ("review", "hold") or rule.label == ANY_LABEL:
            continue
        rows = [(d.scores[rule.label], d.removed) for d in decided if rule.label in d.scores]
        positives = sum(r for _, r in rows)
        negatives = len(rows) - positives
        change = RuleChange(rule.name, rule.label, rule.action, rule.min_score, None, "")
        if positives < min_decisions or negatives < min_decisions:
            change.why = f"too few decisions ({positives} removed, {negatives} approved; need {min_decisions} each)"
            result.changes.append(change)
            continue
        change.curve = curve([v for v, _ in rows], [r for _, r in rows])
        if rule.action == "review":
            change.new = threshold_for(change.curve, recall=review_recall)
            change.why = f"highest threshold keeping recall >= {review_recall:.2f} of removed comments"
        else:
            change.new = threshold_for(change.curve, precision=hold_precision)
            change.why = f"lowest threshold reaching precision >= {hold_precision:.2f}"
            if change.new is None:
                change.why = f"no threshold reaches precision {hold_precision:.2f}; rule left as it is"
        result.changes.append(change)
    if all_scores:
        result.moves = moves(policy, apply(policy, result.overrides()), all_scores)
    return result


def apply(policy: Policy, overrides: Mapping[str, float]) -> Policy:
    """The policy with the refitted thresholds."""
    rules: list[Rule] = []
    for rule in policy.rules:
        if rule.name in overrides:
            new = overrides[rule.name]
            span = rule.span_min_score
            rules.append(replace(rule, min_score=new, span_min_score=max(span, new) if span is not None else None))
        else:
            rules.append(rule)
    return Policy(rules, languages=policy.languages)


def moves(old: Policy, new: Policy, all_scores: Sequence[Mapping[str, float]]) -> Counter[tuple[str, str]]:
    """How many comments change action from the old policy to the new, by (old, new)."""
    counts: Counter[tuple[str, str]] = Counter()
    for scores in all_scores:
        a, b = old.decide(scores).action, new.decide(scores).action
        if a != b:
            counts[(a, b)] += 1
    return counts


def rules_toml(calibration: Calibration, *, review_recall: float, hold_precision: float, when: datetime) -> str:
    """A rules file that overrides the refitted thresholds, with where they came from."""
    lines = [
        "# Written by `flask model calibrate`: thresholds fitted to the desk's own decisions.",
        f"# {when:%Y-%m-%d %H:%M} UTC; {calibration.decisions} decided comments, {calibration.removed} removed;",
        f"# review rules keep recall >= {review_recall}, hold rules reach precision >= {hold_precision}.",
        "# Load it with THREADWATCH_POLICY_RULES_FILE.",
        "",
    ]
    for change in calibration.changes:
        if change.new is None or math.isclose(change.new, change.old):
            continue
        lines += ["[[rules]]", f'name = "{change.rule}"', f"min_score = {change.new:.4f}",
                  f"# was {change.old:.4f}: {change.why}", ""]
    return "\n".join(lines)


def curves_by_label(policy: Policy, decided: Sequence[Decided], *, min_decisions: int = 5
                    ) -> tuple[dict[str, list[tuple[float, float]]], dict[str, tuple[float, float]]]:
    """For a chart: per review-rule label, (recall, precision) points and the current threshold's point."""
    curves: dict[str, list[tuple[float, float]]] = {}
    marks: dict[str, tuple[float, float]] = {}
    for rule in policy.rules:
        if not rule.enabled or rule.action != "review" or rule.label == ANY_LABEL or rule.label in curves:
            continue
        rows = [(d.scores[rule.label], d.removed) for d in decided if rule.label in d.scores]
        positives = sum(r for _, r in rows)
        if positives < min_decisions or len(rows) - positives < min_decisions:
            continue
        points = curve([v for v, _ in rows], [r for _, r in rows])
        curves[rule.label] = [(p.recall, p.precision) for p in points]
        at = [p for p in points if p.threshold >= rule.min_score]
        if at:
            marks[rule.label] = (at[-1].recall, at[-1].precision)
    return curves, marks
