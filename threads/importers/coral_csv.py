"""Coral importer CSV: one row per comment, stories named inline. Assumed columns (header row
required; extra columns ignored):

- story_id (required), story_url, story_title
- comment_id (required), parent_id (empty for top level)
- author_id, author_username
- body (plain text or HTML)
- created_at (ISO 8601; naive times are UTC)
- status: NONE / APPROVED / PREMOD / SYSTEM_WITHHELD (held) / REJECTED (kept, marked deleted)
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from threads.adapters.html import html_to_text
from threads.events import EventError, EventKind, LiveEvent, as_utc
from threads.importers.xmlstream import parse_time
from threads.model import ParsedArticle, ParsedComment

REQUIRED = ("story_id", "comment_id", "body")
HELD = {"PREMOD", "SYSTEM_WITHHELD"}


# Python's csv module refuses fields over 128 KB by default; a long comment (or a body full of
# HTML) can be longer. Fields up to this size are read; a longer one is an EventError naming its line.
MAX_FIELD_BYTES = 16 * 1024 * 1024


def _rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, str]]]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise EventError(f"line {reader.line_num}", f"unreadable CSV: {exc}") from None
        except UnicodeDecodeError:
            raise EventError(f"after line {reader.line_num}", "not UTF-8 text") from None
        yield reader.line_num, row


def read_coral_csv(path: Path) -> Iterator[LiveEvent]:
    seen_stories: set[str] = set()
    if csv.field_size_limit() < MAX_FIELD_BYTES:
        csv.field_size_limit(MAX_FIELD_BYTES)  # process-wide, and only ever raised
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        try:
            fieldnames = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EventError("line 1", f"unreadable CSV header: {exc}") from None
        missing = [c for c in REQUIRED if c not in fieldnames]
        if missing:
            raise EventError(missing[0], f"column missing from the CSV header (need {', '.join(REQUIRED)})")
        for line, row in _rows(reader):
            story = (row.get("story_id") or "").strip()
            comment_id = (row.get("comment_id") or "").strip()
            if not story or not comment_id:
                raise EventError(f"line {line}", "story_id and comment_id must not be empty")
            if story not in seen_stories:
                seen_stories.add(story)
                title = (row.get("story_title") or "").strip() or f"story {story}"
                article = ParsedArticle(title=title, body="", url=(row.get("story_url") or "").strip() or None,
                                        external_id=story)
                yield LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id=story, article=article)
            name = (row.get("author_username") or "").strip() or None
            author_id = (row.get("author_id") or "").strip() or (f"name:{name}" if name else None)
            comment = ParsedComment(body=html_to_text(row.get("body") or ""), external_id=comment_id,
                                    parent_external_id=(row.get("parent_id") or "").strip() or None,
                                    author_name=name, author_external_id=author_id,
                                    created_at=as_utc(parse_time(row.get("created_at"))))
            status_raw = (row.get("status") or "").strip().upper()
            status = "deleted" if status_raw == "REJECTED" else ("held" if status_raw in HELD else None)
            kind = EventKind.COMMENT_DELETED if status == "deleted" else EventKind.COMMENT_CREATED
            yield LiveEvent(kind=kind, article_external_id=story, comment=comment, source_status=status)
