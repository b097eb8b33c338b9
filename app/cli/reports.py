"""`flask reports ...`: build a report for a period, run the due scheduled reports, edit the schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup
from tqdm import tqdm

from app.extensions import db
from app.reports.compute import SECTIONS, ReportOptions, UnknownSource
from app.reports.periods import PERIOD_KINDS, resolve_period
from app.reports.render import FORMATS, ReportFormatError, write_formats
from app.reports.snapshots import get_or_build

reports_cli = AppGroup("reports", help="Community-health reports.")


def _formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)}, comma-separated", param_hint="--format")
    return formats


def options_from_config() -> ReportOptions:
    """Parallel sections read committed data through their own session: on, except under tests."""
    parallel = bool(current_app.config.get("REPORTS_PARALLEL", not current_app.config.get("TESTING")))
    return ReportOptions(base_url=str(current_app.config.get("BASE_URL", "") or "").rstrip("/"), parallel=parallel)


@reports_cli.command("build")
@click.option("--period", "kind", type=click.Choice(PERIOD_KINDS), default="week", show_default=True)
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), help="first day (with --end: a custom range)")
@click.option("--end", type=click.DateTime(["%Y-%m-%d"]),
              help="a day in the period (default: the last complete one); the current period ends now."
                   " With --start: the last day of a custom range")
@click.option("--source", default=None, help="source slug (default: all sources)")
@click.option("--format", "formats", default="html,json", show_default=True, help="html,json,csv,pdf")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True)
@click.option("--rebuild", is_flag=True, help="recompute even if a snapshot of this period is stored")
def build_cmd(kind: str, start: datetime | None, end: datetime | None, source: str | None, formats: str,
              output: Path, rebuild: bool) -> None:
    """Build (or reuse) the report for one period and write it in the chosen formats."""
    wanted = _formats(formats)
    try:
        period = resolve_period(kind, start=start.date() if start else None, end=end.date() if end else None,
                                now=datetime.now(UTC))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    bar = tqdm(total=len(SECTIONS) + len(wanted), desc="report", unit="step", disable=None)

    def step(name: str) -> None:
        bar.set_postfix_str(name)
        bar.update(1)

    try:
        snap = get_or_build(db.session(), period, source, rebuild=rebuild, options=options_from_config(),
                            progress=step)
        if not snap.built:
            bar.update(len(SECTIONS))
        db.session.commit()
        stem = f"report-{period.kind}-{period.start.date().isoformat()}-{snap.row.source_key}"
        paths = write_formats(snap.report, wanted, output, stem, html=snap.row.html,
                              progress=step)
    except UnknownSource as exc:
        raise click.UsageError(str(exc)) from exc
    except ReportFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    click.echo(("built" if snap.built else "stored snapshot reused (use --rebuild to recompute)")
               + f": {snap.report.meta.title}")
    for path in paths:
        click.echo(str(path))


@reports_cli.command("run-due")
def run_due_cmd() -> None:
    """Run every scheduled report that is due (for cron)."""
    from app.reports.schedule import run_due

    runs = run_due(db.session(), datetime.now(UTC))
    db.session.commit()
    for run in runs:
        click.echo(f"schedule {run.schedule_id} {run.period_start.date()}..{run.period_end.date()}: {run.status}"
                   + (" (caught up)" if run.caught_up else "") + (f" — {run.error}" if run.error else ""))
    if not runs:
        click.echo("nothing due")


schedule_cli = AppGroup("schedule", help="The declarative list of scheduled reports.")
reports_cli.add_command(schedule_cli)


@schedule_cli.command("list")
def schedule_list() -> None:
    from app.reports.schedule import list_schedules

    for s in list_schedules(db.session()):
        click.echo(f"{s.id}\t{s.name}\t{s.period_kind}\tsources={','.join(s.sources) or 'all'}\t"
                   f"formats={','.join(s.formats)}\tto={','.join(s.recipients) or '-'}\t"
                   f"{'active' if s.active else 'paused'}")


@schedule_cli.command("add")
@click.argument("name")
@click.option("--period", "kind", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--source", "sources", multiple=True, help="source slug; repeat; none = all sources")
@click.option("--format", "formats", default="html", show_default=True)
@click.option("--to", "recipients", multiple=True, help="recipient email; repeat")
def schedule_add(name: str, kind: str, sources: tuple[str, ...], formats: str, recipients: tuple[str, ...]) -> None:
    from app.reports.schedule import ScheduleError, add_schedule

    try:
        s = add_schedule(db.session(), name=name, period_kind=kind, sources=list(sources),
                         formats=_formats(formats), recipients=list(recipients))
    except (ScheduleError, UnknownSource) as exc:
        raise click.UsageError(str(exc)) from exc
    db.session.commit()
    click.echo(f"added schedule {s.id} {s.name}")


@schedule_cli.command("remove")
@click.argument("name_or_id")
def schedule_remove(name_or_id: str) -> None:
    from app.reports.schedule import ScheduleError, remove_schedule

    try:
        remove_schedule(db.session(), name_or_id)
    except ScheduleError as exc:
        raise click.UsageError(str(exc)) from exc
    db.session.commit()
    click.echo(f"removed {name_or_id}")

