"""One text's whole verdict: model scores, incitement, and the policy decision they lead to.

The app stores this for every comment, and `flask model evaluate` counts it against human labels.
Both must judge a text the same way, so the combination is written once, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderation.incitement import IncitementResult, assess
from moderation.policy import Decision, Policy
from moderation.scoring import Scorer, TextScore


@dataclass
class Analysis:
    text_score: TextScore
    incitement: IncitementResult
    decision: Decision

    @property
    def labels(self) -> dict[str, float]:
        """The model's label scores plus `incitement`: what the policy rules look at."""
        out = dict(self.text_score.labels)
        out["incitement"] = self.incitement.score
        return out


def judge(policy: Policy, text: str, text_score: TextScore) -> Analysis:
    incitement = assess(text, threat=text_score.labels.get("threat", 0.0))
    labels = dict(text_score.labels)
    labels["incitement"] = incitement.score
    return Analysis(text_score, incitement, policy.decide(labels, text_score.whole))


def analyse(scorer: Scorer, policy: Policy, texts: Sequence[str], *, spans: bool = True) -> list[Analysis]:
    return [
        judge(policy, text, text_score)
        for text, text_score in zip(texts, scorer.score(texts, spans=spans), strict=True)
    ]
