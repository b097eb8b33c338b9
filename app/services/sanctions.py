"""An author's warning, suspension or ban: taking it, lifting it, and what each one still means today.

A sanction is lifted through the same undo as a comment decision (`decisions.undo`): one more audit
entry pointing at the sanction it reverses. Unlike a comment decision it is not tied to the person
who took it or to a few minutes: a ban runs for months, and any moderator who may set that standing
may lift it while it is in force.

The standing afterwards is worked out again from the author's whole history, not taken from the
entry being lifted, because later sanctions may stand on top of it: the sanctions that are not
lifted are replayed oldest first, the latest winning as when they were taken, a reinstatement
clearing what came before it, and a suspension that has run out counting as over. So lifting a
ban while an earlier suspension still runs brings the suspension back, with its own end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models import AuditEntry, Author, User
from app.models.base import utcnow
from app.services.authority import author_refusal, rank
from app.services.decisions import MAX_NOTE, DecisionError, SanctionResult, dsa_after_decision, iso

AUTHOR_ACTIONS = ("warn", "suspend", "ban", "reinstate")
STANDING_AFTER = {"warn": "warned", "suspend": "suspended", "ban": "banned", "reinstate": "active"}
_DAYS = re.compile(r"^(\d+) days?\b")


@dataclass(frozen=True)
class Standing:
    standing: str
    until: datetime | None = None


@dataclass(frozen=True)
class SanctionState:
    """One sanction as the author page shows it: in force (and so liftable), or why it no longer is."""

    entry_id: int
    in_force: bool
    words: str  # "In force", "Lifted by mod@… on 2026-04-02", "Ended on 2026-04-09", ...


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def suspension_end(entry: AuditEntry) -> datetime | None:
    """When a suspension ends: recorded on the entry, or (entries from before that) its "N days" note."""
    recorded = (entry.before or {}).get("until_after")
    if isinstance(recorded, str):
        return _aware(datetime.fromisoformat(recorded))
    days = _DAYS.match(entry.note or "")
    return _aware(entry.created_at) + timedelta(days=int(days.group(1))) if days else None


def _action(entry: AuditEntry) -> str:
    return entry.action.removeprefix("author-")


def replay(entries: Sequence[AuditEntry], now: datetime) -> Standing:
    """The standing that the sanctions in `entries` (oldest first, lifted ones left out) add up to now."""
    state = Standing("active")
    for entry in entries:
        action = _action(entry)
        if action == "suspend":
            until = suspension_end(entry)
            if until is None or until > now:
                state = Standing("suspended", until)
            # a suspension that has run out leaves the standing as it was before it
        elif action in STANDING_AFTER:
            state = Standing(STANDING_AFTER[action])
    return state


def history(session: Session, author_id: int) -> tuple[list[AuditEntry], dict[int, AuditEntry]]:
    """The author's sanction entries oldest first, and the undo entry of each one that was lifted."""
    entries = list(session.scalars(
        select(AuditEntry).where(AuditEntry.author_id == author_id, AuditEntry.comment_id.is_(None),
                                 AuditEntry.action.like("author-%"))
        .order_by(AuditEntry.created_at, AuditEntry.id)))
    lifting = aliased(AuditEntry)
    undos: list[AuditEntry] = list(session.scalars(
        select(lifting).where(lifting.undoes_id.in_([e.id for e in entries])))) if entries else []
    return entries, {int(u.undoes_id or 0): u for u in undos}


def states(session: Session, author_id: int) -> dict[int, SanctionState]:
    """Each sanction entry of the author, by id: is it in force, and if not, why not."""
    entries, lifted = history(session, author_id)
    now = utcnow()
    out: dict[int, SanctionState] = {}
    cleared_by: AuditEntry | None = None
    for entry in reversed(entries):  # newest first: a standing reinstatement clears everything older
        undo = lifted.get(entry.id)
        verb = "Undone" if _action(entry) == "reinstate" else "Lifted"
        if undo is not None:
            words = f"{verb} by {undo.actor_label} on {_aware(undo.created_at):%Y-%m-%d %H:%M}"
            out[entry.id] = SanctionState(entry.id, False, words)
            continue
        if cleared_by is not None:
            what = "Replaced by" if _action(entry) == "reinstate" else "Lifted by"
            words = f"{what} the reinstatement of {_aware(cleared_by.created_at):%Y-%m-%d %H:%M}"
            out[entry.id] = SanctionState(entry.id, False, words)
            continue
        if _action(entry) == "reinstate":
            out[entry.id] = SanctionState(entry.id, True, "Standing")
            cleared_by = entry
            continue
        until = suspension_end(entry) if _action(entry) == "suspend" else None
        if until is not None and until <= now:
            out[entry.id] = SanctionState(entry.id, False, f"Ended on {until:%Y-%m-%d %H:%M}")
            continue
        out[entry.id] = SanctionState(entry.id, True, f"In force until {until:%Y-%m-%d %H:%M}" if until else "In force")
    return out


