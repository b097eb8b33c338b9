"""A hand-made week of comments and decisions for the report tests; every figure is known by hand.

The week is Mon 2026-03-02 .. Sun 2026-03-08 (UTC); the previous week holds two comments.
Thresholds are 0.5 for every label; a comment is hostile when its worst label score is >= 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import Article, AuditEntry, Author, Comment, CommentScore, IncitementCue, Source, User
from app.reports.periods import Period

WEEK = Period("week", datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
DUPLICATE = "The council should publish every line of the budget before anyone votes on it."


def at(day: int, hour: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@dataclass
class Site:
    daily_planet: Source
    other: Source
    comments: dict[str, Comment]
    m1: User
    m2: User


def build_site(db_session: Session, make_source: Any, make_article: Any, make_comment: Any, make_user: Any) -> Site:
    """Called by a `site` fixture in each test module, with the factories from tests/app/conftest.py."""
    planet = make_source("daily-planet")
    other = make_source("other-gazette")
    a1 = make_article(title="Budget vote", source=planet, url="https://planet.example/budget")
    a2 = make_article(title="Bridge closure", source=planet, url="https://planet.example/bridge")
    b1 = make_article(title="Harbour news", source=other, url="https://other.example/harbour")
    authors = {}
    for name, source in (("alice", planet), ("bob", planet), ("carol", planet), ("dave", planet), ("eve", other)):
        authors[name] = Author(source_id=source.id, external_id=name, display_name=name.title())
        db_session.add(authors[name])
    db_session.flush()
    m1 = make_user(email="m1@example.test")
    m2 = make_user(email="m2@example.test")
    c: dict[str, Comment] = {}

    def add(key: str, author: str, when: datetime, scores: dict[str, float], *, article: Article | None = None,
            parent: str | None = None, body: str | None = None, rule: str | None = None,
            action: str = "approve", **columns: Any) -> None:
        comment = make_comment(body=body or f"Comment {key} by {author}, written for this test only.",
                               article=article, parent=c[parent] if parent else None, scores=scores,
                               author_id=authors[author].id, created_at=when, **columns)
        score = db_session.get(CommentScore, comment.id)
        score.policy_action, score.policy_rule = action, rule
        c[key] = comment

    # previous week
    add("c0", "alice", at(24, 10, 2), {"toxicity": 0.8}, article=a1)
    add("c00", "dave", at(24, 11, 2), {"toxicity": 0.1}, parent="c0")
    # this week, article A1: thread c1 derails (civil opening, hostile 4th), thread c5 is hostile from the start
    add("c1", "alice", at(2, 10), {"toxicity": 0.1}, article=a1)
    add("c2", "bob", at(2, 11), {"toxicity": 0.2}, parent="c1")
    add("c3", "carol", at(2, 12), {"toxicity": 0.1}, parent="c2")
    add("c4", "bob", at(3, 9), {"toxicity": 0.9, "insult": 0.8}, parent="c3", rule="toxicity-review",
        action="review", queued_at=at(3, 9))
    add("c5", "carol", at(3, 10), {"toxicity": 0.7, "incitement": 0.8}, article=a1, rule="incitement-hold",
        action="hold", queued_at=at(3, 10), body="Everyone go down to the council tonight and get them.")
    add("c6", "alice", at(3, 11), {"toxicity": 0.6}, parent="c5", rule="toxicity-review", action="review",
        queued_at=at(3, 11))
    add("c7", "carol", at(4, 10), {"toxicity": 0.2}, parent="c6", status="removed", queued_at=at(4, 10))
    add("c8", "alice", at(4, 11), {"toxicity": 0.3}, parent="c7")
    # article A2: a two-comment thread; the same text under two names
    add("c9", "bob", at(5, 10), {"toxicity": 0.1}, article=a2, body=DUPLICATE)
    add("c10", "alice", at(5, 11), {"toxicity": 0.05}, parent="c9", body=DUPLICATE)
    # the other source
    add("c11", "eve", at(6, 10), {"toxicity": 0.95, "threat": 0.6, "incitement": 0.7}, article=b1,
        queued_at=at(6, 10))
    db_session.add(IncitementCue(comment_id=c["c5"].id, cue="call_to_action", start=0, end=25,
                                 text="go down to the council", target="the council"))

    def audit(key: str, actor: User | None, action: str, when: datetime, rule: str | None = None) -> None:
        db_session.add(AuditEntry(comment_id=c[key].id, author_id=c[key].author_id,
                                  actor_id=actor.id if actor else None,
                                  actor_label=actor.email if actor else "policy", action=action, rule=rule,
                                  created_at=when))

    audit("c4", m1, "remove", at(3, 11))
    audit("c5", None, "policy-hold", at(3, 10), rule="incitement-hold")
    audit("c5", m2, "approve", at(4, 10))
    audit("c6", m1, "remove", at(3, 15))
    audit("c6", m2, "restore", at(5, 15))
    audit("c7", m1, "remove", at(4, 18))
    db_session.flush()
    return Site(daily_planet=planet, other=other, comments=c, m1=m1, m2=m2)
