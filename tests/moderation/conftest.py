"""Models for the moderation tests: a tiny random checkpoint always, the real offline one when present.

Both load through the code users run (ModelSettings -> get_model -> Detoxify), so nothing here is
skipped for lack of a download.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderation.detox import LoadedModel, get_model
from moderation.detox_settings import ModelSettings
from moderation.scoring import Scorer
from moderation.testing import build_tiny_checkpoint
from tests.conftest import missing_shared

SHARED_MODELS = Path(__file__).resolve().parents[2].parent / "shared" / "models"


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_tiny_checkpoint(tmp_path_factory.mktemp("tiny-detoxify"))


@pytest.fixture(scope="session")
def tiny_settings(tiny_checkpoint: tuple[Path, Path]) -> ModelSettings:
    checkpoint, hf_config = tiny_checkpoint
    return ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config))


@pytest.fixture(scope="session")
def tiny_model(tiny_settings: ModelSettings) -> LoadedModel:
    return get_model(tiny_settings)


@pytest.fixture
def tiny_scorer(tiny_model: LoadedModel) -> Scorer:
    return Scorer(tiny_model)


@pytest.fixture(scope="session")
def real_model_settings() -> Iterator[ModelSettings]:
    """Settings for ../shared/models, with the Hugging Face variables env.sh would set.

    huggingface_hub reads HF_HOME and HF_HUB_OFFLINE once, at import, and transformers may already be
    imported by the time this runs, so its constants are set too, not only the environment.
    """
    checkpoint = SHARED_MODELS / "minilm-toxic" / "minilm_toxic.ckpt"
    hf_config = SHARED_MODELS / "minilm-toxic" / "hf"
    if not checkpoint.is_file() or not (hf_config / "config.json").is_file():
        missing_shared(f"the offline model is not at {SHARED_MODELS} (see its README.md); real-model tests skipped")
    import huggingface_hub.constants as hub

    hf_home = str(SHARED_MODELS / "hf_home")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"HF_HOME": hf_home, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}.items():
            patch.setenv(name, value)
        patch.setattr(hub, "HF_HOME", hf_home)
        patch.setattr(hub, "HF_HUB_CACHE", os.path.join(hf_home, "hub"))
        patch.setattr(hub, "HF_HUB_OFFLINE", True)
        yield ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config))


@pytest.fixture(scope="session")
def real_model(real_model_settings: ModelSettings) -> LoadedModel:
    return get_model(real_model_settings)
