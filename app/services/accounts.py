"""Account changes that end every session: logging out, and a new password.

Each session names the session version it was issued under (User.get_id); bumping the version
makes every session issued before it, on every device, anonymous at its next request.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.auth.passwords import hash_password
from app.models import User
from app.services import login_guard


def end_sessions(session: Session, user: User) -> None:
    """Every session of `user` issued so far stops working."""
    user.session_version = (user.session_version or 0) + 1
    session.flush()


def set_password(session: Session, user: User, password: str) -> None:
    """A new password (ValueError if too short): ends every session and lifts any login back-off."""
    user.password_hash = hash_password(password)
    end_sessions(session, user)
    login_guard.unlock(session, user.email)
