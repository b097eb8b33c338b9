"""WordPress WXR (eXtended RSS) exports: `channel/item` posts with `wp:comment` children.

Per item: title, link, wp:post_id, wp:post_date_gmt, content:encoded. Per wp:comment:
wp:comment_id, wp:comment_author, wp:comment_user_id, wp:comment_date_gmt, wp:comment_content,
wp:comment_approved (1, 0, spam, trash) and wp:comment_parent (0 = top level). Matching is on
local names, so WXR 1.0, 1.1 and 1.2 namespaces all work.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from threads.adapters.html import html_to_text
from threads.events import EventKind, LiveEvent, as_utc
from threads.importers.xmlstream import child_text, local, parse_time, stream
from threads.model import ParsedArticle, ParsedComment


def read_wxr(path: Path) -> Iterator[LiveEvent]:
    for item in stream(path, frozenset({"item"}), depth=2):
        post_id = (child_text(item, "post_id") or "").strip()
        if not post_id:
            continue
        title = (child_text(item, "title") or "").strip() or f"post {post_id}"
        body = html_to_text(child_text(item, "encoded") or "")
        article = ParsedArticle(title=title, body=body, url=(child_text(item, "link") or "").strip() or None,
                                external_id=post_id, published_at=as_utc(parse_time(child_text(item, "post_date_gmt"))))
        yield LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id=post_id, article=article)
        for node in item:
            if local(node.tag) != "comment":
                continue
            comment_id = (child_text(node, "comment_id") or "").strip()
            if not comment_id:
                continue
            parent = (child_text(node, "comment_parent") or "0").strip()
            user = (child_text(node, "comment_user_id") or "0").strip()
            name = (child_text(node, "comment_author") or "").strip() or None
            approved = (child_text(node, "comment_approved") or "1").strip()
            comment = ParsedComment(
                body=html_to_text(child_text(node, "comment_content") or ""), external_id=comment_id,
                parent_external_id=None if parent in ("", "0") else parent,
                author_name=name,
                author_external_id=user if user not in ("", "0") else (f"name:{name}" if name else None),
                created_at=as_utc(parse_time(child_text(node, "comment_date_gmt"))),
            )
            status = {"0": "held", "spam": "deleted", "trash": "deleted"}.get(approved)
            kind = EventKind.COMMENT_DELETED if status == "deleted" else EventKind.COMMENT_CREATED
            yield LiveEvent(kind=kind, article_external_id=post_id, comment=comment, source_status=status)
