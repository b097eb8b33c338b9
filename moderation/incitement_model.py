"""The learned incitement score: a calibrated probability that a sentence threatens, calls for or
wishes violence against a person or group, or dehumanises a group.

Two linear heads, both trained by `moderation.incitement_training` (`flask model train-incitement`)
and shipped as small files under `moderation/data/`:

- the **multilingual head** reads multilingual-e5-small embeddings (`moderation.embedding`) and
  judges any language e5 reads;
- the **native head** reads what the configured toxicity model already computed for the same
  sentence (its first-token vector and its label logits), so it costs nothing extra. It is tied to
  the exact checkpoint it was trained on and used only for the languages that checkpoint reads
  (English for the bundled MiniLM); anything else, or any other checkpoint, goes to the
  multilingual head.

The split exists for speed: e5 costs about three times the toxicity model per sentence on this
project's CPUs, so running it on every English sentence would halve scoring throughput. It re-reads
only the English sentences the native head finds suspicious (`Reranker`). Both heads end in Platt
scaling fitted on out-of-fold predictions, so their outputs are probabilities; the multilingual
head's logit is shifted (`multilingual_shift`) so that both routes reach the newsroom's recall
target at the same policy thresholds. Thresholds, gate and shift are chosen by the training run on
out-of-fold predictions and stored with the weights, never set by hand.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_MODEL_FILE = DATA_DIR / "incitement_model.json"
MODEL_FILE_ENV = "THREADWATCH_INCITEMENT_MODEL"
LABEL = "incitement"

FloatArray = npt.NDArray[np.float32]


class IncitementModelError(RuntimeError):
    """The incitement model files are missing or unreadable; the message names the setting."""


@dataclass(frozen=True)
class LinearHead:
    """Standardise, then a logistic regression, then Platt scaling of its decision value."""

    mean: FloatArray
    scale: FloatArray
    weights: FloatArray
    bias: float
    platt_slope: float
    platt_intercept: float

    @property
    def dimensions(self) -> int:
        return int(self.weights.shape[0])

    def decision(self, features: FloatArray) -> FloatArray:
        standard = (features - self.mean) / self.scale
        result: FloatArray = (standard @ self.weights + self.bias).astype(np.float32)
        return result

    def probability(self, features: FloatArray) -> FloatArray:
        if features.ndim != 2 or features.shape[1] != self.dimensions:
            raise ValueError(f"expected (n, {self.dimensions}) features, got {features.shape}")
        z = self.platt_slope * self.decision(features) + self.platt_intercept
        return sigmoid(z)

    def arrays(self, prefix: str) -> dict[str, npt.NDArray[Any]]:
        return {
            f"{prefix}_mean": self.mean,
            f"{prefix}_scale": self.scale,
            f"{prefix}_weights": self.weights,
            f"{prefix}_scalars": np.array([self.bias, self.platt_slope, self.platt_intercept], dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]], prefix: str) -> LinearHead:
        bias, slope, intercept = (float(v) for v in arrays[f"{prefix}_scalars"])
        return cls(
            mean=np.asarray(arrays[f"{prefix}_mean"], dtype=np.float32),
            scale=np.asarray(arrays[f"{prefix}_scale"], dtype=np.float32),
            weights=np.asarray(arrays[f"{prefix}_weights"], dtype=np.float32),
            bias=bias,
            platt_slope=slope,
            platt_intercept=intercept,
        )


def sigmoid(z: npt.NDArray[Any]) -> FloatArray:
    """The logistic function, clipped so that extreme decision values cannot overflow."""
    result: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))).astype(np.float32)
    return result


def logit(probabilities: FloatArray) -> FloatArray:
    clipped = np.clip(probabilities.astype(np.float64), 1e-6, 1.0 - 1e-6)
    result: FloatArray = np.log(clipped / (1.0 - clipped)).astype(np.float32)
    return result


@dataclass(frozen=True)
class Reranker:
    """A second opinion on the sentences the native head flags: a logistic regression over the two
    heads' logits, fitted on their out-of-fold predictions.

    The native head reads the toxicity model's view of a sentence, tuned to abuse; it cannot tell
    "hang the traitors" from "writing 'hang the traitors' is vile". e5 reads the sentence as a
    whole and separates the two better (cross-validated AUC on OpenAI moderation 0.89 against
    0.86), and together they beat either. e5 costs more than the native head, so only sentences
    whose native probability reaches `gate` are re-read; `gate` is chosen by the training run as
    the highest value that leaves the re-ranked review threshold above it, so a sentence the
    re-ranker never saw cannot be flagged."""

    native_weight: float
    multilingual_weight: float
    bias: float
    gate: float

    def probability(self, native: FloatArray, multilingual: FloatArray) -> FloatArray:
        z = self.native_weight * logit(native) + self.multilingual_weight * logit(multilingual) + self.bias
        return sigmoid(z)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        return {"reranker_scalars": np.array([self.native_weight, self.multilingual_weight, self.bias, self.gate],
                                             dtype=np.float64)}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]]) -> Reranker | None:
        if "reranker_scalars" not in arrays:
            return None
        native_weight, multilingual_weight, bias, gate = (float(v) for v in arrays["reranker_scalars"])
        return cls(native_weight, multilingual_weight, bias, gate)


@dataclass(frozen=True)
class IncitementModel:
    multilingual: LinearHead
    encoder: str  # the sentence encoder the multilingual head reads
    covered_languages: frozenset[str]  # languages with labelled training rows of both classes
    thresholds: dict[str, float]  # action -> probability, chosen by the training run
    native: LinearHead | None = None
    native_model: str | None = None  # identity of the toxicity model the native head reads
    native_languages: frozenset[str] = frozenset()
    reranker: Reranker | None = None  # re-reads the native head's flagged sentences with e5
    # Added to the multilingual head's logit where it judges alone (languages the native head does
    # not read), so that both routes reach the newsroom's recall at the same policy thresholds.
    multilingual_shift: float = 0.0
    provenance: dict[str, Any] = field(default_factory=dict)
    path: str | None = None

    def native_for(self, model_identity: str) -> LinearHead | None:
        """The native head when it was trained on exactly this toxicity model, else None."""
        if self.native is not None and self.native_model == model_identity:
            return self.native
        return None

    def routed_multilingual(self, embeddings: FloatArray) -> FloatArray:
        """The multilingual head's probability for a text it judges alone, shifted onto the native
        route's scale (see `multilingual_shift`)."""
        probability = self.multilingual.probability(embeddings)
        if not self.multilingual_shift:
            return probability
        z = logit(probability) + self.multilingual_shift
        return sigmoid(z)

    def covers(self, language: str | None) -> bool:
        """Whether the training data covered `language`; undetermined text counts as covered."""
        return language is None or language in self.covered_languages

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the JSON description (thresholds, provenance) and the .npz weights beside it."""
        target = Path(path)
        arrays = self.multilingual.arrays("multilingual")
        if self.native is not None:
            arrays.update(self.native.arrays("native"))
        if self.reranker is not None:
            arrays.update(self.reranker.arrays())
        weights = target.with_suffix(".npz")
        np.savez_compressed(weights, **arrays)  # type: ignore[arg-type]
        description = {
            "format": 1,
            "label": LABEL,
            "weights": weights.name,
            "encoder": self.encoder,
            "covered_languages": sorted(self.covered_languages),
            "thresholds": self.thresholds,
            "native_model": self.native_model if self.native is not None else None,
            "native_languages": sorted(self.native_languages),
            "multilingual_shift": self.multilingual_shift,
            "provenance": self.provenance,
        }
        target.write_text(json.dumps(description, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_model(path: str | os.PathLike[str] | None = None) -> IncitementModel:
    """Read a trained model: `path`, else $THREADWATCH_INCITEMENT_MODEL, else the shipped one."""
    source = Path(path or os.environ.get(MODEL_FILE_ENV) or DEFAULT_MODEL_FILE)
    try:
        description = json.loads(source.read_text(encoding="utf-8"))
        arrays = dict(np.load(source.parent / description["weights"]))
    except (OSError, ValueError, KeyError) as exc:
        raise IncitementModelError(
            f"cannot read the incitement model {source} ({exc}); set {MODEL_FILE_ENV} to a file written by "
            "`flask model train-incitement`, or unset it to use the shipped model"
        ) from exc
    native = LinearHead.from_arrays(arrays, "native") if "native_scalars" in arrays else None
    return IncitementModel(
        multilingual=LinearHead.from_arrays(arrays, "multilingual"),
        encoder=str(description["encoder"]),
        covered_languages=frozenset(description["covered_languages"]),
        thresholds={str(k): float(v) for k, v in description["thresholds"].items()},
        native=native,
        native_model=description.get("native_model"),
        native_languages=frozenset(description.get("native_languages", [])),
        reranker=Reranker.from_arrays(arrays) if native is not None else None,
        multilingual_shift=float(description.get("multilingual_shift", 0.0)),
        provenance=dict(description.get("provenance", {})),
        path=str(source),
    )


_shared_lock = threading.Lock()
_shared: dict[str, IncitementModel] = {}


def shared_model(path: str | os.PathLike[str] | None = None) -> IncitementModel:
    """`load_model`, once per process and path."""
    key = str(path or os.environ.get(MODEL_FILE_ENV) or DEFAULT_MODEL_FILE)
    with _shared_lock:
        model = _shared.get(key)
        if model is None:
            model = load_model(key)
            _shared[key] = model
        return model


def native_features(first_token: FloatArray, logits: FloatArray) -> FloatArray:
    """What the native head reads: the toxicity model's first-token vector and its label logits."""
    result: FloatArray = np.concatenate([first_token, logits], axis=1).astype(np.float32)
    return result


def route(languages: Sequence[str | None], model: IncitementModel, model_identity: str) -> list[bool]:
    """Per text, True when the native head judges it (a language the toxicity model reads)."""
    if model.native_for(model_identity) is None:
        return [False] * len(languages)
    return [lang is None or lang in model.native_languages for lang in languages]
