"""A newcomer's first runs (#14 item 13): a taken port and a wrong database URL each say what is wrong
and how to fix it in a line or two, at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config import TestingConfig
from tests.conftest import REPO


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("THREADWATCH_")}
    env.update(extra)
    return env


def test_make_run_with_the_port_taken_says_so_at_once(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        start = time.monotonic()
        done = subprocess.run(["bash", "scripts/run-demo.sh"], cwd=REPO, capture_output=True, text=True, timeout=60,
                              env=_env(THREADWATCH_PORT=str(port), THREADWATCH_SAMPLES_DIR=str(tmp_path),
                                       THREADWATCH_DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}"))
        elapsed = time.monotonic() - start
    assert done.returncode == 1
    assert elapsed < 5, f"took {elapsed:.1f} s to notice"
    assert f"Port {port} on 127.0.0.1 is already in use" in done.stderr
    assert f"THREADWATCH_PORT={port + 1} make run" in done.stderr
    assert "Connection in use" not in done.stderr + done.stdout
    assert not (tmp_path / "x.db").exists(), "it migrated before checking the port"


@pytest.mark.parametrize(("url", "fix"), [
    ("postgres://user:secret@db.example/threadwatch", "use postgresql+psycopg:// instead of postgres://"),
    ("not a url at all", "expected e.g. sqlite:///"),
])
def test_a_wrong_database_url_is_one_line_with_the_fix(url: str, fix: str) -> None:
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "app:create_app", "routes"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, env=_env(THREADWATCH_DATABASE_URL=url))
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("THREADWATCH_DATABASE_URL") and fix in lines[0]
    assert "secret" not in done.stderr


def test_create_app_refuses_the_url_before_touching_a_database() -> None:
    from app import create_app
    from app.db_setup import DatabaseUrlError

    config = type("Heroku", (TestingConfig,), {"SQLALCHEMY_DATABASE_URI": "postgres://u:p@h/db"})
    with pytest.raises(DatabaseUrlError, match=r"postgresql\+psycopg://"):
        create_app(config)
