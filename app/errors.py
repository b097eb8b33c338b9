"""JSON errors for the API: a message and the right status, never an HTML stack trace."""

from __future__ import annotations

from flask import Flask, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException


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

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException) -> ResponseReturnValue:
        if not _wants_json():
            return err
        status = err.code or 500
        return jsonify({"error": err.description or err.name, "status": status}), status
