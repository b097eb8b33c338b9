"""Decision endpoints. Each works as a plain form POST + redirect, and as JSON for the keyboard JS."""

from __future__ import annotations

from dataclasses import replace

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from app.extensions import db
from app.models.base import MAX_INT
from app.queue import bp, wording
from app.queue.filters import FilterError, parse_filter, removal_reasons, safe_next, wants_json
from app.queue.undo import offer_undo
from app.services.decisions import (
    DecisionConflict,
    DecisionError,
    bulk_decide,
    decide,
)
from app.services.queue_query import FILTER_LABELS, QUEUES, count_matching, list_queue, targets_in_range
from app.services.sanctions import sanction_author

# Upper bound on one score-range batch, so a slip of the mouse cannot touch the whole database.
MAX_RANGE_BATCH = 5_000
# How many of a batch's comments its confirmation page shows, so the moderator sees what they touch.
RANGE_PREVIEW = 10


def _int_field(name: str) -> int | None:
    raw = request.form.get(name, "").strip()
    try:
        value = int(raw) if raw else None
    except ValueError:
        return None
    return value if value is None or abs(value) <= MAX_INT else None


def _refused(message: str, back: str, *, status: int, kind: str = "error",
             extra: dict[str, object] | None = None) -> ResponseReturnValue:
    """A refused action changes nothing: roll back, then answer a JSON caller, or flash and go back."""
    db.session.rollback()
    if wants_json():
        return jsonify({"error": message, **(extra or {})}), status
    flash(message, kind)
    return redirect(back)


@bp.route("/comments/<int:comment_id>/decide", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def decide_comment(comment_id: int) -> ResponseReturnValue:
    back = safe_next(url_for("queue.index"))
    try:
        result = decide(db.session(), comment_id, current_user, request.form.get("action", ""),
                        request.form.get("reason") or None, request.form.get("note"),
                        _int_field("expected_version"), reasons=removal_reasons())
    except DecisionConflict as exc:
        return _refused(str(exc), back, status=409, kind="conflict", extra={"current": exc.current})
    except DecisionError as exc:
        return _refused(str(exc), back, status=exc.status)
    db.session.commit()
    if "/thread" in back and "#" not in back:
        back += f"#c{comment_id}"  # back to the row in a long thread, not its top
    message = wording.decided(result, request.form.get("reason") or None, removal_reasons())
    if wants_json():
        return jsonify({"ok": True, "message": message, "comment": result.__dict__})
    _confirm(message, [result.audit_id] if result.audit_id else [])
    return redirect(back)


def _confirm(message: str, audit_ids: list[int]) -> None:
    """The confirmation after a reload: with an Undo when there is something to undo, else a plain line."""
    if audit_ids:
        offer_undo(audit_ids, message)
    else:
        flash(message, "info")


@bp.route("/bulk", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def bulk() -> ResponseReturnValue:
    """Act once on the selected items; each carries the version the moderator saw (id:version)."""
    back = safe_next(url_for("queue.index"))
    items: list[tuple[int, int]] = []
    for raw in request.form.getlist("selected"):
        ident, _, version = raw.partition(":")
        if ident.isdigit() and version.isdigit() and int(ident) <= MAX_INT and int(version) <= MAX_INT:
            items.append((int(ident), int(version)))
    if not items:
        flash("Select at least one comment.", "error")
        return redirect(back)
    return _run_bulk(items, back)


def _run_bulk(items: list[tuple[int, int]], back: str) -> ResponseReturnValue:
    try:
        result = bulk_decide(db.session(), items, current_user, request.form.get("action", ""),
                             request.form.get("reason") or None, request.form.get("note"), reasons=removal_reasons())
    except DecisionError as exc:
        return _refused(str(exc), back, status=exc.status)
    db.session.commit()
    action = request.form.get("action", "")
    _confirm(wording.decided_many(action, result.done, request.form.get("reason") or None, removal_reasons()),
             [r.audit_id for r in result.done if r.audit_id])
    for _, message in result.conflicts[:10]:
        flash(message, "conflict")
    for comment_id, message in result.errors[:10]:
        flash(f"Comment {comment_id}: {message}", "error")
    return redirect(back)


@bp.route("/bulk/range", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def bulk_range() -> ResponseReturnValue:
    """Score-range batch: the first POST shows how many comments it touches, the second acts."""
    try:
        filt = parse_filter(request.form, page=1)
    except FilterError as exc:
        flash(str(exc), "error")
        return redirect(url_for("queue.index"))
    back = url_for("queue.index", **filt.query_args())
    if not filt.label or not filt.has_score_range:
        flash("Pick a label and a score range for a batch action.", "error")
        return redirect(back)
    action = request.form.get("action", "")
    reasons = removal_reasons()
    reason = request.form.get("reason", "")
    count = count_matching(db.session(), filt, cap=None)
    needs_reason = action == "remove" and reason not in reasons
    if request.form.get("confirm") != "yes" or needs_reason:
        first = list_queue(db.session(), replace(filt, page=1, per_page=RANGE_PREVIEW), with_counts=False).rows
        return render_template("queue/confirm_range.html", filt=filt, count=count, action=action, reason=reason,
                               note=request.form.get("note", ""), first=first, needs_reason=needs_reason,
                               reasons=reasons, queues=QUEUES, labels=FILTER_LABELS, max_batch=MAX_RANGE_BATCH)
    if count > MAX_RANGE_BATCH:
        flash(f"{count} comments match; narrow the range below {MAX_RANGE_BATCH} and try again.", "error")
        return redirect(back)
    return _run_bulk(targets_in_range(db.session(), filt, MAX_RANGE_BATCH), back)


@bp.route("/authors/<int:author_id>/sanction", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def sanction(author_id: int) -> ResponseReturnValue:
    back = safe_next(url_for("queue.index"))
    try:
        result = sanction_author(db.session(), author_id, current_user, request.form.get("action", ""),
                                 days=_int_field("days"), reason=request.form.get("reason") or None,
                                 note=request.form.get("note"))
    except DecisionError as exc:
        return _refused(str(exc), back, status=exc.status)
    db.session.commit()
    _confirm(wording.sanctioned(result), [result.audit_id])
    return redirect(back)
