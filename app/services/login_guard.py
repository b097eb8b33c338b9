"""Login throttling that a stranger cannot turn against the account's owner.

Two counters of failed logins per e-mail address, both keyed by a digest of the address as typed,
whether or not such an account exists (so a throttled unknown address answers exactly like a
throttled account, and the lock reveals nothing):

- per e-mail *and client address*: after PAIR_LIMIT failures that client backs off for that e-mail,
  15 minutes, doubling with every further streak (at most a day). Other clients are untouched.
- per e-mail from *all* clients: after ACCOUNT_LIMIT failures (a guesser spread over many
  addresses) the address backs off for every client that has not logged in to that account before.

A device the account's owner logged in from before (the view knows it by a signed cookie) passes
both with the right password, so a stranger can slow down guessing but cannot lock the owner out.
An admin can lift both (`flask users unlock`, and a new password lifts them too).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import LoginThrottle
from app.models.base import utcnow

PAIR_LIMIT = 5
ACCOUNT_LIMIT = 20
BASE_LOCK = timedelta(minutes=15)
MAX_LOCK = timedelta(hours=24)
# A counter with no failure for this long starts again from zero, and its row is deleted.
FORGET_AFTER = timedelta(hours=24)
ALL_CLIENTS = ""


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def _client(client: str | None) -> str:
    return (client or "unknown")[:64]


def _rows(session: Session, digest: str, client: str) -> dict[str, LoginThrottle]:
    rows = session.scalars(select(LoginThrottle).where(
        LoginThrottle.email_hash == digest, LoginThrottle.client.in_((client, ALL_CLIENTS))))
    return {row.client: row for row in rows}


def _remaining(row: LoginThrottle | None, now: datetime) -> timedelta | None:
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until - now


def lockout(session: Session, email: str, client: str | None, *, known_device: bool) -> timedelta | None:
    """How long this attempt must wait before its password is even checked, or None.

    A known device (the account's owner logged in from it before) is never made to wait.
    """
    if known_device:
        return None
    now = utcnow()
    rows = _rows(session, email_hash(email), _client(client))
    waits = [w for w in (_remaining(rows.get(_client(client)), now), _remaining(rows.get(ALL_CLIENTS), now)) if w]
    return max(waits) if waits else None


def _lock_for(failures: int, limit: int) -> timedelta | None:
    if failures % limit:
        return None
    return min(BASE_LOCK * (1 << (failures // limit - 1)), MAX_LOCK)


def _row(session: Session, digest: str, client: str, existing: LoginThrottle | None) -> LoginThrottle:
    if existing is not None:
        return existing
    try:
        with session.begin_nested():
            row = LoginThrottle(email_hash=digest, client=client, failures=0, updated_at=utcnow())
            session.add(row)
            session.flush()
        return row
    except IntegrityError:  # a concurrent failure created it first
        found: LoginThrottle | None = session.scalar(select(LoginThrottle).where(LoginThrottle.email_hash == digest,
                                                                          LoginThrottle.client == client))
        assert found is not None
        return found


def record_failure(session: Session, email: str, client: str | None) -> timedelta | None:
    """Count one wrong password (or unknown e-mail); the back-off it starts, if it starts one."""
    now = utcnow()
    digest, client = email_hash(email), _client(client)
    _forget_stale(session, now)
    rows = _rows(session, digest, client)
    started: list[timedelta] = []
    for key, limit in ((client, PAIR_LIMIT), (ALL_CLIENTS, ACCOUNT_LIMIT)):
        row = _row(session, digest, key, rows.get(key))
        if row.updated_at < now - FORGET_AFTER:
            row.failures = 0
        row.failures = (row.failures or 0) + 1
        row.updated_at = now
        lock = _lock_for(row.failures, limit)
        if lock is not None:
            row.locked_until = now + lock
            started.append(lock)
    session.flush()
    return max(started) if started else None


def record_success(session: Session, email: str, client: str | None) -> None:
    """The owner is in: this client's streak and the address-wide one start again."""
    session.execute(delete(LoginThrottle).where(
        LoginThrottle.email_hash == email_hash(email),
        LoginThrottle.client.in_((_client(client), ALL_CLIENTS))))
    session.flush()


def unlock(session: Session, email: str) -> int:
    """Lift every back-off on this e-mail address (an admin's action); returns the rows cleared."""
    result = session.execute(delete(LoginThrottle).where(LoginThrottle.email_hash == email_hash(email)))
    session.flush()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _forget_stale(session: Session, now: datetime) -> None:
    cutoff = now - FORGET_AFTER
    session.execute(delete(LoginThrottle).where(
        LoginThrottle.updated_at < cutoff,
        or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until < now)))
