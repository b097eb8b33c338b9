"""Blind holdout for the comment readers (#15): how the HTML reader and the text-dump reader do on
comment markups they were not written for.

The pages in ``tests/threads/data/html_holdout/`` (wpDiscuz, Isso, Remark42, Livefyre, JComments,
Substack, a Guardian-like discussion, OpenWeb) and their answer key ``expected.json`` were written
by hand before the readers were read, so nothing here is tuned to them. Each page is read

- as HTML, by ``threads.page_parser.parse_file`` (which hands HTML to ``parse_html``), and
- as text, by ``parse_page`` on the dump of five real renderer settings: ``w3m -dump -cols 80``,
  ``lynx -dump -nolist -width=80``, plain ``lynx -dump`` (numbered links, locale charset),
  ``elinks -dump -dump-width 80`` and ``links -dump -width 80``.

A found comment is matched to a key row when its normalised body starts with the row's first five
words (or, failing that, holds them within its first 300 characters: a leading quote kept). Per
page and reader it prints: comments matched / expected, parents right (the tree parent is the
matched comment the key names, or none for a top-level one), authors right, times right (UTC to the
minute; a time the page gives without a zone is taken as UTC, and an expected null must stay
null; a null author is right when the reader names nobody, as for "Anonymous"), bodies whose first words are right, extra comments (found but matching no row).

A second set, ``tests/threads/data/html_holdout2/`` (Discourse embed with flat "in reply to" posts,
Commento, Hyvor Talk, the Facebook comments plugin, an old-Reddit-like thread, a Hacker-News-like
table, IntenseDebate in windows-1252, Talkyard), was written the same way by another blind tester.

Usage: ``.venv/bin/python bench/holdout_pages.py [-v] [--set html_holdout2]``; ``-v`` also lists
every wrong field; ``--set`` names the folder under ``tests/threads/data/`` (default ``html_holdout``).
Needs w3m, lynx, elinks and links on PATH (a missing one is reported and skipped).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from threads.model import ParsedComment, walk  # noqa: E402
from threads.page_parser import parse_file, parse_page  # noqa: E402

DATA = REPO / "tests" / "threads" / "data"
RENDERERS: dict[str, list[str]] = {
    "w3m": ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-O", "UTF-8"],
    "lynx": ["lynx", "-dump", "-nolist", "-width=80", "-display_charset=utf-8"],
    "lynx-plain": ["lynx", "-dump"],
    "elinks": ["elinks", "-dump", "-dump-width", "80", "-dump-charset", "utf-8"],
    "links": ["links", "-dump", "-width", "80", "-codepage", "utf-8"],
}


def _own_words(body: str) -> str:
    """A comment's text without the paragraphs it quotes (the readers keep another's words in
    quotation marks), as the keys give a comment's opening words: a reader who pastes the story
    between two lines of their own opens with both lines. Tried last, as some pages print every
    comment in quotation marks."""
    own = [part for part in body.split("\n\n") if not (part.startswith("“") and part.endswith("”"))]
    return "\n\n".join(own) if own else body


def norm(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


@dataclass
class Score:
    expected: int = 0
    matched: int = 0
    parents: int = 0
    authors: int = 0
    times: int = 0
    words: int = 0
    extra: int = 0
    error: str | None = None
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("expected", "matched", "parents", "authors", "times", "words", "extra"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _own_text(body: str) -> str:
    """The comment's own words: the keys leave out a leading quote of another comment, which the
    HTML reader gives as paragraphs in curly quotation marks (a ``<blockquote>``)."""
    paragraphs = body.split("\n\n")
    while len(paragraphs) > 1 and paragraphs[0].startswith("\u201c") and paragraphs[0].endswith("\u201d"):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _stamp(comment: ParsedComment) -> str | None:
    when = comment.created_at
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%d %H:%M")


def score(comments: list[ParsedComment], rows: list[list[str | None]]) -> Score:
    result = Score(expected=len(rows))
    found = list(walk(comments))
    by_path: dict[tuple[int, ...], int | None] = {}
    taken: set[int] = set()
    row_of: dict[int, tuple[tuple[int, ...], ParsedComment]] = {}
    for path, comment in found:
        body = norm(comment.body)
        own = norm(_own_words(comment.body))
        match = None
        # (a row without words, a removed comment whose key leaves its placeholder out, takes a
        # comment only when no row's words do: every text starts with nothing)
        for way in ("starts", "near start", "own words", "no words"):
            for index, row in enumerate(rows):
                opener = norm(str(row[4] or ""))
                if index in taken or (not opener) != (way == "no words"):
                    continue
                text = own if way == "own words" else body
                if text.startswith(opener) if way in ("starts", "no words") else opener in text[:300]:
                    match = index
                    break
            if match is not None:
                break
        by_path[path] = match
        if match is None:
            result.extra += 1
            result.wrong.append(f"extra: {comment.author_name!r} {comment.body[:60]!r}")
        else:
            taken.add(match)
            row_of[match] = (path, comment)
    ids = [row[0] for row in rows]
    for index, row in enumerate(rows):
        if index not in row_of:
            result.wrong.append(f"missing: {row[0]} {row[2]!r} {row[4]!r}")
            continue
        result.matched += 1
        path, comment = row_of[index]
        parent_index = by_path.get(path[:-1]) if len(path) > 1 else None
        parent = ids[parent_index] if parent_index is not None else None
        if len(path) > 1 and parent_index is None:
            parent = "<unmatched>"
        elif len(path) == 1 and comment.parent_external_id and row[1] is not None:
            # a reply to a comment on another page of the thread, by its id (older keys file it
            # as a root of this page, null, which a root here is)
            parent = comment.parent_external_id
        if parent == row[1]:
            result.parents += 1
        else:
            result.wrong.append(f"parent: {row[0]} got {parent} want {row[1]}")
        if norm(comment.author_name or "") == norm(row[2] or ""):  # null: the page names nobody
            result.authors += 1
        else:
            result.wrong.append(f"author: {row[0]} got {comment.author_name!r} want {row[2]!r}")
        if _stamp(comment) == row[3]:
            result.times += 1
        else:
            result.wrong.append(f"time: {row[0]} got {_stamp(comment)} want {row[3]}")
        if norm(_own_text(comment.body)).startswith(norm(str(row[4]))):
            result.words += 1
        else:
            result.wrong.append(f"words: {row[0]} got {comment.body[:50]!r}")
    return result


def dump(renderer: str, page: Path) -> str:
    raw = subprocess.run(
        [*RENDERERS[renderer], str(page)], capture_output=True, check=True, timeout=60
    ).stdout
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    chosen = args[args.index("--set") + 1] if "--set" in args[:-1] else "html_holdout"
    pages = DATA / chosen
    key = json.loads((pages / "expected.json").read_text(encoding="utf-8"))
    readers = ["html", *[name for name in RENDERERS if shutil.which(RENDERERS[name][0])]]
    missing = [name for name in RENDERERS if name not in readers]
    if missing:
        print(f"not installed, skipped: {', '.join(missing)}")
    totals = {reader: Score() for reader in readers}
    header = f"{'page':<19}{'reader':<11}{'found':>7}{'parents':>9}{'authors':>9}{'times':>7}{'words':>7}{'extra':>7}"
    print(header)
    print("-" * len(header))
    for name, rows in key.items():
        if name.startswith("_"):
            continue
        page = pages / name
        for reader in readers:
            try:
                article = parse_file(page) if reader == "html" else parse_page(dump(reader, page))
                result = score(article.comments, rows)
            except Exception as error:  # noqa: BLE001 - a crash is a figure here, not a stop
                result = Score(expected=len(rows), error=f"{type(error).__name__}: {error}")
            totals[reader].add(result)
            n = result.expected
            line = (
                f"{name.removesuffix('.html'):<19}{reader:<11}{result.matched:>4}/{n:<2}{result.parents:>6}/{n:<2}"
                f"{result.authors:>6}/{n:<2}{result.times:>4}/{n:<2}{result.words:>4}/{n:<2}{result.extra:>5}"
            )
            print(line + (f"  {result.error}" if result.error else ""))
            if verbose:
                for wrong in result.wrong:
                    print(f"{'':<30}{wrong}")
    print("-" * len(header))
    for reader, total in totals.items():
        n = total.expected
        print(
            f"{'ALL':<19}{reader:<11}{total.matched:>4}/{n:<2}{total.parents:>6}/{n:<2}{total.authors:>6}/{n:<2}"
            f"{total.times:>4}/{n:<2}{total.words:>4}/{n:<2}{total.extra:>5}   parents {total.parents / n:.0%}"
        )


if __name__ == "__main__":
    main()
