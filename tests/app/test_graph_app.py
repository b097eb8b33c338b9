"""The argument graph through the app: CLI export, JSON API and the moderator page, on data with
known authors (webhook-style) and on the scraped sample 002 whose authors must be inferred."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment
from app.services.graph_data import clear_cache
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, login  # noqa: F401

HOSTILE = {"toxicity": 0.92, "insult": 0.9}
CALM = {"toxicity": 0.02, "insult": 0.01}


@pytest.fixture(autouse=True)
def _fresh_graph_cache() -> Iterator[None]:
    """Rolled-back tests can leave the same ids and counts behind; never let one test see another's graph."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def author(db_session: Session, make_source: Callable[..., Any]) -> Callable[[str], Author]:
    source = make_source()

    def factory(name: str) -> Author:
        found = Author(source_id=source.id, external_id=name.lower().replace(" ", "-"), display_name=name)
        db_session.add(found)
        db_session.flush()
        return found

    return factory


@pytest.fixture
def feud(make_article: Callable[..., Article], make_comment: Callable[..., Comment],
         author: Callable[[str], Author]) -> dict[str, Any]:
    """Alice insults Bob three times; Carol snaps at Dave once; Erin thanks Bob."""
    alice, bob, carol, dave, erin = (author(n) for n in ("Alice Arden", "Bob Brandt", "Carol Cho", "Dave Dunn",
                                                         "Erin <script>alert(1)</script>"))
    article = make_article(title="Parking fees")
    bob_says = make_comment("The new parking fees are fair and overdue.", article=article, author_id=bob.id,
                            scores=CALM)
    attacks = [make_comment(body, article=article, parent=bob_says, author_id=alice.id, scores=HOSTILE)
               for body in ("You are a complete idiot, Bob.", "Only a fool would write this garbage.",
                            "Stupid take <script>alert('x')</script> as always from you, moron.")]
    carol_says = make_comment("Buses should be free on Sundays.", article=article, author_id=carol.id, scores=CALM)
    dave_snaps = make_comment("What a dumb idea, you clown.", article=article, parent=carol_says,
                              author_id=dave.id, scores={"toxicity": 0.7, "insult": 0.6})
    thanks = make_comment("Agree 100%, you are right, thanks for saying it.", article=article, parent=bob_says,
                          author_id=erin.id, scores=CALM)
    return {"alice": alice, "bob": bob, "carol": carol, "dave": dave, "erin": erin, "article": article,
            "bob_says": bob_says, "attacks": attacks, "dave_snaps": dave_snaps, "thanks": thanks}


