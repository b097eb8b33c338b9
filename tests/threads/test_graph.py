"""Building the interaction graph from rows, its edge attributes, exports, and the 002 page."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import networkx as nx
import pytest

from tests.conftest import missing_shared
from threads.graph import ArgumentGraph, build_graph
from threads.graph_export import LIST_SEPARATOR, node_link, write_graph
from threads.graph_rows import CommentRow, rows_from_article
from threads.model import ParsedArticle, ParsedComment

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"
T0 = datetime(2024, 5, 1, tzinfo=UTC)


def row(cid: str, author: str, body: str, parent: str | None = None, thread: str = "t1",
        minute: int = 0, toxicity: float | None = None) -> CommentRow:
    return CommentRow(cid, thread, parent, author, None, body, T0 + timedelta(minutes=minute), toxicity)


@pytest.fixture()
def small() -> ArgumentGraph:
    rows = [
        row("1", "a", "Opening statement about the corridor."),
        row("2", "b", "You are wrong.", "1", minute=1, toxicity=0.2),
        row("3", "a", "I agree with you on the facts, though.", "2", minute=2, toxicity=0.1),
        row("4", "b", "Nonsense.", "3", minute=3, toxicity=0.6),
        row("5", "b", "Stop complaining.", "1", thread="t2", minute=10, toxicity=0.4),
        row("6", "a", "Another note.", "5", thread="t2", minute=11),
        row("7", "b", "Replying to myself.", "5", thread="t2", minute=12),
        row("8", "c", "An orphan reply.", "missing", minute=13),
    ]
    return build_graph(rows)


def test_edges_and_attributes(small: ArgumentGraph) -> None:
    g = small.graph
    assert sorted(g.edges) == [("id:a", "id:b"), ("id:b", "id:a")]
    ba = g.edges["id:b", "id:a"]
    # b -> a: comments 2 (attack), 4 (attack, toxicity 0.6 -> penalty 0.4 on top of "nonsense"),
    # and 5 in t2 (attack). Comment 7 answers b's own 5: no self-loop; 8's parent is unknown.
    assert ba["count"] == 3
    assert ba["comment_ids"] == ["2", "4", "5"]
    assert ba["hostile_comment_ids"] == ["2", "4", "5"]
    assert (ba["positive"], ba["negative"], ba["neutral"], ba["net"], ba["sign"]) == (0, 3, 0, -3, -1)
    assert ba["threads"] == ["t1", "t2"] and ba["thread_count"] == 2
    assert ba["first"] == T0 + timedelta(minutes=1) and ba["last"] == T0 + timedelta(minutes=10)
    # mean of 0.2, 0.6, 0.4 = 0.4; max 0.6.
    assert ba["mean_toxicity"] == pytest.approx(0.4) and ba["max_toxicity"] == 0.6
    ab = g.edges["id:a", "id:b"]
    # a -> b: 3 agrees (+1.5), 6 is neutral; 6 has no toxicity score, so the mean is over 3 alone.
    assert (ab["positive"], ab["negative"], ab["neutral"], ab["sign"]) == (1, 0, 1, 1)
    assert ab["mean_toxicity"] == pytest.approx(0.1)
    assert small.answers["3"] == "2" and small.sign_of["3"] == 1
    assert g.nodes["id:a"]["comments"] == 3 and g.nodes["id:b"]["comments"] == 4


def test_exports_keep_every_attribute(small: ArgumentGraph, tmp_path: Path) -> None:
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        write_graph(small.graph, path, fmt)  # type: ignore[arg-type]
        back = reader(path)
        data = back.edges["id:b", "id:a"]
        assert data["comment_ids"] == LIST_SEPARATOR.join(["2", "4", "5"])
        assert data["threads"] == "t1;t2"
        assert data["first"] == (T0 + timedelta(minutes=1)).isoformat()
        assert float(data["mean_toxicity"]) == pytest.approx(0.4)
        assert int(data["count"]) == 3
        assert back.nodes["id:a"]["label"] == "a"
    path = tmp_path / "g.json"
    write_graph(small.graph, path, "json")
    loaded = json.loads(path.read_text())
    edge = next(e for e in loaded["edges"] if e["source"] == "id:b")
    assert edge["comment_ids"] == ["2", "4", "5"]
    assert edge["first"] == (T0 + timedelta(minutes=1)).isoformat()
    assert node_link(small.graph)["directed"] is True
    with pytest.raises(ValueError):
        write_graph(small.graph, tmp_path / "g.x", "dot")  # type: ignore[arg-type]


def test_rows_from_article_ids_and_parents() -> None:
    article = ParsedArticle("T", "Body", [
        ParsedComment("top one", [ParsedComment("reply", [ParsedComment("deeper")])],
                      author_name="Ani", author_external_id="u1"),
        ParsedComment("top two"),
    ])
    rows = rows_from_article(article, "a1")
    assert [(r.id, r.parent_id, r.author_id, r.author_name) for r in rows] == [
        ("a1:1", None, "u1", "Ani"),
        ("a1:1.1", "a1:1", None, None),
        ("a1:1.1.1", "a1:1.1", None, None),
        ("a1:2", None, None, None),
    ]


def test_placeholders_without_inference() -> None:
    rows = [CommentRow("1", "t", None, None, None, "First."),
            CommentRow("2", "t", "1", None, None, "You are wrong.")]
    g = build_graph(rows, infer=False).graph
    assert list(g.edges) == [("anon:2", "anon:1")]
    assert g.nodes["anon:1"]["placeholder"] is True


def test_002_hostile_edge_from_dinosaurian_reply() -> None:
    from threads.page_parser import parse_file

    path = SAMPLES / "002_11c1059b06ce80de.txt"
    if not path.exists():
        missing_shared(f"sample page missing: {path}")
    ag = build_graph(rows_from_article(parse_file(path), "002"))
    source = ag.author_of["002:12.1"]
    target = ag.author_of["002:12"]
    assert target == "name:dinosaurian"
    edge = ag.graph.edges[source, target]
    assert edge["sign"] == -1
    assert edge["hostile_comment_ids"] == ["002:12.1"]
    assert ag.graph.nodes[target]["label"] == "dinosaurian"
    # Top-level 8 ("agree 100% with you") supports top-level 4's author.
    assert ag.graph.edges[ag.author_of["002:8"], "name:zeituntsi vache achikyan"]["sign"] == 1
    # The reply under 12 quoting 11 is an edge to 11's author, not to dinosaurian.
    assert ag.answers["002:12.2"] == "002:11"
    assert ag.graph.has_edge(ag.author_of["002:12.2"], ag.author_of["002:11"])
    assert not ag.graph.has_edge(ag.author_of["002:12.2"], target)
    # Harry Aghavian / Concerned Armenian is one node, whose repost under 10 attacks 10's author.
    harry = ag.author_of["002:14"]
    assert ag.graph.nodes[harry]["label"] == "Harry Aghavian / Concerned Armenian"
    assert ag.graph.edges[harry, ag.author_of["002:10"]]["hostile_comment_ids"] == ["002:10.2"]


def test_gc_is_paused_during_builds_and_restored() -> None:
    import gc

    from threads.gc_pause import paused_gc, without_gc

    seen: list[bool] = []

    @without_gc
    def probe() -> None:
        seen.append(gc.isenabled())

    assert gc.isenabled()
    probe()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
