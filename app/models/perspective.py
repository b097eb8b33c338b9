"""What the Perspective API drop-in keeps: analysed texts (opt-in, for a retention period) and the
scores moderators suggest through comments:suggestscore (app/services/perspective.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db
from app.models.base import UTCDateTime, utcnow


class PerspectiveAnalysis(db.Model):  # type: ignore[name-defined,misc]
    """One comments:analyze request, kept only with THREADWATCH_PERSPECTIVE_STORE=1 and without
    doNotStore, until THREADWATCH_PERSPECTIVE_RETENTION_DAYS have passed."""

    __tablename__ = "perspective_analyses"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The key's owner (a service account); the key itself is never stored.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    text: Mapped[str] = mapped_column(Text)  # as scored: HTML already stripped
    # Every label our pipeline scored (not only those requested), keyed by our label names.
    scores: Mapped[dict[str, float]] = mapped_column(JSON)
    requested: Mapped[list[str]] = mapped_column(JSON)  # Perspective attribute names
    languages: Mapped[list[str]] = mapped_column(JSON)  # as requested; [] when detected
    detected_language: Mapped[str | None] = mapped_column(String(8))
    community_id: Mapped[str | None] = mapped_column(String(255))
    session_id: Mapped[str | None] = mapped_column(String(255))
    client_token: Mapped[str | None] = mapped_column(String(255))
    model_identity: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class PerspectiveSuggestion(db.Model):  # type: ignore[name-defined,misc]
    """A moderator's label from comments:suggestscore: one row per attribute of a request, linked to
    our comment when the client token or the context names one we hold (Comment.external_id)."""

    __tablename__ = "perspective_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    attribute: Mapped[str] = mapped_column(String(64))  # Perspective's name, e.g. TOXICITY
    value: Mapped[float] = mapped_column(Float)
    community_id: Mapped[str | None] = mapped_column(String(255), index=True)
    client_token: Mapped[str | None] = mapped_column(String(255))
    context: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # context.entries as sent
    languages: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
