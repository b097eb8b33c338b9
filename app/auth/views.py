"""Login and logout. Failed logins back off per e-mail and client (app/services/login_guard.py)."""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func, select

from app.auth import bp
from app.auth.devices import is_known_device, remember_device
from app.auth.forms import LoginForm, LogoutForm
from app.auth.passwords import check_password
from app.auth.redirects import safe_next
from app.extensions import db, limiter
from app.models import User
from app.services import accounts, login_guard

log = logging.getLogger(__name__)


def lock_message(wait: timedelta) -> str:
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return (f"Too many failed logins for this e-mail address. Try again in {minutes} {unit}, or log in "
            "from a device you have logged in from before.")


def _locked(form: LoginForm, wait: timedelta) -> ResponseReturnValue:
    flash(lock_message(wait), "error")
    return render_template("auth/login.html", form=form), 429, {"Retry-After": str(int(wait.total_seconds()) + 1)}


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"], error_message="Too many login attempts; wait a minute.")
def login() -> ResponseReturnValue:
    if request.method == "GET" and current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next"), url_for("queue.index")))
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        email = (form.email.data or "").strip().lower()
        client = request.remote_addr
        user = db.session.scalar(select(User).where(func.lower(User.email) == email))
        wait = login_guard.lockout(db.session(), email, client, known_device=is_known_device(user))
        if wait is not None:
            return _locked(form, wait)
        # Always one password hash, against a dummy one when the e-mail is unknown, so an unknown
        # address costs as long as a wrong password and cannot be told apart by timing either.
        if check_password(user, form.password.data or "") and user is not None and user.active:
            login_guard.record_success(db.session(), email, client)
            db.session.commit()
            login_user(user)
            log.info("login: %s", user.email)
            response = redirect(safe_next(form.next.data, url_for("queue.index")))
            remember_device(response, user)
            return response
        wait = login_guard.record_failure(db.session(), email, client)
        db.session.commit()
        if wait is not None:
            log.warning("login: back-off for an e-mail address from %s after repeated failures", client)
            return _locked(form, wait)
        flash("Wrong e-mail or password.", "error")
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required  # type: ignore[untyped-decorator]
def logout() -> ResponseReturnValue:
    form = LogoutForm()
    if form.validate_on_submit():
        # Ends this user's sessions everywhere, including copies of this cookie taken earlier.
        accounts.end_sessions(db.session(), current_user)
        db.session.commit()
        logout_user()
        flash("Logged out.", "info")
    return redirect(url_for("auth.login"))
