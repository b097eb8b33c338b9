"""A functional test suite a newsroom can run: `flask model evaluate --suite FILE`.

A suite is a CSV with the columns `functionality, text, label` (and optionally `language`): one row
per case, `label` is `flag` (a moderator must see it: review, hold or remove), `ok` (it must be
approved) or `not-incitement` (any action, but not because of an incitement rule: an insult may go
to review as an insult, never as a call to violence). The report gives, per functionality, how many cases passed and what the policy did, so
a newsroom sees where the judgement is weak (figurative sport talk? German threats?) rather than one
averaged number. The same code runs this project's own suite in CI, with a floor per functionality.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from moderation.policy import ACTIONS, Policy
from moderation.scoring import Scorer
from moderation.verdict import analyse

FLAG = "flag"
OK = "ok"
NOT_INCITEMENT = "not-incitement"
_LABELS = {"flag": FLAG, "1": FLAG, "true": FLAG, "ok": OK, "0": OK, "false": OK, NOT_INCITEMENT: NOT_INCITEMENT}
_CHUNK = 128


class SuiteError(ValueError):
    """The suite file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Case:
    functionality: str
    text: str
    label: str  # FLAG | OK
    language: str | None = None


@dataclass
class FunctionalityResult:
    functionality: str
    label: str
    cases: int = 0
    passed: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0


def read_suite(path: str | Path) -> list[Case]:
    source = Path(path)
    try:
        with source.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = {"functionality", "text", "label"} - set(reader.fieldnames or ())
            if missing:
                raise SuiteError(f"{source}: missing column(s) {', '.join(sorted(missing))} "
                                 "(need functionality, text, label)")
            cases = []
            for number, row in enumerate(reader, start=2):
                label = _LABELS.get((row.get("label") or "").strip().lower())
                text = row.get("text") or ""
                functionality = (row.get("functionality") or "").strip()
                if label is None or not text.strip() or not functionality:
                    raise SuiteError(f"{source}:{number}: need a functionality, a text and a label "
                                     "(flag, ok or not-incitement)")
                cases.append(Case(functionality, text, label, (row.get("language") or "").strip() or None))
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(f"{source}: cannot read: {exc}") from exc
    if not cases:
        raise SuiteError(f"{source}: no cases")
    return cases


def passes(label: str, action: str, rule: str | None = None) -> bool:
    if label == NOT_INCITEMENT:
        return not (rule or "").startswith("incitement")
    return action != "approve" if label == FLAG else action == "approve"


def run_suite(cases: Sequence[Case], scorer: Scorer, policy: Policy,
              progress: Callable[[int, int], None] | None = None) -> list[FunctionalityResult]:
    results: dict[str, FunctionalityResult] = {}
    for start in range(0, len(cases), _CHUNK):
        chunk = cases[start : start + _CHUNK]
        for case, analysis in zip(chunk, analyse(scorer, policy, [c.text for c in chunk]), strict=True):
            result = results.setdefault(case.functionality, FunctionalityResult(case.functionality, case.label))
            action = analysis.decision.action
            result.cases += 1
            result.actions[action] += 1
            if passes(case.label, action, analysis.decision.rule):
                result.passed += 1
            else:
                result.failures.append(f"{action} ({analysis.decision.rule}): {case.text}")
        if progress is not None:
            progress(min(start + _CHUNK, len(cases)), len(cases))
    return sorted(results.values(), key=lambda r: (r.label, r.functionality))


def format_suite(results: Sequence[FunctionalityResult], *, show_failures: int = 0) -> str:
    lines = [f"{'functionality':<28} {'expect':<14} {'cases':>5} {'pass':>6}  " + "  ".join(f"{a:>7}" for a in ACTIONS)]
    for r in results:
        counts = "  ".join(f"{r.actions.get(a, 0):>7}" for a in ACTIONS)
        lines.append(f"{r.functionality:<28} {r.label:<14} {r.cases:>5} {r.pass_rate:>6.0%}  {counts}")
        for failure in r.failures[:show_failures]:
            lines.append(f"    failed: {' '.join(failure.split())[:150]}")
    total = sum(r.cases for r in results)
    passed = sum(r.passed for r in results)
    lines.append(f"overall: {passed}/{total} passed ({passed / total:.1%})" if total else "no cases")
    return "\n".join(lines)
