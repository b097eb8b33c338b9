"""The scoring pipeline: whole comments, their sentences and windows, batched by length and cached.

A comment's score per label is the max over the whole comment (as Detoxify sees it, truncated) and
its sentence and window spans, so a toxic sentence deep inside a long comment is not lost to
truncation. Every distinct text (comment, sentence or window) goes through the model once: texts
are keyed by content hash, reposts and repeated sentences hit the cache, and the rest is tokenised
once, sorted by token length and padded per batch, which removes most of the padding that plain
arrival-order batching pays for.

The learned `incitement` label is judged per sentence: the heads were trained on sentences, and
the re-ranker that tells a quoted or condemned call from a call (`moderation.incitement_model`)
costs too much to run on whole comments. A comment's incitement is its worst sentence's (its own
when it is one sentence); a window's is the worst sentence inside it. Whether a text is judged is
a property of the text (one sentence or not), so cached units stay consistent across comments.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from moderation.detox import Encoded, FloatArray, LoadedModel
from moderation.embedding import SentenceEncoder, shared_encoder
from moderation.incitement_model import LABEL as INCITEMENT
from moderation.incitement_model import IncitementModel, route, shared_model
from moderation.language import detect_many
from moderation.sentences import Span, segment
from threads.model import content_hash

SENTENCE = "sentence"
WINDOW = "window"
# Padded tokens per forward pass on CPU. Past this the feed-forward activations (tokens x 1536 floats
# for MiniLM) outgrow the 4 MB L2 cache and throughput drops; below it the matmuls get too small.
# On CPU this budget alone shapes a batch: capping the count as well would run short texts in
# batches of a few hundred tokens. (bench/scoring.py --batch-tokens tries other values.)
CPU_BATCH_TOKENS = 1024
GPU_BATCH_SIZE = 32
# A comment is scored up to this many characters (Perspective's own limit is 20 KB); the rest is
# not scored, the TextScore says so, and the policy sends the comment to review. One pasted 1 MB
# comment would otherwise cost minutes of model time while every comment behind it waits.
MAX_SCORED_CHARS = 20_000


@dataclass
class SpanScore:
    start: int
    end: int
    kind: str  # "sentence" | "window"
    scores: dict[str, float]
    language: str | None = None  # ISO 639-1, None when undetermined or not asked


@dataclass
class TextScore:
    labels: dict[str, float]  # max of whole-comment, sentence and window scores per label
    whole: dict[str, float]
    spans: list[SpanScore]
    model_identity: str
    language: str | None = None  # the whole comment's, ISO 639-1; None when undetermined or not asked
    scored_chars: int | None = None  # set when only the first N characters were scored

    @property
    def complete(self) -> bool:
        return self.scored_chars is None

    def top_span(self, label: str) -> SpanScore | None:
        """The span that scored highest on `label`, for highlighting; None without spans."""
        if not self.spans:
            return None
        return max(self.spans, key=lambda span: span.scores[label])


@dataclass(frozen=True)
class CacheStats:
    hits: int  # texts answered without the model: cached, or a duplicate within the same call
    misses: int  # texts run through the model
    size: int


@dataclass(frozen=True)
class _Unit:
    """What the scorer knows about one distinct text: its label scores and its language."""

    scores: dict[str, float]
    language: str | None
    judged: bool = True  # the incitement heads read it (False: a window or a comment of several sentences)


@dataclass(frozen=True)
class _Part:
    key: str
    span: Span | None  # None for the whole comment
    kind: str
    sentence: bool = False  # a sentence (or a piece of one too long for the model), not a window


class Scorer:
    """Scores texts with one loaded model; safe to share between threads."""

    def __init__(
        self,
        model: LoadedModel,
        batch_size: int | None = None,
        cache_size: int = 50_000,
        max_batch_tokens: int | None = None,
        incitement: IncitementModel | None | str = "shipped",
        encoder: SentenceEncoder | None = None,
        max_chars: int = MAX_SCORED_CHARS,
    ) -> None:
        """`incitement` adds the learned `incitement` label (and per-text languages) to every score:
        "shipped" (the default) loads the model `flask model train-incitement` wrote, or the one
        $THREADWATCH_INCITEMENT_MODEL names; None scores the toxicity labels alone (benchmarks).
        `encoder` is the multilingual sentence encoder its multilingual head reads (default: shared)."""
        if isinstance(incitement, str):
            if incitement != "shipped":
                raise ValueError(f"incitement must be a model, None or 'shipped', got {incitement!r}")
            incitement = shared_model()
        if batch_size is not None and batch_size < 1:
            raise ValueError(f"batch_size must be positive, got {batch_size}")
        self.model = model
        on_cpu = model.device.type == "cpu"
        if batch_size is None:
            # Every text has at least one token, so on CPU the count never binds before the budget.
            batch_size = CPU_BATCH_TOKENS if on_cpu else GPU_BATCH_SIZE
        self.batch_size = batch_size
        self.cache_size = cache_size
        if max_batch_tokens is None:
            max_batch_tokens = CPU_BATCH_TOKENS if on_cpu else batch_size * model.max_tokens
        # A batch always admits at least one text, so the budget never has to exceed max_tokens.
        self.max_batch_tokens = max(max_batch_tokens, 1)
        self.incitement = incitement
        self._encoder = encoder
        if max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        self.max_chars = max_chars
        self.labels: tuple[str, ...] = model.labels + ((INCITEMENT,) if incitement is not None else ())
        self._cache: OrderedDict[str, _Unit] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = 0
        self._misses = 0

    def cache_stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses, len(self._cache))

    def score(self, texts: Sequence[str], *, spans: bool = True) -> list[TextScore]:
        """Scores per text, in input order. `spans=False` is the comment-level fast path: the whole
        comment only, numerically what `Detoxify.predict` gives."""
        units: dict[str, str] = {}
        plans: list[list[_Part]] = []
        judged: set[str] = set()  # units the incitement heads read: sentences, and one-sentence comments
        cut_at = [self._cut_at(text) for text in texts]
        texts = [text[:cut] if cut is not None else text for text, cut in zip(texts, cut_at, strict=True)]
        wholes = {content_hash(text) for text in texts}
        parent_of: dict[str, str] = {}  # a sentence or window -> the first comment it came from
        for text in texts:
            whole = content_hash(text)
            units.setdefault(whole, text)
            parts = [_Part(whole, None, "whole")]
            if spans:
                seg = segment(text, self.model.content_tokens, self.model.count_tokens)
                if len(seg.sentences) <= 1:
                    judged.add(whole)
                for kind, group in ((SENTENCE, seg.sentences), (WINDOW, seg.windows)):
                    for span in group:
                        piece = span.text(text)
                        key = content_hash(piece)
                        units.setdefault(key, piece)
                        if key not in wholes:
                            parent_of.setdefault(key, whole)
                        if kind == SENTENCE:
                            judged.add(key)
                        parts.append(_Part(key, span, WINDOW if span.cut else kind, kind == SENTENCE))
            else:
                judged.add(whole)
            plans.append(parts)
        # Parts that repeat a text already in this call (a repost, a one-sentence comment) cost nothing.
        repeats = sum(len(parts) for parts in plans) - len(units)
        with self._lock:
            self._hits += repeats
        scored = self._score_units(units, parent_of, judged)
        labels = self.labels
        results: list[TextScore] = []
        for parts, cut in zip(plans, cut_at, strict=True):
            whole_unit = scored[parts[0].key]
            whole_scores = dict(whole_unit.scores)
            top = dict(whole_scores)
            span_scores: list[SpanScore] = []
            for part in parts[1:]:
                assert part.span is not None
                unit = scored[part.key]
                values = dict(unit.scores)
                span_scores.append(SpanScore(part.span.start, part.span.end, part.kind, values, unit.language))
                for label in labels:
                    if values[label] > top[label]:
                        top[label] = values[label]
            if self.incitement is not None and parts[0].key not in judged:
                self._sentence_incitement(parts, span_scores, whole_scores, top)
            results.append(TextScore(top, whole_scores, span_scores, self.model.identity, whole_unit.language, cut))
        return results

    @staticmethod
    def _sentence_incitement(parts: list[_Part], span_scores: list[SpanScore], whole: dict[str, float],
                             top: dict[str, float]) -> None:
        """A comment of several sentences: its incitement is its worst sentence's, and a window's is
        the worst sentence inside it (neither was read by the incitement heads)."""
        sentences = [(span.start, span.end, span.scores[INCITEMENT])
                     for part, span in zip(parts[1:], span_scores, strict=True) if part.sentence]
        worst = max((value for _, _, value in sentences), default=0.0)
        whole[INCITEMENT] = top[INCITEMENT] = worst
        for part, span in zip(parts[1:], span_scores, strict=True):
            if not part.sentence:
                span.scores[INCITEMENT] = max(
                    (value for start, end, value in sentences if start < span.end and end > span.start), default=0.0)

    def _cut_at(self, text: str) -> int | None:
        """Where scoring stops for an over-long text (at a space near the limit), or None."""
        if len(text) <= self.max_chars:
            return None
        space = text.rfind(" ", self.max_chars // 2, self.max_chars)
        return space if space > 0 else self.max_chars

    def _score_units(self, units: dict[str, str], parent_of: dict[str, str] | None = None,
                     judged: set[str] | None = None) -> dict[str, _Unit]:
        """Scores per unit; the incitement heads read only the `judged` units (None: all), the
        others carry incitement 0 until their comment's sentences fill it in."""
        found: dict[str, _Unit] = {}
        missing: list[str] = []
        with self._lock:
            for key in units:
                cached = self._cache.get(key)
                # A unit cached without an incitement reading but judged now (rare: the same text
                # as a window once, as a sentence now) is read again.
                if cached is not None and self.incitement is not None and not cached.judged and (
                        judged is None or key in judged):
                    cached = None
                if cached is None:
                    missing.append(key)
                else:
                    self._cache.move_to_end(key)
                    found[key] = cached
            self._hits += len(found)
            self._misses += len(missing)
        if missing:
            texts = [units[key] for key in missing]
            native = self.incitement.native_for(self.model.identity) if self.incitement is not None else None
            rows, features = self._run(texts, features=native is not None)
            labels = self.model.labels
            scores = [dict(zip(labels, row, strict=True)) for row in rows]
            languages: list[str | None] = [None] * len(texts)
            reads = [judged is None or key in judged for key in missing]
            if self.incitement is not None:
                languages = self._languages(missing, units, parent_of or {}, found)
                rows_read = [i for i, read in enumerate(reads) if read]
                probabilities = self._incitement(
                    [texts[i] for i in rows_read], [languages[i] for i in rows_read],
                    features[rows_read] if features is not None else None)
                for values in scores:
                    values[INCITEMENT] = 0.0
                for i, probability in zip(rows_read, probabilities, strict=True):
                    scores[i][INCITEMENT] = probability
            fresh = {key: _Unit(values, language, read)
                     for key, values, language, read in zip(missing, scores, languages, reads, strict=True)}
            found.update(fresh)
            self._remember(fresh)
        return found

    def _languages(self, missing: list[str], units: dict[str, str], parent_of: dict[str, str],
                   found: dict[str, _Unit]) -> list[str | None]:
        """Languages of the `missing` units. Every comment's language is detected. A sentence of a
        comment in a language the toxicity model reads inherits the comment's (on an English site
        that saves a detection per sentence, about a third of the incitement layer's cost); any other
        sentence is detected on its own, so an English sentence quoted in a German comment still
        reaches the native head. The price: a German sentence inside an English comment is judged
        as English."""
        known: dict[str, str | None] = {key: unit.language for key, unit in found.items()}
        comments = [key for key in missing if key not in parent_of]
        prefer = self.model.languages | (self.incitement.covered_languages if self.incitement else frozenset())
        known.update(zip(comments, detect_many([units[key] for key in comments], prefer), strict=True))
        pending: list[str] = []
        for key in missing:
            if key in known:
                continue
            parent = known.get(parent_of[key], "?")
            if parent in self.model.languages:
                known[key] = parent
            else:
                pending.append(key)
        known.update(zip(pending, detect_many([units[key] for key in pending], prefer), strict=True))
        return [known[key] for key in missing]

    def _incitement(self, texts: list[str], languages: list[str | None], features: FloatArray | None) -> list[float]:
        """The incitement probability per text: the native head where the toxicity model reads the
        language (its features are already computed), re-ranked with e5 from the gate up; the
        multilingual head on e5 embeddings elsewhere. e5 runs once, on both kinds together."""
        model = self.incitement
        assert model is not None
        out = np.zeros(len(texts), dtype=np.float32)
        native = route(languages, model, self.model.identity)
        native_head = model.native_for(self.model.identity)
        native_rows = [i for i, flag in enumerate(native) if flag]
        suspicious: list[int] = []
        if native_rows and native_head is not None and features is not None:
            out[native_rows] = native_head.probability(features[native_rows])
            if model.reranker is not None:
                suspicious = [i for i in native_rows if out[i] >= model.reranker.gate]
        other = [i for i, flag in enumerate(native) if not flag]
        if suspicious or other:
            encoder = self._encoder or shared_encoder()
            embedded = encoder.embed([texts[i] for i in suspicious + other])
            if suspicious and model.reranker is not None:
                second = model.multilingual.probability(embedded[: len(suspicious)])
                out[suspicious] = model.reranker.probability(out[suspicious], second)
            if other:
                out[other] = model.routed_multilingual(embedded[len(suspicious):])
        return [float(v) for v in out]

    def _remember(self, fresh: dict[str, _Unit]) -> None:
        if self.cache_size <= 0:
            return
        with self._lock:
            for key, value in fresh.items():
                self._cache[key] = value
                self._cache.move_to_end(key)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def _run(self, texts: list[str], *, features: bool = False) -> tuple[list[list[float]], FloatArray | None]:
        """Model scores for `texts`, in order: tokenised once, longest first, padded per batch; with
        `features`, also the first-token vectors and logits the native incitement head reads."""
        encoded = self.model.encode(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]), reverse=True)
        out: list[list[float]] = [[] for _ in texts]
        vectors: FloatArray | None = None
        for batch in self._batches(order, encoded):
            items = [encoded[i] for i in batch]
            if features:
                rows, found = self.model.forward_with_features(items)
                if vectors is None:
                    vectors = np.zeros((len(texts), found.shape[1]), dtype=np.float32)
                vectors[batch] = found
            else:
                rows = self.model.forward(items)
            for i, row in zip(batch, rows, strict=True):
                out[i] = row
        return out, vectors

    def _batches(self, order: list[int], encoded: list[Encoded]) -> list[list[int]]:
        """Consecutive runs of the length-sorted order, capped by count and by padded tokens."""
        batches: list[list[int]] = []
        current: list[int] = []
        width = 0
        for i in order:
            if current and (
                len(current) >= self.batch_size or (len(current) + 1) * width > self.max_batch_tokens
            ):
                batches.append(current)
                current = []
            if not current:
                width = len(encoded[i])  # longest first, so the first text sets the batch width
            current.append(i)
        if current:
            batches.append(current)
        return batches
