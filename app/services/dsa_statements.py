"""Statements of reasons (DSA Art. 17): one for every removal, long hold, suspension or ban, written
from the audit entry that recorded it, sent to the commenter, and frozen from then on.

The statement's body uses the field names and codes of the Commission's DSA Transparency Database
(Art. 24(5)), so `export_statements` can hand them over unchanged; the `threadwatch` key holds what
the commenter reads besides (the text in words, the links) and is left out of the export.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, CommentScore, CommentStatus
from app.models.base import utcnow
from app.models.dsa import DsaAuthorContact, DsaNotice, DsaStatement
from app.models.threads import Article
from app.services.dsa_categories import (
    DEFAULT_CATEGORY,
    LABEL_CATEGORY,
    NOTICE_CATEGORIES,
    REASON_CATEGORY,
    RESTRICTING_ACTIONS,
    automated_rule,
    category_words,
)
from app.services.dsa_mail import queue_email
from app.services.dsa_settings import APPEAL_PERIOD, DsaSettings

log = logging.getLogger(__name__)
EXCERPT = 280
KIND_WORDS = {"removal": "removed", "hold": "withheld from readers", "suspension": "suspended", "ban": "banned"}


def statement_url(settings: DsaSettings, statement: DsaStatement) -> str:
    return f"{settings.public_url}/dsa/statements/{statement.public_id}"


def appeal_url(settings: DsaSettings, statement: DsaStatement) -> str:
    return f"{statement_url(settings, statement)}/appeal"


def _date(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


def _notices_before(session: Session, comment_id: int | None, when: datetime) -> list[DsaNotice]:
    if comment_id is None:
        return []
    return list(session.scalars(select(DsaNotice).where(DsaNotice.comment_id == comment_id,
                                                        DsaNotice.created_at <= when).order_by(DsaNotice.id)))


def _category(entry: AuditEntry, notices: list[DsaNotice], score: CommentScore | None) -> str:
    if notices:
        return NOTICE_CATEGORIES[notices[-1].category][1] if notices[-1].category in NOTICE_CATEGORIES \
            else DEFAULT_CATEGORY
    if entry.reason in REASON_CATEGORY:
        return REASON_CATEGORY[entry.reason or ""]
    label = score.worst_label if score is not None else None
    return LABEL_CATEGORY.get(label or "", DEFAULT_CATEGORY)


def build_body(session: Session, entry: AuditEntry, kind: str, settings: DsaSettings,
               reasons: dict[str, str], public_id: str) -> dict[str, Any]:
    """Everything Art. 17(3) asks a statement to say, for the restriction recorded in `entry`."""
    comment = session.get(Comment, entry.comment_id) if entry.comment_id else None
    author = session.get(Author, entry.author_id) if entry.author_id else None
    article = session.get(Article, comment.article_id) if comment is not None else None
    score = session.get(CommentScore, comment.id) if comment is not None else None
    created = entry.created_at or utcnow()
    notices = _notices_before(session, entry.comment_id, created)
    automated_decision = entry.actor_id is None
    automated_detection = automated_decision or automated_rule(entry.rule)
    legal = next((n.legal_ground for n in reversed(notices) if n.legal_ground), None)
    reason_words = reasons.get(entry.reason or "", entry.reason or "") if entry.reason else None

    who = "Our automated moderation policy" if automated_decision else "A moderator"
    if comment is not None:
        where = f" on “{article.title}”" if article is not None else ""
        when = f" of {comment.created_at:%Y-%m-%d}" if comment.created_at else ""
        quoted = _excerpt(comment.body)
        facts = f"{who} {KIND_WORDS[kind]} your comment{when}{where}: “{quoted}”" + ("" if quoted[-1:] in ".!?…" else ".")
    else:
        name = author.display_name if author is not None else "your account"
        facts = f"{who} {KIND_WORDS[kind]} the account “{name}”."
        if kind == "suspension" and entry.note:
            facts += f" Duration: {entry.note.split(':')[0]}."
    if automated_decision and entry.rule:
        facts += f" The comment matched the rule “{entry.rule}”."
    elif automated_detection and entry.rule:
        facts += f" Our automated scoring flagged it for review (rule “{entry.rule}”) and a moderator decided."
    if notices:
        facts += (f" A reader's notice of illegal content ({NOTICE_CATEGORIES.get(notices[-1].category, ('',))[0]})"
                  " led to the review.")
    if reason_words:
        facts += f" Reason: {reason_words}."
    if entry.note and kind != "suspension":
        facts += f" Moderator's note: {entry.note}"

    scope = {
        "removal": "This comment only: it no longer shows to anyone. Your account and other comments are not affected.",
        "hold": "This comment only: it is not shown to readers until a moderator has reviewed it.",
        "suspension": "Your account: new comments are held until the suspension ends.",
        "ban": "Your account: new comments are held for good.",
    }[kind]
    body: dict[str, Any] = {
        "puid": f"threadwatch-{public_id}",
        "content_type": ["CONTENT_TYPE_TEXT"],
        "category": _category(entry, notices, score),
        "decision_facts": facts,
        "source_type": "SOURCE_ARTICLE_16" if notices else "SOURCE_VOLUNTARY",
        "automated_detection": "Yes" if automated_detection else "No",
        "automated_decision": "AUTOMATED_DECISION_FULLY" if automated_decision else "AUTOMATED_DECISION_NOT_AUTOMATED",
        "application_date": _date(created),
        "territorial_scope": list(settings.territorial_scope),
        "account_type": "ACCOUNT_TYPE_PRIVATE",
    }
    if kind in ("removal", "hold"):
        body["decision_visibility"] = ["DECISION_VISIBILITY_CONTENT_REMOVED" if kind == "removal"
                                       else "DECISION_VISIBILITY_CONTENT_DISABLED"]
        body["content_date"] = _date(comment.created_at or comment.ingested_at) if comment is not None else None
        if comment is not None and comment.language:
            body["content_language"] = comment.language.upper()
    else:
        body["decision_account"] = ("DECISION_ACCOUNT_SUSPENDED" if kind == "suspension"
                                    else "DECISION_ACCOUNT_TERMINATED")
        if author is not None and author.suspended_until is not None:
            body["end_date_account_restriction"] = _date(author.suspended_until)
    if legal:
        body.update(decision_ground="DECISION_GROUND_ILLEGAL_CONTENT", illegal_content_legal_ground=legal,
                    illegal_content_explanation=facts)
    else:
        terms = settings.terms_url or f"the {settings.site_name} community rules"
        body.update(decision_ground="DECISION_GROUND_INCOMPATIBLE_CONTENT",
                    incompatible_content_ground=f"{terms}: {reason_words or category_words(body['category'])}",
                    incompatible_content_explanation=facts,
                    incompatible_content_illegal="Yes" if notices else "No")
    if notices:
        body["source_identity"] = "reader notice"  # the reporter's identity is not passed on (Art. 17(3)(b))
    body["threadwatch"] = {"kind": kind, "scope": scope, "site": settings.site_name,
                           "comment_id": comment.id if comment is not None else None,
                           "audit_entry_id": entry.id, "notices": [n.public_id for n in notices]}
    return body


def redress_text(settings: DsaSettings, statement: DsaStatement) -> str:
    dispute = settings.dispute_body or "a certified out-of-court dispute settlement body (Art. 21 DSA)"
    return (f"You can appeal this decision free of charge until {statement.appeal_until:%Y-%m-%d} at"
            f" {appeal_url(settings, statement)} ; a different moderator will review it. You may also turn to"
            f" {dispute}, or go to court.")


def issue_statement(session: Session, entry: AuditEntry, settings: DsaSettings, reasons: dict[str, str],
                    *, decided_by_id: int | None = None) -> DsaStatement | None:
    """The statement for one restricting audit entry (once), delivered to the commenter; flushes only."""
    kind = RESTRICTING_ACTIONS.get(entry.action)
    if kind is None:
        return None
    existing: DsaStatement | None = session.scalar(select(DsaStatement).where(DsaStatement.audit_entry_id == entry.id))
    if existing is not None:
        return existing
    public_id = secrets.token_hex(10)
    statement = DsaStatement(public_id=public_id, audit_entry_id=entry.id, comment_id=entry.comment_id,
                             author_id=entry.author_id, kind=kind, decided_by_id=decided_by_id or entry.actor_id,
                             body=build_body(session, entry, kind, settings, reasons, public_id),
                             created_at=utcnow(), appeal_until=utcnow() + APPEAL_PERIOD)
    session.add(statement)
    session.flush()
    _deliver(session, statement, settings)
    return statement


def statement_text(statement: DsaStatement, settings: DsaSettings) -> str:
    """The statement in words, as the commenter receives it by e-mail and reads it at its link."""
    body, extra = statement.body, statement.body.get("threadwatch", {})
    ground = (f"the law: {body['illegal_content_legal_ground']}" if body.get("decision_ground")
              == "DECISION_GROUND_ILLEGAL_CONTENT" else f"our terms: {body.get('incompatible_content_ground')}")
    automated = {"AUTOMATED_DECISION_FULLY": "yes, the decision was taken by automated means",
                 "AUTOMATED_DECISION_NOT_AUTOMATED": "no, a person decided"}[body["automated_decision"]]
    return (
        f"Statement of reasons {statement.public_id} from {settings.site_name}\n\n"
        f"What we decided: {body['decision_facts']}\n"
        f"Scope: {extra.get('scope', '')}\n"
        f"Date: {body['application_date']}\n"
        f"Automated detection: {'yes' if body['automated_detection'] == 'Yes' else 'no'}. "
        f"Automated decision: {automated}.\n"
        f"Ground: {ground}\n\n"
        f"How to seek redress: {redress_text(settings, statement)}\n\n"
        f"This statement stays at {statement_url(settings, statement)}\n"
    )


def _deliver(session: Session, statement: DsaStatement, settings: DsaSettings) -> None:
    """By e-mail where we know the commenter's address, else through the comment system, else the link."""
    contact = session.scalar(select(DsaAuthorContact).where(DsaAuthorContact.author_id == statement.author_id)) \
        if statement.author_id else None
    via = "link"
    if contact is not None:
        queue_email(session, "statement", contact.email,
                    f"{settings.site_name}: why your {'comment' if statement.comment_id else 'account'} was"
                    f" {KIND_WORDS[statement.kind]}", statement_text(statement, settings),
                    statement_id=statement.id)
        via = "email"
    elif _callback(session, statement, settings):
        via = "callback"
    statement.sent_via, statement.sent_at = via, utcnow()
    session.flush()


