"""The scoring pipeline's unit of work, shared by the in-process worker and Celery tasks:
claim a leased batch and commit the claim, score it outside the claim transaction, commit.

A worker that dies after claiming leaves the lease behind; the batch is claimed again once the
lease expires, so nothing is lost, and results are written only under a lease we still hold.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from datetime import timedelta
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from app.extensions import db
from app.models import Comment, CommentScore

log = logging.getLogger(__name__)

# Test hooks, read from the environment so a real worker process can be steered by a test:
# pause after a batch is claimed (to SIGKILL a worker mid-batch), and append each committed
# batch's ids to a file (to prove every comment was scored exactly once).
ENV_CLAIM_PAUSE = "THREADWATCH_TEST_PAUSE_AFTER_CLAIM"
ENV_SCORED_LOG = "THREADWATCH_TEST_SCORED_LOG"
ENV_LEASE = "THREADWATCH_WORKER_LEASE_SECONDS"
DECIDED_ACTIONS = ("approve", "hold", "remove")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def lease_length() -> timedelta:
    return timedelta(seconds=int(os.environ.get(ENV_LEASE, "600")))


def run_batch(app: Flask, *, batch_size: int | None = None, article_id: int | None = None) -> int:
    """One claim-score-commit cycle; returns how many comments were scored (0: nothing to do)."""
    from app.scoring_runtime import get_policy, get_scorer
    from app.services.callbacks import enqueue_decision_callback
    from app.services.scoring import claim_batch, score_claimed

    session = db.session()
    size = batch_size or int(app.config.get("WORKER_BATCH_SIZE", 64))
    worker, ids = claim_batch(session, worker=worker_name(), batch_size=size, lease=lease_length(),
                              article_id=article_id)
    session.commit()
    if not ids:
        return 0
    pause = float(os.environ.get(ENV_CLAIM_PAUSE, "0") or 0)
    if pause:
        log.info("test hook: pausing %.1fs after claiming %s comments", pause, len(ids))
        time.sleep(pause)
    try:
        run = score_claimed(session, get_scorer(app), get_policy(app), worker, ids, actor="policy")
        rows = session.execute(
            select(Comment, CommentScore.policy_action).join(CommentScore, CommentScore.comment_id == Comment.id)
            .where(Comment.id.in_(ids), Comment.score_state == "scored")
        )
        for comment, action in rows:
            if action in DECIDED_ACTIONS:
                enqueue_decision_callback(session, comment, action, "policy")
        session.commit()
    except Exception:
        session.rollback()
        raise
    scored_log = os.environ.get(ENV_SCORED_LOG)
    if scored_log:
        with Path(scored_log).open("a", encoding="utf-8") as fh:
            fh.write("".join(f"{worker} {cid}\n" for cid in ids))
    log.info("worker %s scored %s comments (%s)", worker, run.scored, run.actions)
    return run.scored


def score_pending(app: Flask, *, max_batches: int = 100) -> int:
    """Score until nothing is pending (bounded, so a periodic run always ends)."""
    total = 0
    with app.app_context():
        for _ in range(max_batches):
            scored = run_batch(app)
            if not scored:
                break
            total += scored
        db.session.remove()
    return total


def send_callbacks(app: Flask) -> int:
    from app.services.callbacks import send_due_callbacks

    with app.app_context():
        sent = send_due_callbacks(db.session())
        db.session.commit()
        db.session.remove()
    return sent
