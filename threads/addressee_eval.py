"""Measuring addressee inference against threads whose true authors are known.

Each page under a set folder has a `<stem>.truth.json` beside it: for every comment (by its
dotted position, as `rows_from_article` numbers it) the true author and, where the comment's
opening names the person it answers, that person. A name link is right when the name given is
that person and the comment it is attached to was written by them; recall counts the
name-addressed comments linked right, precision the name links made that are right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from threads.addressee import resolve
from threads.addressee_cues import _HONORIFICS
from threads.addressee_types import Resolution
from threads.graph_rows import CommentRow, rows_from_article

# Inference kinds that attach a name taken from a comment's own text.
NAME_KINDS = frozenset({"mention", "vocative", "opener", "top_level_address"})


@dataclass(frozen=True, slots=True)
class Thread:
    stem: str
    rows: list[CommentRow]
    authors: dict[str, str]  # comment id -> true author
    addresses: dict[str, str]  # comment id -> the person its opening names


def load_set(folder: Path) -> list[Thread]:
    from threads.page_parser import parse_file

    threads = []
    for page in sorted(folder.glob("*.txt")):
        truth = json.loads(page.with_name(page.stem + ".truth.json").read_text(encoding="utf-8"))
        rows = rows_from_article(parse_file(page), page.stem)
        ids = [r.id.split(":", 1)[1] for r in rows]
        if ids != list(truth["comments"]):
            raise ValueError(f"{page}: the parsed tree does not match its truth file")
        authors = {f"{page.stem}:{k}": v["author"] for k, v in truth["comments"].items()}
        addresses = {f"{page.stem}:{k}": v["addresses"] for k, v in truth["comments"].items()
                     if v.get("addresses")}
        threads.append(Thread(page.stem, rows, authors, addresses))
    return threads


def _tokens(name: str) -> set[str]:
    return {w.strip(".@'\u2019").casefold() for w in name.split()} - _HONORIFICS - {""}


def same_person(name: str, author: str) -> bool:
    """"Sheila" and "Dr. Sandhu" name "Sheila Moran" and "Dr. Amrit Sandhu"."""
    got, full = _tokens(name), _tokens(author)
    return bool(got) and got <= full


@dataclass
class Score:
    addressed: int = 0  # comments whose opening names the person they answer
    found: int = 0  # ... linked to that person
    links: int = 0  # name links made
    right: int = 0  # ... that are right
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.addressed if self.addressed else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.links if self.links else 1.0

    def add(self, other: Score) -> None:
        self.addressed += other.addressed
        self.found += other.found
        self.links += other.links
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed


def score_thread(thread: Thread, resolution: Resolution | None = None) -> Score:
    res = resolution if resolution is not None else resolve(thread.rows)
    score = Score(addressed=len(thread.addresses))
    body = {r.id: r.body for r in thread.rows}
    linked: set[str] = set()
    for inf in res.inferences:
        if inf.kind not in NAME_KINDS or not inf.applied or inf.name is None or inf.comment_id in linked:
            continue
        linked.add(inf.comment_id)
        score.links += 1
        truth = thread.addresses.get(inf.comment_id)
        target_author = thread.authors.get(inf.target_comment_id or "", truth or "")
        ok = truth is not None and same_person(inf.name, truth) and same_person(inf.name, target_author)
        if ok:
            score.right += 1
            score.found += 1
        else:
            score.wrong.append(f"{inf.comment_id} {inf.kind} {inf.name!r} -> {inf.target_comment_id} "
                               f"(by {target_author}; truth {truth}): {body[inf.comment_id][:60]!r}")
    score.missed = [f"{cid} (names {who}): {body[cid][:60]!r}"
                    for cid, who in thread.addresses.items() if cid not in linked]
    score.missed += [w for w in score.wrong if w.split()[0] in thread.addresses]
    return score


def score_set(threads: list[Thread]) -> Score:
    total = Score()
    for thread in threads:
        total.add(score_thread(thread))
    return total
