from __future__ import annotations

import csv
from pathlib import Path

import pytest

from moderation.evaluate import (
    EvaluationError,
    confusion,
    evaluate_csv,
    format_report,
    parse_label,
    roc_auc,
)
from moderation.policy import Policy, Rule, default_policy
from moderation.scoring import Scorer

DAVIDSON_MAP = {"0": "1", "1": "1", "2": "0"}


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_auc_matches_hand_computed_values() -> None:
    # Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ranked right.
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == pytest.approx(0.75)
    # A tie between a positive and a negative counts half: (0.5 + 1 + 1 + 1) / 4.
    assert roc_auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1]) == pytest.approx(0.875)
    # 3 positives x 2 negatives; the positive at 0.3 beats only the negative at 0.2: (1 + 2 + 2) / 6.
    assert roc_auc([0.3, 0.6, 0.7, 0.2, 0.5], [1, 1, 1, 0, 0]) == pytest.approx(5 / 6)
    assert roc_auc([0.1, 0.2, 0.9], [0, 0, 1]) == 1.0
    assert roc_auc([0.9, 0.2, 0.1], [0, 1, 1]) == 0.0
    assert roc_auc([0.4, 0.4, 0.4, 0.4], [0, 1, 0, 1]) == pytest.approx(0.5)
    assert roc_auc([0.1, 0.2], [1, 1]) is None


def test_confusion_at_a_threshold() -> None:
    result = confusion([0.9, 0.5, 0.49, 0.1, 0.7], [1, 0, 1, 0, 1], 0.5)
    assert (result.tp, result.fp, result.tn, result.fn) == (2, 1, 1, 1)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert confusion([0.1], [0], 0.5).precision is None


def test_label_values() -> None:
    assert [parse_label(v) for v in ("True", "false", " 1 ", "0", "0.8", "0.2", "yes")] == [1, 0, 1, 0, 1, 0, 1]
    assert [parse_label(v, DAVIDSON_MAP) for v in ("0", "1", "2")] == [1, 1, 0]
    assert parse_label("1", {"0": "1", "1": "skip", "2": "0"}) is None
    assert parse_label("BAD", {"BAD": "1", "NOT_BAD": "0"}) == 1
    with pytest.raises(EvaluationError, match="label map"):
        parse_label("maybe")
    with pytest.raises(EvaluationError, match="not in the label map"):
        parse_label("3", DAVIDSON_MAP)


def test_a_small_csv_through_the_tiny_model(tmp_path: Path, tiny_scorer: Scorer) -> None:
    rows = [
        ["1", "You are an idiot and a traitor.", "True"],
        ["2", "I agree with you, thanks for the facts.", "False"],
        ["3", "Shut up, you stupid clown.", "True"],
        ["4", "The road to the border reopened today.", "False"],
        ["5", "They should be arrested and shot.", "True"],
        ["6", "Good point about the school funding.", "False"],
        ["7", "What a coward and a liar.", "True"],
    ]
    path = write_csv(tmp_path / "set.csv", ["rev_id", "comment", "toxic"], rows)
    thresholds = {"toxicity": 0.5, "threat": 0.3}
    done: list[tuple[int, int]] = []
    result = evaluate_csv(
        path, "comment", "toxic", tiny_scorer, thresholds, progress=lambda d, t: done.append((d, t))
    )
    assert (result.rows, result.positives, result.skipped) == (7, 4, 0)
    assert result.model_identity == tiny_scorer.model.identity
    assert done[-1] == (7, 7)
    assert [item.label for item in result.labels] == list(tiny_scorer.model.labels)

    scores = tiny_scorer.score([row[1] for row in rows])
    truth = [1 if row[2] == "True" else 0 for row in rows]
    for item in result.labels:
        values = [s.labels[item.label] for s in scores]
        assert item.auc == pytest.approx(roc_auc(values, truth))
        if item.label in thresholds:
            assert item.confusion == confusion(values, truth, thresholds[item.label])
        else:
            assert item.confusion is None

    report = format_report(result)
    assert "set.csv: 7 rows, 4 positive" in report
    toxicity_line = next(line for line in report.splitlines() if line.startswith("toxicity "))
    assert f"{result.labels[0].auc:.3f}" in toxicity_line and "0.50" in toxicity_line

    limited = evaluate_csv(path, "comment", "toxic", tiny_scorer, thresholds, limit=3, spans=False)
    assert (limited.rows, limited.positives) == (3, 2)


