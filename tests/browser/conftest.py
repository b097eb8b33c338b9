"""A live Threadwatch server and headless Chromium for the end-to-end queue tests.

The server runs the real app (werkzeug, own thread, 127.0.0.1, free port) on a temp SQLite file
migrated with the real migrations, with the sample articles ingested and scored, plus one hostile
comment. Chromium is Debian's package, never a downloaded browser.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import func, select, update
from werkzeug.serving import make_server

from app import create_app
from app.auth.passwords import hash_password
from app.extensions import db
from app.models import Comment, CommentScore, User
from app.models.base import utcnow
from app.models.threads import path_segment
from config import TestingConfig
from tests.conftest import REPO, require_service
from threads.model import content_hash

PASSWORD = "browser test password"
XSS_BODY = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> plain words after'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO / "tests" / "artifacts"
MIN_QUEUE = 15


@dataclass
class LiveServer:
    url: str
    app: Flask
    xss_id: int


def _model_env(tmp: Path) -> dict[str, str]:
    if os.environ.get("THREADWATCH_DETOXIFY_CHECKPOINT"):
        return {}
    from moderation.testing import build_tiny_checkpoint

    ckpt, hf = build_tiny_checkpoint(tmp / "tiny-model")
    return {"THREADWATCH_DETOXIFY_CHECKPOINT": str(ckpt), "THREADWATCH_DETOXIFY_HF_CONFIG": str(hf)}


def _ingest_and_score(app: Flask, samples: Path) -> None:
    from app.scoring_runtime import get_policy, get_scorer
    from app.services.ingest import ingest_article
    from app.services.scoring import claim_batch, score_claimed
    from app.services.sources import get_or_create_source
    from threads.page_parser import parse_file

    for file in sorted(samples.glob("*.txt")):
        source = get_or_create_source(db.session, "samples", kind="scraped")
        ingest_article(db.session, parse_file(file), source=source, actor="test", external_id=file.stem)
        db.session.commit()
    scorer, policy = get_scorer(app), get_policy(app)
    while True:
        worker, ids = claim_batch(db.session, batch_size=64)
        db.session.commit()
        if not ids:
            break
        score_claimed(db.session, scorer, policy, worker, ids, actor="test")
        db.session.commit()


def _top_up_queue() -> None:
    """A tiny random model may queue few comments; put the worst-scored ones up for review."""
    queued = db.session.scalar(select(func.count()).select_from(Comment)
                               .where(Comment.review_state == "needs_review")) or 0
    if queued >= MIN_QUEUE:
        return
    ids = list(db.session.scalars(
        select(CommentScore.comment_id).join(Comment, Comment.id == CommentScore.comment_id)
        .where(Comment.review_state == "unreviewed").order_by(CommentScore.worst_score.desc())
        .limit(MIN_QUEUE - queued)))
    db.session.execute(update(Comment).where(Comment.id.in_(ids)).values(
        review_state="needs_review", queued_rule="browser-test", queued_at=utcnow(), priority=1))
    db.session.commit()


def _inject_xss() -> int:
    first = db.session.scalar(select(Comment).order_by(Comment.id).limit(1))
    assert first is not None, "no sample comments ingested"
    roots = db.session.scalar(select(func.count()).select_from(Comment)
                              .where(Comment.article_id == first.article_id, Comment.parent_id.is_(None))) or 0
    comment = Comment(article_id=first.article_id, body=XSS_BODY, content_hash=content_hash(XSS_BODY),
                      position=roots, depth=0, path=path_segment(roots), score_state="scored",
                      review_state="needs_review", queued_rule="browser-xss", queued_at=utcnow(), priority=0)
    db.session.add(comment)
    db.session.flush()
    db.session.add(CommentScore(comment_id=comment.id, model_identity="test", toxicity=0.42, worst_label="toxicity",
                                worst_score=0.42, policy_action="review", policy_rule="browser-xss"))
    db.session.commit()
    return comment.id


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = require_service("THREADWATCH_CHROMIUM", "Chromium", "path to Debian's chromium, e.g. /usr/bin/chromium")
    if not Path(path).exists():
        pytest.fail(f"THREADWATCH_CHROMIUM={path} does not exist")
    return path


@pytest.fixture(scope="session")
def live_server(chromium_path: str, samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("live")
    saved = {k: os.environ.get(k) for k in ("THREADWATCH_DETOXIFY_CHECKPOINT", "THREADWATCH_DETOXIFY_HF_CONFIG")}
    os.environ.update(_model_env(tmp))
    config = type("LiveConfig", (TestingConfig,), {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'live.db'}", "INSTANCE_DIR": tmp,
        "RATELIMIT_ENABLED": False,
    })
    app = create_app(config)
    with app.app_context():
        upgrade()
        _ingest_and_score(app, samples_dir)
        _top_up_queue()
        xss_id = _inject_xss()
        for email, role in (("mod1@example.test", "moderator"), ("mod2@example.test", "moderator"),
                            ("admin@example.test", "admin")):
            db.session.add(User(email=email, role=role, password_hash=hash_password(PASSWORD)))
        db.session.commit()
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}", app, xss_id)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def log_in(browser: Any, live: LiveServer, email: str) -> Any:
    """A fresh browser context (its own cookies) logged in as `email`; returns its page."""
    context = browser.new_context(base_url=live.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live.url}/")
    return page
