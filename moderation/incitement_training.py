"""Training the incitement model from labelled data (`flask model train-incitement`).

Reproducible on CPU: fixed seed, fixed split, features cached on disk by text hash, so a second run
takes seconds and the first about ten minutes on two cores (mostly e5 on the long OpenAI prompts).

Steps:
1. Rows from `moderation.incitement_data`, each with its split. Only `train` rows are fitted on.
2. Features (`incitement_features`): multilingual-e5 embeddings for every row; with a toxicity model, its first-token vector
   and logits for English rows (the native head's input).
3. Each head: standardise, logistic regression with balanced classes; each source weighted so that
   the 7,800 German tweets do not drown our 1,000 sentences. C is chosen by 5-fold cross-validated
   log loss from a small grid.
4. Platt scaling on the out-of-fold decision values, so outputs are probabilities.
5. Policy thresholds from the out-of-fold probabilities of our own training sentences, routed as the
   app routes them: `review` is the highest threshold that keeps recall at REVIEW_RECALL, `hold`
   the lowest that reaches HOLD_PRECISION. These targets are the newsroom-facing choice and are
   recorded with the thresholds; `flask model calibrate` refits them from the desk's decisions.
6. Figures on rows never trained on: our held-out fifth (by language and kind) and GermEval's trial
   split; the OpenAI set by cross-validation only. All written into the provenance.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.detox import LoadedModel
from moderation.embedding import ENCODER_NAME, SentenceEncoder
from moderation.incitement_data import HELDOUT, TEST, TRAIN, Example
from moderation.incitement_features import e5_features, model_features
from moderation.incitement_model import IncitementModel, LinearHead, Reranker, logit

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
REVIEW_RECALL = 0.93
HOLD_PRECISION = 1.0
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS = 5
Progress = Callable[[str], None]


def _source_weights(rows: Sequence[Example]) -> FloatArray:
    """Each source carries the same total weight, whatever its size."""
    counts = Counter(row.source for row in rows)
    per_source = len(rows) / len(counts)
    return np.array([per_source / counts[row.source] for row in rows], dtype=np.float64).astype(np.float32)


def _groups(rows: Sequence[Example]) -> list[list[int]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[(row.source, row.split)].append(i)
    return [groups[key] for key in sorted(groups)]


@dataclass
class FittedHead:
    head: LinearHead
    out_of_fold: FloatArray  # calibrated probabilities for the training rows, from held-out folds
    c: float


def fit_head(features: FloatArray, labels: npt.NDArray[np.int_], weights: FloatArray, seed: int) -> FittedHead:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import StratifiedKFold

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-6] = 1.0
    standard = (features - mean) / scale
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(standard, labels))

    def out_of_fold(c: float) -> FloatArray:
        values = np.zeros(len(labels), dtype=np.float64)
        for train_idx, test_idx in folds:
            clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
            clf.fit(standard[train_idx], labels[train_idx], sample_weight=weights[train_idx])
            values[test_idx] = clf.decision_function(standard[test_idx])
        return values.astype(np.float32)

    best: tuple[float, float, FloatArray] | None = None
    for c in C_GRID:
        decisions = out_of_fold(c)
        loss = log_loss(labels, 1.0 / (1.0 + np.exp(-decisions)), sample_weight=weights)
        log.info("C=%g: out-of-fold log loss %.4f", c, loss)
        if best is None or loss < best[0]:
            best = (loss, c, decisions)
    assert best is not None
    _, c, decisions = best
    platt = LogisticRegression(C=1e6, max_iter=1000)
    platt.fit(decisions.reshape(-1, 1), labels)
    slope, intercept = float(platt.coef_[0][0]), float(platt.intercept_[0])
    final = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    final.fit(standard, labels, sample_weight=weights)
    head = LinearHead(
        mean=mean.astype(np.float32), scale=scale.astype(np.float32),
        weights=final.coef_[0].astype(np.float32), bias=float(final.intercept_[0]),
        platt_slope=slope, platt_intercept=intercept,
    )
    calibrated = (1.0 / (1.0 + np.exp(-(slope * decisions + intercept)))).astype(np.float32)
    return FittedHead(head, calibrated, c)


GATE_GRID = tuple(round(0.01 * k, 2) for k in range(2, 60))


def fit_reranker(native: FloatArray, second: FloatArray, labels: npt.NDArray[np.int_], weights: FloatArray,
                 seed: int) -> tuple[tuple[float, float, float], FloatArray]:
    """The re-ranker's coefficients over the two heads' out-of-fold probabilities, and its own
    out-of-fold probabilities (for choosing the gate and the thresholds)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    inputs = np.stack([logit(native), logit(second)], axis=1)
    stacked = np.zeros(len(labels), dtype=np.float32)
    for train_idx, test_idx in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(inputs, labels):
        fold = LogisticRegression(max_iter=1000).fit(inputs[train_idx], labels[train_idx], sample_weight=weights[train_idx])
        stacked[test_idx] = fold.predict_proba(inputs[test_idx])[:, 1]
    final = LogisticRegression(max_iter=1000).fit(inputs, labels, sample_weight=weights)
    return (float(final.coef_[0][0]), float(final.coef_[0][1]), float(final.intercept_[0])), stacked


