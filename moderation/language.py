"""Which language a comment or sentence is written in, offline, with lingua's bundled models.

Every language-specific resource (the English cue lexicon, a toxicity model trained on English, the
incitement head's training data) is only trusted on the languages it covers, so the pipeline needs
the language of each comment and of each sentence before it judges them.

lingua runs in its low-accuracy mode (trigram models only): about 0.25 ms per sentence and 120 MB,
against 1.2 ms and 900 MB for the high-accuracy mode on this project's 2-core machine. It is built
once per process with a minimum relative distance between the two likeliest languages, so a text
too short or too mixed to call ("ok", "lol", a bare name) comes back undetermined (None) instead of
as a confident guess such as Zulu. Undetermined text is judged by the language-independent models
and never sent to review merely for its language.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from threads.page_language import detector

log = logging.getLogger(__name__)

# Texts with fewer letters than this are not worth asking about.
MIN_LETTERS = 3
# Below this many letters a language outside `prefer` is not trusted even after the second look (a
# short English sentence can still come back Yoruba); the text counts as undetermined instead, so it
# is judged by the language-independent models rather than sent to review for its language.
MIN_LETTERS_UNCOVERED = 60
# lingua's time grows with the text and a couple of hundred characters settle a language, so a long
# comment is asked about by its start (cut at a space).
MAX_CHARS = 240

_lock = threading.Lock()
_confirmers: dict[frozenset[str], Any] = {}


def _get_detector() -> Any:
    """The process's one lingua detector (all languages, low-accuracy mode), shared with the text
    dump reader (``threads.page_language``)."""
    return detector()


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _confirmer(languages: frozenset[str]) -> Any:
    """A high-accuracy detector restricted to `languages` (lingua loads only their models)."""
    with _lock:
        detector = _confirmers.get(languages)
        if detector is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            chosen = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in sorted(languages)]
            detector = LanguageDetectorBuilder.from_languages(*chosen).build()
            _confirmers[languages] = detector
            if len(_confirmers) > 64:  # a bounded set: one per unexpected language met
                _confirmers.pop(next(iter(_confirmers)))
        return detector


def _start(text: str) -> str:
    """A long text's first MAX_CHARS characters, cut at a space."""
    if len(text) <= MAX_CHARS:
        return text
    space = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: space if space > 0 else MAX_CHARS]


def detect(text: str, prefer: frozenset[str] = frozenset()) -> str | None:
    """ISO 639-1 code (lowercase) of `text`'s language, or None when it cannot be told."""
    return detect_many([text], prefer)[0]


def detect_many(texts: Sequence[str], prefer: frozenset[str] = frozenset()) -> list[str | None]:
    """`detect` for several texts at once.

    Low-accuracy mode misreads some short sentences ("The photos of the festival are gorgeous." as
    Romanian). When `prefer` is given (the languages the models cover) and the quick answer is not
    among them, the text is asked again in high-accuracy mode, choosing between the quick answer and
    the preferred languages only: a Tagalog comment stays Tagalog, an English one comes back English.
    """
    out: list[str | None] = [None] * len(texts)
    asked = [i for i, text in enumerate(texts) if _letters(text) >= MIN_LETTERS]
    if not asked:
        return out
    detector = _get_detector()
    starts = [_start(texts[i]) for i in asked]
    # lingua spreads a batch over the cores (Rust threads); one text at a time kept one core idle.
    quick = detector.detect_languages_in_parallel_of(starts) if len(starts) > 1 else [
        detector.detect_language_of(text) for text in starts]
    for i, text, found in zip(asked, starts, quick, strict=True):
        if found is not None:
            out[i] = str(found.iso_code_639_1.name).lower()
        code = out[i]
        if prefer and code is not None and code not in prefer:
            again = _confirmer(prefer | {code}).detect_language_of(text)
            code = str(again.iso_code_639_1.name).lower() if again is not None else None
            if code is not None and code not in prefer and _letters(text) < MIN_LETTERS_UNCOVERED:
                code = None
            out[i] = code
    return out


def name_of(code: str | None) -> str:
    """A language's English name for people ("German"), or "undetermined"."""
    if code is None:
        return "undetermined"
    from lingua import IsoCode639_1, Language

    try:
        language = Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
    except (ValueError, AttributeError):
        return code
    return str(language.name).capitalize()
