"""The confirmation a moderator reads after each action, in plain words.

"Removed for insult — comment 12 is hidden from readers." says what was done and what readers now see;
the raw action and status names ("remove done (removed)") said neither. Every decision endpoint, the
undo and the author actions word their confirmations here, so one action always reads the same way.
"""

from __future__ import annotations

from datetime import datetime

from app.services.decisions import DecisionResult, SanctionResult
from app.services.queue_context import state_words

# What readers see of a comment in each status.
SEEN = {"visible": "visible to readers", "removed": "hidden from readers", "held": "held back from readers",
        "deleted": "deleted at the source"}
VERB = {"approve": "Approved", "remove": "Removed", "escalate": "Escalated", "defer": "Deferred",
        "restore": "Restored"}
# Sanctions as nouns, for "Lifted the ban on …".
NOUN = {"warn": "warning", "suspend": "suspension", "ban": "ban", "reinstate": "reinstatement"}


def reason_words(reason: str | None, reasons: dict[str, str]) -> str:
    """'insult', 'hate or identity attack', 'other reasons': a removal reason inside a sentence."""
    if not reason:
        return ""
    name = reasons.get(reason, reason.replace("_", " ")).split(" (")[0]
    return "other reasons" if reason == "other" else name[:1].lower() + name[1:]


def _after(action: str, status: str, count: int) -> str:
    """What the action means for the comments: '…is visible to readers', '…wait for an admin'."""
    one = count == 1
    if action == "escalate":
        return "waits for an admin" if one else "wait for an admin"
    if action == "defer":
        return "goes to the back of the queue" if one else "go to the back of the queue"
    seen = SEEN.get(status, status)
    return ("is " if one else "are ") + seen + (" again" if action == "restore" else "")


def decided(result: DecisionResult, reason: str | None, reasons: dict[str, str]) -> str:
    verb = VERB.get(result.action, result.action.capitalize())
    why = reason_words(reason, reasons) if result.action == "remove" else ""
    return f"{verb}{' for ' + why if why else ''} — comment {result.comment_id} {_after(result.action, result.status, 1)}."


def decided_many(action: str, results: list[DecisionResult], reason: str | None, reasons: dict[str, str]) -> str:
    if len(results) == 1:
        return decided(results[0], reason, reasons)
    if not results:
        return "No comment was changed."
    verb = VERB.get(action, action.capitalize())
    why = reason_words(reason, reasons) if action == "remove" else ""
    statuses = {r.status for r in results}
    tail = f" — they {_after(action, statuses.pop(), 2)}" if len(statuses) == 1 or action in ("escalate", "defer") else ""
    return f"{verb} {len(results)} comments{' for ' + why if why else ''}{tail}."


def standing_words(standing: str, until: str | datetime | None) -> str:
    """'no restrictions', 'warned', 'suspended until 2026-05-02 14:00', 'banned'."""
    if standing == "suspended":
        when = datetime.fromisoformat(until) if isinstance(until, str) else until
        return f"suspended until {when:%Y-%m-%d %H:%M}" if when else "suspended"
    return {"active": "no restrictions"}.get(standing, standing)


def sanctioned(result: SanctionResult) -> str:
    name = result.name
    if result.action == "warn":
        return f"Warned {name} — the warning is on record; their comments still publish."
    if result.action == "suspend":
        return f"Suspended {name} — {standing_words('suspended', result.suspended_until)}; new comments are held."
    if result.action == "ban":
        return f"Banned {name} — their new comments are held."
    return f"Reinstated {name} — no restrictions."


def lifted(result: SanctionResult) -> str:
    now = standing_words(result.standing, result.suspended_until)
    if result.lifted == "reinstate":
        return f"Undone: the reinstatement of {result.name} — standing now: {now}."
    what = NOUN.get(result.lifted or "", "sanction")
    return f"Lifted the {what} on {result.name} — standing now: {now}."


def undone(comments: list[DecisionResult], sanctions: list[SanctionResult]) -> str:
    parts = [lifted(s) for s in sanctions]
    if len(comments) == 1:
        done = comments[0]
        state = state_words(done.status, done.review_state)
        if done.review_state in ("needs_review", "escalated"):
            where = "back in the queue" if done.review_state == "needs_review" else "back with the admins"
            parts.insert(0, f"Undone — comment {done.comment_id} is {where} ({state[:1].lower() + state[1:]}).")
        else:
            parts.insert(0, f"Undone — comment {done.comment_id} is {state[:1].lower() + state[1:]} again.")
    elif comments:
        parts.insert(0, f"Undone — {len(comments)} comments are back as they were.")
    return " ".join(parts)
