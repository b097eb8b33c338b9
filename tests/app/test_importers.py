"""`flask threads import ...`: trees built from exports, and a second run changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Comment, Source
from tests.fixtures.live.make_exports import WRITERS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "live"


def _comments(session: Session, slug: str) -> dict[str, Comment]:
    rows = session.scalars(select(Comment).join(Article).join(Source).where(Source.slug == slug))
    return {c.external_id: c for c in rows}


def test_wxr_import_builds_the_tree(runner: FlaskCliRunner, db_session: Session) -> None:
    result = runner.invoke(args=["threads", "import", "wordpress-wxr", str(FIXTURES / "wxr_small.xml"),
                                 "--source", "gazette"])
    assert result.exit_code == 0, result.output
    rows = _comments(db_session, "gazette")
    assert rows["102"].parent_id == rows["101"].id and rows["102"].depth == 1
    # 103 named 105, which came later in the file
    assert rows["103"].parent_id == rows["105"].id and rows["103"].parent_external_id is None
    assert rows["104"].status == "deleted"
    assert rows["105"].status == "held"
    assert rows["201"].author_id == rows["102"].author_id  # the same WordPress user 7
    article = db_session.get(Article, rows["101"].article_id)
    assert article is not None and article.url == "https://gazette.example/2024/ferry-timetable"


@pytest.mark.parametrize("fmt", ["wordpress-json", "disqus", "coral-csv"])
def test_small_fixtures_import(fmt: str, runner: FlaskCliRunner, db_session: Session) -> None:
    name = {"wordpress-json": "wp_comments.json", "disqus": "disqus_small.xml", "coral-csv": "coral_small.csv"}[fmt]
    result = runner.invoke(args=["threads", "import", fmt, str(FIXTURES / name)])
    assert result.exit_code == 0, result.output
    rows = _comments(db_session, fmt)
    if fmt == "wordpress-json":
        assert rows["33"].parent_id == rows["34"].id and rows["33"].depth == 3
    elif fmt == "disqus":
        assert rows["7003"].status == "deleted" and rows["7003"].depth == 2
    else:
        assert rows["c-3"].status == "held" and rows["c-3"].depth == 2


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_large_import_is_idempotent(fmt: str, runner: FlaskCliRunner, db_session: Session, tmp_path: Path) -> None:
    export = tmp_path / f"export-{fmt}"
    total = WRITERS[fmt](export, n=2000)
    first = runner.invoke(args=["threads", "import", fmt, str(export), "--source", "bulk"])
    assert first.exit_code == 0, first.output
    assert f"{total} new, 0 unchanged" in first.output
    snapshot = {c.external_id: (c.parent_id, c.depth, c.path, c.body, c.status)
                for c in _comments(db_session, "bulk").values()}
    second = runner.invoke(args=["threads", "import", fmt, str(export), "--source", "bulk"])
    assert second.exit_code == 0, second.output
    assert f"0 new, {total} unchanged" in second.output
    db_session.expire_all()
    after = {c.external_id: (c.parent_id, c.depth, c.path, c.body, c.status)
             for c in _comments(db_session, "bulk").values()}
    assert after == snapshot and len(after) == total
    # every reply whose parent was in the file ended up linked; the only ones left waiting name
    # their own descendant (a cycle the generator makes on purpose now and then)
    rows = _comments(db_session, "bulk")
    for comment in rows.values():
        if comment.parent_external_id is not None:
            named = rows[comment.parent_external_id]
            assert named.path.startswith(comment.path)


def test_bad_file_reports_the_field(runner: FlaskCliRunner, db_session: Session, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("story_id,comment_id\ns,c\n")
    result = runner.invoke(args=["threads", "import", "coral-csv", str(bad)])
    assert result.exit_code != 0 and "body" in result.output
