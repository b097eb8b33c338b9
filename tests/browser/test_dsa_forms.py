"""The DSA forms in a real browser (Debian's chromium): reporting a comment (a missing category, a bad
e-mail, a forged CSRF token, the per-address rate limit, then a notice that goes through), the notice
queue a moderator sees, and appealing the statement of reasons. Screenshots: tests/artifacts/dsa-*.png."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask_migrate import upgrade
from sqlalchemy import select
from werkzeug.serving import make_server

from app import create_app
from app.auth.passwords import hash_password
from app.extensions import db, limiter
from app.models import Article, Author, Comment, Source, User
from app.models.dsa import DsaAppeal, DsaNotice, DsaStatement
from app.models.threads import path_segment
from config import TestingConfig
from tests.browser.conftest import PASSWORD, LiveServer, log_in
from threads.model import content_hash

pytestmark = pytest.mark.browser

BODIES = [
    "The councillor lives at 12 Elm Street. Go there tonight and show her what we think of traitors.",
    "I disagree with the new parking rules, but the council explained them well.",
    "People like him should be strung up from the lamp posts, every last one.",
]


@pytest.fixture(scope="module")
def dsa_server(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("dsa-live")
    config = type("DsaLiveConfig", (TestingConfig,), {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'dsa.db'}", "INSTANCE_DIR": tmp, "RATELIMIT_ENABLED": True,
        "DSA_NOTICE_RATE_LIMIT": "1000 per minute", "DSA_SITE_NAME": "The Daily Example"})
    app = create_app(config)
    with app.app_context():
        upgrade()
        source = Source(slug="daily", name="The Daily Example", kind="webhook")
        db.session.add(source)
        db.session.flush()
        article = Article(source_id=source.id, external_id="a-1", title="Council votes on the new parking rules",
                          body="...", content_hash=content_hash("a-1"))
        author = Author(source_id=source.id, external_id="u-9", display_name="angry_reader")
        db.session.add_all([article, author])
        db.session.flush()
        for i, body in enumerate(BODIES):
            db.session.add(Comment(article_id=article.id, author_id=author.id, external_id=f"c-{i}", body=body,
                                   content_hash=content_hash(body), position=i, depth=0, path=path_segment(i),
                                   score_state="scored", review_state="unreviewed"))
        for email, role in (("mod1@example.test", "moderator"), ("mod2@example.test", "moderator")):
            db.session.add(User(email=email, role=role, password_hash=hash_password(PASSWORD)))
        db.session.commit()
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="dsa-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}", app, 0)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


def _comment_id(live: LiveServer, index: int) -> int:
    with live.app.app_context():
        found = db.session.scalar(select(Comment.id).where(Comment.external_id == f"c-{index}"))
        db.session.remove()
    assert found is not None
    return int(found)


def _page(browser: Any, live: LiveServer) -> Any:
    context = browser.new_context(base_url=live.url, viewport={"width": 900, "height": 1100})
    return context.new_page()


def _fill(page: Any, *, category: str | None = "violence", email: str = "ada@example.org") -> None:
    if category:
        page.select_option("#category", category)
    page.fill("#explanation", "It gives the councillor's home address and calls on readers to go there tonight.")
    page.fill("#reporter_name", "Ada Reader")
    page.fill("#reporter_email", email)
    page.check("#good_faith")


def test_report_form_in_the_browser(browser: Any, dsa_server: LiveServer, artifacts: Path) -> None:
    live = dsa_server
    comment_id = _comment_id(live, 0)
    page = _page(browser, live)
    page.goto(f"/dsa/report?comment_id={comment_id}")
    assert "12 Elm Street" in page.inner_text("#reported-comment")
    page.screenshot(path=str(artifacts / "dsa-report-form.png"), full_page=True)

    # A missing category and a bad e-mail: the reader is told what to fix, and keeps what was typed.
    _fill(page, category=None, email="ada(at)example")
    page.click("#send-notice")
    errors = page.inner_text("#form-errors")
    assert "Choose what kind of illegal content this is." in errors
    assert "That e-mail address is not valid" in errors
    assert page.get_attribute("#reporter_email", "aria-invalid") == "true"
    assert "calls on readers" in page.input_value("#explanation")
    page.screenshot(path=str(artifacts / "dsa-report-form-errors.png"), full_page=True)

    # A forged CSRF token is refused.
    _fill(page)
    page.evaluate("document.querySelector('input[name=csrf_token]').value = 'forged'")
    page.click("#send-notice")
    assert "Form expired" in page.inner_text("h1")

    # A good notice goes through.
    page.goto(f"/dsa/report?comment_id={comment_id}")
    _fill(page)
    page.click("#send-notice")
    reference = page.inner_text("#notice-ref")
    with live.app.app_context():
        notice = db.session.scalar(select(DsaNotice).where(DsaNotice.public_id == reference))
        assert notice is not None and notice.comment_id == comment_id and notice.channel == "form"
        db.session.remove()
    page.context.close()


def test_rate_limit_in_the_browser(browser: Any, dsa_server: LiveServer) -> None:
    live = dsa_server
    live.app.config["DSA_NOTICE_RATE_LIMIT"] = "3 per minute"
    with live.app.app_context():
        limiter.reset()
    try:
        page = _page(browser, live)
        comment_id = _comment_id(live, 1)
        seen = []
        for _ in range(4):
            page.goto(f"/dsa/report?comment_id={comment_id}")
            _fill(page, category=None)
            page.click("#send-notice")
            seen.append(page.inner_text("h1"))
        assert seen[:3] == ["Report illegal content"] * 3
        assert seen[3] == "Too many notices"
        assert "please wait a while" in page.inner_text("#message")
        page.context.close()
    finally:
        live.app.config["DSA_NOTICE_RATE_LIMIT"] = "1000 per minute"
        with live.app.app_context():
            limiter.reset()


def test_notice_queue_then_appeal(browser: Any, dsa_server: LiveServer, artifacts: Path) -> None:
    live = dsa_server
    target = _comment_id(live, 2)
    reader = _page(browser, live)
    reader.goto(f"/dsa/report?comment_id={target}")
    _fill(reader, category="illegal_speech", email="bo@example.org")
    reader.click("#send-notice")
    assert reader.inner_text("#notice-ref")
    reader.context.close()

    moderator = log_in(browser, live, "mod1@example.test")
    moderator.goto("/dsa/notices")
    card = moderator.locator(f"article.notice-group[data-comment-id='{target}']")
    assert "strung up" in card.inner_text()
    moderator.set_viewport_size({"width": 1280, "height": 900})
    moderator.screenshot(path=str(artifacts / "dsa-notice-queue.png"), full_page=True)
    card.locator("select[name=reason]").select_option("incitement")
    card.locator("input[name=legal_ground]").fill("§ 111 StGB (public incitement to crime)")
    card.locator("button[value=remove]").click()
    assert "its notices are answered" in moderator.inner_text("#flash")
    assert moderator.locator(f"article.notice-group[data-comment-id='{target}']").count() == 0
    moderator.context.close()

    with live.app.app_context():
        statement = db.session.scalar(select(DsaStatement).where(DsaStatement.comment_id == target))
        assert statement is not None
        assert statement.body["illegal_content_legal_ground"] == "§ 111 StGB (public incitement to crime)"
        public_id = statement.public_id
        db.session.remove()

    commenter = _page(browser, live)
    commenter.goto(f"/dsa/statements/{public_id}")
    assert "§ 111 StGB" in commenter.inner_text("#statement")
    commenter.screenshot(path=str(artifacts / "dsa-statement.png"), full_page=True)
    commenter.click("#appeal-link")
    commenter.fill("#explanation", "short")
    commenter.fill("#contact_email", "angry@@example")
    commenter.click("#send-appeal")
    errors = commenter.inner_text("#form-errors")
    assert "at least 10 characters" in errors and "That e-mail address is not valid" in errors
    commenter.fill("#explanation", "I was quoting what others said in order to condemn it.")
    commenter.fill("#contact_email", "angry@example.org")
    commenter.click("#send-appeal")
    assert commenter.inner_text("h1") == "Appeal received"
    commenter.context.close()

    # The moderator who removed it may not decide the appeal; the other one can.
    for email, expected in (("mod1@example.test", "another moderator must review it"),
                            ("mod2@example.test", "reversed")):
        page = log_in(browser, live, email)
        page.goto("/dsa/appeals")
        page.locator("article.appeal button[value=reversed]").first.click()
        assert expected in page.inner_text("#flash")
        if email == "mod2@example.test":
            page.goto("/dsa/appeals?state=reversed")
            page.screenshot(path=str(artifacts / "dsa-appeals.png"), full_page=True)
        page.context.close()
    with live.app.app_context():
        comment = db.session.get(Comment, target)
        appeal = db.session.scalar(select(DsaAppeal))
        assert comment is not None and comment.status == "visible"
        assert appeal is not None and appeal.state == "reversed"
        db.session.remove()
