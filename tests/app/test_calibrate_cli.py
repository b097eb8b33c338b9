"""`flask model calibrate` on a seeded history of moderators' decisions, and the stats chart."""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from pathlib import Path

from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, User
from tests.app.queue_helpers import PASSWORD, login


def seed_decisions(db_session: Session, make_comment: Callable[..., Comment], moderator: User, n: int = 80) -> None:
    rng = random.Random(3)
    for i in range(n):
        removed = i % 2 == 0
        insult = min(0.99, max(0.01, rng.gauss(0.8 if removed else 0.3, 0.12)))
        comment = make_comment(body=f"comment {i}", scores={"insult": insult, "toxicity": insult, "incitement": 0.01})
        # An earlier click the moderator later reversed must not count: the latest decision does.
        if i % 10 == 1:
            db_session.add(AuditEntry(comment_id=comment.id, actor_id=moderator.id, actor_label=moderator.email,
                                      action="remove", reason="insult"))
        db_session.add(AuditEntry(comment_id=comment.id, actor_id=moderator.id, actor_label=moderator.email,
                                  action="remove" if removed else "approve", reason="insult" if removed else None))
    db_session.flush()


def test_calibrate_dry_run_then_write(runner: FlaskCliRunner, db_session: Session, tmp_path: Path,
                                      make_comment: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    seed_decisions(db_session, make_comment, make_user())
    dry = runner.invoke(args=["model", "calibrate", "--min-decisions", "10", "--review-recall", "0.9"])
    assert dry.exit_code == 0, dry.output
    assert "80 comments decided by moderators, 40 removed" in dry.output
    assert "insult-review" in dry.output and "precision" in dry.output and "dry run" in dry.output
    target = tmp_path / "rules.toml"
    written = runner.invoke(args=["model", "calibrate", "--min-decisions", "10", "--review-recall", "0.9",
                                  "--write", str(target)])
    assert written.exit_code == 0, written.output
    rules = {r["name"]: r for r in tomllib.loads(target.read_text())["rules"]}
    assert 0.5 < rules["insult-review"]["min_score"] < 0.8


def test_stats_page_shows_the_calibration_chart(client: FlaskClient, db_session: Session,
                                                make_comment: Callable[..., Comment],
                                                make_user: Callable[..., User]) -> None:
    moderator = make_user(password=PASSWORD)
    seed_decisions(db_session, make_comment, moderator, n=30)
    assert login(client, moderator.email).status_code == 302
    page = client.get("/stats")
    assert b"/stats/calibration.png" in page.data
    chart = client.get("/stats/calibration.png")
    assert chart.status_code == 200 and chart.mimetype == "image/png" and chart.data[:4] == b"\x89PNG"
    assert len(chart.data) > 10_000  # curves drawn, not the "not enough decisions" panel


def test_suggested_scores_from_a_comment_system_count_as_decisions(
        db_session: Session, make_comment: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    from app.models.perspective import PerspectiveSuggestion
    from app.services.calibration import decided_comments

    service = make_user(role="moderator")
    desk = make_user()
    removed_by_coral = make_comment(body="coral removed this", scores={"toxicity": 0.9, "incitement": 0.1})
    approved_by_coral = make_comment(body="coral approved this", scores={"toxicity": 0.2, "incitement": 0.1})
    overridden = make_comment(body="our desk decided this", scores={"toxicity": 0.5, "incitement": 0.1})
    for comment, value in ((removed_by_coral, 1.0), (approved_by_coral, 0.0), (overridden, 1.0)):
        db_session.add(PerspectiveSuggestion(user_id=service.id, comment_id=comment.id, text=comment.body,
                                             attribute="TOXICITY", value=value, context=[], languages=["en"]))
    db_session.add(AuditEntry(comment_id=overridden.id, actor_id=desk.id, actor_label=desk.email, action="approve"))
    db_session.flush()
    decided = {d.scores["toxicity"]: d.removed for d in decided_comments(db_session)}
    assert decided == {0.9: True, 0.2: False, 0.5: False}  # the desk's own decision wins
