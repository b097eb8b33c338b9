"""The Perspective drop-in on a real gunicorn server on loopback: Coral's exact requests, then an
independent Perspective client from PyPI (`perspective` 1.0.3, stdlib urllib) run unchanged but for
its URL, and gunicorn's access log, which must never show a key."""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, select

from app.models import Article, Comment, PerspectiveAnalysis, PerspectiveSuggestion, Source
from app.models.base import utcnow
from app.models.threads import path_segment
from tests.app.perspective_support import ARTICLE_URL, CORAL_TENANT_URL, coral_analyze, coral_suggest
from threads.model import content_hash

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / ".venv" / "bin"
ENGLISH = "I read the article twice and I still think the council got this one badly wrong."


@dataclass
class LiveServer:
    port: int
    key: str
    database_url: str
    access_log: Path
    error_log: Path

    def post(self, path: str, body: Any, *, key: str | None = None) -> tuple[int, dict[str, Any]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request("POST", f"{path}?key={key or self.key}", body=json.dumps(body),
                         headers={"content-type": "application/json"})
            response = conn.getresponse()
            return response.status, json.loads(response.read())
        finally:
            conn.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _insert(conn: Connection, table: Any, **values: Any) -> int:
    key = conn.execute(table.insert().values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def _seed_comment(url: str, external_id: str) -> int:
    """One Coral comment we already hold (as a webhook would have stored it)."""
    engine = create_engine(url)
    now = utcnow()
    with engine.begin() as conn:
        source_id = _insert(conn, Source.__table__, slug="gazette", name="Gazette", kind="webhook", created_at=now)
        article_id = _insert(conn, Article.__table__, source_id=source_id, external_id="story-1", url=ARTICLE_URL,
                             title="Road works", body="", content_hash=content_hash("story-1"), created_at=now,
                             updated_at=now)
        comment_id = _insert(conn, Comment.__table__, article_id=article_id, external_id=external_id, position=0,
                             depth=0, path=path_segment(0), body=ENGLISH, content_hash=content_hash(ENGLISH),
                             ingested_at=now, updated_at=now, status="visible", score_state="pending",
                             review_state="unreviewed", priority=0, flag_count=0, version=1)
    engine.dispose()
    return comment_id


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, tiny_checkpoint_files: tuple[Path, Path]) -> Iterator[LiveServer]:
    workdir = tmp_path_factory.mktemp("perspective-live")
    url = f"sqlite:///{workdir / 'live.db'}"
    checkpoint, hf_config = tiny_checkpoint_files
    env = {**os.environ, "THREADWATCH_DATABASE_URL": url, "THREADWATCH_ENV": "development",
           "THREADWATCH_SECRET_KEY": secrets.token_urlsafe(48), "THREADWATCH_INPROCESS_WORKER": "0",
           "THREADWATCH_INSTANCE_DIR": str(workdir), "THREADWATCH_PERSPECTIVE_STORE": "1",
           "THREADWATCH_DETOXIFY_CHECKPOINT": str(checkpoint), "THREADWATCH_DETOXIFY_HF_CONFIG": str(hf_config),
           "THREADWATCH_LOG_LEVEL": "INFO", "PYTHONPATH": str(REPO)}
    env.pop("THREADWATCH_DETOXIFY_MODEL", None)
    flask = [str(BIN / "flask"), "--app", "app:create_app"]

    def run(*args: str) -> str:
        return subprocess.run([*flask, *args], cwd=REPO, env=env, check=True, capture_output=True, text=True,
                              timeout=120).stdout

    run("db", "upgrade")
    run("users", "create", "coral@gazette.example", "--role", "moderator", "--password", secrets.token_urlsafe(16))
    key = run("users", "create-token", "coral@gazette.example").strip().splitlines()[-1]
    assert key.startswith("tw_")
    _seed_comment(url, "c-live-1")
    port = _free_port()
    access_log, error_log = workdir / "access.log", workdir / "error.log"
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-w", "1", "-k", "gthread", "--threads", "4", "-b", f"127.0.0.1:{port}",
         "--access-logfile", str(access_log), "--error-logfile", str(error_log), "app:create_app()"],
        cwd=REPO, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(f"gunicorn did not start: {error_log.read_text()}") from None
                time.sleep(0.1)
        yield LiveServer(port, key, url, access_log, error_log)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


