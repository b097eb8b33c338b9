"""The site's DSA settings: who it is, where its terms are, how long holds and appeals last.

Read from the app config (DSA_* keys) or THREADWATCH_DSA_* environment variables, so a newsroom sets
them once beside its other Threadwatch settings; the defaults follow the Act where it fixes a value
(six months to appeal, Art. 20(1)).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

APPEAL_PERIOD = timedelta(days=183)  # "at least six months" (Art. 20(1))


@dataclass(frozen=True)
class DsaSettings:
    site_name: str = "Threadwatch"
    # Where readers reach the site: links in e-mails and statements are built on it.
    public_url: str = "http://127.0.0.1:5000"
    terms_url: str | None = None
    contact_email: str | None = None
    # A hold by the policy becomes a restriction that needs a statement once it lasts this long.
    hold_statement_after: timedelta = timedelta(hours=24)
    notice_rate_limit: str = "5 per minute;30 per day"
    territorial_scope: tuple[str, ...] = ("EU",)
    # Art. 21: the certified out-of-court dispute settlement body the site names, if any.
    dispute_body: str | None = None


def dsa_settings(config: Mapping[str, object] | None = None) -> DsaSettings:
    config = config or {}

    def get(name: str) -> str | None:
        value = config.get(f"DSA_{name}")
        if value is None:
            value = os.environ.get(f"THREADWATCH_DSA_{name}")
        return None if value in (None, "") else str(value)

    defaults = DsaSettings()
    hours = get("HOLD_STATEMENT_HOURS")
    scope = get("TERRITORIAL_SCOPE")
    return DsaSettings(
        site_name=get("SITE_NAME") or defaults.site_name,
        public_url=(get("PUBLIC_URL") or defaults.public_url).rstrip("/"),
        terms_url=get("TERMS_URL"),
        contact_email=get("CONTACT_EMAIL"),
        hold_statement_after=timedelta(hours=float(hours)) if hours else defaults.hold_statement_after,
        notice_rate_limit=get("NOTICE_RATE_LIMIT") or defaults.notice_rate_limit,
        territorial_scope=tuple(s.strip().upper() for s in scope.split(",") if s.strip()) if scope
        else defaults.territorial_scope,
        dispute_body=get("DISPUTE_BODY"),
    )
