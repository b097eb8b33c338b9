"""Audit pages (per moderator) and the per-moderator statistics page."""

from __future__ import annotations

from flask import Response, render_template
from flask.typing import ResponseReturnValue
from flask_login import login_required

from app.extensions import db
from app.models import User
from app.queue import bp
from app.queue.filters import int_arg
from app.services.moderator_stats import audit_for_moderator, moderator_stats
from app.services.queue_query import QUEUES, QueueFilter

MAX_AUDIT_PAGE = 1_000_000


@bp.route("/moderators/<int:user_id>/audit")
@login_required  # type: ignore[untyped-decorator]
def moderator_audit(user_id: int) -> ResponseReturnValue:
    user = db.get_or_404(User, user_id)
    page = min(max(1, int_arg("page", 1) or 1), MAX_AUDIT_PAGE)
    entries = audit_for_moderator(db.session(), user_id, limit=100, offset=(page - 1) * 100)
    return render_template("queue/moderator_audit.html", user=user, entries=entries, page=page,
                           queues=QUEUES, filt=QueueFilter())


@bp.route("/stats")
@login_required  # type: ignore[untyped-decorator]
def stats() -> ResponseReturnValue:
    days = min(365, max(1, int_arg("days", 30) or 30))
    return render_template("queue/stats.html", stats=moderator_stats(db.session(), days=days), days=days,
                           queues=QUEUES, filt=QueueFilter())


@bp.route("/stats/calibration.png")
@login_required  # type: ignore[untyped-decorator]
def calibration_chart() -> ResponseReturnValue:
    """The precision-recall curve of each review rule's label against the desk's decisions."""
    from app.reports.charts import calibration_chart as draw
    from app.scoring_runtime import get_policy
    from app.services.calibration import decided_comments
    from moderation.calibration import curves_by_label

    curves, marks = curves_by_label(get_policy(), decided_comments(db.session()))
    return Response(draw(curves, marks), mimetype="image/png", headers={"Cache-Control": "no-store"})
