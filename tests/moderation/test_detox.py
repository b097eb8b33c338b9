from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
from pathlib import Path

import pytest
import torch
from detoxify import Detoxify

from moderation.detox import LoadedModel, checkpoint_digest, get_model
from moderation.detox_settings import ENV_CHECKPOINT, ENV_HF_CONFIG, ENV_MODEL, ModelLoadError, ModelSettings
from moderation.scoring import Scorer
from moderation.testing import TINY_CLASSES, TINY_MAX_TOKENS, build_tiny_checkpoint

TEXTS = ["You are an idiot and a traitor.", "I agree with you", "", "the army left the border road today"]


def assert_names_settings(message: str) -> None:
    for name in (ENV_MODEL, ENV_CHECKPOINT, ENV_HF_CONFIG, "../shared/models/env.sh"):
        assert name in message


def test_tiny_model_loads_through_detoxify_and_predicts_like_it(tiny_model: LoadedModel) -> None:
    assert isinstance(tiny_model.detoxify, Detoxify)
    ours = tiny_model.predict(TEXTS)
    theirs = tiny_model.detoxify.predict(TEXTS)
    assert len(ours) == len(TEXTS)
    for i, row in enumerate(ours):
        assert set(row) == set(TINY_CLASSES)
        for label, value in row.items():
            assert value == pytest.approx(theirs[label][i], abs=1e-5)
    # Random weights, but not constant: different texts get different scores.
    assert ours[0]["toxicity"] != pytest.approx(ours[1]["toxicity"], abs=1e-4)


def test_predict_runs_in_inference_mode_and_limits_come_from_the_tokenizer(tiny_model: LoadedModel) -> None:
    assert tiny_model.max_tokens == TINY_MAX_TOKENS
    assert tiny_model.content_tokens == TINY_MAX_TOKENS - 2
    long_text = "the government " * 200
    assert len(tiny_model.encode([long_text])[0]) == TINY_MAX_TOKENS
    assert tiny_model.count_tokens([long_text]) == [400]
    assert torch.is_grad_enabled()  # inference mode is scoped to the forward pass


def test_labels_are_detoxifys_own_per_model(tmp_path: Path, tiny_model: LoadedModel) -> None:
    assert tiny_model.labels == TINY_CLASSES
    jigsaw = ("toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate")
    checkpoint, hf_config = build_tiny_checkpoint(tmp_path, classes=jigsaw)
    model = get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config)))
    assert model.labels == ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")
    assert set(model.predict(["hello"])[0]) == set(model.labels)


def test_identity_names_the_checkpoint_and_its_hash(tiny_checkpoint: tuple[Path, Path], tiny_model: LoadedModel) -> None:
    checkpoint, _ = tiny_checkpoint
    digest = hashlib.sha256(checkpoint.read_bytes()).hexdigest()
    assert tiny_model.identity == f"{checkpoint.name}@sha256:{digest[:12]}"


def test_identity_changes_when_the_checkpoint_changes(tmp_path: Path, tiny_model: LoadedModel) -> None:
    checkpoint, hf_config = build_tiny_checkpoint(tmp_path / "other", seed=1)
    other = get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config)))
    assert other.identity.split("@")[0] == tiny_model.identity.split("@")[0]
    assert other.identity != tiny_model.identity

    # Same path, new content: the digest cache is keyed by mtime and size, so it notices.
    copy = tmp_path / "copy.ckpt"
    shutil.copyfile(checkpoint, copy)
    before = checkpoint_digest(copy)
    copy.write_bytes(copy.read_bytes() + b"\0")
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert checkpoint_digest(copy) != before
    assert checkpoint_digest(copy) == hashlib.sha256(copy.read_bytes()).hexdigest()


def test_official_model_identity_and_settings_defaults() -> None:
    settings = ModelSettings.from_env({})
    assert settings == ModelSettings()
    assert (settings.model_type, settings.device, settings.batch_size, settings.threads) == ("original", "cpu", None, None)


def test_get_model_loads_once_per_settings_even_from_many_threads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checkpoint, hf_config = build_tiny_checkpoint(tmp_path, seed=2)
    settings = ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config))
    results: list[LoadedModel] = []
    caplog.set_level(logging.INFO, logger="moderation.detox")
    threads = [threading.Thread(target=lambda: results.append(get_model(settings))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(model is results[0] for model in results)
    assert get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config), batch_size=8)) is results[0]
    loads = [r for r in caplog.records if r.getMessage().startswith("loading Detoxify model") and str(checkpoint) in r.getMessage()]
    assert len(loads) == 1


