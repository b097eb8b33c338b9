"""`flask threads import FORMAT FILE`: history from comment-system exports, through the same
ingestion path as webhooks. Idempotent: a second run reports everything unchanged."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from flask.cli import AppGroup
from tqdm import tqdm

from app.cli.threads import threads_cli
from app.extensions import db
from app.services.live_ingest import apply_event
from app.services.sources import get_or_create_source
from threads.events import EventError
from threads.importers import IMPORTERS

import_cli = AppGroup("import", help="Import comment history from exports (idempotent).")
threads_cli.add_command(import_cli)

COMMIT_EVERY = 500


def run_import(fmt: str, file: Path, source_slug: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    source = get_or_create_source(db.session(), source_slug, kind="import")
    actor = f"import:{fmt}"
    bar = tqdm(desc=f"importing {file.name}", unit="item", file=sys.stderr, disable=None)
    try:
        for n, event in enumerate(IMPORTERS[fmt](file), start=1):
            result = apply_event(db.session(), source, event, actor=actor)
            kind = "articles" if event.comment is None else "comments"
            counts[f"{kind} {result.outcome}"] += 1
            bar.update(1)
            if n % COMMIT_EVERY == 0:
                db.session.commit()
        db.session.commit()
    except EventError as exc:
        db.session.rollback()
        raise click.ClickException(f"{file}: {exc} (rows before the last commit were kept; re-run after fixing)") from exc
    finally:
        bar.close()
    return counts


def _command(fmt: str, help_text: str) -> None:
    @import_cli.command(fmt, help=help_text)
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--source", "source_slug", default=None, help=f"Source slug (default: {fmt}).")
    def _cmd(file: Path, source_slug: str | None) -> None:
        counts = run_import(fmt, file, source_slug or fmt)
        new = counts["comments new"]
        unchanged = counts["comments unchanged"]
        click.echo(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "nothing in the file")
        click.echo(f"{new} new, {unchanged} unchanged")


_command("wordpress-wxr", "WordPress WXR export (wp:comment with comment_parent).")
_command("wordpress-json", "A dump of /wp/v2/comments: a JSON list of pages or of comment objects.")
_command("disqus", "Disqus XML export (thread, post, parent dsq:id, isDeleted, isSpam).")
_command("coral-csv", "Coral importer CSV (see threads/importers/coral_csv.py for the columns).")