def choose_thresholds(probabilities: FloatArray, labels: npt.NDArray[np.int_], *,
                      review_recall: float = REVIEW_RECALL, hold_precision: float = HOLD_PRECISION) -> dict[str, float]:
    """`review`: highest threshold with recall >= REVIEW_RECALL; `hold`: lowest with precision >=
    HOLD_PRECISION (and never below review)."""
    positives = np.sort(probabilities[labels == 1])
    if not len(positives):
        raise ValueError("no positive rows to choose thresholds from")
    # Keep recall: at most (1 - REVIEW_RECALL) of positives may fall below the threshold.
    allowed_misses = int(np.floor((1.0 - review_recall) * len(positives)))
    review = float(positives[allowed_misses])
    hold = 1.0
    for candidate in np.unique(probabilities[probabilities >= review]):
        flagged = probabilities >= candidate
        precision = float(labels[flagged].mean()) if flagged.any() else 0.0
        if precision >= hold_precision:
            hold = float(candidate)
            break
    return {"review": round(review, 4), "hold": round(max(hold, review), 4)}


def _auc(labels: npt.NDArray[np.int_], scores: FloatArray) -> float | None:
    from sklearn.metrics import roc_auc_score

    if len(set(labels.tolist())) < 2:
        return None
    return round(float(roc_auc_score(labels, scores)), 4)


def figures(labels: npt.NDArray[np.int_], probabilities: FloatArray, thresholds: dict[str, float]) -> dict[str, Any]:
    out: dict[str, Any] = {"rows": int(len(labels)), "positives": int(labels.sum()), "roc_auc": _auc(labels, probabilities)}
    for action, threshold in thresholds.items():
        flagged = probabilities >= threshold
        tp = int((flagged & (labels == 1)).sum())
        fp = int((flagged & (labels == 0)).sum())
        positives = int((labels == 1).sum())
        negatives = int((labels == 0).sum())
        out[action] = {
            "recall": round(tp / positives, 4) if positives else None,
            "false_positive_rate": round(fp / negatives, 4) if negatives else None,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        }
    return out


def _threshold_rows(rows: Sequence[Example], native_languages: frozenset[str]) -> npt.NDArray[np.bool_]:
    """Our own sentences in the native head's languages (all of our own when there is none): the
    rows the gate and the native route's review threshold are chosen on. The multilingual route is
    then shifted onto that threshold, and the policy's thresholds are chosen on all our sentences."""
    return np.array([row.source == "own" and (not native_languages or row.language in native_languages)
                     for row in rows])


@dataclass
class TrainingResult:
    model: IncitementModel
    report: dict[str, Any]


