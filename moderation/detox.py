"""Loading Detoxify through its own code, once per process, with an identity for every score.

Scores are only trustworthy if they come from a real model, so there is no fallback: when no model
can be loaded the error names the settings that choose one. The identity (model name plus a hash of
the checkpoint file) travels with every score so a model change can trigger re-scoring.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch

from moderation.detox_settings import DEFAULT_LANGUAGES, HOW_TO_CONFIGURE, ModelLoadError, ModelSettings
from moderation.encoder import FirstTokenEncoder, pooled_layers

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
# Largest score difference the first-token encoder may show against the Hugging Face forward.
FAST_PATH_TOLERANCE = 1e-4


_HASH_CHUNK = 1 << 20
_hash_lock = threading.Lock()
_hash_cache: dict[tuple[str, int, int], str] = {}


def checkpoint_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a checkpoint file, cached by path, mtime and size so a 90 MB file is read once."""
    resolved = Path(path).resolve()
    stat = resolved.stat()
    key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    with _hash_lock:
        cached = _hash_cache.get(key)
    if cached is not None:
        return cached
    digest = hashlib.sha256()
    with resolved.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    value = digest.hexdigest()
    with _hash_lock:
        _hash_cache[key] = value
    return value


def model_identity(settings: ModelSettings) -> str:
    """`minilm_toxic.ckpt@sha256:1a2b3c4d5e6f` for a checkpoint, `detoxify:original` for official weights."""
    if settings.checkpoint is None:
        return f"detoxify:{settings.model_type}"
    return f"{Path(settings.checkpoint).name}@sha256:{checkpoint_digest(settings.checkpoint)[:12]}"


@dataclass(frozen=True)
class Encoded:
    """One tokenised text, unpadded: the tokenizer's fields (input_ids, attention_mask, ...)."""

    fields: dict[str, list[int]]

    def __len__(self) -> int:
        return len(self.fields["input_ids"])


def _pooled_means(hidden_states: Sequence[torch.Tensor], attention_mask: torch.Tensor) -> torch.Tensor:
    """The Hugging Face forward's counterpart of `FirstTokenEncoder.features`' pooled part: masked
    token means of the layer outputs just below the last, oldest first, side by side."""
    layers = len(hidden_states) - 1  # hidden_states[0] is the embedding output
    weights = attention_mask.to(hidden_states[-1].dtype)[:, :, None]
    counts = weights.sum(dim=1).clamp(min=1.0)
    below = hidden_states[layers - pooled_layers(layers) : -1]
    empty = hidden_states[-1].new_zeros((hidden_states[-1].shape[0], 0))
    return torch.cat([empty] + [(state * weights).sum(dim=1) / counts for state in below], dim=1)


