"""Public pages: report a comment (Art. 16), read a statement of reasons (Art. 17), appeal it (Art. 20).

No login: readers and commenters use them. Forms carry a CSRF token (Flask-WTF) and share a rate limit
per address (app/dsa/limits.py); the services do the checking, so the form and the JSON endpoint accept
and refuse exactly the same notices.
"""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFError

from app.dsa import bp
from app.dsa.limits import public_post_limit
from app.extensions import db
from app.models import Comment, CommentStatus
from app.services.dsa_appeals import AppealInvalid, appeal_open, file_appeal
from app.services.dsa_categories import ANONYMOUS_CATEGORIES, NOTICE_CATEGORIES
from app.services.dsa_mail import pending_ids, try_send
from app.services.dsa_notices import NoticeInvalid, find_comment, parse_notice, submit_notice
from app.services.dsa_settings import dsa_settings
from app.services.dsa_statements import redress_text, statement_by_public_id, statement_text


class PublicForm(FlaskForm):  # type: ignore[misc]
    """Only the CSRF token: the fields are checked by the services, shared with the JSON endpoint."""


@bp.errorhandler(CSRFError)
def _csrf_error(_err: CSRFError) -> ResponseReturnValue:
    return render_template("dsa/message.html", title="Form expired",
                           message="This form has expired or did not come from this site. Reload the page and"
                                   " send it again."), 400


def _visible(comment: Comment | None) -> bool:
    return comment is not None and comment.status == CommentStatus.VISIBLE.value


@bp.route("/dsa/report", methods=["GET", "POST"])
@public_post_limit
def report() -> ResponseReturnValue:
    settings = dsa_settings(current_app.config)
    form = PublicForm()
    source: dict[str, Any] = request.form if request.method == "POST" else request.args
    comment = find_comment(db.session(), source)
    context = {"form": form, "comment": comment, "visible": _visible(comment), "categories": NOTICE_CATEGORIES,
               "anonymous": ANONYMOUS_CATEGORIES, "values": source, "errors": {}, "site": settings.site_name}
    if request.method == "GET":
        if comment is None:
            context["errors"] = {"comment": "We could not find that comment. Use the report link shown next to"
                                            " the comment."}
            return render_template("dsa/report.html", **context), 404
        return render_template("dsa/report.html", **context)
    form.validate_on_submit()  # CSRF (a failure raises CSRFError before this view runs)
    try:
        data = parse_notice(db.session(), request.form)
    except NoticeInvalid as exc:
        context["errors"] = exc.errors
        return render_template("dsa/report.html", **context), 400
    notice = submit_notice(db.session(), data, settings, channel="form")
    mail_ids = pending_ids(db.session(), notice_id=notice.id)
    db.session.commit()
    try_send(db.session(), current_app.config, mail_ids)
    return render_template("dsa/report_sent.html", notice=notice, site=settings.site_name,
                           category=NOTICE_CATEGORIES[notice.category][0])


@bp.get("/dsa/statements/<public_id>")
def statement(public_id: str) -> ResponseReturnValue:
    settings = dsa_settings(current_app.config)
    found = statement_by_public_id(db.session(), public_id)
    if found is None:
        abort(404)
    return render_template("dsa/statement.html", statement=found, body=found.body, text=statement_text(found, settings),
                           redress=redress_text(settings, found), appeal_open=appeal_open(found),
                           site=settings.site_name)


@bp.route("/dsa/statements/<public_id>/appeal", methods=["GET", "POST"])
@public_post_limit
def appeal(public_id: str) -> ResponseReturnValue:
    settings = dsa_settings(current_app.config)
    found = statement_by_public_id(db.session(), public_id)
    if found is None:
        abort(404)
    form = PublicForm()
    context: dict[str, Any] = {"form": form, "statement": found, "values": request.form, "errors": {},
                               "site": settings.site_name, "open": appeal_open(found)}
    if request.method == "GET" or not context["open"]:
        return render_template("dsa/appeal.html", **context), 200 if context["open"] else 410
    form.validate_on_submit()
    try:
        filed = file_appeal(db.session(), found, request.form, settings)
    except AppealInvalid as exc:
        context["errors"] = exc.errors
        return render_template("dsa/appeal.html", **context), 400
    mail_ids = pending_ids(db.session(), appeal_id=filed.id)
    db.session.commit()
    try_send(db.session(), current_app.config, mail_ids)
    return render_template("dsa/message.html", title="Appeal received",
                           message=f"We received your appeal (reference {filed.public_id}). A moderator who did not"
                                   " take the original decision will review it, and we will tell you the outcome.")
