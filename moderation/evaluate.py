"""Measuring a model on a labelled CSV: ROC AUC per label and the confusion at the policy thresholds.

This is the core of `flask model evaluate`. A deployment should know how its model and thresholds
do on data like its own before it trusts the queue, so the report gives both the threshold-free
ranking quality (AUC) and what the configured thresholds would actually let through: per label,
and for the whole policy (incitement included), which is what decides what a moderator sees.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from moderation.policy import Policy
from moderation.scoring import Scorer, TextScore
from moderation.verdict import covered_languages, judge

SKIP = "skip"
_TRUE = {"1", "true", "yes", "y", "t", "toxic", "positive", "pos"}
_FALSE = {"0", "false", "no", "n", "f", "non-toxic", "negative", "neg"}
_CHUNK = 256


class EvaluationError(ValueError):
    """The CSV cannot be evaluated as asked: unreadable, a missing column, or an unknown label value."""


@dataclass(frozen=True)
class Confusion:
    threshold: float | None  # None for the whole policy, which has many
    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class LabelResult:
    label: str
    auc: float | None  # None when the data has only one class
    confusion: Confusion | None  # None when the label has no threshold


@dataclass(frozen=True)
class EvaluationResult:
    path: str
    text_col: str
    label_col: str
    model_identity: str
    rows: int
    positives: int
    skipped: int
    seconds: float
    labels: list[LabelResult]
    policy: PolicyResult | None = None


@dataclass(frozen=True)
class PolicyResult:
    """The policy's verdict against the labels: flagged means any action but approve."""

    confusion: Confusion
    false_alarms: dict[str, int] = field(default_factory=dict)  # rule that fired -> flagged negatives
    actions: dict[str, int] = field(default_factory=dict)  # action -> rows


def policy_result(policy: Policy, texts: Sequence[str], scored: Sequence[TextScore], truth: Sequence[int],
                  covered: frozenset[str] | None = None) -> PolicyResult:
    """Decides every row as the app does (label scores plus incitement, languages no model covers sent
    to review) and counts against the truth."""
    tp = fp = tn = fn = 0
    false_alarms: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    for text, score, positive in zip(texts, scored, truth, strict=True):
        decision = judge(policy, text, score, covered_languages=covered).decision
        actions[decision.action] += 1
        flagged = decision.action != "approve"
        if flagged and positive:
            tp += 1
        elif flagged:
            fp += 1
            false_alarms[decision.rule or "?"] += 1
        elif positive:
            fn += 1
        else:
            tn += 1
    return PolicyResult(Confusion(None, tp, fp, tn, fn), dict(false_alarms.most_common()), dict(actions))


def roc_auc(scores: Sequence[float], truth: Sequence[int]) -> float | None:
    """Area under the ROC curve as the Mann-Whitney U statistic, with average ranks for ties."""
    if len(scores) != len(truth):
        raise ValueError("scores and truth differ in length")
    positives = sum(1 for t in truth if t)
    negatives = len(truth) - positives
    if positives == 0 or negatives == 0:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        average_rank = (i + j) / 2 + 1  # ranks are 1-based
        rank_sum += average_rank * sum(1 for k in range(i, j + 1) if truth[order[k]])
        i = j + 1
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def confusion(scores: Sequence[float], truth: Sequence[int], threshold: float) -> Confusion:
    """Counts with `score >= threshold` as a positive prediction."""
    tp = fp = tn = fn = 0
    for score, actual in zip(scores, truth, strict=True):
        predicted = score >= threshold
        if predicted and actual:
            tp += 1
        elif predicted:
            fp += 1
        elif actual:
            fn += 1
        else:
            tn += 1
    return Confusion(threshold, tp, fp, tn, fn)


def parse_label(raw: str, label_map: Mapping[str, str] | None = None) -> int | None:
    """1 or 0 for a label value, None to skip the row. With a map, only mapped values are accepted
    (mapped to "1", "0" or "skip"); without one, booleans and numbers (>= 0.5 is positive)."""
    value = raw.strip()
    if label_map is not None:
        if value not in label_map:
            raise EvaluationError(f"label value {value!r} is not in the label map ({', '.join(sorted(label_map))})")
        value = label_map[value].strip()
        if value.lower() == SKIP:
            return None
    lowered = value.lower()
    if lowered in _TRUE:
        return 1
    if lowered in _FALSE:
        return 0
    try:
        return 1 if float(value) >= 0.5 else 0
    except ValueError:
        raise EvaluationError(
            f"label value {raw!r} is not 0/1, true/false or a number; pass a label map "
            "(e.g. Davidson's class: 0=1,1=1,2=0)"
        ) from None


