"""Rows of the thread view, rendered with one escaping `Markup.format` per comment.

A 2,000-comment thread through a Jinja loop costs ~25 autoescape calls per row, most of them on
integers; one Markup template per row escapes every argument (bodies included) exactly once and
renders several times faster. Markup.format escapes all arguments, so nothing unescaped gets in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

_ROW = Markup(
    '<li class="item tcomment d{depth} status-{status}{focus}" id="c{id}" tabindex="-1" data-id="{id}"'
    ' data-version="{version}" data-single-url="{curl}">'
    '<div class="tmeta"><a href="{curl}">#{id}</a> <span class="state">{status} / {review}</span> {worst}</div>'
    '<p class="body">{body}</p>'
    '<form method="post" action="{durl}" class="act compact">{head}'
    '<input type="hidden" name="expected_version" value="{version}">{buttons}</form></li>\n'
)
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


def render_rows(rows: Sequence[Any], *, urls: dict[str, tuple[Markup, Markup]], csrf: str, next_url: str,
                reasons: dict[str, str], focus: int | None) -> Markup:
    head = _HEAD.format(csrf=csrf, next=next_url)
    options = Markup("").join(_OPTION.format(k, v) for k, v in reasons.items())
    buttons = {first: _BUTTONS.format(first=first, options=options) for first in (_APPROVE, _RESTORE)}
    cpre, cpost = urls["comment"]
    dpre, dpost = urls["decide"]
    out = []
    for row in rows:
        worst = (_WORST.format(high=" high" if row.worst_score >= 0.5 else "", label=row.worst_label,
                               score=row.worst_score) if row.worst_label else "")
        out.append(_ROW.format(
            depth=min(row.depth, MAX_INDENT), status=row.status, focus=" focus" if focus == row.id else "",
            id=row.id, version=row.version, curl=Markup(f"{cpre}{row.id}{cpost}"), review=row.review_state,
            worst=worst, body=row.body, durl=Markup(f"{dpre}{row.id}{dpost}"), head=head,
            buttons=buttons[_RESTORE if row.status == "removed" else _APPROVE]))
    return Markup("").join(out)
