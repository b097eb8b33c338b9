"""E-mails to readers and commenters: written into an outbox in the decision's transaction, sent after
it commits (and retried by `flask dsa send-mail`), through the same SMTP settings as the reports."""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterable
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.dsa import DsaEmail
from app.reports.delivery import DeliveryError, SmtpSettings

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


def queue_email(session: Session, kind: str, recipient: str, subject: str, body: str, **links: int | None) -> DsaEmail:
    """Write one message into the outbox; flushes only."""
    mail = DsaEmail(kind=kind, recipient=recipient, subject=subject[:255], body=body, status="pending",
                    attempts=0, **links)
    session.add(mail)
    session.flush()
    return mail


def pending_ids(session: Session, *, notice_id: int | None = None, statement_id: int | None = None,
                appeal_id: int | None = None) -> list[int]:
    """Messages still waiting about one notice, statement or appeal: what a view sends after committing."""
    query = select(DsaEmail.id).where(DsaEmail.status == "pending")
    if notice_id is not None:
        query = query.where(DsaEmail.notice_id == notice_id)
    if statement_id is not None:
        query = query.where(DsaEmail.statement_id == statement_id)
    if appeal_id is not None:
        query = query.where(DsaEmail.appeal_id == appeal_id)
    return list(session.scalars(query))


def _message(mail: DsaEmail, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = mail.subject
    msg["From"] = sender
    msg["To"] = mail.recipient
    msg["Message-ID"] = make_msgid(domain="threadwatch")
    msg["X-Threadwatch-Kind"] = mail.kind
    msg.set_content(mail.body)
    return msg


def send_pending(session: Session, settings: SmtpSettings, ids: Iterable[int] | None = None) -> tuple[int, int]:
    """Send pending messages (only `ids`, if given) over one SMTP connection; flushes only.

    Returns (sent, failed). A message that fails stays pending for the next try, until MAX_ATTEMPTS.
    """
    query = select(DsaEmail).where(DsaEmail.status == "pending").order_by(DsaEmail.id)
    if ids is not None:
        wanted = list(ids)
        if not wanted:
            return 0, 0
        query = query.where(DsaEmail.id.in_(wanted))
    mails = list(session.scalars(query.limit(500)))
    if not mails:
        return 0, 0
    sent = failed = 0
    settled: set[int] = set()
    for mail in mails:
        mail.attempts += 1
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
            if settings.starttls:
                smtp.starttls()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            for mail in mails:
                try:
                    smtp.send_message(_message(mail, settings.sender), from_addr=settings.sender,
                                      to_addrs=[mail.recipient])
                except smtplib.SMTPRecipientsRefused as exc:
                    failed += 1
                    _failed(mail, exc)
                    settled.add(mail.id)
                else:
                    sent += 1
                    mail.status, mail.sent_at, mail.last_error = "sent", utcnow(), None
                    settled.add(mail.id)
    except (OSError, smtplib.SMTPException) as exc:
        for mail in mails:
            if mail.id not in settled:
                _failed(mail, exc)
                failed += 1
    session.flush()
    log.info("DSA mail: %d sent, %d not sent", sent, failed)
    return sent, failed


def _failed(mail: DsaEmail, exc: BaseException) -> None:
    mail.last_error = f"{exc.__class__.__name__}: {exc}"
    if mail.attempts >= MAX_ATTEMPTS:
        mail.status = "failed"
        log.warning("DSA mail %s to %s failed for good: %s", mail.id, mail.recipient, mail.last_error)


def try_send(session: Session, config: object, ids: Iterable[int] | None) -> None:
    """Best effort right after a commit: with no SMTP server configured or reachable, the messages wait
    in the outbox for `flask dsa send-mail`. Commits what it changed (delivery state only). `ids` None:
    everything pending (a moderator's decision may have written several messages)."""
    from collections.abc import Mapping

    from app.reports.delivery import smtp_settings

    wanted = list(ids) if ids is not None else None
    if wanted == []:
        return
    try:
        settings = smtp_settings(config if isinstance(config, Mapping) else None)
    except DeliveryError as exc:
        log.warning("DSA mail waits in the outbox: %s", exc)
        return
    send_pending(session, settings, wanted)
    session.commit()
