"""The moderation policy: precedence, hold/review/approve, auto-remove off by default, rules files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation.policy import (
    DEFAULT_APPROVE_NAME,
    DEFAULT_RULES,
    Decision,
    Policy,
    Rule,
    RulesError,
    default_policy,
    learned_incitement_thresholds,
    load_rules,
    rules_from_data,
)

LOW = {
    "toxicity": 0.02,
    "severe_toxicity": 0.0,
    "obscene": 0.01,
    "threat": 0.01,
    "insult": 0.01,
    "identity_attack": 0.0,
    "incitement": 0.0,
}


def scores(**high: float) -> dict[str, float]:
    return {**LOW, **high}


# --- defaults ----------------------------------------------------------------------------------


def test_calm_comment_is_approved_by_the_explicit_fallthrough() -> None:
    decision = default_policy().decide(LOW)
    assert decision == Decision(
        action="approve", priority=0, rule=DEFAULT_APPROVE_NAME, matched=(DEFAULT_APPROVE_NAME,)
    )
    assert not decision.hidden and not decision.needs_review


def test_review_then_hold_as_incitement_rises() -> None:
    policy = default_policy({"review": 0.5, "hold": 0.8})
    review = policy.decide(scores(incitement=0.6))
    assert (review.action, review.rule) == ("review", "incitement-review")
    assert review.needs_review and not review.hidden
    hold = policy.decide(scores(incitement=0.85))
    assert (hold.action, hold.rule) == ("hold", "incitement-hold")
    assert hold.hidden and hold.needs_review
    assert hold.matched == ("incitement-hold", "incitement-review", DEFAULT_APPROVE_NAME)


def test_auto_remove_is_present_but_off_by_default() -> None:
    policy = default_policy()
    remove_rules = [rule for rule in policy.rules if rule.action == "remove"]
    assert remove_rules and not any(rule.enabled for rule in remove_rules)
    decision = policy.decide(scores(incitement=0.99, threat=0.99))
    assert decision.action == "hold"
    assert not set(decision.matched) & {rule.name for rule in remove_rules}


def test_default_priorities_rank_incitement_and_threat_over_insult_over_obscenity() -> None:
    policy = default_policy()
    incitement = policy.decide(scores(incitement=0.6)).priority
    threat = policy.decide(scores(threat=0.6)).priority
    insult = policy.decide(scores(insult=0.6)).priority
    obscene = policy.decide(scores(obscene=0.6)).priority
    assert min(incitement, threat) > insult > obscene > 0


def test_most_severe_action_wins_then_highest_priority() -> None:
    policy = default_policy()
    # Both review: incitement outranks insult although insult scores higher.
    both = policy.decide(scores(incitement=0.55, insult=0.95, obscene=0.9))
    assert (both.action, both.rule) == ("review", "incitement-review")
    assert both.matched == ("incitement-review", "insult-review", "obscene-review", DEFAULT_APPROVE_NAME)
    # A hold beats a review of higher priority.
    held = policy.decide(scores(threat=0.85, incitement=0.6))
    assert (held.action, held.rule, held.priority) == ("hold", "threat-hold", 95)
    assert held.matched[0] == "threat-hold" and "incitement-review" in held.matched


def test_missing_label_never_matches() -> None:
    # The original Detoxify model has no sexual_explicit head.
    policy = Policy([Rule("explicit", "sexual_explicit", 0.1, action="hold", priority=5)])
    assert policy.decide(LOW).rule == DEFAULT_APPROVE_NAME
    assert policy.decide({**LOW, "sexual_explicit": 0.5}).rule == "explicit"
    assert policy.decide({**LOW, "sexual_explicit": float("nan")}).rule == DEFAULT_APPROVE_NAME


def test_min_is_inclusive_and_max_exclusive() -> None:
    policy = Policy([Rule("band", "insult", 0.4, max_score=0.6, action="review", priority=1)])
    assert policy.decide(scores(insult=0.4)).rule == "band"
    assert policy.decide(scores(insult=0.5999)).rule == "band"
    assert policy.decide(scores(insult=0.6)).rule == DEFAULT_APPROVE_NAME
    assert policy.decide(scores(insult=0.3999)).rule == DEFAULT_APPROVE_NAME


def test_approve_rule_never_overrides_a_hazard() -> None:
    policy = Policy(
        [
            Rule("quiet", "toxicity", 0.0, max_score=0.1, action="approve", priority=99),
            Rule("incitement-review", "incitement", 0.5, action="review", priority=90),
        ]
    )
    assert policy.decide(scores(incitement=0.7)).rule == "incitement-review"
    assert policy.decide(LOW).rule == "quiet"


def test_any_label_looks_at_the_highest_score() -> None:
    policy = Policy([Rule("anything-high", "*", 0.9, action="review", priority=1)])
    assert policy.decide(scores(obscene=0.95)).rule == "anything-high"
    assert policy.decide(LOW).rule == DEFAULT_APPROVE_NAME


def test_thresholds_are_the_review_threshold_per_label() -> None:
    thresholds = default_policy().thresholds()
    # The incitement thresholds are the shipped model's, chosen by its training run.
    learned = learned_incitement_thresholds()
    assert thresholds["incitement"] == learned["review"]
    assert default_policy().rule("incitement-hold").min_score == learned["hold"]
    assert 0.0 < learned["review"] < learned["hold"] < 1.0
    assert thresholds["threat"] == 0.5
    assert thresholds["insult"] == 0.5
    assert thresholds["toxicity"] == 0.7
    assert "*" not in thresholds
    # Disabled rules and approve rules set no threshold.
    policy = Policy(
        [
            Rule("off", "obscene", 0.1, action="review", enabled=False),
            Rule("ok", "insult", 0.0, action="approve"),
        ]
    )
    assert policy.thresholds() == {}


def test_every_default_rule_is_valid_and_named_once() -> None:
    names = [rule.name for rule in DEFAULT_RULES]
    assert len(names) == len(set(names))
    assert names[-1] == DEFAULT_APPROVE_NAME


def test_policy_without_fallthrough_gets_one() -> None:
    policy = Policy([Rule("x", "insult", 0.5, action="review")])
    assert policy.rules[-1].name == DEFAULT_APPROVE_NAME


def test_narrowed_fallthrough_can_leave_nothing_matched() -> None:
    policy = Policy([Rule(DEFAULT_APPROVE_NAME, "*", 0.0, max_score=0.1, action="approve")])
    decision = policy.decide(scores(insult=0.5))
    assert decision == Decision(action="approve", priority=0, rule=None, matched=())


# --- rules files -------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_toml_file_enables_auto_remove_and_adds_a_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "rules.toml",
        """
