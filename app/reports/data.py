"""The report object: one dataclass tree that every format is rendered from, so formats never disagree.

It round-trips through plain JSON (`to_dict` / `from_dict`): the stored snapshot is that JSON, and an
old report re-rendered from it is the same report, not a recomputation over data that has moved on.
Rates are fractions in [0, 1] or None when there is nothing to divide by: None, never NaN, is how
the report says "no data", and every renderer shows it as such.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar, Union


@dataclass
class Meta:
    title: str
    period_kind: str
    period_label: str
    start: datetime
    end: datetime
    previous_start: datetime
    previous_end: datetime
    source: str  # a slug, or "all"
    generated_at: datetime
    thresholds: dict[str, float]
    hostile_threshold: float
    empty: bool


@dataclass
class DeepThread:
    article_id: int
    article_title: str
    url: str | None
    root_comment_id: int
    depth: int  # levels of replies below the root; 0 = a comment without replies
    comments: int


@dataclass
class Volume:
    comments: int
    previous_comments: int
    articles_with_comments: int
    # Everyone the report can tell apart: accounts, plus people known only by the name replies use
    # (pages that name no commenters) — the same people the People section names.
    active_authors: int
    new_authors: int  # accounts whose first comment ever falls in the period
    returning_authors: int  # accounts seen before
    replies: int
    replies_per_comment: float | None
    deepest_threads: list[DeepThread] = field(default_factory=list)
    account_authors: int = 0
    named_by_replies: int = 0
    unattributed_comments: int = 0  # comments whose author has no account and no name


@dataclass
class LabelRate:
    label: str
    threshold: float
    count: int
    rate: float | None
    previous_count: int
    previous_rate: float | None
    trend: float | None  # rate - previous_rate, in fraction units (0.01 = one percentage point)


@dataclass
class DailyRate:
    day: date
    comments: int
    scored: int
    toxic: int
    incitement: int
    toxic_rate: float | None
    incitement_rate: float | None


@dataclass
class Incident:
    comment_id: int
    article_id: int
    article_title: str
    url: str | None
    link: str
    created_at: datetime | None
    incitement: float
    reasons: list[str]
    excerpt: str


@dataclass
class HeatedArticle:
    article_id: int
    title: str
    url: str | None
    comments: int
    hostile: int
    hostile_share: float | None
    flame_wars: int


@dataclass
class Derailing:
    threads_considered: int
    derailed: int
    share: float | None
    previous_considered: int
    previous_derailed: int
    previous_share: float | None


@dataclass
class Health:
    scored: int
    previous_scored: int
    label_rates: list[LabelRate]
    daily: list[DailyRate]
    label_distribution: dict[str, int]
    incidents_total: int
    incidents: list[Incident]
    heated_by_share: list[HeatedArticle]
    heated_by_flame_wars: list[HeatedArticle]
    derailing: Derailing


@dataclass
class Pair:
    author_a: str
    author_b: str
    hostile_replies: int
    replies: int
    score: float


@dataclass
class Camp:
    camp: int
    size: int
    members: list[str]


@dataclass
class Offender:
    author_id: int
    name: str
    hostile: int
    removed: int
    comments: int
    standing: str


@dataclass
class DuplicateIdentity:
    names: list[str]
    score: float
    reasons: list[str]


@dataclass
class GraphNode:
    key: str
    label: str
    camp: int | None
    weight: int


@dataclass
class GraphEdge:
    source: str
    target: str
    weight: int
    hostile: bool


@dataclass
class People:
    available: bool  # False when the argument-graph code is not installed/usable
    note: str
    pairs: list[Pair]
    camps: list[Camp]
    offenders: list[Offender]
    duplicates: list[DuplicateIdentity]
    nodes: list[GraphNode]
    edges: list[GraphEdge]


@dataclass
class QueuePoint:
    day: date
    queue_size: int  # comments waiting for a human at the end of that day
    decisions: int
    latency_p50_hours: float | None


@dataclass
class ModeratorStat:
    moderator: str
    decisions: int
    actions: dict[str, int]


@dataclass
class RuleAgreement:
    rule: str
    policy_action: str
    expected: str  # the human decision the rule predicts: "remove" or "keep"
    decided: int  # comments under this rule that a human decided in the period
    agreed: int
    agreement: float | None


@dataclass
class Moderation:
    queue: list[QueuePoint]
    queue_now: int
    decisions: int
    human_decisions: int
    latency_p50_hours: float | None
    latency_p95_hours: float | None
    moderators: list[ModeratorStat]
    # Decisions that keep or remove a comment (approve, restore, remove, hold; by people or the policy):
    # what an overturn is counted against. Stored as "verdicts" before #14; see snapshots.load_report.
    keep_or_remove_decisions: int
    overturned: int
    overturn_rate: float | None
    rules: list[RuleAgreement]


@dataclass
class Report:
    meta: Meta
    volume: Volume
    health: Health
    people: People
    moderation: Moderation


T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """JSON-ready plain data; datetimes as ISO 8601 strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _load(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_load(item, v) for v in value]
    if origin is dict:
        _key, item = typing.get_args(tp)
        return {k: _load(item, v) for k, v in value.items()}
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)  # type: ignore[arg-type]
    if tp is float:
        return float(value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _load(hints[f.name], data.get(f.name)) for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**kwargs)
