"""Rows of the thread view, rendered with one escaping `Markup.format` per comment.

A 2,000-comment thread through a Jinja loop costs ~25 autoescape calls per row, most of them on
integers; one Markup template per row escapes every argument (bodies included) exactly once and
renders several times faster. Markup.format escapes all arguments, so nothing unescaped gets in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import url_for
from markupsafe import Markup

from app.bidi import isolate_text
from app.extensions import db
from app.services.queue_context import HIGHLIGHT_THRESHOLD, label_words, state_words
from app.services.thread_views import author_names

FLAGGED_REVIEW = frozenset({"needs_review", "escalated", "deferred"})
FLAGGED_STATUS = frozenset({"held", "removed"})

_ROW = Markup(
    '<li class="item tcomment d{depth} status-{status}{flagged}{focus}" id="c{id}" tabindex="-1" data-id="{id}"'
    ' data-version="{version}" data-single-url="{curl}" data-status="{status}" data-depth="{rawdepth}"'
    ' data-flagged="{flag}">'
    '<div class="tmeta"><a href="{curl}">comment {id}</a> {author}<span class="state">{words}</span> {worst}'
    '<form method="post" action="{durl}" class="act compact">{head}'
    '<input type="hidden" name="expected_version" value="{version}">{buttons}</form></div>'
    '<p class="body{long}">{body}</p>{more}{toggle}</li>\n'
)
# Collapsing needs thread.js; without it every reply stays in view (the button is then inert).
_TOGGLE = Markup('<button type="button" class="subtree" aria-expanded="true" data-replies="{n}" data-flagged="{f}"'
                 ' data-open="{open}">{n} {replies}{flagged}</button>')
# Long bodies show their first lines; the whole text is in the page and one click (thread.js) away.
_MORE = Markup('<button type="button" class="more" aria-expanded="false">Show the whole comment</button>')
LONG_CHARS, LONG_LINES = 420, 6
_AUTHOR = Markup('by <a class="author-link" href="{href}">{name}</a> · ')
_WORST = Markup('<span class="worst{high}">{label} {score:.2f}</span>')
_HEAD = Markup('<input type="hidden" name="csrf_token" value="{csrf}"><input type="hidden" name="next" value="{next}">')
_BUTTONS = Markup(
    '{first}<button type="submit" name="action" value="escalate">Escalate</button>'
    '<select name="reason" aria-label="Removal reason"><option value="">reason…</option>{options}</select>'
    '<button type="submit" name="action" value="remove">Remove</button>'
)
_OPTION = Markup('<option value="{}">{}</option>')
# A removed comment offers Restore where the others offer Approve (#14: every decided comment can be restored).
_APPROVE = Markup('<button type="submit" name="action" value="approve">Approve</button>')
_RESTORE = Markup('<button type="submit" name="action" value="restore" class="restore">Restore</button>')
MAX_INDENT = 12


def _flagged(row: Any) -> bool:
    """What the desk acted on or still has to: queued, escalated, held or removed."""
    return bool(row.review_state in FLAGGED_REVIEW or row.status in FLAGGED_STATUS)


def _subtrees(rows: Sequence[Any]) -> list[tuple[int, int]]:
    """(replies, flagged replies) below each row of a page in tree order: the rows that follow it
    deeper than it, up to the next row at its depth or above. One backwards pass with a stack of
    (depth, rows in the subtree, flagged rows in the subtree) for subtrees no row has claimed yet."""
    out = [(0, 0)] * len(rows)
    stack: list[tuple[int, int, int]] = []
    for i in range(len(rows) - 1, -1, -1):
        depth = rows[i].depth
        replies = flagged = 0
        while stack and stack[-1][0] > depth:
            _, size, marked = stack.pop()
            replies += size
            flagged += marked
        out[i] = (replies, flagged)
        stack.append((depth, replies + 1, flagged + _flagged(rows[i])))
    return out


def render_rows(rows: Sequence[Any], *, urls: dict[str, tuple[Markup, Markup]], csrf: str, next_url: str,
                reasons: dict[str, str], focus: int | None) -> Markup:
    head = _HEAD.format(csrf=csrf, next=next_url)
    apre, apost = Markup(url_for("authors.show", author_id=0)).rsplit("0", 1)
    options = Markup("").join(_OPTION.format(k, v) for k, v in reasons.items())
    buttons = {first: _BUTTONS.format(first=first, options=options) for first in (_APPROVE, _RESTORE)}
    cpre, cpost = urls["comment"]
    dpre, dpost = urls["decide"]
    below = _subtrees(rows)
    names = author_names(db.session(), {row.author_id for row in rows if row.author_id is not None})
    out = []
    for row, (replies, flagged_below) in zip(rows, below, strict=True):
        worst = (_WORST.format(high=" high" if row.worst_score >= HIGHLIGHT_THRESHOLD else "",
                               label=label_words(row.worst_label), score=row.worst_score) if row.worst_label else "")
        flagged = _flagged(row)
        toggle = _TOGGLE.format(
            n=replies, f=flagged_below, replies="reply" if replies == 1 else "replies",
            flagged=f", {flagged_below} flagged" if flagged_below else ", none flagged",
            open="1" if flagged_below else "0") if replies else ""
        long = len(row.body) > LONG_CHARS or row.body.count("\n") > LONG_LINES
        name = names.get(row.author_id) if row.author_id is not None else None
        author = _AUTHOR.format(href=Markup(f"{apre}{row.author_id}{apost}"), name=isolate_text(name)) if name else ""
        out.append(_ROW.format(
            depth=min(row.depth, MAX_INDENT), rawdepth=row.depth, status=row.status,
            focus=" focus" if focus == row.id else "", flagged=" flagged" if flagged else "",
            flag="1" if flagged else "", id=row.id, version=row.version, curl=Markup(f"{cpre}{row.id}{cpost}"),
            author=author, words=state_words(row.status, row.review_state), worst=worst, body=row.body,
            durl=Markup(f"{dpre}{row.id}{dpost}"), head=head, toggle=toggle, long=" long" if long else "",
            more=_MORE if long else "",
            buttons=buttons[_RESTORE if row.status == "removed" else _APPROVE]))
    return Markup("").join(out)


def state_words_table() -> dict[str, str]:
    """Every status/review pair in words, for thread.js to put a row's state back into words after
    queue.js updates it in place."""
    statuses = ("visible", "held", "removed", "deleted")
    reviews = ("unreviewed", "needs_review", "escalated", "deferred", "decided")
    return {f"{s}/{r}": state_words(s, r) for s in statuses for r in reviews}
