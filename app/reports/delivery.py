"""Email delivery: the HTML report as multipart/related, its charts inline (Content-ID, referenced by
cid: URLs in the HTML), other formats attached. Settings come from THREADWATCH_SMTP_* (env or app config)."""

from __future__ import annotations

import logging
import os
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from app.reports.data import Report
from app.reports.render import content_id, render_html

log = logging.getLogger(__name__)


class DeliveryError(RuntimeError):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "threadwatch@localhost"
    starttls: bool = False
    timeout: float = 30.0


def smtp_settings(config: Mapping[str, object] | None = None) -> SmtpSettings:
    """THREADWATCH_SMTP_HOST/PORT/USER/PASSWORD/FROM (app config keys SMTP_* win over the environment)."""
    config = config or {}

    def get(name: str) -> str | None:
        value = config.get(f"SMTP_{name}")
        if value is None:
            value = os.environ.get(f"THREADWATCH_SMTP_{name}")
        return None if value in (None, "") else str(value)

    host = get("HOST")
    if host is None:
        raise DeliveryError("no SMTP server configured: set THREADWATCH_SMTP_HOST (and _PORT, _USER, _PASSWORD, _FROM)")
    return SmtpSettings(host=host, port=int(get("PORT") or 25), user=get("USER"), password=get("PASSWORD"),
                        sender=get("FROM") or "threadwatch@localhost",
                        starttls=(get("STARTTLS") or "").lower() in {"1", "true", "yes"})


def build_message(report: Report, recipients: list[str], sender: str, *,
                  attachments: Mapping[str, tuple[bytes, str, str]] | None = None,
                  subject: str | None = None) -> EmailMessage:
    """multipart/mixed( multipart/alternative( text, multipart/related( html, png... ) ), attachments... )."""
    html, charts = render_html(report, inline="cid")
    msg = EmailMessage()
    msg["Subject"] = subject or report.meta.title
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Message-ID"] = make_msgid(domain="threadwatch")
    v, h = report.volume, report.health
    msg.set_content(f"{report.meta.title}\n\n{v.comments} comments on {v.articles_with_comments} articles, "
                    f"{h.incidents_total} incitement incidents, {report.moderation.human_decisions} human decisions."
                    "\nOpen the HTML part of this message for the full report.\n")
    msg.add_alternative(html, subtype="html")
    html_part = msg.get_payload()[1]  # type: ignore[index]
    assert isinstance(html_part, EmailMessage)
    for name, png in charts.items():
        html_part.add_related(png, maintype="image", subtype="png", cid=f"<{content_id(name)}>",
                              filename=f"{name}.png", disposition="inline")
    for filename, (data, maintype, subtype) in (attachments or {}).items():
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def send_report(report: Report, recipients: list[str], settings: SmtpSettings, *,
                attachments: Mapping[str, tuple[bytes, str, str]] | None = None) -> None:
    if not recipients:
        return
    msg = build_message(report, recipients, settings.sender, attachments=attachments)
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
            if settings.starttls:
                smtp.starttls()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            smtp.send_message(msg, from_addr=settings.sender, to_addrs=recipients)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"sending the report to {settings.host}:{settings.port} failed: {exc}") from exc
    log.info("report %r sent to %d recipient(s)", report.meta.title, len(recipients))