def train(examples: Sequence[Example], encoder: SentenceEncoder, *, native_model: LoadedModel | None,
          seed: int = 0, cache_dir: Path | None = None, progress: Progress = log.info,
          review_recall: float = REVIEW_RECALL) -> TrainingResult:
    train_rows = [row for row in examples if row.split == TRAIN]
    if not train_rows:
        raise ValueError("no training rows")
    labels = np.array([row.label for row in train_rows], dtype=np.int_)
    progress(f"embedding {len(examples)} rows with {ENCODER_NAME} (cached after the first run)")
    index = {id(row): i for i, row in enumerate(examples)}
    all_e5 = np.zeros((len(examples), 0), dtype=np.float32)
    # Cached per source and split, so editing our own sentences does not re-embed the public sets.
    for group in _groups(examples):
        values = e5_features(encoder, [examples[i].text for i in group], cache_dir)
        if not all_e5.shape[1]:
            all_e5 = np.zeros((len(examples), values.shape[1]), dtype=np.float32)
        all_e5[group] = values
    e5_train = all_e5[[index[id(row)] for row in train_rows]]
    progress(f"fitting the multilingual head on {len(train_rows)} rows")
    multilingual = fit_head(e5_train, labels, _source_weights(train_rows), seed)

    native: FittedHead | None = None
    native_languages = frozenset(native_model.languages) if native_model is not None else frozenset()
    native_rows = [row for row in train_rows if row.language in native_languages]
    all_native: FloatArray | None = None
    if native_model is not None and native_rows:
        progress(f"computing {native_model.identity} features for {len([r for r in examples if r.language in native_languages])} rows")
        readable = [row for row in examples if row.language in native_languages]
        for group in _groups(readable):
            native_values = model_features(native_model, [readable[i].text for i in group], cache_dir)
            if all_native is None:
                all_native = np.zeros((len(examples), native_values.shape[1]), dtype=np.float32)
            for i, vector in zip(group, native_values, strict=True):
                all_native[index[id(readable[i])]] = vector
        assert all_native is not None
        progress(f"fitting the native head on {len(native_rows)} rows ({', '.join(sorted(native_languages))})")
        native = fit_head(
            all_native[[index[id(row)] for row in native_rows]],
            np.array([row.label for row in native_rows], dtype=np.int_),
            _source_weights(native_rows), seed,
        )

    # Out-of-fold probabilities as the app would route them.
    routed_oof = multilingual.out_of_fold.copy()
    reranker: Reranker | None = None
    if native is not None:
        position = {id(row): i for i, row in enumerate(train_rows)}
        native_positions = [position[id(row)] for row in native_rows]
        progress("fitting the re-ranker on both heads' out-of-fold predictions")
        native_labels = np.array([row.label for row in native_rows], dtype=np.int_)
        coefficients, stacked = fit_reranker(native.out_of_fold, multilingual.out_of_fold[native_positions],
                                             native_labels, _source_weights(native_rows), seed)
        # The gate: the one on GATE_GRID whose re-ranked review threshold (chosen below, as the app
        # routes) flags the fewest negatives, the higher on a tie (fewer sentences re-read). The
        # threshold must stay at or above the gate, or sentences the re-ranker never saw are flagged.
        own_mask = _threshold_rows(train_rows, native_languages)
        gate, fewest = GATE_GRID[0], float("inf")
        for candidate in GATE_GRID:
            trial = routed_oof.copy()
            trial[native_positions] = np.where(native.out_of_fold >= candidate, stacked, native.out_of_fold)
            review = choose_thresholds(trial[own_mask], labels[own_mask], review_recall=review_recall)["review"]
            flagged = float(((trial[own_mask] >= review) & (labels[own_mask] == 0)).sum())
            log.info("gate %.2f: review %.4f, %d negatives flagged", candidate, review, flagged)
            if review >= candidate and flagged <= fewest:
                gate, fewest = candidate, flagged
        reranker = Reranker(*coefficients, gate=gate)
        routed_oof[native_positions] = np.where(native.out_of_fold >= gate, stacked, native.out_of_fold)
        progress(f"re-ranker: {reranker}")
    # Each route's review threshold on its own sentences; the multilingual head's logit is shifted
    # so that its threshold lands on the native route's, and one pair of thresholds serves both.
    shift = 0.0
    if native is not None:
        native_own = _threshold_rows(train_rows, native_languages)  # the rows the gate was chosen on
        other_own = np.array([row.source == "own" and row.language not in native_languages for row in train_rows])
        if labels[other_own].sum() and labels[native_own].sum():
            target = choose_thresholds(routed_oof[native_own], labels[native_own], review_recall=review_recall)["review"]
            alone = choose_thresholds(routed_oof[other_own], labels[other_own], review_recall=review_recall)["review"]
            shift = float(logit(np.array([target], dtype=np.float32))[0] - logit(np.array([alone], dtype=np.float32))[0])
            shifted = logit(routed_oof[other_own]) + shift
            routed_oof[other_own] = 1.0 / (1.0 + np.exp(-shifted))
            progress(f"multilingual route: review {alone:.4f} on its own sentences; logit shift {shift:+.3f} onto the native route's {target:.4f}")
    own_train = np.array([row.source == "own" for row in train_rows])
    thresholds = choose_thresholds(routed_oof[own_train], labels[own_train], review_recall=review_recall)
    progress(f"thresholds from out-of-fold predictions on our own sentences: {thresholds}")

    covered = sorted({
        language for language in {row.language for row in train_rows}
        if {row.label for row in train_rows if row.language == language} == {0, 1}
    })
    model = IncitementModel(
        multilingual=multilingual.head, encoder=ENCODER_NAME, covered_languages=frozenset(covered),
        thresholds=thresholds, native=native.head if native is not None else None,
        native_model=native_model.identity if native is not None and native_model is not None else None,
        native_languages=native_languages if native is not None else frozenset(),
        reranker=reranker, multilingual_shift=round(shift, 6),
    )

    def predict(rows: Sequence[Example]) -> FloatArray:
        idx = [index[id(row)] for row in rows]
        second = model.multilingual.probability(all_e5[idx])
        values = model.routed_multilingual(all_e5[idx])
        if model.native is not None and all_native is not None:
            for k, row in enumerate(rows):
                if row.language in model.native_languages:
                    native_value = model.native.probability(all_native[[index[id(row)]]])
                    if model.reranker is not None and native_value[0] >= model.reranker.gate:
                        native_value = model.reranker.probability(native_value, second[[k]])
                    values[k] = native_value[0]
        return values

    report: dict[str, Any] = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": seed,
        "label": "threatens, calls for or wishes violence against a person or group, or dehumanises a group",
        "data": {
            source: {split: int(n) for split, n in sorted(Counter(r.split for r in examples if r.source == source).items())}
            for source in sorted({r.source for r in examples})
        },
        "split": f"own sentences: one in {5} held out by a hash of the text; GermEval vio_trial test only; "
                 "OpenAI moderation by cross-validation",
        "source_weighting": "each source carries equal total weight",
        "multilingual_head": {"encoder": ENCODER_NAME, "C": multilingual.c, "rows": len(train_rows)},
        "native_head": ({"model": model.native_model, "C": native.c, "rows": len(native_rows),
                         "languages": sorted(native_languages)} if native is not None else None),
        "reranker": (dataclasses.asdict(reranker) | {
            "fitted_on": "out-of-fold probabilities of both heads on the native head's training rows",
            "gate_rule": "highest gate whose re-ranked review threshold stays at or above it"}
            if reranker is not None else None),
        "multilingual_shift": {"logit": round(shift, 6), "why": "each route reaches the review recall target on "
                               "its own sentences at the same thresholds"},
        "thresholds": {"values": thresholds, "review_recall_target": review_recall,
                       "hold_precision_target": HOLD_PRECISION,
                       "chosen_on": "out-of-fold probabilities of our own training sentences"},
        "heldout": {},
    }
    heldout = [row for row in examples if row.split == HELDOUT]
    if heldout:
        probabilities = predict(heldout)
        y = np.array([row.label for row in heldout], dtype=np.int_)
        report["heldout"]["own_all"] = figures(y, probabilities, thresholds)
        by_language: dict[str, list[int]] = defaultdict(list)
        by_kind: dict[str, list[int]] = defaultdict(list)
        for k, row in enumerate(heldout):
            by_language[row.language].append(k)
            if row.kind:
                by_kind[row.kind].append(k)
        report["heldout"]["own_by_language"] = {
            lang: figures(y[ks], probabilities[ks], thresholds) for lang, ks in sorted(by_language.items())
        }
        report["heldout"]["own_by_kind"] = {
            kind: figures(y[ks], probabilities[ks], thresholds) for kind, ks in sorted(by_kind.items())
        }
    tests = [row for row in examples if row.split == TEST]
    if tests:
        y = np.array([row.label for row in tests], dtype=np.int_)
        report["heldout"]["germeval_vio_trial"] = figures(y, predict(tests), thresholds)
    openai_rows = [k for k, row in enumerate(train_rows) if row.source == "openai"]
    if openai_rows:
        report["heldout"]["openai_cross_validated"] = figures(labels[openai_rows], routed_oof[openai_rows], thresholds)
    return TrainingResult(dataclasses.replace(model, provenance=report), report)


