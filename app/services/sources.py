"""Looking up and creating sources: every article belongs to one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Source


def get_or_create_source(session: Session, slug: str, *, name: str | None = None, kind: str = "scraped") -> Source:
    source = session.scalar(select(Source).where(Source.slug == slug))
    if source is None:
        source = Source(slug=slug, name=name or slug, kind=kind)
        session.add(source)
        session.flush()
    return source