def _callback(session: Session, statement: DsaStatement, settings: DsaSettings) -> bool:
    from app.services.callbacks import enqueue_decision_callback

    comment = session.get(Comment, statement.comment_id) if statement.comment_id else None
    if comment is None and statement.author_id is not None:
        comment = session.scalar(select(Comment).where(Comment.author_id == statement.author_id)
                                 .order_by(Comment.id.desc()).limit(1))
    if comment is None:
        return False
    delivery = enqueue_decision_callback(session, comment, "statement_of_reasons", "threadwatch")
    if delivery is None:
        return False
    delivery.payload = {**delivery.payload, "type": "comment.statement_of_reasons",
                        "statement": {"id": statement.public_id, "url": statement_url(settings, statement),
                                      "appeal_url": appeal_url(settings, statement),
                                      "appeal_until": statement.appeal_until.isoformat(),
                                      "text": statement_text(statement, settings),
                                      "fields": export_fields(statement)}}
    session.flush()
    return True


def issue_due(session: Session, settings: DsaSettings, reasons: dict[str, str]) -> list[DsaStatement]:
    """Statements the policy's own actions owe: every automated removal, and every hold that has lasted
    longer than the configured time while the comment is still held. Flushes only."""
    has_statement = exists().where(DsaStatement.audit_entry_id == AuditEntry.id)
    undone = select(AuditEntry.undoes_id).where(AuditEntry.undoes_id.is_not(None))
    due: list[DsaStatement] = []
    removals = session.scalars(select(AuditEntry).where(AuditEntry.action.in_(("policy-remove", "remove",
                                                                               "author-suspend", "author-ban")),
                                                        ~has_statement, AuditEntry.id.not_in(undone))
                            .order_by(AuditEntry.id))
    for entry in list(removals):
        statement = issue_statement(session, entry, settings, reasons)
        if statement is not None:
            due.append(statement)
    cutoff = utcnow() - settings.hold_statement_after
    holds = session.scalars(select(AuditEntry).join(Comment, Comment.id == AuditEntry.comment_id)
                            .where(AuditEntry.action == "policy-hold", AuditEntry.created_at <= cutoff,
                                   Comment.status == CommentStatus.HELD.value, ~has_statement)
                            .order_by(AuditEntry.id))
    for entry in list(holds):
        statement = issue_statement(session, entry, settings, reasons)
        if statement is not None:
            due.append(statement)
    return due


