"""Readers' notices of illegal content (DSA Art. 16): checking them, queueing them against the comment,
and answering them when a moderator decides the comment.

A notice counts towards the comment's place in the moderation queue (a flag, a priority boost, back to
"needs review" if it had been let through) and is recorded in the audit log, so the transparency report
counts notices from the same trail as every other decision.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, CommentStatus, Flag, ReviewState, Source, User
from app.models.base import MAX_INT, utcnow
from app.models.dsa import DsaNotice
from app.models.threads import Article
from app.services.dsa_categories import ANONYMOUS_CATEGORIES, NOTICE_CATEGORIES
from app.services.dsa_mail import queue_email
from app.services.dsa_settings import DsaSettings

NOTICE_PRIORITY = 50  # above every policy rule's priority: a reader's notice is looked at first
MIN_EXPLANATION = 20
MAX_EXPLANATION = 5000
# Enough to refuse what is plainly not an address; whether it receives mail, only mail can tell.
EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")


class NoticeInvalid(ValueError):
    """The notice cannot be accepted as sent; `errors` says why, per field, in words for the reader."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class NoticeInput:
    comment: Comment
    category: str
    explanation: str
    content_url: str | None
    reporter_name: str | None
    reporter_email: str | None
    good_faith: bool


def valid_email(value: str) -> bool:
    return len(value) <= 254 and EMAIL_RE.match(value) is not None


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise NoticeInvalid({key: "must be text"})
    return str(value).strip()


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in {"1", "true", "yes", "on", "y"}


def find_comment(session: Session, raw: Mapping[str, Any]) -> Comment | None:
    """The comment a notice is about: Threadwatch's id, or the comment system's (source slug + comment id)."""
    ident = _text(raw, "comment_id")
    if ident:
        if not ident.isdigit() or not 0 < int(ident) <= MAX_INT:
            return None
        return session.get(Comment, int(ident))
    source, external = _text(raw, "source"), _text(raw, "comment")
    if not source or not external:
        return None
    return session.scalar(
        select(Comment).join(Article, Article.id == Comment.article_id).join(Source, Source.id == Article.source_id)
        .where(Source.slug == source, Comment.external_id == external).limit(1))


def parse_notice(session: Session, raw: Mapping[str, Any]) -> NoticeInput:
    """Check a notice as sent by the form or the JSON endpoint; every problem is reported at once."""
    errors: dict[str, str] = {}
    comment = find_comment(session, raw)
    if comment is None:
        errors["comment"] = "We could not find that comment. Use the report link shown next to the comment."
    category = _text(raw, "category")
    if not category:
        errors["category"] = "Choose what kind of illegal content this is."
    elif category not in NOTICE_CATEGORIES:
        errors["category"] = "Choose one of the listed categories."
    explanation = _text(raw, "explanation")
    if len(explanation) < MIN_EXPLANATION:
        errors["explanation"] = (f"Explain in at least {MIN_EXPLANATION} characters why you believe this comment"
                                 " is illegal.")
    elif len(explanation) > MAX_EXPLANATION:
        errors["explanation"] = f"Keep the explanation under {MAX_EXPLANATION} characters."
    content_url = _text(raw, "content_url") or None
    if content_url and (len(content_url) > 2048 or not content_url.startswith(("http://", "https://"))):
        errors["content_url"] = "The comment's address must be a web link (http:// or https://)."
    name = _text(raw, "reporter_name")[:255] or None
    email = _text(raw, "reporter_email") or None
    anonymous_allowed = category in ANONYMOUS_CATEGORIES
    if email is not None and not valid_email(email):
        errors["reporter_email"] = "That e-mail address is not valid: it should look like name@example.org."
    elif email is None and not anonymous_allowed:
        errors["reporter_email"] = "Give your e-mail address: we send the receipt and our decision there."
    if name is None and not anonymous_allowed:
        errors["reporter_name"] = "Give your name (only notices of child sexual abuse material may be anonymous)."
    good_faith = _truthy(raw.get("good_faith"))
    if not good_faith:
        errors["good_faith"] = "Confirm that you believe in good faith that the notice is accurate and complete."
    if errors:
        raise NoticeInvalid(errors)
    assert comment is not None
    return NoticeInput(comment, category, explanation, content_url, name, email, good_faith)


