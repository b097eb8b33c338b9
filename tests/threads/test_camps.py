"""Signed graph, camps, structural balance and random-walk controversy against hand computation."""

from __future__ import annotations

import itertools
from fractions import Fraction

import networkx as nx
import numpy as np
import pytest

from threads.camps import (
    camps,
    controversy_between_largest,
    expected_balance_under_shuffle,
    random_walk_controversy,
    signed_graph,
    signed_triangles,
    structural_balance,
)


def directed(edges: list[tuple[str, str, int, int]]) -> nx.DiGraph:
    g = nx.DiGraph()
    for s, t, pos, neg in edges:
        g.add_edge(s, t, positive=pos, negative=neg)
    return g


def signed(edges: list[tuple[str, str, int]]) -> nx.Graph:
    g = nx.Graph()
    for a, b, sign in edges:
        g.add_edge(a, b, sign=sign, weight=1)
    return g


def test_signed_graph_sums_both_directions() -> None:
    g = signed_graph(directed([
        ("a", "b", 2, 0), ("b", "a", 0, 1),  # net +1
        ("a", "c", 1, 1),                    # net 0: left out
        ("c", "d", 0, 2), ("d", "c", 1, 0),  # net -1
    ]))
    assert g.edges["a", "b"] == {"sign": 1, "weight": 1}
    assert g.edges["c", "d"] == {"sign": -1, "weight": 1}
    assert not g.has_edge("a", "c")
    assert set(g.nodes) == {"a", "b", "c", "d"}


def test_camps_on_two_friendly_triangles() -> None:
    # {a,b,c} and {d,e,f} are positive triangles; c-d and a-f are attacks; g only attacks a.
    # The positive part has exactly two components, so Louvain returns them; g is alone.
    g = signed([("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1), ("e", "f", 1),
                ("d", "f", 1), ("c", "d", -1), ("a", "f", -1), ("g", "a", -1)])
    found = camps(g)
    assert found.communities == (frozenset("abc"), frozenset("def"), frozenset("g"))
    assert found.negative_between == {(0, 1): 2, (0, 2): 1}
    assert (found.negative_within, found.positive_between) == (0, 0)
    assert found.camp_of["e"] == 1


def test_balance_by_hand() -> None:
    # Triangles: abc (+,+,-) one negative -> unbalanced; abd (+,-,-) two negatives -> balanced.
    # Share 1/2. Five edges, three negative: a shuffle puts an even number of negatives on a
    # triangle with probability [C(2,3) + C(3,2)*C(2,1)] / C(5,3) = (0 + 3*2) / 10 = 0.6.
    g = signed([("a", "b", 1), ("b", "c", 1), ("a", "c", -1), ("a", "d", -1), ("b", "d", -1)])
    result = structural_balance(g, shuffles=4000, seed=1)
    assert (result.triangles, result.balanced, result.share) == (2, 1, 0.5)
    assert result.expected_shuffled == pytest.approx(0.6)
    assert result.baseline_mean == pytest.approx(0.6, abs=0.02)
    assert not result.sampled
    # The closed form agrees with averaging over all 5! sign permutations.
    tri, signs, _ = signed_triangles(g)
    shares = [np.mean([np.prod(np.array(p)[t]) > 0 for t in tri]) for p in itertools.permutations(signs)]
    assert float(np.mean(shares)) == pytest.approx(0.6)


def test_expected_balance_formula() -> None:
    # All positive: every triangle balanced. One negative of three edges: C(2,3)=0 all-positive
    # triples, C(1,2)=0 two-negative triples -> 0.
    assert expected_balance_under_shuffle(10, 0) == 1.0
    assert expected_balance_under_shuffle(3, 1) == 0.0
    # 4 edges, 2 negative: [C(2,3) + C(2,2)*2] / C(4,3) = 2/4.
    assert expected_balance_under_shuffle(4, 2) == float(Fraction(2, 4))


def test_balance_sampling_is_flagged_and_unbiased() -> None:
    # K30: 435 edges, C(30,3) = 4060 triangles. Random signs, fixed seed.
    g = nx.complete_graph(30)
    rng = np.random.default_rng(0)
    for a, b in g.edges:
        g.edges[a, b]["sign"] = 1 if rng.random() < 0.6 else -1
    full = structural_balance(g, shuffles=0, max_triangles=None)
    assert (full.triangles, full.sampled, full.edge_sample_rate) == (4060, False, 1.0)
    samples = [structural_balance(g, shuffles=0, max_triangles=300, seed=s) for s in range(30)]
    assert all(r.sampled and 300 <= r.triangles < 4060 and r.edge_sample_rate < 1 for r in samples)
    # Uniform triangle sampling: the sampled shares scatter around the full share.
    assert float(np.mean([r.share for r in samples])) == pytest.approx(full.share, abs=0.02)


def _walk_graph() -> nx.Graph:
    # X = {x0, x1, x2}, Y = {y0, y1, y2}; path x2 - x0 - x1 - y1 - y0 - y2, unit weights.
    g = nx.Graph()
    g.add_edges_from([("x0", "x1"), ("x0", "x2"), ("x1", "y1"), ("y0", "y1"), ("y0", "y2")],
                     weight=1)
    return g


@pytest.mark.parametrize("exact_below", [5000, 0])
def test_random_walk_controversy_by_hand(exact_below: int) -> None:
    # k = 1. Degrees: x0 2, x1 2, x2 1 -> hub x0 (tie broken by name); y0 2, y1 2 -> hub y0.
    # h = probability of stopping at the Y hub: x0 = 0, y0 = 1; x2 -> x0: 0; y2 -> y0: 1;
    # h(x1) = h(x0)/2 + h(y1)/2 = h(y1)/2; h(y1) = h(x1)/2 + 1/2 -> h(y1) = 2/3, h(x1) = 1/3.
    # P_XY = (0 + 1/3 + 0)/3 = 1/9; P_YX = 1 - (1 + 2/3 + 1)/3 = 1/9.
    # RWC = (8/9)(8/9) - (1/9)(1/9) = 63/81 = 7/9.
    result = random_walk_controversy(_walk_graph(), ["x0", "x1", "x2"], ["y0", "y1", "y2"], k=1,
                                     exact_below=exact_below)
    assert (result.hubs_x, result.hubs_y) == (("x0",), ("y0",))
    assert result.p_xy == pytest.approx(1 / 9)
    assert result.p_yx == pytest.approx(1 / 9)
    assert result.p_xx == pytest.approx(8 / 9)
    assert result.rwc == pytest.approx(7 / 9)


def test_controversy_of_separate_camps_is_one_and_of_mixed_camps_lower() -> None:
    # Two positive cliques with no positive tie between them: no walk crosses, RWC = 1.
    g = signed([(a, b, 1) for a, b in itertools.combinations("abcd", 2)]
               + [(a, b, 1) for a, b in itertools.combinations("efgh", 2)] + [("a", "e", -1)])
    found = camps(g)
    result = controversy_between_largest(g, found, k=1)
    assert result is not None and result.rwc == pytest.approx(1.0)
    with pytest.raises(ValueError):
        random_walk_controversy(_walk_graph(), ["x0"], ["x0"])
    assert controversy_between_largest(signed([("a", "b", 1)]), camps(signed([("a", "b", 1)]))) is None
