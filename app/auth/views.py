"""Login and logout. Failed logins are throttled per address and lock the account after a streak."""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select

from app.auth import bp
from app.auth.forms import LoginForm, LogoutForm
from app.auth.passwords import check_password
from app.extensions import db, limiter
from app.models import User
from app.models.base import utcnow

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def safe_next(target: str | None, default: str) -> str:
    """Only same-site paths: an open redirect on the login page is a phishing aid."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def lock_message(minutes: int) -> str:
    unit = "minute" if minutes == 1 else "minutes"
    return f"This account is locked after too many failed logins. Try again in {minutes} {unit}."


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"], error_message="Too many login attempts; wait a minute.")
def login() -> ResponseReturnValue:
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        email = (form.email.data or "").strip().lower()
        user = db.session.scalar(select(User).where(func.lower(User.email) == email))
        now = utcnow()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
            flash(lock_message(minutes), "error")
            return render_template("auth/login.html", form=form), 429
        if user is not None and user.active and check_password(user, form.password.data or ""):
            user.failed_logins = 0
            user.locked_until = None
            db.session.commit()
            login_user(user)
            log.info("login: %s", user.email)
            return redirect(safe_next(form.next.data, url_for("queue.index")))
        if user is not None:
            user.failed_logins = (user.failed_logins or 0) + 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                db.session.commit()
                log.warning("login: %s locked after repeated failures", user.email)
                flash(lock_message(int(LOCKOUT.total_seconds() // 60)), "error")
                return render_template("auth/login.html", form=form), 429
            db.session.commit()
        flash("Wrong e-mail or password.", "error")
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def logout() -> ResponseReturnValue:
    form = LogoutForm()
    if form.validate_on_submit():
        logout_user()
        flash("Logged out.", "info")
    return redirect(url_for("auth.login"))
