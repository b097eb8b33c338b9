"""The functional suite (tests/moderation/data/functional_suite.csv) through the real model, with a
floor per functionality, so CI notices when a change to the model, the thresholds or the policy
makes one kind of case worse. The suite was written apart from the training sentences and is never
trained on (moderation/incitement_data.py does not read it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation.detox import LoadedModel
from moderation.policy import default_policy
from moderation.scoring import Scorer
from moderation.suite import FLAG, format_suite, read_suite, run_suite

SUITE = Path(__file__).resolve().parent / "data" / "functional_suite.csv"
# Two writers wrote its two halves separately from each other and from the training sentences;
# rows that matched a training sentence were dropped.
# Pass rates measured with the shipped model (see README), less a margin of a few cases; a floor is
# a regression alarm, not a target.
FLOORS: dict[str, float] = {
    # calls and threats (measured 0.83-0.98 with the e5 re-ranker)
    "threat_direct": 0.80, "call_normative": 0.90, "call_imperative": 0.85, "call_indirect": 0.85,
    "call_office": 0.90, "call_person": 0.84, "call_group": 0.92, "dehumanising": 0.92, "de_threat": 0.84,
    "other_lang_threat": 0.80,
    # harmless text (measured 0.97-1.00)
    "benign_en": 0.92, "benign_de": 0.92, "benign_other_lang": 0.94, "reported_violence": 0.92, "history": 0.92,
    # known weak spots, floors only against getting worse (measured 0.52-0.98)
    "figurative_business": 0.88, "figurative_cooking_games": 0.78, "figurative_sport": 0.78, "question": 0.88,
    "negation": 0.74, "political_harsh": 0.45, "quoted_condemned": 0.66, "insult_no_violence": 0.85,
}
HOLD_CEILINGS = {"quoted_condemned": 0.03}  # measured 0 of 42


def test_the_suite_is_broad() -> None:
    cases = read_suite(SUITE)
    functionalities = {c.functionality for c in cases}
    assert len(cases) >= 300 and len(functionalities) >= 15
    assert {c.language for c in cases} >= {"en", "de"} and len({c.language for c in cases}) >= 4
    assert {c.label for c in cases} == {FLAG, "ok", "not-incitement"}


@pytest.mark.realmodel
def test_pass_rate_per_functionality_stays_above_its_floor(real_model: LoadedModel) -> None:
    results = run_suite(read_suite(SUITE), Scorer(real_model), default_policy())
    report = format_suite(results, show_failures=3)
    print(report)
    by_name = {r.functionality: r for r in results}
    assert set(FLOORS) <= set(by_name), set(FLOORS) - set(by_name)
    for name, floor in FLOORS.items():
        assert by_name[name].pass_rate >= floor, f"{name}: {by_name[name].pass_rate:.2f} < {floor}\n{report}"
    for name, ceiling in HOLD_CEILINGS.items():
        if name in by_name:
            r = by_name[name]
            assert r.actions.get("hold", 0) / r.cases <= ceiling, report
    # Harmless text in any language is never held.
    for r in results:
        if r.label == "ok" and r.functionality.startswith("benign"):
            assert r.actions.get("hold", 0) == 0 and r.actions.get("remove", 0) == 0, report


def test_pass_rules_and_bad_files(tmp_path: Path) -> None:
    from moderation.suite import SuiteError, passes

    assert passes("flag", "review") and passes("flag", "hold") and not passes("flag", "approve")
    assert passes("ok", "approve") and not passes("ok", "review")
    assert passes("not-incitement", "review", "insult-review")
    assert not passes("not-incitement", "review", "incitement-review")
    bad = tmp_path / "bad.csv"
    bad.write_text("functionality,text,label\nx,some text,maybe\n", encoding="utf-8")
    with pytest.raises(SuiteError, match=r"bad.csv:2"):
        read_suite(bad)
    bad.write_text("text,label\nsome text,ok\n", encoding="utf-8")
    with pytest.raises(SuiteError, match="missing column"):
        read_suite(bad)
