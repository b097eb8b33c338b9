"""Which language a text dump's article is written in, for the one thing the dump's reader needs it
for: which way round the page writes its numeric dates.

An HTML page says its language (``lang``), a dump does not, and "Le 12/02/2024 à 18h47" is the 12th
of February on a French page and the 2nd of December on a US one. The reader asks only when a page
holds a date that reads both ways (``page_dates.watching_day_order``): building lingua's models
costs about 0.35 s once per process and each question about 1.5 ms, where the parse of a whole page
costs about as much, so asking about every page would cost the parser a good part of its speed.

lingua runs in low-accuracy mode over all languages with a minimum relative distance, so a text too
short to call comes back None. ``moderation.language`` asks the same detector (``detector``), so a
process builds lingua's models once (``threads`` cannot import ``moderation``: dependencies point
the other way).
"""

from __future__ import annotations

import threading
from typing import Any, Final

# A few hundred characters of an article settle its language; more only costs time.
_MAX_CHARS: Final = 600
_MIN_LETTERS: Final = 40  # fewer: a headline or a stub, too little to call
# lingua's own knob for "too close to call": the likeliest language must beat the runner-up by this
# much. lingua's documentation suggests 0.1-0.25 for short texts; 0.1 keeps "Il faut les pendre tous."
# French while "ok" and "lol" stay undetermined.
MIN_RELATIVE_DISTANCE: Final = 0.1

_lock = threading.Lock()
_detector: Any = None


def detector() -> Any:
    """lingua's detector, built on first use (~0.3 s, ~120 MB) and shared by the whole process."""
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
        return _detector


def text_language(text: str) -> str | None:
    """ISO 639-1 code (lowercase) of ``text``'s language, or None when it cannot be told."""
    start = text[:_MAX_CHARS]
    if sum(1 for ch in start if ch.isalpha()) < _MIN_LETTERS:
        return None
    found = detector().detect_language_of(start)
    return None if found is None else str(found.iso_code_639_1.name).lower()
