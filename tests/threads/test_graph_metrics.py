"""Antagonistic pairs, hostile chains and per-author statistics, against hand counts."""

from __future__ import annotations

import pytest

from threads.graph import ArgumentGraph, build_graph
from threads.graph_metrics import antagonistic_pairs, author_stats, exchanged_comments, hostile_chains
from threads.graph_rows import CommentRow

ATTACK = "You are wrong."
SUPPORT = "I agree with you."
NEUTRAL = "Some more detail on the logistics."


def row(cid: str, author: str, body: str, parent: str | None = None, thread: str = "t1",
        toxicity: float | None = None, removed: bool = False) -> CommentRow:
    return CommentRow(cid, thread, parent, author, None, body, None, toxicity, None, removed)


@pytest.fixture()
def fight() -> ArgumentGraph:
    """Thread t1: A opens; B attacks A (2); A attacks back (3); B attacks again (4); C supports
    A (5); A attacks C (6). Thread t2: C attacks A twice (8, 9) and B once (10); A attacks C (11).
    B has two comments removed, A one.

    Hand counts of hostile replies: A->B 1 (3), B->A 2 (2, 4), A->C 2 (6, 11), C->A 2 (8, 9),
    C->B 1 (10).
    """
    return build_graph([
        row("1", "A", "Opening."),
        row("2", "B", ATTACK, "1", toxicity=0.3, removed=True),
        row("3", "A", ATTACK, "2", toxicity=0.5),
        row("4", "B", ATTACK, "3", toxicity=0.7, removed=True),
        row("5", "C", SUPPORT, "1"),
        row("6", "A", ATTACK, "5", removed=True),
        row("7", "B", "Opening two.", thread="t2"),
        row("8", "C", ATTACK, "7", thread="t2"),
        row("8a", "A", NEUTRAL, "7", thread="t2"),
        row("9", "C", ATTACK, "8a", thread="t2"),
        row("10", "C", ATTACK, "7", thread="t2"),
        row("11", "A", ATTACK, "9", thread="t2"),
    ])


def test_antagonistic_pairs_ranked_by_hostility_both_ways(fight: ArgumentGraph) -> None:
    pairs = antagonistic_pairs(fight)
    # Comment 8 answers B's 7, so it counts C->B, not C->A: C->A is only 9; C->B is 8 and 10.
    # Totals: A-C = 2 (6, 11) + 1 (9) = 3; A-B = 1 (3) + 2 (2, 4) = 3; B-C = 0 + 2 = 2.
    # A-B and A-C tie at 3 and at min-direction 1; A-B has a toxicity (0.7), A-C none.
    assert [(p.a, p.b, p.hostile_ab, p.hostile_ba) for p in pairs] == [
        ("id:A", "id:B", 1, 2),
        ("id:A", "id:C", 2, 1),
        ("id:B", "id:C", 0, 2),
    ]
    ab = pairs[0]
    assert ab.hostile_ids_ab == ("3",) and ab.hostile_ids_ba == ("2", "4")
    assert ab.mutual and not pairs[2].mutual
    # (0.3 + 0.5 + 0.7) / 3 over the three scored replies.
    assert ab.mean_toxicity == pytest.approx(0.5) and ab.max_toxicity == 0.7
    assert [(p.a, p.b) for p in antagonistic_pairs(fight, require_mutual=True)] == [
        ("id:A", "id:B"), ("id:A", "id:C")]
    assert len(antagonistic_pairs(fight, top=1)) == 1


def test_exchanged_comments_drill_down(fight: ArgumentGraph) -> None:
    exchanged = exchanged_comments(fight, "id:A", "id:B")
    # Every reply between the two, in page order (no timestamps): 8a is A's neutral reply to B.
    assert [(c.row.id, c.author, c.answers, c.sign) for c in exchanged] == [
        ("2", "id:B", "1", -1), ("3", "id:A", "2", -1), ("4", "id:B", "3", -1), ("8a", "id:A", "7", 0)]
    assert [c.row.id for c in exchanged_comments(fight, "id:B", "id:A", hostile_only=True)] == [
        "2", "3", "4"]


def test_hostile_chains(fight: ArgumentGraph) -> None:
    # 2 -> 3 -> 4 is one chain opened by B's 2 (its parent, 1, is not a hostile reply).
    # 8, 9, 10, 6, 11: 9 answers 8a (neutral) so it opens a run; 11 answers 9: chain 9 -> 11.
    assert hostile_chains(fight) == {"2": ["2", "3", "4"], "9": ["9", "11"]}
    assert set(hostile_chains(fight, min_length=1)) == {"2", "6", "8", "9", "10"}


def test_author_stats_by_hand(fight: ArgumentGraph) -> None:
    stats = author_stats(fight)
    a, b, c = stats["id:A"], stats["id:B"], stats["id:C"]
    # A wrote 1, 3, 6, 8a, 11 (5); replies given: 3 (->B), 6, 11 (->C), 8a (->B) = 4.
    assert (a.comments, a.replies_given, a.replies_received) == (5, 4, 4)
    # Received: 2, 4 (B), 5, 9 (C).
    assert (a.hostility_given, a.hostility_received) == (3, 3)
    # A's partners: successors {B, C}, predecessors {B, C}: 2*2 / (2+2) = 1.0.
    assert a.reciprocity == 1.0
    # B: successors {A}, predecessors {A, C}: 2*1 / (1+2) = 2/3.
    assert b.reciprocity == pytest.approx(2 / 3)
    # C: successors {A, B}, predecessors {A}: 2*1 / 3.
    assert c.reciprocity == pytest.approx(2 / 3)
    assert (a.threads_touched, b.threads_touched, c.threads_touched) == (2, 2, 2)
    assert (a.repeat_offences, b.repeat_offences, c.repeat_offences) == (1, 2, 0)
    # Chains: "2" (opened by B; A and B in it), "9" (opened by C; C and A in it).
    assert (b.hostile_chains_started, b.hostile_chains_joined, b.starter_share) == (1, 1, 1.0)
    assert (c.hostile_chains_started, c.hostile_chains_joined, c.starter_share) == (1, 1, 1.0)
    assert (a.hostile_chains_started, a.hostile_chains_joined, a.starter_share) == (0, 2, 0.0)
    assert set(author_stats(fight, authors=["id:B"])) == {"id:B"}


def test_deep_hostile_chain_needs_no_recursion() -> None:
    rows = [row("0", "A", "Opening.")]
    for i in range(1, 5001):
        rows.append(row(str(i), "B" if i % 2 else "A", ATTACK, str(i - 1)))
    chains = hostile_chains(build_graph(rows))
    assert list(chains) == ["1"] and len(chains["1"]) == 5000
    assert chains["1"][:3] == ["1", "2", "3"]
