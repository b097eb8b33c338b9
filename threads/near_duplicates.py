"""Near-duplicate texts among many comments: MinHash signatures and LSH, never all pairs.

Reposts and copy-pasted talking points are the evidence for "one person, several names". The
sketches are datasketch's "affine32" MinHash (fmix32 pre-mix, then a*h+b mod 2^32 per
permutation), computed for all documents at once with numpy: datasketch's own per-document
`MinHash` + `update_batch` costs ~140 us a comment here (about 2.5 minutes on a million). The
signatures are the same numbers datasketch computes (a test checks this), so datasketch's
`MinHashLSH` indexes them directly. Before indexing, one numpy pass over the same bands keeps only
the documents that share a band bucket with another: every pair the LSH index could return shares
a bucket, so this drops nothing, and the index gets a few percent of the documents instead of all
of them (its inserts cost ~13 us each). Candidate pairs are then checked with the exact Jaccard
similarity of their shingle sets, so the reported similarity is exact and the LSH only decides
what gets compared.
"""

from __future__ import annotations

import logging
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from numpy.typing import NDArray

from threads.gc_pause import without_gc

log = logging.getLogger(__name__)

_U32 = np.uint32
# Odd multipliers combining the word hashes of a shingle into one.
_MULTIPLIERS = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D))
_LSH_WEIGHTS = (0.1, 0.9)  # (false positive, false negative) weights for the banding
_SIG_CHUNK = 200_000  # shingles per numpy block: num_perm x chunk x 4 bytes of scratch


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    a: str
    b: str
    # Exact Jaccard similarity of the two word-shingle sets; 1.0 for the same normalised text.
    similarity: float


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    ids: tuple[str, ...]
    pairs: tuple[DuplicatePair, ...]
    # Every member has the same normalised text (a repost rather than an edited copy).
    exact: bool


