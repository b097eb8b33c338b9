"""Word hashes for near-duplicate detection, computed with numpy over many texts at once.

A word is a run of bytes between ASCII whitespace in the lower-cased UTF-8 text (punctuation stays
attached: stripping it would cost more than everything else, and a repost keeps its punctuation
anyway). Its hash is the polynomial sum(byte_i * P^i) mod 2^64, computed for every word of a
batch of texts from one prefix sum: hash(word at [s, e)) = (H[e] - H[s]) * P^-s. That is about
ten numpy passes over the bytes instead of a Python call per word, which on a million comments is
the difference between one second and ten. Hashes are deterministic across runs and processes,
unlike Python's str hash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

_P = 0x100000001B3  # odd, so invertible mod 2^64
_P_INV = pow(_P, -1, 1 << 64)
_WHITESPACE = np.zeros(256, dtype=bool)
_WHITESPACE[list(b" \t\n\r\x0b\x0c\x00")] = True
_POSITION_MIX = np.uint64(0x9E3779B97F4A7C15)
_BATCH = 20_000  # texts per numpy batch: a few MB of bytes, tens of MB of scratch

_powers: tuple[NDArray[np.uint64], NDArray[np.uint64]] | None = None


@dataclass
class UniqueTexts:
    """Distinct texts (by word sequence) with at least `min_tokens` words."""

    hashes: NDArray[np.uint64]  # word hashes of each distinct text's first max_tokens words
    starts: NDArray[np.int64]  # where each distinct text begins in `hashes`
    members: list[list[int]]  # distinct text -> indices of the input texts with that word sequence


def _power_tables(n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    global _powers
    if _powers is None or len(_powers[0]) < n:
        size = max(n, 1 << 22)
        forward = np.full(size, _P, dtype=np.uint64)
        forward[0] = 1
        backward = np.full(size, _P_INV, dtype=np.uint64)
        backward[0] = 1
        _powers = (np.cumprod(forward, dtype=np.uint64), np.cumprod(backward, dtype=np.uint64))
    return _powers


def _fmix64(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def word_hashes(texts: Sequence[str]) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """(hash of every word of every text, back to back; number of words per text)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(0, len(texts) - 1):  # a NUL inside a text: blank it out
        joined = "\x00".join(t.replace("\x00", " ") for t in texts)
    data = np.frombuffer(joined.lower().encode("utf-8"), dtype=np.uint8)
    n = len(data)
    if n == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(len(texts), dtype=np.int64)
    space = _WHITESPACE[data]
    word = ~space
    first = word.copy()
    first[1:] &= space[:-1]
    last = word.copy()
    last[:-1] &= space[1:]
    starts = np.flatnonzero(first)
    ends = np.flatnonzero(last) + 1
    forward, backward = _power_tables(n + 1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(data.astype(np.uint64) * forward[:n], dtype=np.uint64, out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * backward[starts]
    boundaries = np.flatnonzero(data == 0)
    text_of_word = np.searchsorted(boundaries, starts)
    counts = np.bincount(text_of_word, minlength=len(texts)).astype(np.int64)
    return hashes, counts


def unique_texts(texts: Sequence[str], *, min_tokens: int, max_tokens: int) -> UniqueTexts:
    """Group texts by their word sequence and keep each sequence's words once (first max_tokens)."""
    first_of: dict[int, int] = {}
    members: list[list[int]] = []
    kept: list[NDArray[np.uint64]] = []
    lengths: list[NDArray[np.int64]] = []
    for lo in range(0, len(texts), _BATCH):
        hashes, counts = word_hashes(texts[lo:lo + _BATCH])
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        long_enough = np.flatnonzero(counts >= min_tokens)
        if len(long_enough) == 0:
            continue
        # A 64-bit key per text from its word hashes and their positions (order matters).
        text_of_word = np.repeat(np.arange(len(counts)), counts)
        position = np.arange(len(hashes), dtype=np.int64) - offsets[text_of_word]
        mixed = _fmix64(hashes + position.astype(np.uint64) * _POSITION_MIX)
        nonempty = np.flatnonzero(counts > 0)  # reduceat segments must not span empty texts
        key_of = np.zeros(len(counts), dtype=np.uint64)
        key_of[nonempty] = np.add.reduceat(mixed, offsets[nonempty], dtype=np.uint64)
        keys = key_of[long_enough]
        new = np.zeros(len(counts), dtype=bool)
        for local, key in zip(long_enough.tolist(), keys.tolist(), strict=True):
            unique = first_of.get(key)
            if unique is None:
                first_of[key] = len(members)
                members.append([lo + local])
                new[local] = True
            else:
                members[unique].append(lo + local)
        take = new[text_of_word] & (position < max_tokens)
        kept.append(hashes[take])
        lengths.append(np.minimum(counts[new], max_tokens))
    if not members:
        return UniqueTexts(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), [])
    all_lengths = np.concatenate(lengths)
    starts = np.concatenate(([0], np.cumsum(all_lengths)[:-1])).astype(np.int64)
    return UniqueTexts(np.concatenate(kept), starts, members)