def test_davidson_style_class_column_with_a_label_map(tmp_path: Path, tiny_scorer: Scorer) -> None:
    header = ["count", "hate_speech", "offensive_language", "neither", "class", "tweet"]
    rows = [
        ["3", "0", "3", "0", "1", "you stupid fool"],
        ["3", "0", "0", "3", "2", "nice day at the city school"],
        ["3", "2", "1", "0", "0", "those people are rats"],
        ["3", "0", "0", "3", "2", "thanks for the news"],
    ]
    path = write_csv(tmp_path / "davidson.csv", header, rows)
    result = evaluate_csv(path, "tweet", "class", tiny_scorer, {}, label_map=DAVIDSON_MAP)
    assert (result.rows, result.positives) == (4, 2)
    hate_only = evaluate_csv(path, "tweet", "class", tiny_scorer, {}, label_map={"0": "1", "1": "skip", "2": "0"})
    assert (hate_only.rows, hate_only.positives, hate_only.skipped) == (3, 1, 1)
    words = write_csv(tmp_path / "words.csv", ["tweet", "class"], [["hi", "0"], ["there", "hate"]])
    with pytest.raises(EvaluationError, match="words.csv, line 3: label value 'hate' is not 0/1"):
        evaluate_csv(words, "tweet", "class", tiny_scorer, {})


def test_clear_errors_for_bad_input(tmp_path: Path, tiny_scorer: Scorer) -> None:
    path = write_csv(tmp_path / "set.csv", ["rev_id", "comment", "toxic"], [["1", "hello", "True"]])
    with pytest.raises(EvaluationError, match="no text column 'text'; the columns are rev_id, comment, toxic"):
        evaluate_csv(path, "text", "toxic", tiny_scorer, {})
    with pytest.raises(EvaluationError, match="no label column 'label'"):
        evaluate_csv(path, "comment", "label", tiny_scorer, {})
    with pytest.raises(EvaluationError, match="cannot read"):
        evaluate_csv(tmp_path / "missing.csv", "comment", "toxic", tiny_scorer, {})
    with pytest.raises(EvaluationError, match="cannot read"):
        evaluate_csv(tmp_path, "comment", "toxic", tiny_scorer, {})
    empty = write_csv(tmp_path / "empty.csv", ["comment", "toxic"], [])
    with pytest.raises(EvaluationError, match="no rows"):
        evaluate_csv(empty, "comment", "toxic", tiny_scorer, {})


def test_the_whole_policy_is_counted_against_the_labels(tmp_path: Path, tiny_scorer: Scorer) -> None:
    rows = [
        ["1", "Pashinyan should be arrested and shot", "True"],
        ["2", "thanks for the thoughtful reply", "False"],
        ["3", "the army left the border road today", "False"],
        ["4", "you are a liar", "True"],
    ]
    path = write_csv(tmp_path / "set.csv", ["rev_id", "comment", "toxic"], rows)
    # Only incitement can flag here; with the tiny random toxicity model the learned incitement
    # score comes from the multilingual head, which does not depend on it.
    only_incitement = Policy([rule for rule in default_policy().rules if rule.label in ("incitement", "*")])
    result = evaluate_csv(path, "comment", "toxic", tiny_scorer, {}, policy=only_incitement)
    assert result.policy is not None
    c = result.policy.confusion
    assert (c.tp, c.fp, c.tn, c.fn) == (1, 0, 2, 1)
    assert result.policy.actions["approve"] == 3
    assert result.policy.actions.get("review", 0) + result.policy.actions.get("hold", 0) == 1
    # Flag everything: both negatives become false alarms of that rule.
    everything = Policy([Rule("all-review", "*", 0.0, action="review", priority=1)])
    flagged = evaluate_csv(path, "comment", "toxic", tiny_scorer, {}, policy=everything)
    assert flagged.policy is not None and flagged.policy.false_alarms == {"all-review": 2}
    report = format_report(flagged)
    assert "false alarms by rule: all-review 2" in report
    assert evaluate_csv(path, "comment", "toxic", tiny_scorer, {}).policy is None
