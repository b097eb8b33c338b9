"""The periodic DSA job: statements the policy's own holds and removals owe, then the e-mail outbox."""

from __future__ import annotations

import logging

from flask import Flask

from app.extensions import db

log = logging.getLogger(__name__)


def run_job(app: Flask) -> int:
    from app.reports.delivery import DeliveryError, smtp_settings
    from app.services.decisions import DEFAULT_REMOVAL_REASONS
    from app.services.dsa_mail import send_pending
    from app.services.dsa_settings import dsa_settings
    from app.services.dsa_statements import issue_due

    with app.app_context():
        reasons = dict(app.config.get("REMOVAL_REASONS") or DEFAULT_REMOVAL_REASONS)
        issued = issue_due(db.session(), dsa_settings(app.config), reasons)
        db.session.commit()
        try:
            send_pending(db.session(), smtp_settings(app.config))
            db.session.commit()
        except DeliveryError as exc:
            log.debug("DSA mail waits: %s", exc)
        db.session.remove()
    return len(issued)