def test_coral_requests_against_gunicorn(live: LiveServer) -> None:
    status, body = live.post("/v1alpha1/comments:analyze", coral_analyze(ENGLISH))
    assert status == 200, body
    toxicity = body["attributeScores"]["TOXICITY"]["summaryScore"]
    assert toxicity["type"] == "PROBABILITY" and 0.0 <= toxicity["value"] <= 1.0
    assert body["languages"] == ["en"] and body["detectedLanguages"] == ["en"]

    status, body = live.post("/v1alpha1/comments:suggestscore", coral_suggest(ENGLISH, "c-live-1", rejected=True))
    assert status == 200 and body == {"clientToken": "comment:c-live-1", "detectedLanguages": ["en"]}

    status, body = live.post("/v1alpha1/comments:analyze", coral_analyze(ENGLISH), key="tw_wrong")
    assert status == 403 and body["error"]["status"] == "PERMISSION_DENIED"


def test_a_perspective_client_from_pypi_runs_unchanged_but_for_the_url(live: LiveServer) -> None:
    from perspective import PerspectiveAPI  # type: ignore[import-untyped]

    client = PerspectiveAPI(live.key)
    client.api_client.url = f"http://127.0.0.1:{live.port}/v1alpha1/{{endpoint}}"  # the one change
    result = client.analyze_comment(
        ENGLISH, requested_attributes={"TOXICITY": {}, "PROFANITY": {"scoreThreshold": 0.0}, "INCITEMENT": {}},
        span_annotations=True, languages=["en"], client_token="lib-1", session_id="sess-1",
        community_id="research-script", comment_type="PLAIN_TEXT")
    assert set(result["attributeScores"]) == {"TOXICITY", "PROFANITY", "INCITEMENT"}
    assert result["clientToken"] == "lib-1" and result["detectedLanguages"] == ["en"]
    assert result["attributeScores"]["TOXICITY"]["spanScores"][0]["begin"] == 0
    scores = client.score(ENGLISH, tests=["TOXICITY", "THREAT"])
    assert set(scores) == {"TOXICITY", "THREAT"} and all(0.0 <= v <= 1.0 for v in scores.values())
    suggested = client.suggest_score(
        ENGLISH, {"TOXICITY": {"summaryScore": {"value": 0.0}}},
        context=[{"text": json.dumps({"url": ARTICLE_URL, "Coral_comment_id": "c-live-1"})}],
        client_token="lib-2", community_id="research-script", languages=["en"])
    assert suggested == {"clientToken": "lib-2", "detectedLanguages": ["en"]}
    # its errors are Google's: the library raises urllib's HTTPError with our body
    wrong = PerspectiveAPI("tw_wrong")
    wrong.api_client.url = client.api_client.url
    with pytest.raises(urllib.error.HTTPError) as refused:
        wrong.score(ENGLISH)
    assert refused.value.code == 403
    assert json.loads(refused.value.read())["error"]["details"][0]["errorType"] == "API_KEY_INVALID"


def test_what_was_kept_and_what_was_logged(live: LiveServer) -> None:
    """Runs after the two above (pytest keeps file order): storage is on for this server."""
    engine = create_engine(live.database_url)
    with engine.connect() as conn:
        analyses = conn.execute(select(PerspectiveAnalysis.community_id, PerspectiveAnalysis.client_token)).all()
        suggestions = conn.execute(select(PerspectiveSuggestion.comment_id, PerspectiveSuggestion.community_id,
                                          PerspectiveSuggestion.value)
                                   .order_by(PerspectiveSuggestion.id)).all()
        seeded = conn.scalar(select(Comment.id).where(Comment.external_id == "c-live-1"))
    engine.dispose()
    # Coral sends doNotStore: true, so only the library's two analyses were kept
    assert sorted((a.community_id or "", a.client_token or "") for a in analyses) == [
        ("", ""), ("research-script", "lib-1")]
    assert [(s.comment_id, s.community_id, s.value) for s in suggestions] == [
        (seeded, f"Coral:{CORAL_TENANT_URL}", 1.0), (seeded, "research-script", 0.0)]
    access = live.access_log.read_text()
    assert access.count("comments:analyze?key=REDACTED") >= 4 and "comments:suggestscore?key=REDACTED" in access
    assert live.key not in access and "tw_wrong" not in access
    assert live.key not in live.error_log.read_text()
