"""Thresholds fitted to the desk's decisions, on a seeded history."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from moderation.calibration import (
    Decided,
    apply,
    calibrate,
    curve,
    curves_by_label,
    rules_toml,
    threshold_for,
)
from moderation.policy import default_policy, rules_from_data


def history(seed: int = 7, n: int = 400) -> list[Decided]:
    """Removed comments score high on insult, approved ones low, with overlap; incitement is noise."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        removed = rng.random() < 0.4
        insult = min(1.0, max(0.0, rng.gauss(0.75 if removed else 0.35, 0.15)))
        out.append(Decided({"insult": insult, "incitement": rng.random(), "toxicity": insult}, removed))
    return out


def test_curve_is_monotone_in_recall() -> None:
    points = curve([0.9, 0.8, 0.8, 0.3, 0.1], [True, False, True, True, False])
    assert [p.threshold for p in points] == [0.9, 0.8, 0.3, 0.1]
    assert [p.recall for p in points] == pytest.approx([1 / 3, 2 / 3, 1.0, 1.0])
    assert points[1].precision == pytest.approx(2 / 3)
    assert threshold_for(points, recall=0.6) == 0.8
    assert threshold_for(points, precision=0.9) == 0.9


def test_review_keeps_recall_and_hold_reaches_precision_on_a_seeded_history() -> None:
    decided = history()
    policy = default_policy({"review": 0.5, "hold": 0.8})
    result = calibrate(policy, decided, review_recall=0.9, hold_precision=0.95, all_scores=[d.scores for d in decided])
    insult = next(c for c in result.changes if c.rule == "insult-review")
    assert insult.new is not None and insult.new != insult.old
    removed = [d.scores["insult"] for d in decided if d.removed]
    assert sum(v >= insult.new for v in removed) / len(removed) >= 0.9
    hold = next(c for c in result.changes if c.rule == "incitement-hold")
    assert hold.new is None and "precision" in hold.why  # noise never reaches 0.95 precision
    # The dry run counts what the change would move, and the rules file loads as a policy.
    assert sum(result.moves.values()) > 0
    text = rules_toml(result, review_recall=0.9, hold_precision=0.95, when=datetime(2026, 12, 5, tzinfo=UTC))
    import tomllib

    loaded = rules_from_data(tomllib.loads(text), incitement={"review": 0.5, "hold": 0.8})
    assert loaded.rule("insult-review").min_score == pytest.approx(insult.new, abs=1e-4)
    assert apply(policy, result.overrides()).rule("insult-review").min_score == insult.new


def test_rules_with_too_few_decisions_are_left_alone() -> None:
    result = calibrate(default_policy({"review": 0.5, "hold": 0.8}), history(n=20), review_recall=0.9,
                       hold_precision=0.9)
    assert all(c.new is None and "too few" in c.why for c in result.changes)
    assert result.overrides() == {}


def test_chart_curves_mark_the_current_threshold() -> None:
    curves, marks = curves_by_label(default_policy({"review": 0.5, "hold": 0.8}), history())
    assert {"insult", "incitement", "toxicity"} <= set(curves)
    recall, precision = marks["insult"]
    assert 0.5 < recall <= 1.0 and 0.4 < precision <= 1.0
