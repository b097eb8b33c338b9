"""Sentence spans and token-bounded windows over a comment, as character offsets into its text.

Detoxify truncates its input, and the worst sentence of a 700-word comment is often in the middle,
so a comment is also scored sentence by sentence and, when it is longer than the model's limit,
window by window. Offsets point into the original text so the queue can highlight what drove a
score. Token counts come from the model's tokenizer when the caller passes one; without it
`words * 1.3` is a fair estimate for English WordPiece/BPE vocabularies.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pysbd

log = logging.getLogger(__name__)
# Counts the model's tokens (without special tokens) of each text, in one call.
TokenCounter = Callable[[Sequence[str]], Sequence[int]]

# pysbd builds its abbreviation patterns from strings on every call (about 6,000 distinct ones over
# a few hundred comments), more than the standard library's 512-entry pattern cache holds, so each
# comment recompiled them: 11% of the app's scoring time (bench/scoring.py, profiled). A larger
# cache makes them compile once per process; the cost is a few MB of compiled patterns.
re._MAXCACHE = max(re._MAXCACHE, 8192)  # type: ignore[attr-defined]

_LINE = re.compile(r"[^\r\n]+")
_WORD = re.compile(r"\S+")
# Windows share about a quarter of their tokens with the previous one, so a phrase cut at a
# boundary is still seen whole by one of them.
OVERLAP = 0.25
# pysbd's time grows faster than the text (a 20 KB line took 0.6 s, 80 KB 5.4 s), so a long line is
# handed to it in pieces of at most this many characters, cut after a sentence end where one is
# near, else at a space; the splitter then grows linearly with the comment.
PYSBD_CHUNK = 2_000
_CHUNK_END = re.compile(r"[.!?…][\"'”’)\]]*\s")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    # A piece of a sentence too long for the model, cut at word boundaries.
    cut: bool = False

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Segmentation:
    sentences: list[Span]
    windows: list[Span]


def approximate_token_counts(texts: Sequence[str]) -> list[int]:
    return [math.ceil(len(text.split()) * 1.3) for text in texts]


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _raw_sentences(text: str) -> list[Span]:
    """pysbd sentences line by line, stripped, with any text pysbd's spans missed kept as its own span.

    Line breaks in a comment are the author's paragraph breaks (list items, a closing line without
    a full stop), so they always end a sentence; segmenting per line is also faster than per text.
    """
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        for chunk in _chunks(text, line.start(), line.end()):
            spans.extend(_chunk_sentences(text, chunk))
    return spans


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most PYSBD_CHUNK characters, cut after a sentence end if possible."""
    pieces: list[tuple[int, int]] = []
    while end - start > PYSBD_CHUNK:
        limit = start + PYSBD_CHUNK
        cut = -1
        for match in _CHUNK_END.finditer(text, start + PYSBD_CHUNK // 2, limit):
            cut = match.end()
        if cut < 0:
            space = text.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _chunk_sentences(text: str, chunk: tuple[int, int]) -> list[Span]:
    """pysbd's sentences of one chunk of a line, stripped, with any text its spans missed kept too."""
    spans: list[Span] = []
    bounds = _strip(text, chunk[0], chunk[1])
    if bounds is None:
        return spans
    # Leading indentation confuses pysbd's list-item rules ("  1. REMOVE ..." splits after "1."),
    # so each line is segmented without it.
    # A fresh segmenter per line: it keeps the text it is working on, so sharing one is not thread-safe.
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    try:
        found = segmenter.segment(bounds.text(text))
    except Exception:  # pysbd's rules can trip on odd input; a line is still a usable span
        log.warning("pysbd failed on a line of %d characters; keeping the line whole", bounds.end - bounds.start)
        found = []
    cursor = bounds.start
    for piece in found:
        start, end = bounds.start + int(piece.start), bounds.start + int(piece.end)
        if start < cursor or end <= start:
            continue
        if text[cursor:start].strip():
            gap = _strip(text, cursor, start)
            if gap is not None:
                spans.append(gap)
        span = _strip(text, start, end)
        if span is not None:
            spans.append(span)
        cursor = end
    tail = _strip(text, cursor, bounds.end)
    if tail is not None:
        spans.append(tail)
    return spans


def _pack(counts: Sequence[int], budget: int) -> list[tuple[int, int]]:
    """Greedy [i, j) ranges of consecutive items within `budget` tokens, each sharing its last item
    and up to OVERLAP of the budget with the next.

    An item larger than the budget gets a range of its own; every range advances past the last.
    """
    ranges: list[tuple[int, int]] = []
    overlap = int(budget * OVERLAP)
    i, n = 0, len(counts)
    while i < n:
        j, total = i, 0
        while j < n and (j == i or total + counts[j] <= budget):
            total += counts[j]
            j += 1
        ranges.append((i, j))
        if j >= n:
            break
        # Share at least the last item (when that still moves forward), then more up to `overlap`.
        k = j - 1 if j - 1 > i else j
        shared = counts[k] if k < j else 0
        while k - 1 > i and shared + counts[k - 1] <= overlap:
            k -= 1
            shared += counts[k]
        i = k
    return ranges


def _cut(text: str, span: Span, budget: int, count: TokenCounter) -> list[Span]:
    words = [Span(span.start + m.start(), span.start + m.end()) for m in _WORD.finditer(span.text(text))]
    counts = list(count([w.text(text) for w in words]))
    return [Span(words[i].start, words[j - 1].end, cut=True) for i, j in _pack(counts, budget)]


def segment(text: str, max_tokens: int | None = None, count_tokens: TokenCounter | None = None) -> Segmentation:
    """Sentences (long ones cut into pieces of at most `max_tokens`) and, if the text exceeds
    `max_tokens`, overlapping windows of whole sentences. `max_tokens` excludes special tokens."""
    sentences = _raw_sentences(text)
    if max_tokens is None or not sentences:
        return Segmentation(sentences, [])
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be positive, got {max_tokens}")
    count = count_tokens or approximate_token_counts
    counts = list(count([s.text(text) for s in sentences]))
    pieces: list[Span] = []
    piece_counts: list[int] = []
    for sentence, n in zip(sentences, counts, strict=True):
        if n <= max_tokens:
            pieces.append(sentence)
            piece_counts.append(n)
            continue
        cut = _cut(text, sentence, max_tokens, count)
        pieces.extend(cut)
        piece_counts.extend(count([c.text(text) for c in cut]))
    if sum(counts) <= max_tokens:
        return Segmentation(pieces, [])
    # A window of one piece would only repeat that sentence's span, so only multi-piece windows are kept.
    windows = [Span(pieces[i].start, pieces[j - 1].end) for i, j in _pack(piece_counts, max_tokens) if j - i > 1]
    return Segmentation(pieces, windows)


def sentence_spans(text: str, max_tokens: int | None = None, count_tokens: TokenCounter | None = None) -> list[Span]:
    """Sentence spans of `text`; with `max_tokens`, sentences longer than that are cut into pieces."""
    return segment(text, max_tokens, count_tokens).sentences


def windows(text: str, max_tokens: int, count_tokens: TokenCounter | None = None) -> list[Span]:
    """Overlapping windows on sentence boundaries for text longer than `max_tokens`; [] if it fits."""
    return segment(text, max_tokens, count_tokens).windows
