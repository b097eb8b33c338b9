"""The scoring pipeline: the in-process worker, and real Celery workers on Redis and PostgreSQL,
including a worker SIGKILLed mid-batch whose comments are still scored exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db
from app.jobs.pipeline import ENV_CLAIM_PAUSE, ENV_LEASE, ENV_SCORED_LOG, run_batch
from app.jobs.schedule import JOBS, PeriodicJob, job_named
from app.jobs.worker import EXTENSION_KEY, InProcessWorker
from app.models import Article, Comment, CommentScore, Source
from tests.app.conftest import make_config
from tests.conftest import require_service
from threads.model import content_hash

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from moderation.testing import build_tiny_checkpoint

    ckpt, hf = build_tiny_checkpoint(tmp_path_factory.mktemp("tiny-model"))
    return {"THREADWATCH_DETOXIFY_CHECKPOINT": str(ckpt), "THREADWATCH_DETOXIFY_HF_CONFIG": str(hf),
            "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "THREADWATCH_DETOXIFY_MODEL": ""}


@pytest.fixture
def tiny_scorer(app: Flask, tiny_model: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for key, value in tiny_model.items():
        monkeypatch.setenv(key, value)
    saved = app.extensions.pop("threadwatch_scorer", None)
    yield
    app.extensions.pop("threadwatch_scorer", None)
    if saved is not None:
        app.extensions["threadwatch_scorer"] = saved


def _seed(session: Session, n: int, slug: str = "jobs") -> list[int]:
    source = Source(slug=slug, name=slug)
    article = Article(source=source, title="Jobs", body="", content_hash=content_hash("jobs"), external_id="a")
    session.add(article)
    session.flush()
    comments = [Comment(article_id=article.id, external_id=f"c{i}", body=f"comment number {i} about the road",
                        content_hash=content_hash(f"comment number {i} about the road"), path=f"{i:06d}/",
                        position=i, depth=0) for i in range(n)]
    session.add_all(comments)
    session.commit()
    return [c.id for c in comments]


def test_schedule_is_one_declarative_list() -> None:
    assert job_named("score-pending").target == "app.jobs.pipeline:score_pending"
    from app.jobs import celery

    assert set(celery.conf.beat_schedule) == {job.name for job in JOBS}
    with pytest.raises(ValueError):
        PeriodicJob(name="bad", target="x:y")
    nightly = PeriodicJob(name="n", target="x:y", crontab="0 3 * * *")
    assert nightly.celery_schedule().hour == {3}


def test_run_batch_scores_and_releases_leases(app: Flask, db_session: Session, tiny_scorer: None) -> None:
    ids = _seed(db_session, 5)
    assert run_batch(app, batch_size=3) == 3
    assert run_batch(app, batch_size=3) == 2
    assert run_batch(app, batch_size=3) == 0
    rows = list(db_session.scalars(select(Comment).where(Comment.id.in_(ids))))
    assert all(c.score_state == "scored" and c.lease_owner is None for c in rows)
    assert db_session.scalar(select(func.count()).select_from(CommentScore)
                             .where(CommentScore.comment_id.in_(ids))) == 5


def test_in_process_worker_thread_scores_webhook_comments(tmp_path: Path, tiny_model: dict[str, str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in tiny_model.items():
        monkeypatch.setenv(key, value)
    application = create_app(make_config(f"sqlite:///{tmp_path / 'w.db'}", tmp_path,
                                         INPROCESS_WORKER=True, INPROCESS_WORKER_IN_TESTS=True,
                                         WORKER_POLL_SECONDS=0.2))
    with application.app_context():
        upgrade()
        _seed(db.session, 8)
        db.session.remove()
    application.test_client().get("/webhooks/")  # the first request starts the worker
    worker: InProcessWorker = application.extensions[EXTENSION_KEY]
    try:
        deadline = time.monotonic() + 120
        with application.app_context():
            while time.monotonic() < deadline:
                pending = db.session.scalar(select(func.count()).select_from(Comment)
                                            .where(Comment.score_state != "scored"))
                db.session.remove()
                if pending == 0:
                    break
                time.sleep(0.3)
            assert pending == 0
    finally:
        worker.stop()
    assert not worker.is_alive()


def test_worker_not_started_in_tests_unless_asked(app: Flask, client: object) -> None:
    assert EXTENSION_KEY not in app.extensions


# -- real Celery workers ---------------------------------------------------------------------------

def _start_worker(env: dict[str, str], name: str, log: Path) -> subprocess.Popen[bytes]:
    cmd = [str(REPO / ".venv" / "bin" / "celery"), "-A", "app.jobs", "worker", "--pool=solo", "--concurrency=1",
           "-n", f"{name}@%h", "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO"]
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _wait(predicate: Callable[[], bool], timeout: float, every: Callable[[], None] | None = None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if every is not None:
            every()
        time.sleep(1.0)
    return predicate()


@pytest.mark.postgres
@pytest.mark.redis
def test_celery_worker_killed_mid_batch_loses_nothing(tmp_path: Path, tiny_model: dict[str, str]) -> None:
    pg = require_service("THREADWATCH_TEST_POSTGRES_URL", "PostgreSQL", "a postgresql+psycopg:// URL")
    redis_url = require_service("THREADWATCH_TEST_REDIS_URL", "Redis", "a redis:// URL")
    broker = redis_url.rsplit("/", 1)[0] + "/7"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS threadwatch_h5_jobs WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE threadwatch_h5_jobs"))
    url = pg.rsplit("/", 1)[0] + "/threadwatch_h5_jobs"
    application = create_app(make_config(url, tmp_path))
    scored_log = tmp_path / "scored.log"
    workers: list[subprocess.Popen[bytes]] = []
    try:
        with application.app_context():
            upgrade()
            ids = _seed(db.session, 30)
            db.session.remove()
        env = {**os.environ, **tiny_model, "THREADWATCH_DATABASE_URL": url, "THREADWATCH_CELERY_BROKER_URL": broker,
               "THREADWATCH_ENV": "development", "PYTHONPATH": str(REPO), "THREADWATCH_WORKER_BATCH_SIZE": "10", ENV_LEASE: "4",
               ENV_SCORED_LOG: str(scored_log), "THREADWATCH_INPROCESS_WORKER": "0"}
        from celery import Celery

        sender = Celery("h5-test-sender", broker=broker)

        def kick() -> None:
            sender.send_task("threadwatch.run_job", args=["score-pending"])

        def counts() -> tuple[int, int]:
            with application.app_context():
                leased = db.session.scalar(select(func.count()).select_from(Comment)
                                           .where(Comment.lease_owner.is_not(None)))
                scored = db.session.scalar(select(func.count()).select_from(Comment)
                                           .where(Comment.score_state == "scored"))
                db.session.remove()
            return int(leased or 0), int(scored or 0)

        sender.connection_for_write().default_channel.client.flushdb()
        first = _start_worker({**env, ENV_CLAIM_PAUSE: "120"}, "doomed", tmp_path / "doomed.log")
        workers.append(first)
        kick()
        assert _wait(lambda: counts()[0] == 10, 90), (tmp_path / "doomed.log").read_text()[-3000:]
        first.send_signal(signal.SIGKILL)  # mid-batch: claimed, not yet scored
        first.wait(10)
        assert counts() == (10, 0)

        second = _start_worker(env, "survivor", tmp_path / "survivor.log")
        workers.append(second)
        kick()
        done = _wait(lambda: counts()[1] == 30, 180, every=kick)
        assert done, (tmp_path / "survivor.log").read_text()[-3000:]

        with application.app_context():
            assert db.session.scalar(select(func.count()).select_from(CommentScore)) == 30
            assert db.session.scalar(select(func.count()).select_from(Comment)
                                     .where(Comment.lease_owner.is_not(None))) == 0
            db.session.remove()
        lines = scored_log.read_text().split("\n")
        per_comment = Counter(int(line.split()[1]) for line in lines if line)
        assert set(per_comment) == set(ids)
        assert set(per_comment.values()) == {1}, "a comment was scored more than once"
        assert all("doomed" not in line for line in lines)
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
        with application.app_context():
            db.session.remove()
            db.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS threadwatch_h5_jobs WITH (FORCE)"))
        admin.dispose()


if sys.platform == "win32":  # pragma: no cover - SIGKILL semantics
    pytestmark = pytest.mark.skip("POSIX signals")
