"""The moderators' side: the notice queue and the appeal queue, each with its own state.

Deciding a notice is deciding its comment (the decision service answers every open notice on it), so
the notice page offers the same remove/approve as the queue, plus the law a removal relies on.
"""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from flask_wtf import FlaskForm

from app.dsa import bp
from app.extensions import db
from app.models.base import MAX_INT
from app.models.dsa import DsaAppeal
from app.services.decisions import DEFAULT_REMOVAL_REASONS, DecisionConflict, DecisionError, decide
from app.services.dsa_appeals import AppealRefused, decide_appeal
from app.services.dsa_categories import NOTICE_CATEGORIES
from app.services.dsa_desk import appeal_rows, notice_rows, open_notices_of
from app.services.dsa_mail import try_send
from app.services.dsa_settings import dsa_settings
from app.services.queue_query import QUEUES, QueueFilter

STATES = ("open", "decided")
APPEAL_STATES = ("open", "upheld", "reversed")


class DeskForm(FlaskForm):  # type: ignore[misc]
    """CSRF only; the fields are read from the request."""


def _reasons() -> dict[str, str]:
    return dict(current_app.config.get("REMOVAL_REASONS") or DEFAULT_REMOVAL_REASONS)


def _page(template: str, **context: object) -> ResponseReturnValue:
    return render_template(template, queues=QUEUES, filt=QueueFilter(), form=DeskForm(), **context)


@bp.get("/dsa/notices")
@login_required  # type: ignore[untyped-decorator]
def notices() -> ResponseReturnValue:
    state = request.args.get("state", "open")
    state = state if state in STATES else "open"
    return _page("dsa/notices.html", rows=notice_rows(db.session(), state), state=state, states=STATES,
                 categories=NOTICE_CATEGORIES, reasons=_reasons())


@bp.post("/dsa/comments/<int:comment_id>/decide")
@login_required  # type: ignore[untyped-decorator]
def decide_notice(comment_id: int) -> ResponseReturnValue:
    """Remove or keep a comment that readers reported; the decision answers its notices."""
    DeskForm().validate_on_submit()
    action = request.form.get("action", "")
    if action not in ("remove", "approve"):
        flash("Choose remove or keep.", "error")
        return redirect(url_for("dsa.notices"))
    legal_ground = (request.form.get("legal_ground") or "").strip()[:1000] or None
    version_raw = request.form.get("version", "")
    version = int(version_raw) if version_raw.isdigit() and int(version_raw) <= MAX_INT else None
    session = db.session()
    if legal_ground and action == "remove":
        for notice in open_notices_of(session, comment_id):
            notice.legal_ground = legal_ground
    try:
        decide(session, comment_id, current_user, action, request.form.get("reason") or None,
               request.form.get("note"), version, reasons=_reasons())
    except DecisionConflict as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("dsa.notices"))
    except DecisionError as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("dsa.notices"))
    session.commit()
    try_send(session, current_app.config, None)
    flash(f"Comment {comment_id}: {'removed' if action == 'remove' else 'kept'}; its notices are answered.", "ok")
    return redirect(url_for("dsa.notices"))


@bp.get("/dsa/appeals")
@login_required  # type: ignore[untyped-decorator]
def appeals() -> ResponseReturnValue:
    state = request.args.get("state", "open")
    state = state if state in APPEAL_STATES else "open"
    return _page("dsa/appeals.html", rows=appeal_rows(db.session(), state), state=state, states=APPEAL_STATES)


@bp.post("/dsa/appeals/<int:appeal_id>/decide")
@login_required  # type: ignore[untyped-decorator]
def decide_appeal_view(appeal_id: int) -> ResponseReturnValue:
    DeskForm().validate_on_submit()
    session = db.session()
    appeal = db.get_or_404(DsaAppeal, appeal_id)
    try:
        decide_appeal(session, appeal, current_user, request.form.get("outcome", ""), request.form.get("note"),
                      dsa_settings(current_app.config))
    except (AppealRefused, DecisionError, DecisionConflict) as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("dsa.appeals"))
    session.commit()
    try_send(session, current_app.config, None)
    flash(f"Appeal {appeal.public_id}: {appeal.state}.", "ok")
    return redirect(url_for("dsa.appeals"))