def lift(session: Session, entry: AuditEntry, actor: User) -> SanctionResult:
    """Lift the sanction (or undo the reinstatement) recorded in `entry`; audit it as an undo of it."""
    author_id = int(entry.author_id or 0)
    # Lock the author so a sanction taken meanwhile cannot slip between the replay and the write.
    author = session.scalar(select(Author).where(Author.id == author_id).with_for_update()
                            .execution_options(populate_existing=True))
    if author is None:
        raise DecisionError(f"no author {author_id}", status=404)
    action = _action(entry)
    state = states(session, author_id).get(entry.id)
    if state is None or not state.in_force:
        words = state.words.lower() if state is not None else "not found"
        raise DecisionError(f"that {action} on {author.display_name} is no longer in force ({words})", status=409)
    taker = session.get(User, entry.actor_id) if entry.actor_id else None
    if taker is not None and rank(actor.role) < rank(taker.role):
        raise DecisionError(f"an {taker.role} took that {action}: only an {taker.role} can lift it", status=403)
    entries, lifted = history(session, author_id)
    now_standing = replay([e for e in entries if e.id not in lifted and e.id != entry.id], utcnow())
    previous = author.standing
    author.standing, author.suspended_until = now_standing.standing, now_standing.until
    undo_entry = AuditEntry(
        comment_id=None, author_id=author_id, actor_id=actor.id, actor_label=actor.email, action="undo",
        note=f"lifted {action}" if action != "reinstate" else "undid reinstate", undoes_id=entry.id,
        previous_status=previous, new_status=author.standing)
    session.add(undo_entry)
    session.flush()
    until = now_standing.until.isoformat() if now_standing.until else None
    return SanctionResult(author_id, author.display_name, "undo", author.standing, until, undo_entry.id, lifted=action)


def sanction_author(session: Session, author_id: int, actor: User, action: str, *, days: int | None = None,
                    reason: str | None = None, note: str | None = None) -> SanctionResult:
    """Warn, suspend (for `days`), ban or reinstate an author. New comments of a suspended or banned
    author are held by scoring; reinstating ends that. The entry keeps the standing it replaced and
    the suspension's end, so it can be lifted later (undo) and the standing worked out again."""
    if action not in AUTHOR_ACTIONS:
        raise DecisionError(f"unknown author action {action!r}")
    author = session.get(Author, author_id)
    if author is None:
        raise DecisionError(f"no author {author_id}", status=404)
    refusal = author_refusal(session, actor, author_id, action)
    if refusal is not None:
        raise DecisionError(refusal, status=403)
    previous, previous_until = author.standing, author.suspended_until
    until: datetime | None = None
    if action == "suspend":
        if days is None or not 1 <= days <= 365:
            raise DecisionError("suspensions need a duration of 1 to 365 days")
        until = utcnow() + timedelta(days=days)
    author.standing = STANDING_AFTER[action]
    author.suspended_until = until
    entry = AuditEntry(
        comment_id=None, author_id=author.id, actor_id=actor.id, actor_label=actor.email,
        action=f"author-{action}", reason=reason, note=((note or "").strip()[:MAX_NOTE] or None)
        if action != "suspend" else f"{days} days" + (f": {note.strip()}" if note and note.strip() else ""),
        previous_status=previous, new_status=author.standing,
        before={"standing": previous, "suspended_until": iso(previous_until), "until_after": iso(until)},
    )
    session.add(entry)
    session.flush()
    dsa_after_decision(session, None, entry, actor)
    return SanctionResult(author.id, author.display_name, action, author.standing, iso(until), entry.id)