[[rules]]
name = "incitement-remove"
enabled = true

[[rules]]
name = "insult-hold"
label = "insult"
min_score = 0.9
action = "hold"
priority = 55
""",
    )
    policy = load_rules(path)
    removed = policy.decide(scores(incitement=0.999))  # above the learned hold threshold (0.99)
    assert (removed.action, removed.rule) == ("remove", "incitement-remove")
    assert removed.hidden
    assert policy.decide(scores(insult=0.95)).rule == "insult-hold"
    # Everything else keeps its default.
    assert policy.rule("threat-remove").enabled is False
    assert policy.rule("incitement-review") == default_policy().rule("incitement-review")


def test_span_min_score_asks_more_of_a_sentence_than_of_the_whole_comment(tmp_path: Path) -> None:
    policy = default_policy()  # toxicity-review ships with span_min_score 0.9
    # The comment's score 0.8 came from one sentence; the whole comment scored 0.2.
    assert policy.decide(scores(toxicity=0.8), whole=scores(toxicity=0.2)).action == "approve"
    # A sentence at 0.9 or more still fires it, and so does the whole comment at min_score.
    assert policy.decide(scores(toxicity=0.92), whole=scores(toxicity=0.2)).rule == "toxicity-review"
    assert policy.decide(scores(toxicity=0.8), whole=scores(toxicity=0.75)).rule == "toxicity-review"
    # Without the whole-comment scores there is nothing to tell apart: the combined score stands.
    assert policy.decide(scores(toxicity=0.8)).rule == "toxicity-review"
    # Other rules are untouched, and a label the whole scores lack (incitement) is judged as given.
    assert policy.decide(scores(insult=0.6), whole=scores()).rule == "insult-review"
    path = write(tmp_path, "rules.toml", '[[rules]]\nname = "toxicity-review"\nspan_min_score = 0.7\n')
    assert load_rules(path).decide(scores(toxicity=0.8), whole=scores(toxicity=0.2)).rule == "toxicity-review"
    incitement = Rule("incitement-strict", "incitement", 0.5, span_min_score=0.9)
    assert incitement.matches({"incitement": 0.6}, whole={"toxicity": 0.1})


def test_json_file_and_bare_list(tmp_path: Path) -> None:
    rules = [
        {"name": "toxicity-review", "min_score": 0.9},
        {
            "name": "new",
            "label": "threat",
            "min_score": 0.2,
            "max_score": 0.5,
            "action": "review",
            "priority": 1,
        },
    ]
    policy = load_rules(write(tmp_path, "rules.json", json.dumps({"rules": rules})))
    assert policy.thresholds()["toxicity"] == 0.9
    assert policy.decide(scores(threat=0.3)).rule == "new"
    bare = load_rules(write(tmp_path, "bare.json", json.dumps(rules)))
    assert [r.name for r in bare.rules] == [r.name for r in policy.rules]


def test_replace_defaults_starts_from_nothing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "only.toml",
        """
