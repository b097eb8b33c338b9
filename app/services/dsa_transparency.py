"""The transparency report (DSA Art. 15) for a period, counted from the audit log.

Sections follow the Commission's templates (Implementing Regulation (EU) 2024/2835) as far as they apply
to a hosting service that is not an online platform: notices received under Art. 16 by category and by
outcome, with the median time to action; moderation on the provider's own initiative by type of
restriction, ground and detection; complaints received through internal complaint handling (Art. 20),
their outcomes and median time to decide. Orders from authorities (Arts. 9-10) are not received through
Threadwatch and are left for the site to add.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.dsa_categories import (
    NOTICE_CATEGORIES,
    NOTICE_OUTCOMES,
    RESTRICTING_ACTIONS,
    automated_rule,
)

APPEAL_OUTCOMES = ("upheld", "reversed")


@dataclass
class TransparencyReport:
    start: datetime
    end: datetime
    notices_by_category: dict[str, int] = field(default_factory=dict)
    notices_by_outcome: dict[str, int] = field(default_factory=dict)
    notices_received: int = 0
    notices_decided: int = 0
    median_hours_notice_to_action: float | None = None
    # (type, ground, detection, decision) -> count
    own_initiative: dict[tuple[str, str, str, str], int] = field(default_factory=dict)
    appeals_received: int = 0
    appeals_by_outcome: dict[str, int] = field(default_factory=dict)
    median_hours_appeal_to_decision: float | None = None

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, item, value) rows: the one flat form the CSV, the HTML page and the tests share."""
        out: list[tuple[str, str, str]] = [("period", "from", self.start.isoformat()),
                                           ("period", "to", self.end.isoformat()),
                                           ("notices (Art. 16)", "received", str(self.notices_received))]
        for key, (label, _code) in NOTICE_CATEGORIES.items():
            out.append(("notices by category", label, str(self.notices_by_category.get(key, 0))))
        out.append(("notices (Art. 16)", "decided", str(self.notices_decided)))
        for outcome in NOTICE_OUTCOMES:
            out.append(("notices by outcome", outcome.replace("_", " "), str(self.notices_by_outcome.get(outcome, 0))))
        out.append(("notices (Art. 16)", "median hours from notice to action", _hours(self.median_hours_notice_to_action)))
        for (kind, ground, detection, decision), n in sorted(self.own_initiative.items()):
            out.append(("own-initiative moderation", f"{kind} | ground: {ground} | detection: {detection}"
                        f" | decision: {decision}", str(n)))
        out.append(("own-initiative moderation", "total", str(sum(self.own_initiative.values()))))
        out.append(("complaints (Art. 20)", "received", str(self.appeals_received)))
        for outcome in APPEAL_OUTCOMES:
            out.append(("complaints by outcome", "decision " + ("upheld" if outcome == "upheld" else "reversed"),
                        str(self.appeals_by_outcome.get(outcome, 0))))
        out.append(("complaints (Art. 20)", "median hours to decide", _hours(self.median_hours_appeal_to_decision)))
        return out


def _hours(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _median_hours(pairs: list[timedelta]) -> float | None:
    return statistics.median(d.total_seconds() / 3600 for d in pairs) if pairs else None


def build_report(session: Session, start: datetime, end: datetime) -> TransparencyReport:
    """Everything counted from audit entries created in [start, end)."""
    report = TransparencyReport(start, end)
    in_period = (AuditEntry.created_at >= start, AuditEntry.created_at < end)
    entries = list(session.scalars(select(AuditEntry).where(*in_period).order_by(AuditEntry.id)))

    # When each notice and appeal arrived, whenever that was (a decision in the period may answer an older one).
    received = {e.note: e.created_at for e in session.scalars(
        select(AuditEntry).where(AuditEntry.action.in_(("dsa-notice", "dsa-appeal")), AuditEntry.created_at < end))}
    first_notice: dict[int | None, datetime] = {}
    for comment_id, created in session.execute(select(AuditEntry.comment_id, AuditEntry.created_at)
                                               .where(AuditEntry.action == "dsa-notice", AuditEntry.created_at < end)
                                               .order_by(AuditEntry.created_at)):
        first_notice.setdefault(comment_id, created)
    undone = set(session.scalars(select(AuditEntry.undoes_id).where(AuditEntry.undoes_id.is_not(None))))

    categories: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    own: Counter[tuple[str, str, str, str]] = Counter()
    appeal_outcomes: Counter[str] = Counter()
    to_action: list[timedelta] = []
    to_decide: list[timedelta] = []
    for e in entries:
        if e.action == "dsa-notice":
            categories[e.reason or "other"] += 1
        elif e.action == "dsa-notice-decided":
            outcomes[e.reason or "no_action"] += 1
            if e.note in received:
                to_action.append(e.created_at - received[e.note])
        elif e.action == "dsa-appeal":
            report.appeals_received += 1
        elif e.action.startswith("dsa-appeal-"):
            appeal_outcomes[e.action.removeprefix("dsa-appeal-")] += 1
            key = (e.note or "").split(":")[0]
            if key in received:
                to_decide.append(e.created_at - received[key])
        elif e.action in RESTRICTING_ACTIONS and e.id not in undone:
            notified = first_notice.get(e.comment_id) if e.comment_id is not None else None
            if notified is not None and notified <= e.created_at:
                continue  # taken on a notice: counted under notices, not as own initiative
            automated_decision = e.actor_id is None
            detection = "automated" if automated_decision or automated_rule(e.rule) else "human"
            ground = e.reason or (e.rule or "unspecified")
            own[(RESTRICTING_ACTIONS[e.action], ground, detection,
                 "automated" if automated_decision else "human")] += 1
    report.notices_by_category = dict(categories)
    report.notices_received = sum(categories.values())
    report.notices_by_outcome = dict(outcomes)
    report.notices_decided = sum(outcomes.values())
    report.median_hours_notice_to_action = _median_hours(to_action)
    report.own_initiative = dict(own)
    report.appeals_by_outcome = dict(appeal_outcomes)
    report.median_hours_appeal_to_decision = _median_hours(to_decide)
    return report


def render_csv(report: TransparencyReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["section", "item", "value"])
    writer.writerows(report.rows())
    return buffer.getvalue()
