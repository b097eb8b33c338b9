"""Configuration classes; every setting can come from a THREADWATCH_* environment variable or `.env`."""

from __future__ import annotations

import os
from pathlib import Path

from dotenv import load_dotenv

BASEDIR = Path(__file__).resolve().parent
load_dotenv(BASEDIR / ".env")


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(f"THREADWATCH_{name}", default)


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"THREADWATCH_{name} must be an integer, got {raw!r}") from exc


def _env_bool(name: str, default: bool) -> bool:
    raw = _env(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


# Public (it is in this file): anyone can forge sessions for an app running with it. Development
# only, announced at start-up (app/__init__.py); production refuses it.
DEV_SECRET_KEY = "dev-only-not-secret"
MIN_SECRET_KEY_LENGTH = 32


class Config:
    SECRET_KEY = _env("SECRET_KEY") or DEV_SECRET_KEY
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _env_bool("SESSION_COOKIE_SECURE", False)
    # Strict-Transport-Security max-age in seconds; 0 sends no header (plain-HTTP development).
    HSTS_SECONDS = _env_int("HSTS_SECONDS", 0)
    INSTANCE_DIR = Path(_env("INSTANCE_DIR") or BASEDIR / "instance")
    SQLALCHEMY_DATABASE_URI = _env("DATABASE_URL") or f"sqlite:///{INSTANCE_DIR / 'threadwatch.db'}"
    SQLALCHEMY_ENGINE_OPTIONS: dict[str, object] = {"pool_pre_ping": True}
    # Where scraped sample pages live; the demo command ingests these.
    SAMPLES_DIR = Path(_env("SAMPLES_DIR") or BASEDIR.parent / "shared" / "samples" / "articles")
    API_PAGE_SIZE = _env_int("API_PAGE_SIZE", 50)
    API_MAX_PAGE_SIZE = _env_int("API_MAX_PAGE_SIZE", 500)
    # Comments per page of the thread view, in tree order.
    THREAD_PAGE_SIZE = _env_int("THREAD_PAGE_SIZE", 300)
    # Scoring: the moderation package reads the THREADWATCH_DETOXIFY_* variables itself.
    POLICY_RULES_FILE = _env("POLICY_RULES_FILE")
    SCORE_API_MAX_TEXTS = _env_int("SCORE_API_MAX_TEXTS", 32)
    SCORE_API_MAX_CHARS = _env_int("SCORE_API_MAX_CHARS", 20_000)
    SCORE_API_RATE_LIMIT = _env("SCORE_API_RATE_LIMIT") or "120 per minute"
    # Characters, not requests, are what scoring costs (app/api/score_budget.py): without an API key
    # a request may carry this many characters in all, within a budget per client address...
    SCORE_API_FREE_CHARS_PER_REQUEST = _env_int("SCORE_API_FREE_CHARS_PER_REQUEST", 2_000)
    SCORE_API_FREE_CHAR_BUDGET = _env("SCORE_API_FREE_CHAR_BUDGET") or "20000 per minute"
    # ...and with one (a service token or a logged-in moderator), this many, within a budget per key.
    SCORE_API_MAX_TOTAL_CHARS = _env_int("SCORE_API_MAX_TOTAL_CHARS", 100_000)
    SCORE_API_KEY_CHAR_BUDGET = _env("SCORE_API_KEY_CHAR_BUDGET") or "400000 per minute"
    # The in-process worker scores pending comments in the web process (the embedded default).
    INPROCESS_WORKER = _env_bool("INPROCESS_WORKER", False)
    WORKER_POLL_SECONDS = _env_int("WORKER_POLL_SECONDS", 2)
    WORKER_BATCH_SIZE = _env_int("WORKER_BATCH_SIZE", 64)
    # Refused webhook deliveries kept per source (all unknown sources count as one) per minute and
    # process, and for how long; see app/webhooks/rejections.py. 0 keeps every one.
    WEBHOOK_REJECTIONS_PER_MINUTE = _env_int("WEBHOOK_REJECTIONS_PER_MINUTE", 120)
    WEBHOOK_REJECTIONS_RETENTION_DAYS = _env_int("WEBHOOK_REJECTIONS_RETENTION_DAYS", 30)
    # The Perspective API drop-in (/v1alpha1, docs/perspective.md): requests per key, shared by
    # comments:analyze and comments:suggestscore; the longest comment.text in UTF-8 bytes (Perspective's
    # own limit); and whether analysed texts and their scores are kept (never with doNotStore: true),
    # for how many days, for calibration.
    PERSPECTIVE_RATE_LIMIT = _env("PERSPECTIVE_RATE_LIMIT") or "300 per minute"
    PERSPECTIVE_MAX_COMMENT_BYTES = _env_int("PERSPECTIVE_MAX_COMMENT_BYTES", 20_480)
    PERSPECTIVE_STORE = _env_bool("PERSPECTIVE_STORE", False)
    PERSPECTIVE_RETENTION_DAYS = _env_int("PERSPECTIVE_RETENTION_DAYS", 30)
    CELERY_BROKER_URL = _env("CELERY_BROKER_URL")
    LOG_LEVEL = _env("LOG_LEVEL") or "INFO"
    TESTING = False


class DevelopmentConfig(Config):
    DEBUG = False


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"
    SQLALCHEMY_DATABASE_URI = _env("TEST_DATABASE_URL") or "sqlite://"
    WTF_CSRF_ENABLED = True
    RATELIMIT_ENABLED = True
    # Tests across one process would share the per-minute budget; the test of the budget sets its own.
    WEBHOOK_REJECTIONS_PER_MINUTE = 0


class ProductionConfig(Config):
    # Production is served over HTTPS (behind a TLS-terminating proxy at least): cookies never travel
    # in clear, and browsers are told to use HTTPS for a year.
    SESSION_COOKIE_SECURE = _env_bool("SESSION_COOKIE_SECURE", True)
    HSTS_SECONDS = _env_int("HSTS_SECONDS", 365 * 24 * 3600)

    @classmethod
    def validate(cls) -> None:
        key = cls.SECRET_KEY or ""
        if key == DEV_SECRET_KEY:
            raise RuntimeError("THREADWATCH_SECRET_KEY must be set in production")
        if len(key) < MIN_SECRET_KEY_LENGTH or len(set(key)) < 8:
            raise RuntimeError(
                f"THREADWATCH_SECRET_KEY is too weak for production: use at least {MIN_SECRET_KEY_LENGTH} random"
                " characters, e.g. python -c 'import secrets; print(secrets.token_urlsafe(48))'")


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def config_from_env() -> type[Config]:
    name = (_env("ENV") or "development").lower()
    try:
        return CONFIGS[name]
    except KeyError as exc:
        raise RuntimeError(f"THREADWATCH_ENV must be one of {sorted(CONFIGS)}, got {name!r}") from exc
