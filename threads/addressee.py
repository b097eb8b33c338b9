"""Who wrote which comment, and whom each comment answers, where the page shows no names.

Every unnamed comment starts as a placeholder author of its own ("anon:<comment id>"). Textual
evidence then names placeholders and folds them together: "@Gurgen" under a comment names that
comment's author Gurgen; "@A / B" says A and B are one person; a top-level "Zeituntsi Vache
Achikyan, agree 100% with you" names the author of the earlier comment it answers; a repost says
two placeholders are probably one person. A quotation of an earlier comment makes that comment's
author the addressee even when the reply sits under another comment.

Nothing is merged without evidence, each merge is reported with its reason, confidence and the
comments behind it, and inferences below the confidence threshold are reported but not applied.
Two known accounts (author ids) are never merged: that would be a sock-puppet claim, which
`threads.sockpuppets` reports instead of acting on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cached_property

from threads.addressee_authors import AuthorGroups
from threads.addressee_cues import (
    MIN_CONFIDENCE,
    NameCue,
    best_match,
    content_words,
    mention,
    names_agree,
    normalise_words,
    quoted_spans,
    vocative,
)
from threads.addressee_opener import opener, quotes_text
from threads.addressee_types import Addressee, Identity, Inference, Merge, Resolution
from threads.gc_pause import without_gc
from threads.graph_rows import CommentRow
from threads.near_duplicates import near_duplicate_groups
from threads.sockpuppets import normalise_name

__all__ = ["MIN_CONFIDENCE", "Addressee", "Identity", "Inference", "Merge", "Resolution", "resolve"]

_QUOTE_LONG_WORDS = 10
_REPOST_EXACT_CONFIDENCE = 0.75


def _timestamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


class _Resolver:
    def __init__(self, rows: Sequence[CommentRow], min_confidence: float,
                 article_texts: Mapping[str, str] | None) -> None:
        self.rows = rows
        self.min_confidence = min_confidence
        self.articles = {t: normalise_words(text) for t, text in (article_texts or {}).items()}
        self.authors = AuthorGroups()
        self.name_index: dict[str, str] = {}
        self.key0: dict[str, str] = {}
        seen = self.authors.seen
        for row in rows:  # row_author_key, inlined: this loop runs once per comment
            if row.author_id is not None:
                key = "id:" + row.author_id
            elif row.author_name:
                key = "name:" + normalise_name(row.author_name)
            else:
                self.key0[row.id] = "anon:" + row.id
                continue
            self.key0[row.id] = key
            if row.author_name and key not in seen:
                self.name_index.setdefault(normalise_name(row.author_name), key)
                self.authors.add_name(key, row.author_name)
        self._by_thread: dict[str, list[int]] | None = None
        self._ordered: dict[str, list[int]] = {}
        self._position: dict[str, dict[str, int]] = {}
        self.inferences: list[Inference] = []
        self.addressee: dict[str, tuple[str | None, str | None, str, float]] = {}
        # (thread, normalised name) -> comment whose author was given that name
        self.named_in_thread: dict[tuple[str, str], str] = {}
        # comment -> every name a cue gave its author, applied or not
        self.tentative: dict[str, list[str]] = {}

    def thread(self, thread_id: str) -> list[int]:
        """Row indices of one thread, oldest first: by created_at where every row has one,
        otherwise in input (page) order. Built on demand: most threads never need it."""
        got = self._ordered.get(thread_id)
        if got is None:
            if self._by_thread is None:
                self._by_thread = {}
                for index, row in enumerate(self.rows):
                    self._by_thread.setdefault(row.thread_id, []).append(index)
            got = list(self._by_thread.get(thread_id, []))
            if all(self.rows[i].created_at is not None for i in got):
                got.sort(key=lambda i: (_timestamp(self.rows[i].created_at), i))
            self._ordered[thread_id] = got
        return got

    def position(self, comment_id: str) -> int:
        thread_id = self.rows_by_id[comment_id].thread_id
        positions = self._position.get(thread_id)
        if positions is None:
            positions = {self.rows[i].id: p for p, i in enumerate(self.thread(thread_id))}
            self._position[thread_id] = positions
        return positions[comment_id]

    @cached_property
    def rows_by_id(self) -> dict[str, CommentRow]:
        return {row.id: row for row in self.rows}

    def record(self, kind: str, row: CommentRow, target: str | None, name: str | None,
               confidence: float, matched: str, applied: bool) -> Inference:
        if target is not None and name is not None:
            self.tentative.setdefault(target, []).append(name)
        evidence = (row.id,) if target is None else (row.id, target)
        inference = Inference(kind, row.id, target, name, round(confidence, 3), evidence, matched,
                              applied and confidence >= self.min_confidence)
        self.inferences.append(inference)
        return inference

    def name_key(self, name: str) -> str:
        folded = normalise_name(name)
        key = self.name_index.get(folded)
        if key is None:
            key = f"name:{folded}"
            self.authors.add_name(key, name)
        return key

    def attach_names(self, row: CommentRow, target: str, cue: NameCue, kind: str,
                     confidence: float, matched: str) -> bool:
        """Give the author of comment `target` the cue's names. Returns whether it was applied."""
        target_key = self.key0[target]
        first = cue.names[0]
        if not target_key.startswith("anon:"):
            # A known author: the name either is theirs, or the comment speaks to someone else.
            own = self.authors.names.get(self.authors.find(target_key), [])
            if names_agree(first, own):
                self.record(kind, row, target, first, confidence, matched, True)
                return True
            other = self.name_index.get(normalise_name(first))
            applied = other is not None and confidence >= self.min_confidence
            self.record(kind, row, target, first, confidence, matched, applied)
            if applied and other is not None:
                self.addressee[row.id] = (None, other, kind, confidence)
            return applied
        own = self.authors.names.get(self.authors.find(target_key), [])
        if own and not names_agree(first, own):
            # Already known under another name: two names for one comment need more than this.
            self.record(kind, row, target, first, confidence, matched, False)
            return False
        inference = self.record(kind, row, target, first, confidence, matched, True)
        if not inference.applied:
            return False
        ok = self.authors.union(target_key, self.name_key(first), inference)
        self.named_in_thread.setdefault((row.thread_id, normalise_name(first)), target)
        for alias in cue.names[1:]:
            alias_inference = self.record("alias", row, target, alias, min(confidence, 0.8),
                                          f"{first} / {alias}", True)
            if alias_inference.applied:
                self.authors.union(self.name_key(first), self.name_key(alias), alias_inference)
                self.named_in_thread.setdefault((row.thread_id, normalise_name(alias)), target)
        return ok

    def reply_cues(self) -> list[tuple[CommentRow, NameCue]]:
        """Apply name cues in replies (they name the parent); return the top-level ones."""
        top_level: list[tuple[CommentRow, NameCue]] = []
        by_id = self.rows_by_id
        for row in self.rows:
            parent = by_id.get(row.parent_id) if row.parent_id is not None else None
            cue = mention(row.body)
            if cue is None:
                cue = vocative(row.body)
                if cue is None or cue.confidence < self.min_confidence:
                    # A handle-shaped comma opener ("FortMacMom, …") is the opener model's call.
                    other = opener(row.body, parent.body if parent is not None else None)
                    if other is not None and (cue is None or other.confidence > cue.confidence):
                        cue = other
            if cue is None:
                continue
            if parent is None or row.parent_id not in self.key0:
                top_level.append((row, cue))
                continue
            if not self.answers_a_sibling(row, parent, cue):
                self.attach_names(row, parent.id, cue, cue.kind, cue.confidence, cue.matched)
        return top_level

    def names_of(self, comment_id: str) -> list[str]:
        return self.authors.names.get(self.authors.find(self.key0[comment_id]), [])

    def answers_a_sibling(self, row: CommentRow, parent: CommentRow, cue: NameCue) -> bool:
        """A reply naming someone other than its parent's (already named) author answers an
        earlier reply under the same parent, as flat two-level threads are written: the one
        known under that name, else the one it quotes, else the one whose words it echoes, else
        the latest, at a confidence shared out evenly between the candidates."""
        name = cue.names[0]
        # Names given to the parent's author so far, including by cues too weak to apply: an
        # earlier sibling opening "Nora, …" says the parent is not this reply's "RENTERS4EVER".
        parent_names = self.names_of(parent.id) or self.tentative.get(parent.id, [])
        if not parent_names or names_agree(name, parent_names):
            return False
        siblings = []
        for index in self.thread(row.thread_id)[: self.position(row.id)]:
            other = self.rows[index]
            if other.parent_id == parent.id:
                names = self.names_of(other.id)
                if not names or names_agree(name, names):
                    siblings.append(other)
        if not siblings:
            return False
        known = [s for s in siblings if self.names_of(s.id)]
        quoted = [s for s in siblings if quotes_text(row.body, s.body)]
        match = best_match(content_words(row.body), [content_words(s.body) for s in siblings])
        if known or quoted:
            target, confidence, why = (known or quoted)[-1], cue.confidence, "named" if known else "quoted"
        elif match is not None:
            best, score, runner_up, shared = match
            target = siblings[best]
            confidence = min(cue.confidence, 0.4 + 1.5 * (1.0 - runner_up / score))
            why = "shared words: " + ", ".join(shared)
        else:
            target, confidence, why = siblings[-1], cue.confidence / len(siblings), "the latest"
        matched = f"{cue.matched} (answers an earlier reply, {why})"
        if self.attach_names(row, target.id, cue, cue.kind, confidence, matched):
            self.addressee[row.id] = (target.id, None, cue.kind, confidence)
        return True

    def top_level_cues(self, cues: list[tuple[CommentRow, NameCue]]) -> None:
        """A top-level comment addressing someone by name answers an earlier comment: the one
        already known under that name in the thread, or else the one whose content it echoes."""
        for row, cue in cues:
            folded = normalise_name(cue.names[0])
            here = self.position(row.id)
            earlier = self.thread(row.thread_id)[:here]
            known = self.named_in_thread.get((row.thread_id, folded))
            if known is None:  # "Hi Linda" for the "Linda Tran" named earlier in the thread
                known = next((cid for (thread, named), cid in self.named_in_thread.items()
                              if thread == row.thread_id and names_agree(cue.names[0], [named])), None)
            if known is not None and self.position(known) < here:
                inference = self.record("top_level_address", row, known, cue.names[0],
                                        cue.confidence, cue.matched, True)
                if inference.applied:
                    self.addressee[row.id] = (known, None, inference.kind, inference.confidence)
                continue
            if folded in self.name_index:
                inference = self.record("top_level_address", row, None, cue.names[0],
                                        cue.confidence, cue.matched, True)
                if inference.applied:
                    self.addressee[row.id] = (None, self.name_index[folded], inference.kind,
                                              inference.confidence)
                continue
            candidates = [self.rows[i] for i in earlier]
            match = best_match(content_words(row.body), [content_words(c.body) for c in candidates])
            if match is None:
                self.record("top_level_address", row, None, cue.names[0], 0.0, cue.matched, False)
                continue
            best, score, runner_up, shared = match
            margin = 1.0 - runner_up / score
            confidence = min(cue.confidence, 0.9, 0.4 + 1.5 * margin)
            target = candidates[best].id
            matched = f"{cue.matched} (shared words: {', '.join(shared)})"
            if self.attach_names(row, target, cue, "top_level_address", confidence, matched):
                self.addressee[row.id] = (target, None, "top_level_address", confidence)

    def quotes(self) -> None:
        """A quotation of an earlier comment addresses that comment's author: the earliest
        comment of the thread containing the quoted words, whatever branch it sits on."""
        normalised: dict[str, str] = {}
        lowered: dict[str, str] = {}
        for row in self.rows:
            if row.id in self.addressee:
                continue
            spans = quoted_spans(row.body)
            if not spans:
                continue
            article = self.articles.get(row.thread_id, "")
            earlier: list[int] | None = None
            for span in spans:
                if span in article:
                    continue  # quoting the article, not a commenter
                target = None
                # Most quotes are of the parent: try it first.
                parent = self.rows_by_id.get(row.parent_id) if row.parent_id is not None else None
                if parent is not None and span in normalise_words(parent.body):
                    target = parent.id
                # The span's longest word must appear in the lower-cased body: a plain substring
                # test that spares most comments the regex normalisation.
                probe = max(span.split(), key=len)
                if target is None and earlier is None:
                    earlier = self.thread(row.thread_id)[: self.position(row.id)]
                for j in earlier if target is None and earlier is not None else ():
                    other = self.rows[j]
                    low = lowered.get(other.id)
                    if low is None:
                        low = lowered[other.id] = other.body.lower()
                    if probe not in low:
                        continue
                    text = normalised.get(other.id)
                    if text is None:
                        text = normalised[other.id] = normalise_words(other.body)
                    if span in text:
                        target = other.id
                        break
                if target is None:
                    continue
                words = span.count(" ") - 1
                confidence = 0.85 if words >= _QUOTE_LONG_WORDS else 0.7
                inference = self.record("quote", row, target, None, confidence, span.strip()[:120], True)
                if inference.applied and target != row.parent_id:
                    self.addressee[row.id] = (target, None, "quote", confidence)
                break

    def reposts(self) -> None:
        """The same text from two unnamed comments: probably one author repeating themselves."""
        unnamed = [(row.id, row.body) for row in self.rows if self.key0[row.id].startswith("anon:")]
        for group in near_duplicate_groups(unnamed):
            for pair in group.pairs:
                first, second = sorted((pair.a, pair.b), key=lambda c: (self.position(c), c))
                row = self.rows_by_id[second]
                exact = pair.similarity >= 1.0
                confidence = _REPOST_EXACT_CONFIDENCE if exact else 0.5 + 0.25 * pair.similarity
                matched = "identical text" if exact else f"near-identical text (Jaccard {pair.similarity:.2f})"
                inference = self.record("repost", row, first, None, confidence, matched, True)
                if inference.applied:
                    self.authors.union(self.key0[second], self.key0[first], inference)


@without_gc
def resolve(
    rows: Sequence[CommentRow],
    *,
    min_confidence: float = MIN_CONFIDENCE,
    detect_reposts: bool = True,
    article_texts: Mapping[str, str] | None = None,
) -> Resolution:
    """Authors and addressees for `rows`. `article_texts` (thread id -> article body) lets quotes
    of the article be told apart from quotes of a commenter."""
    r = _Resolver(rows, min_confidence, article_texts)
    top_level = r.reply_cues()
    r.top_level_cues(top_level)
    r.quotes()
    if detect_reposts:
        r.reposts()
    find = r.authors.find
    merged = r.authors.parent
    author_of = dict(r.key0)
    if merged:  # only comments whose author was folded into another need a lookup
        for cid, key in r.key0.items():
            if key in merged:
                author_of[cid] = find(key)
    addressee_of: dict[str, Addressee] = {}
    for cid, (target, named, kind, confidence) in r.addressee.items():
        author = author_of[target] if target is not None else find(named or "")
        addressee_of[cid] = Addressee(target, author, kind, confidence)
    names = {root: tuple(n) for root, n in r.authors.names.items() if n}
    return Resolution(author_of, addressee_of, r.inferences, r.authors.merges, names)
