"""Export importers: each turns a comment-system export into a stream of LiveEvents (articles
first where the format allows, then comments in file order) for the same ingestion path as
webhooks. Pure and streaming: thousands of comments never sit in memory as one tree."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from threads.events import LiveEvent
from threads.importers.coral_csv import read_coral_csv
from threads.importers.disqus import read_disqus
from threads.importers.wordpress_json import read_wordpress_json
from threads.importers.wxr import read_wxr

IMPORTERS: dict[str, Callable[[Path], Iterator[LiveEvent]]] = {
    "wordpress-wxr": read_wxr,
    "wordpress-json": read_wordpress_json,
    "disqus": read_disqus,
    "coral-csv": read_coral_csv,
}

__all__ = ["IMPORTERS", "read_coral_csv", "read_disqus", "read_wordpress_json", "read_wxr"]