def fmix32(h: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """MurmurHash3 finalizer, as datasketch applies it before the affine permutations."""
    h = h ^ (h >> _U32(16))
    h = h * _U32(0x85EBCA6B)
    h = h ^ (h >> _U32(13))
    h = h * _U32(0xC2B2AE35)
    return h ^ (h >> _U32(16))


def shingle_hashes(words: NDArray[np.uint32], starts: NDArray[np.int64], ngram: int
                   ) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """32-bit hashes of the word n-grams of every document, concatenated, and each document's
    first shingle index. `words` holds all documents' 32-bit word hashes back to back from
    `starts`; every document has at least `ngram` words. The mix is plain (products with odd
    constants, xored): datasketch runs fmix32 over it before permuting."""
    ends = np.append(starts[1:], len(words))
    n = len(words) - ngram + 1
    w = np.asarray(words, dtype=np.uint32)
    h = w[:n] * _MULTIPLIERS[0]
    scratch = np.empty_like(h)
    for offset in range(1, ngram):
        np.multiply(w[offset:n + offset], _MULTIPLIERS[offset % len(_MULTIPLIERS)] + np.uint32(2 * (offset // 3)),
                    out=scratch)
        h ^= scratch
    # Keep only shingles that lie inside one document.
    keep = np.ones(n, dtype=bool)
    for back in range(1, ngram):
        cut = ends - back
        keep[cut[cut < n]] = False
    counts = (ends - starts) - (ngram - 1)
    shingle_starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
    return h[keep], shingle_starts


def signatures(hashes: NDArray[np.uint32], starts: NDArray[np.int64], num_perm: int, seed: int
               ) -> NDArray[np.uint32]:
    """datasketch affine32 MinHash of each document's shingle hashes: (documents, num_perm)."""
    a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    a = np.asarray(a, dtype=np.uint32)[:, None]
    b = np.asarray(b, dtype=np.uint32)[:, None]
    mixed = fmix32(hashes)
    n_docs = len(starts)
    out = np.empty((n_docs, num_perm), dtype=np.uint32)
    ends = np.append(starts[1:], len(mixed))
    scratch = np.empty((num_perm, _SIG_CHUNK), dtype=np.uint32)
    doc = 0
    while doc < n_docs:
        # Whole documents per block; a document longer than a block gets a block of its own.
        last = int(np.searchsorted(ends, starts[doc] + _SIG_CHUNK, side="right"))
        last = max(last, doc + 1)
        lo, hi = int(starts[doc]), int(ends[last - 1])
        if hi - lo > scratch.shape[1]:
            scratch = np.empty((num_perm, hi - lo), dtype=np.uint32)
        block = scratch[:, : hi - lo]
        np.multiply(a, mixed[None, lo:hi], out=block)
        np.add(block, b, out=block)
        out[doc:last] = np.minimum.reduceat(block, starts[doc:last] - lo, axis=1).T
        doc = last
    return out


def _bucket_mates(sig: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.bool_]:
    """Documents sharing at least one band bucket with another document."""
    mask = np.zeros(len(sig), dtype=bool)
    weights = (np.arange(1, rows + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) | np.uint64(1)
    for band in range(bands):
        part = sig[:, band * rows:(band + 1) * rows].astype(np.uint64)
        key = fmix64((part * weights).sum(axis=1, dtype=np.uint64))
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        same = sorted_key[1:] == sorted_key[:-1]
        mask[order[1:][same]] = True
        mask[order[:-1][same]] = True
    return mask


def fmix64(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


@without_gc
def near_duplicate_groups(
    items: Sequence[tuple[str, str]],
    *,
    threshold: float = 0.7,
    num_perm: int = 32,
    ngram: int = 3,
    min_tokens: int = 6,
    max_tokens: int = 200,
    max_candidates: int = 200,
    seed: int = 1,
) -> list[DuplicateGroup]:
    """Groups of (id, text) items whose texts are identical or near-identical.

    Texts under `min_tokens` words ("+1", "lol", "JOE!!!") are ignored: many people post them, so
    they say nothing about who wrote what. Only the first `max_tokens` words of a text are
    shingled, which bounds the cost of pasted essays. `max_candidates` caps the LSH answers checked
    per document, so one spam template posted ten thousand times cannot make the check quadratic;
    its copies still end up in one group through the members they were checked against.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    # Words are lower-cased whitespace tokens with their punctuation (stripping it would triple the
    # cost, and a repost keeps its punctuation anyway), hashed with CRC-32: deterministic across
    # runs, unlike str hashes. Identical texts are grouped by a 64-bit hash of the word hashes.
    # (A numpy tokeniser over all texts at once was tried: memory-bound, 40% slower than this.)
    exact_of: dict[int, int] = {}  # hash of the word hashes -> unique text index
    members: list[list[int]] = []  # unique text -> item indices
    words = array("I")  # word hashes of the unique texts (first max_tokens words), back to back
    starts = array("q")
    crc = zlib.crc32
    for item_index, (_, text) in enumerate(items):
        hashes = list(map(crc, text.lower().encode().split()))
        if len(hashes) < min_tokens:
            continue
        key = hash(tuple(hashes))
        unique = exact_of.get(key)
        if unique is not None:
            members[unique].append(item_index)
            continue
        exact_of[key] = len(members)
        members.append([item_index])
        starts.append(len(words))
        words.extend(hashes[:max_tokens])
    verified = _verified_pairs(np.frombuffer(words, dtype=np.uint32),
                               np.frombuffer(starts, dtype=np.int64), threshold, num_perm, ngram,
                               max_candidates, seed)
    uf = _UnionFind()
    for doc, other, _ in verified:
        uf.union(doc, other)
    docs_by_root: dict[int, list[int]] = {}
    for doc in sorted({d for a, b, _ in verified for d in (a, b)}):
        docs_by_root.setdefault(uf.find(doc), []).append(doc)
    pairs_by_root: dict[int, list[tuple[int, int, float]]] = {}
    for pair in verified:
        pairs_by_root.setdefault(uf.find(pair[0]), []).append(pair)
    groups = [_near_group(items, members, docs, pairs_by_root[root])
              for root, docs in docs_by_root.items()]
    in_near = {doc for docs in docs_by_root.values() for doc in docs}
    groups.extend(_exact_group(items, indices) for doc, indices in enumerate(members)
                  if len(indices) > 1 and doc not in in_near)
    groups.sort(key=lambda g: (-len(g.ids), g.ids))
    return groups


def _verified_pairs(words: NDArray[np.uint32], starts: NDArray[np.int64], threshold: float,
                    num_perm: int, ngram: int, max_candidates: int, seed: int
                    ) -> list[tuple[int, int, float]]:
    """(doc, other, exact Jaccard) for unique texts at or above the threshold, doc < other."""
    if len(starts) < 2:
        return []
    hashes, shingle_starts = shingle_hashes(words, starts, ngram)
    sig = signatures(hashes, shingle_starts, num_perm, seed)
    # Recall-heavy banding (8 bands of 4 at 32 permutations: a pair at the threshold is found
    # with p ~0.9, at 0.8 with p ~0.98): a false candidate costs one exact Jaccard, a missed pair
    # is a missed sock-puppet.
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=_LSH_WEIGHTS)
    candidates = np.flatnonzero(_bucket_mates(sig, lsh.b, lsh.r))
    log.debug("near duplicates: %d unique texts, %d share a bucket", len(starts), len(candidates))
    sketches: dict[int, LeanMinHash] = {}
    for doc in candidates.tolist():
        sketch = LeanMinHash(seed=seed, hashvalues=sig[doc], scheme="affine32")
        sketches[doc] = sketch
        lsh.insert(doc, sketch, check_duplication=False)
    shingle_ends = np.append(shingle_starts[1:], len(hashes))
    sets: dict[int, set[int]] = {}

    def shingle_set(doc: int) -> set[int]:
        got = sets.get(doc)
        if got is None:
            got = set(hashes[shingle_starts[doc]:shingle_ends[doc]].tolist())
            sets[doc] = got
        return got

    verified: list[tuple[int, int, float]] = []
    for doc, sketch in sketches.items():
        found = [other for other in lsh.query(sketch) if other > doc]
        if len(found) > max_candidates:  # the most similar first, by the sketches' estimate
            found.sort(key=lambda other: -sketch.jaccard(sketches[other]))
        for other in found[:max_candidates]:
            mine, theirs = shingle_set(doc), shingle_set(other)
            similarity = len(mine & theirs) / len(mine | theirs)
            if similarity >= threshold:
                verified.append((doc, other, similarity))
    return verified


def _exact_group(items: Sequence[tuple[str, str]], indices: list[int]) -> DuplicateGroup:
    """Identical texts, as a star from the first copy (n-1 pairs, not n^2)."""
    first = items[indices[0]][0]
    pairs = tuple(DuplicatePair(first, items[i][0], 1.0) for i in indices[1:])
    return DuplicateGroup(tuple(items[i][0] for i in indices), pairs, exact=True)


def _near_group(items: Sequence[tuple[str, str]], members: list[list[int]], docs: list[int],
                verified: list[tuple[int, int, float]]) -> DuplicateGroup:
    ids = tuple(items[i][0] for doc in docs for i in members[doc])
    pairs = [DuplicatePair(items[members[a][0]][0], items[members[b][0]][0], round(s, 4))
             for a, b, s in verified]
    for doc in docs:  # exact copies of a member hang off its first copy
        first = items[members[doc][0]][0]
        pairs.extend(DuplicatePair(first, items[i][0], 1.0) for i in members[doc][1:])
    return DuplicateGroup(ids, tuple(pairs), exact=False)