class LoadedModel:
    """A Detoxify instance plus what the pipeline needs around it: identity, labels, length limit.

    `predict` is the plain reference path (texts in the given order, padded per chunk); the
    Scorer builds its length-sorted batches from `encode` and `forward`.
    """

    def __init__(self, detoxify: Any, identity: str, batch_size: int = 32, fast_path: bool = True,
                 languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.detoxify = detoxify
        self.identity = identity
        self.languages: frozenset[str] = frozenset(languages)
        self.batch_size = batch_size
        self.labels: tuple[str, ...] = tuple(str(name) for name in detoxify.class_names)
        self._model: Any = detoxify.model
        self._tokenizer: Any = detoxify.tokenizer
        self._model.eval()
        limit = int(self._tokenizer.model_max_length)
        positions = getattr(self._model.config, "max_position_embeddings", None)
        if isinstance(positions, int):
            # RoBERTa-style configs reserve position slots for padding; the tokenizer's limit is the real one
            # when it is set, otherwise fall back to the position table.
            limit = min(limit, positions)
        self.max_tokens: int = limit
        self.special_tokens: int = int(self._tokenizer.num_special_tokens_to_add(pair=False))
        self._pad_values = {
            "input_ids": int(self._tokenizer.pad_token_id or 0),
            "attention_mask": 0,
            "token_type_ids": int(getattr(self._tokenizer, "pad_token_type_id", 0) or 0),
        }
        self._pad_left = getattr(self._tokenizer, "padding_side", "right") == "left"
        # A fast tokenizer switches its Rust-side truncation settings per call, and two threads doing
        # that at once fail with "Already borrowed"; encode and count_tokens use different settings.
        self._tokenizer_lock = threading.Lock()
        self._encoder: Any = None
        if fast_path and not self._pad_left:
            self._encoder = self._checked_encoder()
        self._run: Any = self._encoder if self._encoder is not None else self._hf_logits

    @property
    def uses_fast_path(self) -> bool:
        return self._encoder is not None

    def _hf_logits(self, **tensors: torch.Tensor) -> torch.Tensor:
        logits: torch.Tensor = self._model(**tensors)[0]
        return logits

    def _checked_encoder(self) -> FirstTokenEncoder | None:
        """The first-token encoder, if it agrees with the Hugging Face forward on a padded probe batch.

        It is exact algebra, but on weights or a transformers version it was not written against a
        disagreement is possible; then scoring keeps the reference forward rather than drift.
        """
        encoder = FirstTokenEncoder.build(self._model)
        if encoder is None:
            return None
        probe = ["a short probe", "a longer probe, so that the batch needs padding and a mask. " * 3]
        tensors = self._pad(self.encode(probe))
        with torch.inference_mode():
            output = self._model(**tensors, output_hidden_states=True)
            reference = torch.sigmoid(output.logits)
            reference_pooled = _pooled_means(output.hidden_states, tensors["attention_mask"])
            try:
                logits = encoder(**tensors)
                _, _, pooled = encoder.features(
                    tensors["input_ids"], tensors["attention_mask"], tensors.get("token_type_ids"))
            except RuntimeError as exc:  # e.g. a oneDNN kernel this CPU or build lacks
                log.warning("first-token encoder failed on the probe batch (%s); not using it", exc)
                return None
        drift = max(float((reference - torch.sigmoid(logits)).abs().max()),
                    float((reference_pooled - pooled).abs().max()))
        if not drift <= FAST_PATH_TOLERANCE:
            log.warning("first-token encoder drifts %.1e from the Hugging Face forward; not using it", drift)
            return None
        log.info("scoring uses the first-token encoder (probe drift %.1e)", drift)
        return encoder

    @property
    def content_tokens(self) -> int:
        """Tokens of text that fit in one input, after the model's special tokens."""
        return self.max_tokens - self.special_tokens

    @property
    def device(self) -> torch.device:
        device: torch.device = self._model.device
        return device

    def encode(self, texts: Sequence[str]) -> list[Encoded]:
        """Tokenise without padding, truncated to the model's limit exactly as Detoxify does."""
        if not texts:
            return []
        with self._tokenizer_lock:
            batch = self._tokenizer(list(texts), truncation=True, max_length=self.max_tokens, padding=False)
        keys = [key for key in ("input_ids", "attention_mask", "token_type_ids") if key in batch]
        return [Encoded({key: list(batch[key][i]) for key in keys}) for i in range(len(texts))]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Content tokens per text, untruncated and without special tokens; for splitting long text."""
        if not texts:
            return []
        # verbose=False: counting a long text is the point here, not a mistake worth a warning.
        with self._tokenizer_lock:
            batch = self._tokenizer(
                list(texts), add_special_tokens=False, truncation=False, padding=False, verbose=False
            )
        return [len(ids) for ids in batch["input_ids"]]

    def forward(self, batch: Sequence[Encoded]) -> list[list[float]]:
        """Sigmoid scores per text, in `labels` order, for one batch padded to its longest member."""
        if not batch:
            return []
        tensors = self._pad(batch)
        with torch.inference_mode():
            logits = self._run(**tensors)
            scores = torch.sigmoid(logits).float().cpu()
        result: list[list[float]] = scores.tolist()
        return result

    def forward_with_features(self, batch: Sequence[Encoded]) -> tuple[list[list[float]], FloatArray]:
        """`forward`'s scores plus, per text, what the incitement model's native head reads, at no
        extra model cost: the last layer's first-token vector, the label logits, and the token means
        of the `POOLED_LAYERS` layer outputs below the last, side by side."""
        if not batch:
            return [], np.zeros((0, 0), dtype=np.float32)
        tensors = self._pad(batch)
        with torch.inference_mode():
            if self._encoder is not None:
                first, logits, pooled = self._encoder.features(
                    tensors["input_ids"], tensors["attention_mask"], tensors.get("token_type_ids"))
            else:
                output = self._model(**tensors, output_hidden_states=True)
                logits, first = output.logits, output.hidden_states[-1][:, 0]
                pooled = _pooled_means(output.hidden_states, tensors["attention_mask"])
            scores = torch.sigmoid(logits).float().cpu()
            features = torch.cat([first, logits, pooled], dim=1).float().cpu().numpy()
        result: list[list[float]] = scores.tolist()
        return result, features

    def _pad(self, batch: Sequence[Encoded]) -> dict[str, torch.Tensor]:
        width = max(len(item) for item in batch)
        tensors: dict[str, torch.Tensor] = {}
        for key in batch[0].fields:
            pad = self._pad_values.get(key, 0)
            rows = []
            for item in batch:
                values = item.fields[key]
                filler = [pad] * (width - len(values))
                rows.append(filler + values if self._pad_left else values + filler)
            tensors[key] = torch.tensor(rows, dtype=torch.long, device=self.device)
        return tensors

    def compile(self) -> None:
        """Run the scoring path through torch.compile (same weights, so the same identity).

        `dynamic=True` because batches vary in width; the first calls compile, later ones reuse.
        Freezing lets inductor treat the weights as constants (prepacked, with fused bias and gelu).
        The plain `detoxify.predict` reference keeps the eager module.
        """
        if self._encoder is not None:
            self._encoder = self._encoder.unpacked()
        run = self._encoder if self._encoder is not None else self._hf_logits
        self._run = torch.compile(run, dynamic=True, options={"freezing": True})
        log.info("scoring path will run through torch.compile (first batches compile)")

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Plain per-text scores in the given order, in chunks of `batch_size`; no cache, no sorting."""
        out: list[dict[str, float]] = []
        for start in range(0, len(texts), self.batch_size):
            chunk = texts[start : start + self.batch_size]
            for row in self.forward(self.encode(chunk)):
                out.append(dict(zip(self.labels, row, strict=True)))
        return out


_models_lock = threading.Lock()
_models: dict[tuple[str, str | None, str | None, str, bool, bool, tuple[str, ...]], LoadedModel] = {}


def get_model(settings: ModelSettings) -> LoadedModel:
    """The model for these settings, loaded on first use and shared by every caller in the process."""
    key = (
        settings.model_type, settings.checkpoint, settings.hf_config, settings.device, settings.compile,
        settings.fast_path, settings.model_languages,
    )
    if settings.threads is not None and torch.get_num_threads() != settings.threads:
        torch.set_num_threads(settings.threads)
    with _models_lock:
        loaded = _models.get(key)
        if loaded is None:
            loaded = _load(settings)
            _models[key] = loaded
    return loaded


def _load(settings: ModelSettings) -> LoadedModel:
    try:
        from detoxify import Detoxify
    except ImportError as exc:  # pragma: no cover - detoxify is a hard dependency
        raise ModelLoadError(f"The detoxify package is not installed ({exc}). {HOW_TO_CONFIGURE}") from exc
    log.info("loading Detoxify model (%s) on %s", settings.describe(), settings.device)
    try:
        if settings.checkpoint is not None:
            detoxify = Detoxify(
                checkpoint=settings.checkpoint,
                device=settings.device,
                huggingface_config_path=settings.hf_config,
            )
        else:
            detoxify = Detoxify(model_type=settings.model_type, device=settings.device)
    except Exception as exc:
        raise ModelLoadError(
            f"Could not load the Detoxify model ({settings.describe()}): {type(exc).__name__}: {exc}. "
            f"{HOW_TO_CONFIGURE}"
        ) from exc
    loaded = LoadedModel(detoxify, model_identity(settings), settings.batch_size or 32, settings.fast_path,
                         settings.model_languages)
    if settings.compile:
        loaded.compile()
    log.info("loaded %s: labels %s, max %d tokens", loaded.identity, ", ".join(loaded.labels), loaded.max_tokens)
    return loaded
