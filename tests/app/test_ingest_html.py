"""Saved HTML pages through `flask threads parse/ingest`: authors the page names become real
authors of the source, times and permalink ids are stored, and pages that are not articles are
refused by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from flask.testing import FlaskCliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment, Source
from app.services.graph_data import GraphFilter, build_analysis, load_comment_rows
from app.services.ingest import ingest_article
from app.services.sources import get_or_create_source
from threads.html_reader import parse_html
from threads.page_parser import parse_file, parse_page

HTML = Path(__file__).resolve().parents[1] / "threads" / "data" / "html"


def test_html_authors_become_real_authors_of_the_source(db_session: Session) -> None:
    source = get_or_create_source(db_session, "lakeside", kind="scraped")
    result = ingest_article(db_session, parse_file(HTML / "wp_modern.html"), source=source, actor="test",
                            external_id="ferry")
    assert result.outcome == "new" and result.comments_total == 5
    rows = db_session.scalars(select(Comment).where(Comment.article_id == result.article_id)
                              .order_by(Comment.path)).all()
    names = {r.external_id: (db_session.get(Author, r.author_id).display_name if r.author_id else None)  # type: ignore[union-attr]
             for r in rows}
    assert names == {"comment-4101": "Petra Lindqvist", "comment-4102": "Dan Grant",
                     "comment-4104": "Petra Lindqvist", "comment-4105": None, "comment-4106": "Ruth Okafor"}
    # one Petra, filed under this source
    petra = db_session.scalars(select(Author).where(Author.display_name == "Petra Lindqvist")).all()
    assert len(petra) == 1 and petra[0].source_id == source.id
    by_ext = {r.external_id: r for r in rows}
    assert by_ext["comment-4104"].parent_id == by_ext["comment-4102"].id
    assert by_ext["comment-4101"].created_at is not None and by_ext["comment-4101"].created_at.hour == 6
    # the argument graph labels the page's people by the names it gave
    analysis = build_analysis(load_comment_rows(db_session, source_id=source.id), GraphFilter(source="lakeside"))
    assert "Petra Lindqvist" in set(analysis.account_names.values())
    # re-ingesting the same page changes nothing
    again = ingest_article(db_session, parse_file(HTML / "wp_modern.html"), source=source, actor="test",
                           external_id="ferry")
    assert again.outcome == "unchanged" and again.comments_unchanged == 5


def test_scraped_text_keeps_authors_to_inference(db_session: Session) -> None:
    source = get_or_create_source(db_session, "scraped-text", kind="scraped")
    page = parse_page("Headline\n\nBody text of the story goes here.\n\n  1. A comment.\n    • A reply.\n")
    result = ingest_article(db_session, page, source=source, actor="test", external_id="t")
    rows = db_session.scalars(select(Comment).where(Comment.article_id == result.article_id)).all()
    assert len(rows) == 2 and all(r.author_id is None for r in rows)


def test_cli_ingests_html_by_content_and_refuses_login_pages(runner: FlaskCliRunner, db_session: Session,
                                                             tmp_path: Path) -> None:
    for name in ("drupal7.html", "disqus.html", "login.html", "app_shell.html"):
        shutil.copy(HTML / name, tmp_path / name)
    shutil.copy(HTML / "coral.html", tmp_path / "coral-saved.txt")  # HTML whatever its name
    result = runner.invoke(args=["threads", "ingest", str(tmp_path), "--source", "html-test"])
    assert result.exit_code == 0, result.output
    assert "login.html: SKIPPED" in result.output and "is a login page" in result.output
    assert "app_shell.html: SKIPPED" in result.output and "not an article" in result.output
    assert "3 ingested, 2 skipped" in result.output
    source = db_session.scalar(select(Source).where(Source.slug == "html-test"))
    assert source is not None
    titles = set(db_session.scalars(select(Article.title).where(Article.source_id == source.id)))
    assert titles == {"Allotment waiting list reaches six years", "Why the tram extension stalled",
                      "Stadium car park to become housing"}
    assert not any(t.lower().startswith("<!doctype") for t in titles)
    halvard = db_session.scalar(select(Author).where(Author.source_id == source.id,
                                                     Author.display_name == "Halvard S."))
    assert halvard is not None and halvard.external_id == "halvard_s"


def test_cli_parse_prints_authors_and_refuses_an_app_page(runner: FlaskCliRunner) -> None:
    shown = runner.invoke(args=["threads", "parse", str(HTML / "drupal9.html")])
    assert shown.exit_code == 0, shown.output
    assert "Rents in the old town rose 14% in a year" in shown.output
    assert "1.1 [landlord_view 2023-02-01 09:30] Affordable compared with what?" in shown.output
    as_json = runner.invoke(args=["threads", "parse", "--json", str(HTML / "drupal9.html")])
    assert '"author": "landlord_view"' in as_json.output and '"id": "comment-3302"' in as_json.output
    refused = runner.invoke(args=["threads", "parse", str(HTML / "app_shell.html")])
    assert refused.exit_code != 0 and "not an article" in refused.output
    assert "doctype" not in refused.output.lower()


def test_cli_reads_bare_times_in_the_sites_zone(runner: FlaskCliRunner, db_session: Session, tmp_path: Path) -> None:
    """`--timezone` says where the site prints its times: a time the page gives without a zone
    ("Wed, 02/01/2023 - 09:30") is read there; one with a zone or offset stays as given."""
    plain = runner.invoke(args=["threads", "parse", str(HTML / "drupal9.html")])
    chicago = runner.invoke(args=["threads", "parse", "--timezone", "America/Chicago", str(HTML / "drupal9.html")])
    assert plain.exit_code == 0 and chicago.exit_code == 0, chicago.output
    assert "[landlord_view 2023-02-01 09:30]" in plain.output
    assert "[landlord_view 2023-02-01 15:30]" in chicago.output  # CST, six hours behind UTC
    assert "[Karin 2023-02-01 08:47]" in plain.output and "[Karin 2023-02-01 08:47]" in chicago.output
    wrong = runner.invoke(args=["threads", "parse", "--timezone", "Mars/Olympus", str(HTML / "drupal9.html")])
    assert wrong.exit_code != 0 and "unknown time zone 'Mars/Olympus'" in wrong.output
    shutil.copy(HTML / "drupal9.html", tmp_path / "drupal9.html")
    stored = runner.invoke(args=["threads", "ingest", str(tmp_path), "--source", "zoned", "--timezone", "America/Chicago"])
    assert stored.exit_code == 0, stored.output
    reply = db_session.scalar(select(Comment).where(Comment.external_id == "comment-3302"))
    assert reply is not None and reply.created_at is not None
    assert (reply.created_at.hour, reply.created_at.minute) == (15, 30)


def _thread_page(page: int, comments: list[tuple[int, str, str, str]]) -> str:
    """Page ``page`` of a paper's comment thread, saved on its own; each comment (number, name,
    text, the address of the comment it quotes or "")."""
    items = "".join(
        f'<div class="mo-comment" id="c-{number}"><div class="mo-c-head"><strong class="mo-c-name">{name}</strong> '
        f'<span class="mo-c-time">14 Oct 2025, 21:40 EAT</span></div><div class="mo-c-body">'
        + (f'<blockquote class="mo-quote"><div>Quote from <a href="{quoted}">someone</a>:</div><p>Earlier words.</p></blockquote>'
           if quoted else "")
        + f"<p>{text}</p></div></div>"
        for number, name, text, quoted in comments
    )
    story = "<p>" + "The county will move the bus park traders to the Kenya Israel market next month. " * 15 + "</p>"
    return (f'<!doctype html><html lang="en"><head><title>Bus park traders to move</title>'
            f'<link rel="canonical" href="https://observer.example/news/bus-park"></head><body>'
            f"<article><h1>Bus park traders to move</h1>{story}</article>"
            f'<section id="comments"><h2>Comments</h2><div class="pager">Page {page}</div>'
            f'<div class="mo-comment-list">{items}</div></section></body></html>')


def test_a_reply_to_a_comment_on_another_page_is_linked_whichever_page_comes_first(db_session: Session) -> None:
    """Page 3 of a thread quotes a comment of page 2 ("?cpage=2#c-5490"): the reader keeps that
    comment's id, and the ingest puts the reply under it once both pages are stored, in either order."""
    page2 = parse_html(_thread_page(2, [(5490, "Kamene", "The market has no water and no toilets.", ""),
                                        (5491, "Mutua", "Agreed.", "")]))
    page3 = parse_html(_thread_page(3, [(5512, "Mutua wa Kitui", "Kamene is right, the stalls are not roofed.", "?cpage=2#c-5490"),
                                        (5513, "Faith", "My mother has sold at the bus park for 19 years.", "")]))
    reply = page3.comments[0]
    assert reply.external_id == "c-5512" and reply.parent_external_id == "c-5490"
    for order in ((page2, page3), (page3, page2)):
        source = get_or_create_source(db_session, f"observer-{order[0] is page2}", kind="scraped")
        results = [ingest_article(db_session, page, source=source, actor="test", external_id="bus-park") for page in order]
        rows = {r.external_id: r for r in db_session.scalars(select(Comment).where(Comment.article_id == results[0].article_id))}
        assert rows["c-5512"].parent_id == rows["c-5490"].id and rows["c-5512"].parent_external_id is None
        assert rows["c-5512"].depth == 1 and rows["c-5512"].path.startswith(rows["c-5490"].path)
        assert rows["c-5513"].parent_id is None and rows["c-5491"].parent_id is None
        assert results[1].replies_linked == 1
        # ingesting either page again changes nothing
        assert ingest_article(db_session, order[1], source=source, actor="test", external_id="bus-park").outcome == "unchanged"
