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

log = logging.getLogger(__name__)

# lingua's own knob for "too close to call": the likeliest language must beat the runner-up by this
# much. lingua's documentation suggests 0.1-0.25 for short texts; 0.1 keeps "Il faut les pendre tous."
# French while "ok" and "lol" stay undetermined.
MIN_RELATIVE_DISTANCE = 0.1
# Texts with fewer letters than this are not worth asking about.
MIN_LETTERS = 3
# lingua's time grows with the text and a couple of hundred characters settle a language, so a long
# comment is asked about by its start (cut at a space).
MAX_CHARS = 240

_lock = threading.Lock()
_detector: Any = None


def _get_detector() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from lingua import LanguageDetectorBuilder

            _detector = (
                LanguageDetectorBuilder.from_all_languages()
                .with_low_accuracy_mode()
                .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
                .build()
            )
            log.info("language detector ready (lingua, all languages, low-accuracy mode)")
        return _detector


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def detect(text: str) -> str | None:
    """ISO 639-1 code (lowercase) of `text`'s language, or None when it cannot be told."""
    return detect_many([text])[0]


def detect_many(texts: Sequence[str]) -> list[str | None]:
    """`detect` for several texts at once."""
    out: list[str | None] = [None] * len(texts)
    asked = [i for i, text in enumerate(texts) if _letters(text) >= MIN_LETTERS]
    if not asked:
        return out
    detector = _get_detector()
    for i in asked:
        text = texts[i]
        if len(text) > MAX_CHARS:
            space = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
            text = text[: space if space > 0 else MAX_CHARS]
        found = detector.detect_language_of(text)
        if found is not None:
            out[i] = str(found.iso_code_639_1.name).lower()
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
