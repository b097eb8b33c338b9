"""Where a `next=` parameter may send the browser: a path on this site, nothing else.

Browsers drop tabs and newlines anywhere in a URL and treat a backslash as a slash, so
`/\\t/evil.example/` arrives as `//evil.example/`, another site; a newline in a Location header
is a header injection. Any control character, whitespace or backslash therefore disqualifies a
target, and what remains must parse with no scheme and no host.
"""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_LENGTH = 2048


def is_safe_path(target: str | None) -> bool:
    if not target or len(target) > MAX_LENGTH or not target.startswith("/") or target.startswith("//"):
        return False
    if any(ch <= " " or ch == "\x7f" or ch == "\\" or ch.isspace() for ch in target):
        return False
    try:
        parts = urlsplit(target)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc


def safe_next(target: str | None, default: str) -> str:
    """`target` when it is a path on this site, else `default`."""
    return target if target is not None and is_safe_path(target) else default