def format_report(report: dict[str, Any]) -> str:
    """The held-out figures as a table: one line per set, language and kind."""
    lines = [f"{'held-out set':<34} {'rows':>5} {'pos':>4} {'AUC':>6}  {'review: recall':>14} {'FPR':>6}  "
             f"{'hold: recall':>12} {'FPR':>6}"]

    def line(name: str, f: dict[str, Any]) -> None:
        def cell(value: Any) -> str:
            return f"{value:.3f}" if isinstance(value, float | int) and value is not None else "-"
        review, hold = f.get("review", {}), f.get("hold", {})
        lines.append(f"{name:<34} {f['rows']:>5} {f['positives']:>4} {cell(f['roc_auc']):>6}  "
                     f"{cell(review.get('recall')):>14} {cell(review.get('false_positive_rate')):>6}  "
                     f"{cell(hold.get('recall')):>12} {cell(hold.get('false_positive_rate')):>6}")

    heldout = report.get("heldout", {})
    for key, title in (("own_all", "own sentences, held-out fifth"),
                       ("germeval_vio_trial", "GermEval vio_trial (de)"),
                       ("openai_cross_validated", "OpenAI moderation (5-fold CV)")):
        if key in heldout:
            line(title, heldout[key])
    for language, f in heldout.get("own_by_language", {}).items():
        line(f"  own, language {language}", f)
    for kind, f in heldout.get("own_by_kind", {}).items():
        line(f"  own, {kind}", f)
    return "\n".join(lines)
