"""One text's whole verdict: model scores, incitement, and the policy decision they lead to.

The app stores this for every comment, and `flask model evaluate` counts it against human labels.
Both must judge a text the same way, so the combination is written once, here.

The incitement score is the learned model's (`moderation.incitement_model`): the worst sentence's
probability (a one-sentence comment's own), which the scorer already computed. The English cue
lexicon (`moderation.incitement`) no longer scores anything; on English comments it explains,
pointing at the call, the act and the target inside a flagged sentence. Each sentence the model
itself put over the review threshold is a reason of its own (cue `model`), in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderation.incitement import IncitementReason, IncitementResult, assess
from moderation.incitement_model import LABEL as INCITEMENT
from moderation.policy import Decision, Policy
from moderation.scoring import Scorer, TextScore

# The languages the cue lexicon is written for; its rules never run on anything else.
CUE_LANGUAGES = frozenset({"en"})


@dataclass
class Analysis:
    text_score: TextScore
    incitement: IncitementResult
    decision: Decision
    language: str | None = None
    covered: bool = True  # some model reads the comment's language

    @property
    def labels(self) -> dict[str, float]:
        """The model's label scores, `incitement` included: what the policy rules look at."""
        out = dict(self.text_score.labels)
        out[INCITEMENT] = self.incitement.score
        return out


def _model_reasons(text: str, text_score: TextScore, threshold: float) -> list[IncitementReason]:
    """The flagged sentences. A window takes its worst sentence's score, so a window around a
    flagged sentence is over the threshold too; it is left out, the sentence itself says why."""
    over = [span for span in text_score.spans if span.scores.get(INCITEMENT, 0.0) >= threshold]
    reasons = []
    for span in over:
        if any(other is not span and span.start <= other.start and other.end <= span.end
               and (other.start, other.end) != (span.start, span.end) for other in over):
            continue
        reasons.append(IncitementReason("model", span.start, span.end, text[span.start : span.end], None))
    return reasons


def judge(policy: Policy, text: str, text_score: TextScore, *, review_threshold: float | None = None,
          covered_languages: frozenset[str] | None = None) -> Analysis:
    """`covered_languages`: what the toxicity and incitement models read together; None: everything."""
    score = text_score.labels.get(INCITEMENT)
    if score is None:
        raise ValueError("the scorer has no incitement model: build it with Scorer(model) or pass one")
    language = text_score.language
    threshold = review_threshold if review_threshold is not None else policy.thresholds().get(INCITEMENT, 0.5)
    model_reasons = _model_reasons(text, text_score, threshold)
    reasons: list[IncitementReason] = list(model_reasons)
    if language in CUE_LANGUAGES:
        # The cues explain flagged sentences only: each is searched on its own, offsets shifted back.
        for flagged in model_reasons:
            for cue in assess(flagged.text, language=language, one_sentence=True).reasons:
                reasons.append(IncitementReason(cue.cue, cue.start + flagged.start, cue.end + flagged.start,
                                                cue.text, cue.target))
    unique = tuple(sorted(set(reasons), key=lambda r: (r.start, r.end, r.cue)))
    incitement = IncitementResult(score=score, reasons=unique)
    covered = covered_languages is None or language is None or language in covered_languages
    labels = dict(text_score.labels)
    decision = policy.decide(labels, text_score.whole, language=language, covered=covered,
                             complete=text_score.complete)
    return Analysis(text_score, incitement, decision, language, covered)


def covered_languages(scorer: Scorer) -> frozenset[str] | None:
    """The languages some model of this scorer reads: the toxicity model's and the incitement
    model's training languages. None when there is no incitement model to say."""
    if scorer.incitement is None:
        return None
    return scorer.model.languages | scorer.incitement.covered_languages


def analyse(scorer: Scorer, policy: Policy, texts: Sequence[str], *, spans: bool = True) -> list[Analysis]:
    covered = covered_languages(scorer)
    return [
        judge(policy, text, text_score, covered_languages=covered)
        for text, text_score in zip(texts, scorer.score(texts, spans=spans), strict=True)
    ]
