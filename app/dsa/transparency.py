"""GET /reports/transparency: the Art. 15 figures for any period, for admins (CSV with ?format=csv)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Response, abort, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from app.dsa import bp
from app.extensions import db
from app.services.dsa_transparency import TransparencyReport, build_report, render_csv
from app.services.queue_query import QUEUES, QueueFilter


def parse_day(raw: str | None, default: datetime) -> datetime:
    if not raw:
        return default
    return datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=UTC)


def period_from_args() -> tuple[datetime, datetime]:
    """?from=YYYY-MM-DD&to=YYYY-MM-DD, both days included; default: the last 30 days."""
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        start = parse_day(request.args.get("from"), today - timedelta(days=30))
        last = parse_day(request.args.get("to"), today)
    except ValueError:
        abort(400, "dates look like 2025-01-31")
    if last < start:
        abort(400, "the period ends before it starts")
    return start, last + timedelta(days=1)


def render_report_html(report: TransparencyReport, *, standalone: bool) -> str:
    return render_template("dsa/transparency.html", report=report, rows=report.rows(), standalone=standalone,
                           queues=QUEUES, filt=QueueFilter(), last_day=report.end - timedelta(days=1))


@bp.get("/reports/transparency")
@login_required  # type: ignore[untyped-decorator]
def transparency() -> ResponseReturnValue:
    if not current_user.is_admin:
        abort(403)
    start, end = period_from_args()
    report = build_report(db.session(), start, end)
    if request.args.get("format") == "csv":
        name = f"transparency-{start:%Y-%m-%d}-{end - timedelta(days=1):%Y-%m-%d}.csv"
        return Response(render_csv(report), mimetype="text/csv",
                        headers={"Content-Disposition": f"attachment; filename={name}"})
    return render_report_html(report, standalone=False)
