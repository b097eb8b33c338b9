"""The first-token encoder gives the Hugging Face forward's scores, for every architecture it accepts."""

from __future__ import annotations

import dataclasses

import pytest
import torch
from transformers import (
    AlbertConfig,
    AlbertForSequenceClassification,
    BertConfig,
    BertForSequenceClassification,
    RobertaConfig,
    RobertaForSequenceClassification,
)

from moderation.detox import LoadedModel, get_model
from moderation.detox_settings import ModelLoadError, ModelSettings
from moderation.encoder import FirstTokenEncoder, _Projection
from moderation.scoring import Scorer

TEXTS = [
    "you are an idiot",
    "thanks for the thoughtful reply, I agree with most of it",
    "",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 3,
    "short",
]


def _padded_batch(vocab: int, pad_id: int, lengths: list[int], seed: int = 0) -> dict[str, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    width = max(lengths)
    ids = torch.full((len(lengths), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(lengths), width), dtype=torch.long)
    for row, length in enumerate(lengths):
        ids[row, :length] = torch.randint(pad_id + 1, vocab, (length,), generator=generator)
        mask[row, :length] = 1
    return {"input_ids": ids, "attention_mask": mask}


def _small(config_class: type, **extra: object) -> object:
    return config_class(vocab_size=60, hidden_size=48, num_hidden_layers=3, num_attention_heads=4,
                        intermediate_size=96, max_position_embeddings=80, num_labels=6, **extra)


@pytest.mark.parametrize(
    ("model_class", "config", "pad_id"),
    [
        (BertForSequenceClassification, _small(BertConfig), 0),
        (RobertaForSequenceClassification, _small(RobertaConfig, pad_token_id=1), 1),
    ],
    ids=["bert", "roberta"],
)
def test_logits_match_the_hugging_face_forward(model_class: type, config: object, pad_id: int) -> None:
    torch.manual_seed(3)
    model = model_class(config).eval()
    encoder = FirstTokenEncoder.build(model)
    assert encoder is not None
    batch = _padded_batch(60, pad_id, [40, 33, 7, 1, 40])
    with torch.inference_mode():
        reference = model(**batch).logits
        fast = encoder(**batch)
    assert fast.shape == reference.shape == (5, 6)
    assert torch.allclose(fast, reference, atol=1e-5), (fast - reference).abs().max()


@pytest.mark.parametrize("mode", ["plain", "gelu", "residual"])
def test_prepacked_projection_matches_addmm(mode: str) -> None:
    if not torch.backends.mkldnn.is_available():
        pytest.skip("this torch build has no oneDNN")
    generator = torch.Generator().manual_seed(7)
    weight, bias = torch.randn(96, 48, generator=generator), torch.randn(96, generator=generator)
    x, residual = torch.randn(37, 48, generator=generator), torch.randn(37, 96, generator=generator)
    packed, plain = _Projection(weight, bias, prepack=True), _Projection(weight, bias, prepack=False)
    assert packed.prepacked and not plain.prepacked
    kwargs: dict[str, object] = {"gelu": mode == "gelu", "residual": residual if mode == "residual" else None}
    expected = x @ weight.t() + bias
    expected = torch.nn.functional.gelu(expected) if mode == "gelu" else expected
    expected = expected + residual if mode == "residual" else expected
    with torch.inference_mode():
        for projection in (packed, plain):
            assert torch.allclose(projection(x, **kwargs), expected, atol=1e-4), mode  # type: ignore[arg-type]


def test_padding_never_changes_a_texts_logits() -> None:
    torch.manual_seed(4)
    model = BertForSequenceClassification(_small(BertConfig)).eval()
    encoder = FirstTokenEncoder.build(model)
    assert encoder is not None
    alone = _padded_batch(60, 0, [9], seed=5)
    padded = _padded_batch(60, 0, [9, 50], seed=5)
    with torch.inference_mode():
        assert torch.allclose(encoder(**alone)[0], encoder(**padded)[0], atol=1e-5)


def test_architectures_it_does_not_cover_are_refused() -> None:
    albert = AlbertForSequenceClassification(
        AlbertConfig(vocab_size=60, embedding_size=16, hidden_size=48, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=96, num_labels=6)
    )
    assert FirstTokenEncoder.build(albert) is None
    approximate = BertForSequenceClassification(_small(BertConfig, hidden_act="gelu_new"))
    assert FirstTokenEncoder.build(approximate) is None
    relative = BertForSequenceClassification(_small(BertConfig, position_embedding_type="relative_key"))
    assert FirstTokenEncoder.build(relative) is None


def test_the_tiny_checkpoint_scores_the_same_with_and_without_it(tiny_settings: ModelSettings) -> None:
    fast = get_model(tiny_settings)
    reference = get_model(dataclasses.replace(tiny_settings, fast_path=False))
    assert fast.uses_fast_path and not reference.uses_fast_path
    assert fast._encoder.prepacked == bool(torch.backends.mkldnn.is_available())
    assert fast.identity == reference.identity
    for a, b in zip(Scorer(fast, cache_size=0).score(TEXTS), Scorer(reference, cache_size=0).score(TEXTS),
                    strict=True):
        for label in fast.labels:
            assert abs(a.labels[label] - b.labels[label]) < 1e-5
            assert abs(a.whole[label] - b.whole[label]) < 1e-5


def test_the_real_model_scores_the_same_with_and_without_it(real_model: LoadedModel,
                                                          real_model_settings: ModelSettings) -> None:
    reference = get_model(dataclasses.replace(real_model_settings, fast_path=False))
    assert real_model.uses_fast_path
    texts = ["they should be arrested and shot", "I agree with you", "You are an idiot and a traitor. " * 30]
    plain = real_model.detoxify.predict(texts)
    for i, (a, b) in enumerate(zip(real_model.forward(real_model.encode(texts)),
                                   reference.forward(reference.encode(texts)), strict=True)):
        for k, label in enumerate(real_model.labels):
            assert abs(a[k] - b[k]) < 1e-5
            assert abs(a[k] - float(plain[label][i])) < 1e-5


def test_fast_path_setting_is_read_from_the_environment(tiny_settings: ModelSettings) -> None:
    env = {"THREADWATCH_DETOXIFY_CHECKPOINT": str(tiny_settings.checkpoint),
           "THREADWATCH_DETOXIFY_HF_CONFIG": str(tiny_settings.hf_config)}
    assert ModelSettings.from_env(env).fast_path is True
    assert ModelSettings.from_env({**env, "THREADWATCH_DETOXIFY_FAST_PATH": "0"}).fast_path is False
    with pytest.raises(ModelLoadError, match="THREADWATCH_DETOXIFY_FAST_PATH must be 1 or 0"):
        ModelSettings.from_env({**env, "THREADWATCH_DETOXIFY_FAST_PATH": "maybe"})


def test_an_encoder_that_fails_or_drifts_on_the_probe_is_not_used(tiny_settings: ModelSettings,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    detoxify = get_model(tiny_settings).detoxify
    texts = ["you are an idiot", "thanks for the reply"]
    expected = LoadedModel(detoxify, "tiny", fast_path=False).predict(texts)

    def fails(self: FirstTokenEncoder, *args: object, **kwargs: object) -> torch.Tensor:
        raise RuntimeError("could not create a primitive")  # what a oneDNN kernel missing on a CPU raises

    def drifts(self: FirstTokenEncoder, *args: torch.Tensor, **kwargs: torch.Tensor) -> torch.Tensor:
        return torch.zeros(len(kwargs["input_ids"]), len(detoxify.class_names))

    for broken in (fails, drifts):
        monkeypatch.setattr(FirstTokenEncoder, "__call__", broken)
        model = LoadedModel(detoxify, "tiny")
        assert not model.uses_fast_path
        assert model.predict(texts) == expected