replace_defaults = true
[[rules]]
name = "threat-only"
label = "threat"
min_score = 0.5
action = "review"
priority = 10
""",
    )
    policy = load_rules(path)
    assert [rule.name for rule in policy.rules] == ["threat-only", DEFAULT_APPROVE_NAME]
    assert policy.decide(scores(incitement=0.99)).rule == DEFAULT_APPROVE_NAME


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"name": "bad", "label": "insult", "min_score": 0.5, "action": "delete"},
            r"rule 'bad': unknown action 'delete'",
        ),
        (
            {
                "name": "upside-down",
                "label": "insult",
                "min_score": 0.8,
                "max_score": 0.2,
                "action": "review",
            },
            r"rule 'upside-down': min_score 0.8 is greater than max_score 0.2",
        ),
        (
            {"name": "no-label", "min_score": 0.5, "action": "review"},
            r"rule 'no-label': missing required field 'label'",
        ),
        (
            {"name": "no-action", "label": "insult", "min_score": 0.5},
            r"rule 'no-action': missing required field 'action'",
        ),
        (
            {"label": "insult", "min_score": 0.5, "action": "review"},
            r"rule #1: missing required field 'name'",
        ),
        (
            {"name": "typo", "label": "insult", "threshold": 0.5, "action": "review"},
            r"rule 'typo': unknown field 'threshold'",
        ),
        (
            {"name": "treat", "label": "treat", "min_score": 0.5, "action": "review"},
            r"rule 'treat': unknown label 'treat'",
        ),
        (
            {"name": "big", "label": "insult", "min_score": 1.5, "action": "review"},
            r"rule 'big': min_score must be between 0 and 1",
        ),
        (
            {"name": "word", "label": "insult", "min_score": "high", "action": "review"},
            r"rule 'word': min_score must be a number",
        ),
        (
            {"name": "prio", "label": "insult", "min_score": 0.5, "action": "review", "priority": "high"},
            r"rule 'prio': priority must be an integer",
        ),
        (
            {"name": "incitement-review", "action": "destroy"},
            r"rule 'incitement-review': unknown action 'destroy'",
        ),
        (
            {"name": "toxicity-review", "span_min_score": 0.5},
            r"rule 'toxicity-review': span_min_score 0.5 is below min_score 0.7",
        ),
        (
            {"name": "toxicity-review", "span_min_score": "high"},
            r"rule 'toxicity-review': span_min_score must be a number",
        ),
    ],
)
def test_invalid_rules_name_the_rule(tmp_path: Path, entry: dict[str, object], message: str) -> None:
    path = write(tmp_path, "rules.json", json.dumps({"rules": [entry]}))
    with pytest.raises(RulesError, match=message) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)


def test_file_level_errors(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="defined twice"):
        load_rules(
            write(tmp_path, "dup.json", json.dumps([{"name": "obscene-review", "min_score": 0.6}] * 2))
        )
    with pytest.raises(RulesError, match="not valid TOML"):
        load_rules(write(tmp_path, "broken.toml", "[[rules]\nname ="))
    with pytest.raises(RulesError, match=r"unsupported rules file type '\.yaml'"):
        load_rules(write(tmp_path, "rules.yaml", "rules: []"))
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules(tmp_path / "missing.toml")
    with pytest.raises(RulesError, match="unknown top-level key 'rule'"):
        load_rules(write(tmp_path, "singular.toml", '[[rule]]\nname = "x"'))
    with pytest.raises(RulesError, match="'rules' must be a list"):
        rules_from_data({"rules": {"name": "x"}})


def test_custom_labels_can_be_allowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "custom.json",
        json.dumps([{"name": "spam", "label": "spam", "min_score": 0.5, "action": "hold"}]),
    )
    with pytest.raises(RulesError, match="unknown label 'spam'"):
        load_rules(path)
    assert load_rules(path, extra_labels=["spam"]).decide({"spam": 0.7}).rule == "spam"


def test_rules_built_in_code_are_validated_too() -> None:
    with pytest.raises(RulesError, match=r"rule 'r': unknown action 'ban'"):
        Rule("r", "insult", 0.5, action="ban")
    with pytest.raises(RulesError, match=r"rule 'r': min_score 0.9 is greater than max_score 0.1"):
        Rule("r", "insult", 0.9, max_score=0.1)
    with pytest.raises(RulesError, match=r"rule 'x': defined twice"):
        Policy([Rule("x", "insult", 0.5), Rule("x", "threat", 0.5)])
