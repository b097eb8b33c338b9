"""Camps in the argument graph: communities, structural balance and controversy.

All three work on the undirected signed graph: the two directions between a pair are summed, and
the pair's sign is the sign of (supporting - attacking) interactions; pairs that net to zero are
left out of the signed analyses.

- Communities: Louvain (networkx, fixed seed) on the positive part, weighted by net support, then
  the attacks between the resulting camps are counted.
- Structural balance: the share of signed triangles with an even number of negative edges
  ("the enemy of my enemy is my friend"), against the same triangles with the edge signs shuffled.
  Large graphs are sampled (see `structural_balance`).
- Controversy: random-walk controversy (Garimella et al., "Quantifying controversy on social
  media", 2018) between the two largest camps, computed exactly as absorption probabilities of the
  random walk (a linear solve), not by simulating walks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import spsolve

from threads.gc_pause import without_gc


@without_gc
def signed_graph(graph: nx.DiGraph) -> nx.Graph:
    """Undirected graph with `sign` (+1/-1) and `weight` (|net|) on each pair whose interactions
    do not cancel out; nodes without such a pair are kept, isolated."""
    net: dict[tuple[str, str], int] = {}
    for s, t, data in graph.edges(data=True):
        if s == t:
            continue
        key = (s, t) if s < t else (t, s)
        net[key] = net.get(key, 0) + data["positive"] - data["negative"]
    out = nx.Graph()
    out.add_nodes_from(graph.nodes)
    out.add_edges_from((a, b, {"sign": 1 if v > 0 else -1, "weight": abs(v)})
                       for (a, b), v in net.items() if v != 0)
    return out


@dataclass(frozen=True, slots=True)
class Camps:
    communities: tuple[frozenset[str], ...]  # largest first; singletons included
    camp_of: dict[str, int]
    # (camp i, camp j) with i < j -> number of negative signed edges between them
    negative_between: dict[tuple[int, int], int]
    negative_within: int
    positive_between: int


@without_gc
def camps(signed: nx.Graph, *, seed: int = 7, resolution: float = 1.0) -> Camps:
    # Authors without a supporting tie are camps of one whatever Louvain does; leaving them out
    # of its graph saves most of its time on real sites, where most authors never agree with anyone.
    positive = nx.Graph()
    positive.add_edges_from((a, b, {"weight": d["weight"]})
                            for a, b, d in signed.edges(data=True) if d["sign"] > 0)
    found = nx.community.louvain_communities(positive, weight="weight", resolution=resolution, seed=seed)
    alone = [frozenset((n,)) for n in signed.nodes if n not in positive]
    ordered = sorted([*(frozenset(c) for c in found), *alone], key=lambda c: (-len(c), min(c)))
    camp_of = {node: i for i, c in enumerate(ordered) for node in c}
    between: dict[tuple[int, int], int] = {}
    within = 0
    positive_between = 0
    for a, b, d in signed.edges(data=True):
        ca, cb = camp_of[a], camp_of[b]
        if d["sign"] < 0:
            if ca == cb:
                within += 1
            else:
                key = (ca, cb) if ca < cb else (cb, ca)
                between[key] = between.get(key, 0) + 1
        elif ca != cb:
            positive_between += 1
    return Camps(tuple(ordered), camp_of, between, within, positive_between)


@dataclass(frozen=True, slots=True)
class Balance:
    triangles: int  # signed triangles examined
    balanced: int
    share: float
    baseline_mean: float  # mean balanced share over the sign shuffles
    baseline_std: float
    expected_shuffled: float  # exact expectation of the shuffled share, for comparison
    shuffles: int
    sampled: bool  # triangles come from a sample of edges, not all of them
    edge_sample_rate: float


def expected_balance_under_shuffle(edges: int, negative: int) -> float:
    """P(an even number of negatives) among three distinct edges drawn without replacement from
    `edges` edges of which `negative` are negative: what a sign shuffle gives in expectation."""
    if edges < 3:
        return float("nan")
    positive = edges - negative
    total = math.comb(edges, 3)
    return (math.comb(positive, 3) + math.comb(negative, 2) * positive) / total


@without_gc
def signed_triangles(signed: nx.Graph, *, max_triangles: int | None = 300_000, seed: int = 7
                     ) -> tuple[np.ndarray, np.ndarray, float]:
    """(triangles as an (n, 3) array of edge indices, edge signs, share of edges examined).

    Edges are visited in a random order and every triangle on a visited edge is taken, until
    `max_triangles` are in hand. The first m edges of a random order are a uniform sample of m
    edges, and a triangle is caught when any of its three edges is among them, which has the same
    probability for every triangle whatever its signs: the balanced share stays unbiased. Triangles
    on real interaction graphs crowd onto the edges between a few very active authors, which is
    what makes enumerating all of them cost tens of seconds at a million comments.
    """
    nodes = list(signed.nodes)
    position = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    edge_index: dict[int, int] = {}
    ends: list[tuple[int, int]] = []
    signs: list[int] = []
    neighbours: list[set[int]] = [set() for _ in nodes]
    for a, b, d in signed.edges(data=True):
        i, j = position[a], position[b]
        if i == j:
            continue
        if i > j:
            i, j = j, i
        edge_index[i * n + j] = len(signs)
        ends.append((i, j))
        signs.append(d["sign"])
        neighbours[i].add(j)
        neighbours[j].add(i)
    order = np.random.default_rng(seed).permutation(len(signs)).tolist()
    found: set[tuple[int, int, int]] = set()
    visited = 0
    for e in order:
        i, j = ends[e]
        visited += 1
        for k in neighbours[i] & neighbours[j]:
            if k < i:
                found.add((k, i, j))
            elif k < j:
                found.add((i, k, j))
            else:
                found.add((i, j, k))
        if max_triangles is not None and len(found) >= max_triangles:
            break
    tri = np.empty((len(found), 3), dtype=np.int64)
    for row, (i, j, k) in enumerate(found):
        tri[row, 0] = edge_index[i * n + j]
        tri[row, 1] = edge_index[i * n + k]
        tri[row, 2] = edge_index[j * n + k]
    rate = visited / len(signs) if signs else 1.0
    return tri, np.asarray(signs, dtype=np.int8), rate


def structural_balance(signed: nx.Graph, *, shuffles: int = 100, seed: int = 7,
                       max_triangles: int | None = 300_000) -> Balance:
    tri, signs, rate = signed_triangles(signed, max_triangles=max_triangles, seed=seed)
    negative = int((signs < 0).sum())
    expected = expected_balance_under_shuffle(len(signs), negative)
    if len(tri) == 0:
        return Balance(0, 0, float("nan"), float("nan"), float("nan"), expected, shuffles, rate < 1.0, rate)
    balanced = int((_balanced(tri, signs)).sum())
    rng = np.random.default_rng(seed)
    shares = np.array([_balanced(tri, rng.permutation(signs)).mean() for _ in range(shuffles)])
    return Balance(
        triangles=len(tri),
        balanced=balanced,
        share=balanced / len(tri),
        baseline_mean=float(shares.mean()) if shuffles else float("nan"),
        baseline_std=float(shares.std()) if shuffles else float("nan"),
        expected_shuffled=expected,
        shuffles=shuffles,
        sampled=rate < 1.0,
        edge_sample_rate=rate,
    )


def _balanced(tri: np.ndarray, signs: np.ndarray) -> np.ndarray:
    product: np.ndarray = signs[tri[:, 0]] * signs[tri[:, 1]] * signs[tri[:, 2]]
    return product > 0


@dataclass(frozen=True, slots=True)
class Controversy:
    rwc: float
    p_xx: float
    p_xy: float
    p_yx: float
    p_yy: float
    hubs_x: tuple[str, ...]
    hubs_y: tuple[str, ...]
    size_x: int
    size_y: int


def random_walk_controversy(positive: nx.Graph, side_x: Iterable[str], side_y: Iterable[str], *,
                            k: int = 10, exact_below: int = 5000) -> Controversy:
    """RWC = P_XX * P_YY - P_XY * P_YX on the subgraph induced by the two sides.

    A walk starts at a node chosen uniformly on one side, steps to a neighbour with probability
    proportional to edge weight, and stops on reaching one of the k highest-degree nodes ("hubs")
    of either side; P_AB is the probability that a walk started in A stops at a hub of B. Walks
    from a hub stop at once. Computed exactly: the absorption probabilities h solve the grounded
    Laplacian system L_TT h = W_TH 1_Y (direct solve below `exact_below` free nodes, conjugate
    gradient above). Walkers that cannot reach any hub (a component without one) are left out.
    """
    xs, ys = set(side_x), set(side_y)
    if xs & ys:
        raise ValueError("the two sides overlap")
    nodes = sorted(xs) + sorted(ys)
    position = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for a in nodes:  # the induced subgraph, read straight off the adjacency
        i = position[a]
        for b, d in positive.adj[a].items():
            j = position.get(b)
            if j is not None and j != i:
                rows.append(i)
                cols.append(j)
                vals.append(float(d.get("weight", 1.0)))
    w_mat = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
    degree = np.asarray(w_mat.sum(axis=1)).ravel()
    hubs_x = _hubs(degree, nodes, 0, len(xs), k)
    hubs_y = _hubs(degree, nodes, len(xs), n, k)
    absorbing = np.zeros(n, dtype=bool)
    in_y = np.zeros(n, dtype=bool)
    for h in hubs_x:
        absorbing[position[h]] = True
    for h in hubs_y:
        absorbing[position[h]] = True
        in_y[position[h]] = True
    # h_y: probability of stopping at a Y hub; h_any: of stopping at all.
    h_y = in_y.astype(float)
    h_any = absorbing.astype(float)
    free = np.flatnonzero(~absorbing)
    if len(free):
        _, labels = connected_components(w_mat, directed=False)
        reachable_labels = set(labels[absorbing].tolist())
        free = free[np.isin(labels[free], np.fromiter(reachable_labels, dtype=labels.dtype))]
    if len(free):
        w_ff = w_mat[free][:, free]
        lap = sp.diags(degree[free]) - w_ff
        w_fh = w_mat[free]
        rhs_y = np.asarray(w_fh @ in_y.astype(float)).ravel()
        rhs_any = np.asarray(w_fh @ absorbing.astype(float)).ravel()
        h_y[free] = _solve(lap.tocsc(), rhs_y, exact_below)
        h_any[free] = _solve(lap.tocsc(), rhs_any, exact_below)
    x_idx = np.arange(len(xs))
    y_idx = np.arange(len(xs), n)
    p_xy, p_xx = _side_probabilities(h_y, h_any, x_idx)
    p_yy, p_yx = _side_probabilities(h_y, h_any, y_idx)
    return Controversy(p_xx * p_yy - p_xy * p_yx, p_xx, p_xy, p_yx, p_yy, tuple(hubs_x),
                       tuple(hubs_y), len(xs), len(ys))


def _hubs(degree: np.ndarray, nodes: list[str], lo: int, hi: int, k: int) -> list[str]:
    """The k highest (weighted) degree nodes of nodes[lo:hi], ties to the smaller name."""
    return [nodes[i] for i in sorted(range(lo, hi), key=lambda i: (-degree[i], nodes[i]))[:k]]


def _solve(lap: sp.csc_matrix, rhs: np.ndarray, exact_below: int) -> np.ndarray:
    if lap.shape[0] < exact_below:
        result: np.ndarray = np.atleast_1d(spsolve(lap, rhs))
        return result
    return _conjugate_gradient(lap.tocsr(), rhs)


def _conjugate_gradient(a: sp.csr_matrix, b: np.ndarray, *, tol: float = 1e-10,
                        max_iter: int = 20_000) -> np.ndarray:
    """Jacobi-preconditioned conjugate gradient for the symmetric positive definite grounded
    Laplacian. Written out rather than scipy's `cg` because that one takes its dot products from
    a multi-threaded BLAS, whose threads spin against each other on a busy two-core machine and made
    the solve tens of times slower there; sums of products stay on one thread."""
    inv_diag = 1.0 / a.diagonal()
    x = np.zeros_like(b)
    r = b.copy()
    z = inv_diag * r
    p = z.copy()
    rz = float((r * z).sum())
    limit = tol * max(float(np.sqrt((b * b).sum())), 1e-300)
    for _ in range(max_iter):
        if float(np.sqrt((r * r).sum())) <= limit:
            return x
        ap = a @ p
        alpha = rz / float((p * ap).sum())
        x += alpha * p
        r -= alpha * ap
        z = inv_diag * r
        rz_next = float((r * z).sum())
        p = z + (rz_next / rz) * p
        rz = rz_next
    raise RuntimeError("random-walk controversy: conjugate gradient did not converge")


def _side_probabilities(h_y: np.ndarray, h_any: np.ndarray, idx: np.ndarray) -> tuple[float, float]:
    """(P(end in Y | start here), P(end in X | start here)) over walkers that end at all."""
    ended = float(h_any[idx].sum())
    if ended <= 0:
        return float("nan"), float("nan")
    to_y = float(h_y[idx].sum()) / ended
    return to_y, 1.0 - to_y


def controversy_between_largest(signed: nx.Graph, found: Camps, *, k: int = 10) -> Controversy | None:
    """RWC between the two largest camps, on the positive part of the signed graph."""
    if len(found.communities) < 2 or len(found.communities[1]) < 2:
        return None
    side_x, side_y = found.communities[0], found.communities[1]
    positive = nx.Graph()
    positive.add_nodes_from(side_x | side_y)
    for a in positive.nodes:
        for b, d in signed.adj[a].items():
            if d["sign"] > 0 and b in positive:
                positive.add_edge(a, b, weight=d["weight"])
    return random_walk_controversy(positive, side_x, side_y, k=k)