def test_from_env_reads_every_setting(tiny_checkpoint: tuple[Path, Path]) -> None:
    checkpoint, hf_config = tiny_checkpoint
    env = {
        ENV_MODEL: "unbiased",
        ENV_CHECKPOINT: str(checkpoint),
        ENV_HF_CONFIG: str(hf_config),
        "THREADWATCH_DETOXIFY_DEVICE": "auto",
        "THREADWATCH_DETOXIFY_BATCH_SIZE": "16",
        "THREADWATCH_DETOXIFY_THREADS": "2",
    }
    settings = ModelSettings.from_env(env)
    assert settings == ModelSettings(
        model_type="unbiased",
        checkpoint=str(checkpoint),
        hf_config=str(hf_config),
        device="cuda" if torch.cuda.is_available() else "cpu",
        batch_size=16,
        threads=2,
    )
    assert ModelSettings.from_env({ENV_MODEL: " ", ENV_CHECKPOINT: ""}) == ModelSettings()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({ENV_MODEL: "toxic-bert"}, ENV_MODEL),
        ({"THREADWATCH_DETOXIFY_BATCH_SIZE": "many"}, "THREADWATCH_DETOXIFY_BATCH_SIZE"),
        ({"THREADWATCH_DETOXIFY_BATCH_SIZE": "0"}, "THREADWATCH_DETOXIFY_BATCH_SIZE"),
        ({"THREADWATCH_DETOXIFY_THREADS": "0"}, "THREADWATCH_DETOXIFY_THREADS"),
        ({"THREADWATCH_DETOXIFY_DEVICE": "tpu"}, "THREADWATCH_DETOXIFY_DEVICE"),
    ],
)
def test_from_env_rejects_bad_values(env: dict[str, str], expected: str) -> None:
    with pytest.raises(ModelLoadError, match=expected):
        ModelSettings.from_env(env)


def test_cuda_device_without_cuda_is_refused() -> None:
    if torch.cuda.is_available():
        pytest.skip("CUDA is available here")
    with pytest.raises(ModelLoadError, match="CUDA is not available"):
        ModelSettings.from_env({"THREADWATCH_DETOXIFY_DEVICE": "cuda"})


def test_checkpoint_and_config_come_together(tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    checkpoint, hf_config = tiny_checkpoint
    with pytest.raises(ModelLoadError, match=f"{ENV_CHECKPOINT} is set but {ENV_HF_CONFIG} is not"):
        ModelSettings.from_env({ENV_CHECKPOINT: str(checkpoint)})
    with pytest.raises(ModelLoadError, match=f"{ENV_HF_CONFIG} is set but {ENV_CHECKPOINT} is not"):
        ModelSettings.from_env({ENV_HF_CONFIG: str(hf_config)})
    with pytest.raises(ModelLoadError, match="no such file") as missing:
        ModelSettings.from_env({ENV_CHECKPOINT: str(tmp_path / "gone.ckpt"), ENV_HF_CONFIG: str(hf_config)})
    assert_names_settings(str(missing.value))
    with pytest.raises(ModelLoadError, match="config.json"):
        ModelSettings.from_env({ENV_CHECKPOINT: str(checkpoint), ENV_HF_CONFIG: str(tmp_path)})


def test_unloadable_checkpoint_raises_a_clear_error(tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    _, hf_config = tiny_checkpoint
    broken = tmp_path / "broken.ckpt"
    broken.write_bytes(b"not a torch checkpoint")
    with pytest.raises(ModelLoadError) as error:
        get_model(ModelSettings(checkpoint=str(broken), hf_config=str(hf_config)))
    assert str(broken) in str(error.value)
    assert_names_settings(str(error.value))

    incomplete = tmp_path / "incomplete.ckpt"
    torch.save({"state_dict": {}}, incomplete)
    with pytest.raises(ModelLoadError, match="config it was trained"):
        get_model(ModelSettings(checkpoint=str(incomplete), hf_config=str(hf_config)))


def test_official_model_without_network_raises_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An empty torch hub cache and a proxy nobody listens on: the real download path, guaranteed to fail.
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    with pytest.raises(ModelLoadError) as error:
        get_model(ModelSettings(model_type="original"))
    message = str(error.value)
    assert "THREADWATCH_DETOXIFY_MODEL=original" in message
    assert_names_settings(message)


def test_compile_setting_is_read_from_the_environment(tiny_checkpoint: tuple[Path, Path]) -> None:
    checkpoint, hf_config = tiny_checkpoint
    env = {"THREADWATCH_DETOXIFY_CHECKPOINT": str(checkpoint), "THREADWATCH_DETOXIFY_HF_CONFIG": str(hf_config)}
    assert ModelSettings.from_env(env).compile is False
    assert ModelSettings.from_env({**env, "THREADWATCH_DETOXIFY_COMPILE": "1"}).compile is True
    assert ModelSettings.from_env({**env, "THREADWATCH_DETOXIFY_COMPILE": "no"}).compile is False


def test_a_compiled_model_scores_like_the_eager_one(tiny_checkpoint: tuple[Path, Path]) -> None:
    checkpoint, hf_config = tiny_checkpoint
    eager = get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config)))
    compiled = get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config), compile=True))
    assert compiled is not eager and compiled.identity == eager.identity
    texts = ["you are an idiot", "thanks for the thoughtful reply, I agree", "a b c d e f g h i j k l m n o p"]
    for a, b in zip(Scorer(eager).score(texts, spans=False), Scorer(compiled).score(texts, spans=False), strict=True):
        for label in eager.labels:
            assert abs(a.labels[label] - b.labels[label]) < 1e-4
