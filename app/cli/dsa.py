"""`flask dsa ...`: EU Digital Services Act duties that run outside a request (docs/dsa.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from app.extensions import db

dsa_cli = AppGroup("dsa", help="EU Digital Services Act: statements of reasons, transparency report, e-mail.")
REPORT_FORMATS = ("csv", "html")


def _day(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def _reasons() -> dict[str, str]:
    from app.services.decisions import DEFAULT_REMOVAL_REASONS

    return dict(current_app.config.get("REMOVAL_REASONS") or DEFAULT_REMOVAL_REASONS)


@dsa_cli.command("export-statements")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True, help="first day included (UTC)")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="last day included (default: all)")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="file to write (default: standard output)")
def export_statements_cmd(since: datetime, until: datetime | None, output: Path | None) -> None:
    """Statements of reasons in the DSA Transparency Database's JSON shape ({"statements": [...]}, Art. 24(5))."""
    from app.services.dsa_statements import export_statements

    end = _day(until) + timedelta(days=1) if until is not None else None
    statements = list(export_statements(db.session(), _day(since), end))
    text = json.dumps({"statements": statements}, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(statements)} statement(s) written to {output}", err=True)


@dsa_cli.command("transparency-report")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), required=True, help="first day (UTC)")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), required=True, help="last day included")
@click.option("--format", "formats", default="csv,html", show_default=True, help="csv, html or both")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True)
def transparency_report_cmd(start: datetime, last: datetime, formats: str, output_dir: Path) -> None:
    """Art. 15 figures for the period, counted from the audit log."""
    from app.dsa.transparency import render_report_html
    from app.services.dsa_transparency import build_report, render_csv

    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    if not chosen or any(f not in REPORT_FORMATS for f in chosen):
        raise click.BadParameter("choose csv, html or csv,html", param_hint="--format")
    if last < start:
        raise click.BadParameter("--to is before --from", param_hint="--to")
    report = build_report(db.session(), _day(start), _day(last) + timedelta(days=1))
    output_dir.mkdir(parents=True, exist_ok=True)
    stem = f"transparency-{start:%Y-%m-%d}-{last:%Y-%m-%d}"
    for fmt in chosen:
        path = output_dir / f"{stem}.{fmt}"
        if fmt == "csv":
            path.write_text(render_csv(report), encoding="utf-8")
        else:
            with current_app.test_request_context():
                path.write_text(render_report_html(report, standalone=True), encoding="utf-8")
        click.echo(str(path))


@dsa_cli.command("issue-statements")
def issue_statements_cmd() -> None:
    """Statements owed for automated removals and holds that lasted longer than DSA_HOLD_STATEMENT_HOURS."""
    from app.services.dsa_settings import dsa_settings
    from app.services.dsa_statements import issue_due

    issued = issue_due(db.session(), dsa_settings(current_app.config), _reasons())
    db.session.commit()
    click.echo(f"{len(issued)} statement(s) issued")


@dsa_cli.command("send-mail")
def send_mail_cmd() -> None:
    """Send the e-mails waiting in the DSA outbox (receipts, decisions, statements, appeal outcomes)."""
    from app.reports.delivery import DeliveryError, smtp_settings
    from app.services.dsa_mail import send_pending

    try:
        settings = smtp_settings(current_app.config)
    except DeliveryError as exc:
        raise click.ClickException(str(exc)) from None
    sent, failed = send_pending(db.session(), settings)
    db.session.commit()
    click.echo(f"{sent} sent, {failed} not sent")
    if failed:
        raise SystemExit(1)


@dsa_cli.command("set-contact")
@click.argument("author_id", type=int)
@click.argument("email")
def set_contact_cmd(author_id: int, email: str) -> None:
    """Where AUTHOR_ID receives statements of reasons (otherwise: the comment system's callback, or the link)."""
    from app.services.dsa_statements import set_author_contact

    try:
        set_author_contact(db.session(), author_id, email)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"author {author_id}: statements go to {email}")
