"""`flask users ...`: moderator accounts, passwords and service-account tokens."""

from __future__ import annotations

import secrets

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from app.auth.passwords import MIN_PASSWORD_LENGTH, hash_password, new_api_token
from app.extensions import db
from app.models import User
from app.services import accounts, login_guard

users_cli = AppGroup("users", help="Manage moderator accounts.")

DEMO_EMAIL = "admin@example.test"


def _find(email: str) -> User:
    user: User | None = db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"no user {email}")
    return user


def _hash_or_fail(password: str) -> str:
    try:
        return hash_password(password)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["moderator", "admin"]), default="moderator", show_default=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help=f"At least {MIN_PASSWORD_LENGTH} characters (prompted when left out).")
def create_cmd(email: str, role: str, password: str) -> None:
    """Create a moderator or admin account."""
    email = email.strip().lower()
    if "@" not in email:
        raise click.ClickException(f"not an e-mail address: {email}")
    if db.session.scalar(select(User.id).where(func.lower(User.email) == email)) is not None:
        raise click.ClickException(f"user {email} exists already")
    db.session.add(User(email=email, role=role, password_hash=_hash_or_fail(password)))
    db.session.commit()
    click.echo(f"created {role} {email}")


@users_cli.command("set-password")
@click.argument("email")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def set_password_cmd(email: str, password: str) -> None:
    """Set a new password: ends the account's sessions and lifts any login back-off."""
    user = _find(email)
    try:
        accounts.set_password(db.session(), user, password)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(f"password updated for {user.email}")


@users_cli.command("unlock")
@click.argument("email")
def unlock_cmd(email: str) -> None:
    """Lift the login back-off on an e-mail address (from every client address)."""
    cleared = login_guard.unlock(db.session(), email)
    db.session.commit()
    click.echo(f"unlocked {email.strip().lower()}" if cleared else f"{email.strip().lower()} had no back-off")


@users_cli.command("create-token")
@click.argument("email")
def create_token_cmd(email: str) -> None:
    """Issue an API token for a (service) account; replaces any earlier one. Printed once."""
    user = _find(email)
    token = new_api_token(user)
    db.session.commit()
    click.echo(token)


@users_cli.command("ensure-demo")
def ensure_demo_cmd() -> None:
    """Create the demo admin with a random password, printed once (or say it exists)."""
    if db.session.scalar(select(User.id).where(User.email == DEMO_EMAIL)) is not None:
        click.echo(f"demo user {DEMO_EMAIL} exists (reset with: flask users set-password {DEMO_EMAIL})")
        return
    password = secrets.token_urlsafe(12)
    db.session.add(User(email=DEMO_EMAIL, role="admin", password_hash=hash_password(password)))
    db.session.commit()
    click.echo(f"created demo admin {DEMO_EMAIL} with password: {password}")
