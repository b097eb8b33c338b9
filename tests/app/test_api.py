"""The read-only JSON API: pagination, nested threads, comment context, JSON errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flask.testing import FlaskClient, FlaskCliRunner

from app.models import Article, Comment


def test_articles_are_paginated(api_client: FlaskClient, make_article: Callable[..., Article]) -> None:
    for i in range(5):
        make_article(title=f"Article {i}")
    first = api_client.get("/api/articles?per_page=2").get_json()
    assert first["total"] >= 5 and first["per_page"] == 2 and len(first["items"]) == 2
    second = api_client.get("/api/articles?per_page=2&page=2").get_json()
    assert {a["id"] for a in first["items"]}.isdisjoint({a["id"] for a in second["items"]})


def test_bad_pagination_is_a_json_400(api_client: FlaskClient) -> None:
    response = api_client.get("/api/articles?per_page=abc")
    assert response.status_code == 400
    assert "per_page" in response.get_json()["error"]
    assert api_client.get("/api/articles?per_page=0").status_code == 400


def test_missing_things_are_json_404s(api_client: FlaskClient) -> None:
    for url in ("/api/articles/999999", "/api/articles/999999/thread", "/api/comments/999999", "/api/nope"):
        response = api_client.get(url)
        assert response.status_code == 404, url
        assert response.is_json and response.get_json()["error"]


def test_thread_and_comment_context(api_client: FlaskClient, make_comment: Callable[..., Comment]) -> None:
    top = make_comment(body="top")
    reply = make_comment(body="reply", parent=top)
    deeper = make_comment(body="deeper", parent=reply)
    make_comment(body="second reply", parent=top)
    thread = api_client.get(f"/api/articles/{top.article_id}/thread").get_json()
    assert [c["body"] for c in thread["comments"]] == ["top"]
    assert [r["body"] for r in thread["comments"][0]["replies"]] == ["reply", "second reply"]
    assert thread["comments"][0]["replies"][0]["replies"][0]["id"] == deeper.id

    ctx = api_client.get(f"/api/comments/{deeper.id}").get_json()
    assert [a["body"] for a in ctx["ancestors"]] == ["top", "reply"]
    assert ctx["replies"] == []
    ctx_top = api_client.get(f"/api/comments/{top.id}").get_json()
    assert [r["body"] for r in ctx_top["replies"]] == ["reply", "second reply"]


def test_cli_ingest_then_api_thread_matches_parse_json(
    runner: FlaskCliRunner, api_client: FlaskClient, samples_dir: Path
) -> None:
    import json

    page = next(samples_dir.glob("002_*.txt"))
    parsed = json.loads(runner.invoke(args=["threads", "parse", str(page), "--json"]).output)
    result = runner.invoke(args=["threads", "ingest", str(samples_dir)])
    assert result.exit_code == 0, result.output
    assert "5 ingested, 0 skipped" in result.output
    assert "002_11c1059b06ce80de.txt: article #" in result.output and "37 comments" in result.output

    articles = api_client.get("/api/articles?per_page=100").get_json()["items"]
    article = next(a for a in articles if a["external_id"] == page.stem)
    thread = api_client.get(f"/api/articles/{article['id']}/thread").get_json()
    assert thread["title"] == parsed["title"]

    def shape(nodes: list[dict]) -> list:  # type: ignore[type-arg]
        out = []
        stack = [(nodes, out)]
        while stack:
            src, dst = stack.pop()
            for node in src:
                kids: list = []  # type: ignore[type-arg]
                dst.append((node["body"], kids))
                stack.append((node["replies"], kids))
        return out

    assert shape(thread["comments"]) == shape(parsed["comments"])

    again = runner.invoke(args=["threads", "ingest", str(samples_dir)])
    assert again.output.count("unchanged") == 5


def test_cli_ingest_skips_bad_files_and_keeps_going(runner: FlaskCliRunner, tmp_path: Path, samples_dir: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 50)
    good = next(samples_dir.glob("000_*.txt"))
    (tmp_path / good.name).write_bytes(good.read_bytes())
    result = runner.invoke(args=["threads", "ingest", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "bad.txt: SKIPPED" in result.output
    assert "1 ingested, 1 skipped" in result.output


def test_cli_show_prints_the_tree(runner: FlaskCliRunner, make_comment: Callable[..., Comment]) -> None:
    top = make_comment(body="top level words")
    make_comment(body="a reply", parent=top)
    out = runner.invoke(args=["threads", "show", str(top.article_id)]).output
    lines = out.splitlines()
    assert "top level words" in lines[1] and "a reply" in lines[2]
    assert len(lines[2]) - len(lines[2].lstrip()) > len(lines[1]) - len(lines[1].lstrip())
    assert runner.invoke(args=["threads", "show", "999999"]).exit_code != 0


def test_a_very_deep_thread_serialises(api_client: FlaskClient, db_session, make_source) -> None:  # type: ignore[no-untyped-def]
    from app.services.ingest import ingest_article
    from threads.model import ParsedArticle, ParsedComment

    root = ParsedComment(body="level 0")
    node = root
    for depth in range(1, 3000):
        child = ParsedComment(body=f"level {depth}")
        node.replies.append(child)
        node = child
    result = ingest_article(db_session, ParsedArticle(title="Deep", body="b", comments=[root]),
                            source=make_source(), actor="test", external_id="deep-api")
    response = api_client.get(f"/api/articles/{result.article_id}/thread")
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert text.count('"replies": [') == 3000 and '"level 2999"' in text


def test_the_api_needs_a_login_or_token_except_the_score_check(client: FlaskClient) -> None:
    for url in ("/api/articles", "/api/articles/1", "/api/comments/1", "/api/comments/1/scores"):
        response = client.get(url)
        assert response.status_code == 401, url
        assert response.get_json()["error"] == "authentication required"
    bad = client.get("/api/articles", headers={"Authorization": "Bearer not-a-real-token"})
    assert bad.status_code == 401
    # the stateless pre-submit check is public (validation runs before any model is needed)
    assert client.post("/api/score", json={"texts": []}).status_code == 422