# ---- CLI -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_cli_writes_a_graph_file_that_parses_back_with_its_attributes(
        runner: FlaskCliRunner, feud: dict[str, Any], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(args=["threads", "graph", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 nodes, 3 edges" in result.output
    assert "identity merges" in result.output
    alice, bob = f"id:{feud['alice'].id}", f"id:{feud['bob'].id}"
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        nodes = {n["id"]: n for n in data["nodes"]}
        edge = next(e for e in data["edges"] if e["source"] == alice and e["target"] == bob)
    else:
        g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        nodes = dict(g.nodes(data=True))
        edge = g.edges[alice, bob]
    assert nodes[alice]["label"] == "Alice Arden"
    assert nodes[bob]["label"] == "Bob Brandt"
    assert "camp" in nodes[alice]
    assert int(edge["count"]) == 3 and int(edge["negative"]) == 3 and int(edge["sign"]) == -1
    assert float(edge["max_toxicity"]) == pytest.approx(0.92)
    # Gephi/Cytoscape have no list type: the flat writers join lists with ';'.
    ids = edge["comment_ids"] if isinstance(edge["comment_ids"], list) else edge["comment_ids"].split(";")
    assert sorted(int(i) for i in ids) == sorted(c.id for c in feud["attacks"])


def test_cli_filters_by_source_and_rejects_bad_dates(runner: FlaskCliRunner, feud: dict[str, Any],
                                                     make_source: Callable[..., Any], tmp_path: Path) -> None:
    empty = make_source(slug="quiet-site")
    out = tmp_path / "g.json"
    result = runner.invoke(args=["threads", "graph", "--source", empty.slug, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["nodes"] == []
    bad = runner.invoke(args=["threads", "graph", "--since", "last tuesday", "-o", str(out)])
    assert bad.exit_code != 0 and "since must be a date" in bad.output
    unknown = runner.invoke(args=["threads", "graph", "--source", "no-such-site", "-o", str(out)])
    assert unknown.exit_code != 0 and "unknown source" in unknown.output


# ---- API -----------------------------------------------------------------------------------------


def test_api_needs_a_login_or_token(client: FlaskClient) -> None:
    for url in ("/api/graph", "/api/graph/pairs", "/api/graph/flamewars", "/api/graph/authors/1"):
        assert client.get(url).status_code == 401, url


@pytest.mark.parametrize("query, message", [
    ("since=yesterday", "since must be a date"),
    ("until=2026-13-01", "until must be a date"),
    ("since=2026-05-02&until=2026-05-01", "until must be after since"),
    ("source=no-such-site", "unknown source"),
    ("limit=0", "'limit' must be between"),
    ("limit=ten", "'limit' must be an integer"),
])
def test_bad_filters_are_clear_400s(api_client: FlaskClient, query: str, message: str) -> None:
    response = api_client.get(f"/api/graph/pairs?{query}")
    assert response.status_code == 400
    assert message in response.get_json()["error"]


def test_pairs_rank_the_repeated_attacker_first_and_drill_down_to_the_comments(
        api_client: FlaskClient, feud: dict[str, Any]) -> None:
    alice, bob = f"id:{feud['alice'].id}", f"id:{feud['bob'].id}"
    data = api_client.get("/api/graph/pairs").get_json()
    assert data["total"] == 2
    first = data["items"][0]
    assert {first["a"]["id"], first["b"]["id"]} == {alice, bob}
    assert {first["a"]["label"], first["b"]["label"]} == {"Alice Arden", "Bob Brandt"}
    assert first["hostile"] == 3
    hostile_ids = first["hostile_comment_ids_ab"] + first["hostile_comment_ids_ba"]
    assert sorted(hostile_ids) == sorted(c.id for c in feud["attacks"])
    assert data["items"][1]["hostile"] == 1

    exchange = api_client.get("/api/graph/pairs", query_string={"a": alice, "b": bob}).get_json()
    bodies = [c["body"] for c in exchange["comments"]]
    assert bodies == [c.body for c in feud["attacks"]]
    assert all(c["author"]["id"] == alice and c["sign"] == -1 for c in exchange["comments"])
    assert exchange["comments"][0]["answers"] == feud["bob_says"].id
    assert exchange["comments"][0]["article_id"] == feud["article"].id

    assert api_client.get("/api/graph/pairs", query_string={"a": alice}).status_code == 400
    assert api_client.get("/api/graph/pairs", query_string={"a": alice, "b": "id:999999"}).status_code == 404


def test_author_stats_and_unknown_author(api_client: FlaskClient, feud: dict[str, Any]) -> None:
    alice = api_client.get(f"/api/graph/authors/{feud['alice'].id}").get_json()
    assert alice["label"] == "Alice Arden"
    assert alice["comments"] == 3 and alice["hostility_given"] == 3 and alice["hostility_received"] == 0
    assert alice["partners"] == [{"id": f"id:{feud['bob'].id}", "label": "Bob Brandt", "count": 3, "sign": -1}]
    bob = api_client.get(f"/api/graph/authors/id:{feud['bob'].id}").get_json()
    assert bob["hostility_received"] == 3 and bob["replies_received"] == 4
    missing = api_client.get("/api/graph/authors/999999")
    assert missing.status_code == 404 and "not in the graph" in missing.get_json()["error"]


def _strict_json(text: str) -> Any:
    """Parse as a browser does: NaN and Infinity are not JSON."""
    def reject(token: str) -> Any:
        raise AssertionError(f"{token} in JSON")

    return json.loads(text, parse_constant=reject)


def test_graph_drawing_has_positions_camps_and_signed_edges(api_client: FlaskClient, feud: dict[str, Any]) -> None:
    data = _strict_json(api_client.get("/api/graph").text)
    assert data["total_nodes"] == 5 and data["shown_nodes"] == 5 and data["layout_limit"] == 300
    nodes = {n["id"]: n for n in data["nodes"]}
    for node in nodes.values():
        assert 0.0 <= node["x"] <= 1.0 and 0.0 <= node["y"] <= 1.0
        assert isinstance(node["camp"], int)
    erin, bob = f"id:{feud['erin'].id}", f"id:{feud['bob'].id}"
    assert nodes[erin]["camp"] == nodes[bob]["camp"]  # support puts them in one camp
    signs = {(e["source"], e["target"]): e["sign"] for e in data["edges"]}
    assert signs[(erin, bob)] == 1
    assert signs[(f"id:{feud['alice'].id}", bob)] == -1


def test_filters_narrow_the_graph(api_client: FlaskClient, feud: dict[str, Any]) -> None:
    slug = feud["article"].source.slug
    assert api_client.get(f"/api/graph?source={slug}").get_json()["total_nodes"] == 5
    assert api_client.get("/api/graph?until=2000-01-01").get_json()["total_nodes"] == 0
    assert api_client.get("/api/graph?since=2000-01-01").get_json()["total_nodes"] == 5


def test_analysis_is_cached_until_the_data_changes(api_client: FlaskClient, feud: dict[str, Any],
                                                  make_comment: Callable[..., Comment]) -> None:
    from app.extensions import db
    from app.services.graph_data import GraphFilter, analysis_for

    first = analysis_for(db.session, GraphFilter())
    assert analysis_for(db.session, GraphFilter()) is first
    make_comment("Whatever, Dave.", parent=feud["dave_snaps"], author_id=feud["carol"].id, scores=CALM)
    second = analysis_for(db.session, GraphFilter())
    assert second is not first and len(second.rows) == len(first.rows) + 1


def test_flame_war_is_reported_with_its_start_comment(api_client: FlaskClient, make_article: Callable[..., Article],
                                                      make_comment: Callable[..., Comment],
                                                      author: Callable[[str], Author]) -> None:
    frank, gina = author("Frank Fox"), author("Gina Gold")
    article = make_article(title="Stadium")
    start = make_comment("The stadium plan is a waste of money.", article=article, author_id=frank.id,
                         scores={"toxicity": 0.55, "insult": 0.3})
    parent, who = start, [gina, frank, gina, frank, gina]
    for i, person in enumerate(who):
        parent = make_comment(f"Reply {i}: you are wrong and stupid.", parent=parent, author_id=person.id,
                              scores={"toxicity": 0.6 + 0.07 * i, "insult": 0.6})
    data = api_client.get("/api/graph/flamewars").get_json()
    assert data["total"] == 1
    war = data["items"][0]
    assert war["start_comment_id"] == start.id and war["article_id"] == article.id
    assert war["length"] == 5
    assert {p["label"] for p in war["participants"]} == {"Frank Fox", "Gina Gold"}
    assert war["trend"] in ("rising", "sustained")


def test_scraped_sample_gets_inferred_names_as_labels(runner: FlaskCliRunner, api_client: FlaskClient,
                                                      samples_dir: Path) -> None:
    page = next(samples_dir.glob("002_*.txt"))
    result = runner.invoke(args=["threads", "ingest", "--source", "sample-site", str(page)])
    assert result.exit_code == 0, result.output
    data = api_client.get("/api/graph?source=sample-site").get_json()
    labels = " | ".join(n["label"] for n in data["nodes"])
    for name in ("Garo Hampirian", "dinosaurian", "Gurgen", "Zeituntsi Vache Achikyan"):
        assert name in labels
    assert data["merges"], "the repost and '@A / B' merges are reported"
    pairs = api_client.get("/api/graph/pairs?source=sample-site").get_json()["items"]
    assert any("dinosaurian" in (p["a"]["label"] + p["b"]["label"]) for p in pairs)


# ---- page ----------------------------------------------------------------------------------------


@pytest.fixture
def moderator_client(client: FlaskClient, make_user: Callable[..., Any]) -> FlaskClient:
    user = make_user(role="moderator", password=PASSWORD)
    assert login(client, user.email).status_code in (302, 303)
    return client


def test_graph_page_needs_a_login(client: FlaskClient) -> None:
    response = client.get("/graph")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_graph_page_tables_link_to_author_pages_and_escape_bodies(moderator_client: FlaskClient,
                                                               feud: dict[str, Any]) -> None:
    page = moderator_client.get("/graph")
    assert page.status_code == 200
    html = page.text
    assert "Top antagonistic pairs" in html and "Flame wars" in html
    assert 'href="/graph"' in html  # the nav link
    assert "Alice Arden" in html and "Bob Brandt" in html
    # Names open the author page (#14 item 8), which links on to the queue filtered to them.
    assert f'href="/authors/{feud["alice"].id}"><bdi>Alice Arden</bdi></a>' in html
    assert f"/articles/{feud['article'].id}/thread" in html
    assert 'src="/static/graph.js"' in html and 'id="graph-canvas"' in html
    assert "at most 300" in html
    assert "<script>alert" not in html

    alice, bob = f"id:{feud['alice'].id}", f"id:{feud['bob'].id}"
    exchange = moderator_client.get("/graph", query_string={"a": alice, "b": bob}).text
    assert "Only a fool would write this garbage." in exchange
    assert "Stupid take &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in exchange
    assert "<script>alert" not in exchange
    assert moderator_client.get("/static/graph.js").status_code == 200


def test_graph_page_lists_flame_wars_and_rejects_bad_filters(
        moderator_client: FlaskClient, make_comment: Callable[..., Comment],
        author: Callable[[str], Author]) -> None:
    hal, ivy = author("Hal Hart"), author("Ivy Iver")
    parent = start = make_comment("Cycle lanes ruin the high street.", author_id=hal.id, scores=HOSTILE)
    for person in (ivy, hal, ivy, hal, ivy):
        parent = make_comment("No, you are the idiot here.", parent=parent, author_id=person.id, scores=HOSTILE)
    html = moderator_client.get("/graph").text
    assert f'href="/comments/{start.id}"' in html
    # Isolated (#17) and linking to their author pages (#14 item 8).
    assert f'href="/authors/{hal.id}"><bdi>Hal Hart</bdi></a>' in html
    assert f'href="/authors/{ivy.id}"><bdi>Ivy Iver</bdi></a>' in html
    bad = moderator_client.get("/graph?since=not-a-date")
    assert bad.status_code == 400 and "since must be a date" in bad.text