def _read_rows(
    path: Path, text_col: str, label_col: str, label_map: Mapping[str, str] | None, limit: int | None
) -> tuple[list[str], list[int], int]:
    texts: list[str] = []
    truth: list[int] = []
    skipped = 0
    # Long comments exceed csv's default 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 1 << 30)))
    try:
        with path.open(newline="", encoding="utf-8", errors="replace") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            for name, what in ((text_col, "text"), (label_col, "label")):
                if name not in columns:
                    raise EvaluationError(
                        f"{path}: no {what} column {name!r}; the columns are {', '.join(columns) or '(none)'}"
                    )
            for line, row in enumerate(reader, start=2):
                if limit is not None and len(texts) >= limit:
                    break
                try:
                    label = parse_label(row[label_col] or "", label_map)
                except EvaluationError as exc:
                    raise EvaluationError(f"{path}, line {line}: {exc}") from None
                if label is None:
                    skipped += 1
                    continue
                texts.append(row[text_col] or "")
                truth.append(label)
    except (OSError, csv.Error) as exc:
        raise EvaluationError(f"cannot read {path} as CSV: {exc}") from exc
    if not texts:
        raise EvaluationError(f"{path}: no rows to evaluate")
    return texts, truth, skipped


def evaluate_csv(
    path: str | Path,
    text_col: str,
    label_col: str,
    scorer: Scorer,
    thresholds: Mapping[str, float],
    label_map: Mapping[str, str] | None = None,
    limit: int | None = None,
    *,
    spans: bool = True,
    progress: Callable[[int, int], None] | None = None,
    policy: Policy | None = None,
) -> EvaluationResult:
    """Scores every row's text and compares each model label against the row's one binary label.

    `spans=True` evaluates the comment score the app stores (max over whole and spans);
    `progress(done, total)` is called after each chunk, for a progress bar; with `policy`, the
    whole policy's decisions are counted against the labels too.
    """
    csv_path = Path(path)
    texts, truth, skipped = _read_rows(csv_path, text_col, label_col, label_map, limit)
    started = time.perf_counter()
    scores: dict[str, list[float]] = {label: [] for label in scorer.model.labels}
    scored: list[TextScore] = []
    for start in range(0, len(texts), _CHUNK):
        for result in scorer.score(texts[start : start + _CHUNK], spans=spans):
            scored.append(result)
            for label in scores:
                scores[label].append(result.labels[label])
        if progress is not None:
            progress(min(start + _CHUNK, len(texts)), len(texts))
    results = [
        LabelResult(
            label,
            roc_auc(values, truth),
            confusion(values, truth, thresholds[label]) if label in thresholds else None,
        )
        for label, values in scores.items()
    ]
    return EvaluationResult(
        path=str(csv_path),
        text_col=text_col,
        label_col=label_col,
        model_identity=scorer.model.identity,
        rows=len(texts),
        positives=sum(truth),
        skipped=skipped,
        seconds=time.perf_counter() - started,
        labels=results,
        policy=policy_result(policy, texts, scored, truth, covered_languages(scorer)) if policy is not None else None,
    )


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_report(result: EvaluationResult) -> str:
    lines = [
        f"{Path(result.path).name}: {result.rows} rows, {result.positives} positive "
        f"(label column {result.label_col!r}, text column {result.text_col!r}"
        + (f", {result.skipped} skipped" if result.skipped else "")
        + ")",
        f"model {result.model_identity}, {result.seconds:.1f} s",
        f"{'label':<18}{'ROC AUC':>8}{'thresh':>8}{'TP':>7}{'FP':>7}{'TN':>7}{'FN':>7}{'prec':>7}{'recall':>7}",
    ]
    for item in result.labels:
        row = f"{item.label:<18}{_fmt(item.auc):>8}"
        c = item.confusion
        if c is not None:
            row += (
                f"{_fmt(c.threshold, 2):>8}{c.tp:>7}{c.fp:>7}{c.tn:>7}{c.fn:>7}"
                f"{_fmt(c.precision, 2):>7}{_fmt(c.recall, 2):>7}"
            )
        lines.append(row)
    lines.append("AUC and confusion of every model label against the one ground-truth column.")
    if result.policy is not None:
        c = result.policy.confusion
        lines.append(
            f"{'policy':<18}{'':>8}{'':>8}{c.tp:>7}{c.fp:>7}{c.tn:>7}{c.fn:>7}"
            f"{_fmt(c.precision, 2):>7}{_fmt(c.recall, 2):>7}"
        )
        actions = ", ".join(f"{action} {count}" for action, count in sorted(result.policy.actions.items()))
        alarms = ", ".join(f"{rule} {count}" for rule, count in result.policy.false_alarms.items()) or "none"
        lines.append(f"policy: flagged = any action but approve ({actions}); false alarms by rule: {alarms}")
    return "\n".join(lines)
