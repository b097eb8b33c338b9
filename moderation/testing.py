"""A tiny random Detoxify-format checkpoint for tests, loadable fully offline through Detoxify's code.

Tests must exercise the same loading path users run, without downloads. Detoxify always calls
`config_class.from_pretrained(model_type)` with the checkpoint's `model_type`; setting that to the
HF config directory itself makes the lookup resolve locally. The weights are random, so the scores
mean nothing, but they vary from text to text, which is what pipeline tests need.
"""

from __future__ import annotations

import json
import string
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from moderation.policy import DETOXIFY_LABELS

# Every label a Detoxify model may have, so tests exercise the widest case.
TINY_CLASSES = DETOXIFY_LABELS
TINY_MAX_TOKENS = 64

# Written for this project: enough everyday words that test sentences tokenise into whole words;
# anything else falls back to single-letter word pieces.
_WORD_TEXT = """
the a an and or but if then so because of to in on at by for with from about as into over after
is are was were be been being have has had do does did will would should must can could may might
i you he she it we they me him her us them my your his its our their this that these those there
here what who why how when where which not no yes all any some every each more most less very too
just only also even still again never always now today yesterday tomorrow
agree disagree think know say said tell told see look want need like love hate good bad great
terrible awful nice right wrong true false fact facts news article comment comments reply people
person man woman men women government president minister leader army police country city world
war peace border road food water school children family friend friends enemy time year years day
idiot traitor stupid fool liar clown coward shut up arrested shot shoot kill killed burn rats
thank thanks please sorry hello well really maybe perhaps sure point argument evidence
"""
_WORDS = _WORD_TEXT.split()


def _vocab() -> list[str]:
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = list(string.ascii_lowercase + string.digits + string.punctuation)
    pieces = ["##" + c for c in string.ascii_lowercase + string.digits]
    words = [w for w in dict.fromkeys(_WORDS) if w not in chars]
    return specials + chars + pieces + words


def build_tiny_checkpoint(
    directory: Path,
    classes: Sequence[str] = TINY_CLASSES,
    seed: int = 0,
    name: str = "tiny_detoxify.ckpt",
) -> tuple[Path, Path]:
    """Writes `<directory>/<name>` and `<directory>/hf/`; returns (checkpoint, hf_config_dir)."""
    from transformers import BertConfig, BertForSequenceClassification

    directory.mkdir(parents=True, exist_ok=True)
    hf_dir = directory / "hf"
    hf_dir.mkdir(exist_ok=True)
    vocab_file = hf_dir / "vocab.txt"
    vocab_file.write_text("\n".join(_vocab()) + "\n", encoding="utf-8")

    # Plain files rather than a saved tokenizer object: transformers 4 and 5 both build a WordPiece
    # tokenizer from vocab.txt plus this config, and their constructors differ.
    specials = {"unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]", "cls_token": "[CLS]",
                "mask_token": "[MASK]"}
    tokenizer_config = {"tokenizer_class": "BertTokenizer", "do_lower_case": True,
                        "model_max_length": TINY_MAX_TOKENS, **specials}
    (hf_dir / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2), encoding="utf-8")
    (hf_dir / "special_tokens_map.json").write_text(json.dumps(specials, indent=2), encoding="utf-8")

    config = BertConfig(
        vocab_size=len(_vocab()),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=TINY_MAX_TOKENS,
        id2label=dict(enumerate(classes)),
        label2id={c: i for i, c in enumerate(classes)},
        # Wide random weights so that scores spread over (0, 1) instead of all sitting near 0.5.
        initializer_range=0.3,
    )
    config.save_pretrained(str(hf_dir))

    torch.manual_seed(seed)
    model = BertForSequenceClassification(config)
    checkpoint = directory / name
    save_detoxify_checkpoint(checkpoint, model, hf_dir, classes)
    return checkpoint, hf_dir


def save_detoxify_checkpoint(path: Path, model: Any, hf_dir: Path, classes: Sequence[str]) -> None:
    """Write a BertForSequenceClassification in Detoxify's checkpoint format, pointing its
    `model_type` at `hf_dir` so Detoxify's config lookup resolves offline."""
    args = {
        "model_type": str(hf_dir),
        "model_name": "BertForSequenceClassification",
        "tokenizer_name": "BertTokenizer",
        "num_classes": len(classes),
    }
    torch.save(
        {"config": {"arch": {"args": args}, "dataset": {"args": {"classes": list(classes)}}},
         "state_dict": model.state_dict()},
        path,
    )
