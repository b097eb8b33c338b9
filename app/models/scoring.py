"""Stored model outputs: one current score row per comment, its sentence spans and incitement reasons.

Labels are columns, not a JSON blob, so the queue can filter and sort on them with indexes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db
from app.models.base import UTCDateTime, utcnow
from moderation.policy import DETOXIFY_LABELS as DETOXIFY_LABELS  # re-exported for app.models

# Detoxify's labels across its models, defined once in the moderation package.
ALL_LABELS: tuple[str, ...] = (*DETOXIFY_LABELS, "incitement")


class CommentScore(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "comment_scores"
    __table_args__ = (
        Index("ix_comment_scores_model", "model_identity"),
        Index("ix_comment_scores_worst", "worst_score"),
        Index("ix_comment_scores_toxicity", "toxicity"),
        Index("ix_comment_scores_threat", "threat"),
        Index("ix_comment_scores_insult", "insult"),
        Index("ix_comment_scores_incitement", "incitement"),
        Index("ix_comment_scores_scored_at", "scored_at"),
    )

    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), primary_key=True)
    model_identity: Mapped[str] = mapped_column(String(200))
    scored_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    toxicity: Mapped[float | None] = mapped_column(Float)
    severe_toxicity: Mapped[float | None] = mapped_column(Float)
    obscene: Mapped[float | None] = mapped_column(Float)
    threat: Mapped[float | None] = mapped_column(Float)
    insult: Mapped[float | None] = mapped_column(Float)
    identity_attack: Mapped[float | None] = mapped_column(Float)
    sexual_explicit: Mapped[float | None] = mapped_column(Float)
    incitement: Mapped[float] = mapped_column(Float, default=0.0)
    worst_label: Mapped[str | None] = mapped_column(String(32))
    worst_score: Mapped[float] = mapped_column(Float, default=0.0)
    policy_action: Mapped[str] = mapped_column(String(16))
    policy_rule: Mapped[str | None] = mapped_column(String(64))
    policy_priority: Mapped[int] = mapped_column(Integer, default=0)

    def label_scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for label in ALL_LABELS:
            value = getattr(self, label)
            if value is not None:
                out[label] = float(value)
        return out


class ScoreSpan(db.Model):  # type: ignore[name-defined,misc]
    """A scored sentence (or window) of a comment, by character offsets into the stored body."""

    __tablename__ = "score_spans"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="sentence")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    toxicity: Mapped[float | None] = mapped_column(Float)
    severe_toxicity: Mapped[float | None] = mapped_column(Float)
    obscene: Mapped[float | None] = mapped_column(Float)
    threat: Mapped[float | None] = mapped_column(Float)
    insult: Mapped[float | None] = mapped_column(Float)
    identity_attack: Mapped[float | None] = mapped_column(Float)
    sexual_explicit: Mapped[float | None] = mapped_column(Float)


class IncitementCue(db.Model):  # type: ignore[name-defined,misc]
    """One reason the incitement layer gave, kept so the queue can show why."""

    __tablename__ = "incitement_cues"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    cue: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(255))