def export_fields(statement: DsaStatement) -> dict[str, Any]:
    """The statement in the Transparency Database's shape: its own fields, nothing of ours, no nulls."""
    return {k: v for k, v in statement.body.items() if k != "threadwatch" and v is not None}


def export_statements(session: Session, since: datetime, until: datetime | None = None) -> Iterator[dict[str, Any]]:
    query = select(DsaStatement).where(DsaStatement.created_at >= since)
    if until is not None:
        query = query.where(DsaStatement.created_at < until)
    for statement in session.scalars(query.order_by(DsaStatement.id)):
        yield export_fields(statement)


def statement_by_public_id(session: Session, public_id: str) -> DsaStatement | None:
    if not public_id or len(public_id) > 32 or not public_id.isalnum():
        return None
    return session.scalar(select(DsaStatement).where(DsaStatement.public_id == public_id))


def set_author_contact(session: Session, author_id: int, email: str) -> DsaAuthorContact:
    """Record where a commenter receives statements; flushes only."""
    from app.services.dsa_notices import valid_email

    if session.get(Author, author_id) is None:
        raise ValueError(f"no author {author_id}")
    email = email.strip()
    if not valid_email(email):
        raise ValueError(f"{email!r} is not a valid e-mail address")
    contact = session.scalar(select(DsaAuthorContact).where(DsaAuthorContact.author_id == author_id))
    if contact is None:
        contact = DsaAuthorContact(author_id=author_id, email=email)
        session.add(contact)
    else:
        contact.email = email
    session.flush()
    return contact
