"""The transparency report (DSA Art. 15) over a seeded month of decisions, notices and appeals, checked
against counts worked out by hand below; the CLI's CSV and HTML and the admin page agree."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.orm import Session

from app.models import AuditEntry, Comment, User
from tests.app.dsa_support import csrf_token


def at(day: int, hour: int = 0, month: int = 6) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=UTC)


def _seed(db_session: Session, make_comment: Callable[..., Comment], moderator: User) -> None:
    c = {n: make_comment(f"comment {n}") for n in range(1, 11)}

    def entry(when: datetime, action: str, comment: int | None, *, actor: User | None = None, **kw: Any) -> AuditEntry:
        row = AuditEntry(comment_id=c[comment].id if comment else None, actor_id=actor.id if actor else None,
                         actor_label=actor.email if actor else "policy", action=action, created_at=when, **kw)
        db_session.add(row)
        db_session.flush()
        return row

    # Notices: two on comment 1, one each on 2, 3 (never decided) and 4 (received in May, decided in June).
    entry(at(2, 10), "dsa-notice", 1, reason="violence", note="n1")
    entry(at(2, 12), "dsa-notice", 1, reason="violence", note="n2")
    entry(at(5, 8), "dsa-notice", 2, reason="illegal_speech", note="n3")
    entry(at(20, 0), "dsa-notice", 3, reason="privacy", note="n4")
    entry(at(31, 22, month=5), "dsa-notice", 4, reason="other", note="n5")
    # Comment 1 removed on the notices (4 h and 2 h after them): not own initiative.
    entry(at(2, 14), "remove", 1, actor=moderator, reason="incitement", rule=None)
    entry(at(2, 14), "dsa-notice-decided", 1, actor=moderator, reason="removed", note="n1")
    entry(at(2, 14), "dsa-notice-decided", 1, actor=moderator, reason="removed", note="n2")
    entry(at(6, 8), "dsa-notice-decided", 2, actor=moderator, reason="no_action", note="n3")  # 24 h
    entry(at(1, 2), "dsa-notice-decided", 4, actor=moderator, reason="no_action", note="n5")  # 4 h
    # Own initiative.
    entry(at(10), "policy-remove", 5, reason="incitement-remove", rule="incitement-remove")
    entry(at(11), "policy-hold", 6, reason="threat-hold", rule="threat-hold")
    entry(at(12), "remove", 7, actor=moderator, reason="insult", rule="insult-review")
    entry(at(13), "remove", 8, actor=moderator, reason="spam", rule=None)
    undone = entry(at(14), "remove", 9, actor=moderator, reason="spam", rule=None)
    entry(at(14, 1), "undo", 9, actor=moderator, undoes_id=undone.id)
    entry(at(15), "author-suspend", None, actor=moderator, reason="insult", note="7 days")
    entry(at(2, month=7), "remove", 10, actor=moderator, reason="spam")  # after the period
    # Appeals: reversed after 24 h, upheld after 6 h, one still open.
    entry(at(16, 9), "dsa-appeal", 5, reason="removal", note="a1")
    entry(at(17, 9), "dsa-appeal-reversed", 5, actor=moderator, reason="removal", note="a1")
    entry(at(20, 0), "dsa-appeal", 7, reason="removal", note="a2")
    entry(at(20, 6), "dsa-appeal-upheld", 7, actor=moderator, reason="removal", note="a2: it was an insult")
    entry(at(29), "dsa-appeal", 8, reason="removal", note="a3")


# Worked out by hand from _seed, for June 2025.
EXPECTED = {
    ("notices (Art. 16)", "received"): "4",
    ("notices by category", "Threats, incitement to violence or terrorist content"): "2",
    ("notices by category", "Illegal hate speech, insult or defamation"): "1",
    ("notices by category", "Personal data or privacy violation (e.g. doxxing)"): "1",
    ("notices by category", "Other illegal content"): "0",  # n5 arrived in May
    ("notices (Art. 16)", "decided"): "4",
    ("notices by outcome", "removed"): "2",
    ("notices by outcome", "no action"): "2",
    ("notices by outcome", "restricted"): "0",
    ("notices (Art. 16)", "median hours from notice to action"): "4.0",  # of 4, 2, 24, 4
    ("own-initiative moderation", "removal | ground: incitement-remove | detection: automated | decision: automated"): "1",
    ("own-initiative moderation", "hold | ground: threat-hold | detection: automated | decision: automated"): "1",
    ("own-initiative moderation", "removal | ground: insult | detection: automated | decision: human"): "1",
    ("own-initiative moderation", "removal | ground: spam | detection: human | decision: human"): "1",  # not the undone one
    ("own-initiative moderation", "suspension | ground: insult | detection: human | decision: human"): "1",
    ("own-initiative moderation", "total"): "5",
    ("complaints (Art. 20)", "received"): "3",
    ("complaints by outcome", "decision reversed"): "1",
    ("complaints by outcome", "decision upheld"): "1",
    ("complaints (Art. 20)", "median hours to decide"): "15.0",  # of 24 and 6
}


def _check(rows: dict[tuple[str, str], str]) -> None:
    for key, value in EXPECTED.items():
        assert rows.get(key) == value, (key, rows.get(key))
    own = [k for k in rows if k[0] == "own-initiative moderation"]
    assert len(own) == 6  # five kinds and the total: nothing else counted


def test_cli_report_matches_hand_counts(db_session: Session, make_comment: Callable[..., Comment],
                                        make_user: Callable[..., User], runner: FlaskCliRunner, tmp_path: Path) -> None:
    _seed(db_session, make_comment, make_user())
    result = runner.invoke(args=["dsa", "transparency-report", "--from", "2025-06-01", "--to", "2025-06-30",
                                 "--format", "csv,html", "--output-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with (tmp_path / "transparency-2025-06-01-2025-06-30.csv").open() as f:
        rows = {(r["section"], r["item"]): r["value"] for r in csv.DictReader(f)}
    _check(rows)
    html = (tmp_path / "transparency-2025-06-01-2025-06-30.html").read_text()
    assert "decision: automated" in html and "2025-06-30" in html
    bad = runner.invoke(args=["dsa", "transparency-report", "--from", "2025-06-01", "--to", "2025-06-30",
                              "--format", "pdf"])
    assert bad.exit_code != 0 and "choose csv, html" in bad.output


def test_admin_page_shows_the_same_figures(client: FlaskClient, db_session: Session,
                                           make_comment: Callable[..., Comment], make_user: Callable[..., User]) -> None:
    admin = make_user(role="admin", password="admin-pass-123")
    moderator = make_user(password="mod-pass-1234")
    _seed(db_session, make_comment, moderator)

    def login(user: User, password: str) -> None:
        client.post("/login", data={"email": user.email, "password": password,
                                    "csrf_token": csrf_token(client, "/login")})

    login(moderator, "mod-pass-1234")
    assert client.get("/reports/transparency").status_code == 403
    client.post("/logout", data={"csrf_token": csrf_token(client, "/dsa/notices")})
    login(admin, "admin-pass-123")
    page = client.get("/reports/transparency?from=2025-06-01&to=2025-06-30&format=csv")
    assert page.status_code == 200 and page.mimetype == "text/csv"
    rows = {(r["section"], r["item"]): r["value"] for r in csv.DictReader(page.get_data(as_text=True).splitlines())}
    _check(rows)
    html = client.get("/reports/transparency?from=2025-06-01&to=2025-06-30")
    assert html.status_code == 200 and 'data-item="total"><td>own-initiative moderation</td><td>total</td><td>5<' \
        in html.get_data(as_text=True)
    assert client.get("/reports/transparency?from=2025-13-01").status_code == 400
