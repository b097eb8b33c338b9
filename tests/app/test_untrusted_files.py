"""Files and names from outside (issue 17 item 12): ingest refuses symbolic links, importers answer big
fields and refused XML entities with a message instead of a traceback, and a right-to-left override
in an author's name stays inside the name on every page that shows it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment, User
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, login  # noqa: F401

PAGE = """Harbour ferry timetable changes in spring
The island ferry will run two extra crossings from April.

  1. Finally, the early crossing is back.
"""
SECRET = "Secret notes kept outside the page folder\nroot:x:0:0:root:/root:/bin/bash\n"
RLO = "\u202e"


def test_ingest_refuses_a_symbolic_link_out_of_the_page_folder(runner: FlaskCliRunner, db_session: Session,
                                                               tmp_path: Path) -> None:
    pages, outside = tmp_path / "pages", tmp_path / "private"
    pages.mkdir()
    outside.mkdir()
    (pages / "ferry.txt").write_text(PAGE)
    (outside / "notes.txt").write_text(SECRET)
    (pages / "passwd.txt").symlink_to(outside / "notes.txt")
    (pages / "etc.txt").symlink_to("/etc/passwd")
    before = db_session.scalar(select(func.count()).select_from(Article))
    result = runner.invoke(args=["threads", "ingest", str(pages)])
    assert result.exit_code == 0, result.output
    assert "passwd.txt: SKIPPED" in result.output and "symbolic link" in result.output
    assert "etc.txt: SKIPPED" in result.output
    assert "1 ingested, 2 skipped" in result.output
    assert db_session.scalar(select(func.count()).select_from(Article)) == before + 1
    assert not db_session.scalar(select(func.count()).select_from(Article).where(Article.body.contains("root:x")))
    # named directly, too
    direct = runner.invoke(args=["threads", "ingest", str(pages / "passwd.txt")])
    assert direct.exit_code != 0 and "symbolic link" in direct.output


def _coral(path: Path, body: str) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story_id", "story_title", "comment_id", "parent_id", "author_username", "body", "status"])
        writer.writerow(["s-1", "Budget", "c-1", "", "ada", "short one", "APPROVED"])
        writer.writerow(["s-1", "Budget", "c-2", "c-1", "ben", body, "APPROVED"])


def test_coral_csv_imports_a_field_over_128_kb(runner: FlaskCliRunner, db_session: Session, tmp_path: Path) -> None:
    export = tmp_path / "coral.csv"
    long_body = "A very long comment. " * 10_000  # 210 KB
    _coral(export, long_body)
    result = runner.invoke(args=["threads", "import", "coral-csv", str(export), "--source", "coral-big"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    stored = db_session.scalar(select(Comment).where(Comment.external_id == "c-2"))
    assert stored is not None and stored.body == long_body.strip()


def test_coral_csv_with_an_unreadable_field_says_where(runner: FlaskCliRunner, db_session: Session,
                                                      tmp_path: Path) -> None:
    export = tmp_path / "coral.csv"
    _coral(export, "x" * (17 * 1024 * 1024))  # past the 16 MB field limit
    result = runner.invoke(args=["threads", "import", "coral-csv", str(export)])
    assert result.exit_code != 0
    assert "line" in result.output and "unreadable CSV" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


XXE = """<?xml version="1.0"?>
<!DOCTYPE disqus [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<disqus><thread id="1"><title>&xxe;</title></thread></disqus>
"""
BOMB = ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        + "".join(f" <!ENTITY lol{i} \"{('&lol' + (str(i - 1) if i > 1 else '') + ';') * 10}\">\n" for i in range(1, 10))
        + "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>\n")


@pytest.mark.parametrize(("fmt", "text"), [("disqus", XXE), ("wordpress-wxr", BOMB)], ids=["external", "expansion"])
def test_xml_import_with_a_refused_entity_answers_with_a_message(runner: FlaskCliRunner, db_session: Session,
                                                                 tmp_path: Path, fmt: str, text: str) -> None:
    export = tmp_path / "export.xml"
    export.write_text(text)
    result = runner.invoke(args=["threads", "import", fmt, str(export)])
    assert result.exit_code == 1, result.output
    assert "XML" in result.output or "xml" in result.output
    assert "refused" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_rtl_override_in_a_name_stays_inside_it(client: FlaskClient, db_session: Session,
                                                   make_user: Callable[..., User], make_source: Callable[..., object],
                                                   make_article: Callable[..., Article],
                                                   make_comment: Callable[..., Comment]) -> None:
    source = make_source()
    author = Author(source_id=source.id, external_id="rlo", display_name=f"{RLO}reganam")  # type: ignore[attr-defined]
    db_session.add(author)
    db_session.flush()
    article = make_article(title=f"{RLO}eltit")
    make_comment(body="hello", article=article, author_id=author.id, scores={"toxicity": 0.7},
                 review_state="needs_review")
    login(client, make_user(password=PASSWORD).email)
    page = client.get("/").text
    # The name links to the author page; the isolation sits inside the link.
    assert f'class="author-link" href="/authors/{author.id}"><bdi>{RLO}reganam</bdi></a>' in page
    assert f"author: <bdi>{RLO}reganam</bdi>" in page
    assert f'<span class="article"><bdi>{RLO}eltit</bdi></span>' in page
    assert f"{RLO}reganam<" not in page.replace(f"{RLO}reganam</bdi>", "")  # no unisolated copy


def test_report_names_are_isolated() -> None:
    from app.bidi import FSI, PDI, isolate, isolate_text
    from app.reports.render import _env

    assert str(isolate(f"{RLO}x<y")) == f"<bdi>{RLO}x&lt;y</bdi>"
    assert isolate_text(f"{RLO}x") == f"{FSI}{RLO}x{PDI}"
    rendered = _env.from_string("{{ names|map('isolate')|join(', ') }}").render(names=[f"{RLO}a", "b"])
    assert rendered == f"<bdi>{RLO}a</bdi>, <bdi>b</bdi>"
