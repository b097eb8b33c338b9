"""Near-duplicate detection: signatures identical to datasketch's, exact similarities, clusters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from tests.conftest import missing_shared
from threads.graph_rows import CommentRow, rows_from_article
from threads.near_duplicates import near_duplicate_groups, shingle_hashes, signatures
from threads.sockpuppets import sockpuppet_clusters

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]


def row(cid: str, body: str, author: str | None = None, thread: str = "t") -> CommentRow:
    return CommentRow(cid, thread, None, author, None, body)


def test_bulk_signatures_equal_datasketch_minhash() -> None:
    ids = np.arange(1, 40, dtype=np.uint32)
    starts = np.array([0, 10, 25], dtype=np.int64)
    hashes, shingle_starts = shingle_hashes(ids, starts, 3)
    # 10, 15 and 14 tokens give 8, 13 and 12 three-word shingles.
    assert shingle_starts.tolist() == [0, 8, 21]
    assert len(hashes) == 33
    sig = signatures(hashes, shingle_starts, 32, seed=5)
    ends = [8, 21, 33]
    for doc in range(3):
        m = MinHash(num_perm=32, seed=5, scheme="affine32", hashfunc=lambda x: x)
        m.update_batch(hashes[shingle_starts[doc]:ends[doc]].tolist())
        assert (m.hashvalues == sig[doc]).all()


def test_near_duplicate_similarity_is_exact_jaccard() -> None:
    first = " ".join(WORDS)
    # Changing the last of 10 words changes only the last of 8 shingles:
    # shared 7, union 7 + 1 + 1 = 9, Jaccard 7/9.
    second = " ".join(WORDS[:-1] + ["kilo"])
    other = "completely different words about another topic entirely today"
    groups = near_duplicate_groups([("a", first), ("b", second), ("c", other)])
    assert len(groups) == 1
    (pair,) = groups[0].pairs
    assert {pair.a, pair.b} == {"a", "b"}
    assert pair.similarity == pytest.approx(7 / 9, abs=1e-4)
    assert not groups[0].exact


def test_identical_texts_group_and_short_texts_are_ignored() -> None:
    text = " ".join(WORDS)
    groups = near_duplicate_groups([("a", text), ("b", "  " + text.upper() + "\n"), ("c", "JOE!!!"),
                                    ("d", "JOE!!!")])
    assert [(g.ids, g.exact) for g in groups] == [(("a", "b"), True)]
    assert groups[0].pairs[0].similarity == 1.0


def test_below_threshold_is_not_a_duplicate() -> None:
    # Changing word 5 of 10 breaks shingles 3, 4 and 5: shared 5, union 11, Jaccard 0.45.
    changed = WORDS[:]
    changed[5] = "kilo"
    assert near_duplicate_groups([("a", " ".join(WORDS)), ("b", " ".join(changed))]) == []


def test_clusters_need_two_authors_unless_asked() -> None:
    text = " ".join(WORDS)
    rows = [row("1", text, "u1"), row("2", text, "u2"), row("3", text + " x", "u1"),
            row("4", "some other text that nobody repeated at all", "u3")]
    (cluster,) = sockpuppet_clusters(rows)
    assert cluster.comment_ids == ("1", "2", "3")
    assert cluster.authors == ("id:u1", "id:u2")
    assert cluster.comment_authors == ("id:u1", "id:u2", "id:u1")
    # 10 vs 11 words: the 8 shingles of the first plus one more, Jaccard 8/9.
    assert cluster.similarity == pytest.approx(8 / 9, abs=1e-4)
    same_author = [row("1", text, "u1"), row("2", text, "u1")]
    assert sockpuppet_clusters(same_author) == []
    assert len(sockpuppet_clusters(same_author, include_same_author=True)) == 1
    # Identities after inference decide what counts as one author.
    anon = [row("1", text), row("2", text)]
    assert len(sockpuppet_clusters(anon)) == 1
    assert sockpuppet_clusters(anon, {"1": "name:x", "2": "name:x"}) == []


def test_many_copies_stay_one_cluster() -> None:
    # 60 distinct words, 58 shingles; one edit breaks 3. Two copies edited 3+ words apart share
    # 58 - 6 = 52 shingles of 58 + 58 - 52 = 64: Jaccard 0.81, every pair a near duplicate, but
    # each copy checks only 5 LSH answers: the cluster must still close over all 300.
    base = [f"w{i}" for i in range(60)]
    items = []
    for i in range(300):
        words = base[:]
        words[i % len(words)] = f"edit{i}"
        items.append((str(i), " ".join(words)))
    groups = near_duplicate_groups(items, max_candidates=5)
    assert len(groups) == 1
    assert len(groups[0].ids) == 300


def test_repost_in_002() -> None:
    from threads.page_parser import parse_file

    path = SAMPLES / "002_11c1059b06ce80de.txt"
    if not path.exists():
        missing_shared(f"sample page missing: {path}")
    rows = rows_from_article(parse_file(path), "002")
    clusters = sockpuppet_clusters(rows)
    assert [c.comment_ids for c in clusters] == [("002:10.2", "002:14")]
    # Top-level 14 is the reply under 10 with three sentences added.
    assert 0.75 < clusters[0].similarity < 0.9
