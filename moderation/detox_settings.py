"""Which Detoxify model to load and how to run it, from THREADWATCH_DETOXIFY_* settings.

Settings are checked when read, so a wrong one fails at start-up with a message naming the
setting and how to choose a model, rather than at the first comment scored; the message for no
model at all (``HOW_TO_CONFIGURE``) names every setting that chooses one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch

MODEL_TYPES = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")
ENV_MODEL = "THREADWATCH_DETOXIFY_MODEL"
ENV_CHECKPOINT = "THREADWATCH_DETOXIFY_CHECKPOINT"
ENV_HF_CONFIG = "THREADWATCH_DETOXIFY_HF_CONFIG"
ENV_DEVICE = "THREADWATCH_DETOXIFY_DEVICE"
ENV_BATCH_SIZE = "THREADWATCH_DETOXIFY_BATCH_SIZE"
ENV_THREADS = "THREADWATCH_DETOXIFY_THREADS"
ENV_COMPILE = "THREADWATCH_DETOXIFY_COMPILE"
ENV_FAST_PATH = "THREADWATCH_DETOXIFY_FAST_PATH"
ENV_LANGUAGES = "THREADWATCH_DETOXIFY_LANGUAGES"
# The languages each official model was trained on (Detoxify's README); a checkpoint is taken to read
# English unless THREADWATCH_DETOXIFY_LANGUAGES says otherwise.
MODEL_LANGUAGES = {
    "multilingual": ("en", "fr", "es", "it", "pt", "tr", "ru"),
}
DEFAULT_LANGUAGES = ("en",)
MAX_BATCH_SIZE = 4096

HOW_TO_CONFIGURE = (
    f"Choose a model with {ENV_MODEL} (one of {', '.join(MODEL_TYPES)}; official weights are downloaded "
    f"once, which needs internet), or point {ENV_CHECKPOINT} at a Detoxify-format checkpoint and "
    f"{ENV_HF_CONFIG} at its Hugging Face config/tokenizer directory for offline use. For the bundled "
    "offline model run `source ../shared/models/env.sh` (it also sets HF_HOME and HF_HUB_OFFLINE)."
)


class ModelLoadError(RuntimeError):
    """No usable model: the caller must stop rather than store scores that did not come from one."""


@dataclass(frozen=True)
class ModelSettings:
    model_type: str = "original"
    checkpoint: str | None = None
    hf_config: str | None = None
    device: str = "cpu"
    # Texts per forward pass. Unset: the scorer fills CPU batches by a token budget alone, and uses 32
    # on CUDA and in the plain `predict` reference path.
    batch_size: int | None = None
    threads: int | None = None
    # torch.compile the scoring path: identical scores to 1e-6, ~20 s of compilation per process. With
    # the first-token encoder it measured 0.86-1.06x eager on this 2-core CPU, so it is off by default.
    compile: bool = False
    # The first-token forward (moderation/encoder.py): same weights and scores to ~1e-6, fewer FLOPs.
    fast_path: bool = True
    # ISO 639-1 codes of the languages the model reads; None: what the model type implies.
    languages: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.model_type not in MODEL_TYPES:
            raise ModelLoadError(
                f"{ENV_MODEL}={self.model_type!r} is not a Detoxify model; use one of {', '.join(MODEL_TYPES)}."
            )
        if (self.checkpoint is None) != (self.hf_config is None):
            given, missing = (
                (ENV_CHECKPOINT, ENV_HF_CONFIG) if self.checkpoint is not None else (ENV_HF_CONFIG, ENV_CHECKPOINT)
            )
            raise ModelLoadError(
                f"{given} is set but {missing} is not: an offline checkpoint needs both the checkpoint file "
                f"and the Hugging Face config/tokenizer directory. {HOW_TO_CONFIGURE}"
            )
        if self.checkpoint is not None and not Path(self.checkpoint).is_file():
            raise ModelLoadError(f"{ENV_CHECKPOINT}={self.checkpoint!r}: no such file. {HOW_TO_CONFIGURE}")
        if self.hf_config is not None and not (Path(self.hf_config) / "config.json").is_file():
            raise ModelLoadError(
                f"{ENV_HF_CONFIG}={self.hf_config!r} is not a directory holding config.json. {HOW_TO_CONFIGURE}"
            )
        if self.batch_size is not None and not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise ModelLoadError(f"{ENV_BATCH_SIZE} must be between 1 and {MAX_BATCH_SIZE}, got {self.batch_size}.")
        if self.threads is not None and self.threads < 1:
            raise ModelLoadError(f"{ENV_THREADS} must be a positive integer, got {self.threads}.")
        _check_device(self.device)

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> ModelSettings:
        """Settings from THREADWATCH_DETOXIFY_* variables; empty values count as unset."""

        def get(name: str) -> str | None:
            value = environ.get(name, "").strip()
            return value or None

        device = get(ENV_DEVICE) or "cpu"
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        batch_size = _parse_int(ENV_BATCH_SIZE, get(ENV_BATCH_SIZE))
        return cls(
            model_type=get(ENV_MODEL) or "original",
            checkpoint=get(ENV_CHECKPOINT),
            hf_config=get(ENV_HF_CONFIG),
            device=device,
            batch_size=batch_size,
            threads=_parse_int(ENV_THREADS, get(ENV_THREADS)),
            compile=_parse_flag(ENV_COMPILE, get(ENV_COMPILE), default=False),
            fast_path=_parse_flag(ENV_FAST_PATH, get(ENV_FAST_PATH), default=True),
            languages=_parse_languages(get(ENV_LANGUAGES)),
        )

    @property
    def model_languages(self) -> tuple[str, ...]:
        if self.languages is not None:
            return self.languages
        if self.checkpoint is None:
            return MODEL_LANGUAGES.get(self.model_type, DEFAULT_LANGUAGES)
        return DEFAULT_LANGUAGES

    def describe(self) -> str:
        if self.checkpoint is not None:
            return f"{ENV_CHECKPOINT}={self.checkpoint}, {ENV_HF_CONFIG}={self.hf_config}"
        return f"{ENV_MODEL}={self.model_type}"


def _parse_int(name: str, raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ModelLoadError(f"{name} must be an integer, got {raw!r}.") from None


def _parse_languages(raw: str | None) -> tuple[str, ...] | None:
    if raw is None:
        return None
    codes = tuple(part.strip().lower() for part in raw.split(",") if part.strip())
    if not codes or any(len(code) != 2 or not code.isalpha() for code in codes):
        raise ModelLoadError(f"{ENV_LANGUAGES} must list ISO 639-1 codes separated by commas (en,fr), got {raw!r}.")
    return codes


def _parse_flag(name: str, raw: str | None, *, default: bool) -> bool:
    if raw is None:
        return default
    value = raw.lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ModelLoadError(f"{name} must be 1 or 0 (true/false, yes/no, on/off), got {raw!r}.")


def _check_device(device: str) -> None:
    kind, _, index = device.partition(":")
    if kind == "cpu" and not index:
        return
    if kind != "cuda" or (index and not index.isdigit()):
        raise ModelLoadError(f"{ENV_DEVICE}={device!r}: use cpu, cuda, cuda:N or auto.")
    if not torch.cuda.is_available():
        raise ModelLoadError(f"{ENV_DEVICE}={device!r} but CUDA is not available here; use cpu or auto.")
    if index and int(index) >= torch.cuda.device_count():
        raise ModelLoadError(f"{ENV_DEVICE}={device!r}: only {torch.cuda.device_count()} CUDA device(s).")
