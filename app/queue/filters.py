"""Request arguments -> a validated QueueFilter, and the helpers views share."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app, request
from werkzeug.datastructures import MultiDict

from app.auth import redirects
from app.models.base import MAX_INT
from app.services.decisions import DEFAULT_REMOVAL_REASONS
from app.services.queue_query import QueueFilter


class FilterError(ValueError):
    pass


def removal_reasons() -> dict[str, str]:
    return dict(current_app.config.get("REMOVAL_REASONS") or DEFAULT_REMOVAL_REASONS)


def _float(args: MultiDict[str, str], name: str) -> float | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError as exc:
        raise FilterError(f"{name} must be a number") from exc


def _date(args: MultiDict[str, str], name: str, *, end: bool = False) -> datetime | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        day = datetime.fromisoformat(raw)
        day = day if day.tzinfo else day.replace(tzinfo=UTC)
        return day + timedelta(days=1) if end and len(raw) == 10 else day
    except (ValueError, OverflowError) as exc:
        raise FilterError(f"{name} must be a date (YYYY-MM-DD)") from exc


def _int(raw: str, name: str) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise FilterError(f"{name} must be a whole number") from exc
    if abs(value) > MAX_INT:
        raise FilterError(f"{name} is out of range")
    return value


def int_arg(name: str, default: int | None = None) -> int | None:
    """A whole-number query argument the database can compare with; `default` when absent or not one."""
    try:
        value = int(request.args.get(name, ""))
    except ValueError:
        return default
    return value if abs(value) <= MAX_INT else default


def parse_filter(args: MultiDict[str, str] | None = None, **overrides: Any) -> QueueFilter:
    """Build a filter from query (or form) arguments; raises FilterError with a readable message."""
    args = args if args is not None else request.args
    articles: list[int] = []
    for raw in args.getlist("article"):
        articles.extend(_int(part, "article") for part in raw.replace(",", " ").split())
    values: dict[str, Any] = {
        "queue": args.get("queue") or "review",
        "source": (args.get("source") or "").strip() or None,
        "article_ids": tuple(dict.fromkeys(articles)),
        "label": (args.get("label") or "").strip() or None,
        "min_score": _float(args, "min"),
        "max_score": _float(args, "max"),
        "author": (args.get("author") or "").strip() or None,
        "language": (args.get("language") or "").strip().lower() or None,
        "date_from": _date(args, "from"),
        "date_to": _date(args, "to", end=True),
        "page": _int(args.get("page") or "1", "page"),
        "per_page": _int(args.get("per_page") or "50", "per_page"),
    }
    values.update(overrides)
    try:
        return QueueFilter(**values)
    except ValueError as exc:
        raise FilterError(str(exc)) from exc


def safe_next(default: str) -> str:
    """The request's `next` (form or query) when it is a path on this site, else `default`."""
    return redirects.safe_next(request.form.get("next") or request.args.get("next"), default)


def wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json" or request.headers.get("X-Requested-With") == "fetch"
