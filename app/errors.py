"""JSON errors for the API: a message and the right status, never an HTML stack trace; 503 with
Retry-After on every route while the database is unreachable or locked; and for people, a "not
found" or "not allowed" page that keeps the site's navigation, so a dead link is not a dead end."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5
# Errors a person reaches by following or typing a link: shown as a page of the site. Others (429 with
# its headers, CSRF 400s, redirects) keep werkzeug's own response.
PAGE_ERRORS = frozenset({403, 404, 405, 410})


def database_unavailable(exc: BaseException) -> bool:
    """The database is down, unreachable, locked or timed out: worth a retry, not a 500."""
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


class ApiError(Exception):
    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None,
                 **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.startswith("/webhooks/")


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(err: ApiError) -> ResponseReturnValue:
        return jsonify({"error": err.message, "status": err.status, **err.extra}), err.status, err.headers

    @app.errorhandler(DBAPIError)
    def _database_error(err: DBAPIError) -> ResponseReturnValue:
        if not database_unavailable(err):
            raise err
        from app.extensions import db

        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the connection is gone already; nothing was committed
            log.debug("rollback after a database failure also failed", exc_info=True)
        log.warning("%s %s: database unavailable: %s", request.method, request.path, err.__class__.__name__)
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        message = "database unavailable, retry later"
        if _wants_json() or request.accept_mimetypes.best == "application/json":
            return jsonify({"error": message, "status": 503}), 503, headers
        return (f"<!doctype html><title>Try again shortly</title><p>The database is unavailable; nothing was"
                f" changed. Try again in {RETRY_AFTER_SECONDS} seconds.</p>", 503, headers)

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException) -> ResponseReturnValue:
        if not _wants_json():
            if err.code in PAGE_ERRORS and err.response is None:
                return _error_page(err)
            return err
        status = err.code or 500
        return jsonify({"error": err.description or err.name, "status": status}), status


def _error_page(err: HTTPException) -> ResponseReturnValue:
    from app.services.queue_query import QUEUES, QueueFilter

    code = err.code or 500
    headers = dict(err.get_headers())
    headers.pop("Content-Type", None)
    html = render_template("errors/http.html", code=code, name=err.name, description=err.description,
                           queues=QUEUES, filt=QueueFilter())
    return html, code, headers
