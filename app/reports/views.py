"""The Reports page: past reports, opening one, and (for admins) the schedule."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from flask import Blueprint, Response, abort, flash, redirect, render_template, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from app.extensions import db
from app.models.reports import Report, ReportRun, ReportSchedule
from app.reports.compute import UnknownSource
from app.reports.render import FORMATS, render_csv_zip, render_json
from app.reports.schedule import SCHEDULE_KINDS, ScheduleError, add_schedule, remove_schedule
from app.reports.snapshots import load_report
from app.reports.suggest import suggest_build
from app.services.queue_query import COUNT_CAP, QUEUES, QueueFilter

bp = Blueprint("reports", __name__)

# Stored reports are self-contained: inline CSS and data: images, nothing else may load or run.
REPORT_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
              "form-action 'none'; frame-ancestors 'self'")
PAGE_SIZE = 50


class ScheduleForm(FlaskForm):  # type: ignore[misc]
    name = StringField("Name", validators=[DataRequired(), Length(max=100)])
    period = SelectField("Period", choices=list(SCHEDULE_KINDS), default="week")
    sources = StringField("Sources (slugs, comma-separated; empty = all)")
    formats = SelectMultipleField("Formats", choices=list(FORMATS), default=["html"],
                                  option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))
    recipients = TextAreaField("Recipients (one email per line)")
    active = BooleanField("Active", default=True)


class DeleteForm(FlaskForm):  # type: ignore[misc]
    pass


def _split(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").replace("\n", ",").split(",") if p.strip()]


@bp.get("/")
@login_required  # type: ignore[untyped-decorator]
def index() -> ResponseReturnValue:
    reports = db.session.scalars(select(Report).order_by(Report.period_start.desc(), Report.id.desc())
                                 .limit(PAGE_SIZE)).all()
    now = datetime.now(UTC)
    # queues/filt/count_cap: the site navigation in base.html.
    context: dict[str, object] = {"reports": reports, "is_admin": current_user.is_admin,
                                  "suggestion": suggest_build(db.session(), now), "today": now.date().isoformat(),
                                  "queues": QUEUES, "filt": QueueFilter(), "count_cap": COUNT_CAP}
    if current_user.is_admin:
        context.update(
            schedules=db.session.scalars(select(ReportSchedule).order_by(ReportSchedule.name)).all(),
            runs=db.session.scalars(select(ReportRun).order_by(ReportRun.started_at.desc()).limit(20)).all(),
            form=ScheduleForm(), delete_form=DeleteForm())
    return render_template("reports/index.html", **context)


def _report_or_404(report_id: int) -> Report:
    row = db.get_or_404(Report, report_id)
    return row


@bp.get("/<int:report_id>")
@login_required  # type: ignore[untyped-decorator]
def show(report_id: int) -> ResponseReturnValue:
    row = _report_or_404(report_id)
    # The stored page is the one e-mailed; served here it gets the site's links on top.
    bar = render_template("reports/_site_bar.html", report_id=report_id)
    html = row.html.replace("<body>", "<body>\n" + bar, 1)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = REPORT_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/<int:report_id>.json")
@login_required  # type: ignore[untyped-decorator]
def show_json(report_id: int) -> ResponseReturnValue:
    return Response(render_json(load_report(_report_or_404(report_id))), mimetype="application/json")


@bp.get("/<int:report_id>.csv.zip")
@login_required  # type: ignore[untyped-decorator]
def show_csv(report_id: int) -> ResponseReturnValue:
    data = render_csv_zip(load_report(_report_or_404(report_id)))
    return send_file(io.BytesIO(data), mimetype="application/zip", as_attachment=True,
                     download_name=f"report-{report_id}.csv.zip")


def _admin_only() -> None:
    if not current_user.is_admin:
        abort(403)


@bp.post("/schedule")
@login_required  # type: ignore[untyped-decorator]
def schedule_add() -> ResponseReturnValue:
    _admin_only()
    form = ScheduleForm()
    if not form.validate_on_submit():
        flash("Schedule not saved: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in form.errors.items()), "error")
        return redirect(url_for("reports.index"))
    try:
        add_schedule(db.session(), name=form.name.data, period_kind=form.period.data, sources=_split(form.sources.data),
                     formats=list(form.formats.data or []), recipients=_split(form.recipients.data),
                     active=bool(form.active.data))
    except (ScheduleError, UnknownSource) as exc:
        db.session.rollback()
        flash(f"Schedule not saved: {exc}", "error")
        return redirect(url_for("reports.index"))
    db.session.commit()
    flash(f"Schedule {form.name.data!r} saved.", "ok")
    return redirect(url_for("reports.index"))


@bp.post("/schedule/<int:schedule_id>/delete")
@login_required  # type: ignore[untyped-decorator]
def schedule_delete(schedule_id: int) -> ResponseReturnValue:
    _admin_only()
    if not DeleteForm().validate_on_submit():
        abort(400)
    try:
        remove_schedule(db.session(), schedule_id)
    except ScheduleError:
        abort(404)
    db.session.commit()
    flash("Schedule removed.", "ok")
    return redirect(url_for("reports.index"))