def submit_notice(session: Session, data: NoticeInput, settings: DsaSettings, *, channel: str = "form") -> DsaNotice:
    """Record a notice, queue its comment for review and write the receipt; flushes only."""
    comment = data.comment
    notice = DsaNotice(public_id=secrets.token_hex(8), comment_id=comment.id, category=data.category,
                       explanation=data.explanation, content_url=data.content_url, reporter_name=data.reporter_name,
                       reporter_email=data.reporter_email, good_faith=data.good_faith, channel=channel, state="open")
    session.add(notice)
    label = NOTICE_CATEGORIES[data.category][0]
    session.add(Flag(comment_id=comment.id, reason=f"DSA notice: {label}"[:255],
                     reporter=(data.reporter_name or data.reporter_email or "anonymous")[:255]))
    comment.flag_count = (comment.flag_count or 0) + 1
    comment.priority = max(comment.priority or 0, NOTICE_PRIORITY)
    if comment.review_state in (ReviewState.UNREVIEWED.value, ReviewState.DECIDED.value, ReviewState.DEFERRED.value) \
            and comment.status != CommentStatus.DELETED.value:
        comment.review_state = ReviewState.NEEDS_REVIEW.value
        comment.queued_at = utcnow()
        comment.queued_rule = comment.queued_rule or "dsa-notice"
    comment.version += 1
    session.flush()
    session.add(AuditEntry(comment_id=comment.id, author_id=comment.author_id, actor_id=None,
                           actor_label=f"notice {notice.public_id}", action="dsa-notice", reason=data.category,
                           note=notice.public_id, previous_status=comment.status, new_status=comment.status))
    if notice.reporter_email:
        queue_email(session, "notice-receipt", notice.reporter_email,
                    f"{settings.site_name}: we received your notice {notice.public_id}",
                    receipt_text(notice, comment, settings), notice_id=notice.id)
    session.flush()
    return notice


def receipt_text(notice: DsaNotice, comment: Comment, settings: DsaSettings) -> str:
    label = NOTICE_CATEGORIES[notice.category][0]
    return (
        f"Hello {notice.reporter_name or ''},\n\n".replace(" ,", ",")
        + f"{settings.site_name} received your notice about comment {comment.id} on"
        f" {notice.created_at or utcnow():%Y-%m-%d %H:%M} UTC.\n\n"
        f"Reference: {notice.public_id}\nCategory: {label}\nYour explanation:\n{notice.explanation}\n\n"
        "A moderator will review the comment. We will write to you again with our decision and how you can"
        " contest it.\n"
    )


def _outcome(status: str) -> str:
    if status == CommentStatus.REMOVED.value:
        return "removed"
    if status == CommentStatus.HELD.value:
        return "restricted"
    return "no_action"


OUTCOME_WORDS = {
    "removed": "We removed the comment.",
    "restricted": "We have withheld the comment from readers while it is reviewed further.",
    "no_action": "We reviewed the comment and decided to leave it online: we did not find it illegal or against"
                 " our terms.",
}


def answer_notices(session: Session, comment: Comment, entry: AuditEntry, actor: User,
                   settings: DsaSettings) -> list[DsaNotice]:
    """A moderator's approve, remove or restore answers every open notice on the comment; flushes only."""
    notices = list(session.scalars(select(DsaNotice).where(DsaNotice.comment_id == comment.id,
                                                           DsaNotice.state == "open").order_by(DsaNotice.id)))
    outcome = _outcome(comment.status)
    for notice in notices:
        notice.state, notice.outcome = "decided", outcome
        notice.decided_at, notice.decided_by_id, notice.decision_audit_id = utcnow(), actor.id, entry.id
        session.add(AuditEntry(comment_id=comment.id, author_id=comment.author_id, actor_id=actor.id,
                               actor_label=actor.email, action="dsa-notice-decided", reason=outcome,
                               note=notice.public_id, previous_status=comment.status, new_status=comment.status))
        if notice.reporter_email:
            queue_email(session, "notice-decision", notice.reporter_email,
                        f"{settings.site_name}: decision on your notice {notice.public_id}",
                        decision_text(notice, outcome, settings), notice_id=notice.id)
    session.flush()
    return notices


def decision_text(notice: DsaNotice, outcome: str, settings: DsaSettings) -> str:
    contact = f" Write to {settings.contact_email} (quote {notice.public_id})" if settings.contact_email else \
        f" Reply to this message quoting {notice.public_id}"
    dispute = (f" You may also turn to {settings.dispute_body}, a certified out-of-court dispute settlement body,"
               if settings.dispute_body else " You may also turn to a certified out-of-court dispute settlement body")
    return (
        f"Your notice {notice.public_id} about comment {notice.comment_id}: {OUTCOME_WORDS[outcome]}\n\n"
        "A moderator took this decision; no automated means were used to decide it.\n\n"
        f"If you disagree, you can complain within six months.{contact}.{dispute} (Art. 21 of the Digital Services"
        " Act), or go to court.\n"
    )
