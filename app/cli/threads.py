"""`flask threads ...`: parse, ingest and show scraped pages and their reply trees."""

from __future__ import annotations

import sys
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from flask.cli import AppGroup
from tqdm import tqdm

from app.extensions import db
from app.models import Article
from app.services.ingest import ingest_article
from app.services.sources import get_or_create_source
from app.services.thread_views import thread_comments
from threads.model import ParsedArticle, article_to_dict, dumps_tree, walk
from threads.page_dates import page_dates
from threads.page_parser import parse_file
from threads.text import PageDecodeError

threads_cli = AppGroup("threads", help="Parse, ingest and inspect comment threads.")

# Which files of a directory are pages; each is then read as HTML or text by its content.
PAGE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".shtml"}


_TIMEZONE = click.option(
    "--timezone", "zone_name", default=None, metavar="ZONE",
    help="Where the site prints its times (an IANA name: Europe/Berlin, America/Chicago), for the times a page "
         "gives without a zone. Default: UTC, unless the page states its zone.",
)


def _zone(name: str | None) -> tzinfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise click.BadParameter(f"unknown time zone {name!r}; give an IANA name such as Europe/Berlin",
                                 param_hint="--timezone") from exc


def _print_tree(article: ParsedArticle) -> None:
    click.echo(article.title)
    if article.byline:
        click.echo(f"by {article.byline}")
    click.echo(f"{len(article.body)} characters of article body")
    for path, comment in walk(article.comments):
        first = " ".join(comment.body.split())[:90]
        label = ".".join(str(p + 1) for p in path)
        who = ""
        if comment.author_name or comment.created_at:
            when = comment.created_at.strftime("%Y-%m-%d %H:%M") if comment.created_at else ""
            who = "[" + " ".join(part for part in (comment.author_name, when) if part) + "] "
        click.echo(f"{'  ' * len(path)}{label} {who}{first}")


@threads_cli.command("parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the tree as JSON.")
@_TIMEZONE
def parse_cmd(file: Path, as_json: bool, zone_name: str | None) -> None:
    """Parse a saved page (HTML or text, told apart by content) and print its reply tree; no database."""
    zone = _zone(zone_name)
    try:
        with page_dates(zone=zone):
            article = parse_file(file)
    except PageDecodeError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(dumps_tree(article_to_dict(article), indent=2))
    else:
        _print_tree(article)


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        else:
            files.append(path)
    return files


@threads_cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--source", "source_slug", default="scraped", show_default=True, help="Source slug to file pages under.")
@_TIMEZONE
def ingest_cmd(paths: tuple[Path, ...], source_slug: str, zone_name: str | None) -> None:
    """Ingest scraped pages (files or directories). Re-running updates in place; bad files are skipped."""
    zone = _zone(zone_name)
    files = _expand(paths)
    if not files:
        raise click.ClickException("no page files (*.txt, *.html) found in " + ", ".join(map(str, paths)))
    failures = 0
    summaries: list[str] = []
    for file in tqdm(files, desc="ingesting", unit="page", file=sys.stderr, disable=None):
        try:
            with page_dates(zone=zone):
                parsed = parse_file(file)
        except (PageDecodeError, OSError) as exc:
            failures += 1
            summaries.append(f"{file.name}: SKIPPED: {exc}")
            continue
        source = get_or_create_source(db.session(), source_slug, kind="scraped")
        result = ingest_article(db.session(), parsed, source=source, actor="cli:threads ingest",
                                external_id=file.stem)
        db.session.commit()
        summaries.append(f"{file.name}: article #{result.article_id} {result.summary()}")
    for line in summaries:
        click.echo(line)
    click.echo(f"{len(files) - failures} ingested, {failures} skipped")
    if failures and failures == len(files):
        sys.exit(1)


@threads_cli.command("show")
@click.argument("article_id", type=int)
def show_cmd(article_id: int) -> None:
    """Print an article's reply tree, indented."""
    article = db.session.get(Article, article_id)
    if article is None:
        raise click.ClickException(f"article {article_id} not found")
    click.echo(f"#{article.id} {article.title}")
    for comment in thread_comments(db.session(), article_id):
        first = " ".join(comment.body.split())[:90]
        click.echo(f"{'  ' * (comment.depth + 1)}[{comment.id}] ({comment.status}) {first}")
