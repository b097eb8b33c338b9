"""The name of the author answered, printed after a reply's own author in a text dump.

Disqus heads a reply with its author, a badge, then the parent's author as a link ("Renee Valdez
Mod  Mike Castellano • a day ago", "Dot Pelletier Guest • a day ago" under a guest's comment);
a renderer prints them on one line. Once the dump's nesting has put the reply under its parent,
the parent's name at the end of the reply's name is that link, not part of the name.
"""

from __future__ import annotations

from threads.comment_names import clean_name
from threads.model import ParsedComment


def without_parent_names(roots: list[ParsedComment]) -> None:
    """Take the parent's name off the end of each reply's author name, in place. Skipped at once
    on threads whose top-level comments name nobody (scrapes without names)."""
    if not any(root.author_name for root in roots):
        return
    stack = [(root, reply) for root in roots for reply in root.replies]
    while stack:
        parent, reply = stack.pop()
        stack.extend((reply, child) for child in reply.replies)
        name = reply.author_name
        if name is None or " " not in name:
            continue
        answered = parent.author_name
        if answered is not None:
            if len(name) > len(answered) + 1 and name.endswith(answered) and name[-len(answered) - 1] == " ":
                reply.author_name = clean_name(name[: -len(answered)].rstrip())
        else:
            # A guest's comment: its name is "Guest" or the like, which names nobody.
            head, _, last = name.rpartition(" ")
            if head and clean_name(last) is None:
                reply.author_name = clean_name(head)
