"""The features the incitement heads are trained on, cached on disk by the texts' hash.

Computing them is most of a training run (about ten minutes on two cores, mostly e5 on the long
OpenAI prompts); cached, a second run takes seconds. The key covers every text and what computed
it (the encoder's name; the toxicity model's identity and pooled layers), so a changed model or
text is never served a stale row.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moderation.detox import LoadedModel
from moderation.embedding import ENCODER_NAME, SentenceEncoder
from moderation.encoder import POOLED_LAYERS

FloatArray = npt.NDArray[np.float32]
NATIVE_MAX_CHARS = 2_000
E5_MAX_CHARS = 2_000


def default_cache_dir() -> Path:
    """THREADWATCH_CACHE_DIR, else ~/.cache/threadwatch."""
    return Path(os.environ.get("THREADWATCH_CACHE_DIR") or Path.home() / ".cache" / "threadwatch")


def _key(texts: Sequence[str], what: str) -> str:
    digest = hashlib.sha256(what.encode())
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    return digest.hexdigest()[:24]


def _cached(cache_dir: Path | None, name: str, texts: Sequence[str], what: str,
            compute: Callable[[Sequence[str]], FloatArray]) -> FloatArray:
    if cache_dir is None:
        return compute(texts)
    path = cache_dir / f"{name}-{_key(texts, what)}.npy"
    if path.is_file():
        cached: FloatArray = np.load(path)
        return cached
    values = compute(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, values)
    return values


def e5_features(encoder: SentenceEncoder, texts: Sequence[str], cache_dir: Path | None) -> FloatArray:
    """The multilingual-e5 embedding of each text (its first 2,000 characters)."""
    clipped = [text[:E5_MAX_CHARS] for text in texts]
    return _cached(cache_dir, "e5", clipped, ENCODER_NAME, encoder.embed)


def model_features(model: LoadedModel, texts: Sequence[str], cache_dir: Path | None) -> FloatArray:
    """The native head's input for each text, through the same forward the scorer runs."""
    clipped = [text[:NATIVE_MAX_CHARS] for text in texts]

    def compute(items: Sequence[str]) -> FloatArray:
        encoded = model.encode(items)
        order = sorted(range(len(items)), key=lambda i: len(encoded[i]))
        rows: list[FloatArray] = [np.zeros(0, dtype=np.float32)] * len(items)
        for start in range(0, len(order), 32):
            batch = order[start : start + 32]
            _, features = model.forward_with_features([encoded[i] for i in batch])
            for i, row in zip(batch, features, strict=True):
                rows[i] = row
        return np.stack(rows).astype(np.float32)

    return _cached(cache_dir, "native", clipped, f"{model.identity}|pooled={POOLED_LAYERS}", compute)
