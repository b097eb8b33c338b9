"""All models, imported here so Alembic and the app see one metadata."""

from app.models import queue_indexes  # noqa: F401  (issue 4: queue indexes)
from app.models.dsa import DsaAppeal, DsaAuthorContact, DsaEmail, DsaNotice, DsaStatement  # noqa: F401  (issue 16)
from app.models.live import CallbackDelivery, RejectedDelivery, SourceConfig, WebhookEvent  # noqa: F401
from app.models.moderation import AuditEntry, Flag, LoginThrottle, User
from app.models.perspective import PerspectiveAnalysis, PerspectiveSuggestion
from app.models.reports import Report, ReportRun, ReportSchedule
from app.models.scoring import ALL_LABELS, DETOXIFY_LABELS, CommentScore, IncitementCue, ScoreSpan
from app.models.threads import (
    Article,
    ArticleLink,
    Author,
    AuthorAlias,
    Comment,
    CommentStatus,
    ReviewState,
    ScoreState,
    Source,
)

__all__ = [
    "ALL_LABELS",
    "DETOXIFY_LABELS",
    "Article",
    "ArticleLink",
    "AuditEntry",
    "Author",
    "AuthorAlias",
    "Comment",
    "CommentScore",
    "CommentStatus",
    "Flag",
    "IncitementCue",
    "LoginThrottle",
    "PerspectiveAnalysis",
    "PerspectiveSuggestion",
    "Report",
    "ReportRun",
    "ReportSchedule",
    "ReviewState",
    "ScoreSpan",
    "ScoreState",
    "Source",
    "User",
]
