"""Copy-paste and sock-puppets: the same or nearly the same text under different names.

One person running several accounts tends to paste the same talking points from each; on scraped
pages, where nobody has a name, a repost is the best hint that two comments share an author. The
detection itself (MinHash + LSH, exact Jaccard check) lives in `threads.near_duplicates`; this
module attaches authors and keeps the groups that span more than one of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from threads.graph_rows import CommentRow
from threads.near_duplicates import DuplicatePair, near_duplicate_groups


@dataclass(frozen=True, slots=True)
class SockpuppetCluster:
    comment_ids: tuple[str, ...]
    # Author key of each comment, same order as comment_ids.
    comment_authors: tuple[str, ...]
    authors: tuple[str, ...]
    # Lowest exact Jaccard similarity among the verified pairs that hold the cluster together.
    similarity: float
    pairs: tuple[DuplicatePair, ...]
    exact: bool


def row_author_key(row: CommentRow) -> str:
    """The node a comment's author is before any inference: a known id, a bare display name, or a
    placeholder of its own (one per unnamed comment)."""
    if row.author_id is not None:
        return f"id:{row.author_id}"
    if row.author_name:
        return f"name:{normalise_name(row.author_name)}"
    return f"anon:{row.id}"


def normalise_name(name: str) -> str:
    return " ".join(name.casefold().split())


def sockpuppet_clusters(
    rows: Sequence[CommentRow],
    author_of: Mapping[str, str] | None = None,
    *,
    include_same_author: bool = False,
    threshold: float = 0.7,
    num_perm: int = 32,
    min_tokens: int = 6,
    seed: int = 1,
) -> list[SockpuppetCluster]:
    """Clusters of identical or near-identical comments, largest first.

    `author_of` maps comment id to author node (the identities after addressee inference); by
    default each row's own key is used, so every unnamed comment is its own placeholder and any
    repost between two of them counts as "different names". With `include_same_author` the
    clusters where one author repeats themselves are kept too (plain copy-paste, not puppetry).
    """
    groups = near_duplicate_groups(
        [(row.id, row.body) for row in rows],
        threshold=threshold, num_perm=num_perm, min_tokens=min_tokens, seed=seed,
    )
    if not groups:
        return []
    by_id = {row.id: row for row in rows}
    out: list[SockpuppetCluster] = []
    for group in groups:
        authors_each = tuple(
            author_of[cid] if author_of is not None and cid in author_of
            else row_author_key(by_id[cid])
            for cid in group.ids
        )
        distinct = tuple(sorted(set(authors_each)))
        if len(distinct) < 2 and not include_same_author:
            continue
        out.append(SockpuppetCluster(
            comment_ids=group.ids,
            comment_authors=authors_each,
            authors=distinct,
            similarity=min(p.similarity for p in group.pairs),
            pairs=group.pairs,
            exact=group.exact,
        ))
    return out
