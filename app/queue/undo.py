"""Undo: the endpoint, and the offer shown after an action that reloaded the page.

After a keyboard action the JS shows its own offer (it has the audit entry's id from the JSON
answer). After a plain form POST or a bulk action the page reloads, so the offer travels in the
session as the first and last audit entry ids of what was just done (a 5,000-comment batch must
not fill the cookie), and base.html shows it once, like a flashed message.
"""

from __future__ import annotations

import time
from typing import Any

from flask import flash, jsonify, redirect, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import select

from app.extensions import db
from app.models import AuditEntry
from app.models.base import MAX_INT
from app.queue import bp, wording
from app.queue.filters import safe_next, wants_json
from app.services.decisions import bulk_undo

OFFER_KEY = "undo_offer"
# How long the page offers the undo; the service accepts it for UNDO_WINDOW.
OFFER_SECONDS = 10


def offer_undo(ids: list[int], what: str) -> None:
    """Remember what the next page should offer to undo; `what` is the confirmation it shows with it
    ("Removed 4 comments for spam — they are hidden from readers.")."""
    if ids:
        session[OFFER_KEY] = {"from": min(ids), "to": max(ids), "what": what, "at": time.time()}


@bp.app_template_global()
def undo_offer() -> dict[str, Any] | None:
    """The pending offer, once (it is removed from the session as it is shown); None when stale."""
    offer = session.pop(OFFER_KEY, None) if OFFER_KEY in session else None
    if not isinstance(offer, dict) or time.time() - float(offer.get("at", 0)) > OFFER_SECONDS * 3:
        return None
    return {**offer, "seconds": OFFER_SECONDS}


def _entry_ids(form: Any) -> list[int]:
    """The entries named one by one (`entry`), or this moderator's own actions in `from`..`to`."""
    ids = [int(v) for v in form.getlist("entry") if v.isdigit() and int(v) <= MAX_INT]
    lo, hi = form.get("from", ""), form.get("to", "")
    if lo.isdigit() and hi.isdigit() and int(hi) <= MAX_INT and 0 <= int(hi) - int(lo) <= 10_000:
        ids += db.session.scalars(
            select(AuditEntry.id).where(AuditEntry.id.between(int(lo), int(hi)), AuditEntry.actor_id == current_user.id,
                                        AuditEntry.before.is_not(None))).all()
    # Newest first, so a comment acted on twice goes back through its own history in order.
    return sorted(set(ids), reverse=True)


@bp.route("/undo", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def undo_actions() -> ResponseReturnValue:
    back = safe_next(url_for("queue.index"))
    ids = _entry_ids(request.form)
    if not ids:
        message = "Nothing to undo."
        if wants_json():
            return jsonify({"error": message}), 400
        flash(message, "error")
        return redirect(back)
    result = bulk_undo(db.session(), ids, current_user)
    db.session.commit()
    problems = [m for _, m in result.conflicts + result.errors]
    ok = bool(result.done or result.lifted)
    message = wording.undone(result.done, result.lifted)
    if wants_json():
        status = 200 if ok else (409 if result.conflicts else 400)
        return jsonify({"ok": ok, "message": message if ok else "; ".join(problems),
                        "comments": [r.__dict__ for r in result.done],
                        "authors": [r.__dict__ for r in result.lifted], "problems": problems[:10]}), status
    if ok:
        flash(message, "info")
    for problem in problems[:10]:
        flash(problem, "conflict")
    return redirect(back)
