"""#14: the confirmation after each action says in plain words what was done and what readers now see."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from app.models import Author, Comment, User
from tests.app.queue_helpers import _fresh_rate_limits, csrf_from  # noqa: F401

JSON = {"Accept": "application/json", "X-Requested-With": "fetch"}
RAW = re.compile(r"\b(done|needs_review|needs review|escalated\)|author-)\b")


def _decide(client: FlaskClient, token: str, comment: Comment, action: str, **form: str) -> str:
    answer = client.post(f"/comments/{comment.id}/decide", headers=JSON, data={
        "action": action, "expected_version": comment.version, "csrf_token": token, **form})
    assert answer.status_code == 200 and answer.json is not None, answer.text
    comment.version = answer.json["comment"]["version"]
    return str(answer.json["message"])


def _offer(page: str) -> str:
    found = re.search(r'class="flash info undo-offer".*?<span>(.*?)</span>', page, re.S)
    assert found is not None, "no confirmation with an Undo"
    return found.group(1)


def test_each_comment_action_reads_as_plain_words(client: FlaskClient, moderator: User, db_session: Session,
                                                  queued: Callable[..., Comment]) -> None:
    token = csrf_from(client.get("/").text)
    c = queued(status="held")
    n = c.id
    said = [
        _decide(client, token, c, "defer"),
        _decide(client, token, c, "remove", reason="insult"),
        _decide(client, token, c, "restore"),
        _decide(client, token, c, "remove", reason="other", note="doxxing"),
        _decide(client, token, c, "approve"),
        _decide(client, token, c, "escalate"),
    ]
    assert said == [
        f"Deferred — comment {n} goes to the back of the queue.",
        f"Removed for insult — comment {n} is hidden from readers.",
        f"Restored — comment {n} is visible to readers again.",
        f"Removed for other reasons — comment {n} is hidden from readers.",
        f"Approved — comment {n} is visible to readers.",
        f"Escalated — comment {n} waits for an admin.",
    ]
    assert not any(RAW.search(s) for s in said)


def test_undo_says_where_the_comment_went(client: FlaskClient, moderator: User, queued: Callable[..., Comment]) -> None:
    token = csrf_from(client.get("/").text)
    held, decided = queued(status="held"), queued(status="removed", review_state="decided")
    for comment, action, expected in (
            (held, "approve", f"Undone — comment {held.id} is back in the queue (held, waiting for review)."),
            (decided, "restore", f"Undone — comment {decided.id} is removed again.")):
        done = client.post(f"/comments/{comment.id}/decide", headers=JSON, data={
            "action": action, "expected_version": comment.version, "csrf_token": token}).json
        assert done is not None
        undone = client.post("/undo", headers=JSON, data={"entry": done["comment"]["audit_id"], "csrf_token": token})
        assert undone.json is not None and undone.json["message"] == expected


def test_a_plain_form_post_shows_one_line_with_its_undo(client: FlaskClient, moderator: User,
                                                        queued: Callable[..., Comment]) -> None:
    token = csrf_from(client.get("/").text)
    comment = queued()
    page = client.post(f"/comments/{comment.id}/decide", data={
        "action": "remove", "reason": "hate", "expected_version": comment.version, "csrf_token": token},
        follow_redirects=True).text
    assert _offer(page) == f"Removed for hate or identity attack — comment {comment.id} is hidden from readers."
    assert page.count('class="flash') == 1  # not a second line saying the same in other words


def test_bulk_and_author_actions_read_as_plain_words(client: FlaskClient, moderator: User, db_session: Session,
                                                     queued: Callable[..., Comment], author: Author) -> None:
    token = csrf_from(client.get("/").text)
    a, b, c = queued(), queued(), queued()
    items = [f"{x.id}:{x.version}" for x in (a, b, c)]
    page = client.post("/bulk", data={"selected": items, "action": "remove", "reason": "spam", "csrf_token": token},
                       follow_redirects=True).text
    assert _offer(page) == "Removed 3 comments for spam — they are hidden from readers."
    db_session.expire_all()
    items = [f"{x.id}:{x.version}" for x in (a, b)]
    page = client.post("/bulk", data={"selected": items, "action": "approve", "csrf_token": token},
                       follow_redirects=True).text
    assert _offer(page) == "Approved 2 comments — they are visible to readers."
    fields = dict(re.findall(r'name="(from|to)" value="(\d+)"', page))
    undone = client.post("/undo", data={**fields, "csrf_token": token}, follow_redirects=True).text
    assert "Undone — 2 comments are back as they were." in undone

    said = []
    for form in ({"action": "warn"}, {"action": "suspend", "days": "7"}, {"action": "reinstate"}):
        page = client.post(f"/authors/{author.id}/sanction", data={**form, "csrf_token": token},
                           follow_redirects=True).text
        said.append(_offer(page))
    assert said[0] == "Warned Loud Larry — the warning is on record; their comments still publish."
    assert re.fullmatch(r"Suspended Loud Larry — suspended until \d{4}-\d\d-\d\d \d\d:\d\d; new comments are held\.",
                        said[1])
    assert said[2] == "Reinstated Loud Larry — no restrictions."
