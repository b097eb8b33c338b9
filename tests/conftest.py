"""Suite-wide settings: where the shared samples and model live, and how missing servers behave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "samples" / "articles"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(env_var: str, what: str, how: str) -> str:
    """The URL of a real server for this test, or a skip locally / a failure in CI.

    CI installs and starts every server, so a missing one there is a broken set-up, not a reason
    to skip silently.
    """
    value = os.environ.get(env_var)
    if value:
        return value
    message = f"{what} not available: set {env_var} ({how}); `make test` starts it when installed"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)
    raise AssertionError("unreachable")


def missing_shared(message: str) -> None:
    """../shared (samples, data, the offline model) is missing: skip locally, fail in CI.

    CI runs beside a copy of ../shared, so a test that needs it and cannot find it there is a broken
    set-up, and skipping would hide that the samples, data or model checks never ran.
    """
    message = f"{message} (../shared must sit beside the repository)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        missing_shared(f"sample articles not found at {SAMPLES}")
    return SAMPLES
